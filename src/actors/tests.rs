use super::*;

fn seed() -> (String, String) {
    let raw = include_str!("../../tests/actors_eval/seed.txt");
    let mut lines = raw.lines();
    let _section = lines.next();
    let title = lines.next().unwrap_or_default().to_string();
    let body: Vec<&str> = lines.skip_while(|l| l.trim().is_empty()).collect();
    (title, body.join("\n"))
}

fn extractor() -> Extractor {
    Extractor::load(None).unwrap()
}

fn names(x: &Extraction) -> Vec<(String, Kind)> {
    x.actors.iter().map(|a| (a.name.clone(), a.kind)).collect()
}

#[test]
fn seed_article_actors() {
    let (title, text) = seed();
    let x = extractor().extract(&title, &text);
    for a in &x.actors {
        eprintln!(
            "{:?} {} {:?} {}",
            a.kind,
            a.name,
            a.discovered,
            a.mention_count()
        );
    }
    for q in &x.quotes {
        eprintln!("QUOTE {}: {}", q.speaker, q.text);
    }
    let found = names(&x);
    let has = |n: &str, k: Kind| found.iter().any(|(a, b)| a.contains(n) && *b == k);
    assert!(has("Zelensk", Kind::Person));
    assert!(has("Medinsky", Kind::Person));
    assert!(has("Rustem Umerov", Kind::Person));
    assert!(has("Dolmabahçe Palace", Kind::Place));
    assert!(
        !found
            .iter()
            .any(|(n, _)| n.contains("Air Force") || n == "Ukrainian")
    );
}
