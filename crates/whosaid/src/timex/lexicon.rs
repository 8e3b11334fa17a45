//! The date lexicon: one [`Lx`] class per token, computed once per text.
//!
//! Classification lowercases ASCII words into a stack buffer and matches them
//! against fixed word lists, so it allocates nothing. Hyphenated tokens
//! (`third-quarter`, `two-year`, `mid-March`, `year-earlier`) are split here
//! into the few compound classes the matcher understands.

use crate::calendar::{month_from_name, weekday_from_name, Date};
use crate::token::{Kind, Token};

/// A unit of time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Unit {
    /// Seconds.
    Second,
    /// Minutes.
    Minute,
    /// Hours.
    Hour,
    /// Days.
    Day,
    /// A weekend (Saturday and Sunday).
    Weekend,
    /// Weeks.
    Week,
    /// Two weeks.
    Fortnight,
    /// Months.
    Month,
    /// Quarters of a year.
    Quarter,
    /// Halves of a year.
    Half,
    /// Years.
    Year,
    /// Ten years.
    Decade,
    /// A hundred years.
    Century,
}

/// A part of the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// `TMO`.
    Morning,
    /// `TAF`.
    Afternoon,
    /// `TEV`.
    Evening,
    /// `TNI`.
    Night,
    /// `T12:00`.
    Noon,
    /// `T24:00`.
    Midnight,
    /// `TMI` (midday).
    Midday,
}

impl Part {
    /// The TIMEX3 suffix after `T`.
    pub fn code(self) -> &'static str {
        match self {
            Part::Morning => "MO",
            Part::Afternoon => "AF",
            Part::Evening => "EV",
            Part::Night => "NI",
            Part::Noon => "12:00",
            Part::Midnight => "24:00",
            Part::Midday => "MI",
        }
    }
}

/// Where in a period: `early`, `mid`, `late`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edge {
    /// `early`, `the beginning of`.
    Early,
    /// `mid`, `the middle of`.
    Mid,
    /// `late`, `the end of`.
    Late,
}

/// Keywords that take part in temporal expressions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Kw {
    The,
    This,
    That,
    These,
    Last,
    Next,
    Past,
    Coming,
    Previous,
    Following,
    Same,
    Ago,
    Earlier,
    Later,
    Before,
    After,
    Hence,
    Early,
    Late,
    Mid,
    Middle,
    End,
    Beginning,
    Start,
    Of,
    In,
    At,
    On,
    By,
    For,
    From,
    To,
    Until,
    Since,
    During,
    Within,
    Through,
    And,
    Or,
    A,
    An,
    Few,
    Several,
    SomeWord,
    Couple,
    Many,
    Half,
    Today,
    Tonight,
    Tomorrow,
    Yesterday,
    Now,
    Currently,
    Current,
    Recently,
    Recent,
    Future,
    Soon,
    Present,
    Nowadays,
    Lately,
    Every,
    Each,
    Per,
    Other,
    Daily,
    Weekly,
    Monthly,
    Annually,
    Yearly,
    Hourly,
    Quarterly,
    Nightly,
    Once,
    Twice,
    Times,
    Fiscal,
    Am,
    Pm,
    Overnight,
    About,
    Nearly,
    Almost,
    More,
    Less,
    Fewer,
    Than,
    Least,
    Up,
    Over,
    Around,
    Roughly,
    Approximately,
    Just,
    Only,
    Under,
    No,
    Zone,
    Period,
    Term,
    Full,
    Latest,
    Corresponding,
    Comparable,
    Near,
    Distant,
    Between,
    Foreseeable,
    Short,
    Long,
    Medium,
    Right,
    Its,
    Year2,
    YearAgo,
    YearEnd,
    Ahead,
    Then,
    Local,
    Time,
    Eve,
    Christmas,
    New,
    NewYear,
    Thanksgiving,
    Easter,
    Halloween,
    Election,
    Independence,
    Labor,
    Memorial,
    Valentine,
    Will,
    Would,
    Shall,
    Going,
    Scheduled,
    Expected,
    Plan,
    Set,
    Due,
    Upcoming,
    Said,
    Was,
    Had,
    Did,
    PastVerb,
    Possessive,
    So,
    Far,
    Dot,
    Comma,
    Dash,
    Slash,
    Apostrophe,
    Percent,
    Dollar,
}

/// The class of one token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lx {
    /// Not part of any date.
    Other,
    /// A month name; `true` when written with a capital.
    Month(u8, bool),
    /// A weekday name, `true` when plural (`Mondays`).
    Weekday(u8, bool),
    /// Plain digits: value and number of digits.
    Num(u32, u8),
    /// A spelled-out number (`two`, `twenty-four`, `dozen`).
    NumWord(u32),
    /// An ordinal 1..=99 (`third`, `3rd`).
    Ord(u8),
    /// A unit word, `true` when plural.
    Unit(Unit, bool),
    /// A season: 0 spring, 1 summer, 2 fall, 3 winter; `true` when plural.
    Season(u8, bool),
    /// A part of the day; `true` when plural (`nights`).
    Part(Part, bool),
    /// `3:30`.
    Clock(u8, u8),
    /// `2025-02-13`, `2/13/2025`.
    FullDate(Date),
    /// `12-14`, `1990-95`, `2019-2021`: two numbers and the digits of each.
    Range(u32, u8, u32, u8),
    /// `1990s`, `’90s`, `nineties`: the decade as `199`.
    Decade(i32),
    /// `Q3` (and `3Q`).
    QuarterName(u8),
    /// `H1`.
    HalfName(u8),
    /// `FY2025`, `FY25`.
    FiscalYear(i32),
    /// `two-year`, `16-hour`, `52-week`, `day-long`: a count (0 = vague) and unit.
    NumUnit(u32, Unit),
    /// `third-quarter`, `first-half`: an ordinal quarter (Quarter) or half (Half).
    OrdPeriod(u8, Unit),
    /// `mid-March`: an edge and a month.
    EdgeMonth(Edge, u8),
    /// `mid-1996`: an edge and a year.
    EdgeYear(Edge, i32),
    /// `mid-1990s`: an edge and a decade.
    EdgeDecade(Edge, i32),
    /// `mid-afternoon`.
    EdgePart(Part),
    /// A keyword.
    Kw(Kw),
}

/// Classifies every token of `text`.
pub fn classify(text: &str, tokens: &[Token]) -> Vec<Lx> {
    tokens.iter().map(|t| classify_one(t.text(text), t.kind)).collect()
}

/// Lowercases ASCII `s` into `buf`; `None` when too long or not ASCII.
pub fn lower<'a>(s: &str, buf: &'a mut [u8; 32]) -> Option<&'a str> {
    let b = s.as_bytes();
    if b.len() > buf.len() || !s.is_ascii() {
        return None;
    }
    let out = &mut buf[..b.len()];
    out.copy_from_slice(b);
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

fn classify_one(s: &str, kind: Kind) -> Lx {
    match kind {
        Kind::Number => number(s),
        Kind::Quote => match s {
            "'" | "’" => Lx::Kw(Kw::Apostrophe),
            _ => Lx::Other,
        },
        Kind::Punct => match s {
            "." => Lx::Kw(Kw::Dot),
            "," => Lx::Kw(Kw::Comma),
            "-" | "–" | "—" | "‐" | "‑" => Lx::Kw(Kw::Dash),
            "/" => Lx::Kw(Kw::Slash),
            "%" => Lx::Kw(Kw::Percent),
            "$" | "€" | "£" | "¥" | "#" => Lx::Kw(Kw::Dollar),
            "'" | "’" => Lx::Kw(Kw::Apostrophe),
            _ => Lx::Other,
        },
        Kind::Word => word(s),
    }
}

fn number(s: &str) -> Lx {
    let b = s.as_bytes();
    if b.iter().all(u8::is_ascii_digit) {
        return match s.parse::<u32>() {
            Ok(v) if b.len() <= 9 => Lx::Num(v, b.len() as u8),
            _ => Lx::Other,
        };
    }
    if let Some(d) = full_numeric_date(s) {
        return Lx::FullDate(d);
    }
    // 3:30
    if let Some((h, m)) = s.split_once(':') {
        if (1..=2).contains(&h.len()) && m.len() == 2 && all_digits(h) && all_digits(m) {
            let (h, m) = (h.parse::<u8>().unwrap_or(99), m.parse::<u8>().unwrap_or(99));
            if h <= 24 && m < 60 {
                return Lx::Clock(h, m);
            }
        }
        return Lx::Other;
    }
    // 12-14, 1990-95
    if let Some((a, z)) = s.split_once('-') {
        if (1..=4).contains(&a.len()) && (1..=4).contains(&z.len()) && all_digits(a) && all_digits(z) {
            if let (Ok(x), Ok(y)) = (a.parse::<u32>(), z.parse::<u32>()) {
                return Lx::Range(x, a.len() as u8, y, z.len() as u8);
            }
        }
    }
    Lx::Other
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// `2025-02-13`, `2025/02/13`, `2/13/2025`, `2/13/25` is not accepted.
fn full_numeric_date(s: &str) -> Option<Date> {
    let sep = if s.contains('/') { '/' } else { '-' };
    let mut parts = s.split(sep);
    let (a, b, c) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || !all_digits(a) || !all_digits(b) || !all_digits(c) {
        return None;
    }
    let n = |p: &str| p.parse::<u32>().ok();
    if a.len() == 4 && b.len() <= 2 && c.len() <= 2 {
        Date::new(n(a)? as i32, n(b)?, n(c)?)
    } else if sep == '/' && c.len() == 4 && a.len() <= 2 && b.len() <= 2 {
        Date::new(n(c)? as i32, n(a)?, n(b)?)
    } else {
        None
    }
}

fn word(s: &str) -> Lx {
    let mut buf = [0u8; 32];
    if matches!(s, "’s" | "'s" | "’S" | "'S") {
        return Lx::Kw(Kw::Possessive);
    }
    // ’90s / '90s
    if let Some(rest) = s.strip_prefix('’').or_else(|| s.strip_prefix('\'')) {
        return decade_suffix(rest).map_or(Lx::Other, Lx::Decade);
    }
    let Some(w) = lower(s, &mut buf) else { return Lx::Other };
    let capital = s.as_bytes().first().is_some_and(u8::is_ascii_uppercase);
    if let Some(m) = month_from_name(w) {
        // `may` and `march` are words first; others are months in any case.
        let ambiguous = matches!(w, "may" | "march" | "mar" | "jan" | "sun" | "sat" | "wed");
        return Lx::Month(m, capital || !ambiguous);
    }
    if let Some(d) = weekday_from_name(w) {
        if matches!(w, "sun" | "sat" | "wed" | "mon" | "tue" | "thu" | "fri") && !capital {
            return Lx::Other;
        }
        return Lx::Weekday(d, false);
    }
    if let Some(stem) = w.strip_suffix('s') {
        if stem.len() > 5 {
            if let Some(d) = weekday_from_name(stem) {
                return Lx::Weekday(d, true);
            }
        }
    }
    if let Some(lx) = simple_word(w) {
        return lx;
    }
    if let Some(n) = ordinal(w) {
        return Lx::Ord(n);
    }
    if let Some(d) = decade_suffix(w) {
        return Lx::Decade(d);
    }
    if w.contains('-') {
        return compound(w);
    }
    // Q3, 3Q, H1, FY2025, 1990s
    let b = w.as_bytes();
    if b.len() == 2 && b[0] == b'q' && (b'1'..=b'4').contains(&b[1]) {
        return Lx::QuarterName(b[1] - b'0');
    }
    if b.len() == 2 && b[1] == b'q' && (b'1'..=b'4').contains(&b[0]) {
        return Lx::QuarterName(b[0] - b'0');
    }
    if b.len() == 2 && b[0] == b'h' && (b'1'..=b'2').contains(&b[1]) {
        return Lx::HalfName(b[1] - b'0');
    }
    if let Some(y) = w.strip_prefix("fy") {
        if all_digits(y) {
            match (y.len(), y.parse::<i32>()) {
                (4, Ok(v)) => return Lx::FiscalYear(v),
                (2, Ok(v)) => return Lx::FiscalYear(if v < 50 { 2000 + v } else { 1900 + v }),
                _ => {}
            }
        }
    }
    Lx::Other
}

/// `1990s` → 199, `90s` → 199, `00s` → 200.
fn decade_suffix(w: &str) -> Option<i32> {
    let d = w.strip_suffix('s')?;
    if !all_digits(d) {
        return None;
    }
    let v: i32 = d.parse().ok()?;
    match d.len() {
        4 if v % 10 == 0 && (1000..=2990).contains(&v) => Some(v / 10),
        2 if v % 10 == 0 => Some(if v < 30 { 200 + v / 10 } else { 190 + v / 10 }),
        _ => None,
    }
}

fn simple_word(w: &str) -> Option<Lx> {
    use Kw::*;
    let u = |u: Unit| Some(Lx::Unit(u, false));
    let us = |u: Unit| Some(Lx::Unit(u, true));
    let k = |k: Kw| Some(Lx::Kw(k));
    let n = |v: u32| Some(Lx::NumWord(v));
    match w {
        "second" => Some(Lx::Ord(2)),
        "seconds" | "secs" => us(Unit::Second),
        "minute" | "min" => u(Unit::Minute),
        "minutes" | "mins" => us(Unit::Minute),
        "hour" | "hr" => u(Unit::Hour),
        "hours" | "hrs" => us(Unit::Hour),
        "day" => u(Unit::Day),
        "days" => us(Unit::Day),
        "weekend" => u(Unit::Weekend),
        "weekends" => us(Unit::Weekend),
        "week" => u(Unit::Week),
        "weeks" => us(Unit::Week),
        "fortnight" => u(Unit::Fortnight),
        "fortnights" => us(Unit::Fortnight),
        "month" => u(Unit::Month),
        "months" => us(Unit::Month),
        "quarter" => u(Unit::Quarter),
        "quarters" => us(Unit::Quarter),
        "year" | "yr" => u(Unit::Year),
        "years" | "yrs" => us(Unit::Year),
        "decade" => u(Unit::Decade),
        "decades" => us(Unit::Decade),
        "century" => u(Unit::Century),
        "centuries" => us(Unit::Century),
        "spring" | "springtime" => Some(Lx::Season(0, false)),
        "summer" | "summertime" => Some(Lx::Season(1, false)),
        "fall" | "autumn" => Some(Lx::Season(2, false)),
        "winter" | "wintertime" => Some(Lx::Season(3, false)),
        "springs" => Some(Lx::Season(0, true)),
        "summers" => Some(Lx::Season(1, true)),
        "autumns" => Some(Lx::Season(2, true)),
        "winters" => Some(Lx::Season(3, true)),
        "morning" => Some(Lx::Part(Part::Morning, false)),
        "mornings" => Some(Lx::Part(Part::Morning, true)),
        "afternoon" => Some(Lx::Part(Part::Afternoon, false)),
        "afternoons" => Some(Lx::Part(Part::Afternoon, true)),
        "evening" => Some(Lx::Part(Part::Evening, false)),
        "evenings" => Some(Lx::Part(Part::Evening, true)),
        "night" => Some(Lx::Part(Part::Night, false)),
        "nights" => Some(Lx::Part(Part::Night, true)),
        "noon" => Some(Lx::Part(Part::Noon, false)),
        "midnight" => Some(Lx::Part(Part::Midnight, false)),
        "midday" | "mid-day" => Some(Lx::Part(Part::Midday, false)),
        "one" => n(1),
        "two" => n(2),
        "three" => n(3),
        "four" => n(4),
        "five" => n(5),
        "six" => n(6),
        "seven" => n(7),
        "eight" => n(8),
        "nine" => n(9),
        "ten" => n(10),
        "eleven" => n(11),
        "twelve" => n(12),
        "thirteen" => n(13),
        "fourteen" => n(14),
        "fifteen" => n(15),
        "sixteen" => n(16),
        "seventeen" => n(17),
        "eighteen" => n(18),
        "nineteen" => n(19),
        "twenty" => n(20),
        "thirty" => n(30),
        "forty" => n(40),
        "fifty" => n(50),
        "sixty" => n(60),
        "seventy" => n(70),
        "eighty" => n(80),
        "ninety" => n(90),
        "hundred" => n(100),
        "dozen" => n(12),
        "the" => k(The),
        "this" => k(This),
        "that" => k(That),
        "these" => k(These),
        "last" => k(Last),
        "next" => k(Next),
        "past" => k(Past),
        "coming" => k(Coming),
        "previous" | "prior" | "preceding" => k(Previous),
        "following" | "succeeding" | "ensuing" => k(Following),
        "same" => k(Same),
        "ago" => k(Ago),
        "earlier" => k(Earlier),
        "later" => k(Later),
        "before" => k(Before),
        "after" => k(After),
        "hence" => k(Hence),
        "early" => k(Early),
        "late" => k(Late),
        "mid" => k(Mid),
        "middle" => k(Middle),
        "end" => k(End),
        "beginning" => k(Beginning),
        "start" => k(Start),
        "of" => k(Of),
        "in" => k(In),
        "at" => k(At),
        "on" => k(On),
        "by" => k(By),
        "for" => k(For),
        "from" => k(From),
        "to" => k(To),
        "until" | "till" | "til" => k(Until),
        "since" => k(Since),
        "during" => k(During),
        "within" => k(Within),
        "through" | "thru" => k(Through),
        "and" => k(And),
        "or" => k(Or),
        "a" => k(A),
        "an" => k(An),
        "few" => k(Few),
        "several" => k(Several),
        "some" => k(SomeWord),
        "couple" => k(Couple),
        "many" => k(Many),
        "half" => k(Half),
        "today" => k(Today),
        "tonight" => k(Tonight),
        "tomorrow" => k(Tomorrow),
        "yesterday" => k(Yesterday),
        "now" => k(Now),
        "currently" | "presently" => k(Currently),
        "current" => k(Current),
        "recently" => k(Recently),
        "recent" => k(Recent),
        "future" => k(Future),
        "soon" => k(Soon),
        "present" => k(Present),
        "nowadays" => k(Nowadays),
        "lately" => k(Lately),
        "every" => k(Every),
        "each" => k(Each),
        "per" => k(Per),
        "other" => k(Other),
        "daily" => k(Daily),
        "weekly" => k(Weekly),
        "monthly" => k(Monthly),
        "annually" => k(Annually),
        "yearly" => k(Yearly),
        "hourly" => k(Hourly),
        "quarterly" => k(Quarterly),
        "nightly" => k(Nightly),
        "once" => k(Once),
        "twice" => k(Twice),
        "times" => k(Times),
        "fiscal" => k(Fiscal),
        "a.m." | "a.m" | "am" => k(Am),
        "p.m." | "p.m" | "pm" => k(Pm),
        "overnight" => k(Overnight),
        "about" => k(About),
        "nearly" => k(Nearly),
        "almost" => k(Almost),
        "more" => k(More),
        "less" => k(Less),
        "fewer" => k(Fewer),
        "than" => k(Than),
        "least" => k(Least),
        "up" => k(Up),
        "over" => k(Over),
        "around" => k(Around),
        "roughly" => k(Roughly),
        "approximately" => k(Approximately),
        "just" => k(Just),
        "only" => k(Only),
        "under" => k(Under),
        "no" => k(No),
        "est" | "edt" | "cst" | "cdt" | "mst" | "mdt" | "pst" | "pdt" | "gmt" | "utc" | "bst" | "cet" | "cest"
        | "et" | "pt" => k(Zone),
        "period" | "periods" => k(Period),
        "term" => k(Term),
        "full" => k(Full),
        "latest" | "most" => k(Latest),
        "corresponding" => k(Corresponding),
        "comparable" => k(Comparable),
        "near" => k(Near),
        "distant" => k(Distant),
        "between" => k(Between),
        "foreseeable" => k(Foreseeable),
        "short" => k(Short),
        "long" => k(Long),
        "medium" => k(Medium),
        "right" => k(Right),
        "its" | "their" | "his" | "her" | "our" | "my" | "your" => k(Its),
        "year-earlier" | "year-before" => k(Year2),
        "year-ago" => k(YearAgo),
        "year-end" | "yearend" => k(YearEnd),
        "ahead" => k(Ahead),
        "then" => k(Then),
        "local" => k(Local),
        "time" => k(Time),
        "eve" => k(Eve),
        "christmas" | "xmas" => k(Christmas),
        "new" => k(New),
        "thanksgiving" => k(Thanksgiving),
        "easter" => k(Easter),
        "halloween" => k(Halloween),
        "election" => k(Election),
        "independence" => k(Independence),
        "labor" | "labour" => k(Labor),
        "memorial" => k(Memorial),
        "valentine" => k(Valentine),
        "will" | "'ll" | "’ll" | "wo" | "won't" | "won’t" => k(Will),
        "would" | "could" | "might" => k(Would),
        "shall" => k(Shall),
        "going" => k(Going),
        "scheduled" | "slated" => k(Scheduled),
        "expected" | "expects" | "expect" => k(Expected),
        "plans" | "plan" | "planning" | "intends" | "aims" | "hopes" => k(Plan),
        "set" => k(Set),
        "due" => k(Due),
        "upcoming" => k(Upcoming),
        "said" | "told" | "reported" | "announced" | "added" | "wrote" => k(Said),
        "was" | "were" => k(Was),
        "had" => k(Had),
        "did" | "didn't" | "didn’t" | "wasn't" | "wasn’t" | "weren't" | "weren’t" => k(Did),
        "met" | "went" | "came" | "made" | "held" | "took" | "gave" | "left" | "won" | "lost" | "began" | "fell"
        | "rose" | "saw" | "got" | "sent" | "spoke" | "struck" | "brought" | "ran" | "sold" | "paid" | "found"
        | "led" | "kept" | "became" | "thought" | "hit" | "knew" | "felt" | "flew" | "fled" | "spent" | "stood"
        | "won’t've" | "arrived" | "killed" | "died" | "ended" | "occurred" | "happened" => k(PastVerb),
        "so" => k(So),
        "far" => k(Far),
        "’s" | "'s" => k(Possessive),
        "percent" | "pct" | "percentage" => k(Percent),
        _ => None,
    }
}

/// `third` → 3, `3rd` → 3, `twenty-first` → 21.
fn ordinal(w: &str) -> Option<u8> {
    let v = match w {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "thirtieth" => 30,
        _ => {
            if let Some((tens, ones)) = w.split_once('-') {
                let t = match tens {
                    "twenty" => 20,
                    "thirty" => 30,
                    _ => return None,
                };
                let o = match ordinal(ones)? {
                    o @ 1..=9 => o,
                    _ => return None,
                };
                return Some(t + o);
            }
            let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            let suffix = &w[digits.len()..];
            if !all_digits(digits) || digits.len() > 2 {
                return None;
            }
            let v: u8 = digits.parse().ok()?;
            let ok = match suffix {
                "st" => v % 10 == 1 && v % 100 != 11,
                "nd" => v % 10 == 2 && v % 100 != 12,
                "rd" => v % 10 == 3 && v % 100 != 13,
                "th" => !(v % 10 == 1 && v % 100 != 11 || v % 10 == 2 && v % 100 != 12 || v % 10 == 3 && v % 100 != 13),
                _ => false,
            };
            return (ok && v > 0).then_some(v);
        }
    };
    Some(v)
}

fn unit_word(w: &str) -> Option<(Unit, bool)> {
    match simple_word(w)? {
        Lx::Unit(u, pl) => Some((u, pl)),
        _ => None,
    }
}

fn count_word(w: &str) -> Option<u32> {
    if all_digits(w) && w.len() <= 4 {
        return w.parse().ok();
    }
    match simple_word(w)? {
        Lx::NumWord(n) => Some(n),
        Lx::Kw(Kw::A) | Lx::Kw(Kw::An) => Some(1),
        _ => spelled_compound(w),
    }
}

/// `twenty-four` → 24.
fn spelled_compound(w: &str) -> Option<u32> {
    let (t, o) = w.split_once('-')?;
    let tens = match simple_word(t)? {
        Lx::NumWord(v) if v >= 20 && v % 10 == 0 && v < 100 => v,
        _ => return None,
    };
    match simple_word(o)? {
        Lx::NumWord(v) if (1..=9).contains(&v) => Some(tens + v),
        _ => None,
    }
}

fn edge(w: &str) -> Option<Edge> {
    match w {
        "early" => Some(Edge::Early),
        "mid" => Some(Edge::Mid),
        "late" => Some(Edge::Late),
        _ => None,
    }
}

/// Hyphenated words.
fn compound(w: &str) -> Lx {
    if let Some(v) = spelled_compound(w) {
        return Lx::NumWord(v);
    }
    let mut parts = w.split('-');
    let (Some(a), Some(b)) = (parts.next(), parts.next()) else { return Lx::Other };
    let c = parts.next();
    let d = parts.next();
    // twenty-four-hour
    if let (Some(v), Some(c)) = (spelled_compound(&w[..a.len() + 1 + b.len()]), c) {
        if let (Some((u, _)), None) = (unit_word(c), d) {
            return Lx::NumUnit(v, u);
        }
    }
    if d.is_some() {
        return Lx::Other;
    }
    // N-unit, N-unit-long; not N-unit-old (ages).
    if let (Some(n), Some((u, plural))) = (count_word(a), unit_word(b)) {
        if !plural && (c.is_none() || c == Some("long")) && !matches!(a, "a" | "an") {
            return Lx::NumUnit(n, u);
        }
        return Lx::Other;
    }
    match (a, b, c) {
        ("day" | "week" | "month" | "year" | "hour", "long", None) => {
            return unit_word(a).map_or(Lx::Other, |(u, _)| Lx::NumUnit(1, u));
        }
        ("days" | "weeks" | "months" | "years" | "decades" | "hours", "long", None) => {
            return unit_word(a).map_or(Lx::Other, |(u, _)| Lx::NumUnit(0, u));
        }
        ("year", "earlier" | "before", None) => return Lx::Kw(Kw::Year2),
        ("year", "ago", None) => return Lx::Kw(Kw::YearAgo),
        ("year", "end", None) => return Lx::Kw(Kw::YearEnd),
        ("half", "hour", None) => return Lx::NumUnit(30, Unit::Minute),
        ("half", "year", None) => return Lx::NumUnit(6, Unit::Month),
        ("multi", "year", None) => return Lx::NumUnit(0, Unit::Year),
        ("new", "year's" | "year’s" | "years", None) => return Lx::Kw(Kw::NewYear),
        _ => {}
    }
    if c.is_some() {
        return Lx::Other;
    }
    // third-quarter, first-half
    if let Some(n) = ordinal(a) {
        match b {
            "quarter" if (1..=4).contains(&n) => return Lx::OrdPeriod(n, Unit::Quarter),
            "half" if (1..=2).contains(&n) => return Lx::OrdPeriod(n, Unit::Half),
            _ => {}
        }
    }
    if let Some(e) = edge(a) {
        if let Some(m) = month_from_name(b) {
            return Lx::EdgeMonth(e, m);
        }
        if b.len() == 4 && all_digits(b) {
            if let Ok(y) = b.parse::<i32>() {
                return Lx::EdgeYear(e, y);
            }
        }
        if let Some(d) = decade_suffix(b) {
            return Lx::EdgeDecade(e, d);
        }
        if let Some(Lx::Part(p, false)) = simple_word(b) {
            return Lx::EdgePart(p);
        }
    }
    Lx::Other
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> Lx {
        word(s)
    }

    #[test]
    fn words() {
        assert_eq!(c("February"), Lx::Month(2, true));
        assert_eq!(c("may"), Lx::Month(5, false));
        assert_eq!(c("Thursday"), Lx::Weekday(4, false));
        assert_eq!(c("Mondays"), Lx::Weekday(1, true));
        assert_eq!(c("third-quarter"), Lx::OrdPeriod(3, Unit::Quarter));
        assert_eq!(c("two-year"), Lx::NumUnit(2, Unit::Year));
        assert_eq!(c("16-hour"), Lx::NumUnit(16, Unit::Hour));
        assert_eq!(c("6-year-old"), Lx::Other);
        assert_eq!(c("twenty-four"), Lx::NumWord(24));
        assert_eq!(c("twenty-first"), Lx::Ord(21));
        assert_eq!(c("21st"), Lx::Ord(21));
        assert_eq!(c("11st"), Lx::Other);
        assert_eq!(c("mid-March"), Lx::EdgeMonth(Edge::Mid, 3));
        assert_eq!(c("mid-1990s"), Lx::EdgeDecade(Edge::Mid, 199));
        assert_eq!(c("1990s"), Lx::Decade(199));
        assert_eq!(c("’90s"), Lx::Decade(199));
        assert_eq!(c("Q3"), Lx::QuarterName(3));
        assert_eq!(c("FY2025"), Lx::FiscalYear(2025));
        assert_eq!(c("year-earlier"), Lx::Kw(Kw::Year2));
        assert_eq!(number("2025-02-13"), Lx::FullDate(Date::new(2025, 2, 13).unwrap()));
        assert_eq!(number("2/13/2025"), Lx::FullDate(Date::new(2025, 2, 13).unwrap()));
        assert_eq!(number("3:30"), Lx::Clock(3, 30));
        assert_eq!(number("12-14"), Lx::Range(12, 2, 14, 2));
        assert_eq!(number("2,000"), Lx::Other);
        assert_eq!(number("1998"), Lx::Num(1998, 4));
    }
}
