//! Hostile and pathological input: `analyze` never panics, and what it
//! returns always holds together. Property tests over arbitrary Unicode, plus
//! the pathological shapes people paste (a regression test per case).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use proptest::prelude::*;
use whosaid::json::{document, Document};
use whosaid::{analyze, Analysis, Date, Options};

/// The invariants every analysis of `text` must satisfy.
fn check(text: &str, a: &Analysis) {
    let len = text.len();
    let on_boundary = |b: usize| b <= len && text.is_char_boundary(b);
    let spans = a
        .dates
        .iter()
        .map(|d| d.span)
        .chain(a.entities.iter().flat_map(|e| e.mentions.iter().copied()))
        .chain(a.claims.iter().flat_map(|c| [Some(c.content), c.cue, c.speaker_mention]).flatten())
        .chain(a.paragraphs.iter().copied())
        .chain(a.sentences.iter().copied());
    for s in spans {
        assert!(s.start <= s.end && on_boundary(s.start) && on_boundary(s.end), "bad span {s:?}");
    }
    for w in a.dates.windows(2) {
        assert!(w[0].span.start <= w[1].span.start, "dates out of order");
    }
    for w in a.sentences.windows(2) {
        assert!(w[0].end <= w[1].start, "sentences overlap");
    }
    for c in &a.claims {
        assert!(c.speaker < a.entities.len(), "claim speaker out of range");
        assert!(c.date.is_none_or(|d| d < a.dates.len()), "claim date out of range");
    }
    for e in &a.entities {
        for w in e.mentions.windows(2) {
            assert!(w[0] <= w[1], "mentions unsorted");
        }
    }
    check_document(text, &document(text, a));
}

/// The whosaid/1 document: code-point offsets whose text is the slice, ids
/// unique and resolvable.
fn check_document(text: &str, doc: &Document) {
    // The hand-written JSON is serde_json's, byte for byte.
    assert_eq!(whosaid::json::write(doc, false), serde_json::to_string(doc).unwrap());
    assert_eq!(whosaid::json::write(doc, true), serde_json::to_string_pretty(doc).unwrap());
    let chars: Vec<char> = text.chars().collect();
    let slice = |s: usize, e: usize| chars.get(s..e).map(|c| c.iter().collect::<String>());
    let mut ids = std::collections::HashSet::new();
    let owned: std::collections::HashSet<(&str, &str)> =
        doc.speakers.iter().flat_map(|s| s.claims.iter().map(move |c| (s.id.as_str(), c.as_str()))).collect();
    for s in &doc.speakers {
        assert!(ids.insert(s.id.clone()), "duplicate id {}", s.id);
        for m in &s.mentions {
            assert_eq!(slice(m.start, m.end).as_deref(), Some(m.text));
        }
    }
    for d in &doc.dates {
        assert!(ids.insert(d.id.clone()), "duplicate id {}", d.id);
        assert_eq!(slice(d.start, d.end).as_deref(), Some(d.text));
    }
    for c in &doc.claims {
        assert!(ids.insert(c.id.clone()), "duplicate id {}", c.id);
        assert!(owned.contains(&(c.speaker.as_str(), c.id.as_str())), "unresolvable speaker");
        if let Some(d) = &c.date {
            assert!(doc.dates.iter().any(|t| &t.id == d), "unresolvable date");
        }
        for s in [Some(c.content), c.cue, c.speaker_mention].into_iter().flatten() {
            assert_eq!(slice(s.start, s.end).as_deref(), Some(s.text));
        }
    }
    for m in &doc.mentions {
        for s in &m.spans {
            assert_eq!(slice(s.start, s.end).as_deref(), Some(s.text));
        }
    }
}

fn run(text: &str) -> Analysis {
    let a = analyze(text, &Options { date: Date::new(2025, 2, 13) });
    check(text, &a);
    let b = analyze(text, &Options { date: None });
    check(text, &b);
    b
}

/// Text that looks like news: words, names, numbers, dates, every quote mark,
/// line breaks and the odd hostile character.
fn newsy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "said", "told", "according to", "he", "she", "they", "Trump", "Sergei Lavrov", "the ministry", "officials",
        "“", "”", "\"", "'", "‘", "’", "«", "»", "``", "''", ",", ".", "!", "?", ":", "—", "(", ")", "\n", "\n\n",
        "\r\n", "Thursday", "Feb. 12", "2025-02-13", "last week", "3:30 p.m.", "in 2019", "the 1990s", "’90s",
        "Russia’s", "U.S.", "Mr.", "Sen.", "7-Eleven", "2,000", "\u{0}", "\u{200b}", "\u{202e}", "שלום", "😀",
        "e\u{301}", "Ünïcödé", "  ", "\t", "date 2025-02-13", "wrote on Truth Social", "adding that", "—",
    ]);
    prop::collection::vec(pieces, 0..120).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_unicode_never_breaks_anything(text in "\\PC{0,400}") {
        run(&text);
    }

    #[test]
    fn newsy_text_never_breaks_anything(text in newsy()) {
        let a = run(&text);
        // The same input always gives the same output.
        prop_assert_eq!(&a, &analyze(&text, &Options { date: None }));
    }
}

#[test]
fn pathological_inputs_finish_and_hold_together() {
    let cases = common::pathological();
    for (name, text) in cases {
        let a = run(&text);
        // Output stays proportionate to the input.
        assert!(a.claims.len() <= text.len() / 4 + 1, "{name}: too many claims");
    }
}

#[test]
fn crlf_offsets_point_into_the_raw_text() {
    let text = "date 2025-02-13\r\n\r\n“We are ready,” Ana Ruiz said on Thursday.\r\n";
    let a = run(text);
    let doc = document(text, &a);
    let claim = doc.claims.first().expect("a claim");
    assert_eq!(claim.content.text, "“We are ready,”");
    let t = doc.dates.iter().find(|d| d.text == "Thursday").expect("Thursday");
    assert_eq!(t.value, "2025-02-13");
}

/// Inputs the fuzzer found (scripts/fuzz): each once produced a claim whose
/// content ran backwards (a quotation of the next sentence was taken as the
/// continuation of a quote closed before a colon).
#[test]
fn regression_fuzz_backward_content() {
    let cases: &[&[u8]] = &[
        b"Ana Ruiz spoke fOr an hou'' She said:\x0a\x0a\xe2\x80\x9cThe first thing s aren.\x0a\x0a\xe2\x80\x9cThe second thing is safety,\xe2\x80\x9d she adde2.",
        b"\x22Wement$\x22 \x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b:\x0b\x0b\x0b\x0b\x0b\x0b\x0blater this'' said Pauh Grant, at\x00\x0b\x22 \x0b\x0b\x0b\x0b\x0b\x0b+\x0b\x0b\x0b\x0b\x0b\x0b:\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\xe2\x80\x93\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0bd\x0b\xe2\x80\x93\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0bd.",
    ];
    for bytes in cases {
        let text = std::str::from_utf8(bytes).expect("fuzz inputs were UTF-8");
        run(text);
    }
}
