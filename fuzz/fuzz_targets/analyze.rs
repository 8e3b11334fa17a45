//! `analyze` on any UTF-8 input never panics, and its JSON holds together:
//! every span's text is the slice of the input at its code-point offsets.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // The first byte, when it is a digit, picks a reference date (or none).
    let date = match data.first() {
        Some(b @ b'0'..=b'9') => whosaid::Date::new(2000 + (*b - b'0') as i32 * 3, 2, 13),
        _ => None,
    };
    let analysis = whosaid::analyze(text, &whosaid::Options { date });
    let doc = whosaid::json::document(text, &analysis);
    let chars: Vec<char> = text.chars().collect();
    let slice = |s: usize, e: usize| chars.get(s..e).map(|c| c.iter().collect::<String>());
    for d in &doc.dates {
        assert_eq!(slice(d.start, d.end).as_deref(), Some(d.text));
    }
    for c in &doc.claims {
        assert_eq!(slice(c.content.start, c.content.end).as_deref(), Some(c.content.text));
        assert!(doc.speakers.iter().any(|s| s.id == c.speaker));
    }
    let _ = whosaid::json::to_json(text, &analysis);
});
