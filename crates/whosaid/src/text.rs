//! Paragraphs and character classes.
//!
//! Paragraphs are separated by blank lines. A text with no blank line but
//! several lines (a common result of copying from a web page) takes each
//! non-empty line as a paragraph; so does a block between blank lines whose
//! lines are long (not a paragraph wrapped at a fixed width).

use crate::span::Span;

/// Splits `text` into paragraphs: trimmed, non-empty, in order.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let lines: Vec<Span> = lines(text).collect();
    let blank = |l: &Span| l.of(text).trim().is_empty();
    let has_blank_line = lines.iter().any(|l| blank(l) && l.end < text.len());
    let mut out = Vec::new();
    // Blocks of non-empty lines between blank lines.
    let mut i = 0;
    while i < lines.len() {
        if blank(&lines[i]) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < lines.len() && !blank(&lines[j]) {
            j += 1;
        }
        let block = &lines[i..j];
        if has_blank_line && is_wrapped(text, block) {
            // One paragraph wrapped over several lines.
            let (first, last) = (trim_span(text, block[0]), trim_span(text, block[block.len() - 1]));
            out.push(Span::new(first.start, last.end));
        } else {
            out.extend(block.iter().map(|&l| trim_span(text, l)));
        }
        i = j;
    }
    out
}

/// The longest line of a paragraph wrapped at a fixed width (e-mail, plain
/// text files wrap at 60–80 columns).
const WRAP_MAX_BYTES: usize = 100;

/// Whether the lines of a block between blank lines are one paragraph
/// wrapped at a fixed width rather than paragraphs of their own: every line
/// but the last is short. (A web page copied with single line breaks between
/// its paragraphs has long lines; reading them as one paragraph would let one
/// stray quote mark spoil all of them.)
fn is_wrapped(text: &str, block: &[Span]) -> bool {
    block[..block.len().saturating_sub(1)].iter().all(|l| trim_span(text, *l).len() <= WRAP_MAX_BYTES)
}

/// Lines of `text` without their terminators (`\n`, `\r\n`, `\r`, U+2028, U+2029).
fn lines(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut pos = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let candidate = line_break_from(text, pos);
        match candidate {
            Some((at, c)) => {
                let start = pos;
                let mut next = at + c.len_utf8();
                if c == '\r' && text.as_bytes().get(next) == Some(&b'\n') {
                    next += 1;
                }
                pos = next;
                Some(Span::new(start, at))
            }
            None => {
                done = true;
                Some(Span::new(pos, text.len()))
            }
        }
    })
}

/// The first line break at or after byte `from`, and its character.
fn line_break_from(text: &str, from: usize) -> Option<(usize, char)> {
    let b = text.as_bytes();
    // Bytes that can start a line break: \n \r \v \f, and the lead bytes
    // of U+0085 (C2) and U+2028/U+2029 (E2).
    let lead = |c: u8| matches!(c, b'\n' | b'\r' | 0x0b | 0x0c | 0xc2 | 0xe2);
    let mut i = from;
    while i < b.len() {
        // Eight bytes at a time while none is below 0x0E or above 0x7F (a
        // byte below 0x0E wraps when 0x0E is taken from it, setting its top
        // bit; the borrow this may pass on only adds false alarms, which the
        // byte-by-byte look that follows settles).
        let end = match b.get(i..i + 8).and_then(|w| <[u8; 8]>::try_from(w).ok()) {
            Some(w) => {
                let x = u64::from_le_bytes(w);
                if (x.wrapping_sub(0x0e0e_0e0e_0e0e_0e0e) | x) & 0x8080_8080_8080_8080 == 0 {
                    i += 8;
                    continue;
                }
                i + 8
            }
            None => b.len(),
        };
        while i < end {
            if lead(b[i]) {
                if let Some(c) = text.get(i..).and_then(|r| r.chars().next()).filter(|&c| is_line_break(c)) {
                    return Some((i, c));
                }
            }
            i += 1;
        }
    }
    None
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

/// A dash that sets off a phrase: em and en dashes, and "--" typed for one.
pub fn is_dash(s: &str) -> bool {
    matches!(s, "—" | "–" | "--")
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
    fn line_breaks_are_found_at_any_offset() {
        // Every break, at every position around the eight-byte steps, among
        // bytes that look like breaks to the fast test but are not (’ is E2,
        // é is C3, ¢ is C2, tab is below 0x0E).
        for brk in ["\n", "\r", "\r\n", "\u{0b}", "\u{0c}", "\u{85}", "\u{2028}", "\u{2029}"] {
            for filler in ["a", "’", "é\t", "¢"] {
                for at in 0..20 {
                    let text = format!("{}{brk}{}", filler.repeat(at), filler.repeat(3));
                    let want = filler.len() * at;
                    assert_eq!(line_break_from(&text, 0).map(|(i, _)| i), Some(want), "{text:?}");
                    assert_eq!(line_break_from(&text, want + brk.len()), None, "{text:?}");
                }
            }
        }
        assert_eq!(line_break_from("", 0), None);
        assert_eq!(line_break_from("abc", 3), None);
    }

    #[test]
    fn blank_lines_separate_paragraphs() {
        assert_eq!(paras("a b\nc\n\n  d  \r\n\r\n\ne"), ["a b\nc", "d", "e"]);
        assert_eq!(paras("one\ntwo\nthree"), ["one", "two", "three"]);
        assert_eq!(paras(""), Vec::<&str>::new());
        assert_eq!(paras(" \n\n \n"), Vec::<&str>::new());
        assert_eq!(paras("x"), ["x"]);
    }

    #[test]
    fn long_lines_between_blank_lines_are_paragraphs_of_their_own() {
        let long = "This line is a whole paragraph of a web page that was copied with single line breaks between its paragraphs.";
        let text = format!("Title\n\n{long} One.\n{long} Two.\nShort last line.");
        assert_eq!(
            paras(&text),
            ["Title".to_string(), format!("{long} One."), format!("{long} Two."), "Short last line.".into()]
        );
        // Wrapped at a fixed width: one paragraph.
        let wrapped = "Title\n\nA paragraph wrapped at seventy columns goes on\nto the next line and ends here.";
        assert_eq!(
            paras(wrapped),
            ["Title", "A paragraph wrapped at seventy columns goes on\nto the next line and ends here."]
        );
    }
}
