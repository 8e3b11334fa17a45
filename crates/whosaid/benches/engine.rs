//! Native throughput of the engine, stage by stage and whole, in MB/s of
//! input text, and how it grows with the size of one input.
//!
//! ```text
//! cargo bench -p whosaid --bench engine -- [--quick] [--json OUT.json] [FILE.jsonl…]
//! ```
//!
//! Reads the `text` (and `date`) of every line of the JSON Lines files
//! (default: `quotes-polnear-train.jsonl` and `dates-tbaq.jsonl` of
//! `$WHOSAID_SHARED/corpora`, else `../shared/corpora` beside the workspace).
//! Each stage runs on inputs prepared by the stages before it, so its time is
//! its own. A measurement is one pass over every text: one warm-up pass, then
//! passes until at least `MIN_PASSES` and `MIN_SECONDS`, and the median pass
//! is reported, by the wall clock and by this thread's CPU time
//! (`CLOCK_THREAD_CPUTIME_ID`, steadier on a shared machine). One thread:
//! the figures are per core.
//!
//! The growth test joins corpus texts (cycling through them when the corpus
//! is smaller) into single inputs of 10 KB, 100 KB, 1 MB and 10 MB and runs
//! `analyze` on each: linear cost means constant MB/s.
//!
//! A harness of our own rather than criterion keeps the build light on a
//! two-core machine; it reports figures and asserts nothing.

use std::hint::black_box;
use std::time::Instant;

use serde_json::{json, Value};
use whosaid::{
    attribution, cues, dateline, entities, json as wjson, names, quotes, sentences, text, timex, token, Date, Options,
};

/// A pass over the corpus is repeated at least this often…
const MIN_PASSES: usize = 7;
/// …and for at least this long.
const MIN_SECONDS: f64 = 2.0;
/// Never more passes than this.
const MAX_PASSES: usize = 60;

struct Config {
    quick: bool,
    json: Option<String>,
    files: Vec<String>,
}

fn config() -> Config {
    let mut c = Config { quick: false, json: None, files: Vec::new() };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--bench" => {} // cargo bench passes this to every bench target
            "--quick" => c.quick = true,
            "--json" => c.json = args.next(),
            _ if a.starts_with("--") => {
                eprintln!("engine bench: unknown option {a}");
                std::process::exit(2);
            }
            _ => c.files.push(a),
        }
    }
    if c.files.is_empty() {
        let shared = std::env::var("WHOSAID_SHARED")
            .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared").to_string());
        for f in ["quotes-polnear-train.jsonl", "dates-tbaq.jsonl"] {
            c.files.push(format!("{shared}/corpora/{f}"));
        }
    }
    c
}

/// One text with every stage's output, so each stage can be timed alone.
struct Doc {
    text: String,
    date: Option<Date>,
    tokens: Vec<token::Token>,
    paragraphs: Vec<whosaid::Span>,
    breaks: Vec<usize>,
    sentences: Vec<sentences::Sentence>,
    reference: Option<Date>,
    dates: Vec<whosaid::Timex>,
    quotes: Vec<quotes::Quote>,
    quoted: Vec<bool>,
    names: Vec<names::Name>,
    cues: Vec<cues::Cue>,
    raw: Vec<attribution::RawClaim>,
    analysis: whosaid::Analysis,
}

impl Doc {
    /// Runs the pipeline of `whosaid::analyze` step by step, keeping every output.
    fn new(text: String, date: Option<Date>) -> Doc {
        let t = text.as_str();
        let tokens = token::tokenize(t);
        let paragraphs = text::paragraphs(t);
        let found = dateline::find(t, &tokens);
        let breaks: Vec<usize> = found.iter().map(|(s, _)| s.end).collect();
        let sentences = sentences::split_with_breaks(t, &tokens, &paragraphs, &breaks);
        let reference = date.or(found.map(|(_, d)| d));
        let dates = timex::find(t, &tokens, &sentences, reference);
        let quotes = quotes::find(t, &tokens, &paragraphs);
        let quoted = names::quoted_tokens(&tokens, &quotes);
        let names = names::find(t, &tokens, &sentences, &quoted);
        let cues = cues::find(t, &tokens, &quoted);
        let raw = attribution::find(t, &tokens, &sentences, &paragraphs, &quotes, &quoted, &names, &dates, &cues);
        let analysis = whosaid::analyze(t, &Options { date });
        Doc {
            text,
            date,
            tokens,
            paragraphs,
            breaks,
            sentences,
            reference,
            dates,
            quotes,
            quoted,
            names,
            cues,
            raw,
            analysis,
        }
    }
}

fn load(files: &[String]) -> Vec<(String, Option<Date>)> {
    let mut out = Vec::new();
    for path in files {
        let body = std::fs::read_to_string(path).unwrap_or_else(|e| {
            eprintln!("engine bench: cannot read {path}: {e}");
            std::process::exit(1);
        });
        for line in body.lines().filter(|l| !l.trim().is_empty()) {
            let Ok(v) = serde_json::from_str::<Value>(line) else { continue };
            let Some(t) = v.get("text").and_then(Value::as_str) else { continue };
            let date = v.get("date").and_then(Value::as_str).and_then(|d| Date::parse_iso(d.get(..10).unwrap_or(d)));
            out.push((t.to_string(), date));
        }
    }
    out
}

/// Nanoseconds of CPU time this thread has used (`CLOCK_THREAD_CPUTIME_ID`).
#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
fn thread_cpu_ns() -> Option<u64> {
    #[repr(C)]
    struct Timespec {
        tv_sec: i64,
        tv_nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, tp: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut ts = Timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes one timespec (two 64-bit fields on 64-bit Linux) to a valid pointer.
    let rc = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    (rc == 0).then(|| ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64)
}

#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
fn thread_cpu_ns() -> Option<u64> {
    None
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    match v.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => v[n / 2],
        n => (v[n / 2 - 1] + v[n / 2]) / 2.0,
    }
}

/// Median seconds of one call of `pass`, by the wall clock and by CPU time,
/// and the fastest sample by CPU time (the least disturbed by neighbours on a
/// shared machine).
struct Timing {
    passes: usize,
    wall: f64,
    cpu: Option<f64>,
    cpu_best: Option<f64>,
}

/// Times `pass`: one warm-up call, then timed samples until at least
/// `MIN_PASSES` samples and `MIN_SECONDS`. A call shorter than 20 ms is
/// repeated within each sample, so clock resolution never matters.
fn time(quick: bool, mut pass: impl FnMut() -> usize) -> Timing {
    let (min_passes, min_seconds) = if quick { (3, 0.3) } else { (MIN_PASSES, MIN_SECONDS) };
    let t0 = Instant::now();
    black_box(pass()); // warm-up: caches, page faults, branch predictors
    let reps = (0.02 / t0.elapsed().as_secs_f64().max(1e-9)).ceil().clamp(1.0, 10_000.0) as usize;
    let (mut walls, mut cpus) = (Vec::new(), Vec::new());
    let started = Instant::now();
    while walls.len() < MAX_PASSES && (walls.len() < min_passes || started.elapsed().as_secs_f64() < min_seconds) {
        let c0 = thread_cpu_ns();
        let t0 = Instant::now();
        for _ in 0..reps {
            black_box(pass());
        }
        walls.push(t0.elapsed().as_secs_f64() / reps as f64);
        if let (Some(a), Some(b)) = (c0, thread_cpu_ns()) {
            cpus.push(b.saturating_sub(a) as f64 / 1e9 / reps as f64);
        }
    }
    let complete = cpus.len() == walls.len();
    let cpu_best = cpus.iter().copied().min_by(f64::total_cmp).filter(|_| complete);
    let cpu = complete.then(|| median(cpus));
    Timing { passes: walls.len() * reps, wall: median(walls), cpu, cpu_best }
}

fn mbps(bytes: usize, secs: f64) -> f64 {
    bytes as f64 / 1e6 / secs.max(1e-12)
}

/// Joins corpus texts, cycling through them, into one text of exactly `size`
/// bytes (cut back to a character boundary).
fn joined(texts: &[(String, Option<Date>)], size: usize) -> String {
    let mut s = String::with_capacity(size + 64 * 1024);
    'fill: loop {
        for (t, _) in texts {
            if s.len() >= size {
                break 'fill;
            }
            if !s.is_empty() {
                s.push_str("\n\n");
            }
            s.push_str(t);
        }
        if texts.is_empty() {
            break;
        }
    }
    let mut cut = size.min(s.len());
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

/// One pass of a stage over every document.
type Pass<'a> = Box<dyn FnMut() -> usize + 'a>;

/// Every stage of `analyze` (each on the outputs of the stages before it,
/// prepared once), `analyze` itself, and the `whosaid/1` serialisation.
fn stages(d: &[Doc]) -> Vec<(&'static str, Pass<'_>)> {
    vec![
        ("token::tokenize", Box::new(|| d.iter().map(|x| token::tokenize(&x.text).len()).sum())),
        ("text::paragraphs", Box::new(|| d.iter().map(|x| text::paragraphs(&x.text).len()).sum())),
        ("dateline::find", Box::new(|| d.iter().filter(|x| dateline::find(&x.text, &x.tokens).is_some()).count())),
        (
            "sentences::split",
            Box::new(|| {
                d.iter().map(|x| sentences::split_with_breaks(&x.text, &x.tokens, &x.paragraphs, &x.breaks).len()).sum()
            }),
        ),
        (
            "timex::find",
            Box::new(|| d.iter().map(|x| timex::find(&x.text, &x.tokens, &x.sentences, x.reference).len()).sum()),
        ),
        ("quotes::find", Box::new(|| d.iter().map(|x| quotes::find(&x.text, &x.tokens, &x.paragraphs).len()).sum())),
        ("names::quoted_tokens", Box::new(|| d.iter().map(|x| names::quoted_tokens(&x.tokens, &x.quotes).len()).sum())),
        (
            "names::find",
            Box::new(|| d.iter().map(|x| names::find(&x.text, &x.tokens, &x.sentences, &x.quoted).len()).sum()),
        ),
        ("cues::find", Box::new(|| d.iter().map(|x| cues::find(&x.text, &x.tokens, &x.quoted).len()).sum())),
        (
            "attribution::find",
            Box::new(|| {
                d.iter()
                    .map(|x| {
                        attribution::find(
                            &x.text, &x.tokens, &x.sentences, &x.paragraphs, &x.quotes, &x.quoted, &x.names, &x.dates,
                            &x.cues,
                        )
                        .len()
                    })
                    .sum()
            }),
        ),
        (
            "entities::resolve",
            Box::new(|| {
                d.iter().map(|x| entities::resolve(&x.text, &x.tokens, &x.sentences, &x.names, &x.raw).0.len()).sum()
            }),
        ),
        (
            ANALYZE,
            Box::new(|| d.iter().map(|x| whosaid::analyze(&x.text, &Options { date: x.date }).claims.len()).sum()),
        ),
        ("json::document", Box::new(|| d.iter().map(|x| wjson::document(&x.text, &x.analysis).claims.len()).sum())),
        ("json::to_json", Box::new(|| d.iter().map(|x| wjson::to_json(&x.text, &x.analysis).len()).sum())),
        (
            "analyze + to_json",
            Box::new(|| {
                d.iter()
                    .map(|x| wjson::to_json(&x.text, &whosaid::analyze(&x.text, &Options { date: x.date })).len())
                    .sum()
            }),
        ),
    ]
}

/// The name of the whole-`analyze` row.
const ANALYZE: &str = "analyze (whole)";

/// Times every stage over `docs` of `bytes` bytes; prints a table and returns its JSON rows.
fn run_stages(quick: bool, docs: &[Doc], bytes: usize) -> Vec<Value> {
    let results: Vec<(&str, Timing)> =
        stages(docs).into_iter().map(|(name, mut pass)| (name, time(quick, &mut pass))).collect();
    let secs = |t: &Timing| t.cpu.unwrap_or(t.wall);
    let whole = results.iter().find(|(n, _)| *n == ANALYZE).map(|(_, t)| secs(t));
    println!(
        "{:<22} {:>7} {:>10} {:>10} {:>10} {:>9}",
        "stage", "passes", "ms/pass", "MB/s wall", "MB/s cpu", "of whole"
    );
    let mut rows = Vec::new();
    for (name, t) in &results {
        let share = whole.map(|w| secs(t) / w * 100.0);
        println!(
            "{:<22} {:>7} {:>10.2} {:>10.1} {:>10} {:>10} {:>8.1}%",
            name,
            t.passes,
            t.wall * 1e3,
            mbps(bytes, t.wall),
            t.cpu.map(|c| format!("{:.1}", mbps(bytes, c))).unwrap_or_else(|| "-".into()),
            t.cpu_best.map(|c| format!("{:.1}", mbps(bytes, c))).unwrap_or_else(|| "-".into()),
            share.unwrap_or(f64::NAN)
        );
        rows.push(json!({
            "stage": name, "passes": t.passes, "ms_per_pass": t.wall * 1e3,
            "mb_s_wall": mbps(bytes, t.wall), "mb_s_cpu": t.cpu.map(|c| mbps(bytes, c)),
            "mb_s_cpu_best": t.cpu_best.map(|c| mbps(bytes, c)), "percent_of_analyze": share,
        }));
    }
    rows
}

fn main() {
    let cfg = config();
    let texts = load(&cfg.files);
    let bytes: usize = texts.iter().map(|(t, _)| t.len()).sum();
    if texts.is_empty() {
        eprintln!("engine bench: no texts in {:?}", cfg.files);
        std::process::exit(1);
    }
    eprintln!("engine bench: {} texts, {:.2} MB, from {:?}", texts.len(), bytes as f64 / 1e6, cfg.files);
    let docs: Vec<Doc> = texts.iter().map(|(t, d)| Doc::new(t.clone(), *d)).collect();
    println!("\nnative engine, one thread, {} texts, {:.2} MB (median of passes)", docs.len(), bytes as f64 / 1e6);
    let rows = run_stages(cfg.quick, &docs, bytes);

    let mut growth = Vec::new();
    for (label, size) in [("10 KB", 10_000), ("100 KB", 100_000), ("1 MB", 1_000_000), ("10 MB", 10_000_000)] {
        let input = joined(&texts, size);
        let doc = Doc::new(input, None);
        let (n, claims, dates, entities) =
            (doc.text.len(), doc.analysis.claims.len(), doc.analysis.dates.len(), doc.analysis.entities.len());
        println!("\none input of {label} ({n} bytes of corpus texts joined; {claims} claims, {dates} dates, {entities} entities)");
        let stages = run_stages(cfg.quick, std::slice::from_ref(&doc), n);
        growth.push(json!({
            "size": label, "bytes": n, "claims": claims, "dates": dates, "entities": entities, "stages": stages,
        }));
    }
    println!("\nanalyze vs input size (MB/s, CPU time):");
    for g in &growth {
        let whole = g["stages"].as_array().and_then(|r| r.iter().find(|r| r["stage"] == ANALYZE));
        let mbs = whole.and_then(|w| w["mb_s_cpu"].as_f64().or(w["mb_s_wall"].as_f64())).unwrap_or(f64::NAN);
        println!("  {:<8} {:>8.1} MB/s", g["size"].as_str().unwrap_or("?"), mbs);
    }

    if let Some(path) = cfg.json {
        let report = json!({
            "corpus": { "files": cfg.files, "texts": docs.len(), "bytes": bytes },
            "quick": cfg.quick,
            "stages": rows,
            "growth": growth,
        });
        if let Err(e) = std::fs::write(&path, serde_json::to_string_pretty(&report).unwrap_or_default()) {
            eprintln!("engine bench: cannot write {path}: {e}");
            std::process::exit(1);
        }
        eprintln!("engine bench: wrote {path}");
    }
}
