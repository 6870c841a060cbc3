//! Actor extraction measured against the hand-labelled set in `tests/actors_eval/`
//! (conventions in its CONVENTIONS.md): precision, recall and F1 over distinct actors
//! per article, with kinds ignored and with kinds. `cargo test --test actors_eval --
//! --nocapture` prints the table recorded in BENCHMARKS.md.

use ddm_reader::actors::{Extraction, Extractor, Kind, fold::fold};
use serde::Deserialize;

#[derive(Deserialize)]
struct Article {
    id: String,
    split: String,
    title: String,
    text: String,
    actors: Vec<Gold>,
}

#[derive(Deserialize)]
struct Gold {
    name: String,
    kind: Kind,
    forms: Vec<String>,
}

#[derive(Default, Clone, Copy)]
#[allow(clippy::cast_precision_loss)]
struct Score {
    tp: usize,
    tp_kind: usize,
    system: usize,
    gold: usize,
}

#[allow(clippy::cast_precision_loss)]
impl Score {
    fn add(&mut self, o: Score) {
        self.tp += o.tp;
        self.tp_kind += o.tp_kind;
        self.system += o.system;
        self.gold += o.gold;
    }

    fn prf(&self, with_kind: bool) -> (f64, f64, f64) {
        let tp = if with_kind { self.tp_kind } else { self.tp } as f64;
        let p = if self.system == 0 {
            0.0
        } else {
            tp / self.system as f64
        };
        let r = if self.gold == 0 {
            0.0
        } else {
            tp / self.gold as f64
        };
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (p, r, f)
    }
}

fn load() -> Vec<Article> {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/actors_eval/set.json"
    ))
    .expect("tests/actors_eval/set.json");
    serde_json::from_str(&text).expect("valid set.json")
}

/// Every surface form the system used for each actor, folded.
fn system_forms(a: &Article, x: &Extraction) -> Vec<(Vec<String>, Kind, String)> {
    let text: Vec<char> = a.text.chars().collect();
    let title: Vec<char> = a.title.chars().collect();
    x.actors
        .iter()
        .map(|actor| {
            let mut forms = vec![fold(&actor.name)];
            let slice = |src: &[char], (s, e): (u32, u32)| -> String {
                fold(&src[s as usize..e as usize].iter().collect::<String>())
            };
            forms.extend(actor.mentions.iter().map(|&m| slice(&text, m)));
            forms.extend(actor.title_mentions.iter().map(|&m| slice(&title, m)));
            forms.sort();
            forms.dedup();
            (forms, actor.kind, actor.name.clone())
        })
        .collect()
}

/// Scores one article; `report` lists misses and false alarms.
fn score(a: &Article, x: &Extraction, report: &mut Vec<String>) -> Score {
    let system = system_forms(a, x);
    let mut used = vec![false; system.len()];
    let mut s = Score {
        system: system.len(),
        gold: a.actors.len(),
        ..Score::default()
    };
    for g in &a.actors {
        let mut gold_forms: Vec<String> = g.forms.iter().map(|f| fold(f)).collect();
        gold_forms.push(fold(&g.name));
        let hit = system
            .iter()
            .enumerate()
            .find(|(i, (forms, _, _))| !used[*i] && forms.iter().any(|f| gold_forms.contains(f)));
        match hit {
            Some((i, (_, kind, name))) => {
                used[i] = true;
                s.tp += 1;
                if *kind == g.kind {
                    s.tp_kind += 1;
                } else {
                    report.push(format!(
                        "{}: KIND {} is {:?}, said {:?}",
                        a.id, name, g.kind, kind
                    ));
                }
            }
            None => report.push(format!("{}: MISSED {} ({:?})", a.id, g.name, g.kind)),
        }
    }
    for (i, (_, kind, name)) in system.iter().enumerate() {
        if !used[i] {
            report.push(format!("{}: EXTRA {name} ({kind:?})", a.id));
        }
    }
    s
}

#[test]
fn extraction_quality_on_the_labelled_set() {
    let extractor = Extractor::load(None).expect("bundled gazetteer");
    let articles = load();
    let mut report = Vec::new();
    let mut by_split: Vec<(String, Score)> = Vec::new();
    for a in &articles {
        let x = extractor.extract(&a.title, &a.text);
        let s = score(a, &x, &mut report);
        match by_split.iter_mut().find(|(k, _)| *k == a.split) {
            Some((_, t)) => t.add(s),
            None => by_split.push((a.split.clone(), s)),
        }
    }
    let mut all = Score::default();
    for (_, s) in &by_split {
        all.add(*s);
    }
    by_split.push(("all".into(), all));
    if std::env::var_os("ACTORS_EVAL_VERBOSE").is_some() {
        for line in &report {
            println!("{line}");
        }
    }
    println!(
        "| split | articles | gold | found | P | R | F1 | P (kinds) | R (kinds) | F1 (kinds) |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|");
    for (name, s) in &by_split {
        let n = articles
            .iter()
            .filter(|a| a.split == *name || name == "all")
            .count();
        let (p, r, f) = s.prf(false);
        let (pk, rk, fk) = s.prf(true);
        println!(
            "| {name} | {n} | {} | {} | {p:.3} | {r:.3} | {f:.3} | {pk:.3} | {rk:.3} | {fk:.3} |",
            s.gold, s.system
        );
    }
    // The seed article: every actor found, with its kind.
    let seed = by_split
        .iter()
        .find(|(k, _)| k == "seed")
        .map(|(_, s)| *s)
        .unwrap_or_default();
    let seed_misses: Vec<&String> = report
        .iter()
        .filter(|l| l.starts_with("seed") && !l.contains("EXTRA"))
        .collect();
    assert!(seed_misses.is_empty(), "seed article: {seed_misses:#?}");
    assert_eq!(seed.tp_kind, seed.gold);
}
