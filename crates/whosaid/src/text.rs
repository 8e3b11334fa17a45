//! Paragraphs and character classes.
//!
//! Paragraphs are separated by blank lines. A text with no blank line but
//! several lines (a common result of copying from a web page) takes each
//! non-empty line as a paragraph.

use crate::span::Span;

/// Splits `text` into paragraphs: trimmed, non-empty, in order.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let lines: Vec<Span> = lines(text).collect();
    let has_blank_line = lines.iter().any(|l| l.of(text).trim().is_empty() && l.end < text.len());
    let mut out = Vec::new();
    let mut current: Option<Span> = None;
    for &line in &lines {
        let trimmed = trim_span(text, line);
        if trimmed.is_empty() {
            if let Some(p) = current.take() {
                out.push(p);
            }
            continue;
        }
        match current {
            Some(ref mut p) if has_blank_line => p.end = trimmed.end,
            Some(p) => {
                out.push(p);
                current = Some(trimmed);
            }
            None => current = Some(trimmed),
        }
    }
    if let Some(p) = current {
        out.push(p);
    }
    out
}

/// Lines of `text` without their terminators (`\n`, `\r\n`, `\r`, U+2028, U+2029).
fn lines(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut pos = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let rest = &text[pos..];
        // Bytes that can start a line break: \n \r \v \f, and the lead bytes
        // of U+0085 (C2) and U+2028/U+2029 (E2).
        let candidate =
            rest.bytes().enumerate().filter(|&(_, b)| matches!(b, b'\n' | b'\r' | 0x0b | 0x0c | 0xc2 | 0xe2)).find_map(
                |(i, _)| {
                    let c = rest[i..].chars().next()?;
                    is_line_break(c).then_some((i, c))
                },
            );
        match candidate {
            Some((i, c)) => {
                let start = pos;
                let mut next = pos + i + c.len_utf8();
                if c == '\r' && text.as_bytes().get(next) == Some(&b'\n') {
                    next += 1;
                }
                pos = next;
                Some(Span::new(start, start + i))
            }
            None => {
                done = true;
                Some(Span::new(pos, text.len()))
            }
        }
    })
}

/// True for characters that end a line.
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{0b}' | '\u{0c}' | '\u{85}')
}

/// `span` without leading and trailing white space.
pub fn trim_span(text: &str, span: Span) -> Span {
    let s = span.of(text);
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    Span::new(span.start + lead, span.start + lead + trimmed.len())
}

/// Quote-like characters: double and single marks in every style we read.
pub fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '`'
            | '“'
            | '”'
            | '„'
            | '‟'
            | '‘'
            | '’'
            | '‚'
            | '‛'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '「'
            | '」'
            | '『'
            | '』'
            | '＂'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(text: &str) -> Vec<&str> {
        paragraphs(text).into_iter().map(|s| s.of(text)).collect()
    }

    #[test]
    fn blank_lines_separate_paragraphs() {
        assert_eq!(paras("a b\nc\n\n  d  \r\n\r\n\ne"), ["a b\nc", "d", "e"]);
        assert_eq!(paras("one\ntwo\nthree"), ["one", "two", "three"]);
        assert_eq!(paras(""), Vec::<&str>::new());
        assert_eq!(paras(" \n\n \n"), Vec::<&str>::new());
        assert_eq!(paras("x"), ["x"]);
    }
}
