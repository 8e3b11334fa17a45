//! Long lists in the panels: the first [`LIMIT`] items, the chosen one, and
//! a button for more (no DOM, tested natively).
//!
//! A 3 MB article has some 18,000 claims and 16,000 dates; drawing them all
//! at once freezes the page for seconds (measured: 5 s for 18,000 claims on
//! a slow machine). The panels draw the first [`LIMIT`] and, if the item
//! chosen in the text is further down, that one too, after a gap; the
//! button below adds [`STEP`] more at a time, or all of them when fewer
//! than that are left.

/// How many items a panel lists at first.
pub const LIMIT: usize = 100;

/// How many more items each press of the button lists.
pub const STEP: usize = 1_000;

/// Whether the long lists of an analysis of `text` are drawn one task after
/// the rest (see `hooks::use_list`): only for texts too long to be analysed
/// at once in the page, whose article view alone is a long task; a short
/// article is drawn whole in one task and one frame.
pub fn draw_later(text: &str) -> bool {
    text.len() > crate::engine::INSTANT_MAX_BYTES
}

/// What a list of `total` items shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    /// Positions in the list to draw, in order.
    pub positions: Vec<usize>,
    /// How many are not drawn.
    pub hidden: usize,
}

/// The positions a list of `total` items draws: the first `limit`, and
/// `chosen` (a position) if it is further down.
pub fn shown(total: usize, limit: usize, chosen: Option<usize>) -> Shown {
    let first = total.min(limit);
    let mut positions: Vec<usize> = (0..first).collect();
    positions.extend(chosen.filter(|&c| (first..total).contains(&c)));
    Shown { hidden: total - positions.len(), positions }
}

/// The button's label when `hidden` of `total` items are not listed:
/// "Show all 1,161", or "Show 1,000 more" while more than that are left.
pub fn more_label(hidden: usize, total: usize) -> String {
    if hidden <= STEP {
        format!("Show all {}", thousands(total))
    } else {
        format!("Show {} more", thousands(STEP))
    }
}

/// `18177` as "18,177".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_lists_are_whole() {
        assert_eq!(shown(3, LIMIT, Some(1)), Shown { positions: vec![0, 1, 2], hidden: 0 });
        assert_eq!(shown(LIMIT, LIMIT, None).hidden, 0);
        assert_eq!(shown(0, LIMIT, None), Shown { positions: vec![], hidden: 0 });
    }

    #[test]
    fn long_lists_show_the_first_and_the_chosen() {
        let s = shown(18_177, LIMIT, None);
        assert_eq!((s.positions.len(), s.hidden), (LIMIT, 18_177 - LIMIT));
        let s = shown(18_177, LIMIT, Some(9_000));
        assert_eq!(s.positions.last(), Some(&9_000));
        assert_eq!((s.positions.len(), s.hidden), (LIMIT + 1, 18_177 - LIMIT - 1));
        assert_eq!(shown(18_177, LIMIT, Some(5)).positions.len(), LIMIT, "already listed");
        assert_eq!(shown(18_177, LIMIT, Some(99_999)).positions.len(), LIMIT, "out of range");
        assert_eq!(shown(18_177, LIMIT + STEP, None).positions.len(), LIMIT + STEP);
        assert_eq!(shown(18_177, usize::MAX, None).hidden, 0);
    }

    #[test]
    fn labels() {
        assert_eq!(more_label(18_077, 18_177), "Show 1,000 more");
        assert_eq!(more_label(1_000, 1_100), "Show all 1,100");
        assert_eq!(more_label(1, 101), "Show all 101");
        let t: Vec<String> = [0, 999, 1_000, 123_456, 1_234_567].into_iter().map(thousands).collect();
        assert_eq!(t, ["0", "999", "1,000", "123,456", "1,234,567"]);
    }
}
