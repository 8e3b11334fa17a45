//! Quotations: pairs of quote marks, per paragraph.
//!
//! Reads curly (“ ” ‘ ’), straight (" '), low (,, „), guillemets (« » ‹ ›),
//! corner brackets and the ``wire'' style. Apostrophes never open a quote (the
//! tokenizer already keeps `Russia’s`, `don’t`, `’90s` inside words; a lone `’`
//! closes a single quote only when one is open). Marks are paired per
//! paragraph, so an unbalanced mark spoils at most its own paragraph: an
//! unclosed quote runs to the end of its paragraph, and a closing mark with no
//! opening one at the start of a paragraph quotes from the paragraph start.
//! A quotation running over several paragraphs (each reopens it, only the last
//! closes it) becomes one [`Quote`] per paragraph, linked by
//! [`Quote::continues`].

use crate::span::Span;
use crate::token::{Kind, Token};

/// One quotation within one paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    /// From the opening mark to the closing mark, both included.
    pub span: Span,
    /// The text between the marks.
    pub inner: Span,
    /// The paragraph it is in.
    pub paragraph: usize,
    /// Token index range of the marks: opening mark token (if any) and
    /// closing mark token (if any).
    pub open_token: Option<usize>,
    /// See [`Quote::open_token`].
    pub close_token: Option<usize>,
    /// It continues a quotation left open at the end of the previous paragraph.
    pub continues: bool,
    /// It is left open at the end of its paragraph and the next paragraph
    /// reopens it.
    pub continued: bool,
    /// Single quote marks (‘…’), usually nested inside a double quotation.
    pub single: bool,
    /// Number of word tokens inside.
    pub words: usize,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Role {
    Open,
    Close,
    /// Either, decided by position and state.
    Either,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Family {
    Double,
    Single,
}

fn classify(text: &str, tokens: &[Token], i: usize) -> Option<(Family, Role)> {
    let t = tokens[i];
    let s = t.text(text);
    let before_space = t.space_before || i == 0;
    let after = tokens.get(i + 1);
    let after_space = after.is_none_or(|a| a.space_before);
    let after_word = after.is_some_and(|a| !a.space_before && matches!(a.kind, Kind::Word | Kind::Number));
    let before_word = !t.space_before && i > 0 && matches!(tokens[i - 1].kind, Kind::Word | Kind::Number | Kind::Punct);
    // A closing mark that stands like an opening one (space before, a word
    // glued after) is a typo for one, and the other way round.
    let looks_open = before_space && after_word;
    let looks_close = before_word && after_space;
    let r = match s {
        "“" | "„" | "‟" | "``" | "«" | "「" | "『" if looks_close => (Family::Double, Role::Either),
        "“" | "„" | "‟" | "``" | "«" | "「" | "『" => (Family::Double, Role::Open),
        "”" | "»" | "」" | "』" if looks_open => (Family::Double, Role::Either),
        "”" | "»" | "」" | "』" => (Family::Double, Role::Close),
        "\"" | "''" | "＂" => (Family::Double, straight_role(before_space, after_space, before_word, after_word)),
        "‘" | "‚" | "‛" | "‹" => (Family::Single, Role::Open),
        "›" => (Family::Single, Role::Close),
        "’" => (Family::Single, Role::Close),
        "'" => (Family::Single, straight_role(before_space, after_space, before_word, after_word)),
        "`" => (Family::Single, Role::Open),
        _ => return None,
    };
    Some(r)
}

fn straight_role(before_space: bool, after_space: bool, before_word: bool, after_word: bool) -> Role {
    if before_space && !after_space {
        Role::Open
    } else if after_space && !before_space || before_word && !after_word {
        Role::Close
    } else {
        Role::Either
    }
}

/// Finds the quotations of every paragraph.
pub fn find(text: &str, tokens: &[Token], paragraphs: &[Span]) -> Vec<Quote> {
    let mut out: Vec<Quote> = Vec::new();
    let mut left_open = false;
    for (pi, range) in crate::token::paragraph_ranges(tokens, paragraphs) {
        let (first, t) = (range.start, range.end);
        let para = &paragraphs[pi];
        let before = out.len();
        let open_at_end = pair_paragraph(text, tokens, first, t, pi, *para, &mut out);
        // A quotation left open at the end of the previous paragraph continues
        // here only if this paragraph opens with a quote mark.
        if left_open {
            let reopened = out.get(before).is_some_and(|q| q.open_token == Some(first) && !q.single);
            if reopened {
                if let Some(prev) =
                    out[..before].iter_mut().rev().find(|q| q.paragraph + 1 == pi && q.close_token.is_none())
                {
                    prev.continued = true;
                }
                out[before].continues = true;
            }
        }
        left_open = open_at_end;
    }
    out
}

/// Pairs the marks of one paragraph (tokens `first..end`); returns whether a
/// double quotation is left open at its end.
fn pair_paragraph(
    text: &str,
    tokens: &[Token],
    first: usize,
    end: usize,
    paragraph: usize,
    para: Span,
    out: &mut Vec<Quote>,
) -> bool {
    // Open double quote (token index), and an open single quote inside it or at top level.
    let mut double: Option<usize> = None;
    let mut single: Option<usize> = None;
    let mut seen_double = false;
    for i in first..end {
        if tokens[i].kind != Kind::Quote {
            continue;
        }
        let Some((family, role)) = classify(text, tokens, i) else { continue };
        match family {
            Family::Double => {
                let closes = match role {
                    Role::Close => true,
                    Role::Open => false,
                    Role::Either => double.is_some(),
                };
                if closes {
                    match double.take() {
                        Some(o) => {
                            // A single quote left open inside is dropped (an apostrophe, most likely).
                            if single.is_some_and(|s| s > o) {
                                single = None;
                            }
                            out.push(make(tokens, Some(o), Some(i), paragraph, para, false));
                        }
                        None if !seen_double => {
                            // A closing mark first in the paragraph: the opening one is missing.
                            out.push(make(tokens, None, Some(i), paragraph, para, false));
                        }
                        None => {}
                    }
                } else if double.is_none() {
                    double = Some(i);
                } else {
                    // An opening mark while one is open: the earlier one was never closed.
                    double = Some(i);
                }
                seen_double = true;
            }
            Family::Single => {
                let closes = match role {
                    Role::Close => single.is_some(),
                    Role::Open => false,
                    Role::Either => single.is_some(),
                };
                if closes {
                    if let Some(o) = single.take() {
                        out.push(make(tokens, Some(o), Some(i), paragraph, para, true));
                    }
                } else if role != Role::Close {
                    // Only a mark that can open, and is followed by a word, opens.
                    let next_word = tokens.get(i + 1).is_some_and(|n| !n.space_before && n.kind != Kind::Punct);
                    if next_word {
                        single = Some(i);
                    }
                }
            }
        }
    }
    if let Some(o) = double {
        out.push(make(tokens, Some(o), None, paragraph, para, false));
        return true;
    }
    false
}

fn make(
    tokens: &[Token],
    open: Option<usize>,
    close: Option<usize>,
    paragraph: usize,
    para: Span,
    single: bool,
) -> Quote {
    let start = open.map_or(para.start, |o| tokens[o].span.start);
    let end = close.map_or(para.end, |c| tokens[c].span.end);
    let inner_start = open.map_or(para.start, |o| tokens[o].span.end);
    let inner_end = close.map_or(para.end, |c| tokens[c].span.start);
    let lo = open.map_or_else(|| tokens.partition_point(|t| t.span.start < para.start), |o| o + 1);
    let hi = close.unwrap_or_else(|| tokens.partition_point(|t| t.span.end <= para.end));
    let words = tokens.get(lo..hi).map_or(0, |ts| ts.iter().filter(|t| t.kind == Kind::Word).count());
    Quote {
        span: Span::new(start, end),
        inner: Span::new(inner_start, inner_end.max(inner_start)),
        paragraph,
        open_token: open,
        close_token: close,
        continues: false,
        continued: false,
        single,
        words,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{text, token};

    fn quotes(t: &str) -> Vec<String> {
        let toks = token::tokenize(t);
        let paras = text::paragraphs(t);
        find(t, &toks, &paras)
            .into_iter()
            .map(|q| {
                let flags = format!(
                    "{}{}{}",
                    if q.single { "s" } else { "" },
                    if q.continues { "<" } else { "" },
                    if q.continued { ">" } else { "" }
                );
                format!("{}{}", q.span.of(t), if flags.is_empty() { String::new() } else { format!(" [{flags}]") })
            })
            .collect()
    }

    #[test]
    fn pairs_marks_of_every_style() {
        assert_eq!(quotes("“Hi,” he said. \"Yes\" and ``wire,'' too."), ["“Hi,”", "\"Yes\"", "``wire,''"]);
        assert_eq!(quotes("It was “a ‘shock,’ really.”"), ["‘shock,’ [s]", "“a ‘shock,’ really.”"]);
        assert_eq!(quotes("Russia’s leaders’ talks in the ’90s, rock ’n’ roll."), Vec::<String>::new());
        assert_eq!(quotes("«Oui», dit-il."), ["«Oui»"]);
        assert_eq!(quotes("''Do it,'' Mr. Smith said."), ["''Do it,''"]);
    }

    #[test]
    fn multi_paragraph_and_unbalanced() {
        assert_eq!(
            quotes("“First part.\n\n“Second part,” she said.\n\nAfter."),
            ["“First part. [>]", "“Second part,” [<]"]
        );
        // An unclosed quote runs to its paragraph end; the next paragraph is clean.
        assert_eq!(quotes("He said “never.\n\nThen “fine,” she said."), ["“never.", "“fine,”"]);
        assert_eq!(quotes("no opener here,” he said. And “x”."), ["no opener here,”", "“x”"]);
    }
}
