//! The date lexicon: one [`Lx`] class per token, computed once per text.
//!
//! Classification lowercases ASCII words into a stack buffer and matches them
//! against fixed word lists, so it allocates nothing. Hyphenated tokens
//! (`third-quarter`, `two-year`, `mid-March`, `year-earlier`) are split here
//! into the few compound classes the matcher understands.

use crate::calendar::Date;
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
    /// A word of schedules: `begins`, `opens`, `expires`, `payable`.
    Schedule,
    Said,
    Was,
    Had,
    Did,
    PastVerb,
    Possessive,
    /// A noun counted by a number: `people`, `shares`, `miles`.
    Measure,
    /// A word before a number that is a label: `page`, `section`, `flight`.
    Label,
    /// An adjective between a count and a unit: `trading` in `eight trading days`.
    CountAdj,
    /// `million`, `dollars`.
    Money,
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
            "-" | "–" | "—" | "--" | "‐" | "‑" => Lx::Kw(Kw::Dash),
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
    // `’s`, `’90s`, `'90s`: the only words that start with an apostrophe.
    if matches!(s.as_bytes().first(), Some(b'\'' | 0xE2)) {
        if matches!(s, "’s" | "'s" | "’S" | "'S") {
            return Lx::Kw(Kw::Possessive);
        }
        if let Some(rest) = s.strip_prefix('’').or_else(|| s.strip_prefix('\'')) {
            return decade_suffix(rest).map_or(Lx::Other, Lx::Decade);
        }
    }
    // Lowercase, hash and look up in one pass; most words stop here.
    let b = s.as_bytes();
    if b.len() > buf.len() {
        return Lx::Other;
    }
    let mut h = FNV_OFFSET;
    let mut plain = true;
    for (dst, &c) in buf.iter_mut().zip(b) {
        if c >= 0x80 {
            return Lx::Other;
        }
        let l = LOWER[c as usize];
        *dst = l;
        h = (h ^ l as u64).wrapping_mul(FNV_PRIME);
        plain &= l.is_ascii_lowercase();
    }
    let Some(w) = buf.get(..b.len()) else { return Lx::Other };
    let capital = b.first().is_some_and(u8::is_ascii_uppercase);
    if let Some(lx) = lookup(w, h) {
        return match lx {
            Lx::Month(m, _) => {
                // `may` and `march` are words first; others are months in any case.
                let ambiguous = matches!(w, b"may" | b"march" | b"mar" | b"jan");
                Lx::Month(m, capital || !ambiguous)
            }
            Lx::Weekday(_, false) if w.len() <= 3 && !capital => Lx::Other,
            other => other,
        };
    }
    if plain {
        return Lx::Other;
    }
    // Only words with digits or hyphens go further (`3rd`, `1990s`, `Q3`,
    // `third-quarter`); `U.S.` and `don't` stop here.
    if !w.iter().any(|c| c.is_ascii_digit() || *c == b'-') {
        return Lx::Other;
    }
    let Ok(w) = std::str::from_utf8(w) else { return Lx::Other };
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

/// Month number of a lowercase month name or abbreviation.
fn month_of(w: &str) -> Option<u8> {
    Some(match w {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sept" | "sep" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
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

/// Lowercase words with a fixed class, sorted by bytes for binary search.
const WORDS: &[(&str, Lx)] = &[
    ("'ll", Lx::Kw(Kw::Will)),
    ("'s", Lx::Kw(Kw::Possessive)),
    ("a", Lx::Kw(Kw::A)),
    ("a.m", Lx::Kw(Kw::Am)),
    ("a.m.", Lx::Kw(Kw::Am)),
    ("about", Lx::Kw(Kw::About)),
    ("above", Lx::Kw(Kw::Label)),
    ("acquisitions", Lx::Kw(Kw::Measure)),
    ("acres", Lx::Kw(Kw::Measure)),
    ("added", Lx::Kw(Kw::Said)),
    ("additional", Lx::Kw(Kw::CountAdj)),
    ("after", Lx::Kw(Kw::After)),
    ("afternoon", Lx::Part(Part::Afternoon, false)),
    ("afternoons", Lx::Part(Part::Afternoon, true)),
    ("ago", Lx::Kw(Kw::Ago)),
    ("ahead", Lx::Kw(Kw::Ahead)),
    ("aims", Lx::Kw(Kw::Plan)),
    ("aircraft", Lx::Kw(Kw::Measure)),
    ("almost", Lx::Kw(Kw::Almost)),
    ("am", Lx::Kw(Kw::Am)),
    ("an", Lx::Kw(Kw::An)),
    ("and", Lx::Kw(Kw::And)),
    ("announced", Lx::Kw(Kw::Said)),
    ("annually", Lx::Kw(Kw::Annually)),
    ("apartment", Lx::Kw(Kw::Label)),
    ("approximately", Lx::Kw(Kw::Approximately)),
    ("apr", Lx::Month(4, true)),
    ("april", Lx::Month(4, true)),
    ("apt", Lx::Kw(Kw::Label)),
    ("around", Lx::Kw(Kw::Around)),
    ("arrived", Lx::Kw(Kw::PastVerb)),
    ("article", Lx::Kw(Kw::Label)),
    ("at", Lx::Kw(Kw::At)),
    ("aug", Lx::Month(8, true)),
    ("august", Lx::Month(8, true)),
    ("autumn", Lx::Season(2, false)),
    ("autumns", Lx::Season(2, true)),
    ("banks", Lx::Kw(Kw::Measure)),
    ("barrels", Lx::Kw(Kw::Measure)),
    ("became", Lx::Kw(Kw::PastVerb)),
    ("beds", Lx::Kw(Kw::Measure)),
    ("before", Lx::Kw(Kw::Before)),
    ("began", Lx::Kw(Kw::PastVerb)),
    ("beginning", Lx::Kw(Kw::Beginning)),
    ("begins", Lx::Kw(Kw::Schedule)),
    ("below", Lx::Kw(Kw::Label)),
    ("between", Lx::Kw(Kw::Between)),
    ("bill", Lx::Kw(Kw::Label)),
    ("billion", Lx::Kw(Kw::Money)),
    ("bottles", Lx::Kw(Kw::Measure)),
    ("box", Lx::Kw(Kw::Label)),
    ("bpd", Lx::Kw(Kw::Measure)),
    ("brought", Lx::Kw(Kw::PastVerb)),
    ("bst", Lx::Kw(Kw::Zone)),
    ("business", Lx::Kw(Kw::CountAdj)),
    ("by", Lx::Kw(Kw::By)),
    ("calendar", Lx::Kw(Kw::CountAdj)),
    ("calories", Lx::Kw(Kw::Measure)),
    ("came", Lx::Kw(Kw::PastVerb)),
    ("cars", Lx::Kw(Kw::Measure)),
    ("case", Lx::Kw(Kw::Label)),
    ("cases", Lx::Kw(Kw::Measure)),
    ("cc", Lx::Kw(Kw::Measure)),
    ("cdt", Lx::Kw(Kw::Zone)),
    ("cents", Lx::Kw(Kw::Money)),
    ("centuries", Lx::Unit(Unit::Century, true)),
    ("century", Lx::Unit(Unit::Century, false)),
    ("cest", Lx::Kw(Kw::Zone)),
    ("cet", Lx::Kw(Kw::Zone)),
    ("channel", Lx::Kw(Kw::Label)),
    ("chapter", Lx::Kw(Kw::Label)),
    ("children", Lx::Kw(Kw::Measure)),
    ("christmas", Lx::Kw(Kw::Christmas)),
    ("code", Lx::Kw(Kw::Label)),
    ("coming", Lx::Kw(Kw::Coming)),
    ("companies", Lx::Kw(Kw::Measure)),
    ("comparable", Lx::Kw(Kw::Comparable)),
    ("consecutive", Lx::Kw(Kw::CountAdj)),
    ("convenes", Lx::Kw(Kw::Schedule)),
    ("copies", Lx::Kw(Kw::Measure)),
    ("corresponding", Lx::Kw(Kw::Corresponding)),
    ("could", Lx::Kw(Kw::Would)),
    ("couple", Lx::Kw(Kw::Couple)),
    ("cst", Lx::Kw(Kw::Zone)),
    ("cubic", Lx::Kw(Kw::Measure)),
    ("current", Lx::Kw(Kw::Current)),
    ("currently", Lx::Kw(Kw::Currently)),
    ("customers", Lx::Kw(Kw::Measure)),
    ("daily", Lx::Kw(Kw::Daily)),
    ("dax", Lx::Kw(Kw::Label)),
    ("day", Lx::Unit(Unit::Day, false)),
    ("days", Lx::Unit(Unit::Day, true)),
    ("dead", Lx::Kw(Kw::Measure)),
    ("deaths", Lx::Kw(Kw::Measure)),
    ("dec", Lx::Month(12, true)),
    ("decade", Lx::Unit(Unit::Decade, false)),
    ("decades", Lx::Unit(Unit::Decade, true)),
    ("december", Lx::Month(12, true)),
    ("degrees", Lx::Kw(Kw::Measure)),
    ("delegates", Lx::Kw(Kw::Measure)),
    ("did", Lx::Kw(Kw::Did)),
    ("didn't", Lx::Kw(Kw::Did)),
    ("didn’t", Lx::Kw(Kw::Did)),
    ("died", Lx::Kw(Kw::PastVerb)),
    ("distant", Lx::Kw(Kw::Distant)),
    ("dollars", Lx::Kw(Kw::Money)),
    ("dow", Lx::Kw(Kw::Label)),
    ("dozen", Lx::NumWord(12)),
    ("due", Lx::Kw(Kw::Due)),
    ("during", Lx::Kw(Kw::During)),
    ("each", Lx::Kw(Kw::Each)),
    ("earlier", Lx::Kw(Kw::Earlier)),
    ("early", Lx::Kw(Kw::Early)),
    ("easter", Lx::Kw(Kw::Easter)),
    ("edt", Lx::Kw(Kw::Zone)),
    ("eight", Lx::NumWord(8)),
    ("eighteen", Lx::NumWord(18)),
    ("eighteenth", Lx::Ord(18)),
    ("eighth", Lx::Ord(8)),
    ("eighty", Lx::NumWord(80)),
    ("election", Lx::Kw(Kw::Election)),
    ("eleven", Lx::NumWord(11)),
    ("eleventh", Lx::Ord(11)),
    ("employees", Lx::Kw(Kw::Measure)),
    ("end", Lx::Kw(Kw::End)),
    ("ended", Lx::Kw(Kw::PastVerb)),
    ("ensuing", Lx::Kw(Kw::Following)),
    ("est", Lx::Kw(Kw::Zone)),
    ("et", Lx::Kw(Kw::Zone)),
    ("euros", Lx::Kw(Kw::Measure)),
    ("eve", Lx::Kw(Kw::Eve)),
    ("evening", Lx::Part(Part::Evening, false)),
    ("evenings", Lx::Part(Part::Evening, true)),
    ("every", Lx::Kw(Kw::Every)),
    ("exhibit", Lx::Kw(Kw::Label)),
    ("expect", Lx::Kw(Kw::Expected)),
    ("expected", Lx::Kw(Kw::Expected)),
    ("expects", Lx::Kw(Kw::Expected)),
    ("expires", Lx::Kw(Kw::Schedule)),
    ("extra", Lx::Kw(Kw::CountAdj)),
    ("fall", Lx::Season(2, false)),
    ("families", Lx::Kw(Kw::Measure)),
    ("far", Lx::Kw(Kw::Far)),
    ("fax", Lx::Kw(Kw::Label)),
    ("feb", Lx::Month(2, true)),
    ("february", Lx::Month(2, true)),
    ("feet", Lx::Kw(Kw::Measure)),
    ("fell", Lx::Kw(Kw::PastVerb)),
    ("felt", Lx::Kw(Kw::PastVerb)),
    ("few", Lx::Kw(Kw::Few)),
    ("fewer", Lx::Kw(Kw::Fewer)),
    ("fifteen", Lx::NumWord(15)),
    ("fifteenth", Lx::Ord(15)),
    ("fifth", Lx::Ord(5)),
    ("fifty", Lx::NumWord(50)),
    ("figure", Lx::Kw(Kw::Label)),
    ("file", Lx::Kw(Kw::Label)),
    ("firms", Lx::Kw(Kw::Measure)),
    ("first", Lx::Ord(1)),
    ("fiscal", Lx::Kw(Kw::Fiscal)),
    ("five", Lx::NumWord(5)),
    ("fled", Lx::Kw(Kw::PastVerb)),
    ("flew", Lx::Kw(Kw::PastVerb)),
    ("flight", Lx::Kw(Kw::Label)),
    ("flights", Lx::Kw(Kw::Measure)),
    ("following", Lx::Kw(Kw::Following)),
    ("foot", Lx::Kw(Kw::Measure)),
    ("for", Lx::Kw(Kw::For)),
    ("foreseeable", Lx::Kw(Kw::Foreseeable)),
    ("form", Lx::Kw(Kw::Label)),
    ("fortnight", Lx::Unit(Unit::Fortnight, false)),
    ("fortnights", Lx::Unit(Unit::Fortnight, true)),
    ("forty", Lx::NumWord(40)),
    ("found", Lx::Kw(Kw::PastVerb)),
    ("four", Lx::NumWord(4)),
    ("fourteen", Lx::NumWord(14)),
    ("fourteenth", Lx::Ord(14)),
    ("fourth", Lx::Ord(4)),
    ("fri", Lx::Weekday(5, false)),
    ("friday", Lx::Weekday(5, false)),
    ("fridays", Lx::Weekday(5, true)),
    ("from", Lx::Kw(Kw::From)),
    ("ft", Lx::Kw(Kw::Measure)),
    ("ftse", Lx::Kw(Kw::Label)),
    ("full", Lx::Kw(Kw::Full)),
    ("future", Lx::Kw(Kw::Future)),
    ("gallons", Lx::Kw(Kw::Measure)),
    ("gate", Lx::Kw(Kw::Label)),
    ("gave", Lx::Kw(Kw::PastVerb)),
    ("gmt", Lx::Kw(Kw::Zone)),
    ("going", Lx::Kw(Kw::Going)),
    ("got", Lx::Kw(Kw::PastVerb)),
    ("grade", Lx::Kw(Kw::Label)),
    ("guests", Lx::Kw(Kw::Measure)),
    ("gw", Lx::Kw(Kw::Measure)),
    ("had", Lx::Kw(Kw::Had)),
    ("half", Lx::Kw(Kw::Half)),
    ("halloween", Lx::Kw(Kw::Halloween)),
    ("happened", Lx::Kw(Kw::PastVerb)),
    ("hectares", Lx::Kw(Kw::Measure)),
    ("held", Lx::Kw(Kw::PastVerb)),
    ("hence", Lx::Kw(Kw::Hence)),
    ("her", Lx::Kw(Kw::Its)),
    ("highway", Lx::Kw(Kw::Label)),
    ("his", Lx::Kw(Kw::Its)),
    ("hit", Lx::Kw(Kw::PastVerb)),
    ("homes", Lx::Kw(Kw::Measure)),
    ("hopes", Lx::Kw(Kw::Plan)),
    ("hour", Lx::Unit(Unit::Hour, false)),
    ("hourly", Lx::Kw(Kw::Hourly)),
    ("hours", Lx::Unit(Unit::Hour, true)),
    ("houses", Lx::Kw(Kw::Measure)),
    ("hp", Lx::Kw(Kw::Measure)),
    ("hr", Lx::Unit(Unit::Hour, false)),
    ("hrs", Lx::Unit(Unit::Hour, true)),
    ("hundred", Lx::NumWord(100)),
    ("in", Lx::Kw(Kw::In)),
    ("independence", Lx::Kw(Kw::Independence)),
    ("index", Lx::Kw(Kw::Label)),
    ("intends", Lx::Kw(Kw::Plan)),
    ("interstate", Lx::Kw(Kw::Label)),
    ("issue", Lx::Kw(Kw::Label)),
    ("item", Lx::Kw(Kw::Label)),
    ("items", Lx::Kw(Kw::Measure)),
    ("its", Lx::Kw(Kw::Its)),
    ("jan", Lx::Month(1, true)),
    ("january", Lx::Month(1, true)),
    ("jobs", Lx::Kw(Kw::Measure)),
    ("jul", Lx::Month(7, true)),
    ("july", Lx::Month(7, true)),
    ("jun", Lx::Month(6, true)),
    ("june", Lx::Month(6, true)),
    ("just", Lx::Kw(Kw::Just)),
    ("kept", Lx::Kw(Kw::PastVerb)),
    ("kg", Lx::Kw(Kw::Measure)),
    ("killed", Lx::Kw(Kw::PastVerb)),
    ("kilograms", Lx::Kw(Kw::Measure)),
    ("kilometers", Lx::Kw(Kw::Measure)),
    ("kilometres", Lx::Kw(Kw::Measure)),
    ("km", Lx::Kw(Kw::Measure)),
    ("knew", Lx::Kw(Kw::PastVerb)),
    ("kw", Lx::Kw(Kw::Measure)),
    ("labor", Lx::Kw(Kw::Labor)),
    ("labour", Lx::Kw(Kw::Labor)),
    ("last", Lx::Kw(Kw::Last)),
    ("late", Lx::Kw(Kw::Late)),
    ("lately", Lx::Kw(Kw::Lately)),
    ("later", Lx::Kw(Kw::Later)),
    ("latest", Lx::Kw(Kw::Latest)),
    ("lbs", Lx::Kw(Kw::Measure)),
    ("least", Lx::Kw(Kw::Least)),
    ("led", Lx::Kw(Kw::PastVerb)),
    ("left", Lx::Kw(Kw::PastVerb)),
    ("less", Lx::Kw(Kw::Less)),
    ("level", Lx::Kw(Kw::Label)),
    ("liters", Lx::Kw(Kw::Measure)),
    ("litres", Lx::Kw(Kw::Measure)),
    ("local", Lx::Kw(Kw::Local)),
    ("locations", Lx::Kw(Kw::Measure)),
    ("long", Lx::Kw(Kw::Long)),
    ("lost", Lx::Kw(Kw::PastVerb)),
    ("lot", Lx::Kw(Kw::Label)),
    ("m", Lx::Kw(Kw::Measure)),
    ("made", Lx::Kw(Kw::PastVerb)),
    ("many", Lx::Kw(Kw::Many)),
    ("mar", Lx::Month(3, true)),
    ("march", Lx::Month(3, true)),
    ("may", Lx::Month(5, true)),
    ("mdt", Lx::Kw(Kw::Zone)),
    ("medium", Lx::Kw(Kw::Medium)),
    ("megawatts", Lx::Kw(Kw::Measure)),
    ("members", Lx::Kw(Kw::Measure)),
    ("memorial", Lx::Kw(Kw::Memorial)),
    ("men", Lx::Kw(Kw::Measure)),
    ("met", Lx::Kw(Kw::PastVerb)),
    ("meters", Lx::Kw(Kw::Measure)),
    ("metres", Lx::Kw(Kw::Measure)),
    ("mid", Lx::Kw(Kw::Mid)),
    ("mid-day", Lx::Part(Part::Midday, false)),
    ("midday", Lx::Part(Part::Midday, false)),
    ("middle", Lx::Kw(Kw::Middle)),
    ("midnight", Lx::Part(Part::Midnight, false)),
    ("might", Lx::Kw(Kw::Would)),
    ("mile", Lx::Kw(Kw::Label)),
    ("miles", Lx::Kw(Kw::Measure)),
    ("million", Lx::Kw(Kw::Money)),
    ("min", Lx::Unit(Unit::Minute, false)),
    ("mins", Lx::Unit(Unit::Minute, true)),
    ("minute", Lx::Unit(Unit::Minute, false)),
    ("minutes", Lx::Unit(Unit::Minute, true)),
    ("missiles", Lx::Kw(Kw::Measure)),
    ("mm", Lx::Kw(Kw::Label)),
    ("model", Lx::Kw(Kw::Label)),
    ("mon", Lx::Weekday(1, false)),
    ("monday", Lx::Weekday(1, false)),
    ("mondays", Lx::Weekday(1, true)),
    ("month", Lx::Unit(Unit::Month, false)),
    ("monthly", Lx::Kw(Kw::Monthly)),
    ("months", Lx::Unit(Unit::Month, true)),
    ("more", Lx::Kw(Kw::More)),
    ("morning", Lx::Part(Part::Morning, false)),
    ("mornings", Lx::Part(Part::Morning, true)),
    ("most", Lx::Kw(Kw::Latest)),
    ("mph", Lx::Kw(Kw::Measure)),
    ("mst", Lx::Kw(Kw::Zone)),
    ("mw", Lx::Kw(Kw::Measure)),
    ("my", Lx::Kw(Kw::Its)),
    ("nasdaq", Lx::Kw(Kw::Label)),
    ("near", Lx::Kw(Kw::Near)),
    ("nearly", Lx::Kw(Kw::Nearly)),
    ("new", Lx::Kw(Kw::New)),
    ("next", Lx::Kw(Kw::Next)),
    ("night", Lx::Part(Part::Night, false)),
    ("nightly", Lx::Kw(Kw::Nightly)),
    ("nights", Lx::Part(Part::Night, true)),
    ("nikkei", Lx::Kw(Kw::Label)),
    ("nine", Lx::NumWord(9)),
    ("nineteen", Lx::NumWord(19)),
    ("nineteenth", Lx::Ord(19)),
    ("ninety", Lx::NumWord(90)),
    ("ninth", Lx::Ord(9)),
    ("no", Lx::Kw(Kw::No)),
    ("noon", Lx::Part(Part::Noon, false)),
    ("nos", Lx::Kw(Kw::Label)),
    ("nov", Lx::Month(11, true)),
    ("november", Lx::Month(11, true)),
    ("now", Lx::Kw(Kw::Now)),
    ("nowadays", Lx::Kw(Kw::Nowadays)),
    ("number", Lx::Kw(Kw::Label)),
    ("occurred", Lx::Kw(Kw::PastVerb)),
    ("oct", Lx::Month(10, true)),
    ("october", Lx::Month(10, true)),
    ("of", Lx::Kw(Kw::Of)),
    ("officers", Lx::Kw(Kw::Measure)),
    ("on", Lx::Kw(Kw::On)),
    ("once", Lx::Kw(Kw::Once)),
    ("one", Lx::NumWord(1)),
    ("only", Lx::Kw(Kw::Only)),
    ("opens", Lx::Kw(Kw::Schedule)),
    ("or", Lx::Kw(Kw::Or)),
    ("other", Lx::Kw(Kw::Other)),
    ("our", Lx::Kw(Kw::Its)),
    ("over", Lx::Kw(Kw::Over)),
    ("overnight", Lx::Kw(Kw::Overnight)),
    ("p", Lx::Kw(Kw::Label)),
    ("p.m", Lx::Kw(Kw::Pm)),
    ("p.m.", Lx::Kw(Kw::Pm)),
    ("page", Lx::Kw(Kw::Label)),
    ("pages", Lx::Kw(Kw::Label)),
    ("paid", Lx::Kw(Kw::PastVerb)),
    ("par", Lx::Kw(Kw::Label)),
    ("passengers", Lx::Kw(Kw::Measure)),
    ("past", Lx::Kw(Kw::Past)),
    ("patients", Lx::Kw(Kw::Measure)),
    ("payable", Lx::Kw(Kw::Schedule)),
    ("pct", Lx::Kw(Kw::Percent)),
    ("pdt", Lx::Kw(Kw::Zone)),
    ("people", Lx::Kw(Kw::Measure)),
    ("per", Lx::Kw(Kw::Per)),
    ("percent", Lx::Kw(Kw::Percent)),
    ("percentage", Lx::Kw(Kw::Percent)),
    ("period", Lx::Kw(Kw::Period)),
    ("periods", Lx::Kw(Kw::Period)),
    ("persons", Lx::Kw(Kw::Measure)),
    ("phone", Lx::Kw(Kw::Label)),
    ("plan", Lx::Kw(Kw::Plan)),
    ("planes", Lx::Kw(Kw::Measure)),
    ("planning", Lx::Kw(Kw::Plan)),
    ("plans", Lx::Kw(Kw::Plan)),
    ("plants", Lx::Kw(Kw::Measure)),
    ("platform", Lx::Kw(Kw::Label)),
    ("pm", Lx::Kw(Kw::Pm)),
    ("points", Lx::Kw(Kw::Measure)),
    ("police", Lx::Kw(Kw::Measure)),
    ("pounds", Lx::Kw(Kw::Measure)),
    ("pp", Lx::Kw(Kw::Label)),
    ("preceding", Lx::Kw(Kw::Previous)),
    ("present", Lx::Kw(Kw::Present)),
    ("presently", Lx::Kw(Kw::Currently)),
    ("previous", Lx::Kw(Kw::Previous)),
    ("prior", Lx::Kw(Kw::Previous)),
    ("prisoners", Lx::Kw(Kw::Measure)),
    ("pst", Lx::Kw(Kw::Zone)),
    ("pt", Lx::Kw(Kw::Zone)),
    ("quarter", Lx::Unit(Unit::Quarter, false)),
    ("quarterly", Lx::Kw(Kw::Quarterly)),
    ("quarters", Lx::Unit(Unit::Quarter, true)),
    ("ran", Lx::Kw(Kw::PastVerb)),
    ("recent", Lx::Kw(Kw::Recent)),
    ("recently", Lx::Kw(Kw::Recently)),
    ("refugees", Lx::Kw(Kw::Measure)),
    ("reopens", Lx::Kw(Kw::Schedule)),
    ("reported", Lx::Kw(Kw::Said)),
    ("residents", Lx::Kw(Kw::Measure)),
    ("resolution", Lx::Kw(Kw::Label)),
    ("resumes", Lx::Kw(Kw::Schedule)),
    ("right", Lx::Kw(Kw::Right)),
    ("room", Lx::Kw(Kw::Label)),
    ("rooms", Lx::Kw(Kw::Measure)),
    ("rose", Lx::Kw(Kw::PastVerb)),
    ("roughly", Lx::Kw(Kw::Roughly)),
    ("rounds", Lx::Kw(Kw::Measure)),
    ("route", Lx::Kw(Kw::Label)),
    ("row", Lx::Kw(Kw::Label)),
    ("rule", Lx::Kw(Kw::Label)),
    ("rupees", Lx::Kw(Kw::Measure)),
    ("s&p", Lx::Kw(Kw::Label)),
    ("said", Lx::Kw(Kw::Said)),
    ("same", Lx::Kw(Kw::Same)),
    ("sat", Lx::Weekday(6, false)),
    ("saturday", Lx::Weekday(6, false)),
    ("saturdays", Lx::Weekday(6, true)),
    ("saw", Lx::Kw(Kw::PastVerb)),
    ("scheduled", Lx::Kw(Kw::Scheduled)),
    ("seat", Lx::Kw(Kw::Label)),
    ("seats", Lx::Kw(Kw::Measure)),
    ("second", Lx::Ord(2)),
    ("seconds", Lx::Unit(Unit::Second, true)),
    ("secs", Lx::Unit(Unit::Second, true)),
    ("section", Lx::Kw(Kw::Label)),
    ("sent", Lx::Kw(Kw::PastVerb)),
    ("sep", Lx::Month(9, true)),
    ("sept", Lx::Month(9, true)),
    ("september", Lx::Month(9, true)),
    ("set", Lx::Kw(Kw::Set)),
    ("seven", Lx::NumWord(7)),
    ("seventeen", Lx::NumWord(17)),
    ("seventeenth", Lx::Ord(17)),
    ("seventh", Lx::Ord(7)),
    ("seventy", Lx::NumWord(70)),
    ("several", Lx::Kw(Kw::Several)),
    ("shall", Lx::Kw(Kw::Shall)),
    ("shares", Lx::Kw(Kw::Measure)),
    ("ships", Lx::Kw(Kw::Measure)),
    ("short", Lx::Kw(Kw::Short)),
    ("signatures", Lx::Kw(Kw::Measure)),
    ("since", Lx::Kw(Kw::Since)),
    ("six", Lx::NumWord(6)),
    ("sixteen", Lx::NumWord(16)),
    ("sixteenth", Lx::Ord(16)),
    ("sixth", Lx::Ord(6)),
    ("sixty", Lx::NumWord(60)),
    ("slated", Lx::Kw(Kw::Scheduled)),
    ("so", Lx::Kw(Kw::So)),
    ("sold", Lx::Kw(Kw::PastVerb)),
    ("soldiers", Lx::Kw(Kw::Measure)),
    ("some", Lx::Kw(Kw::SomeWord)),
    ("soon", Lx::Kw(Kw::Soon)),
    ("spent", Lx::Kw(Kw::PastVerb)),
    ("spoke", Lx::Kw(Kw::PastVerb)),
    ("spring", Lx::Season(0, false)),
    ("springs", Lx::Season(0, true)),
    ("springtime", Lx::Season(0, false)),
    ("square", Lx::Kw(Kw::Measure)),
    ("start", Lx::Kw(Kw::Start)),
    ("starts", Lx::Kw(Kw::Schedule)),
    ("stood", Lx::Kw(Kw::PastVerb)),
    ("stores", Lx::Kw(Kw::Measure)),
    ("straight", Lx::Kw(Kw::CountAdj)),
    ("struck", Lx::Kw(Kw::PastVerb)),
    ("students", Lx::Kw(Kw::Measure)),
    ("succeeding", Lx::Kw(Kw::Following)),
    ("suite", Lx::Kw(Kw::Label)),
    ("summer", Lx::Season(1, false)),
    ("summers", Lx::Season(1, true)),
    ("summertime", Lx::Season(1, false)),
    ("sun", Lx::Weekday(7, false)),
    ("sunday", Lx::Weekday(7, false)),
    ("sundays", Lx::Weekday(7, true)),
    ("table", Lx::Kw(Kw::Label)),
    ("tanks", Lx::Kw(Kw::Measure)),
    ("tel", Lx::Kw(Kw::Label)),
    ("ten", Lx::NumWord(10)),
    ("tenth", Lx::Ord(10)),
    ("term", Lx::Kw(Kw::Term)),
    ("than", Lx::Kw(Kw::Than)),
    ("thanksgiving", Lx::Kw(Kw::Thanksgiving)),
    ("that", Lx::Kw(Kw::That)),
    ("the", Lx::Kw(Kw::The)),
    ("their", Lx::Kw(Kw::Its)),
    ("then", Lx::Kw(Kw::Then)),
    ("these", Lx::Kw(Kw::These)),
    ("third", Lx::Ord(3)),
    ("thirteen", Lx::NumWord(13)),
    ("thirteenth", Lx::Ord(13)),
    ("thirtieth", Lx::Ord(30)),
    ("thirty", Lx::NumWord(30)),
    ("this", Lx::Kw(Kw::This)),
    ("thought", Lx::Kw(Kw::PastVerb)),
    ("thousand", Lx::Kw(Kw::Money)),
    ("three", Lx::NumWord(3)),
    ("through", Lx::Kw(Kw::Through)),
    ("thru", Lx::Kw(Kw::Through)),
    ("thu", Lx::Weekday(4, false)),
    ("thur", Lx::Weekday(4, false)),
    ("thurs", Lx::Weekday(4, false)),
    ("thursday", Lx::Weekday(4, false)),
    ("thursdays", Lx::Weekday(4, true)),
    ("til", Lx::Kw(Kw::Until)),
    ("till", Lx::Kw(Kw::Until)),
    ("time", Lx::Kw(Kw::Time)),
    ("times", Lx::Kw(Kw::Times)),
    ("to", Lx::Kw(Kw::To)),
    ("today", Lx::Kw(Kw::Today)),
    ("told", Lx::Kw(Kw::Said)),
    ("tomorrow", Lx::Kw(Kw::Tomorrow)),
    ("tonight", Lx::Kw(Kw::Tonight)),
    ("tonnes", Lx::Kw(Kw::Measure)),
    ("tons", Lx::Kw(Kw::Measure)),
    ("took", Lx::Kw(Kw::PastVerb)),
    ("trading", Lx::Kw(Kw::CountAdj)),
    ("trillion", Lx::Kw(Kw::Money)),
    ("troops", Lx::Kw(Kw::Measure)),
    ("tue", Lx::Weekday(2, false)),
    ("tues", Lx::Weekday(2, false)),
    ("tuesday", Lx::Weekday(2, false)),
    ("tuesdays", Lx::Weekday(2, true)),
    ("twelfth", Lx::Ord(12)),
    ("twelve", Lx::NumWord(12)),
    ("twentieth", Lx::Ord(20)),
    ("twenty", Lx::NumWord(20)),
    ("twice", Lx::Kw(Kw::Twice)),
    ("two", Lx::NumWord(2)),
    ("under", Lx::Kw(Kw::Under)),
    ("unit", Lx::Kw(Kw::Label)),
    ("units", Lx::Kw(Kw::Measure)),
    ("until", Lx::Kw(Kw::Until)),
    ("up", Lx::Kw(Kw::Up)),
    ("upcoming", Lx::Kw(Kw::Upcoming)),
    ("users", Lx::Kw(Kw::Measure)),
    ("utc", Lx::Kw(Kw::Zone)),
    ("valentine", Lx::Kw(Kw::Valentine)),
    ("vehicles", Lx::Kw(Kw::Measure)),
    ("version", Lx::Kw(Kw::Label)),
    ("victims", Lx::Kw(Kw::Measure)),
    ("visitors", Lx::Kw(Kw::Measure)),
    ("vol", Lx::Kw(Kw::Label)),
    ("volume", Lx::Kw(Kw::Label)),
    ("votes", Lx::Kw(Kw::Measure)),
    ("was", Lx::Kw(Kw::Was)),
    ("wasn't", Lx::Kw(Kw::Did)),
    ("wasn’t", Lx::Kw(Kw::Did)),
    ("weapons", Lx::Kw(Kw::Measure)),
    ("wed", Lx::Weekday(3, false)),
    ("wednesday", Lx::Weekday(3, false)),
    ("wednesdays", Lx::Weekday(3, true)),
    ("week", Lx::Unit(Unit::Week, false)),
    ("weekend", Lx::Unit(Unit::Weekend, false)),
    ("weekends", Lx::Unit(Unit::Weekend, true)),
    ("weekly", Lx::Kw(Kw::Weekly)),
    ("weeks", Lx::Unit(Unit::Week, true)),
    ("went", Lx::Kw(Kw::PastVerb)),
    ("were", Lx::Kw(Kw::Was)),
    ("weren't", Lx::Kw(Kw::Did)),
    ("weren’t", Lx::Kw(Kw::Did)),
    ("will", Lx::Kw(Kw::Will)),
    ("winter", Lx::Season(3, false)),
    ("winters", Lx::Season(3, true)),
    ("wintertime", Lx::Season(3, false)),
    ("within", Lx::Kw(Kw::Within)),
    ("wo", Lx::Kw(Kw::Will)),
    ("women", Lx::Kw(Kw::Measure)),
    ("won", Lx::Kw(Kw::PastVerb)),
    ("won't", Lx::Kw(Kw::Will)),
    ("won’t", Lx::Kw(Kw::Will)),
    ("won’t've", Lx::Kw(Kw::PastVerb)),
    ("words", Lx::Kw(Kw::Measure)),
    ("workers", Lx::Kw(Kw::Measure)),
    ("working", Lx::Kw(Kw::CountAdj)),
    ("would", Lx::Kw(Kw::Would)),
    ("wrote", Lx::Kw(Kw::Said)),
    ("xmas", Lx::Kw(Kw::Christmas)),
    ("year", Lx::Unit(Unit::Year, false)),
    ("year-ago", Lx::Kw(Kw::YearAgo)),
    ("year-before", Lx::Kw(Kw::Year2)),
    ("year-earlier", Lx::Kw(Kw::Year2)),
    ("year-end", Lx::Kw(Kw::YearEnd)),
    ("yearend", Lx::Kw(Kw::YearEnd)),
    ("yearly", Lx::Kw(Kw::Yearly)),
    ("years", Lx::Unit(Unit::Year, true)),
    ("yen", Lx::Kw(Kw::Measure)),
    ("yesterday", Lx::Kw(Kw::Yesterday)),
    ("your", Lx::Kw(Kw::Its)),
    ("yr", Lx::Unit(Unit::Year, false)),
    ("yrs", Lx::Unit(Unit::Year, true)),
    ("yuan", Lx::Kw(Kw::Measure)),
    ("’ll", Lx::Kw(Kw::Will)),
    ("’s", Lx::Kw(Kw::Possessive)),
];

/// Slots of the open-addressing table over [`WORDS`] (a power of two,
/// about seven times the number of words, so most misses stop at once).
const SLOTS: usize = 4096;

use crate::wordset::{fnv, FNV_OFFSET, FNV_PRIME, LOWER};

/// `TABLE[slot]` is one plus the index of a word in [`WORDS`], or 0.
const TABLE: [u16; SLOTS] = {
    let mut t = [0u16; SLOTS];
    let mut i = 0;
    while i < WORDS.len() {
        let mut slot = (fnv(WORDS[i].0.as_bytes()) as usize) & (SLOTS - 1);
        while t[slot] != 0 {
            slot = (slot + 1) & (SLOTS - 1);
        }
        t[slot] = (i + 1) as u16;
        i += 1;
    }
    t
};

/// The class of a lowercase word listed in [`WORDS`].
fn simple_word(w: &str) -> Option<Lx> {
    lookup(w.as_bytes(), fnv(w.as_bytes()))
}

/// The class of lowercase bytes `w` whose FNV-1a hash is `h`: one probe,
/// and one comparison when the slot is taken. (No table of the words'
/// hashes to compare first: it was 4.7 KB of the site, and the table is so
/// sparse that a taken slot is rare.)
fn lookup(w: &[u8], h: u64) -> Option<Lx> {
    let mut slot = (h as usize) & (SLOTS - 1);
    loop {
        let e = (*TABLE.get(slot)? as usize).checked_sub(1)?;
        let (k, lx) = WORDS.get(e)?;
        if k.as_bytes() == w {
            return Some(*lx);
        }
        slot = (slot + 1) & (SLOTS - 1);
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
        if let Some(m) = month_of(b) {
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
    fn word_table_finds_every_word() {
        assert!(WORDS.windows(2).all(|w| w[0].0.as_bytes() < w[1].0.as_bytes()));
        assert!(WORDS.len() < SLOTS / 4);
        for (k, lx) in WORDS {
            assert_eq!(simple_word(k), Some(*lx), "{k}");
        }
        assert_eq!(simple_word("yesterday"), Some(Lx::Kw(Kw::Yesterday)));
        assert_eq!(simple_word("zebra"), None);
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
