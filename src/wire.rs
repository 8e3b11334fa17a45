//! The analysis as it crosses from the worker to the page: compact bytes.
//!
//! The engine runs in a Web Worker (`src/bin/whosaid-worker.rs`); the page
//! needs the whole [`Analysis`] back (the highlights, the panels and the
//! exports are laid out from it). The `whosaid/1` JSON would be the obvious
//! form, but for a 3 MB article it is about 10 MB of text to build, copy and
//! parse, and it counts code points where the page works in bytes. This form
//! is the analysis itself, field by field, as little-endian `u32`s and
//! length-prefixed UTF-8: about a quarter of that, built and read in one
//! pass, and moved between threads without a copy (a transferred buffer).
//!
//! It is a private format between two files built together, not a boundary
//! users see: [`MAGIC`] names its version, and [`decode`] refuses anything
//! else (a worker script cached from an older build) instead of misreading it.
//! Decoding checks every length and index: bad bytes give `None`, never a
//! panic or an analysis whose spans do not fit its text.

use whosaid::{Analysis, Claim, ClaimKind, Date, DateSource, Entity, EntityKind, Span, Timex, TimexKind};

/// The first word of every message: `WSW` and the format's version.
pub const MAGIC: u32 = u32::from_le_bytes(*b"WSW\x01");

/// Stands for `None` where a number is optional (no text is 4 GiB long).
const NONE: u32 = u32::MAX;

struct Writer(Vec<u8>);

impl Writer {
    fn u32(&mut self, n: u32) {
        self.0.extend_from_slice(&n.to_le_bytes());
    }
    fn usize(&mut self, n: usize) {
        self.u32(u32::try_from(n).unwrap_or(NONE - 1));
    }
    fn opt(&mut self, n: Option<usize>) {
        match n {
            Some(n) => self.usize(n),
            None => self.u32(NONE),
        }
    }
    fn span(&mut self, s: Span) {
        self.usize(s.start);
        self.usize(s.end);
    }
    fn opt_span(&mut self, s: Option<Span>) {
        match s {
            Some(s) => self.span(s),
            None => {
                self.u32(NONE);
                self.u32(NONE);
            }
        }
    }
    fn spans(&mut self, spans: &[Span]) {
        self.usize(spans.len());
        spans.iter().for_each(|&s| self.span(s));
    }
    fn str(&mut self, s: &str) {
        self.usize(s.len());
        self.0.extend_from_slice(s.as_bytes());
    }
    fn date(&mut self, d: Option<Date>) {
        match d {
            Some(d) => self.u32(d.year as u32 * 10_000 + d.month as u32 * 100 + d.day as u32),
            None => self.u32(NONE),
        }
    }
}

/// The analysis as bytes.
pub fn encode(analysis: &Analysis) -> Vec<u8> {
    let a = analysis;
    let mut w = Writer(Vec::with_capacity(
        64 + 8 * (a.paragraphs.len() + a.sentences.len())
            + 24 * a.dates.len()
            + 36 * a.claims.len()
            + a.entities.iter().map(|e| 32 + 8 * e.mentions.len()).sum::<usize>(),
    ));
    w.u32(MAGIC);
    w.date(a.reference_date);
    w.u32(match a.reference_source {
        DateSource::Option => 0,
        DateSource::Dateline => 1,
        DateSource::None => 2,
    });
    w.opt_span(a.dateline);
    w.spans(&a.paragraphs);
    w.spans(&a.sentences);
    w.usize(a.dates.len());
    for d in &a.dates {
        w.span(d.span);
        w.u32(match d.kind {
            TimexKind::Date => 0,
            TimexKind::Time => 1,
            TimexKind::Duration => 2,
            TimexKind::Set => 3,
        });
        w.str(&d.value);
    }
    w.usize(a.entities.len());
    for e in &a.entities {
        w.str(&e.name);
        w.u32(match e.kind {
            EntityKind::Person => 0,
            EntityKind::Organization => 1,
            EntityKind::Group => 2,
        });
        w.usize(e.roles.len());
        e.roles.iter().for_each(|r| w.str(r));
        w.spans(&e.mentions);
    }
    w.usize(a.claims.len());
    for c in &a.claims {
        w.usize(c.speaker);
        w.u32(match c.kind {
            ClaimKind::Direct => 0,
            ClaimKind::Mixed => 1,
            ClaimKind::Indirect => 2,
        });
        w.opt_span(c.speaker_mention);
        w.opt_span(c.cue);
        w.span(c.content);
        w.opt(c.date);
    }
    w.0
}

struct Reader<'a> {
    bytes: &'a [u8],
    /// Length of the analysed text: every span must fit it.
    text_len: usize,
}

impl Reader<'_> {
    fn u32(&mut self) -> Option<u32> {
        let (head, rest) = self.bytes.split_first_chunk::<4>()?;
        self.bytes = rest;
        Some(u32::from_le_bytes(*head))
    }
    fn usize(&mut self) -> Option<usize> {
        self.u32().filter(|&n| n != NONE).map(|n| n as usize)
    }
    fn opt(&mut self) -> Option<Option<usize>> {
        match self.u32()? {
            NONE => Some(None),
            n => Some(Some(n as usize)),
        }
    }
    /// A count of items that each take at least `min` bytes (so a bad count
    /// cannot make the reader allocate more than the message could hold).
    fn count(&mut self, min: usize) -> Option<usize> {
        self.usize().filter(|&n| n.checked_mul(min).is_some_and(|b| b <= self.bytes.len()))
    }
    fn span(&mut self) -> Option<Span> {
        let (start, end) = (self.usize()?, self.usize()?);
        (start <= end && end <= self.text_len).then_some(Span::new(start, end))
    }
    fn opt_span(&mut self) -> Option<Option<Span>> {
        match (self.u32()?, self.u32()?) {
            (NONE, NONE) => Some(None),
            (start, end) => {
                let (start, end) = (start as usize, end as usize);
                (start <= end && end <= self.text_len).then_some(Some(Span::new(start, end)))
            }
        }
    }
    fn spans(&mut self) -> Option<Vec<Span>> {
        let n = self.count(8)?;
        (0..n).map(|_| self.span()).collect()
    }
    fn str(&mut self) -> Option<String> {
        let n = self.count(1)?;
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        String::from_utf8(head.to_vec()).ok()
    }
    fn date(&mut self) -> Option<Option<Date>> {
        match self.u32()? {
            NONE => Some(None),
            n => Date::new((n / 10_000) as i32, n / 100 % 100, n % 100).map(Some),
        }
    }
    fn tag<T: Copy>(&mut self, values: &[T]) -> Option<T> {
        values.get(self.u32()? as usize).copied()
    }
}

/// Reads bytes made by [`encode`] for a text of `text_len` bytes. `None`
/// when they are not that (another version, cut short, or a span or index
/// that does not fit).
pub fn decode(bytes: &[u8], text_len: usize) -> Option<Analysis> {
    let mut r = Reader { bytes, text_len };
    if r.u32()? != MAGIC {
        return None;
    }
    let reference_date = r.date()?;
    let reference_source = r.tag(&[DateSource::Option, DateSource::Dateline, DateSource::None])?;
    let dateline = r.opt_span()?;
    let paragraphs = r.spans()?;
    let sentences = r.spans()?;
    let n = r.count(16)?;
    let mut dates = Vec::with_capacity(n);
    for _ in 0..n {
        let span = r.span()?;
        let kind = r.tag(&[TimexKind::Date, TimexKind::Time, TimexKind::Duration, TimexKind::Set])?;
        dates.push(Timex { span, kind, value: r.str()? });
    }
    let n = r.count(16)?;
    let mut entities = Vec::with_capacity(n);
    for _ in 0..n {
        let name = r.str()?;
        let kind = r.tag(&[EntityKind::Person, EntityKind::Organization, EntityKind::Group])?;
        let roles = (0..r.count(4)?).map(|_| r.str()).collect::<Option<Vec<_>>>()?;
        entities.push(Entity { name, kind, roles, mentions: r.spans()? });
    }
    let n = r.count(36)?;
    let mut claims = Vec::with_capacity(n);
    for _ in 0..n {
        let speaker = r.usize().filter(|&s| s < entities.len())?;
        let kind = r.tag(&[ClaimKind::Direct, ClaimKind::Mixed, ClaimKind::Indirect])?;
        let speaker_mention = r.opt_span()?;
        let cue = r.opt_span()?;
        let content = r.span()?;
        let date = r.opt()?;
        if date.is_some_and(|d| d >= dates.len()) {
            return None;
        }
        claims.push(Claim { speaker, kind, speaker_mention, cue, content, date });
    }
    if !r.bytes.is_empty() {
        return None;
    }
    Some(Analysis { reference_date, reference_source, dateline, paragraphs, sentences, dates, entities, claims })
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = "date 2025-02-13\n\n“We will win,” Jane Doe, the mayor, said on Thursday. \
                           Critics said she was wrong, according to officials. Bob Roe said it rained every Monday.";

    #[test]
    fn round_trips_real_analyses() {
        for (text, date) in [
            (ARTICLE, None),
            (ARTICLE, Date::new(2024, 1, 2)),
            (crate::example::ARTICLE, None),
            ("", None),
            ("No claims, no dates.", None),
        ] {
            let a = whosaid::analyze(text, &whosaid::Options { date });
            let bytes = encode(&a);
            assert_eq!(decode(&bytes, text.len()).as_ref(), Some(&a), "{text:?}");
        }
        // The test covers every field: claims with and without dates, roles, mentions.
        let a = whosaid::analyze(ARTICLE, &whosaid::Options::default());
        assert!(!a.claims.is_empty() && !a.dates.is_empty() && a.claims.iter().any(|c| c.date.is_some()));
    }

    #[test]
    fn refuses_what_it_did_not_write() {
        let a = whosaid::analyze(ARTICLE, &whosaid::Options::default());
        let bytes = encode(&a);
        assert_eq!(decode(&bytes, ARTICLE.len() - 1), None, "a span past the end of the text");
        assert_eq!(decode(&bytes[..bytes.len() - 1], ARTICLE.len()), None, "cut short");
        assert_eq!(decode(&[bytes.as_slice(), &[0]].concat(), ARTICLE.len()), None, "trailing bytes");
        let mut other = bytes.clone();
        other[3] = 2;
        assert_eq!(decode(&other, ARTICLE.len()), None, "another version");
        assert_eq!(decode(b"", 0), None);
        assert_eq!(decode(br#"{"schema":"whosaid/1"}"#, 100), None);
    }

    #[test]
    fn never_panics_on_damaged_bytes() {
        let a = whosaid::analyze(crate::example::ARTICLE, &whosaid::Options::default());
        let bytes = encode(&a);
        let len = crate::example::ARTICLE.len();
        // Every prefix, and every single byte set to 0xFF or 0x00 (a huge or
        // a zero count, index or length).
        for end in 0..bytes.len() {
            assert_eq!(decode(&bytes[..end], len), None);
        }
        for i in 0..bytes.len() {
            for b in [0x00, 0xFF, 0x7F] {
                let mut bad = bytes.clone();
                bad[i] = b;
                if let Some(d) = decode(&bad, len) {
                    let fits = |s: &Span| s.start <= s.end && s.end <= len;
                    assert!(d.claims.iter().all(|c| fits(&c.content) && c.speaker < d.entities.len()));
                }
            }
        }
    }
}
