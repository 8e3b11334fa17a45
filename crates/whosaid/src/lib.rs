//! whosaid reads a news article and tells **who said what, and when**.
//!
//! The one entry point is [`analyze`]: text in, [`Analysis`] out. It finds the
//! article's reference date ([`Analysis::reference_date`]), every temporal
//! expression resolved against it ([`Timex`]), every person, organisation and
//! group ([`Entity`]), and every claim attributed to one of them ([`Claim`]).
//! [`json`] turns an analysis into the `whosaid/1` JSON of the project's SPEC.
//!
//! ```
//! let text = "date 2025-02-13\n\n“We will win,” Jane Doe, the mayor, said on Thursday.";
//! let analysis = whosaid::analyze(text, &whosaid::Options::default());
//! assert_eq!(analysis.reference_date.unwrap().to_string(), "2025-02-13");
//! let json = whosaid::json::to_json(text, &analysis);
//! assert!(json.starts_with(r#"{"schema":"whosaid/1""#));
//! ```
//!
//! Architecture invariant: the engine does no I/O, has no web dependencies and
//! never panics; its internal offsets are byte offsets on `char` boundaries.
//! Only [`json`] speaks code points.
#![deny(missing_docs)]

pub mod attribution;
pub mod calendar;
pub mod cues;
pub mod dateline;
pub mod entities;
pub mod json;
pub mod lexicon;
pub mod minijson;
pub mod names;
pub mod quotes;
pub mod sentences;
pub mod sort;
pub mod span;
pub mod text;
pub mod timex;
pub mod token;
pub mod wordset;

pub use calendar::Date;
pub use span::Span;
pub use timex::{Timex, TimexKind};

/// What the caller knows beyond the text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The publication date. When set it overrides any dateline.
    pub date: Option<Date>,
}

/// Where the reference date came from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DateSource {
    /// [`Options::date`].
    Option,
    /// A dateline in the text.
    Dateline,
    /// Nowhere: relative dates stay unresolved.
    #[default]
    None,
}

/// The kind of a speaker or mentioned entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntityKind {
    /// A named person.
    Person,
    /// A company, agency, government, outlet, party…
    Organization,
    /// An unnamed group or source: "officials", "sources familiar with the talks".
    Group,
}

/// A person, organisation or group, with every mention of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// The fullest form used in the text ("Sergei Lavrov").
    pub name: String,
    /// What it is.
    pub kind: EntityKind,
    /// Titles and descriptions as written ("Russian Foreign Minister").
    pub roles: Vec<String>,
    /// Every mention, aliases and resolved pronouns included, sorted.
    pub mentions: Vec<Span>,
}

/// How much of a claim's content is quoted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClaimKind {
    /// Wholly inside quote marks.
    Direct,
    /// Partly inside quote marks.
    Mixed,
    /// Reported speech, no quote marks.
    Indirect,
}

/// Something attributed to a speaker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
    /// Index into [`Analysis::entities`].
    pub speaker: usize,
    /// Direct, mixed or indirect.
    pub kind: ClaimKind,
    /// The span in the claim's sentence naming the speaker ("he", "Lavrov"),
    /// if any.
    pub speaker_mention: Option<Span>,
    /// The reporting verb or phrase ("said", "according to").
    pub cue: Option<Span>,
    /// The attributed proposition, without the attribution.
    pub content: Span,
    /// Index into [`Analysis::dates`] of when it was said, if the text says.
    pub date: Option<usize>,
}

/// Everything whosaid found in one text ([`Default`]: nothing found).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Analysis {
    /// The date relative expressions are resolved against.
    pub reference_date: Option<Date>,
    /// Where [`Analysis::reference_date`] came from.
    pub reference_source: DateSource,
    /// The dateline's span, when one was found.
    pub dateline: Option<Span>,
    /// Paragraphs, in order.
    pub paragraphs: Vec<Span>,
    /// Sentences, in order.
    pub sentences: Vec<Span>,
    /// Temporal expressions, in order.
    pub dates: Vec<Timex>,
    /// People, organisations and groups, in order of first mention.
    pub entities: Vec<Entity>,
    /// Claims, in order of their content.
    pub claims: Vec<Claim>,
}

/// Analyses `text`. Never panics, whatever the input; linear in its length.
pub fn analyze(text: &str, options: &Options) -> Analysis {
    let tokens = token::tokenize(text);
    let paragraphs = text::paragraphs(text);
    let dateline = dateline::find(text, &tokens);
    let breaks: Vec<usize> = dateline.iter().map(|(s, _)| s.end).collect();
    let sentences = sentences::split_with_breaks(text, &tokens, &paragraphs, &breaks);
    let (reference_date, reference_source) = match (options.date, dateline) {
        (Some(d), _) => (Some(d), DateSource::Option),
        (None, Some((_, d))) => (Some(d), DateSource::Dateline),
        (None, None) => (None, DateSource::None),
    };
    let dates = timex::find(text, &tokens, &sentences, reference_date);
    let quotes = quotes::find(text, &tokens, &paragraphs);
    let quoted = names::quoted_tokens(&tokens, &quotes);
    let names = names::find(text, &tokens, &sentences, &quoted);
    let cues = cues::find(text, &tokens, &quoted);
    let raw = attribution::find(text, &tokens, &sentences, &paragraphs, &quotes, &quoted, &names, &dates, &cues);
    let (entities, claims) = entities::resolve(text, &tokens, &sentences, &names, &raw);
    Analysis {
        reference_date,
        reference_source,
        dateline: dateline.map(|(s, _)| s),
        paragraphs,
        sentences: sentences.iter().map(|s| s.span).collect(),
        dates,
        entities,
        claims,
    }
}
