//! Prints the actors and quotes the extractor finds in a text file: a tool for checking
//! the gazetteer and the discovery rules on a real article.
//! `cargo run --release --example actors -- FILE [TITLE]`

use ddm_reader::actors::Extractor;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: actors FILE [TITLE]")?;
    let title = args.next().unwrap_or_default();
    let text = std::fs::read_to_string(&path)?;
    let extractor = Extractor::load(None)?;
    let found = extractor.extract(&title, &text);
    for a in &found.actors {
        let source = if a.discovered { "found" } else { "gazetteer" };
        println!(
            "{:<6} {:>3}  {:<9}  {}",
            a.kind.as_str(),
            a.mention_count(),
            source,
            a.name
        );
    }
    for q in &found.quotes {
        println!("“{}” — {}", q.text, q.speaker);
    }
    Ok(())
}
