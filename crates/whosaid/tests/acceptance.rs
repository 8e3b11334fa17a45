//! The acceptance article (`../shared/acceptance/seed-article.txt`) against its
//! hand-made gold, read as its `about` field says: a claim matches when its
//! content contains the gold `anchor`; its speaker is right when the
//! speaker's name contains one of `speaker_accept`; dates are located by text
//! and occurrence and match when spans overlap.
//!
//! The article is read at test time from `../shared` beside the repository
//! (or `$WHOSAID_SHARED`); it is never copied into the project.

use std::path::PathBuf;

use serde_json::Value;
use whosaid::json::document;
use whosaid::{analyze, Options};

fn shared() -> PathBuf {
    match std::env::var_os("WHOSAID_SHARED") {
        Some(p) => PathBuf::from(p),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"),
    }
}

fn load() -> (String, Value) {
    let dir = shared().join("acceptance");
    let text = std::fs::read_to_string(dir.join("seed-article.txt"))
        .unwrap_or_else(|e| panic!("the acceptance article is needed at {}: {e}", dir.display()));
    let gold = std::fs::read_to_string(dir.join("seed-article.gold.json")).expect("gold file");
    (text, serde_json::from_str(&gold).expect("gold JSON"))
}

fn strs(v: &Value) -> Vec<&str> {
    v.as_array().map(|a| a.iter().filter_map(Value::as_str).collect()).unwrap_or_default()
}

#[test]
fn acceptance_speakers_and_claims() {
    let (text, gold) = load();
    let analysis = analyze(&text, &Options::default());
    let doc = document(&text, &analysis);
    let mut problems = Vec::new();

    assert_eq!(doc.reference_date.value.as_deref(), gold["reference_date"].as_str(), "reference date");
    assert_eq!(doc.reference_date.source, "dateline");

    // Speakers: each gold speaker present with its kind and a role containing the expected words.
    let optional = strs(&gold["optional_speakers"]);
    for g in gold["speakers"].as_array().unwrap() {
        let name = g["name"].as_str().unwrap();
        match doc.speakers.iter().find(|s| s.name == name) {
            None => problems.push(format!("speaker {name} missing")),
            Some(s) => {
                if s.kind != g["kind"].as_str().unwrap() {
                    problems.push(format!("speaker {name} is {} not {}", s.kind, g["kind"]));
                }
                let want = g["role_contains"].as_str().unwrap();
                if !s.roles.iter().any(|r| r.contains(want)) {
                    problems.push(format!("speaker {name} roles {:?} lack {want:?}", s.roles));
                }
            }
        }
    }
    for s in &doc.speakers {
        let expected = gold["speakers"].as_array().unwrap().iter().any(|g| g["name"] == s.name.as_str());
        if !expected && !optional.iter().any(|o| s.name.contains(o)) {
            problems.push(format!("unexpected speaker {:?}", s.name));
        }
    }
    for n in strs(&gold["not_speakers"]) {
        if doc.speakers.iter().any(|s| s.name.contains(n)) {
            problems.push(format!("{n} must not be a speaker"));
        }
    }

    // Claims: every gold claim found, with the right speaker, kind and cue.
    let speaker_name = |id: &str| doc.speakers.iter().find(|s| s.id == id).map(|s| s.name.clone()).unwrap_or_default();
    let mut matched = vec![false; doc.claims.len()];
    for g in gold["claims"].as_array().unwrap() {
        let anchor = g["anchor"].as_str().unwrap();
        let accept = strs(&g["speaker_accept"]);
        let found: Vec<usize> =
            (0..doc.claims.len()).filter(|&i| doc.claims[i].content.text.contains(anchor)).collect();
        let right_speaker: Vec<usize> = found
            .iter()
            .copied()
            .filter(|&i| accept.iter().any(|a| speaker_name(&doc.claims[i].speaker).contains(a)))
            .collect();
        // Of several fragments (a nested attribution), judge the one with the gold cue.
        let best = right_speaker
            .iter()
            .find(|&&i| doc.claims[i].cue.map(|c| c.text) == g["cue"].as_str())
            .or(right_speaker.first());
        let Some(&i) = best else {
            let got: Vec<String> = found.iter().map(|&i| speaker_name(&doc.claims[i].speaker)).collect();
            problems.push(format!("claim {anchor:?}: not found with speaker {accept:?} (found with {got:?})"));
            continue;
        };
        matched[i] = true;
        let c = &doc.claims[i];
        if c.kind != g["kind"].as_str().unwrap() {
            problems.push(format!("claim {anchor:?} is {} not {}", c.kind, g["kind"]));
        }
        let cue = c.cue.map(|c| c.text).unwrap_or("");
        if cue != g["cue"].as_str().unwrap() {
            problems.push(format!("claim {anchor:?} has cue {cue:?} not {}", g["cue"]));
        }
    }
    // Every other claim must be an optional one.
    for (i, c) in doc.claims.iter().enumerate() {
        if matched[i] {
            continue;
        }
        let ok = gold["optional_claims"].as_array().unwrap().iter().any(|o| {
            c.content.text.contains(o["anchor"].as_str().unwrap())
                && strs(&o["speaker_accept"]).iter().any(|a| speaker_name(&c.speaker).contains(a))
        }) || gold["claims"].as_array().unwrap().iter().any(|g| {
            // A second fragment of a gold claim (a quote split around "he said").
            c.content.text.contains(g["anchor"].as_str().unwrap())
        });
        if !ok {
            problems.push(format!("unexpected claim {:?} by {}", c.content.text, speaker_name(&c.speaker)));
        }
    }
    assert!(problems.is_empty(), "acceptance article:\n  {}", problems.join("\n  "));
}

/// The code-point span of the `occurrence`-th (1-based) `needle` in `text`.
fn locate(text: &str, needle: &str, occurrence: usize) -> Option<(usize, usize)> {
    let (byte, _) = text.match_indices(needle).nth(occurrence.checked_sub(1)?)?;
    let start = text[..byte].chars().count();
    Some((start, start + needle.chars().count()))
}

#[test]
fn acceptance_dates() {
    let (text, gold) = load();
    let analysis = analyze(&text, &Options::default());
    let doc = document(&text, &analysis);
    let mut problems = Vec::new();
    for (list, required) in [(&gold["dates"], true), (&gold["optional_dates"], false)] {
        for g in list.as_array().unwrap() {
            let needle = g["text"].as_str().unwrap();
            let n = g["occurrence"].as_u64().unwrap() as usize;
            let (start, end) = locate(&text, needle, n).expect("gold date in the article");
            let found = doc.dates.iter().find(|d| d.start < end && start < d.end);
            match found {
                None if required => problems.push(format!("{needle:?} #{n} not found")),
                None => {}
                Some(d) if d.kind != g["type"].as_str().unwrap() || d.value != g["value"].as_str().unwrap() => {
                    problems.push(format!(
                        "{needle:?} #{n}: {} {} instead of {} {}",
                        d.kind, d.value, g["type"], g["value"]
                    ));
                }
                Some(_) => {}
            }
        }
    }
    // Claims said on a stated day carry it: "Lavrov said … on Thursday".
    let said_on = |anchor: &str| {
        let c = doc.claims.iter().find(|c| c.content.text.contains(anchor))?;
        let t = doc.dates.iter().find(|d| Some(&d.id) == c.date.as_ref())?;
        Some(t.value.clone())
    };
    for anchor in ["What struck me", "preparations for peace talks"] {
        if said_on(anchor).as_deref() != Some("2025-02-13") {
            problems.push(format!("claim {anchor:?} should be dated 2025-02-13, got {:?}", said_on(anchor)));
        }
    }
    assert!(problems.is_empty(), "acceptance dates:\n  {}", problems.join("\n  "));
}
