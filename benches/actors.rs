//! Actor extraction speed: gazetteer load, extraction throughput per core, and the
//! cost per article. `cargo bench --bench actors` prints a table; BENCHMARKS.md keeps
//! the figures. Re-extracting a whole cache is measured by `bench/actors.sh`.
#![allow(clippy::cast_precision_loss)] // figures for a table

use std::hint::black_box;
use std::time::{Duration, Instant};

use ddm_reader::actors::{Extractor, Gazetteer};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Real article texts: the labelled set (the seed DDM article and news items).
fn corpus() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/actors_eval/set.json"
    ))
    .expect("tests/actors_eval/set.json");
    let v: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    v.as_array()
        .expect("an array")
        .iter()
        .map(|a| {
            (
                a["title"].as_str().unwrap_or_default().to_string(),
                a["text"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

fn main() {
    // `ACTORS_BENCH_ONLY=extract` skips the load timings (for a profiler).
    let loads = if std::env::var("ACTORS_BENCH_ONLY").as_deref() == Ok("extract") {
        1
    } else {
        30
    };
    let load: Vec<Duration> = (0..loads)
        .map(|_| {
            let t = Instant::now();
            let g = black_box(Gazetteer::load(None).expect("bundled gazetteer"));
            let took = t.elapsed();
            drop(g); // freeing it is not part of loading
            took
        })
        .collect();
    let build: Vec<Duration> = (0..loads)
        .map(|_| {
            let t = Instant::now();
            let x = black_box(Extractor::load(None).expect("bundled gazetteer"));
            let took = t.elapsed();
            drop(x);
            took
        })
        .collect();
    // What a run pays once the compiled gazetteer is cached in the data directory.
    let dir = std::env::temp_dir().join(format!("ddm-actors-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    let cache = dir.join("actors.bin");
    Extractor::load_cached(None, &cache).expect("bundled gazetteer");
    let cache_bytes = std::fs::metadata(&cache).map_or(0, |m| m.len());
    let cached: Vec<Duration> = (0..loads)
        .map(|_| {
            let t = Instant::now();
            let x = black_box(Extractor::load_cached(None, &cache).expect("bundled gazetteer"));
            let took = t.elapsed();
            drop(x);
            took
        })
        .collect();
    let _ = std::fs::remove_dir_all(&dir);
    let extractor = Extractor::load(None).expect("bundled gazetteer");
    let articles = corpus();
    let bytes: usize = articles.iter().map(|(t, x)| t.len() + x.len()).sum();
    let words: usize = articles
        .iter()
        .map(|(_, x)| x.split_whitespace().count())
        .sum();
    // Warm up, then time whole passes over the corpus.
    for (t, x) in &articles {
        black_box(extractor.extract(t, x));
    }
    let passes: Vec<Duration> = (0..loads.max(200) / 10)
        .map(|_| {
            let t0 = Instant::now();
            for (t, x) in &articles {
                black_box(extractor.extract(t, x));
            }
            t0.elapsed()
        })
        .collect();
    let pass = median(passes);
    let mbps = bytes as f64 / pass.as_secs_f64() / 1e6;
    let per_2000 = pass.as_secs_f64() / words as f64 * 2000.0 * 1e3;
    println!("| measurement | value | target |");
    println!("|---|---|---|");
    println!(
        "| gazetteer read ({} entries) | {:.2} ms | |",
        extractor.entry_count(),
        median(load).as_secs_f64() * 1e3
    );
    println!(
        "| gazetteer read + matcher build (first run, or after a change) | {:.2} ms | |",
        median(build).as_secs_f64() * 1e3
    );
    println!(
        "| gazetteer load from the compiled cache ({:.0} KB) | {:.2} ms | ≤ 5 ms |",
        cache_bytes as f64 / 1e3,
        median(cached).as_secs_f64() * 1e3
    );
    println!(
        "| extraction, one core ({} articles, {:.1} KB) | {mbps:.1} MB/s | ≥ 20 MB/s |",
        articles.len(),
        bytes as f64 / 1e3
    );
    println!("| extraction of a 2,000-word article | {per_2000:.2} ms | |");
    // A full-length DDM article (the seed), alone.
    let (title, text) = articles
        .iter()
        .max_by_key(|(_, x)| x.len())
        .cloned()
        .unwrap_or_default();
    let runs: Vec<Duration> = (0..loads.max(200) * 2)
        .map(|_| {
            let t0 = Instant::now();
            black_box(extractor.extract(&title, &text));
            t0.elapsed()
        })
        .collect();
    let one = median(runs);
    println!(
        "| extraction, one core, the longest article ({:.1} KB) | {:.1} MB/s | ≥ 20 MB/s |",
        (title.len() + text.len()) as f64 / 1e3,
        (title.len() + text.len()) as f64 / one.as_secs_f64() / 1e6
    );
}
