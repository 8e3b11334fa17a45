//! Proleptic Gregorian calendar arithmetic: days, weekdays, ISO weeks.

use std::fmt;

/// A calendar day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year (astronomical, may be negative in theory; 1..=9999 in practice).
    pub year: i32,
    /// Month, 1..=12.
    pub month: u8,
    /// Day of month, 1..=31.
    pub day: u8,
}

impl Date {
    /// A date if the fields form a real calendar day (years 1..=9999).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) || day == 0 {
            return None;
        }
        if day > days_in_month(year, month as u8) as u32 {
            return None;
        }
        Some(Date { year, month: month as u8, day: day as u8 })
    }

    /// Parses `YYYY-MM-DD` exactly.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = &s[r];
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        Date::new(num(0..4)? as i32, num(5..7)?, num(8..10)?)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = self.year as i64 - if self.month <= 2 { 1 } else { 0 };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    /// The date `days` days after 1970-01-01; `None` outside years 1..=9999.
    pub fn from_days(days: i64) -> Option<Date> {
        let z = days + 719468;
        let era = if z >= 0 { z } else { z - 146096 } / 146097;
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
        if !(1..=9999).contains(&y) {
            return None;
        }
        Some(Date { year: y as i32, month: m as u8, day: d as u8 })
    }

    /// This date moved by `n` days.
    pub fn add_days(self, n: i64) -> Option<Date> {
        Date::from_days(self.days().checked_add(n)?)
    }

    /// This date moved by `n` months, the day clamped to the month's length.
    pub fn add_months(self, n: i64) -> Option<Date> {
        let total = self.year as i64 * 12 + (self.month as i64 - 1) + n;
        let year = total.div_euclid(12);
        let month = (total.rem_euclid(12) + 1) as u8;
        let year = i32::try_from(year).ok()?;
        let day = self.day.min(days_in_month(year, month));
        Date::new(year, month as u32, day as u32)
    }

    /// ISO weekday, Monday = 1 … Sunday = 7.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (4).
        ((self.days() + 3).rem_euclid(7) + 1) as u8
    }

    /// ISO 8601 week-numbering year and week.
    pub fn iso_week(self) -> (i32, u8) {
        let wd = self.weekday() as i64;
        // The Thursday of this week decides the year.
        let thursday = Date::from_days(self.days() - wd + 4).unwrap_or(self);
        let jan1 = Date { year: thursday.year, month: 1, day: 1 };
        let week = (thursday.days() - jan1.days()) / 7 + 1;
        (thursday.year, week as u8)
    }

    /// Quarter of the year, 1..=4.
    pub fn quarter(self) -> u8 {
        (self.month - 1) / 3 + 1
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// True in leap years.
pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in `month` (1..=12) of `year`.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Month number for an English month name or abbreviation (`February`,
/// `Feb`, `Sept`), case-insensitive; `None` otherwise.
pub fn month_from_name(word: &str) -> Option<u8> {
    let i = MONTHS.index(word)?;
    MONTH_NUMBERS.get(i).copied()
}

crate::word_set!(
    MONTHS = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
);
const MONTH_NUMBERS: [u8; 24] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12];

crate::word_set!(
    WEEKDAYS = [
        "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur", "thurs", "friday",
        "fri", "saturday", "sat", "sunday", "sun",
    ]
);
const WEEKDAY_NUMBERS: [u8; 17] = [1, 1, 2, 2, 2, 3, 3, 4, 4, 4, 4, 5, 5, 6, 6, 7, 7];

/// ISO weekday (Monday = 1) for an English weekday name or abbreviation.
pub fn weekday_from_name(word: &str) -> Option<u8> {
    let i = WEEKDAYS.index(word)?;
    WEEKDAY_NUMBERS.get(i).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_weekdays() {
        let d = Date::new(2025, 2, 13).unwrap();
        assert_eq!(d.weekday(), 4); // Thursday
        assert_eq!(Date::from_days(d.days()), Some(d));
        assert_eq!(d.iso_week(), (2025, 7));
        assert_eq!(Date::new(2021, 1, 1).unwrap().iso_week(), (2020, 53));
        assert_eq!(d.add_days(-1).unwrap().to_string(), "2025-02-12");
        assert_eq!(Date::new(2025, 1, 31).unwrap().add_months(1).unwrap().to_string(), "2025-02-28");
        assert_eq!(Date::new(2024, 12, 5).unwrap().add_months(1).unwrap().to_string(), "2025-01-05");
        assert!(Date::new(2025, 2, 29).is_none());
        assert!(Date::new(2024, 2, 29).is_some());
        assert_eq!(Date::parse_iso("2025-02-13"), Some(d));
        assert_eq!(Date::parse_iso("2025-2-13"), None);
        assert_eq!(Date::parse_iso("+025-02-13"), None);
        for n in -800_000..800_000i64 {
            if let Some(x) = Date::from_days(n * 3) {
                assert_eq!(x.days(), n * 3);
            }
        }
    }
}
