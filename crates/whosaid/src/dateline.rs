//! The reference date from a dateline near the top of the article:
//! `date 2025-02-13`, `February 13, 2025 —`, `Published 13 Feb 2025`,
//! `Thursday, Feb. 13, 2025`, `2/13/2025 |`.
//!
//! Only a complete date (day, month and year) counts, and only where a
//! dateline stands: after a keyword such as "published", at the start of a
//! line, or before a dash, bar or line break. A date in the first sentence of
//! the story ("On February 4, 2025, …") is not a dateline.

use crate::calendar::{month_from_name, weekday_from_name, Date};
use crate::span::Span;
use crate::token::{Kind, Token};

/// How far into the text a dateline may start (bytes).
const HEAD: usize = 400;

crate::word_set!(KEYWORDS = ["date", "dated", "published", "updated", "posted", "modified", "filed", "created"]);

/// Finds the dateline: its span and date.
pub fn find(text: &str, tokens: &[Token]) -> Option<(Span, Date)> {
    for i in 0..tokens.len() {
        if tokens[i].span.start > HEAD {
            break;
        }
        let Some((date, end)) = full_date(text, tokens, i) else { continue };
        let span = Span::new(tokens[i].span.start, tokens[end - 1].span.end);
        let before = i.checked_sub(1).map(|p| tokens[p]);
        let after = tokens.get(end);
        let keyword_before = before.is_some_and(|b| KEYWORDS.contains(b.text(text).trim_end_matches(':')))
            || (before.is_some_and(|b| b.text(text) == ":") && i >= 2 && KEYWORDS.contains(tokens[i - 2].text(text)));
        let line_start = i == 0 || tokens[i].breaks_before > 0;
        let separator_after = match after {
            None => true,
            Some(a) => {
                a.breaks_before > 0
                    || crate::text::is_dash(a.text(text))
                    || matches!(a.text(text), "-" | "_" | "|" | "/" | "(" | "•" | "·")
            }
        };
        if keyword_before
            || line_start && separator_after
            || separator_after && before.is_none_or(|b| b.breaks_before > 0 && i < 8)
        {
            return Some((span, date));
        }
        if line_start && after.is_some_and(|a| a.text(text) == ",") {
            // "February 13, 2025, WASHINGTON" style is rare; a line starting with a
            // complete date followed by more text is still a dateline.
            return Some((span, date));
        }
    }
    None
}

/// A complete date starting at token `i`, with the index one past its last token.
pub fn full_date(text: &str, tokens: &[Token], i: usize) -> Option<(Date, usize)> {
    let t = |k: usize| tokens.get(k).map(|t| t.text(text)).unwrap_or("");
    let tok = tokens.get(i)?;
    let mut k = i;
    // Optional weekday: "Thursday, February 13, 2025".
    if weekday_from_name(t(k)).is_some() {
        k += 1;
        if t(k) == "." {
            k += 1;
        }
        if t(k) == "," {
            k += 1;
        }
        if let Some((d, e)) = full_date(text, tokens, k) {
            return Some((d, e));
        }
        return None;
    }
    if tok.kind == Kind::Number {
        if let Some(d) = numeric_date(t(i)) {
            return Some((d, i + 1));
        }
    }
    // Month Day, Year
    if let Some(m) = month_from_name(t(k)) {
        k += 1;
        if t(k) == "." {
            k += 1;
        }
        let day = day_number(t(k))?;
        k += 1;
        if t(k) == "," {
            k += 1;
        }
        let year = year_number(t(k))?;
        return Date::new(year, m as u32, day).map(|d| (d, k + 1));
    }
    // Day Month Year
    let day = day_number(t(k))?;
    k += 1;
    let m = month_from_name(t(k))?;
    k += 1;
    if t(k) == "." {
        k += 1;
    }
    if t(k) == "," {
        k += 1;
    }
    let year = year_number(t(k))?;
    Date::new(year, m as u32, day).map(|d| (d, k + 1))
}

/// `2025-02-13`, `2025/02/13`, `2/13/2025` (US order).
fn numeric_date(s: &str) -> Option<Date> {
    let parts: Vec<&str> = s.split(['-', '/']).collect();
    if parts.len() != 3 || parts.iter().any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    let n = |p: &str| p.parse::<u32>().ok();
    if parts[0].len() == 4 {
        Date::new(n(parts[0])? as i32, n(parts[1])?, n(parts[2])?)
    } else if parts[2].len() == 4 && s.contains('/') {
        Date::new(n(parts[2])? as i32, n(parts[0])?, n(parts[1])?)
    } else {
        None
    }
}

fn day_number(s: &str) -> Option<u32> {
    let digits = s.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &s[digits.len()..];
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if !matches!(suffix.to_ascii_lowercase().as_str(), "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

fn year_number(s: &str) -> Option<i32> {
    (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn dateline(text: &str) -> Option<(String, String)> {
        let toks = tokenize(text);
        find(text, &toks).map(|(s, d)| (s.of(text).to_string(), d.to_string()))
    }

    #[test]
    fn finds_datelines() {
        let d = |a: &str, b: &str| Some((a.to_string(), b.to_string()));
        assert_eq!(dateline(" date 2025-02-13 On Thursday, he said"), d("2025-02-13", "2025-02-13"));
        assert_eq!(dateline("February 13, 2025 — WASHINGTON"), d("February 13, 2025", "2025-02-13"));
        assert_eq!(dateline("By Jane Roe\nPublished 13 Feb 2025\n\nText"), d("13 Feb 2025", "2025-02-13"));
        assert_eq!(dateline("Updated: Thursday, Feb. 13, 2025\nText"), d("Thursday, Feb. 13, 2025", "2025-02-13"));
        assert_eq!(dateline("Headline here\n2/13/2025\nText"), d("2/13/2025", "2025-02-13"));
        assert_eq!(dateline("On February 4, 2025, Trump met Netanyahu."), None);
        assert_eq!(dateline("NAIROBI, Kenya (AP) _ Bombs exploded Friday."), None);
        assert_eq!(dateline("Published 31 Feb 2025"), None);
        assert_eq!(dateline(""), None);
    }
}
