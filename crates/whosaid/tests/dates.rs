//! Data-driven tests of the date stage: `tests/data/dates.cases`.
//!
//! Each case gives a reference date (or `none`), a text, and the expected
//! expressions as `text TYPE value` lines. Every mismatching case is
//! reported, not just the first.

use whosaid::{analyze, Date, Options};

struct Case {
    title: String,
    line: usize,
    reference: Option<Date>,
    text: String,
    expected: Vec<String>,
}

fn parse(data: &str) -> Vec<Case> {
    let mut cases = Vec::new();
    let mut lines = data.lines().enumerate().peekable();
    while let Some((n, line)) = lines.next() {
        let Some(title) = line.strip_prefix("=== ") else { continue };
        let reference = match lines.next() {
            Some((_, r)) if r.trim() == "ref none" => None,
            Some((rn, r)) => match r.strip_prefix("ref ").and_then(|d| Date::parse_iso(d.trim())) {
                Some(d) => Some(d),
                None => panic!("dates.cases:{}: expected `ref YYYY-MM-DD` or `ref none`", rn + 1),
            },
            None => panic!("dates.cases:{}: case without a reference line", n + 1),
        };
        let mut text = Vec::new();
        for (_, l) in lines.by_ref() {
            if l == "---" {
                break;
            }
            text.push(l);
        }
        let mut expected = Vec::new();
        while let Some((_, l)) = lines.peek() {
            if l.starts_with("=== ") {
                break;
            }
            let l = l.trim();
            if !l.is_empty() && !l.starts_with('#') {
                expected.push(l.to_string());
            }
            lines.next();
        }
        cases.push(Case { title: title.to_string(), line: n + 1, reference, text: text.join("\n"), expected });
    }
    cases
}

#[test]
fn dates_cases() {
    let cases = parse(include_str!("data/dates.cases"));
    assert!(cases.len() > 40, "too few cases parsed: {}", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let analysis = analyze(&case.text, &Options { date: case.reference });
        let got: Vec<String> = analysis
            .dates
            .iter()
            .map(|t| format!("{} {} {}", t.span.of(&case.text), t.kind.as_str(), t.value))
            .collect();
        if got != case.expected {
            failures.push(format!(
                "dates.cases:{} `{}`\n  expected:\n{}\n  got:\n{}",
                case.line,
                case.title,
                case.expected.iter().map(|e| format!("    {e}\n")).collect::<String>(),
                got.iter().map(|e| format!("    {e}\n")).collect::<String>(),
            ));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n\n{}", failures.len(), cases.len(), failures.join("\n"));
}
