//! The matcher: finds temporal expressions over classified tokens.
//!
//! At each token the matcher tries the patterns that can start with that
//! token's class; each pattern is greedy and looks ahead a bounded number of
//! tokens within the sentence (nesting at most [`MAX_DEPTH`] deep), so a text
//! is scanned in linear time.
//!
//! Span conventions follow the majority usage in TimeBank: determiners and
//! modifiers that are part of the expression are inside (`the third
//! quarter`, `the past two years`, `early next year`, `nearly two years`,
//! `more than four hours`), prepositions are outside (`on` in `on Friday`),
//! and so are `about`, `almost` and `over`, which TimeBank mostly leaves out.

use super::lexicon::{Kw, Lx, Part, Unit};
use super::resolve::{Dir, Dur, Gran, Holiday, Sem, Tense, Tod};
use super::TimexKind;
use crate::span::Span;
use crate::token::{Kind, Token};

/// A matched expression.
#[derive(Clone, Debug)]
pub struct Match {
    /// Where it is.
    pub span: Span,
    /// Its first token.
    pub first: usize,
    /// One past its last token.
    pub end: usize,
    /// TIMEX3 type.
    pub kind: TimexKind,
    /// What it means.
    pub sem: Sem,
}

/// A pattern's result: tokens `start..end`, type and meaning, and for ranges
/// (`Feb. 12-14`) a second expression inside the last token.
struct P {
    start: usize,
    end: usize,
    kind: TimexKind,
    sem: Sem,
    /// The second end of a range: its span and meaning.
    also: Option<(Span, Sem, usize)>,
    /// Where the first expression's span ends when the last token is shared.
    cut: Option<usize>,
}

fn p(start: usize, end: usize, kind: TimexKind, sem: Sem) -> Option<P> {
    Some(P { start, end, kind, sem, also: None, cut: None })
}

fn date(start: usize, end: usize, sem: Sem) -> Option<P> {
    let kind = match &sem {
        Sem::Cal(_, _, t) | Sem::Deictic(_, _, t) | Sem::Anaphor(_, _, t) | Sem::Weekday(_, _, t) if t.is_some() => {
            TimexKind::Time
        }
        Sem::At(..) => TimexKind::Time,
        _ => TimexKind::Date,
    };
    p(start, end, kind, sem)
}

fn lit(s: &str) -> Sem {
    Sem::Lit(s.to_string())
}

/// How deep patterns may nest (`early` → `next` → `year`).
const MAX_DEPTH: u8 = 4;

/// The matching context for one sentence.
pub struct Cx<'a> {
    text: &'a str,
    toks: &'a [Token],
    lx: &'a [Lx],
    /// The sentence's first token.
    lo: usize,
    /// One past the sentence's last token.
    hi: usize,
}

impl<'a> Cx<'a> {
    /// A context for tokens `lo..hi` (one sentence).
    pub fn new(text: &'a str, toks: &'a [Token], lx: &'a [Lx], lo: usize, hi: usize) -> Cx<'a> {
        let hi = hi.min(toks.len()).min(lx.len());
        Cx { text, toks, lx, lo: lo.min(hi), hi }
    }

    #[inline]
    fn lx(&self, i: usize) -> Lx {
        if i >= self.lo && i < self.hi {
            self.lx[i]
        } else {
            Lx::Other
        }
    }

    #[inline]
    fn kw(&self, i: usize) -> Option<Kw> {
        match self.lx(i) {
            Lx::Kw(k) => Some(k),
            _ => None,
        }
    }

    #[inline]
    fn is(&self, i: usize, k: Kw) -> bool {
        self.kw(i) == Some(k)
    }

    /// The keyword before token `i`, within the sentence.
    fn prev(&self, i: usize) -> Option<Kw> {
        if i > self.lo {
            self.kw(i - 1)
        } else {
            None
        }
    }

    #[inline]
    fn text(&self, i: usize) -> &'a str {
        if i >= self.lo && i < self.hi {
            self.toks[i].text(self.text)
        } else {
            ""
        }
    }

    fn lower_is(&self, i: usize, words: &[&str]) -> bool {
        let t = self.text(i);
        words.iter().any(|w| t.eq_ignore_ascii_case(w))
    }

    fn cap(&self, i: usize) -> bool {
        i >= self.lo && i < self.hi && self.toks[i].is_capitalized(self.text)
    }

    fn all_caps(&self, i: usize) -> bool {
        let t = self.text(i);
        t.len() > 1 && t.bytes().all(|b| !b.is_ascii_lowercase())
    }

    /// A word inside the sentence (not its first word, not after a quote or
    /// colon) that starts with a capital: part of a name.
    fn capital_mid(&self, i: usize) -> bool {
        if !self.cap(i) || i <= self.lo || self.all_caps(i) {
            return false;
        }
        let prev = self.toks[i - 1];
        !(prev.kind == Kind::Quote
            || crate::text::is_dash(prev.text(self.text))
            || matches!(prev.text(self.text), ":" | "(" | "-" | "_" | "•"))
    }

    fn span(&self, a: usize, b: usize) -> Span {
        match (self.toks.get(a), b.checked_sub(1).and_then(|l| self.toks.get(l))) {
            (Some(x), Some(y)) if b > a => Span::new(x.span.start, y.span.end),
            _ => Span::default(),
        }
    }

    fn at_clause_end(&self, i: usize) -> bool {
        i >= self.hi || matches!(self.toks[i].kind, Kind::Punct | Kind::Quote)
    }

    /// Finds every expression of the sentence.
    pub fn scan(&self, out: &mut Vec<Match>) {
        let mut i = self.lo;
        while i < self.hi {
            if !can_start(self.lx[i]) {
                i += 1;
                continue;
            }
            match self.expr(i, 0) {
                Some(m) if m.end > i => i = self.push(m, out).max(i + 1),
                _ => i += 1,
            }
        }
    }

    /// Records a pattern's result; returns the token to go on from.
    fn push(&self, m: P, out: &mut Vec<Match>) -> usize {
        let mut span = self.span(m.start, m.end);
        if let Some(cut) = m.cut {
            span.end = cut.clamp(span.start, span.end);
        }
        let mut next = m.end;
        out.push(Match { span, first: m.start, end: m.end, kind: m.kind, sem: m.sem });
        if let Some((s, sem, tok)) = m.also {
            out.push(Match { span: s, first: tok, end: tok + 1, kind: TimexKind::Date, sem });
            next = next.max(tok + 1);
        }
        next
    }

    /// The longest expression starting at token `i`.
    fn expr(&self, i: usize, depth: u8) -> Option<P> {
        if depth > MAX_DEPTH || i >= self.hi {
            return None;
        }
        let d = depth + 1;
        let found = match self.lx(i) {
            Lx::Other => None,
            Lx::Kw(k) => self.keyword(i, k, d),
            Lx::Month(m, ok) => {
                if ok {
                    self.month(i, m)
                } else {
                    None
                }
            }
            Lx::Weekday(wd, plural) => self.weekday(i, wd, plural),
            Lx::Num(v, digits) => self.number(i, v, digits),
            Lx::NumWord(_) if self.is(i + 1, Kw::Times) => self.frequency(i, i + 2),
            Lx::NumWord(_) => self.quantity(i).or_else(|| self.spelled_year(i)),
            Lx::Ord(n) => self.ordinal(i, n, None),
            Lx::Unit(u, plural) => self.bare_unit(i, u, plural),
            Lx::Season(s, plural) => {
                if plural {
                    None
                } else {
                    self.season(i, s)
                }
            }
            Lx::Part(part, false) => match part {
                // `High Noon` is a film; `high noon` a figure of speech.
                Part::Noon | Part::Midnight | Part::Midday
                    if !(self.capital_mid(i) || i > self.lo && self.lower_is(i - 1, &["high"])) =>
                {
                    self.clock_then_day(i, i + 1, Tod::part(part).clock_or_part())
                }
                _ => None,
            },
            Lx::Part(..) => None,
            Lx::Clock(h, m) => self.clock(i, h, m),
            Lx::FullDate(dt) => date(i, i + 1, Sem::Cal(Some(dt.year), Gran::Day(dt.month, dt.day), Tod::NONE)),
            Lx::Range(a, ad, b, bd) => self.year_range(i, a, ad, b, bd),
            // `in his 30s` is an age.
            Lx::Decade(_) | Lx::EdgeDecade(..) if self.prev(i) == Some(Kw::Its) => None,
            Lx::Decade(dec) => date(i, i + 1, Sem::Decade(dec)),
            Lx::QuarterName(q) => self.named_period(i, Gran::Quarter(q)),
            Lx::HalfName(h) => self.named_period(i, Gran::Half(h)),
            Lx::FiscalYear(y) => date(i, i + 1, Sem::Cal(Some(y), Gran::Year, Tod::NONE)),
            Lx::NumUnit(n, unit) => {
                p(i, i + 1, TimexKind::Duration, Sem::Dur(Dur { n: (n > 0).then_some(n), unit, half: false }))
            }
            Lx::OrdPeriod(n, unit) => {
                let g = if unit == Unit::Half { Gran::Half(n) } else { Gran::Quarter(n) };
                date(i, i + 1, Sem::Cal(None, g, Tod::NONE))
            }
            Lx::EdgeMonth(_, m) => self.month_year_tail(i, i + 1, m),
            Lx::EdgeYear(_, y) => date(i, i + 1, Sem::Cal(Some(y), Gran::Year, Tod::NONE)),
            Lx::EdgeDecade(_, dec) => date(i, i + 1, Sem::Decade(dec)),
            Lx::EdgePart(part) => self.part_with_day(i, i + 1, part),
        };
        // A quantity can also start with a number word or an article, so the
        // longest of the two readings wins.
        found
    }

    // ---- keywords -------------------------------------------------------

    fn keyword(&self, i: usize, k: Kw, d: u8) -> Option<P> {
        use Kw::*;
        match k {
            The => self.the(i, d),
            This | That | Last | Next | Past | Coming | These => self.demonstrative(i, k),
            Early | Late | Mid => self.edge(i, d),
            Earlier | Later => self.earlier(i, d),
            // `USA Today`: a name.
            Today | Tomorrow | Yesterday | Tonight if self.capital_mid(i) => None,
            Today => self.day_word(i, 0),
            Tomorrow => self.day_word(i, 1),
            Yesterday => self.day_word(i, -1),
            Tonight => date(i, i + 1, Sem::Deictic(Unit::Day, 0, Tod::part(Part::Night))),
            Now => self.now(i),
            Currently | Nowadays => p(i, i + 1, TimexKind::Date, lit("PRESENT_REF")),
            Current => self.current(i),
            Recently | Lately => p(i, i + 1, TimexKind::Date, lit("PAST_REF")),
            Recent => self.recent(i),
            Soon => self.soon(i),
            Future if matches!(self.prev(i), Some(In)) || self.lower_is(i.wrapping_sub(1), &["into"]) => {
                p(i, i + 1, TimexKind::Date, lit("FUTURE_REF"))
            }
            Present if matches!(self.prev(i), Some(At)) => p(i, i + 1, TimexKind::Date, lit("PRESENT_REF")),
            Every | Each => self.every(i),
            Daily | Weekly | Monthly | Annually | Yearly | Hourly | Quarterly | Nightly => self.adverb_set(i, k),
            Once | Twice => self.frequency(i, i + 1),
            A | An => self.quantity(i),
            Few | Several | Many | Couple => self.quantity(i),
            SomeWord if matches!(self.lx(i + 1), Lx::Num(..) | Lx::NumWord(_)) => self.approx_expr(i, i + 1, d),
            // TimeBank keeps `nearly`, `around`, `more than`, `at least` inside
            // the expression, and `about`, `almost`, `over` outside.
            Nearly | Around => self.approx_expr(i, i + 1, d),
            More | Less | Fewer if self.is(i + 1, Than) => self.approx_expr(i, i + 2, d),
            No if self.is(i + 1, More) && self.is(i + 2, Than) => self.approx_expr(i, i + 3, d),
            At if self.is(i + 1, Least) => self.approx_expr(i, i + 2, d),
            Up if self.is(i + 1, To) => self.approx_expr(i, i + 2, d),
            Fiscal => self.fiscal(i),
            YearEnd => date(i, i + 1, Sem::Deictic(Unit::Year, 0, Tod::NONE)),
            Year2 | YearAgo => self.year_ago_adj(i, i + 1),
            Christmas | Thanksgiving | Easter | Halloween | New | NewYear | Election | Labor | Memorial | Valentine => {
                self.holiday(i, k)
            }
            _ => None,
        }
    }

    /// `about two years ago`, `more than four hours`, `around 7:15 p.m.`.
    fn approx_expr(&self, i: usize, j: usize, d: u8) -> Option<P> {
        let inner = match self.lx(j) {
            Lx::Num(..) | Lx::NumWord(_) | Lx::Kw(Kw::A) | Lx::Kw(Kw::An) | Lx::Kw(Kw::Half) => {
                self.quantity(j).or_else(|| self.expr(j, d))
            }
            Lx::Clock(..) => self.expr(j, d),
            Lx::Kw(Kw::Several) | Lx::Kw(Kw::Few) => self.quantity(j),
            Lx::Month(..) | Lx::Kw(Kw::YearEnd) | Lx::Unit(Unit::Year, false) => self.expr(j, d),
            Lx::Kw(Kw::The) => {
                // around the end of the year
                self.expr(j, d).filter(|m| m.kind != TimexKind::Duration)
            }
            _ => None,
        }?;
        if inner.start != j {
            return None;
        }
        Some(P { start: i, ..inner })
    }

    // ---- `the …` -------------------------------------------------------------

    fn the(&self, i: usize, d: u8) -> Option<P> {
        let j = i + 1;
        let found = match self.lx(j) {
            Lx::Kw(Kw::Past) => {
                if let Some(q) = self.quantity_after(j + 1, i) {
                    Some(q)
                } else if let Lx::Unit(u, false) = self.lx(j + 1) {
                    p(i, j + 2, TimexKind::Duration, Sem::Dur(Dur { n: Some(1), unit: u, half: false }))
                } else if matches!(self.lx(j + 1), Lx::Kw(Kw::Few) | Lx::Kw(Kw::Several)) {
                    self.quantity_after(j + 1, i)
                } else {
                    p(i, j + 1, TimexKind::Date, lit("PAST_REF"))
                }
            }
            Lx::Kw(Kw::Last | Kw::Next | Kw::Coming | Kw::Following | Kw::Previous) => self.the_rel(i, j),
            Lx::Kw(Kw::Future) => self.future(i, j),
            Lx::Kw(Kw::Near | Kw::Distant) if self.is(j + 1, Kw::Future) => self.future(i, j + 1),
            Lx::Kw(Kw::Present) if self.at_clause_end(j + 1) => p(i, j + 1, TimexKind::Date, lit("PRESENT_REF")),
            Lx::Kw(Kw::Same) => self.same(i, j + 1),
            Lx::Kw(Kw::Near | Kw::Short | Kw::Long) if self.is(j + 1, Kw::Term) => {
                p(i, j + 2, TimexKind::Date, lit("FUTURE_REF"))
            }
            Lx::Kw(Kw::Full) if matches!(self.lx(j + 1), Lx::Unit(Unit::Year, false)) => {
                date(i, j + 2, Sem::Deictic(Unit::Year, 0, Tod::NONE))
            }
            Lx::Unit(u, true) if self.is(j + 1, Kw::Ahead) => {
                p(i, j + 2, TimexKind::Duration, Sem::Dur(Dur { n: None, unit: u, half: false }))
            }
            Lx::Unit(u, true) if matches!(self.kw(j + 1), Some(Kw::Before | Kw::After)) => {
                p(j, j + 1, TimexKind::Duration, Sem::Dur(Dur { n: None, unit: u, half: false }))
            }
            Lx::Other
                if self.text(j).ends_with("ies")
                    && self.lower_is(
                        j,
                        &["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"],
                    ) =>
            {
                let dec = match self.text(j).to_ascii_lowercase().as_str() {
                    "twenties" => 192,
                    "thirties" => 193,
                    "forties" => 194,
                    "fifties" => 195,
                    "sixties" => 196,
                    "seventies" => 197,
                    "eighties" => 198,
                    _ => 199,
                };
                date(i, j + 1, Sem::Decade(dec))
            }
            Lx::Kw(Kw::End | Kw::Beginning | Kw::Start | Kw::Middle) if self.is(j + 1, Kw::Of) => {
                self.expr(j + 2, d).filter(|m| m.kind == TimexKind::Date).map(|m| P { start: i, ..m })
            }
            Lx::Kw(Kw::Early | Kw::Late | Kw::Mid) => self.edge(j, d).map(|m| P { start: i, ..m }),
            Lx::EdgeDecade(..) | Lx::EdgeMonth(..) | Lx::EdgeYear(..) => self.expr(j, d).map(|m| P { start: i, ..m }),
            Lx::Decade(dec) => date(i, j + 1, Sem::Decade(dec)),
            Lx::Num(v, 4) if v % 10 == 0 && self.is(j + 1, Kw::Possessive) => {
                date(i, j + 2, Sem::Decade(v as i32 / 10))
            }
            Lx::Num(v, 4) => self.the_year_period(i, j, v as i32),
            Lx::Ord(n) => self.ordinal(j, n, Some(i)),
            Lx::OrdPeriod(n, unit) => {
                let g = if unit == Unit::Half { Gran::Half(n) } else { Gran::Quarter(n) };
                // `the third-quarter loss`: `the` belongs to `loss`.
                let noun_after = matches!(self.lx(j + 1), Lx::Other)
                    && self.text(j + 1).bytes().next().is_some_and(|b| b.is_ascii_lowercase());
                date(if noun_after { j } else { i }, j + 1, Sem::Cal(None, g, Tod::NONE))
            }
            Lx::Num(..) | Lx::NumWord(_) => self.quantity_after(j, i),
            Lx::Kw(Kw::Fiscal) => self.the_fiscal(i, j + 1, None),
            Lx::Kw(Kw::Current) => self.the_current(i, j + 1),
            Lx::Kw(Kw::Latest) => self.the_latest(i, j + 1),
            Lx::Kw(Kw::Year2 | Kw::YearAgo) => self.year_ago_adj(i, j + 1),
            Lx::Kw(Kw::Corresponding | Kw::Comparable) => match self.lx(j + 1) {
                Lx::Kw(Kw::Year2 | Kw::YearAgo) => self.year_ago_adj(i, j + 2),
                _ => None,
            },
            Lx::Unit(u, false) => self.the_unit(i, j, u),
            Lx::Season(s, false) => {
                if self.is(j + 1, Kw::Of) {
                    if let Some(y) = self.year_at(j + 2) {
                        return date(i, j + 3, Sem::Cal(Some(y), Gran::Season(s), Tod::NONE));
                    }
                }
                date(i, j + 1, Sem::Cal(None, Gran::Season(s), Tod::NONE))
            }
            Lx::Part(part, false)
                if matches!(part, Part::Morning | Part::Afternoon | Part::Evening | Part::Night)
                    && matches!(self.prev(i), Some(Kw::In | Kw::During)) =>
            {
                date(i, j + 1, Sem::Anaphor(Unit::Day, 0, Tod::part(part)))
            }
            _ => None,
        };
        found
    }

    /// `the last two weeks`, `the next day`, `the following year`, `the
    /// previous Friday`, `the next morning`.
    fn the_rel(&self, i: usize, j: usize) -> Option<P> {
        let k = self.kw(j)?;
        let n = match k {
            Kw::Last | Kw::Previous => -1,
            _ => 1,
        };
        if let Some(q) = self.quantity_after(j + 1, i) {
            return Some(q);
        }
        if matches!(self.lx(j + 1), Lx::Kw(Kw::Few) | Lx::Kw(Kw::Several) | Lx::Kw(Kw::Couple)) {
            return self.quantity_after(j + 1, i);
        }
        // `the last half of 1989`
        if k == Kw::Last && self.is(j + 1, Kw::Half) {
            if self.is(j + 2, Kw::Of) {
                if let Some(y) = self.year_at(j + 3) {
                    return date(i, j + 4, Sem::Cal(Some(y), Gran::Half(2), Tod::NONE));
                }
            }
            return date(i, j + 2, Sem::Cal(None, Gran::Half(2), Tod::NONE));
        }
        match self.lx(j + 1) {
            Lx::Unit(u, false) => {
                if matches!(k, Kw::Last) {
                    // `the last year`: the year up to now.
                    return p(i, j + 2, TimexKind::Duration, Sem::Dur(Dur { n: Some(1), unit: u, half: false }));
                }
                if matches!(k, Kw::Coming) {
                    return date(i, j + 2, Sem::Deictic(u, 1, Tod::NONE));
                }
                if u == Unit::Weekend {
                    return date(i, j + 2, Sem::Anaphor(Unit::Weekend, n, Tod::NONE));
                }
                date(i, j + 2, Sem::Anaphor(u, n, Tod::NONE))
            }
            Lx::Unit(u, true) if matches!(k, Kw::Coming) => {
                p(i, j + 2, TimexKind::Duration, Sem::Dur(Dur { n: None, unit: u, half: false }))
            }
            Lx::Weekday(wd, false) => date(i, j + 2, Sem::WeekdayAnaphor(wd, n, Tod::NONE)),
            Lx::Part(part, false) if !matches!(k, Kw::Last) => {
                date(i, j + 2, Sem::Anaphor(Unit::Day, n, Tod::part(part)))
            }
            _ => None,
        }
    }

    /// `the future`, `the near future`; not `the future of …` (a noun).
    fn future(&self, i: usize, j: usize) -> Option<P> {
        // `the future of …`, `the future recognition`: a noun or an adjective.
        let noun_after = matches!(self.lx(j + 1), Lx::Other)
            && self.text(j + 1).bytes().next().is_some_and(|b| b.is_ascii_lowercase());
        let after_in = i > self.lo && (self.is(i - 1, Kw::In) || self.lower_is(i - 1, &["into"]));
        if self.is(j + 1, Kw::Of) || noun_after && !after_in {
            return None;
        }
        let before = i.checked_sub(1).filter(|&b| b >= self.lo);
        if before.is_some_and(|b| self.is(b, Kw::To)) {
            return None;
        }
        p(i, j + 1, TimexKind::Date, lit("FUTURE_REF"))
    }

    /// `the same day`, `the same week`.
    fn same(&self, i: usize, j: usize) -> Option<P> {
        match self.lx(j) {
            Lx::Unit(u, false) if u != Unit::Quarter => date(i, j + 1, Sem::Anaphor(u, 0, Tod::NONE)),
            Lx::Part(part, false) => date(i, j + 1, Sem::Anaphor(Unit::Day, 0, Tod::part(part))),
            _ => None,
        }
    }

    /// `the year`, `the quarter`, `the week`, `the day before`, `the year
    /// ended June 30`.
    fn the_unit(&self, i: usize, j: usize, u: Unit) -> Option<P> {
        match self.lx(j + 1) {
            Lx::Kw(Kw::Before | Kw::Earlier) if self.at_clause_end(j + 2) => {
                return date(i, j + 2, Sem::Anaphor(u, -1, Tod::NONE));
            }
            Lx::Kw(Kw::After | Kw::Later) if self.at_clause_end(j + 2) => {
                return date(i, j + 2, Sem::Anaphor(u, 1, Tod::NONE));
            }
            _ => {}
        }
        if u == Unit::Year && self.lower_is(j + 1, &["end"]) {
            return date(i, j + 2, Sem::Deictic(Unit::Year, 0, Tod::NONE));
        }
        // `the year ended June 30`: a fiscal year, a length.
        if self.lower_is(j + 1, &["ended", "ending", "ends", "to"]) && u != Unit::Quarter {
            return p(i, j + 1, TimexKind::Duration, Sem::Dur(Dur { n: Some(1), unit: u, half: false }));
        }
        match u {
            Unit::Quarter => date(i, j + 1, Sem::FocusQuarter(0)),
            // `for the year`, `earlier in the year`: the current year in news.
            Unit::Year => date(i, j + 1, Sem::Deictic(Unit::Year, 0, Tod::NONE)),
            Unit::Month | Unit::Week => date(i, j + 1, Sem::Anaphor(u, 0, Tod::NONE)),
            Unit::Weekend => date(i, j + 1, Sem::Weekend(0)),
            _ => None,
        }
    }

    /// `the 1988 third quarter`, `the 1988 period`.
    fn the_year_period(&self, i: usize, j: usize, y: i32) -> Option<P> {
        if !self.plausible_year(j, y) {
            return None;
        }
        let mut k = j + 1;
        if self.is(k, Kw::Fiscal) {
            k += 1;
        }
        match self.lx(k) {
            Lx::Ord(n) if (1..=4).contains(&n) && matches!(self.lx(k + 1), Lx::Unit(Unit::Quarter, false)) => {
                date(i, k + 2, Sem::Cal(Some(y), Gran::Quarter(n), Tod::NONE))
            }
            Lx::Ord(n) if (1..=2).contains(&n) && self.is(k + 1, Kw::Half) => {
                date(i, k + 2, Sem::Cal(Some(y), Gran::Half(n), Tod::NONE))
            }
            Lx::OrdPeriod(n, u) => {
                let g = if u == Unit::Half { Gran::Half(n) } else { Gran::Quarter(n) };
                date(i, k + 1, Sem::Cal(Some(y), g, Tod::NONE))
            }
            Lx::Unit(Unit::Quarter, false) | Lx::Kw(Kw::Period) => date(i, k + 1, Sem::QuarterInYear(y)),
            _ => None,
        }
    }

    /// A quarter or half named after a year (`'s third quarter`): the
    /// period and the end.
    fn period_of_year(&self, j: usize) -> Option<(Gran, usize)> {
        let j = if self.is(j, Kw::Fiscal) { j + 1 } else { j };
        match self.lx(j) {
            Lx::Ord(n) if (1..=4).contains(&n) && matches!(self.lx(j + 1), Lx::Unit(Unit::Quarter, false)) => {
                Some((Gran::Quarter(n), j + 2))
            }
            Lx::Ord(n) if (1..=2).contains(&n) && self.is(j + 1, Kw::Half) => Some((Gran::Half(n), j + 2)),
            Lx::OrdPeriod(n, Unit::Half) => Some((Gran::Half(n), j + 1)),
            Lx::OrdPeriod(n, _) => Some((Gran::Quarter(n), j + 1)),
            _ => None,
        }
    }

    /// `the fiscal year`, `the fiscal first quarter`.
    fn the_fiscal(&self, i: usize, j: usize, year: Option<i32>) -> Option<P> {
        match self.lx(j) {
            // `the fiscal year ended June 30`: a length.
            Lx::Unit(Unit::Year, false) if self.lower_is(j + 1, &["ended", "ending"]) => {
                p(i, j + 1, TimexKind::Duration, Sem::Dur(Dur { n: Some(1), unit: Unit::Year, half: false }))
            }
            Lx::Unit(Unit::Year, false) => date(i, j + 1, Sem::Deictic(Unit::Year, 0, Tod::NONE)),
            Lx::Ord(n) if (1..=4).contains(&n) && matches!(self.lx(j + 1), Lx::Unit(Unit::Quarter, false)) => {
                date(i, j + 2, Sem::Cal(year, Gran::Quarter(n), Tod::NONE))
            }
            Lx::OrdPeriod(n, u) => {
                let g = if u == Unit::Half { Gran::Half(n) } else { Gran::Quarter(n) };
                date(i, j + 1, Sem::Cal(year, g, Tod::NONE))
            }
            _ => None,
        }
    }

    /// `the current quarter`, `the current fiscal year`.
    fn the_current(&self, i: usize, j: usize) -> Option<P> {
        let k = if self.is(j, Kw::Fiscal) { j + 1 } else { j };
        match self.lx(k) {
            Lx::Unit(u, false) => date(i, k + 1, Sem::Deictic(u, 0, Tod::NONE)),
            // `the current system`: `current` alone is matched on its own.
            _ => None,
        }
    }

    /// `the latest quarter`, `the latest period`, `the most recent quarter`.
    fn the_latest(&self, i: usize, j: usize) -> Option<P> {
        let mut k = j;
        if self.is(k, Kw::Recent) {
            k += 1;
        }
        match self.lx(k) {
            Lx::Unit(Unit::Quarter, false) | Lx::Kw(Kw::Period) => date(i, k + 1, Sem::FocusQuarter(0)),
            Lx::Num(..) | Lx::NumWord(_) => self.quantity_after(k, i),
            _ => None,
        }
    }

    /// `year-earlier` (`the year-ago quarter`, `the year-earlier period`).
    fn year_ago_adj(&self, i: usize, j: usize) -> Option<P> {
        match self.lx(j) {
            Lx::Unit(Unit::Quarter, false) | Lx::Kw(Kw::Period) => date(i, j + 1, Sem::FocusQuarter(-1)),
            Lx::Ord(_) if matches!(self.lx(j + 1), Lx::Unit(Unit::Quarter, false)) => {
                date(i, j + 2, Sem::FocusQuarter(-1))
            }
            Lx::OrdPeriod(..) => date(i, j + 1, Sem::FocusQuarter(-1)),
            Lx::Num(..) | Lx::NumWord(_) => {
                // the year-earlier nine months
                self.quantity_after(j, i)
            }
            _ => {
                if self.kw(i) == Some(Kw::The) {
                    return None;
                }
                date(i, j, Sem::FocusQuarter(-1))
            }
        }
    }

    // ---- demonstratives ----------------------------------------------------

    /// `this year`, `last week`, `next Friday`, `past 20 years`, `that day`.
    fn demonstrative(&self, i: usize, k: Kw) -> Option<P> {
        let mut j = i + 1;
        let mut n = match k {
            Kw::Last => -1,
            Kw::Next | Kw::Coming => 1,
            _ => 0,
        };
        let mut explicit_side = false;
        // `this past weekend`, `this coming Sunday`
        if k == Kw::This {
            match self.kw(j) {
                Some(Kw::Past) => {
                    n = -1;
                    explicit_side = true;
                    j += 1;
                }
                Some(Kw::Coming) => {
                    n = 1;
                    explicit_side = true;
                    j += 1;
                }
                _ => {}
            }
        }
        if matches!(k, Kw::Last | Kw::Next | Kw::Past | Kw::Coming) {
            if let Some(q) = self.quantity_after(j, i) {
                if q.kind == TimexKind::Duration {
                    return Some(q);
                }
            }
            if matches!(self.lx(j), Lx::Kw(Kw::Few) | Lx::Kw(Kw::Several) | Lx::Kw(Kw::Couple)) {
                return self.quantity_after(j, i);
            }
        }
        let tod = Tod::NONE;
        match (k, self.lx(j)) {
            (Kw::These, _) => {
                if self.lower_is(j, &["days"]) {
                    p(i, j + 1, TimexKind::Date, lit("PRESENT_REF"))
                } else {
                    None
                }
            }
            (Kw::Past, Lx::Unit(u, false)) => {
                p(i, j + 1, TimexKind::Duration, Sem::Dur(Dur { n: Some(1), unit: u, half: false }))
            }
            (Kw::Coming, Lx::Unit(u, true)) => {
                p(i, j + 1, TimexKind::Duration, Sem::Dur(Dur { n: None, unit: u, half: false }))
            }
            (Kw::Past, Lx::Unit(_, true)) => p(i, j + 1, TimexKind::Date, lit("PAST_REF")),
            (Kw::Past, _) => None,
            (Kw::That, Lx::Unit(u, false)) => date(i, j + 1, Sem::Anaphor(u, 0, tod)),
            (Kw::That, Lx::Kw(Kw::Same)) => self.same(i, j + 1),
            (Kw::That, Lx::Part(part, false)) => date(i, j + 1, Sem::Anaphor(Unit::Day, 0, Tod::part(part))),
            (Kw::That, _) => None,
            (_, Lx::Unit(u, false)) => {
                if self.capital_mid(j) {
                    // `This Week`, a programme.
                    return None;
                }
                if u == Unit::Weekend {
                    return date(i, j + 1, Sem::Weekend(if explicit_side || k != Kw::This { n } else { 0 }));
                }
                if matches!(u, Unit::Second | Unit::Minute | Unit::Hour) {
                    return None;
                }
                if u == Unit::Day && k == Kw::Last {
                    return None;
                }
                // `this year's third quarter`
                if u == Unit::Year && self.is(j + 1, Kw::Possessive) {
                    if let Some((g, end)) = self.period_of_year(j + 2) {
                        return date(i, end, Sem::YearOffset(g, n));
                    }
                }
                date(i, j + 1, Sem::Deictic(u, n, tod))
            }
            (_, Lx::Kw(Kw::Fiscal)) if matches!(self.lx(j + 1), Lx::Unit(Unit::Year, false)) => {
                date(i, j + 2, Sem::Deictic(Unit::Year, n, tod))
            }
            (_, Lx::Weekday(wd, false)) => {
                let dir = match n {
                    -1 => Dir::Last,
                    1 => Dir::Next,
                    _ => Dir::This,
                };
                self.weekday_tail(i, j + 1, Sem::Weekday(wd, dir, Tod::NONE))
            }
            (_, Lx::Month(m, _)) if self.cap(j) || self.all_caps(j) => {
                let end = self.after_month_name(j);
                // `last Oct. 23`: the day decides; TimeBank leaves `last` out.
                if matches!(self.lx(end), Lx::Num(1..=31, 1..=2) | Lx::Ord(_)) {
                    return None;
                }
                date(i, end, Sem::MonthRel(m, n))
            }
            // `this past spring`: the latest one; `last spring`: last year's.
            (_, Lx::Season(s, false)) => date(i, j + 1, Sem::SeasonRel(s, if explicit_side && n < 0 { -2 } else { n })),
            (Kw::This, Lx::Part(part, false)) => date(i, j + 1, Sem::Deictic(Unit::Day, 0, Tod::part(part))),
            (Kw::Last, Lx::Part(Part::Night, false)) => {
                date(i, j + 1, Sem::Deictic(Unit::Day, -1, Tod::part(Part::Night)))
            }
            (_, Lx::Kw(Kw::Christmas | Kw::Thanksgiving | Kw::Easter | Kw::Halloween)) => {
                let h = self.holiday(j, self.kw(j)?)?;
                Some(P { start: i, ..h })
            }
            _ => None,
        }
    }

    // ---- edges: early, late, mid --------------------------------------------

    fn edge(&self, i: usize, d: u8) -> Option<P> {
        let j = i + 1;
        // `mid-March` written as two tokens: `mid -March` is rare; `mid March` happens.
        let inner = match self.lx(j) {
            Lx::Month(..)
            | Lx::Num(_, 4)
            | Lx::Decade(_)
            | Lx::Weekday(_, false)
            | Lx::Kw(Kw::This | Kw::Next | Kw::Last | Kw::Today | Kw::Yesterday | Kw::Tomorrow | Kw::Tonight)
            | Lx::Kw(Kw::Fiscal)
            | Lx::Season(..)
            | Lx::FiscalYear(_)
            | Lx::QuarterName(_) => self.expr(j, d)?,
            Lx::Part(part, false) if self.kw(i) == Some(Kw::Mid) => return self.part_with_day(i, j + 1, part),
            Lx::Kw(Kw::In) if self.is(j + 1, Kw::The) => {
                // `late in the day`, `early in the year`
                match self.lx(j + 2) {
                    Lx::Unit(u @ (Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Quarter), false) => {
                        return date(i, j + 3, Sem::Anaphor(u, 0, Tod::NONE));
                    }
                    _ => return None,
                }
            }
            _ => return None,
        };
        if inner.kind == TimexKind::Duration || inner.start != j {
            return None;
        }
        Some(P { start: i, ..inner })
    }

    /// `earlier this year`, `later that day`, `earlier Sunday`, `later today`.
    fn earlier(&self, i: usize, d: u8) -> Option<P> {
        let j = i + 1;
        match self.lx(j) {
            // `Earlier Friday`: TimeBank marks only `Friday`.
            Lx::Kw(
                Kw::This | Kw::That | Kw::Today | Kw::Yesterday | Kw::Tomorrow | Kw::Tonight | Kw::Next | Kw::Last,
            ) => {
                let inner = self.expr(j, d)?;
                if inner.kind == TimexKind::Duration || inner.start != j {
                    return None;
                }
                Some(P { start: i, ..inner })
            }
            Lx::Kw(Kw::In) if self.is(j + 1, Kw::The) => match self.lx(j + 2) {
                Lx::Unit(u @ (Unit::Week | Unit::Month | Unit::Year), false) => {
                    date(i, j + 3, Sem::Anaphor(u, 0, Tod::NONE))
                }
                _ => None,
            },
            _ => None,
        }
    }

    // ---- deictic words ----------------------------------------------------------

    /// `today`, `yesterday morning`, `tomorrow night`.
    fn day_word(&self, i: usize, n: i32) -> Option<P> {
        if let Lx::Part(part, false) = self.lx(i + 1) {
            if !matches!(part, Part::Noon | Part::Midnight) {
                return date(i, i + 2, Sem::Deictic(Unit::Day, n, Tod::part(part)));
            }
        }
        date(i, i + 1, Sem::Deictic(Unit::Day, n, Tod::NONE))
    }

    fn now(&self, i: usize) -> Option<P> {
        // A sentence-opening `Now,` is a discourse marker; `now that` a conjunction.
        let opening = i == self.lo || self.toks[i - 1].kind == Kind::Quote && i == self.lo + 1;
        if opening && self.is(i + 1, Kw::Comma) {
            return None;
        }
        p(i, i + 1, TimexKind::Date, lit("PRESENT_REF"))
    }

    fn current(&self, i: usize) -> Option<P> {
        match self.lx(i + 1) {
            Lx::Unit(u, false) => date(i, i + 2, Sem::Deictic(u, 0, Tod::NONE)),
            Lx::Kw(Kw::Fiscal) if matches!(self.lx(i + 2), Lx::Unit(Unit::Year, false)) => {
                date(i, i + 3, Sem::Deictic(Unit::Year, 0, Tod::NONE))
            }
            _ => {
                if self.lower_is(i + 1, &["account", "accounts", "affairs", "events", "assets", "liabilities"]) {
                    return None;
                }
                if self.prev(i) == Some(Kw::Then) {
                    return p(i - 1, i + 1, TimexKind::Date, lit("PAST_REF"));
                }
                p(i, i + 1, TimexKind::Date, lit("PRESENT_REF"))
            }
        }
    }

    fn recent(&self, i: usize) -> Option<P> {
        if let Lx::Unit(u, true) = self.lx(i + 1) {
            // TimeBank: `recent years` is a vague past, `recent weeks` a length.
            if u == Unit::Year && !matches!(self.kw(i + 2), Some(Kw::And | Kw::Or)) {
                return p(i, i + 2, TimexKind::Date, lit("PAST_REF"));
            }
            // `recent weeks and months`
            if self.is(i + 2, Kw::And) || self.is(i + 2, Kw::Or) {
                if let Lx::Unit(_, true) = self.lx(i + 3) {
                    return p(i, i + 4, TimexKind::Date, lit("PAST_REF"));
                }
            }
            return p(i, i + 2, TimexKind::Duration, Sem::Dur(Dur { n: None, unit: u, half: false }));
        }
        if self.prev(i) == Some(Kw::Latest) {
            return None;
        }
        p(i, i + 1, TimexKind::Date, lit("PAST_REF"))
    }

    fn soon(&self, i: usize) -> Option<P> {
        let before = if i > self.lo { self.text(i - 1) } else { "" };
        if before.eq_ignore_ascii_case("as") || matches!(self.prev(i), Some(Kw::Was)) {
            return None;
        }
        if matches!(self.kw(i + 1), Some(Kw::After | Kw::Before)) || self.lower_is(i + 1, &["thereafter", "afterward"])
        {
            return None;
        }
        p(i, i + 1, TimexKind::Date, lit("FUTURE_REF"))
    }

    // ---- sets -------------------------------------------------------------------

    /// `every day`, `each Thursday`, `every other week`, `every two years`.
    fn every(&self, i: usize) -> Option<P> {
        let mut j = i + 1;
        let mut mult = 1;
        if self.is(j, Kw::Other) {
            mult = 2;
            j += 1;
        }
        let mut n = 1;
        match self.lx(j) {
            Lx::Num(v, d) if d <= 3 && v > 0 => {
                n = v;
                j += 1;
            }
            Lx::NumWord(v) if v > 0 => {
                n = v;
                j += 1;
            }
            _ => {}
        }
        let set = |end: usize, v: String| p(i, end, TimexKind::Set, Sem::Lit(v));
        match self.lx(j) {
            Lx::Unit(u, _) => {
                let v = Dur { n: Some(n * mult), unit: u, half: false }.value();
                set(j + 1, v)
            }
            Lx::Weekday(wd, _) if n == 1 => {
                if let Lx::Part(part, _) = self.lx(j + 1) {
                    return set(j + 2, format!("XXXX-WXX-{wd}T{}", part.code()));
                }
                set(j + 1, format!("XXXX-WXX-{wd}"))
            }
            Lx::Month(m, true) if n == 1 => set(j + 1, format!("XXXX-{m:02}")),
            Lx::Season(s, _) if n == 1 => set(j + 1, format!("XXXX-{}", ["SP", "SU", "FA", "WI"][s as usize & 3])),
            Lx::Part(part, _) if n == 1 => set(j + 1, format!("XXXX-XX-XXT{}", part.code())),
            _ => None,
        }
    }

    fn adverb_set(&self, i: usize, k: Kw) -> Option<P> {
        // `the Daily Telegraph`, `Weekly Standard`.
        if self.capital_mid(i) || self.cap(i + 1) && !self.all_caps(i + 1) && self.cap(i) {
            return None;
        }
        // `quarterly dividend`, `monthly report`: an adjective, not a recurrence.
        if k == Kw::Quarterly
            && matches!(self.lx(i + 1), Lx::Other)
            && self.text(i + 1).bytes().next().is_some_and(|b| b.is_ascii_lowercase())
        {
            return None;
        }
        let v = match k {
            Kw::Daily => "P1D",
            Kw::Weekly => "P1W",
            Kw::Monthly => "P1M",
            Kw::Annually | Kw::Yearly => "P1Y",
            Kw::Hourly => "PT1H",
            Kw::Quarterly => "P3M",
            Kw::Nightly => "XXXX-XX-XXTNI",
            _ => return None,
        };
        p(i, i + 1, TimexKind::Set, lit(v))
    }

    /// `twice a week`, `once a year`, `three times a day`.
    fn frequency(&self, i: usize, j: usize) -> Option<P> {
        if matches!(self.kw(j), Some(Kw::A | Kw::An | Kw::Per | Kw::Every | Kw::Each)) {
            if let Lx::Unit(u, false) = self.lx(j + 1) {
                let v = Dur { n: Some(1), unit: u, half: false }.value();
                return p(i, j + 2, TimexKind::Set, Sem::Lit(v));
            }
        }
        None
    }

    // ---- quantities -----------------------------------------------------------------

    /// A count at `i`: end, value (None = vague), plus a half.
    fn count(&self, i: usize) -> Option<(usize, Option<u32>, bool)> {
        let (mut j, mut n) = match self.lx(i) {
            Lx::Num(v, digits) if digits <= 4 => (i + 1, Some(v)),
            Lx::NumWord(v) => {
                let mut v = v;
                let mut j = i + 1;
                if let Lx::NumWord(o) = self.lx(j) {
                    if v >= 20 && v % 10 == 0 && v < 100 && (1..=9).contains(&o) {
                        v += o;
                        j += 1;
                    } else if o == 100 && v < 10 {
                        v *= 100;
                        j += 1;
                    }
                }
                (j, Some(v))
            }
            Lx::Kw(Kw::A | Kw::An) => match self.lx(i + 1) {
                Lx::Kw(Kw::Few) => (i + 2, None),
                Lx::Kw(Kw::Couple) => (if self.is(i + 2, Kw::Of) { i + 3 } else { i + 2 }, Some(2)),
                Lx::NumWord(12) => (i + 2, Some(12)),
                Lx::NumWord(100) => (i + 2, Some(100)),
                Lx::Kw(Kw::Half) => {
                    // `a half hour`
                    return Some((i + 2, Some(0), true));
                }
                _ => (i + 1, Some(1)),
            },
            Lx::Kw(Kw::Few | Kw::Several | Kw::Many) => (i + 1, None),
            Lx::Kw(Kw::Couple) if self.is(i + 1, Kw::Of) => (i + 2, Some(2)),
            Lx::Kw(Kw::Half) if matches!(self.kw(i + 1), Some(Kw::A | Kw::An)) => return Some((i + 2, Some(0), true)),
            _ => return None,
        };
        let mut half = false;
        // `5 1/2`, `one and a half`
        if matches!(self.lx(i), Lx::Num(..)) && matches!(self.text(j), "1/2" | "½") {
            half = true;
            j += 1;
        } else if self.is(j, Kw::And) && self.is(j + 1, Kw::A) && self.is(j + 2, Kw::Half) {
            half = true;
            j += 3;
        }
        // `two to three weeks`, `10 or 12 days`
        if matches!(self.kw(j), Some(Kw::To | Kw::Or)) && matches!(self.lx(j + 1), Lx::Num(..) | Lx::NumWord(_)) {
            if let Lx::Unit(..) = self.lx(j + 2) {
                j += 2;
            }
        }
        if n == Some(0) && !half {
            n = None;
        }
        Some((j, n, half))
    }

    /// A quantity starting at `j`, its span starting at `start`.
    fn quantity_after(&self, j: usize, start: usize) -> Option<P> {
        self.quantity(j).map(|q| P { start, ..q })
    }

    /// `three days`, `a year ago`, `two weeks earlier`, `five years from now`.
    fn quantity(&self, i: usize) -> Option<P> {
        let (mut j, n, mut half) = self.count(i)?;
        // Adjectives between the count and the unit.
        if matches!(self.kw(j), Some(Kw::CountAdj | Kw::More | Kw::Full)) {
            j += 1;
        }
        let (unit, plural) = match self.lx(j) {
            Lx::Unit(u, pl) => (u, pl),
            Lx::Ord(2) if self.lower_is(j, &["second"]) && n.is_some() && n != Some(1) => return None,
            _ => return None,
        };
        // `a years` is not English; `two year` happens as an adjective.
        if plural && n == Some(1) && !half && !matches!(self.lx(i), Lx::Num(..)) {
            return None;
        }
        let mut k = j + 1;
        if !half && self.is(k, Kw::And) && self.is(k + 1, Kw::A) && self.is(k + 2, Kw::Half) {
            half = true;
            k += 3;
        }
        // `52 years old` is an age.
        if self.lower_is(k, &["old", "older", "younger"]) || self.lower_is(k, &["of"]) && self.lower_is(k + 1, &["age"])
        {
            return None;
        }
        // `60 Minutes`, `This Week`: titles.
        if self.capital_mid(j) {
            return None;
        }
        let article = matches!(self.lx(i), Lx::Kw(Kw::A | Kw::An));
        let signed = |s: i32| -> i32 { s * n.map_or(1, |v| v.min(100_000) as i32) };
        match self.kw(k) {
            Some(Kw::Ago) => {
                if n.is_none() {
                    return p(i, k + 1, TimexKind::Date, lit("PAST_REF"));
                }
                return date(i, k + 1, Sem::Ago(unit, signed(-1)));
            }
            Some(Kw::Earlier) if !self.is(k + 1, Kw::Than) => {
                if n.is_none() {
                    return p(i, k + 1, TimexKind::Date, lit("PAST_REF"));
                }
                return date(i, k + 1, Sem::Relative(unit, signed(-1)));
            }
            // `three days later`: TimeBank marks the length, not `later`.
            Some(Kw::Later) => {}
            Some(Kw::Before) if self.at_clause_end(k + 1) && n.is_some() => {
                return date(i, k + 1, Sem::Relative(unit, signed(-1)));
            }
            Some(Kw::From) if self.is(k + 1, Kw::Now) && n.is_some() => {
                return date(i, k + 2, Sem::Deictic(unit, signed(1), Tod::NONE));
            }
            Some(Kw::Hence) if n.is_some() => {
                return date(i, k + 1, Sem::Deictic(unit, signed(1), Tod::NONE));
            }
            _ => {}
        }
        // `$5 a year`, `four flights a week`: a rate, which TimeBank leaves out.
        if article && !plural && n == Some(1) && !half && self.after_amount(i) {
            return None;
        }
        // `a quarter of the market`, `three quarters of them`: fractions.
        if unit == Unit::Quarter && matches!(n, Some(1 | 3)) && self.is(k, Kw::Of) && self.year_at(k + 1).is_none() {
            return None;
        }
        // `the 1990s` are handled elsewhere; `1,000 years` is fine; `2025 years` is not a date anyway.
        p(i, k, TimexKind::Duration, Sem::Dur(Dur { n, unit, half }))
    }

    /// A unit without a count: `for years`, `months ago`, `days after`,
    /// `year end`, `year's end`.
    fn bare_unit(&self, i: usize, u: Unit, plural: bool) -> Option<P> {
        if self.capital_mid(i) {
            return None;
        }
        if !plural {
            if u == Unit::Year {
                if self.lower_is(i + 1, &["end"]) {
                    return date(i, i + 2, Sem::Deictic(Unit::Year, 0, Tod::NONE));
                }
                if self.is(i + 1, Kw::Possessive) && self.lower_is(i + 2, &["end"]) {
                    return date(i, i + 3, Sem::Deictic(Unit::Year, 0, Tod::NONE));
                }
            }
            return None;
        }
        if matches!(u, Unit::Weekend | Unit::Quarter | Unit::Half) {
            return None;
        }
        match self.kw(i + 1) {
            Some(Kw::Ago | Kw::Earlier) => return p(i, i + 2, TimexKind::Date, lit("PAST_REF")),
            Some(Kw::Later) => return p(i, i + 2, TimexKind::Date, lit("FUTURE_REF")),
            _ => {}
        }
        let vague = Sem::Dur(Dur { n: None, unit: u, half: false });
        let prev = self.prev(i);
        let after_prep = matches!(prev, Some(Kw::For | Kw::Within))
            || matches!(prev, Some(Kw::In))
                && self.is(i + 1, Kw::Of).then_some(()).is_none()
                && self.at_clause_end(i + 1);
        let before_after = matches!(self.kw(i + 1), Some(Kw::Before | Kw::After))
            && !matches!(prev, Some(Kw::Few | Kw::Several | Kw::Many | Kw::Recent | Kw::Coming | Kw::Past | Kw::The));
        if after_prep || before_after {
            // `for weeks or months`
            if matches!(self.kw(i + 1), Some(Kw::Or | Kw::And)) {
                if let Lx::Unit(_, true) = self.lx(i + 2) {
                    return p(i, i + 3, TimexKind::Duration, vague);
                }
            }
            return p(i, i + 1, TimexKind::Duration, vague);
        }
        None
    }

    /// An amount just before token `i` (`$5`, `700 seats`, `358,000`).
    fn after_amount(&self, i: usize) -> bool {
        let lo = i.saturating_sub(3).max(self.lo);
        (lo..i).any(|k| {
            let t = self.toks[k];
            (t.kind == Kind::Number && !matches!(self.lx(k), Lx::Num(1000..=2200, 4)))
                || matches!(self.lx(k), Lx::Kw(Kw::Dollar | Kw::Percent | Kw::Times | Kw::Once | Kw::Twice))
                || matches!(self.lx(k), Lx::Kw(Kw::Money) | Lx::NumWord(100))
        })
    }

    // ---- numbers --------------------------------------------------------------------------------

    fn number(&self, i: usize, v: u32, digits: u8) -> Option<P> {
        // `12 February 2025`, `4 July`
        if digits <= 2 && (1..=31).contains(&v) {
            if let Lx::Month(m, _) = self.lx(i + 1) {
                if self.cap(i + 1) || self.all_caps(i + 1) {
                    let mut k = i + 2;
                    if self.is(k, Kw::Dot) && self.text(i + 1).len() <= 4 {
                        k += 1;
                    }
                    if self.is(k, Kw::Comma) {
                        if let Some(y) = self.year_at(k + 1) {
                            return date(i, k + 2, Sem::Cal(Some(y), Gran::Day(m, v as u8), Tod::NONE));
                        }
                    }
                    if let Some(y) = self.year_at(k) {
                        return date(i, k + 1, Sem::Cal(Some(y), Gran::Day(m, v as u8), Tod::NONE));
                    }
                    return date(i, k, Sem::Cal(None, Gran::Day(m, v as u8), Tod::NONE));
                }
            }
        }
        // `10 a.m.`, `3 p.m. Tuesday`
        if digits <= 2 && (1..=12).contains(&v) && matches!(self.kw(i + 1), Some(Kw::Am | Kw::Pm)) {
            let h = to_24h(v as u8, self.kw(i + 1) == Some(Kw::Pm));
            return self.clock_then_day(i, i + 2, (h, 0));
        }
        if digits <= 2 && (1..=12).contains(&v) && self.lower_is(i + 1, &["o'clock", "o’clock"]) {
            return self.clock_then_day(i, i + 2, (v as u8, 0));
        }
        if let Some(q) = self.quantity(i) {
            return Some(q);
        }
        if digits == 4 {
            return self.year(i, v as i32);
        }
        None
    }

    /// A plausible year at token `i`.
    fn year_at(&self, i: usize) -> Option<i32> {
        match self.lx(i) {
            Lx::Num(v, 4) if (1000..=2200).contains(&v) => Some(v as i32),
            _ => None,
        }
    }

    fn plausible_year(&self, i: usize, y: i32) -> bool {
        if !(1000..=2200).contains(&y) {
            return false;
        }
        let prev = if i > self.lo { Some(self.lx(i - 1)) } else { None };
        if let Some(p) = prev {
            if matches!(p, Lx::Kw(Kw::Dollar | Kw::Dash | Kw::Slash) | Lx::Num(..) | Lx::NumWord(_)) {
                return false;
            }
            if matches!(p, Lx::Kw(Kw::Than | Kw::Nearly | Kw::Almost | Kw::Approximately | Kw::Roughly | Kw::SomeWord))
            {
                return false;
            }
            if matches!(p, Lx::Kw(Kw::Label | Kw::No | Kw::To | Kw::From | Kw::At)) {
                // `from 1990 to 1995` and `at 1999 levels` are years; quantities
                // after `to`/`from`/`at` are handled by the next check.
                let allow = self.lower_is(i - 1, &["to", "from", "at"])
                    && !matches!(self.lx(i + 1), Lx::Kw(Kw::Percent))
                    && !self.measure_word(i + 1)
                    && self.year_context_around(i);
                if !allow {
                    return false;
                }
            }
            if self.capital_mid(i - 1) && matches!(p, Lx::Other) {
                // `Windows 2000`, `Vision 2030`
                return false;
            }
        }
        if y < 1600 {
            let ok = prev.is_some_and(|p| {
                matches!(p, Lx::Kw(Kw::In | Kw::Since | Kw::Of | Kw::By | Kw::Until | Kw::From | Kw::During | Kw::The))
            });
            if !ok {
                return false;
            }
        }
        if matches!(self.lx(i + 1), Lx::Kw(Kw::Percent)) || self.measure_word(i + 1) {
            return false;
        }
        // `1998:` in a score or a clock is already one token; `1,998` too.
        true
    }

    /// A year mentioned close by (`from 1990 to 1995`).
    fn year_context_around(&self, i: usize) -> bool {
        let lo = i.saturating_sub(4).max(self.lo);
        let hi = (i + 4).min(self.hi);
        (lo..hi).any(|k| k != i && matches!(self.lx(k), Lx::Num(v, 4) if (1600..=2200).contains(&v)))
            || !self.lower_is(i - 1, &["to"])
    }

    /// A noun that a number counts (`2000 people`, `1998 shares`).
    fn measure_word(&self, i: usize) -> bool {
        matches!(self.lx(i), Lx::Kw(Kw::Measure | Kw::Money | Kw::Times | Kw::Am | Kw::Pm) | Lx::Unit(_, true))
    }

    /// A four-digit number: a year, `1990's`, `1990 and 1991`, `1989 third-quarter`.
    fn year(&self, i: usize, y: i32) -> Option<P> {
        if !self.plausible_year(i, y) {
            return None;
        }
        // `1990's`
        if y % 10 == 0 && self.is(i + 1, Kw::Possessive) {
            let prev_ok = matches!(self.prev(i), Some(Kw::The | Kw::Early | Kw::Late | Kw::Mid | Kw::In | Kw::Since))
                || self.at_clause_end(i + 2);
            if prev_ok {
                return date(i, i + 2, Sem::Decade(y / 10));
            }
        }
        if self.is(i + 1, Kw::Possessive) {
            if let Some((g, end)) = self.period_of_year(i + 2) {
                return date(i, end, Sem::Cal(Some(y), g, Tod::NONE));
            }
        }
        match self.lx(i + 1) {
            Lx::OrdPeriod(n, u) => {
                let g = if u == Unit::Half { Gran::Half(n) } else { Gran::Quarter(n) };
                return date(i, i + 2, Sem::Cal(Some(y), g, Tod::NONE));
            }
            Lx::Ord(n) if (1..=4).contains(&n) && matches!(self.lx(i + 2), Lx::Unit(Unit::Quarter, false)) => {
                return date(i, i + 3, Sem::Cal(Some(y), Gran::Quarter(n), Tod::NONE));
            }
            Lx::Season(s, false) => return date(i, i + 2, Sem::Cal(Some(y), Gran::Season(s), Tod::NONE)),
            _ => {}
        }
        date(i, i + 1, Sem::Cal(Some(y), Gran::Year, Tod::NONE))
    }

    /// `1990-95`, `2019-2021`: two years.
    fn year_range(&self, i: usize, a: u32, ad: u8, b: u32, bd: u8) -> Option<P> {
        if ad != 4 || !self.plausible_year(i, a as i32) {
            return None;
        }
        let second = match bd {
            4 => b as i32,
            2 => (a as i32 / 100) * 100 + b as i32,
            _ => return None,
        };
        if second <= a as i32 || second - a as i32 > 100 {
            return None;
        }
        let tok = self.toks.get(i)?;
        let dash = tok.span.start + ad as usize;
        let also = (Span::new(dash + 1, tok.span.end), Sem::Cal(Some(second), Gran::Year, Tod::NONE), i);
        Some(P {
            start: i,
            end: i + 1,
            kind: TimexKind::Date,
            sem: Sem::Cal(Some(a as i32), Gran::Year, Tod::NONE),
            also: Some(also),
            cut: Some(dash),
        })
    }

    /// `nineteen ninety-six`.
    fn spelled_year(&self, i: usize) -> Option<P> {
        let Lx::NumWord(c) = self.lx(i) else { return None };
        if !(10..=20).contains(&c) {
            return None;
        }
        let (y, end) = match self.lx(i + 1) {
            Lx::NumWord(v) if (10..=99).contains(&v) => {
                let mut y = v;
                let mut end = i + 2;
                if v % 10 == 0 && v >= 20 {
                    if let Lx::NumWord(o) = self.lx(i + 2) {
                        if (1..=9).contains(&o) {
                            y += o;
                            end += 1;
                        }
                    }
                }
                (c * 100 + y, end)
            }
            _ => return None,
        };
        date(i, end, Sem::Cal(Some(y as i32), Gran::Year, Tod::NONE))
    }

    // ---- months, weekdays, seasons ------------------------------------------------------------

    /// `February 4, 2025`, `Feb. 12`, `Feb. 12-14`, `August 1988`, `March`.
    fn month(&self, i: usize, m: u8) -> Option<P> {
        let word = self.text(i);
        if !self.cap(i) && !self.all_caps(i) {
            // Lowercase month names are rare in news; `may` and `march` are verbs.
            if matches!(m, 3 | 5) {
                return None;
            }
        }
        let abbrev = word.len() <= 4 && !matches!(word.to_ascii_lowercase().as_str(), "may" | "june" | "july");
        let mut j = i + 1;
        let dotted = self.is(j, Kw::Dot) && self.toks.get(j).is_some_and(|t| !t.space_before);
        if dotted && abbrev {
            j += 1;
        }
        // Day of month.
        let day = match self.lx(j) {
            Lx::Num(v, 1..=2) if (1..=31).contains(&v) => Some((v as u8, false)),
            Lx::Ord(v) if (1..=31).contains(&v) => Some((v, true)),
            Lx::Range(a, ad @ 1..=2, b, 1..=2) if (1..=31).contains(&a) && (1..=31).contains(&b) && a < b => {
                let tok = self.toks.get(j)?;
                let dash = tok.span.start + ad as usize;
                let first = Sem::Cal(None, Gran::Day(m, a as u8), Tod::NONE);
                let second = Sem::Cal(None, Gran::Day(m, b as u8), Tod::NONE);
                // `Feb. 12-14, 2025`
                let (year, end) = self.year_after_day(j + 1);
                let (first, second) = match year {
                    Some(y) => (
                        Sem::Cal(Some(y), Gran::Day(m, a as u8), Tod::NONE),
                        Sem::Cal(Some(y), Gran::Day(m, b as u8), Tod::NONE),
                    ),
                    None => (first, second),
                };
                return Some(P {
                    start: i,
                    end,
                    kind: TimexKind::Date,
                    sem: first,
                    also: Some((Span::new(dash + 1, tok.span.end), second, j)),
                    cut: Some(dash),
                });
            }
            _ => None,
        };
        if let Some((dd, _ord)) = day {
            // `May 5 percent` is not a date.
            if matches!(self.lx(j + 1), Lx::Kw(Kw::Percent)) || self.measure_word(j + 1) {
                return None;
            }
            let (year, end) = self.year_after_day(j + 1);
            // `April 24 and 25`: the second day is a date of its own.
            if year.is_none() && matches!(self.kw(end), Some(Kw::And | Kw::Or)) {
                if let Lx::Num(d2, 1..=2) = self.lx(end + 1) {
                    let next_ok = !self.measure_word(end + 2)
                        && !matches!(self.lx(end + 2), Lx::Month(..) | Lx::Kw(Kw::Percent) | Lx::Unit(..));
                    if (1..=31).contains(&d2) && d2 as u8 > dd && next_ok {
                        if let Some(t) = self.toks.get(end + 1) {
                            return Some(P {
                                start: i,
                                end,
                                kind: TimexKind::Date,
                                sem: Sem::Cal(None, Gran::Day(m, dd), Tod::NONE),
                                also: Some((t.span, Sem::Cal(None, Gran::Day(m, d2 as u8), Tod::NONE), end + 1)),
                                cut: None,
                            });
                        }
                    }
                }
            }
            return date(i, end, Sem::Cal(year, Gran::Day(m, dd), Tod::NONE));
        }
        if abbrev && !dotted {
            // `Jan` without a dot or a day is a name.
            return None;
        }
        self.month_year_tail(i, j, m)
    }

    /// After a month (tokens `i..j`): a year, `last year`, or the month alone.
    fn month_year_tail(&self, i: usize, j: usize, m: u8) -> Option<P> {
        if let Some(y) = self.year_at(j) {
            if !self.measure_word(j + 1) {
                return date(i, j + 1, Sem::Cal(Some(y), Gran::Month(m), Tod::NONE));
            }
        }
        if self.is(j, Kw::Comma) {
            if let Some(y) = self.year_at(j + 1) {
                if !self.measure_word(j + 2) && !matches!(self.lx(j + 2), Lx::Kw(Kw::Percent)) {
                    return date(i, j + 2, Sem::Cal(Some(y), Gran::Month(m), Tod::NONE));
                }
            }
        }
        if self.is(j, Kw::Of) {
            if let Some(y) = self.year_at(j + 1) {
                return date(i, j + 2, Sem::Cal(Some(y), Gran::Month(m), Tod::NONE));
            }
        }
        // `June last year`, `January this year`
        if matches!(self.kw(j), Some(Kw::Last | Kw::This | Kw::Next))
            && matches!(self.lx(j + 1), Lx::Unit(Unit::Year, false))
        {
            let n = match self.kw(j) {
                Some(Kw::Last) => -1,
                Some(Kw::Next) => 1,
                _ => 0,
            };
            return date(i, j + 2, Sem::YearOffset(Gran::Month(m), n));
        }
        if matches!(self.lx(i), Lx::EdgeMonth(..)) {
            return date(i, j, Sem::Cal(None, Gran::Month(m), Tod::NONE));
        }
        // A bare month name.
        let prev_kw = self.prev(i);
        let prepositional = matches!(
            prev_kw,
            Some(
                Kw::In
                    | Kw::Since
                    | Kw::Until
                    | Kw::By
                    | Kw::From
                    | Kw::To
                    | Kw::Through
                    | Kw::During
                    | Kw::Of
                    | Kw::Early
                    | Kw::Late
                    | Kw::Mid
                    | Kw::Before
                    | Kw::After
                    | Kw::And
                    | Kw::Or
                    | Kw::Last
                    | Kw::This
                    | Kw::Next
                    | Kw::End
                    | Kw::Between
            )
        );
        if m == 5 && !prepositional {
            return None;
        }
        // `April Ryan`, `June Carter`: a first name.
        if matches!(m, 4 | 5 | 6 | 8) && self.capital_mid(j) && matches!(self.lx(j), Lx::Other) && !prepositional {
            return None;
        }
        // `the March for Peace`, `March of Dimes`: names, not months.
        if !prepositional && (self.is(j, Kw::For) || self.is(j, Kw::Of) && self.year_at(j + 1).is_none()) {
            return None;
        }
        // `March` opening a sentence before a lowercase word is the verb.
        if m == 3
            && i == self.lo
            && !self.cap(j)
            && matches!(self.lx(j), Lx::Other | Lx::Kw(_))
            && !self.is(j, Kw::Comma)
        {
            return None;
        }
        date(i, j, Sem::Cal(None, Gran::Month(m), Tod::NONE))
    }

    /// One past a month name at `j` and the dot of its abbreviation.
    fn after_month_name(&self, j: usize) -> usize {
        let w = self.text(j);
        let abbrev = w.len() <= 4 && !matches!(w.to_ascii_lowercase().as_str(), "may" | "june" | "july");
        if abbrev && self.is(j + 1, Kw::Dot) && self.toks.get(j + 1).is_some_and(|t| !t.space_before) {
            j + 2
        } else {
            j + 1
        }
    }

    /// `, 2025` or ` 2025` after a day of month at `j`: the year and the end.
    fn year_after_day(&self, j: usize) -> (Option<i32>, usize) {
        if self.is(j, Kw::Comma) {
            if let Some(y) = self.year_at(j + 1) {
                if !self.measure_word(j + 2) && !matches!(self.lx(j + 2), Lx::Kw(Kw::Percent)) {
                    return (Some(y), j + 2);
                }
            }
        }
        if let Some(y) = self.year_at(j) {
            if !self.measure_word(j + 1) {
                return (Some(y), j + 1);
            }
        }
        (None, j)
    }

    /// `Thursday`, `Friday, Oct. 23`, `Sunday night`, `Mondays`.
    fn weekday(&self, i: usize, wd: u8, plural: bool) -> Option<P> {
        let word = self.text(i);
        let mut j = i + 1;
        if word.len() <= 5 && !word.to_ascii_lowercase().ends_with("day") {
            // An abbreviation needs its dot or a date after it.
            if self.is(j, Kw::Dot) {
                j += 1;
            } else if !(matches!(self.lx(j), Lx::Month(..))
                || self.is(j, Kw::Comma) && matches!(self.lx(j + 1), Lx::Month(..)))
            {
                return None;
            }
        }
        if !self.cap(i) && !self.all_caps(i) {
            return None;
        }
        // `the Sunday Times`, `Monday Night Football`
        if self.lower_is(
            j,
            &[
                "times", "telegraph", "express", "mirror", "post", "herald", "tribune", "mail", "independent",
                "observer", "star", "sport", "school", "service", "club", "magazine", "review", "edition", "show",
                "people", "business", "night", "morning", "afternoon", "evening",
            ],
        ) && self.cap(j)
            && !self.all_caps(j)
        {
            return None;
        }
        if plural {
            if let Lx::Part(part, _) = self.lx(j) {
                return p(i, j + 1, TimexKind::Set, Sem::Lit(format!("XXXX-WXX-{wd}T{}", part.code())));
            }
            return p(i, j, TimexKind::Set, Sem::Lit(format!("XXXX-WXX-{wd}")));
        }
        // `Friday, Oct. 23` / `Friday Oct. 13`: the date decides.
        let k = if self.is(j, Kw::Comma) { j + 1 } else { j };
        if let Lx::Month(m, _) = self.lx(k) {
            if let Some(md) = self.month(k, m) {
                if let Sem::Cal(year, Gran::Day(mm, dd), tod) = md.sem {
                    let sem = match year {
                        Some(y) => Sem::Cal(Some(y), Gran::Day(mm, dd), tod),
                        None => Sem::DayWithWeekday(mm, dd, wd),
                    };
                    return date(i, md.end, sem);
                }
            }
        }
        // `Monday, 12 February`
        if let Lx::Num(v, 1..=2) = self.lx(k) {
            if let Some(md) = self.number(k, v, 2) {
                if let Sem::Cal(year, Gran::Day(mm, dd), _) = md.sem {
                    let sem = match year {
                        Some(y) => Sem::Cal(Some(y), Gran::Day(mm, dd), Tod::NONE),
                        None => Sem::DayWithWeekday(mm, dd, wd),
                    };
                    return date(i, md.end, sem);
                }
            }
        }
        self.weekday_tail(i, j, Sem::Weekday(wd, Dir::Tense, Tod::NONE))
    }

    /// After a weekday: `night`, `morning`.
    fn weekday_tail(&self, i: usize, j: usize, sem: Sem) -> Option<P> {
        if let Lx::Part(part, false) = self.lx(j) {
            if !matches!(part, Part::Noon | Part::Midnight) {
                let with_part = match sem {
                    Sem::Weekday(wd, dir, _) => Sem::Weekday(wd, dir, Tod::part(part)),
                    other => other,
                };
                return date(i, j + 1, with_part);
            }
        }
        date(i, j, sem)
    }

    /// A season: `summer 2024`, `in the spring`; bare `fall` needs a preposition.
    fn season(&self, i: usize, s: u8) -> Option<P> {
        if let Some(y) = self.year_at(i + 1) {
            return date(i, i + 2, Sem::Cal(Some(y), Gran::Season(s), Tod::NONE));
        }
        if self.is(i + 1, Kw::Of) {
            if let Some(y) = self.year_at(i + 2) {
                return date(i, i + 3, Sem::Cal(Some(y), Gran::Season(s), Tod::NONE));
            }
        }
        let prev_ok = matches!(
            self.prev(i),
            Some(Kw::In | Kw::Since | Kw::Until | Kw::By | Kw::During | Kw::Through | Kw::Early | Kw::Late | Kw::Mid)
        );
        // `fall` and `spring` are verbs and nouns too.
        if !prev_ok || (s == 2 || s == 0) && !self.at_clause_end(i + 1) {
            return None;
        }
        date(i, i + 1, Sem::Cal(None, Gran::Season(s), Tod::NONE))
    }

    // ---- quarters, ordinals ---------------------------------------------------------------------

    /// `Q3`, `Q3 2024`, `H1 2025`.
    fn named_period(&self, i: usize, g: Gran) -> Option<P> {
        let mut j = i + 1;
        if self.is(j, Kw::Of) || self.is(j, Kw::Comma) {
            j += 1;
        }
        if let Some(y) = self.year_at(j) {
            return date(i, j + 1, Sem::Cal(Some(y), g, Tod::NONE));
        }
        if let Lx::FiscalYear(y) = self.lx(j) {
            return date(i, j + 1, Sem::Cal(Some(y), g, Tod::NONE));
        }
        if !self.cap(i) {
            return None;
        }
        date(i, i + 1, Sem::Cal(None, g, Tod::NONE))
    }

    /// Ordinal phrases: `third quarter (of 1990)`, `first half`, `20th
    /// century`, `the 12th of February`; `start` is the `the` before, if any.
    fn ordinal(&self, j: usize, n: u8, start: Option<usize>) -> Option<P> {
        let i = start.unwrap_or(j);
        let (g, end) = match self.lx(j + 1) {
            Lx::Unit(Unit::Quarter, pl) if (1..=4).contains(&n) => {
                if pl {
                    // `the second and fourth quarters`
                    return None;
                }
                (Gran::Quarter(n), j + 2)
            }
            Lx::Kw(Kw::Half) if (1..=2).contains(&n) => (Gran::Half(n), j + 2),
            Lx::Unit(Unit::Century, false) => {
                let c = n as i32 - 1;
                return date(i, j + 2, Sem::Century(c));
            }
            Lx::Kw(Kw::Of) if (1..=31).contains(&n) => {
                if let Lx::Month(m, _) = self.lx(j + 2) {
                    if self.cap(j + 2) || self.all_caps(j + 2) {
                        let mut k = j + 3;
                        if self.is(k, Kw::Dot) {
                            k += 1;
                        }
                        let (year, end) = self.year_after_day(k);
                        return date(i, end, Sem::Cal(year, Gran::Day(m, n), Tod::NONE));
                    }
                }
                return None;
            }
            Lx::Num(..) | Lx::NumWord(_) if start.is_some() && (1..=2).contains(&n) => {
                // `the first nine months`
                return self.quantity_after(j + 1, i);
            }
            _ => return None,
        };
        // `of 1990`, `of the year`, `of next year`, `of fiscal 1990`
        if self.is(end, Kw::Of) {
            if let Some(y) = self.year_at(end + 1) {
                return date(i, end + 2, Sem::Cal(Some(y), g, Tod::NONE));
            }
            if self.is(end + 1, Kw::Fiscal) {
                if let Some(y) = self.year_at(end + 2) {
                    return date(i, end + 3, Sem::Cal(Some(y), g, Tod::NONE));
                }
            }
            if matches!(self.kw(end + 1), Some(Kw::Last | Kw::Next | Kw::This))
                && matches!(self.lx(end + 2), Lx::Unit(Unit::Year, false))
            {
                let k = match self.kw(end + 1) {
                    Some(Kw::Last) => -1,
                    Some(Kw::Next) => 1,
                    _ => 0,
                };
                return date(i, end + 3, Sem::YearOffset(g, k));
            }
            if self.is(end + 1, Kw::The) && matches!(self.lx(end + 2), Lx::Unit(Unit::Year, false)) {
                return date(i, end + 3, Sem::Cal(None, g, Tod::NONE));
            }
        }
        if start.is_none() && !matches!(g, Gran::Quarter(_)) {
            return None;
        }
        date(i, end, Sem::Cal(None, g, Tod::NONE))
    }

    /// `fiscal 1989`, `fiscal year 1990`, `fiscal '90`, `fiscal third quarter`.
    fn fiscal(&self, i: usize) -> Option<P> {
        let mut j = i + 1;
        if matches!(self.lx(j), Lx::Unit(Unit::Year, false)) {
            j += 1;
        }
        if let Some(y) = self.year_at(j) {
            return date(i, j + 1, Sem::Cal(Some(y), Gran::Year, Tod::NONE));
        }
        if j == i + 1 {
            return self.the_fiscal(i, j, None);
        }
        None
    }

    // ---- clock times -----------------------------------------------------------------------------

    /// `3:30 p.m.`, `10:35 a.m. EDT`, `at 9:00`.
    fn clock(&self, i: usize, h: u8, m: u8) -> Option<P> {
        match self.kw(i + 1) {
            Some(Kw::Am) if (1..=12).contains(&h) => self.clock_then_day(i, i + 2, (to_24h(h, false), m)),
            Some(Kw::Pm) if (1..=12).contains(&h) => self.clock_then_day(i, i + 2, (to_24h(h, true), m)),
            Some(Kw::Zone) => self.clock_then_day(i, i + 1, (h, m)),
            _ if matches!(self.prev(i), Some(Kw::At | Kw::Around | Kw::Until | Kw::By)) && h <= 23 => {
                self.clock_then_day(i, i + 1, (h, m))
            }
            _ => None,
        }
    }

    /// After a clock time (tokens `i..j`): a time zone, then a day
    /// (`Tuesday`, `today`, `Nov. 9`).
    fn clock_then_day(&self, i: usize, mut j: usize, clock: (u8, u8)) -> Option<P> {
        if self.is(j, Kw::Zone) {
            j += 1;
        } else if self.is(j, Kw::Local) && self.is(j + 1, Kw::Time) {
            j += 2;
        }
        let k = if self.is(j, Kw::Comma) { j + 1 } else { j };
        let day = match self.lx(k) {
            Lx::Weekday(wd, false) if self.cap(k) || self.all_caps(k) => {
                Some((k + 1, Sem::Weekday(wd, Dir::Tense, Tod::NONE)))
            }
            Lx::Kw(Kw::Today) => Some((k + 1, Sem::Deictic(Unit::Day, 0, Tod::NONE))),
            Lx::Kw(Kw::Tomorrow) => Some((k + 1, Sem::Deictic(Unit::Day, 1, Tod::NONE))),
            Lx::Kw(Kw::Yesterday) => Some((k + 1, Sem::Deictic(Unit::Day, -1, Tod::NONE))),
            Lx::Month(m, true) => self.month(k, m).and_then(|md| match md.sem {
                Sem::Cal(y, Gran::Day(mm, dd), _) => Some((md.end, Sem::Cal(y, Gran::Day(mm, dd), Tod::NONE))),
                _ => None,
            }),
            _ => None,
        };
        match day {
            Some((end, sem)) => p(i, end, TimexKind::Time, Sem::At(Box::new(sem), clock)),
            None => {
                let day = self.day_before_at(i).unwrap_or(Sem::Deictic(Unit::Day, 0, Tod::NONE));
                p(i, j, TimexKind::Time, Sem::At(Box::new(day), clock))
            }
        }
    }

    /// `Friday at 4:30 p.m.`: the day named just before `at` (token `i - 1`).
    fn day_before_at(&self, i: usize) -> Option<Sem> {
        if i < self.lo + 2 || !self.is(i - 1, Kw::At) {
            return None;
        }
        let lo = i.saturating_sub(6).max(self.lo);
        (lo..i - 1).find_map(|k| {
            let m = self.expr(k, MAX_DEPTH - 1)?;
            if m.end != i - 1 {
                return None;
            }
            match m.sem {
                sem @ (Sem::Weekday(_, _, Tod::NONE)
                | Sem::Deictic(Unit::Day, _, Tod::NONE)
                | Sem::Cal(_, Gran::Day(..), Tod::NONE)
                | Sem::DayWithWeekday(..)) => Some(sem),
                _ => None,
            }
        })
    }

    /// `mid-afternoon (yesterday)`.
    fn part_with_day(&self, i: usize, j: usize, part: Part) -> Option<P> {
        let n = match self.kw(j) {
            Some(Kw::Yesterday) => Some(-1),
            Some(Kw::Today) => Some(0),
            Some(Kw::Tomorrow) => Some(1),
            _ => None,
        };
        match n {
            Some(n) => date(i, j + 1, Sem::Deictic(Unit::Day, n, Tod::part(part))),
            None => date(i, j, Sem::Deictic(Unit::Day, 0, Tod::part(part))),
        }
    }

    // ---- holidays ------------------------------------------------------------------------------------

    fn holiday(&self, i: usize, k: Kw) -> Option<P> {
        if !self.cap(i) && !self.all_caps(i) {
            return None;
        }
        let day_after = |j: usize| self.lower_is(j, &["day"]) && (self.cap(j) || self.all_caps(j));
        let (h, end) = match k {
            Kw::Christmas => {
                if self.is(i + 1, Kw::Eve) {
                    (Holiday::Fixed(12, 24), i + 2)
                } else if day_after(i + 1) {
                    (Holiday::Fixed(12, 25), i + 2)
                } else {
                    (Holiday::Fixed(12, 25), i + 1)
                }
            }
            Kw::Thanksgiving => (Holiday::Thanksgiving, if day_after(i + 1) { i + 2 } else { i + 1 }),
            Kw::Easter => (Holiday::Easter, if self.lower_is(i + 1, &["sunday"]) { i + 2 } else { i + 1 }),
            Kw::Halloween => (Holiday::Fixed(10, 31), i + 1),
            Kw::NewYear => {
                if day_after(i + 1) {
                    (Holiday::Fixed(1, 1), i + 2)
                } else if self.is(i + 1, Kw::Eve) {
                    (Holiday::Fixed(12, 31), i + 2)
                } else {
                    return None;
                }
            }
            Kw::Election if day_after(i + 1) => (Holiday::Election, i + 2),
            Kw::Labor if day_after(i + 1) => (Holiday::Labor, i + 2),
            Kw::Memorial if day_after(i + 1) => (Holiday::Memorial, i + 2),
            Kw::Valentine if self.is(i + 1, Kw::Possessive) && day_after(i + 2) => (Holiday::Fixed(2, 14), i + 3),
            // `New Year's Day`, `New Year's Eve`
            Kw::New if matches!(self.lx(i + 1), Lx::Unit(Unit::Year, false)) && self.cap(i + 1) => {
                let k = if self.is(i + 2, Kw::Possessive) { i + 3 } else { i + 2 };
                if day_after(k) {
                    (Holiday::Fixed(1, 1), k + 1)
                } else if self.is(k, Kw::Eve) {
                    (Holiday::Fixed(12, 31), k + 1)
                } else {
                    return None;
                }
            }
            _ => return None,
        };
        let (year, end) = if let Some(y) = self.year_at(end) { (Some(y), end + 1) } else { (None, end) };
        date(i, end, Sem::Cal(year, Gran::Holiday(h), Tod::NONE))
    }

    // ---- tense -----------------------------------------------------------------------------------------

    /// The tense of the clause around tokens `a..b`: the nearest tense
    /// marker within a few words, in the same sentence.
    pub fn tense(&self, a: usize, b: usize) -> Tense {
        const BACK: usize = 12;
        const AHEAD: usize = 8;
        // `as early as Tuesday`, `as soon as Monday`: a time not yet reached.
        if a >= self.lo + 3
            && self.lower_is(a - 3, &["as"])
            && self.lower_is(a - 2, &["early", "soon"])
            && self.lower_is(a - 1, &["as"])
        {
            return Tense::Future;
        }
        // `since January`: a time already reached.
        if a > self.lo && self.is(a - 1, Kw::Since) {
            return Tense::Past;
        }
        let lo = a.saturating_sub(BACK).max(self.lo);
        let back = (lo..a.min(self.hi)).rev().find_map(|k| self.tense_marker(k).map(|t| (a - k, t)));
        let hi = (b + AHEAD).min(self.hi);
        let mut ahead = None;
        for k in b..hi {
            // `… will sign it Friday, aides said`: past the comma comes the
            // attribution, whose tense is not the event's.
            if back.is_some() && matches!(self.lx(k), Lx::Kw(Kw::Comma)) {
                break;
            }
            if let Some(t) = self.tense_marker(k) {
                ahead = Some((k + 1 - b, t));
                break;
            }
        }
        match (back, ahead) {
            (Some((db, tb)), Some((da, ta))) => {
                if da < db {
                    ta
                } else {
                    tb
                }
            }
            (Some((_, t)), None) | (None, Some((_, t))) => t,
            (None, None) => Tense::None,
        }
    }

    fn tense_marker(&self, k: usize) -> Option<Tense> {
        // `to be paid`, `will be returned`: a passive after `be` says nothing
        // by itself; the auxiliary before it decides.
        let passive = || k > self.lo && self.lower_is(k - 1, &["be", "being", "to"]);
        match self.lx(k) {
            Lx::Kw(Kw::Will | Kw::Shall | Kw::Upcoming | Kw::Would | Kw::Schedule) => Some(Tense::Future),
            Lx::Kw(Kw::Scheduled) => Some(Tense::Future),
            Lx::Kw(Kw::Going | Kw::Expected | Kw::Plan | Kw::Set | Kw::Due) if self.is(k + 1, Kw::To) => {
                Some(Tense::Future)
            }
            Lx::Kw(Kw::PastVerb) if passive() => None,
            Lx::Kw(Kw::Said | Kw::Was | Kw::Had | Kw::Did | Kw::PastVerb) => Some(Tense::Past),
            Lx::Other => {
                let t = self.text(k);
                let b = t.as_bytes();
                if b.len() > 4 && t.ends_with("ed") {
                    // A regular past tense or participle (not `succeed`, `need`).
                    let past =
                        !t.ends_with("eed") && b[0].is_ascii_lowercase() && !self.is(k + 1, Kw::By) && !passive();
                    past.then_some(Tense::Past)
                } else if t.ends_with("'ll") || t.ends_with("’ll") {
                    Some(Tense::Future)
                } else {
                    None
                }
            }
            _ => None,
        }
    }
}

/// Whether an expression can start with a token of class `lx` (a quick
/// filter before trying the patterns).
fn can_start(lx: Lx) -> bool {
    match lx {
        Lx::Other | Lx::Part(_, true) | Lx::Season(_, true) => false,
        Lx::Unit(u, false) => u == Unit::Year,
        Lx::Kw(k) => !matches!(
            k,
            Kw::Of
                | Kw::In
                | Kw::On
                | Kw::By
                | Kw::For
                | Kw::From
                | Kw::To
                | Kw::Until
                | Kw::Since
                | Kw::During
                | Kw::Within
                | Kw::Through
                | Kw::And
                | Kw::Or
                | Kw::Dot
                | Kw::Comma
                | Kw::Dash
                | Kw::Slash
                | Kw::Percent
                | Kw::Dollar
                | Kw::Apostrophe
                | Kw::Said
                | Kw::Was
                | Kw::Had
                | Kw::Did
                | Kw::PastVerb
                | Kw::Will
                | Kw::Would
                | Kw::Shall
                | Kw::Measure
                | Kw::Label
                | Kw::Money
                | Kw::CountAdj
                | Kw::Possessive
                | Kw::Ago
                | Kw::Than
        ),
        _ => true,
    }
}

fn to_24h(h: u8, pm: bool) -> u8 {
    match (h, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    }
}

impl Tod {
    /// For `noon` and `midnight`: the clock reading they stand for.
    fn clock_or_part(self) -> (u8, u8) {
        match self.part {
            Some(Part::Midnight) => (24, 0),
            _ => (12, 0),
        }
    }
}
