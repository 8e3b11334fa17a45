//! Sentences: split at `.`, `!`, `?` and paragraph ends, not at abbreviations.
//!
//! A sentence never crosses a paragraph. Closing quote marks and brackets right
//! after the end mark belong to the sentence they close (`… war!!!”`), and a
//! lowercase word after a question or exclamation inside quotes continues the
//! sentence (`“Why?” he asked.`).

use std::ops::Range;

use crate::span::Span;
use crate::token::{Kind, Token};

/// One sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// From its first token's start to its last token's end.
    pub span: Span,
    /// Its tokens (indices into the token list).
    pub tokens: Range<usize>,
    /// The paragraph it is in (index into the paragraph list).
    pub paragraph: usize,
}

crate::word_set!(
    /// Titles and other abbreviations after which a period never ends a sentence.
    NEVER_ENDS = [
    "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "reps", "sens", "gen", "col", "lt", "sgt", "capt", "cmdr",
    "adm", "maj", "rev", "hon", "pres", "supt", "st", "mt", "ft", "messrs", "mme", "vs", "v", "nos", "fig", "sec",
    "art", "vol", "pp", "approx", "dept", "univ", "assn", "gens", "lieut", "cpl", "pvt", "brig", "atty", "insp", "det",
    "supt", "amb", "treas", "sec",
]
);

crate::word_set!(
    /// Abbreviations that may end a sentence when a typical sentence start follows.
    MAY_END = [
    "inc", "corp", "co", "ltd", "jr", "sr", "etc", "bros", "llc", "plc", "ave", "blvd", "rd", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur",
    "thurs", "fri", "sat", "sun", "a.m", "p.m", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga",
    "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore",
    "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
]
);

crate::word_set!(
    /// Words that typically start a sentence; after an ambiguous abbreviation they
    /// signal a boundary.
    STARTERS = [
        "a", "after", "all", "also", "although", "an", "and", "as", "at", "before", "both", "but", "by", "dr", "earlier", "for", "from", "he", "her", "his", "how", "however", "i", "if", "in", "instead", "it", "its", "last", "later", "many", "meanwhile", "most", "mr", "mrs", "ms", "my", "next", "no", "not", "now", "officials", "on", "one", "our", "she", "since", "so", "some", "still", "that", "the", "their", "then", "there", "these", "they", "this", "those", "though", "two", "under", "we", "what", "when", "where", "while", "who", "why", "with", "yet", "you"
    ]
);

/// Splits each paragraph into sentences.
pub fn split(text: &str, tokens: &[Token], paragraphs: &[Span]) -> Vec<Sentence> {
    split_with_breaks(text, tokens, paragraphs, &[])
}

/// Splits each paragraph into sentences, also ending one at each byte offset
/// of `breaks` (sorted): a dateline is a sentence of its own.
pub fn split_with_breaks(text: &str, tokens: &[Token], paragraphs: &[Span], breaks: &[usize]) -> Vec<Sentence> {
    let mut out = split_paragraphs(text, tokens, paragraphs);
    for &b in breaks {
        let Some(i) = out.iter().position(|s| s.span.start < b && b < s.span.end) else { continue };
        let s = out[i].clone();
        let cut = s.tokens.start + tokens[s.tokens.clone()].partition_point(|t| t.span.end <= b);
        if cut <= s.tokens.start || cut >= s.tokens.end {
            continue;
        }
        let first = Sentence {
            span: Span::new(s.span.start, tokens[cut - 1].span.end),
            tokens: s.tokens.start..cut,
            paragraph: s.paragraph,
        };
        let second = Sentence {
            span: Span::new(tokens[cut].span.start, s.span.end),
            tokens: cut..s.tokens.end,
            paragraph: s.paragraph,
        };
        out[i] = first;
        out.insert(i + 1, second);
    }
    out
}

fn split_paragraphs(text: &str, tokens: &[Token], paragraphs: &[Span]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (pi, range) in crate::token::paragraph_ranges(tokens, paragraphs) {
        split_paragraph(text, tokens, range, pi, &mut out);
    }
    out
}

fn split_paragraph(text: &str, tokens: &[Token], range: Range<usize>, paragraph: usize, out: &mut Vec<Sentence>) {
    let mut start = range.start;
    let mut i = range.start;
    while i < range.end {
        let tok = tokens[i];
        // A line break inside a paragraph ends a sentence, unless the line is
        // hard-wrapped (a word or comma before it, a lowercase word after it).
        if tok.breaks_before > 0 && i > start {
            let prev = tokens[i - 1];
            let wrapped = matches!(prev.kind, Kind::Word | Kind::Number) || prev.text(text) == ",";
            let lower_next = tok.kind == Kind::Word && tok.text(text).chars().next().is_some_and(char::is_lowercase);
            if !(wrapped && lower_next) {
                push(tokens, start..i, paragraph, out);
                start = i;
            }
        }
        let ender = match tok.kind {
            Kind::Punct => matches!(tok.text(text), "." | "!" | "?" | "..." | "…" | "。" | "！" | "？"),
            // U.S. a.m.
            Kind::Word => tok.span.len() > 2 && text.as_bytes().get(tok.span.end.wrapping_sub(1)) == Some(&b'.'),
            _ => false,
        };
        if !ender {
            i += 1;
            continue;
        }
        // Absorb repeated end marks and closing quotes/brackets.
        let mut j = i + 1;
        while j < range.end {
            let n = tokens[j];
            let ns = n.text(text);
            let closing = match n.kind {
                Kind::Punct => matches!(ns, "." | "!" | "?" | "..." | "…" | ")" | "]" | "}"),
                Kind::Quote => !n.space_before || j + 1 == range.end,
                _ => false,
            };
            if !closing {
                break;
            }
            j += 1;
        }
        if j >= range.end {
            break;
        }
        if is_boundary(text, tokens, i, j) && !attribution_follows(text, tokens, i, j, range.end) {
            push(tokens, start..j, paragraph, out);
            start = j;
        }
        i = j;
    }
    if start < range.end {
        push(tokens, start..range.end, paragraph, out);
    }
}

/// Whether a sentence ends before token `next`, the end mark being token `mark`.
fn is_boundary(text: &str, tokens: &[Token], mark: usize, next: usize) -> bool {
    let n = tokens[next];
    let ns = n.text(text);
    let next_starts = match n.kind {
        Kind::Word => ns.chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphabetic()),
        Kind::Number | Kind::Quote => true,
        Kind::Punct => crate::text::is_dash(ns) || matches!(ns, "(" | "[" | "-" | "•" | "*"),
    };
    if !next_starts || !n.space_before && n.kind != Kind::Quote {
        return false;
    }
    let m = tokens[mark];
    let ms = m.text(text);
    if ms != "." {
        if m.kind == Kind::Word {
            // A dotted abbreviation such as U.S. ends a sentence only before a typical start.
            return is_starter(ns) || n.kind == Kind::Quote;
        }
        return true;
    }
    // A period: look at the word before it.
    let Some(prev) = mark.checked_sub(1).map(|p| tokens[p]) else { return true };
    if prev.span.end != m.span.start || prev.kind != Kind::Word {
        return true;
    }
    let w = prev.text(text);
    if w.eq_ignore_ascii_case("no") {
        // "No. 1" is a number; "“No.” She left." ends a sentence.
        return n.kind != Kind::Number;
    }
    if NEVER_ENDS.contains(w) {
        return false;
    }
    // An initial: "John F. Kennedy".
    if w.chars().count() == 1 && w.chars().all(char::is_uppercase) {
        return false;
    }
    if MAY_END.contains(w) {
        return is_starter(ns) || n.kind == Kind::Quote;
    }
    true
}

/// `“Great talks!” Trump wrote on Truth Social.` — after a quotation that
/// ends with its own end mark, a short attribution and nothing else belongs to
/// the same sentence.
fn attribution_follows(text: &str, tokens: &[Token], mark: usize, next: usize, end: usize) -> bool {
    // Only after a closing quote mark.
    if !(mark + 1..next).any(|k| tokens[k].kind == Kind::Quote) {
        return false;
    }
    // "“Who are they?” Trump said of Apple, …": a question or exclamation
    // inside quotes is followed by its attribution, whatever comes after it.
    let asked = matches!(tokens[mark].text(text), "?" | "!");
    let mut k = next;
    let mut cue = false;
    let mut after_cue = 0;
    while k < end && k < next + 14 {
        let t = tokens[k];
        let w = t.text(text);
        match t.kind {
            Kind::Word if cue => {
                // After the cue, only a short adverbial: "on Truth Social", "in Moscow".
                after_cue += 1;
                let adverbial = matches!(
                    w.to_ascii_lowercase().as_str(),
                    "on" | "in"
                        | "at"
                        | "to"
                        | "during"
                        | "from"
                        | "with"
                        | "as"
                        | "after"
                        | "before"
                        | "late"
                        | "early"
                        | "last"
                        | "this"
                        | "yesterday"
                        | "today"
                        | "earlier"
                        | "later"
                        | "also"
                        | "then"
                ) || crate::calendar::weekday_from_name(w).is_some();
                if after_cue == 1 && !adverbial || after_cue > 6 {
                    return false;
                }
            }
            Kind::Word => {
                if let Some((_, _, form)) = crate::cues::verb(w) {
                    if matches!(form, crate::cues::Form::Past | crate::cues::Form::S) && k > next {
                        if asked && k <= next + 6 {
                            return true;
                        }
                        cue = true;
                    }
                }
            }
            Kind::Number => {}
            // "“Can we win?” Mr. Manafort asked.": the period of an
            // abbreviated honorific or title, or of an initial.
            Kind::Punct
                if w == "." && !t.space_before && k > next && !cue && abbreviation(tokens[k - 1].text(text)) => {}
            Kind::Punct if matches!(w, "." | "!" | "?") => return cue && k > next + 1,
            Kind::Punct if w == "," && !cue => {}
            _ => return false,
        }
        k += 1;
    }
    cue && k == end
}

fn abbreviation(word: &str) -> bool {
    use crate::lexicon::{contains, HONORIFICS, TITLES};
    contains(HONORIFICS, word)
        || contains(TITLES, word)
        || word.chars().count() == 1 && word.chars().all(char::is_uppercase)
}

fn is_starter(word: &str) -> bool {
    STARTERS.contains(word)
}

/// The longest sentence, in tokens. Real sentences are far shorter; a run-on
/// text without end marks is cut into pieces of at most this size (at a
/// comma, semicolon or dash when there is one) so every later stage's work per
/// sentence stays bounded and the whole analysis linear.
pub const MAX_TOKENS: usize = 250;

fn push(tokens: &[Token], range: Range<usize>, paragraph: usize, out: &mut Vec<Sentence>) {
    let mut range = range;
    while range.len() > MAX_TOKENS {
        let hard = range.start + MAX_TOKENS;
        let soft = (range.start + MAX_TOKENS / 2..hard)
            .rev()
            .find(|&k| matches!(tokens[k].kind, Kind::Punct) && tokens[k].span.len() <= 3)
            .map_or(hard, |k| k + 1);
        push_one(tokens, range.start..soft, paragraph, out);
        range = soft..range.end;
    }
    push_one(tokens, range, paragraph, out);
}

fn push_one(tokens: &[Token], range: Range<usize>, paragraph: usize, out: &mut Vec<Sentence>) {
    if range.is_empty() {
        return;
    }
    let span = Span::new(tokens[range.start].span.start, tokens[range.end - 1].span.end);
    out.push(Sentence { span, tokens: range, paragraph });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{text, token};

    fn sents(t: &str) -> Vec<&str> {
        let toks = token::tokenize(t);
        let paras = text::paragraphs(t);
        split(t, &toks, &paras).into_iter().map(|s| s.span.of(t)).collect()
    }

    #[test]
    fn splits_at_end_marks_not_abbreviations() {
        assert_eq!(
            sents("Mr. Smith met Gov. Jones on Feb. 12. They talked. “Why?” he asked. “Fine!” She left."),
            ["Mr. Smith met Gov. Jones on Feb. 12.", "They talked.", "“Why?” he asked.", "“Fine!”", "She left."]
        );
        assert_eq!(
            sents("“Great talks!” Trump wrote on Truth Social. “No.” Jane Doe, the mayor, said the plan failed."),
            ["“Great talks!” Trump wrote on Truth Social.", "“No.”", "Jane Doe, the mayor, said the plan failed."]
        );
        assert_eq!(
            sents("He lives in the U.S. The talks ended at 3 p.m. on Friday. John F. Kennedy spoke."),
            ["He lives in the U.S.", "The talks ended at 3 p.m. on Friday.", "John F. Kennedy spoke."]
        );
        assert_eq!(sents("One.\n\nTwo (really). Three"), ["One.", "Two (really).", "Three"]);
        assert_eq!(sents("It rose 2.5 percent. Acme Inc. said so."), ["It rose 2.5 percent.", "Acme Inc. said so."]);
    }
}
