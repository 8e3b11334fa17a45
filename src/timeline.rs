//! The Dates panel's order: expressions that name a point or period of the
//! calendar on a timeline, the rest (durations, recurrences, unresolved or
//! vague dates) after it, each in text order.
//!
//! A TIMEX3 value is placed by the first day it covers: `2025` at
//! 2025-01-01, `2025-W07` at the Monday of week 7, `2025-Q2` at 2025-04-01,
//! `2025-02-12T15:30` on 2025-02-12 after the whole day `2025-02-12`.

use whosaid::{Date, Timex};

/// Where a value sits on the timeline: the first day it covers, then the
/// length of the value (coarser first, so `2025-02` comes before `2025-02-01`).
pub fn sort_key(value: &str) -> Option<(i64, usize)> {
    let year: i32 = value.get(0..4).filter(|y| y.bytes().all(|b| b.is_ascii_digit()))?.parse().ok()?;
    let rest = &value[4..];
    let day = if rest.is_empty() {
        Date::new(year, 1, 1)?
    } else if let Some(r) = rest.strip_prefix("-W") {
        let week: u32 = r.get(0..2)?.parse().ok()?;
        // ISO week 1 contains January 4th; weeks start on Monday.
        let jan4 = Date::new(year, 1, 4)?;
        let monday = jan4.add_days(-(jan4.weekday() as i64 - 1))?;
        monday.add_days(7 * (week as i64 - 1))?
    } else if let Some(r) = rest.strip_prefix("-Q") {
        let q: u32 = r.get(0..1)?.parse().ok()?;
        Date::new(year, 3 * q.checked_sub(1)? + 1, 1)?
    } else if let Some(r) = rest.strip_prefix("-H") {
        let h: u32 = r.get(0..1)?.parse().ok()?;
        Date::new(year, 6 * h.checked_sub(1)? + 1, 1)?
    } else if let Some(r) = rest.strip_prefix('-') {
        let season = |m| Date::new(year, m, 1);
        match r.get(0..2)? {
            "SP" => season(3)?,
            "SU" => season(6)?,
            "FA" | "AU" => season(9)?,
            "WI" => season(12)?,
            m => {
                let month: u32 = m.parse().ok()?;
                match r.get(2..3) {
                    None => Date::new(year, month, 1)?,
                    Some("-") => Date::new(year, month, r.get(3..5)?.parse().ok()?)?,
                    Some(_) => return None,
                }
            }
        }
    } else {
        return None;
    };
    Some((day.days(), value.len()))
}

/// The indices of `dates` in timeline order, and the rest in text order.
pub fn order(dates: &[Timex]) -> (Vec<usize>, Vec<usize>) {
    let mut on: Vec<(usize, (i64, usize))> = Vec::new();
    let mut off = Vec::new();
    for (i, d) in dates.iter().enumerate() {
        let point = matches!(d.kind, whosaid::TimexKind::Date | whosaid::TimexKind::Time);
        match sort_key(&d.value).filter(|_| point) {
            Some(k) => on.push((i, k)),
            None => off.push(i),
        }
    }
    // (day, precision) as one order-preserving number; ties keep text order.
    whosaid::sort::by_key(&mut on, |&(_, (day, precision))| {
        (((day as u64) ^ (1 << 63)) as u128) << 64 | precision as u128
    });
    (on.into_iter().map(|(i, _)| i).collect(), off)
}

#[cfg(test)]
mod tests {
    use whosaid::{Span, TimexKind};

    use super::*;

    #[test]
    fn values_sort_by_their_first_day() {
        let values = [
            "2025-02-12T15:30", "2025", "2025-02-12", "2024-W52", "2025-Q1", "2025-02", "2025-W07", "2025-SU",
            "2025-H2",
        ];
        let mut sorted: Vec<&str> = values.to_vec();
        sorted.sort_by_key(|v| sort_key(v).unwrap());
        assert_eq!(
            sorted,
            [
                "2024-W52", "2025", "2025-Q1", "2025-02", "2025-W07", "2025-02-12", "2025-02-12T15:30", "2025-SU",
                "2025-H2"
            ]
        );
    }

    #[test]
    fn vague_and_unresolved_values_are_off_the_timeline() {
        for v in ["XXXX-02-12", "PRESENT_REF", "PAST_REF", "P3D", "XXXX-WXX-4", "2025-13", "2025-02-30", "", "20"] {
            assert_eq!(sort_key(v), None, "{v}");
        }
    }

    #[test]
    fn durations_and_sets_are_listed_after_the_timeline() {
        let t = |kind, value: &str| Timex { span: Span::default(), kind, value: value.into() };
        let dates = [
            t(TimexKind::Date, "2025-02-13"),
            t(TimexKind::Duration, "P2Y"),
            t(TimexKind::Date, "2025-02-12"),
            t(TimexKind::Date, "XXXX-WXX-4"),
            t(TimexKind::Set, "2025"),
        ];
        assert_eq!(order(&dates), (vec![2, 0], vec![1, 3, 4]));
    }
}
