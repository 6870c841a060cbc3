#![allow(clippy::unwrap_used)]
#[test]
#[ignore = "a probe printed for a human, not an assertion"]
fn probe() {
    let x = ddm_reader::actors::Extractor::load(None).unwrap();
    let text = std::fs::read_to_string(std::env::var("PROBE").unwrap()).unwrap();
    let r = x.extract("", &text);
    for a in &r.actors {
        println!(
            "{:?}\t{}\t{}\t{}",
            a.kind,
            a.name,
            a.discovered,
            a.mention_count()
        );
    }
    for q in &r.quotes {
        println!("QUOTE {}: {}", q.speaker, q.text);
    }
}
