//! An error and its causes as one line, for the user to read.

/// `e` and its sources, `: `-separated, leaving out a cause whose text is already in
/// the line: our errors, and lettre's, name their cause in their own message ("cannot
/// create the data directory D: File exists"), and a chain printed whole said it twice.
pub fn one_line(e: &(dyn std::error::Error + 'static)) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        let text = cause.to_string();
        if !out.contains(&text) {
            out.push_str(": ");
            out.push_str(&text);
        }
        source = cause.source();
    }
    out
}
