//! Tokens: words, numbers, punctuation and quote marks, with byte spans.
//!
//! One pass over the text, linear in its length. Connectors join a token only
//! when an alphanumeric character follows them: `Russian-occupied`, `7-Eleven`,
//! `2,000`, `3:30`, `2/13/2025`, `2025-02-13`, `U.S.`, `a.m.`, `’90s`.
//! A possessive `’s` / `'s` is a token of its own so names stay bare.

use crate::span::Span;
use crate::text::{is_line_break, is_quote_char};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Letters, possibly with digits and connectors.
    Word,
    /// Digits with optional `.,:/-` connectors.
    Number,
    /// A quote-like mark (the quotes stage decides what it does).
    Quote,
    /// Any other non-space character (or `...`, or `--`).
    Punct,
}

/// One token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Where it is.
    pub span: Span,
    /// What it is.
    pub kind: Kind,
    /// White space precedes it.
    pub space_before: bool,
    /// A line break precedes it (a blank line or more counts as 2).
    pub breaks_before: u8,
    /// Case facts computed once: [`Token::UPPER`], [`Token::ALL_CAPS`],
    /// [`Token::CAPITALIZED_PREFIX`].
    pub case: u8,
}

impl Token {
    /// The first character is uppercase.
    pub const UPPER: u8 = 1;
    /// Two letters or more, all uppercase (an acronym or shouting).
    pub const ALL_CAPS: u8 = 2;
    /// A capitalised word whose part after the first hyphen is a lowercase
    /// word of five letters or more ("Russian-occupied"; but not "Jong-un").
    pub const CAPITALIZED_PREFIX: u8 = 4;

    /// The first character is uppercase.
    pub fn is_upper(self) -> bool {
        self.case & Token::UPPER != 0
    }

    /// Two letters or more, all uppercase.
    pub fn is_all_caps(self) -> bool {
        self.case & Token::ALL_CAPS != 0
    }

    /// A capitalised prefix of a lowercase compound ("Russian-occupied").
    pub fn is_capitalized_prefix(self) -> bool {
        self.case & Token::CAPITALIZED_PREFIX != 0
    }

    /// Its text.
    pub fn text(self, text: &str) -> &str {
        self.span.of(text)
    }

    /// True for a word starting with an uppercase letter.
    pub fn is_capitalized(self, text: &str) -> bool {
        self.kind == Kind::Word && self.text(text).chars().next().is_some_and(char::is_uppercase)
    }
}

/// The token range of each paragraph (tokens and paragraphs both in text order).
pub fn paragraph_ranges<'a>(
    tokens: &'a [Token],
    paragraphs: &'a [Span],
) -> impl Iterator<Item = (usize, std::ops::Range<usize>)> + 'a {
    let mut t = 0;
    paragraphs.iter().enumerate().map(move |(pi, para)| {
        while t < tokens.len() && tokens[t].span.start < para.start {
            t += 1;
        }
        let first = t;
        while t < tokens.len() && tokens[t].span.end <= para.end {
            t += 1;
        }
        (pi, first..t)
    })
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut space_before = false;
    let mut breaks: u8 = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // ASCII fast paths: a space, or a plain lowercase/digit word start.
        if b == b' ' {
            space_before = true;
            i += 1;
            continue;
        }
        let (end, kind) = if b.is_ascii_alphanumeric() {
            // The common case: a word or number starting with an ASCII letter or digit.
            let (end, kind) = scan_word(text, i);
            (end, if b.is_ascii_digit() && is_number(&bytes[i..end]) { Kind::Number } else { kind })
        } else {
            let c = if b < 0x80 { b as char } else { char_at(text, i) };
            let cl = c.len_utf8();
            if c.is_whitespace() || c.is_control() || is_invisible(c) {
                space_before = true;
                if is_line_break(c) {
                    // `\r\n` counts once.
                    if !(c == '\n' && i > 0 && bytes[i - 1] == b'\r') {
                        breaks = breaks.saturating_add(1).min(2);
                    }
                }
                i += cl;
                continue;
            }
            if c.is_alphanumeric() {
                // (Not an ASCII digit: those took the branch above.)
                scan_word(text, i)
            } else if (c == '’' || c == '\'') && is_possessive(text, i, cl) {
                (i + cl + 1, Kind::Word)
            } else if (c == '’' || c == '\'') && starts_decade(text, i + cl) {
                // ’90s
                scan_word(text, i + cl)
            } else if c == '.' && text[i..].starts_with("...") {
                (i + 3, Kind::Punct)
            } else if c == '-'
                && text[i..].starts_with("--")
                && !text[i..].starts_with("---")
                && !(i > 0 && bytes[i - 1] == b'-')
            {
                // "--": a dash typed on a keyboard ("Joyce -- a lawyer -- said").
                (i + 2, Kind::Punct)
            } else if text[i..].starts_with("``") || text[i..].starts_with("''") {
                (i + 2, Kind::Quote)
            } else if is_quote_char(c) {
                (i + cl, Kind::Quote)
            } else {
                (i + cl, Kind::Punct)
            }
        };
        let case = if kind == Kind::Word { case_of(&text[i..end]) } else { 0 };
        out.push(Token { span: Span::new(i, end), kind, space_before, breaks_before: breaks, case });
        space_before = false;
        breaks = 0;
        i = end;
    }
    out
}

/// ASCII letters and digits, by byte (one load instead of three range tests).
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// Digits with `.,:/-` connectors only.
fn is_number(b: &[u8]) -> bool {
    b.iter().all(|&c| c.is_ascii_digit() || matches!(c, b'.' | b',' | b':' | b'/' | b'-'))
}

/// The case facts of a word: [`Token::UPPER`], [`Token::ALL_CAPS`] and
/// [`Token::CAPITALIZED_PREFIX`].
#[inline]
fn case_of(w: &str) -> u8 {
    match w.as_bytes().first() {
        Some(c) if c.is_ascii() && !c.is_ascii_uppercase() => 0,
        _ => case_of_capital(w),
    }
}

/// [`case_of`] for words that do not start with an ASCII lowercase letter or digit.
fn case_of_capital(w: &str) -> u8 {
    let upper = upper_case_of(w);
    if upper == 0 {
        return 0;
    }
    if let Some(h) = w.bytes().position(|c| c == b'-') {
        let rest = &w[h + 1..];
        if rest.chars().next().is_some_and(char::is_lowercase) && rest.chars().count() > 4 {
            return upper | Token::CAPITALIZED_PREFIX;
        }
    }
    upper
}

/// [`Token::UPPER`] and [`Token::ALL_CAPS`] of a word.
fn upper_case_of(w: &str) -> u8 {
    let b = w.as_bytes();
    let first_upper = match b.first() {
        Some(c) if c.is_ascii() => c.is_ascii_uppercase(),
        _ => w.chars().next().is_some_and(char::is_uppercase),
    };
    if !first_upper {
        return 0;
    }
    // Most capitalised words fail here on their second byte.
    if b.len() < 2 || b[1].is_ascii_lowercase() {
        return Token::UPPER;
    }
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    let caps = letters >= 2 && w.chars().all(|c| c.is_uppercase() || c == '.' || c == '&' || c.is_ascii_digit());
    if caps {
        Token::UPPER | Token::ALL_CAPS
    } else {
        Token::UPPER
    }
}

fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or('\0')
}

/// Zero-width and bidirectional formatting characters: they separate nothing
/// a reader sees, so they count as space.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}' | '\u{00ad}' | '\u{061c}'
    )
}

/// `’s` right after a word, before a non-alphanumeric character.
fn is_possessive(text: &str, i: usize, cl: usize) -> bool {
    let b = text.as_bytes();
    text[..i].chars().next_back().is_some_and(char::is_alphanumeric)
        && matches!(b.get(i + cl), Some(b's' | b'S'))
        && !text[i + cl + 1..].chars().next().is_some_and(char::is_alphanumeric)
}

/// `90s` / `60’s` after an apostrophe: two digits and an `s`, then a non-letter.
fn starts_decade(text: &str, i: usize) -> bool {
    let b = &text.as_bytes()[i.min(text.len())..];
    b.len() >= 3
        && b[0].is_ascii_digit()
        && b[1].is_ascii_digit()
        && b[2] == b's'
        && !b.get(3).is_some_and(|c| c.is_ascii_alphanumeric())
}

/// Scans a word or number starting at `start` (an alphanumeric character).
#[inline(always)]
fn scan_word(text: &str, start: usize) -> (usize, Kind) {
    // Most words are ASCII letters ending at a space or a mark that cannot
    // join them to more: scanned here; the rest by `scan_joined`.
    let bytes = text.as_bytes();
    if bytes.get(start + 1) != Some(&b'.') {
        let mut i = start;
        while i < bytes.len() && ASCII_ALNUM[bytes[i] as usize] {
            i += 1;
        }
        match bytes.get(i) {
            None => return (i, Kind::Word),
            Some(&b) if b < 0x80 && !matches!(b, b'-' | b'\'' | b'.' | b',' | b':' | b'/' | b'&') => {
                return (i, Kind::Word)
            }
            _ => {}
        }
    }
    scan_joined(text, start)
}

/// [`scan_word`] for words with dots, connectors or non-ASCII letters
/// (out of line: `scan_word` stays small enough to inline).
#[inline(never)]
fn scan_joined(text: &str, start: usize) -> (usize, Kind) {
    let bytes = text.as_bytes();
    let mut i = start;
    // Dotted abbreviations: single letters each followed by a dot (U.S., a.m., U.N.).
    if bytes.get(start + 1) == Some(&b'.') {
        if let Some(end) = dotted_abbreviation(text, start) {
            return (end, Kind::Word);
        }
    }
    loop {
        // A run of alphanumerics (and combining marks).
        while i < bytes.len() {
            let b = bytes[i];
            if ASCII_ALNUM[b as usize] {
                i += 1;
                continue;
            }
            if b < 0x80 {
                break;
            }
            let c = char_at(text, i);
            if c.is_alphanumeric() || is_mark(c) {
                i += c.len_utf8();
            } else {
                break;
            }
        }
        // Only these can join two runs ('‐', '‑' and '’' start with E2);
        // most words end at a space.
        if !bytes.get(i).is_some_and(|b| matches!(b, b'-' | b'\'' | b'.' | b',' | b':' | b'/' | b'&' | 0xe2)) {
            break;
        }
        let c = char_at(text, i);
        let next_i = i + c.len_utf8();
        let next = if next_i < bytes.len() { char_at(text, next_i) } else { '\0' };
        let prev = text[..i].chars().next_back().unwrap_or('\0');
        let join = match c {
            '-' | '‐' | '‑' => next.is_alphanumeric(),
            '\'' | '’' => {
                // Possessive 's stays apart; other contractions join (don't, O'Brien).
                prev.is_alphabetic()
                    && next.is_alphabetic()
                    && !((next == 's' || next == 'S')
                        && !text[next_i + 1..].chars().next().is_some_and(char::is_alphanumeric))
            }
            '.' | ',' | ':' | '/' => {
                prev.is_ascii_digit() && next.is_ascii_digit() && (c != ',' || thousands_group(text, next_i))
            }
            '&' => prev.is_uppercase() && next.is_uppercase() && i - start <= 2,
            _ => false,
        };
        if !join {
            break;
        }
        i = next_i;
    }
    (i, Kind::Word)
}

fn is_mark(c: char) -> bool {
    // Combining diacritics most often seen in decomposed text.
    matches!(c as u32, 0x300..=0x36f | 0x1ab0..=0x1aff | 0x20d0..=0x20ff)
}

/// `,` followed by exactly three digits then a non-digit.
fn thousands_group(text: &str, i: usize) -> bool {
    let b = &text.as_bytes()[i..];
    b.len() >= 3 && b[..3].iter().all(u8::is_ascii_digit) && !b.get(3).is_some_and(u8::is_ascii_digit)
}

fn dotted_abbreviation(text: &str, start: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut i = start;
    let mut letters = 0;
    while i + 1 < b.len() && b[i].is_ascii_alphabetic() && b[i + 1] == b'.' {
        letters += 1;
        i += 2;
        if i >= b.len() || !b[i].is_ascii_alphabetic() || b.get(i + 1).is_some_and(|c| c.is_ascii_alphanumeric()) {
            break;
        }
    }
    (letters >= 2).then_some(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<String> {
        tokenize(text)
            .into_iter()
            .map(|t| {
                let tag = match t.kind {
                    Kind::Word => "",
                    Kind::Number => "#",
                    Kind::Quote => "q",
                    Kind::Punct => "p",
                };
                format!("{tag}{}", t.text(text))
            })
            .collect()
    }

    #[test]
    fn words_numbers_and_marks() {
        assert_eq!(
            toks("Russia’s “lengthy” U.S. talks at 3:30 p.m. on 2/13/2025, 2,000 7-Eleven ’90s."),
            [
                "Russia", "’s", "q“", "lengthy", "q”", "U.S.", "talks", "at", "#3:30", "p.m.", "on", "#2/13/2025",
                "p,", "#2,000", "7-Eleven", "’90s", "p."
            ]
        );
        assert_eq!(toks("don't O'Brien ``Hi,'' he"), ["don't", "O'Brien", "q``", "Hi", "p,", "q''", "he"]);
        assert_eq!(toks("Feb. 12-14...end"), ["Feb", "p.", "#12-14", "p...", "end"]);
        assert_eq!(toks("2025-02-13 — 1,5"), ["#2025-02-13", "p—", "#1", "p,", "#5"]);
        assert_eq!(toks(""), Vec::<String>::new());
        assert_eq!(toks("AT&T"), ["AT&T"]);
        // "--" typed for a dash is one mark; a longer rule of hyphens is not.
        assert_eq!(toks("Dover -- a town--said ---"), ["Dover", "p--", "a", "town", "p--", "said", "p-", "p-", "p-"]);
    }

    #[test]
    fn line_breaks_are_counted() {
        let t = tokenize("a\nb\r\n\r\nc");
        assert_eq!(t.iter().map(|t| t.breaks_before).collect::<Vec<_>>(), [0, 1, 2]);
    }
}
