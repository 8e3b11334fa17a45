//! Temporal expressions (TimeML TIMEX3), resolved against the reference date.
//!
//! Three steps, each linear in the number of tokens:
//!
//! 1. `lexicon` gives every token a class ([`lexicon::Lx`]): month, weekday,
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
}
