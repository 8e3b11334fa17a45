//! Claims carry the date they were said when the sentence gives it.

use whosaid::json::document;
use whosaid::{analyze, Date, Options};

/// (text, expected value of the claim's date or "-" for none)
const CASES: &[(&str, &str)] = &[
    ("Ana Ruiz said on Thursday that the port would reopen.", "2025-02-13"),
    ("Ana Ruiz told reporters Monday that the port would reopen.", "2025-02-10"),
    ("On Friday, Ana Ruiz said the port would reopen.", "2025-02-07"),
    ("“The port will reopen,” Ana Ruiz said in an interview on Tuesday.", "2025-02-11"),
    ("Ana Ruiz said the port would reopen on Monday.", "-"),
    ("“We are ready,” Ana Ruiz said.", "-"),
];

#[test]
fn claims_are_dated_by_their_attribution() {
    let mut problems = Vec::new();
    for (text, want) in CASES {
        let a = analyze(text, &Options { date: Date::new(2025, 2, 13) });
        let doc = document(text, &a);
        let got = match doc.claims.first() {
            None => "no claim".to_string(),
            Some(c) => match &c.date {
                None => "-".to_string(),
                Some(id) => doc.dates.iter().find(|d| &d.id == id).map(|d| d.value.clone()).unwrap_or_default(),
            },
        };
        if got != *want {
            problems.push(format!("{text:?}: got {got}, want {want}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
