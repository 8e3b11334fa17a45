//! The `whosaid/1` JSON: the compatibility boundary of the project's SPEC §1.
//!
//! Internal types are not `Serialize`; this module converts an [`Analysis`]
//! by hand into [`Document`], whose offsets count Unicode code points (Python
//! string indices) as the SPEC requires, and whose `text` fields are slices
//! of the input. Ids: speakers `s1…` in order of first mention, claims `c1…`
//! in order of content, dates `t1…` in text order.

use serde::Serialize;

use crate::minijson::Writer;
use crate::{Analysis, ClaimKind, DateSource, EntityKind, Span};

/// The schema name written into every document.
pub const SCHEMA: &str = "whosaid/1";

/// A `whosaid/1` analysis.
#[derive(Serialize, Debug)]
pub struct Document<'a> {
    /// Always [`SCHEMA`].
    pub schema: &'static str,
    /// The date relative expressions were resolved against.
    pub reference_date: ReferenceDate,
    /// People and organisations with at least one claim.
    pub speakers: Vec<Speaker<'a>>,
    /// Everything attributed to a speaker.
    pub claims: Vec<Claim<'a>>,
    /// Temporal expressions.
    pub dates: Vec<DateExpr<'a>>,
    /// People and organisations named but not quoted.
    pub mentions: Vec<Mention<'a>>,
}

/// `reference_date`.
#[derive(Serialize, Debug)]
pub struct ReferenceDate {
    /// `YYYY-MM-DD` or null.
    pub value: Option<String>,
    /// `option`, `dateline` or `none`.
    pub source: &'static str,
}

/// A span of the input in code points, with its text.
#[derive(Serialize, Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextSpan<'a> {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The input sliced at `start..end`.
    pub text: &'a str,
}

/// An entry of `speakers`.
#[derive(Serialize, Debug)]
pub struct Speaker<'a> {
    /// `s1`, `s2`, …
    pub id: String,
    /// The fullest form used.
    pub name: String,
    /// `person`, `organization` or `group`.
    pub kind: &'static str,
    /// Titles and descriptions as written.
    pub roles: Vec<String>,
    /// Every mention, aliases and pronouns included.
    pub mentions: Vec<TextSpan<'a>>,
    /// Ids of its claims.
    pub claims: Vec<String>,
}

/// An entry of `claims`.
#[derive(Serialize, Debug)]
pub struct Claim<'a> {
    /// `c1`, `c2`, …
    pub id: String,
    /// Id of the speaker.
    pub speaker: String,
    /// `direct`, `mixed` or `indirect`.
    pub kind: &'static str,
    /// The span naming the speaker in the claim's sentence.
    pub speaker_mention: Option<TextSpan<'a>>,
    /// The reporting verb or phrase.
    pub cue: Option<TextSpan<'a>>,
    /// The attributed proposition.
    pub content: TextSpan<'a>,
    /// Id of the date when it was said.
    pub date: Option<String>,
}

/// An entry of `dates`.
#[derive(Serialize, Debug)]
pub struct DateExpr<'a> {
    /// `t1`, `t2`, …
    pub id: String,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The expression as written.
    pub text: &'a str,
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The TIMEX3 value.
    pub value: String,
}

/// An entry of `mentions`.
#[derive(Serialize, Debug)]
pub struct Mention<'a> {
    /// The fullest form used.
    pub name: String,
    /// `person`, `organization` or `group`.
    pub kind: &'static str,
    /// Titles and descriptions as written.
    pub roles: Vec<String>,
    /// Where it is mentioned.
    pub spans: Vec<TextSpan<'a>>,
}

/// Converts byte offsets to code-point offsets with one pass over the text.
struct Offsets {
    bytes: Vec<usize>,
    chars: Vec<usize>,
}

impl Offsets {
    fn new(text: &str, mut wanted: Vec<usize>) -> Offsets {
        crate::sort::by_key(&mut wanted, |&b| b as u128);
        wanted.dedup();
        let mut chars = Vec::with_capacity(wanted.len());
        let mut count = 0;
        let mut pos = 0;
        for &b in &wanted {
            let b = b.min(text.len());
            // Count the characters in text[pos..b]: every byte that is not a continuation byte.
            count += text.as_bytes()[pos.min(b)..b].iter().filter(|&&x| (x as i8) >= -0x40).count();
            pos = pos.max(b);
            chars.push(count);
        }
        Offsets { bytes: wanted, chars }
    }

    fn get(&self, byte: usize) -> usize {
        match self.bytes.binary_search(&byte) {
            Ok(i) => self.chars[i],
            Err(_) => 0,
        }
    }
}

fn kind_name(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "person",
        EntityKind::Organization => "organization",
        EntityKind::Group => "group",
    }
}

/// Converts `analysis` of `text` into a `whosaid/1` document.
pub fn document<'a>(text: &'a str, analysis: &Analysis) -> Document<'a> {
    let mut wanted = Vec::new();
    let mut want = |s: Span| {
        wanted.push(s.start);
        wanted.push(s.end);
    };
    analysis.dates.iter().for_each(|d| want(d.span));
    for e in &analysis.entities {
        e.mentions.iter().for_each(|&s| want(s));
    }
    for c in &analysis.claims {
        want(c.content);
        c.cue.into_iter().for_each(&mut want);
        c.speaker_mention.into_iter().for_each(&mut want);
    }
    let offsets = Offsets::new(text, wanted);
    let span = |s: Span| TextSpan { start: offsets.get(s.start), end: offsets.get(s.end), text: s.of(text) };

    // Claims in order of content; speakers are entities with a claim.
    let mut claim_order: Vec<usize> = (0..analysis.claims.len()).collect();
    crate::sort::by_key(&mut claim_order, |&i| {
        crate::sort::pair(analysis.claims[i].content.start, analysis.claims[i].content.end)
    });
    let mut claim_id = vec![String::new(); analysis.claims.len()];
    for (n, &i) in claim_order.iter().enumerate() {
        claim_id[i] = format!("c{}", n + 1);
    }
    let mut speaker_id: Vec<Option<String>> = vec![None; analysis.entities.len()];
    let mut speakers = Vec::new();
    let mut mentions = Vec::new();
    let mut claims_of: Vec<Vec<String>> = vec![Vec::new(); analysis.entities.len()];
    for &ci in &claim_order {
        if let Some(list) = claims_of.get_mut(analysis.claims[ci].speaker) {
            list.push(claim_id[ci].clone());
        }
    }
    for (ei, e) in analysis.entities.iter().enumerate() {
        let claims = std::mem::take(&mut claims_of[ei]);
        let spans: Vec<TextSpan> = e.mentions.iter().map(|&s| span(s)).collect();
        if claims.is_empty() {
            mentions.push(Mention { name: e.name.clone(), kind: kind_name(e.kind), roles: e.roles.clone(), spans });
        } else {
            let id = format!("s{}", speakers.len() + 1);
            speaker_id[ei] = Some(id.clone());
            speakers.push(Speaker {
                id,
                name: e.name.clone(),
                kind: kind_name(e.kind),
                roles: e.roles.clone(),
                mentions: spans,
                claims,
            });
        }
    }
    let dates: Vec<DateExpr> = analysis
        .dates
        .iter()
        .enumerate()
        .map(|(i, d)| DateExpr {
            id: format!("t{}", i + 1),
            start: offsets.get(d.span.start),
            end: offsets.get(d.span.end),
            text: d.span.of(text),
            kind: d.kind.as_str(),
            value: d.value.clone(),
        })
        .collect();
    let claims = claim_order
        .iter()
        .filter_map(|&ci| {
            let c = &analysis.claims[ci];
            Some(Claim {
                id: claim_id[ci].clone(),
                speaker: speaker_id.get(c.speaker)?.clone()?,
                kind: match c.kind {
                    ClaimKind::Direct => "direct",
                    ClaimKind::Mixed => "mixed",
                    ClaimKind::Indirect => "indirect",
                },
                speaker_mention: c.speaker_mention.map(span),
                cue: c.cue.map(span),
                content: span(c.content),
                date: c.date.filter(|&d| d < dates.len()).map(|d| format!("t{}", d + 1)),
            })
        })
        .collect();
    Document {
        schema: SCHEMA,
        reference_date: ReferenceDate {
            value: analysis.reference_date.map(|d| d.to_string()),
            source: match analysis.reference_source {
                DateSource::Option => "option",
                DateSource::Dateline => "dateline",
                DateSource::None => "none",
            },
        },
        speakers,
        claims,
        dates,
        mentions,
    }
}

/// The `whosaid/1` JSON of `analysis`, on one line.
pub fn to_json(text: &str, analysis: &Analysis) -> String {
    write(&document(text, analysis), false)
}

/// The `whosaid/1` JSON of `analysis`, indented.
pub fn to_json_pretty(text: &str, analysis: &Analysis) -> String {
    write(&document(text, analysis), true)
}

/// `doc` as JSON text, written as `serde_json` would write its `Serialize`
/// form (a test checks it), without `serde_json`'s code in the web app.
pub fn write(doc: &Document, pretty: bool) -> String {
    let mut w = Writer::new(pretty);
    let span = |w: &mut Writer, s: &TextSpan| {
        w.open(b'{');
        w.num_field("start", s.start);
        w.num_field("end", s.end);
        w.str_field("text", s.text);
        w.close(b'}');
    };
    // The members speakers and mentions share.
    let entity = |w: &mut Writer, name: &str, kind: &str, roles: &[String], key: &str, spans: &[TextSpan]| {
        w.str_field("name", name);
        w.str_field("kind", kind);
        w.key("roles");
        w.strs(roles);
        w.key(key);
        w.open(b'[');
        spans.iter().for_each(|s| span(w, s));
        w.close(b']');
    };
    let opt_span = |w: &mut Writer, s: &Option<TextSpan>| match s {
        Some(s) => span(w, s),
        None => w.null(),
    };
    w.open(b'{');
    w.str_field("schema", doc.schema);
    w.key("reference_date");
    w.open(b'{');
    w.key("value");
    w.opt_str(doc.reference_date.value.as_deref());
    w.str_field("source", doc.reference_date.source);
    w.close(b'}');
    w.key("speakers");
    w.open(b'[');
    for s in &doc.speakers {
        w.open(b'{');
        w.str_field("id", &s.id);
        entity(&mut w, &s.name, s.kind, &s.roles, "mentions", &s.mentions);
        w.key("claims");
        w.strs(&s.claims);
        w.close(b'}');
    }
    w.close(b']');
    w.key("claims");
    w.open(b'[');
    for c in &doc.claims {
        w.open(b'{');
        w.str_field("id", &c.id);
        w.str_field("speaker", &c.speaker);
        w.str_field("kind", c.kind);
        w.key("speaker_mention");
        opt_span(&mut w, &c.speaker_mention);
        w.key("cue");
        opt_span(&mut w, &c.cue);
        w.key("content");
        span(&mut w, &c.content);
        w.key("date");
        w.opt_str(c.date.as_deref());
        w.close(b'}');
    }
    w.close(b']');
    w.key("dates");
    w.open(b'[');
    for d in &doc.dates {
        w.open(b'{');
        w.str_field("id", &d.id);
        w.num_field("start", d.start);
        w.num_field("end", d.end);
        w.str_field("text", d.text);
        w.str_field("type", d.kind);
        w.str_field("value", &d.value);
        w.close(b'}');
    }
    w.close(b']');
    w.key("mentions");
    w.open(b'[');
    for m in &doc.mentions {
        w.open(b'{');
        entity(&mut w, &m.name, m.kind, &m.roles, "spans", &m.spans);
        w.close(b'}');
    }
    w.close(b']');
    w.close(b'}');
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_code_points() {
        let text = "é😀ab";
        let o = Offsets::new(text, vec![0, 2, 6, 7, 8]);
        assert_eq!([o.get(0), o.get(2), o.get(6), o.get(7), o.get(8)], [0, 1, 2, 3, 4]);
    }
}
