//! Times each stage of `analyze` over the texts of a JSON Lines corpus
//! (development aid; `scripts/bench` has the reported benchmarks).
//! `cargo run --release -p whosaid --example stages -- FILE.jsonl [ROUNDS]`
use std::time::{Duration, Instant};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: stages FILE.jsonl [ROUNDS]");
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(3);
    let body = std::fs::read_to_string(path).expect("readable corpus");
    let texts: Vec<String> = body
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let names = [
        "tokenize", "paragraphs", "dateline+sentences", "timex", "quotes", "names", "cues", "attribution", "entities",
        "json",
    ];
    let mut best = vec![Duration::MAX; names.len()];
    for _ in 0..rounds {
        let mut t = vec![Duration::ZERO; names.len()];
        for text in &texts {
            let mut clock = Instant::now();
            let mut lap = |i: usize, t: &mut Vec<Duration>| {
                let now = Instant::now();
                t[i] += now - clock;
                clock = now;
            };
            let tokens = whosaid::token::tokenize(text);
            lap(0, &mut t);
            let paragraphs = whosaid::text::paragraphs(text);
            lap(1, &mut t);
            let dateline = whosaid::dateline::find(text, &tokens);
            let breaks: Vec<usize> = dateline.iter().map(|(s, _)| s.end).collect();
            let sentences = whosaid::sentences::split_with_breaks(text, &tokens, &paragraphs, &breaks);
            lap(2, &mut t);
            let dates = whosaid::timex::find(text, &tokens, &sentences, None);
            lap(3, &mut t);
            let quotes = whosaid::quotes::find(text, &tokens, &paragraphs);
            let quoted = whosaid::names::quoted_tokens(&tokens, &quotes);
            lap(4, &mut t);
            let names = whosaid::names::find(text, &tokens, &sentences, &quoted);
            lap(5, &mut t);
            let cues = whosaid::cues::find(text, &tokens, &quoted);
            lap(6, &mut t);
            let raw = whosaid::attribution::find(
                text, &tokens, &sentences, &paragraphs, &quotes, &quoted, &names, &dates, &cues,
            );
            lap(7, &mut t);
            let (entities, claims) = whosaid::entities::resolve(text, &tokens, &sentences, &names, &raw);
            lap(8, &mut t);
            std::hint::black_box((&entities, &claims));
            let analysis = whosaid::analyze(text, &whosaid::Options::default());
            let started = Instant::now();
            std::hint::black_box(whosaid::json::to_json(text, &analysis));
            t[9] += started.elapsed();
        }
        for (b, x) in best.iter_mut().zip(t) {
            *b = (*b).min(x);
        }
    }
    let total: Duration = best[..9].iter().sum();
    println!("{} texts, {:.1} MB, best of {rounds} rounds", texts.len(), bytes as f64 / 1e6);
    for (n, d) in names.iter().zip(&best) {
        println!("  {n:<20} {:>8.1} ms {:>8.1} MB/s", d.as_secs_f64() * 1e3, bytes as f64 / 1e6 / d.as_secs_f64());
    }
    println!(
        "  {:<20} {:>8.1} ms {:>8.1} MB/s",
        "analyze (sum)",
        total.as_secs_f64() * 1e3,
        bytes as f64 / 1e6 / total.as_secs_f64()
    );
}
