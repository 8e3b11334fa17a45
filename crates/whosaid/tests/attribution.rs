//! Data-driven attribution fixtures: `tests/data/attribution.cases`.
//!
//! Each case is a text written for whosaid and the claims it must give, as
//! `speaker | kind | cue | content` lines. Every mismatching case is reported,
//! not just the first. `UPDATE_EXPECT=1` rewrites the expectations from the
//! current output (review the diff before committing).

use std::fmt::Write as _;

use whosaid::json::document;
use whosaid::{analyze, Options};

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/attribution.cases");

struct Case {
    name: String,
    text: String,
    expected: Vec<String>,
}

fn parse(file: &str) -> (String, Vec<Case>) {
    let mut header = String::new();
    let mut cases: Vec<Case> = Vec::new();
    let mut in_expect = false;
    for line in file.lines() {
        if let Some(name) = line.strip_prefix("=== ") {
            cases.push(Case { name: name.to_string(), text: String::new(), expected: Vec::new() });
            in_expect = false;
            continue;
        }
        let Some(case) = cases.last_mut() else {
            header.push_str(line);
            header.push('\n');
            continue;
        };
        if line == "---" {
            in_expect = true;
        } else if in_expect {
            if !line.trim().is_empty() {
                case.expected.push(line.trim().to_string());
            }
        } else {
            if !case.text.is_empty() {
                case.text.push('\n');
            }
            case.text.push_str(line);
        }
    }
    for c in &mut cases {
        c.text = c.text.trim_end().to_string();
    }
    (header, cases)
}

fn actual(text: &str) -> Vec<String> {
    let analysis = analyze(text, &Options::default());
    let doc = document(text, &analysis);
    let lines: Vec<String> = doc
        .claims
        .iter()
        .map(|c| {
            let speaker = doc.speakers.iter().find(|s| s.id == c.speaker).map(|s| s.name.as_str()).unwrap_or("?");
            let cue = c.cue.map(|c| c.text).unwrap_or("-");
            format!("{speaker} | {} | {cue} | {}", c.kind, c.content.text.replace('\n', "\\n"))
        })
        .collect();
    if lines.is_empty() {
        vec!["none".to_string()]
    } else {
        lines
    }
}

#[test]
fn attribution_cases() {
    let file = std::fs::read_to_string(PATH).expect("fixture file");
    let (header, cases) = parse(&file);
    assert!(cases.len() >= 30, "the fixture file lost its cases");
    let mut failures = String::new();
    let mut updated = header.trim_end().to_string();
    for case in &cases {
        let got = actual(&case.text);
        if got != case.expected {
            let _ = writeln!(
                failures,
                "\n=== {}\n{}\n--- expected\n{}\n--- got\n{}",
                case.name,
                case.text,
                case.expected.join("\n"),
                got.join("\n")
            );
        }
        let _ = write!(updated, "\n\n=== {}\n{}\n---\n{}", case.name, case.text, got.join("\n"));
    }
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(PATH, updated + "\n").expect("rewrite fixtures");
        return;
    }
    assert!(failures.is_empty(), "attribution fixtures that differ:{failures}");
}
