//! The man page (roff), `ddm-reader man`: one page that says how to run every command,
//! with its options, and what scripts rely on beside them (exit status, environment,
//! files). `clap_mangen` alone names each subcommand as a page of its own
//! ("ddm-reader-fetch(1)"), which is not written, and lists no subcommand's options.

use clap::CommandFactory as _;
use std::fmt::Write as _;

use super::Cli;

/// The whole page.
pub fn page() -> std::io::Result<String> {
    let mut cmd = Cli::command();
    cmd.build();
    let man = clap_mangen::Man::new(cmd.clone());
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    man.render_options_section(&mut out)?;
    let mut page = String::from_utf8_lossy(&out).into_owned();
    page.push_str(".SH COMMANDS\n");
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        command(&mut page, sub, "ddm-reader")?;
    }
    page.push_str(TAIL);
    let mut version = Vec::new();
    man.render_version_section(&mut version)?;
    page.push_str(&String::from_utf8_lossy(&version));
    Ok(page)
}

/// A command: its usage as typed, what it does, its options; then its own commands
/// (`feeds list`, `report send`, …).
fn command(page: &mut String, cmd: &clap::Command, parent: &str) -> std::io::Result<()> {
    let path = format!("{parent} {}", cmd.get_name());
    let subs: Vec<&clap::Command> = cmd
        .get_subcommands()
        .filter(|s| s.get_name() != "help")
        .collect();
    if !subs.is_empty() {
        for sub in subs {
            command(page, sub, &path)?;
        }
        return Ok(());
    }
    // Built, the usage names the whole path ("ddm-reader feeds add [OPTIONS] <URL>").
    let usage = cmd.clone().render_usage().to_string();
    let usage = usage.trim_start_matches("Usage: ").trim();
    let usage = if usage.starts_with(&path) {
        usage.to_owned()
    } else {
        format!("{path} {usage}")
    };
    let _ = writeln!(page, ".SS \"{}\"", escape(&usage));
    let about = cmd
        .get_long_about()
        .or_else(|| cmd.get_about())
        .map(ToString::to_string)
        .unwrap_or_default();
    let _ = writeln!(page, "{}", escape(&about));
    // The global options are said once, at the top, and `--help` goes without saying.
    let shared: Vec<clap::Id> = cmd
        .get_arguments()
        .filter(|a| a.is_global_set() || a.get_id() == "help")
        .map(|a| a.get_id().clone())
        .collect();
    let own = shared
        .iter()
        .fold(cmd.clone(), |c, id| c.mut_arg(id, |a| a.hide(true)));
    if own.get_arguments().any(|a| !a.is_hide_set()) {
        let mut options = Vec::new();
        clap_mangen::Man::new(own).render_options_section(&mut options)?;
        // Its own `.SH OPTIONS` heading would end the COMMANDS section.
        for line in String::from_utf8_lossy(&options).lines() {
            if !line.starts_with(".SH") {
                page.push_str(line);
                page.push('\n');
            }
        }
    }
    Ok(())
}

/// `text` as roff running text: hyphens as `\-`, backslashes doubled, and a line
/// starting with `.` or `'` kept from being read as a request.
fn escape(text: &str) -> String {
    let text = text.replace('\\', "\\\\").replace('-', "\\-");
    if text.starts_with('.') || text.starts_with('\'') {
        format!("\\&{text}")
    } else {
        text
    }
}

/// What the README says scripts rely on beyond the options.
const TAIL: &str = r".SH EXIT STATUS
.TP
\fB0\fR
Success.
.TP
\fB1\fR
The job ran but part failed (some feeds failed; the others are stored), or it could
not run for a reason outside the command line: the data directory cannot be written,
the cache is damaged, a file cannot be written. The message on stderr says which.
.TP
\fB2\fR
Bad usage or bad config: an unknown option, article id, feed name or actor, an
invalid config file (the message names the file, the line and the key).
.TP
\fB128 + n\fR
The reader or the report form was ended by signal \fIn\fR (143 for SIGTERM, 130 for
SIGINT, 129 for SIGHUP), after giving the terminal back and saving any draft.
.SH ENVIRONMENT
.TP
\fBDDM_READER_CONFIG\fR, \fBDDM_READER_DATA_DIR\fR
The config file and the data directory, as \fB\-\-config\fR and \fB\-\-data\-dir\fR
(the flags win).
.TP
\fBXDG_CONFIG_HOME\fR, \fBXDG_DATA_HOME\fR
Where the config file and the data directory are by default.
.TP
\fBBROWSER\fR
The program that opens links when the config sets no \fBshare.opener\fR (its first
\fB:\fR\-separated entry; \fB%s\fR in it is where the link goes).
.TP
\fBNO_COLOR\fR
Set and not empty: \fBread\fR prints no colours unless given \fB\-\-color always\fR.
.TP
\fBCOLUMNS\fR
The width \fBread\fR wraps at when stdout is a terminal (20 to 100).
.SH FILES
.TP
\fI$XDG_CONFIG_HOME/ddm\-reader/config.toml\fR
The config file (every option is in \fBconfig.example.toml\fR).
.TP
\fI$XDG_DATA_HOME/ddm\-reader/cache.sqlite\fR
The cache of articles (SQLite).
.TP
\fI$XDG_DATA_HOME/ddm\-reader/outbox.sqlite\fR
Citizen reports: drafts, queued and sent.
.TP
\fI$XDG_DATA_HOME/ddm\-reader/ddm\-reader.log\fR
The log.
.TP
\fI$XDG_CONFIG_HOME/ddm\-reader/actors.toml\fR
Your own actors, added to the bundled gazetteer or correcting it (\fB[actors] file\fR
in the config names another).
.TP
\fI$XDG_DATA_HOME/ddm\-reader/actors.bin\fR
The compiled gazetteer, rebuilt whenever it is missing or out of date.
.SH SEE ALSO
The README (the JSON schemas of \fB\-\-json\fR) and \fBconfig.example.toml\fR.
";
