//! Meanings of matched expressions ([`Sem`]) and their TIMEX3 values.
//!
//! The matcher says what an expression means ("the weekday Thursday, tense
//! decides", "one year before the date in focus"); [`Resolver`] turns that
//! into a value, walking the expressions in text order and remembering the
//! last mentioned date for anaphora ("the same day", "a year earlier").

use std::fmt::Write;

use super::lexicon::{Part, Unit};
use crate::calendar::{days_in_month, Date};

/// The tense of the clause around an expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    /// No marker found (present tense, or a bare phrase).
    None,
    /// `said`, `was`, `-ed`.
    Past,
    /// `will`, `is scheduled to`, `plans to`.
    Future,
}

/// A time of day attached to a date.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tod {
    /// Morning, night…
    pub part: Option<Part>,
    /// Hours and minutes.
    pub clock: Option<(u8, u8)>,
}

impl Tod {
    /// No time of day.
    pub const NONE: Tod = Tod { part: None, clock: None };

    /// A part of the day.
    pub fn part(p: Part) -> Tod {
        Tod { part: Some(p), clock: None }
    }

    /// True when a time is attached.
    pub fn is_some(self) -> bool {
        self.part.is_some() || self.clock.is_some()
    }

    fn write(self, out: &mut String) {
        if let Some((h, m)) = self.clock {
            let _ = write!(out, "T{h:02}:{m:02}");
        } else if let Some(p) = self.part {
            out.push('T');
            out.push_str(p.code());
        }
    }
}

/// A holiday whose date is computed per year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holiday {
    /// A fixed month and day (Christmas, New Year's Day, Halloween).
    Fixed(u8, u8),
    /// US Thanksgiving: fourth Thursday of November.
    Thanksgiving,
    /// Easter Sunday (Gregorian).
    Easter,
    /// US Election Day: the Tuesday after the first Monday of November.
    Election,
    /// US Labor Day: first Monday of September.
    Labor,
    /// US Memorial Day: last Monday of May.
    Memorial,
}

impl Holiday {
    fn date(self, year: i32) -> Option<Date> {
        match self {
            Holiday::Fixed(m, d) => Date::new(year, m as u32, d as u32),
            Holiday::Thanksgiving => nth_weekday(year, 11, 4, 4),
            Holiday::Labor => nth_weekday(year, 9, 1, 1),
            Holiday::Election => nth_weekday(year, 11, 1, 1).and_then(|d| d.add_days(1)),
            Holiday::Memorial => {
                let last = Date::new(year, 5, 31)?;
                last.add_days(-(((last.weekday() as i64) - 1).rem_euclid(7)))
            }
            Holiday::Easter => easter(year),
        }
    }

    /// Month and day in a typical year, to compare with the reference date.
    fn approx(self) -> (u8, u8) {
        match self {
            Holiday::Fixed(m, d) => (m, d),
            Holiday::Thanksgiving => (11, 25),
            Holiday::Easter => (4, 5),
            Holiday::Election => (11, 5),
            Holiday::Labor => (9, 4),
            Holiday::Memorial => (5, 28),
        }
    }
}

/// The `n`th `weekday` (ISO) of `month`.
fn nth_weekday(year: i32, month: u32, weekday: u8, n: i64) -> Option<Date> {
    let first = Date::new(year, month, 1)?;
    let offset = (weekday as i64 - first.weekday() as i64).rem_euclid(7);
    first.add_days(offset + 7 * (n - 1))
}

/// Anonymous Gregorian algorithm.
fn easter(year: i32) -> Option<Date> {
    let y = year as i64;
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, month as u32, day as u32)
}

/// The calendar part of an expression whose year may be missing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gran {
    /// A whole year.
    Year,
    /// A month.
    Month(u8),
    /// A month and day.
    Day(u8, u8),
    /// A quarter 1..=4.
    Quarter(u8),
    /// A half 1..=2.
    Half(u8),
    /// A season: 0 spring, 1 summer, 2 fall, 3 winter.
    Season(u8),
    /// A holiday.
    Holiday(Holiday),
}

/// A resolved point or period of the calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pt {
    /// `1998`.
    Year(i32),
    /// `1998-08`.
    Month(i32, u8),
    /// `1998-08-07`.
    Day(Date),
    /// `1998-W32`.
    Week(i32, u8),
    /// `1998-W32-WE`.
    Weekend(i32, u8),
    /// `1998-Q3`.
    Quarter(i32, u8),
    /// `1998-H1`.
    Half(i32, u8),
    /// `1998-SU`.
    Season(i32, u8),
    /// `199` (the 1990s).
    Decade(i32),
    /// `19` (the 1900s).
    Century(i32),
}

const SEASONS: [&str; 4] = ["SP", "SU", "FA", "WI"];

impl Pt {
    /// The point containing `d` at granularity `unit`.
    pub fn of(d: Date, unit: Unit) -> Pt {
        match unit {
            Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => Pt::Day(d),
            Unit::Week | Unit::Fortnight => {
                let (y, w) = d.iso_week();
                Pt::Week(y, w)
            }
            Unit::Weekend => {
                let (y, w) = d.iso_week();
                Pt::Weekend(y, w)
            }
            Unit::Month => Pt::Month(d.year, d.month),
            Unit::Quarter => Pt::Quarter(d.year, d.quarter()),
            Unit::Half => Pt::Half(d.year, if d.month <= 6 { 1 } else { 2 }),
            Unit::Year => Pt::Year(d.year),
            Unit::Decade => Pt::Decade(d.year.div_euclid(10)),
            Unit::Century => Pt::Century(d.year.div_euclid(100)),
        }
    }

    /// The granularity, as a unit.
    pub fn unit(self) -> Unit {
        match self {
            Pt::Day(_) => Unit::Day,
            Pt::Week(..) => Unit::Week,
            Pt::Weekend(..) => Unit::Weekend,
            Pt::Month(..) => Unit::Month,
            Pt::Quarter(..) => Unit::Quarter,
            Pt::Half(..) => Unit::Half,
            Pt::Season(..) => Unit::Quarter,
            Pt::Year(_) => Unit::Year,
            Pt::Decade(_) => Unit::Decade,
            Pt::Century(_) => Unit::Century,
        }
    }

    /// The first day of the period (a representative day).
    pub fn start(self) -> Option<Date> {
        match self {
            Pt::Day(d) => Some(d),
            Pt::Week(y, w) | Pt::Weekend(y, w) => {
                // Monday of ISO week w: the week containing January 4th, plus w-1 weeks.
                let jan4 = Date::new(y, 1, 4)?;
                let monday = jan4.add_days(1 - jan4.weekday() as i64)?;
                let d = monday.add_days(7 * (w as i64 - 1))?;
                if matches!(self, Pt::Weekend(..)) {
                    d.add_days(5)
                } else {
                    Some(d)
                }
            }
            Pt::Month(y, m) => Date::new(y, m as u32, 1),
            Pt::Quarter(y, q) => Date::new(y, (q as u32 - 1) * 3 + 1, 1),
            Pt::Half(y, h) => Date::new(y, (h as u32 - 1) * 6 + 1, 1),
            Pt::Season(y, s) => Date::new(y, [3, 6, 9, 12][s as usize & 3], 1),
            Pt::Year(y) => Date::new(y, 1, 1),
            Pt::Decade(d) => Date::new(d.checked_mul(10)?, 1, 1),
            Pt::Century(c) => Date::new(c.checked_mul(100)?.max(1), 1, 1),
        }
    }

    /// The year, when the point lies within one.
    pub fn year(self) -> Option<i32> {
        match self {
            Pt::Year(y)
            | Pt::Month(y, _)
            | Pt::Week(y, _)
            | Pt::Weekend(y, _)
            | Pt::Quarter(y, _)
            | Pt::Half(y, _)
            | Pt::Season(y, _) => Some(y),
            Pt::Day(d) => Some(d.year),
            Pt::Decade(_) | Pt::Century(_) => None,
        }
    }

    /// The TIMEX3 value.
    pub fn write(self, out: &mut String) {
        let _ = match self {
            Pt::Year(y) => write!(out, "{y:04}"),
            Pt::Month(y, m) => write!(out, "{y:04}-{m:02}"),
            Pt::Day(d) => write!(out, "{d}"),
            Pt::Week(y, w) => write!(out, "{y:04}-W{w:02}"),
            Pt::Weekend(y, w) => write!(out, "{y:04}-W{w:02}-WE"),
            Pt::Quarter(y, q) => write!(out, "{y:04}-Q{q}"),
            Pt::Half(y, h) => write!(out, "{y:04}-H{h}"),
            Pt::Season(y, s) => write!(out, "{y:04}-{}", SEASONS[s as usize & 3]),
            Pt::Decade(d) => write!(out, "{d:03}"),
            Pt::Century(c) => write!(out, "{c:02}"),
        };
    }
}

/// Moves `d` by `n` units.
pub fn shift(d: Date, unit: Unit, n: i64) -> Option<Date> {
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour => Some(d),
        Unit::Day => d.add_days(n),
        Unit::Week | Unit::Weekend => d.add_days(n.checked_mul(7)?),
        Unit::Fortnight => d.add_days(n.checked_mul(14)?),
        Unit::Month => d.add_months(n),
        Unit::Quarter => d.add_months(n.checked_mul(3)?),
        Unit::Half => d.add_months(n.checked_mul(6)?),
        Unit::Year => d.add_months(n.checked_mul(12)?),
        Unit::Decade => d.add_months(n.checked_mul(120)?),
        Unit::Century => d.add_months(n.checked_mul(1200)?),
    }
}

/// A length of time: a count (`None` = unspecified, `X`) of units, plus a half.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dur {
    /// How many.
    pub n: Option<u32>,
    /// Of what.
    pub unit: Unit,
    /// `and a half`, `1/2`.
    pub half: bool,
}

impl Dur {
    /// The TIMEX3 value: `P3D`, `PT2H`, `PXY`, `P2Y6M`.
    pub fn value(self) -> String {
        let mut s = String::from("P");
        let Some(n) = self.n else {
            let code = match self.unit {
                Unit::Second => "TXS",
                Unit::Minute => "TXM",
                Unit::Hour => "TXH",
                Unit::Day | Unit::Weekend => "XD",
                Unit::Week | Unit::Fortnight => "XW",
                Unit::Month => "XM",
                Unit::Quarter => "XQ",
                Unit::Half | Unit::Year | Unit::Decade | Unit::Century => "XY",
            };
            s.push_str(code);
            return s;
        };
        let n = n as u64;
        let (time, count, code, half) = match self.unit {
            Unit::Second => (true, n, 'S', None),
            Unit::Minute => (true, n, 'M', Some((30, 'S'))),
            Unit::Hour => (true, n, 'H', Some((30, 'M'))),
            Unit::Day => (false, n, 'D', None),
            Unit::Weekend => (false, 2 * n, 'D', None),
            Unit::Week => (false, n, 'W', None),
            Unit::Fortnight => (false, 2 * n, 'W', Some((1, 'W'))),
            Unit::Month => (false, n, 'M', None),
            Unit::Quarter => (false, n, 'Q', None),
            Unit::Half => (false, 6 * n, 'M', Some((3, 'M'))),
            Unit::Year => (false, n, 'Y', Some((6, 'M'))),
            Unit::Decade => (false, 10 * n, 'Y', Some((5, 'Y'))),
            Unit::Century => (false, 100 * n, 'Y', Some((50, 'Y'))),
        };
        if time {
            s.push('T');
        }
        if self.half {
            match (self.unit, half) {
                (Unit::Day, _) if n == 0 => s.push_str("T12H"),
                (Unit::Day, _) => {
                    let _ = write!(s, "{n}DT12H");
                }
                (Unit::Week, _) => {
                    let _ = write!(s, "{}DT12H", n * 7 + 3);
                }
                (Unit::Month, _) => {
                    let _ = write!(s, "{}M15D", n);
                }
                (Unit::Quarter, _) => {
                    let _ = write!(s, "{}M", n * 3 + 1);
                    s.push_str("15D");
                }
                (Unit::Second, _) => {
                    let _ = write!(s, "{n}S");
                }
                (_, Some((h, c))) if count == 0 => {
                    let _ = write!(s, "{h}{c}");
                }
                (Unit::Fortnight, _) => {
                    let _ = write!(s, "{}W", count + 1);
                }
                (Unit::Decade | Unit::Century, Some((h, _))) => {
                    let _ = write!(s, "{}Y", count + h);
                }
                (_, Some((h, c))) => {
                    let _ = write!(s, "{count}{code}{h}{c}");
                }
                _ => {
                    let _ = write!(s, "{count}{code}");
                }
            }
            return s;
        }
        let _ = write!(s, "{count}{code}");
        s
    }
}

/// Which weekday a bare weekday name means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    /// Tense decides: the latest on or before the reference date, or the
    /// next on or after it in future clauses.
    Tense,
    /// `last Friday`: strictly before.
    Last,
    /// `next Friday`: strictly after.
    Next,
    /// `this Friday`: this week's, tense deciding the side.
    This,
}

/// What a matched expression means.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Sem {
    /// A calendar expression; a missing year is inferred from the
    /// reference date and the tense.
    Cal(Option<i32>, Gran, Tod),
    /// A decade (`199`).
    Decade(i32),
    /// A century (`19`).
    Century(i32),
    /// `n` units from the reference date, in the unit's granularity
    /// (`today`, `last year`, `next week`).
    Deictic(Unit, i32, Tod),
    /// `n` units from the date in focus, in the unit's granularity (`the
    /// same day`, `the following year`, `that week`).
    Anaphor(Unit, i32, Tod),
    /// `n` units from the date in focus, keeping its granularity (`a year
    /// earlier`).
    Relative(Unit, i32),
    /// `n` units before the reference date (`two years ago`); years keep a
    /// quarter in focus (`a year ago` in a quarterly report).
    Ago(Unit, i32),
    /// The quarter in focus, or the last one before the reference date.
    FocusQuarter(i32),
    /// A weekday.
    Weekday(u8, Dir, Tod),
    /// A weekday before (`-1`) or after (`1`) the date in focus.
    WeekdayAnaphor(u8, i32, Tod),
    /// A month relative to the reference date: `last May` (-1), `this May` (0).
    MonthRel(u8, i32),
    /// A season relative to the reference date: -1 last year's, -2 the
    /// latest one over, 0 this one, 1 the next.
    SeasonRel(u8, i32),
    /// A weekend: -1 last, 0 tense decides, 1 next.
    Weekend(i32),
    /// A calendar part of the reference year moved by `n` years (`June last
    /// year`, `the first quarter of next year`).
    YearOffset(Gran, i32),
    /// A month and day without a year but with a weekday (`Friday, Oct. 23`):
    /// the nearest year in which the weekday fits.
    DayWithWeekday(u8, u8, u8),
    /// The quarter in focus, in another year (`the 1988 quarter`).
    QuarterInYear(i32),
    /// A time of day on a day given by another meaning (`9 a.m. Tuesday`).
    At(Box<Sem>, (u8, u8)),
    /// A duration.
    Dur(Dur),
    /// A value known at match time (`PRESENT_REF`, `P1W`, `XXXX-WXX-1`).
    Lit(String),
}

/// Resolves meanings in text order.
pub struct Resolver {
    reference: Option<Date>,
    /// The last explicitly mentioned date (for anaphora).
    focus: Option<Pt>,
    /// The last mentioned quarter.
    quarter: Option<(i32, u8)>,
}

impl Resolver {
    /// A resolver for texts dated `reference`.
    pub fn new(reference: Option<Date>) -> Resolver {
        Resolver { reference, focus: None, quarter: None }
    }

    /// The value of `sem` in a clause of tense `tense`; `focusable` says
    /// whether the result may serve later anaphora.
    pub fn value(&mut self, sem: &Sem, tense: Tense, focusable: bool) -> String {
        let mut out = String::new();
        match self.point(sem, tense) {
            Resolved::Pt(p, tod) => {
                p.write(&mut out);
                tod.write(&mut out);
                // Comparisons (`a year earlier`) and references back to the
                // focus (`that week`) leave it where it is; `the following
                // day` moves it.
                let explicit = !matches!(
                    sem,
                    Sem::Relative(..)
                        | Sem::Ago(..)
                        | Sem::FocusQuarter(..)
                        | Sem::QuarterInYear(..)
                        | Sem::Anaphor(_, 0, _)
                );
                if focusable && explicit {
                    self.focus = Some(p);
                    // A quarterly report is about the first quarter it names
                    // that is over by the reference date; later mentions of
                    // other quarters (`a flat second quarter`, `a
                    // fourth-quarter charge`) do not change that.
                    if let Pt::Quarter(y, q) = p {
                        let over = match (self.reference, p.start().and_then(|s| s.add_months(3))) {
                            (Some(r), Some(next)) => next <= r,
                            _ => true,
                        };
                        if self.quarter.is_none() && over {
                            self.quarter = Some((y, q));
                        }
                    }
                }
            }
            Resolved::Str(s, tod) => {
                out = s;
                tod.write(&mut out);
            }
        }
        out
    }

    fn point(&self, sem: &Sem, tense: Tense) -> Resolved {
        let r = self.reference;
        match *sem {
            Sem::Lit(ref s) => Resolved::Str(s.clone(), Tod::NONE),
            Sem::Dur(d) => Resolved::Str(d.value(), Tod::NONE),
            Sem::Decade(d) => Resolved::Pt(Pt::Decade(d), Tod::NONE),
            Sem::Century(c) => Resolved::Pt(Pt::Century(c), Tod::NONE),
            Sem::Cal(year, g, tod) => self.cal(year, g, tod, tense),
            Sem::Deictic(unit, n, tod) => match r.and_then(|d| shift(d, unit, n as i64)) {
                Some(d) => Resolved::Pt(Pt::of(d, unit), tod),
                None => Resolved::Str(unknown(unit), tod),
            },
            Sem::Anaphor(unit, n, tod) => {
                let base = self.focus.filter(|f| f.unit() <= unit || unit == Unit::Weekend).and_then(Pt::start).or(r);
                match base.and_then(|d| shift(d, unit, n as i64)) {
                    Some(d) => Resolved::Pt(Pt::of(d, unit), tod),
                    None => Resolved::Str(unknown(unit), tod),
                }
            }
            Sem::Relative(unit, n) => {
                // `a year earlier` in a quarterly report compares quarters.
                if unit == Unit::Year {
                    if let Some((y, q)) = self.quarter {
                        return Resolved::Pt(Pt::Quarter(y + n, q), Tod::NONE);
                    }
                }
                if let Some(f) = self.focus.filter(|f| f.unit() <= unit && f.year().is_some()) {
                    if let Some(d) = f.start().and_then(|d| shift(d, unit, n as i64)) {
                        return Resolved::Pt(Pt::of(d, f.unit()), Tod::NONE);
                    }
                }
                self.point(&Sem::Ago(unit, n), tense)
            }
            Sem::Ago(unit, n) => {
                if unit == Unit::Year {
                    if let Some((y, q)) = self.quarter {
                        return Resolved::Pt(Pt::Quarter(y + n, q), Tod::NONE);
                    }
                }
                // `a decade ago` names a year, not a decade.
                let gran = unit.clamp(Unit::Day, Unit::Year);
                match r.and_then(|d| shift(d, unit, n as i64)) {
                    Some(d) => Resolved::Pt(Pt::of(d, gran), Tod::NONE),
                    None => Resolved::Str(unknown(gran), Tod::NONE),
                }
            }
            Sem::FocusQuarter(n) => {
                let q = self.quarter.or_else(|| {
                    // No quarter mentioned yet: quarterly results are reported
                    // after the quarter closes, so take the one before.
                    let p = r.and_then(|d| d.add_months(-3))?;
                    Some((p.year, p.quarter()))
                });
                match q {
                    Some((y, q)) => Resolved::Pt(Pt::Quarter(y + n, q), Tod::NONE),
                    None => Resolved::Str("XXXX-QX".into(), Tod::NONE),
                }
            }
            Sem::Weekday(wd, dir, tod) => match r {
                Some(d) => Resolved::Pt(Pt::Day(weekday_near(d, wd, dir, tense).unwrap_or(d)), tod),
                None => Resolved::Str(format!("XXXX-WXX-{wd}"), tod),
            },
            Sem::WeekdayAnaphor(wd, side, tod) => {
                let base = self.focus.and_then(|f| match f {
                    Pt::Day(d) => Some(d),
                    _ => None,
                });
                match base.or(r) {
                    Some(d) => {
                        let dir = if side < 0 { Dir::Last } else { Dir::Next };
                        Resolved::Pt(Pt::Day(weekday_near(d, wd, dir, tense).unwrap_or(d)), tod)
                    }
                    None => Resolved::Str(format!("XXXX-WXX-{wd}"), tod),
                }
            }
            Sem::MonthRel(m, n) => match r {
                Some(d) => {
                    let y = match n {
                        // `last May`: the latest May before this month; the
                        // month just gone is `last month`, so `last February`
                        // said in March is the year before's.
                        n if n < 0 => {
                            if m + 1 < d.month {
                                d.year
                            } else {
                                d.year - 1
                            }
                        }
                        n if n > 0 => {
                            if m > d.month {
                                d.year
                            } else {
                                d.year + 1
                            }
                        }
                        _ => d.year,
                    };
                    Resolved::Pt(Pt::Month(y, m), Tod::NONE)
                }
                None => Resolved::Str(format!("XXXX-{m:02}"), Tod::NONE),
            },
            Sem::SeasonRel(s, n) => match r {
                Some(d) => {
                    let (sy, ss) = season_of(d);
                    let y = match n {
                        // `this past spring`: the latest spring already over.
                        -2 => {
                            if s < ss {
                                sy
                            } else {
                                sy - 1
                            }
                        }
                        n if n < 0 => d.year - 1,
                        n if n > 0 => {
                            if s > ss && sy == d.year {
                                d.year
                            } else {
                                d.year + 1
                            }
                        }
                        _ => sy,
                    };
                    Resolved::Pt(Pt::Season(y, s), Tod::NONE)
                }
                None => Resolved::Str(format!("XXXX-{}", SEASONS[s as usize & 3]), Tod::NONE),
            },
            Sem::Weekend(n) => match r {
                Some(d) => {
                    let wd = d.weekday() as i64;
                    // The weekend of this ISO week starts on Saturday.
                    let this_sat = d.add_days(6 - wd).unwrap_or(d);
                    let dir = match n {
                        0 => match tense {
                            Tense::Future => 1,
                            _ => -1,
                        },
                        n => n,
                    };
                    let sat = if wd >= 6 {
                        // On the weekend itself.
                        if n == 0 {
                            this_sat
                        } else {
                            this_sat.add_days(7 * dir as i64).unwrap_or(this_sat)
                        }
                    } else if dir < 0 {
                        this_sat.add_days(-7).unwrap_or(this_sat)
                    } else {
                        this_sat
                    };
                    Resolved::Pt(Pt::of(sat, Unit::Weekend), Tod::NONE)
                }
                None => Resolved::Str("XXXX-WXX-WE".into(), Tod::NONE),
            },
            Sem::YearOffset(g, n) => self.cal(r.map(|d| d.year + n), g, Tod::NONE, tense),
            Sem::DayWithWeekday(m, day, wd) => {
                let Some(d) = r else {
                    return self.cal(None, Gran::Day(m, day), Tod::NONE, tense);
                };
                let best = (d.year - 1..=d.year + 1)
                    .filter_map(|y| Date::new(y, m as u32, day as u32))
                    .filter(|c| c.weekday() == wd)
                    .min_by_key(|c| (c.days() - d.days()).abs());
                match best {
                    Some(c) => Resolved::Pt(Pt::Day(c), Tod::NONE),
                    None => self.cal(None, Gran::Day(m, day), Tod::NONE, tense),
                }
            }
            Sem::QuarterInYear(y) => {
                let q = self.quarter.map(|(_, q)| q).or_else(|| r.and_then(|d| d.add_months(-3)).map(|p| p.quarter()));
                match q {
                    Some(q) => Resolved::Pt(Pt::Quarter(y, q), Tod::NONE),
                    None => Resolved::Pt(Pt::Year(y), Tod::NONE),
                }
            }
            Sem::At(ref day, clock) => {
                let tod = Tod { part: None, clock: Some(clock) };
                match self.point(day, tense) {
                    Resolved::Pt(Pt::Day(d), _) => Resolved::Pt(Pt::Day(d), tod),
                    Resolved::Pt(p, _) => Resolved::Pt(p, Tod::NONE),
                    Resolved::Str(s, _) => Resolved::Str(s, tod),
                }
            }
        }
    }

    fn cal(&self, year: Option<i32>, g: Gran, tod: Tod, tense: Tense) -> Resolved {
        let year = year.or_else(|| self.reference.map(|r| infer_year(g, r, tense)));
        let Some(y) = year else {
            let mut s = String::from("XXXX");
            let _ = match g {
                Gran::Year => Ok(()),
                Gran::Month(m) => write!(s, "-{m:02}"),
                Gran::Day(m, d) => write!(s, "-{m:02}-{d:02}"),
                Gran::Quarter(q) => write!(s, "-Q{q}"),
                Gran::Half(h) => write!(s, "-H{h}"),
                Gran::Season(x) => write!(s, "-{}", SEASONS[x as usize & 3]),
                Gran::Holiday(h) => {
                    let (m, d) = match h {
                        Holiday::Fixed(m, d) => (m, d),
                        _ => (0, 0),
                    };
                    if m == 0 {
                        write!(s, "-XX-XX")
                    } else {
                        write!(s, "-{m:02}-{d:02}")
                    }
                }
            };
            return Resolved::Str(s, tod);
        };
        let p = match g {
            Gran::Year => Pt::Year(y),
            Gran::Month(m) => Pt::Month(y, m),
            Gran::Day(m, d) => match Date::new(y, m as u32, d as u32) {
                Some(date) => Pt::Day(date),
                // 29 February in a common year: keep the month.
                None => Pt::Month(y, m),
            },
            Gran::Quarter(q) => Pt::Quarter(y, q),
            Gran::Half(h) => Pt::Half(y, h),
            Gran::Season(s) => Pt::Season(y, s),
            Gran::Holiday(h) => match h.date(y) {
                Some(d) => Pt::Day(d),
                None => Pt::Year(y),
            },
        };
        Resolved::Pt(p, tod)
    }
}

enum Resolved {
    Pt(Pt, Tod),
    Str(String, Tod),
}

/// A value for a deictic expression when there is no reference date.
fn unknown(unit: Unit) -> String {
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => "XXXX-XX-XX",
        Unit::Week | Unit::Fortnight => "XXXX-WXX",
        Unit::Weekend => "XXXX-WXX-WE",
        Unit::Month => "XXXX-XX",
        Unit::Quarter => "XXXX-QX",
        Unit::Half => "XXXX-HX",
        Unit::Year => "XXXX",
        Unit::Decade => "XXX",
        Unit::Century => "XX",
    }
    .to_string()
}

/// The season containing `d` and the year it is counted in (winter belongs
/// to the year it starts in).
fn season_of(d: Date) -> (i32, u8) {
    match d.month {
        3..=5 => (d.year, 0),
        6..=8 => (d.year, 1),
        9..=11 => (d.year, 2),
        12 => (d.year, 3),
        _ => (d.year - 1, 3),
    }
}

/// The year of a calendar expression without one: the reference year,
/// moved back when the period would start well after the reference date in
/// a past clause (or far after it in a clause without tense), and forward
/// when it would end well before the reference date in a future clause.
///
/// The margins absorb tense-detection mistakes: news gives the year of dates
/// more than a few months away, so a month and day close to the reference
/// date belong to its year whatever the verb says.
pub fn infer_year(g: Gran, r: Date, tense: Tense) -> i32 {
    const PAST_MARGIN: i64 = 60;
    const UNTENSED_AHEAD: i64 = 120;
    const UNTENSED_BEHIND: i64 = 240;
    let y = r.year;
    let (start, end) = match g {
        Gran::Year => return y,
        Gran::Month(m) => (Date::new(y, m as u32, 1), Date::new(y, m as u32, days_in_month(y, m) as u32)),
        Gran::Day(m, d) => {
            let day = Date::new(y, m as u32, d as u32).or_else(|| Date::new(y, m as u32, 28));
            (day, day)
        }
        Gran::Quarter(q) => {
            let m = q as u32 * 3;
            (Date::new(y, m - 2, 1), Date::new(y, m, days_in_month(y, m as u8) as u32))
        }
        Gran::Half(h) => {
            let m = h as u32 * 6;
            (Date::new(y, m - 5, 1), Date::new(y, m, days_in_month(y, m as u8) as u32))
        }
        Gran::Season(s) => {
            let (sy, ss) = season_of(r);
            return match tense {
                Tense::Past if s > ss && sy == r.year => r.year - 1,
                Tense::Future if s < ss => sy + 1,
                _ => sy,
            };
        }
        Gran::Holiday(h) => {
            let (m, d) = h.approx();
            let day = Date::new(y, m as u32, d as u32);
            (day, day)
        }
    };
    let (Some(start), Some(end)) = (start, end) else { return y };
    // Results for a quarter are announced after it closes, so a quarter
    // that ended lately is still talked about in the future tense.
    let future_margin = match g {
        Gran::Quarter(_) | Gran::Half(_) => 90,
        _ => 30,
    };
    let ahead = start.days() - r.days();
    let behind = r.days() - end.days();
    match tense {
        Tense::Past if ahead > PAST_MARGIN => y - 1,
        Tense::None if ahead > UNTENSED_AHEAD => y - 1,
        Tense::None if behind > UNTENSED_BEHIND => y + 1,
        Tense::Future if behind > future_margin => y + 1,
        _ => y,
    }
}

/// The date of weekday `wd` near `d`.
fn weekday_near(d: Date, wd: u8, dir: Dir, tense: Tense) -> Option<Date> {
    let cur = d.weekday() as i64;
    let back = (cur - wd as i64).rem_euclid(7); // 0..=6 days back
    let ahead = (wd as i64 - cur).rem_euclid(7); // 0..=6 days ahead
    let offset = match dir {
        Dir::Tense => match tense {
            Tense::Future => ahead,
            _ => -back,
        },
        Dir::Last => -(if back == 0 { 7 } else { back }),
        Dir::Next => {
            if ahead == 0 {
                7
            } else {
                ahead
            }
        }
        Dir::This => match tense {
            Tense::Past => -back,
            _ => ahead,
        },
    };
    d.add_days(offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    #[test]
    fn durations() {
        let v = |n, unit, half| Dur { n, unit, half }.value();
        assert_eq!(v(Some(3), Unit::Day, false), "P3D");
        assert_eq!(v(None, Unit::Year, false), "PXY");
        assert_eq!(v(Some(2), Unit::Hour, false), "PT2H");
        assert_eq!(v(Some(5), Unit::Hour, true), "PT5H30M");
        assert_eq!(v(Some(2), Unit::Year, true), "P2Y6M");
        assert_eq!(v(Some(1), Unit::Minute, true), "PT1M30S");
        assert_eq!(v(Some(1), Unit::Decade, false), "P10Y");
        assert_eq!(v(Some(0), Unit::Hour, true), "PT30M");
    }

    #[test]
    fn holidays() {
        assert_eq!(Holiday::Easter.date(2025), Some(d("2025-04-20")));
        assert_eq!(Holiday::Thanksgiving.date(2025), Some(d("2025-11-27")));
        assert_eq!(Holiday::Election.date(2024), Some(d("2024-11-05")));
        assert_eq!(Holiday::Memorial.date(2025), Some(d("2025-05-26")));
        assert_eq!(Holiday::Labor.date(2025), Some(d("2025-09-01")));
    }

    #[test]
    fn weekdays_and_weeks() {
        let thu = d("2025-02-13");
        assert_eq!(weekday_near(thu, 4, Dir::Tense, Tense::Past), Some(thu));
        assert_eq!(weekday_near(thu, 3, Dir::Tense, Tense::None), Some(d("2025-02-12")));
        assert_eq!(weekday_near(thu, 1, Dir::Tense, Tense::Future), Some(d("2025-02-17")));
        assert_eq!(weekday_near(thu, 4, Dir::Last, Tense::None), Some(d("2025-02-06")));
        assert_eq!(weekday_near(thu, 4, Dir::Next, Tense::None), Some(d("2025-02-20")));
        assert_eq!(Pt::Week(2025, 7).start(), Some(d("2025-02-10")));
        assert_eq!(Pt::Week(2021, 1).start(), Some(d("2021-01-04")));
        assert_eq!(infer_year(Gran::Day(12, 5), d("2025-01-10"), Tense::Past), 2024);
        assert_eq!(infer_year(Gran::Day(1, 5), d("2025-12-10"), Tense::Future), 2026);
        assert_eq!(infer_year(Gran::Day(12, 5), d("2025-01-10"), Tense::None), 2024);
        assert_eq!(infer_year(Gran::Day(1, 14), d("2025-01-10"), Tense::Past), 2025);
        assert_eq!(infer_year(Gran::Day(3, 1), d("2025-02-13"), Tense::None), 2025);
        assert_eq!(infer_year(Gran::Quarter(3), d("1998-10-20"), Tense::Future), 1998);
        assert_eq!(infer_year(Gran::Quarter(4), d("1999-02-10"), Tense::Past), 1998);
    }
}
