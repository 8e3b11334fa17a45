//! Long lists in the panels: the first [`LIMIT`] items, the chosen one, and
//! a button for the rest (no DOM, tested natively).
//!
//! A 3 MB article has some 18,000 claims and 16,000 dates; drawing them all
//! takes seconds. The panels draw the first [`LIMIT`] and, if the item chosen
//! in the text is further down, that one too, after a gap; "Show all"
//! draws everything for whoever asks.

/// How many items a panel lists before "Show all".
pub const LIMIT: usize = 100;

/// What a list of `total` items shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    /// Positions in the list to draw, in order.
    pub positions: Vec<usize>,
    /// How many are not drawn.
    pub hidden: usize,
}

/// The positions a list of `total` items draws: all of them when `all` or
/// when they are few, else the first [`LIMIT`] and `chosen` (a position).
pub fn shown(total: usize, all: bool, chosen: Option<usize>) -> Shown {
    if all || total <= LIMIT {
        return Shown { positions: (0..total).collect(), hidden: 0 };
    }
    let mut positions: Vec<usize> = (0..LIMIT).collect();
    positions.extend(chosen.filter(|&c| (LIMIT..total).contains(&c)));
    Shown { hidden: total - positions.len(), positions }
}

/// The "Show all" button's label: "Show all 18,177".
pub fn show_all_label(total: usize) -> String {
    format!("Show all {}", thousands(total))
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
        assert_eq!(shown(3, false, Some(1)), Shown { positions: vec![0, 1, 2], hidden: 0 });
        assert_eq!(shown(LIMIT, false, None).hidden, 0);
        assert_eq!(shown(0, false, None), Shown { positions: vec![], hidden: 0 });
    }

    #[test]
    fn long_lists_show_the_first_and_the_chosen() {
        let s = shown(18_177, false, None);
        assert_eq!((s.positions.len(), s.hidden), (LIMIT, 18_177 - LIMIT));
        let s = shown(18_177, false, Some(9_000));
        assert_eq!(s.positions.last(), Some(&9_000));
        assert_eq!((s.positions.len(), s.hidden), (LIMIT + 1, 18_177 - LIMIT - 1));
        assert_eq!(shown(18_177, false, Some(5)).positions.len(), LIMIT, "already listed");
        assert_eq!(shown(18_177, false, Some(99_999)).positions.len(), LIMIT, "out of range");
        assert_eq!(shown(18_177, true, None).positions.len(), 18_177);
    }

    #[test]
    fn labels() {
        assert_eq!(show_all_label(18_177), "Show all 18,177");
        let t: Vec<String> = [0, 999, 1_000, 123_456, 1_234_567].into_iter().map(thousands).collect();
        assert_eq!(t, ["0", "999", "1,000", "123,456", "1,234,567"]);
    }
}
