//! Throughput of the date stage alone: `cargo run --release -p whosaid
//! --example date_speed -- FILE.jsonl [ROUNDS]`.
//!
//! Reads the `text` (and `date`) of every JSON line, tokenizes and splits
//! them once, then times only `timex::find` over all texts, `ROUNDS` times
//! (default 20), and prints megabytes of text per second, by the wall clock
//! and, on Linux, by the CPU time of this thread (steadier on a busy
//! machine).

use std::time::Instant;

use whosaid::{sentences, text, timex, token, Date};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: date_speed FILE.jsonl [ROUNDS]");
        std::process::exit(2);
    };
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(20);
    let body = match std::fs::read_to_string(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(1);
        }
    };
    let mut docs = Vec::new();
    for line in body.lines().filter(|l| !l.trim().is_empty()) {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        let Some(t) = v.get("text").and_then(|t| t.as_str()) else { continue };
        let date = v.get("date").and_then(|d| d.as_str()).and_then(|d| Date::parse_iso(d.get(..10).unwrap_or(d)));
        let t = t.to_string();
        let toks = token::tokenize(&t);
        let paras = text::paragraphs(&t);
        let sents = sentences::split(&t, &toks, &paras);
        docs.push((t, toks, sents, date));
    }
    let bytes: usize = docs.iter().map(|d| d.0.len()).sum();
    let mut found = 0;
    let cpu0 = thread_cpu_seconds();
    let start = Instant::now();
    for _ in 0..rounds {
        for (t, toks, sents, date) in &docs {
            found += timex::find(t, toks, sents, *date).len();
        }
    }
    let secs = start.elapsed().as_secs_f64().max(1e-9);
    if let (Some(a), Some(b)) = (cpu0, thread_cpu_seconds()) {
        let cpu = (b - a).max(1e-9);
        println!("cpu {cpu:.3} s: {:.1} MB/s", (bytes * rounds) as f64 / 1e6 / cpu);
    }
    println!(
        "{} docs, {:.2} MB x {rounds} rounds in {secs:.3} s: {:.1} MB/s ({} expressions per round)",
        docs.len(),
        bytes as f64 / 1e6,
        (bytes * rounds) as f64 / 1e6 / secs,
        found / rounds.max(1)
    );
}

/// User plus system CPU time of this thread, from `/proc` (Linux only).
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // Fields after the command name (which may hold spaces) start at `) `.
    let rest = stat.rsplit_once(") ")?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 here.
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}
