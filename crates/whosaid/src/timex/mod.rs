//! Temporal expressions (TimeML TIMEX3), resolved against the reference date.
//!
//! Three steps, each linear in the number of tokens:
//!
//! 1. `lexicon` gives every token a class (`lexicon::Lx`): month, weekday,
//!    number, unit, keyword… — lowercasing in a stack buffer, no allocation.
//! 2. `scan` matches patterns over those classes, sentence by sentence, with
//!    bounded look-ahead, and says what each expression means
//!    (`resolve::Sem`): "the weekday Thursday, tense decides", "one year
//!    before the date in focus", "P3D".
//! 3. `resolve` turns meanings into TIMEX3 values in text order, following
//!    the news policy HeidelTime uses: deictic expressions count from the
//!    reference date; a bare weekday is the latest such day on or before it,
//!    or the next one in a future clause; a month and day without a year take
//!    the reference year, moved when the clause's tense disagrees; anaphoric
//!    expressions ("the same day", "a year earlier") count from the last
//!    mentioned date. Without a reference date, what is known is kept
//!    (`XXXX-02-12`, `XXXX-WXX-4`).
//!
//! Span conventions follow TimeBank (the TempEval-3 training data): the
//! determiner and modifiers are inside the span (`the third quarter`, `the
//! past two years`, `about two years ago`), prepositions outside (`on Friday`
//! gives `Friday`).

mod lexicon;
mod resolve;
mod scan;

use crate::calendar::Date;
use crate::sentences::Sentence;
use crate::span::Span;
use crate::token::Token;

/// TIMEX3 type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimexKind {
    /// A calendar date or period: `2025-02-12`, `2025-W07`, `PRESENT_REF`.
    Date,
    /// A time of day: `2025-02-12T15:30`, `2025-02-12TNI`.
    Time,
    /// A length of time: `P3D`, `PXY`.
    Duration,
    /// A recurrence: `P1W`, `XXXX-WXX-1`.
    Set,
}

impl TimexKind {
    /// The TimeML name: `DATE`, `TIME`, `DURATION`, `SET`.
    pub fn as_str(self) -> &'static str {
        match self {
            TimexKind::Date => "DATE",
            TimexKind::Time => "TIME",
            TimexKind::Duration => "DURATION",
            TimexKind::Set => "SET",
        }
    }
}

/// One temporal expression.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timex {
    /// Where it is.
    pub span: Span,
    /// TIMEX3 type.
    pub kind: TimexKind,
    /// TIMEX3 value.
    pub value: String,
}

/// Finds and resolves the temporal expressions of `text`, in text order.
///
/// `tokens` and `sentences` come from [`crate::token::tokenize`] and
/// [`crate::sentences::split`] over the same text.
pub fn find(text: &str, tokens: &[Token], sentences: &[Sentence], reference: Option<Date>) -> Vec<Timex> {
    let lx = lexicon::classify(text, tokens);
    let mut resolver = resolve::Resolver::new(reference);
    let mut out = Vec::new();
    let mut found = Vec::new();
    for sentence in sentences {
        let cx = scan::Cx::new(text, tokens, &lx, sentence.tokens.start, sentence.tokens.end);
        found.clear();
        cx.scan(&mut found);
        for m in &found {
            if m.span.is_empty() || text.get(m.span.start..m.span.end).is_none() {
                continue;
            }
            let tense = cx.tense(m.first, m.end);
            // `Wednesday’s call` names the call, not the time of the story:
            // such a date does not become the focus of later anaphora.
            let possessive = tokens.get(m.end).is_some_and(|t| matches!(t.text(text), "’s" | "'s"));
            let value = resolver.value(&m.sem, tense, !possessive);
            out.push(Timex { span: m.span, kind: m.kind, value });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{sentences, text, token};

    fn run(text: &str, reference: &str) -> Vec<String> {
        let toks = token::tokenize(text);
        let paras = text::paragraphs(text);
        let sents = sentences::split(text, &toks, &paras);
        find(text, &toks, &sents, Date::parse_iso(reference))
            .into_iter()
            .map(|t| format!("{} {} {}", t.span.of(text), t.kind.as_str(), t.value))
            .collect()
    }

    #[test]
    fn basic_forms() {
        assert_eq!(
            run("On Thursday, she said talks held yesterday went well.", "2025-02-13"),
            ["Thursday DATE 2025-02-13", "yesterday DATE 2025-02-12"]
        );
        assert_eq!(run("The plant will reopen on Monday.", "2025-02-13"), ["Monday DATE 2025-02-17"]);
        assert_eq!(run("Sales fell in the third quarter.", "1998-10-20"), ["the third quarter DATE 1998-Q3"]);
        assert_eq!(run("It may rain.", "2025-02-13"), Vec::<String>::new());
    }

    /// Spans lie on `char` boundaries, in order, inside the text.
    fn check_spans(text: &str, found: &[Timex]) {
        let mut last = 0;
        for t in found {
            assert!(t.span.start < t.span.end, "{text:?}: empty span {:?}", t.span);
            assert!(text.get(t.span.start..t.span.end).is_some(), "{text:?}: bad span {:?}", t.span);
            assert!(t.span.start >= last, "{text:?}: spans out of order");
            last = t.span.start;
            assert!(!t.value.is_empty());
        }
    }

    fn find_all(text: &str, reference: Option<Date>) -> Vec<Timex> {
        let toks = token::tokenize(text);
        let paras = text::paragraphs(text);
        let sents = sentences::split(text, &toks, &paras);
        find(text, &toks, &sents, reference)
    }

    #[test]
    fn never_panics_on_random_date_soup() {
        const WORDS: &[&str] = &[
            "the", "a", "last", "next", "this", "that", "early", "late", "mid-", "earlier", "later", "ago", "from",
            "now", "Thursday", "Mondays", "May", "may", "March", "Feb.", "Sept", "12", "31", "0", "99", "1998", "2025",
            "1990s", "’90s", "'", "’s", "-", "12-14", "1990-95", "2/30/2025", "2025-13-45", "3:30", "25:99", "a.m.",
            "p.m.", "year", "years", "quarter", "third", "third-quarter", "Q3", "FY25", "fiscal", "half", "of", "and",
            "to", "every", "each", "twice", "week", "weekend", "day", "days", "decade", "century", "20th", "first",
            "nine", "twenty-four", "more", "than", "at", "least", "nearly", "$", "%", "percent", ".", ",", "“", "”",
            "\"", "(", ")", "\n\n", "summer", "fall", "Christmas", "New", "Year", "Eve", "noon", "night", "tonight",
            "yesterday", "today", "ébène", "日本", "🙂", "1/2", "old", "Times", "2,000", "9999", "1000", "0000",
            "555-2024", "in", "on", "will", "said", "the past", "future", "recent",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let references = [None, Date::new(2025, 2, 13), Date::new(1, 1, 1), Date::new(9999, 12, 31)];
        for round in 0..4000 {
            let len = (next() % 40) as usize;
            let mut text = String::new();
            for _ in 0..len {
                text.push_str(WORDS[(next() % WORDS.len() as u64) as usize]);
                if next() % 4 != 0 {
                    text.push(' ');
                }
            }
            let found = find_all(&text, references[round % references.len()]);
            check_spans(&text, &found);
        }
    }

    #[test]
    fn long_inputs_stay_linear() {
        for unit in ["early ", "the last ", "a ", "12 ", "Thursday ", "every other ", "May 5, ", "nearly about "] {
            let text = unit.repeat(20_000);
            let found = find_all(&text, Date::new(2025, 2, 13));
            check_spans(&text, &found);
        }
    }
}
