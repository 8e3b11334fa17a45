//! `whosaid eval`: scores the analyzer against annotated gold files.
//!
//! Dates use TempEval-3 scoring: a relaxed match is any overlap, a strict match
//! identical spans; type and value accuracy are counted over relaxed matches,
//! and value F1 = value accuracy × relaxed F1.
//!
//! Attributions: a claim matches a gold fragment when its content covers at
//! least half of the fragment. Precision counts claims that match some
//! fragment, recall fragments matched by some claim. On matches, the speaker is
//! right when the claim's speaker mention, or any mention of its speaker,
//! overlaps the gold speaker span; the cue is right when the spans overlap.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::process::ExitCode;

use serde::Deserialize;
use whosaid::json::{document, Document};
use whosaid::{Date, Options};

use crate::EvalArgs;

/// What to score.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Task {
    /// Temporal expressions.
    Dates,
    /// Attributions.
    Quotes,
}

#[derive(Deserialize)]
struct GoldDoc {
    #[serde(default)]
    id: serde_json::Value,
    #[serde(default)]
    date: Option<String>,
    text: String,
    #[serde(default)]
    timexes: Vec<GoldTimex>,
    #[serde(default)]
    quotes: Vec<GoldQuote>,
}

#[derive(Deserialize)]
struct GoldTimex {
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    kind: String,
    value: String,
}

#[derive(Deserialize)]
struct GoldQuote {
    start: usize,
    end: usize,
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    cue_start: Option<usize>,
    #[serde(default)]
    cue_end: Option<usize>,
    #[serde(default)]
    speaker_start: Option<usize>,
    #[serde(default)]
    speaker_end: Option<usize>,
}

/// Counts for one task, summed over documents.
#[derive(Default)]
struct Counts {
    docs: usize,
    gold: usize,
    system: usize,
    // Dates
    relaxed_p: usize,
    relaxed_r: usize,
    strict_p: usize,
    strict_r: usize,
    type_ok: usize,
    value_ok: usize,
    matched: usize,
    // Quotes, per gold kind: (gold, found)
    by_kind: BTreeMap<String, (usize, usize)>,
    speaker_total: usize,
    speaker_ok: usize,
    cue_total: usize,
    cue_ok: usize,
    bytes: usize,
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn score_dates(doc: &GoldDoc, out: &Document, c: &mut Counts, errors: bool) {
    let sys: Vec<(usize, usize)> = out.dates.iter().map(|d| (d.start, d.end)).collect();
    let gold: Vec<(usize, usize)> = doc.timexes.iter().map(|t| (t.start, t.end)).collect();
    c.gold += gold.len();
    c.system += sys.len();
    c.relaxed_p += sys.iter().filter(|s| gold.iter().any(|g| overlap(**s, *g) > 0)).count();
    c.strict_p += sys.iter().filter(|s| gold.contains(s)).count();
    for (gi, g) in doc.timexes.iter().enumerate() {
        let best = out
            .dates
            .iter()
            .filter(|d| overlap((d.start, d.end), gold[gi]) > 0)
            .max_by_key(|d| overlap((d.start, d.end), gold[gi]));
        match best {
            Some(d) => {
                c.relaxed_r += 1;
                c.matched += 1;
                if (d.start, d.end) == gold[gi] {
                    c.strict_r += 1;
                }
                let type_ok = d.kind == g.kind;
                let value_ok = d.value == g.value;
                c.type_ok += type_ok as usize;
                c.value_ok += value_ok as usize;
                if errors && (!type_ok || !value_ok) {
                    println!(
                        "WRONG\t{}\t{:?}\tgold {} {}\tgot {:?} {} {}",
                        doc.id,
                        slice(&doc.text, gold[gi]),
                        g.kind,
                        g.value,
                        d.text,
                        d.kind,
                        d.value
                    );
                }
            }
            None if errors => {
                println!(
                    "MISSED\t{}\t{:?}\t{} {}\t{}",
                    doc.id,
                    slice(&doc.text, gold[gi]),
                    g.kind,
                    g.value,
                    context(&doc.text, gold[gi])
                )
            }
            None => {}
        }
    }
    if errors {
        for d in &out.dates {
            if !gold.iter().any(|g| overlap((d.start, d.end), *g) > 0) {
                println!(
                    "EXTRA\t{}\t{:?}\t{} {}\t{}",
                    doc.id,
                    d.text,
                    d.kind,
                    d.value,
                    context(&doc.text, (d.start, d.end))
                );
            }
        }
    }
}

fn score_quotes(doc: &GoldDoc, out: &Document, c: &mut Counts, errors: bool) {
    let covers = |claim: (usize, usize), g: (usize, usize)| {
        let len = g.1.saturating_sub(g.0);
        len > 0 && 2 * overlap(claim, g) >= len
    };
    let gold: Vec<(usize, usize)> = doc.quotes.iter().map(|q| (q.start, q.end)).collect();
    let claims: Vec<(usize, usize)> = out.claims.iter().map(|cl| (cl.content.start, cl.content.end)).collect();
    c.gold += gold.len();
    c.system += claims.len();
    c.relaxed_p += claims.iter().filter(|cl| gold.iter().any(|g| covers(**cl, *g))).count();
    for (qi, q) in doc.quotes.iter().enumerate() {
        let kind = q.kind.clone().unwrap_or_else(|| "unknown".into());
        let entry = c.by_kind.entry(kind).or_default();
        entry.0 += 1;
        let best = out
            .claims
            .iter()
            .filter(|cl| covers((cl.content.start, cl.content.end), gold[qi]))
            .max_by_key(|cl| overlap((cl.content.start, cl.content.end), gold[qi]));
        let Some(claim) = best else {
            if errors {
                println!("MISSED\t{}\t{:?}\t{}", doc.id, slice(&doc.text, gold[qi]), q.kind.as_deref().unwrap_or(""));
            }
            continue;
        };
        entry.1 += 1;
        c.relaxed_r += 1;
        if let (Some(s), Some(e)) = (q.speaker_start, q.speaker_end) {
            c.speaker_total += 1;
            let speaker = out.speakers.iter().find(|s| s.id == claim.speaker);
            let ok = claim.speaker_mention.is_some_and(|m| overlap((m.start, m.end), (s, e)) > 0)
                || speaker.is_some_and(|sp| sp.mentions.iter().any(|m| overlap((m.start, m.end), (s, e)) > 0));
            c.speaker_ok += ok as usize;
            if errors && !ok {
                println!(
                    "SPEAKER\t{}\t{:?}\tgold {:?}\tgot {:?} ({})",
                    doc.id,
                    slice(&doc.text, gold[qi]),
                    slice(&doc.text, (s, e)),
                    claim.speaker_mention.map(|m| m.text).unwrap_or(""),
                    speaker.map(|s| s.name.as_str()).unwrap_or("")
                );
            }
        }
        if let (Some(s), Some(e)) = (q.cue_start, q.cue_end) {
            c.cue_total += 1;
            let ok = claim.cue.is_some_and(|m| overlap((m.start, m.end), (s, e)) > 0);
            c.cue_ok += ok as usize;
            if errors && !ok {
                println!(
                    "CUE\t{}\t{:?}\tgold {:?}\tgot {:?}",
                    doc.id,
                    slice(&doc.text, gold[qi]),
                    slice(&doc.text, (s, e)),
                    claim.cue.map(|m| m.text).unwrap_or("")
                );
            }
        }
    }
    if errors {
        for cl in &out.claims {
            if !gold.iter().any(|g| covers((cl.content.start, cl.content.end), *g)) {
                println!("EXTRA\t{}\t{:?}\t{}", doc.id, cl.content.text, cl.kind);
            }
        }
    }
}

/// The text at code-point span `s`.
fn slice(text: &str, s: (usize, usize)) -> String {
    text.chars().skip(s.0).take(s.1.saturating_sub(s.0)).collect()
}

fn context(text: &str, s: (usize, usize)) -> String {
    let start = s.0.saturating_sub(40);
    slice(text, (start, s.1 + 40)).replace('\n', " ")
}

/// The scores, by metric name, in a stable order.
fn metrics(task: Task, c: &Counts) -> Vec<(String, f64)> {
    let p = ratio(c.relaxed_p, c.system);
    let r = ratio(c.relaxed_r, c.gold);
    let mut m = Vec::new();
    match task {
        Task::Dates => {
            let sp = ratio(c.strict_p, c.system);
            let sr = ratio(c.strict_r, c.gold);
            let relaxed = f1(p, r);
            m.push(("relaxed_p".into(), p));
            m.push(("relaxed_r".into(), r));
            m.push(("relaxed_f1".into(), relaxed));
            m.push(("strict_p".into(), sp));
            m.push(("strict_r".into(), sr));
            m.push(("strict_f1".into(), f1(sp, sr)));
            m.push(("type_accuracy".into(), ratio(c.type_ok, c.matched)));
            m.push(("value_accuracy".into(), ratio(c.value_ok, c.matched)));
            m.push(("type_f1".into(), ratio(c.type_ok, c.matched) * relaxed));
            m.push(("value_f1".into(), ratio(c.value_ok, c.matched) * relaxed));
        }
        Task::Quotes => {
            m.push(("precision".into(), p));
            m.push(("recall".into(), r));
            m.push(("f1".into(), f1(p, r)));
            for (kind, (gold, found)) in &c.by_kind {
                m.push((format!("recall_{kind}"), ratio(*found, *gold)));
            }
            let dm = ["direct", "mixed"]
                .iter()
                .filter_map(|k| c.by_kind.get(*k))
                .fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
            m.push(("recall_direct_and_mixed".into(), ratio(dm.1, dm.0)));
            m.push(("speaker_accuracy".into(), ratio(c.speaker_ok, c.speaker_total)));
            m.push(("cue_accuracy".into(), ratio(c.cue_ok, c.cue_total)));
        }
    }
    m
}

/// `whosaid eval dates|quotes GOLD.jsonl`.
pub fn run(task: Task, args: &EvalArgs) -> Result<ExitCode, String> {
    let file = File::open(&args.gold).map_err(|e| format!("cannot read {}: {e}", args.gold.display()))?;
    let mut counts = Counts::default();
    let started = std::time::Instant::now();
    let mut analyse_time = std::time::Duration::ZERO;
    for (n, line) in BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|e| format!("{}: line {}: {e}", args.gold.display(), n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let doc: GoldDoc =
            serde_json::from_str(&line).map_err(|e| format!("{}: line {}: {e}", args.gold.display(), n + 1))?;
        let date = match doc.date.as_deref() {
            None => None,
            // Gold dates may carry a time (`1998-12-05T09:42`): the day is what counts.
            Some(s) => Some(
                Date::parse_iso(s.get(..10).unwrap_or(s))
                    .ok_or_else(|| format!("{}: line {}: bad date {s:?}", args.gold.display(), n + 1))?,
            ),
        };
        let t0 = std::time::Instant::now();
        let analysis = whosaid::analyze(&doc.text, &Options { date });
        analyse_time += t0.elapsed();
        let out = document(&doc.text, &analysis);
        counts.docs += 1;
        counts.bytes += doc.text.len();
        match task {
            Task::Dates => score_dates(&doc, &out, &mut counts, args.errors),
            Task::Quotes => score_quotes(&doc, &out, &mut counts, args.errors),
        }
    }
    let scores = metrics(task, &counts);
    let name = args.gold.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
    if args.json {
        let obj: serde_json::Map<String, serde_json::Value> =
            scores.iter().map(|(k, v)| (k.clone(), serde_json::json!(round(*v)))).collect();
        println!("{}", serde_json::Value::Object(obj));
    } else {
        println!(
            "{} ({} docs, {} gold, {} found, {:.1} MB/s analyze)",
            name,
            counts.docs,
            counts.gold,
            counts.system,
            counts.bytes as f64 / 1e6 / analyse_time.as_secs_f64().max(1e-9)
        );
        for (k, v) in &scores {
            println!("  {k:<24} {:.3}", v);
        }
        let _ = started;
    }
    if let Some(path) = &args.write_baseline {
        let obj: serde_json::Map<String, serde_json::Value> =
            scores.iter().map(|(k, v)| (k.clone(), serde_json::json!(round(*v)))).collect();
        let body = serde_json::to_string_pretty(&serde_json::Value::Object(obj)).unwrap_or_default();
        std::fs::write(path, body + "\n").map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    if let Some(path) = &args.baseline {
        let body = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let base: BTreeMap<String, f64> =
            serde_json::from_str(&body).map_err(|e| format!("{}: not a baseline: {e}", path.display()))?;
        let mut regressed = Vec::new();
        for (k, v) in &scores {
            if let Some(b) = base.get(k) {
                if round(*v) + 1e-9 < *b {
                    regressed.push(format!("{k} {:.4} < baseline {b:.4}", round(*v)));
                }
            }
        }
        if !regressed.is_empty() {
            eprintln!("whosaid: {name} fell below the baseline in {}:", path.display());
            for r in &regressed {
                eprintln!("  {r}");
            }
            return Ok(ExitCode::from(1));
        }
        println!("  (no regression against {})", path.display());
    }
    Ok(ExitCode::SUCCESS)
}

fn round(v: f64) -> f64 {
    (v * 10_000.0).round() / 10_000.0
}
