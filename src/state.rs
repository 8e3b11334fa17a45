//! The app state and its actions: a `Reducible`, no DOM, testable natively.
//!
//! The editor's text changes on every keystroke ([`Action::Edit`]); the
//! analysis follows when the page asks for it ([`Action::Analyse`], debounced
//! by the app), so typing stays cheap. Asking makes a [`Request`]; the app
//! hands it to the engine (a worker, see `engine.rs`) and the answer comes
//! back as [`Action::Reply`]. Only the answer to the latest request is
//! taken: a newer paste wins over an older one still being analysed.
//! Everything the page shows is derived from this state; the browser-facing
//! parts (storage, the address bar, the clipboard, the worker) live outside
//! and report back through actions.

use std::rc::Rc;

use whosaid::{Analysis, Date, DateSource, Span};
use yew::Reducible;

use crate::draft::{Draft, StorageOff};
use crate::engine::{Failure, Reply, Status};
use crate::export::Format;
use crate::highlight;

/// How many speaker colours the palette has (`sp-0` … `sp-7` in the CSS).
pub const PALETTE: usize = 8;

/// One analysis of one text, shared cheaply between components.
///
/// Equality is identity (`rev` and the `Rc`), so a component whose props hold
/// an `Analysed` re-renders only when the analysis is a new one.
#[derive(Clone, Debug)]
pub struct Analysed {
    /// Counts analyses; a new analysis gets a new number.
    pub rev: u64,
    /// The text that was analysed (spans index into it).
    pub text: Rc<str>,
    /// The publication date that was given to the engine.
    pub date: Option<Date>,
    /// The engine's result.
    pub analysis: Rc<Analysis>,
    /// Entities with at least one claim, in order of first mention.
    pub speakers: Rc<[usize]>,
    /// Per entity: its colour slot (`0..PALETTE`) when it is a speaker.
    pub colour: Rc<[Option<usize>]>,
    /// Per entity: how many claims it has.
    pub claim_count: Rc<[usize]>,
    /// The parts the article is shown in, one at a time (one part unless
    /// it is longer than [`highlight::PART_BYTES`]).
    pub parts: Rc<[Span]>,
    /// How long the engine took, in milliseconds.
    pub elapsed_ms: f64,
}

impl PartialEq for Analysed {
    fn eq(&self, other: &Analysed) -> bool {
        self.rev == other.rev && Rc::ptr_eq(&self.analysis, &other.analysis)
    }
}

impl Analysed {
    /// No analysis of `text`: nothing found (yet).
    pub fn unanalysed(rev: u64, text: impl Into<Rc<str>>, date: Option<Date>) -> Analysed {
        Analysed::with_analysis(rev, text, date, Analysis::default())
    }

    /// Wraps the engine's analysis of `text` with `date`.
    pub fn with_analysis(rev: u64, text: impl Into<Rc<str>>, date: Option<Date>, analysis: Analysis) -> Analysed {
        let text: Rc<str> = text.into();
        let mut claim_count = vec![0; analysis.entities.len()];
        for c in &analysis.claims {
            if let Some(n) = claim_count.get_mut(c.speaker) {
                *n += 1;
            }
        }
        let speakers: Vec<usize> = (0..analysis.entities.len()).filter(|&e| claim_count[e] > 0).collect();
        let mut colour = vec![None; analysis.entities.len()];
        for (slot, &e) in speakers.iter().enumerate() {
            colour[e] = Some(slot % PALETTE);
        }
        Analysed {
            rev,
            parts: highlight::parts(&text, highlight::PART_BYTES).into(),
            text,
            date,
            analysis: Rc::new(analysis),
            speakers: speakers.into(),
            colour: colour.into(),
            claim_count: claim_count.into(),
            elapsed_ms: 0.0,
        }
    }

    /// The name of entity `e`, or "?" when there is none.
    pub fn name(&self, e: usize) -> &str {
        self.analysis.entities.get(e).map(|e| e.name.as_str()).unwrap_or("?")
    }

    /// The CSS class of entity `e`'s colour (`sp-3`), or `sp-none`.
    pub fn colour_class(&self, e: usize) -> String {
        match self.colour.get(e).copied().flatten() {
            Some(slot) => format!("sp-{slot}"),
            None => "sp-none".into(),
        }
    }
}

/// Where the text on the page came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Typed or pasted here, or restored from the saved draft.
    Draft,
    /// Opened from a share link.
    Link,
    /// "Try an example".
    Example,
}

/// Which side of the page a selection was made on (the other side scrolls).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pane {
    /// The highlighted article.
    Text,
    /// The Speakers, Claims or Dates panel.
    Panel,
}

/// What to bring into view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// Nothing.
    None,
    /// A claim (index into `Analysis::claims`).
    Claim(usize),
    /// A speaker (index into `Analysis::entities`).
    Speaker(usize),
    /// A date (index into `Analysis::dates`).
    Date(usize),
}

/// The latest request to bring something into view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Focus {
    /// What.
    pub target: Target,
    /// Where the request came from; the other pane scrolls.
    pub from: Pane,
    /// Counts requests, so selecting the same thing again scrolls again.
    pub rev: u64,
}

impl Default for Focus {
    /// Nothing to bring into view.
    fn default() -> Focus {
        Focus { target: Target::None, from: Pane::Panel, rev: 0 }
    }
}

/// Whether copying the share link worked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Copy {
    /// Waiting for the clipboard.
    Pending,
    /// On the clipboard.
    Done,
    /// Refused: the link is selected in its box for Ctrl+C.
    Failed,
}

/// The share link, once made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Share {
    /// Not made since the last edit.
    None,
    /// Made, written to the address bar, and being copied.
    Link {
        /// The whole URL.
        url: String,
        /// The clipboard's answer.
        copy: Copy,
    },
    /// The article is too long for a link.
    TooLong,
}

/// An analysis asked for and not answered yet.
#[derive(Clone, Debug)]
pub struct Request {
    /// Names it (the latest request has the highest id).
    pub id: u64,
    /// The text to analyse (shared with the analysis once it comes back).
    pub text: Rc<str>,
    /// The publication date to analyse it with.
    pub date: Option<Date>,
    /// Keep the selection when the answer comes (only the date changed).
    pub keep_selection: bool,
}

impl PartialEq for Request {
    /// Requests are compared by id (not by their megabytes of text).
    fn eq(&self, other: &Request) -> bool {
        self.id == other.id
    }
}

impl Request {
    fn is_for(&self, text: &str, date: Option<Date>) -> bool {
        self.date == date && *self.text == *text
    }
}

/// Everything the page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The article as typed or pasted (the editor's contents). Shared, not
    /// copied, with the editor and the analysis request: it may be megabytes.
    pub text: Rc<str>,
    /// The publication date the user set, if any (else the dateline's).
    pub date: Option<Date>,
    /// The latest analysis; it may lag `text` while the user types.
    pub analysed: Analysed,
    /// Where `text` came from.
    pub origin: Origin,
    /// Edits made by the user; the draft is saved when this changes.
    pub edits: u64,
    /// The speaker whose claims alone are listed, if any.
    pub speaker: Option<usize>,
    /// The selected claim, if any.
    pub claim: Option<usize>,
    /// The latest request to scroll something into view.
    pub focus: Focus,
    /// The share link.
    pub share: Share,
    /// A problem to show in the alert region (a bad link).
    pub alert: Option<String>,
    /// False when the draft cannot be saved in this browser.
    pub saving: bool,
    /// The user's own text, put aside while a link or the example is shown
    /// (even after the user edits those), so one click brings it back.
    pub previous: Option<Draft>,
    /// The analysis being made, if any.
    pub pending: Option<Request>,
    /// How many requests were made (the next one's id is one more).
    pub requests: u64,
    /// Where the engine runs.
    pub engine: Status,
    /// Why the analysed text has no analysis, when it has none.
    pub failure: Option<Failure>,
    /// The part of the article shown (index into `Analysed::parts`).
    pub part: usize,
    /// A download asked for, made once the analysis is of the current text.
    pub export: Option<Format>,
}

impl Default for State {
    fn default() -> State {
        State::new(String::new(), None, Origin::Draft)
    }
}

/// What can happen to the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The user changed the article text (analysed later, see [`Action::Analyse`]).
    Edit(Rc<str>),
    /// Analyse the current text now, if it changed since the last analysis.
    Analyse,
    /// The user changed the publication date (`None`: use the dateline). Analyses now.
    SetDate(Option<Date>),
    /// Show an article that did not come from the editor (a link, the example).
    /// It is analysed now and is not saved as the draft until the user edits it.
    Open {
        /// The article.
        text: String,
        /// Its publication date, if chosen.
        date: Option<Date>,
        /// Where it came from.
        origin: Origin,
    },
    /// Open a share link (the address bar's fragment, a fragment or a whole
    /// URL): show its article, or say why it cannot be opened and leave the
    /// page as it is.
    OpenLink(String),
    /// Close the alert.
    DismissAlert,
    /// Bring back the text put aside for a link or the example (an edit: it
    /// is saved as the draft again).
    BringBack,
    /// Select a claim (or none).
    SelectClaim {
        /// Index into `Analysis::claims`.
        claim: Option<usize>,
        /// Where the user clicked.
        from: Pane,
    },
    /// List only this speaker's claims; selecting the listed speaker again lists all.
    SelectSpeaker {
        /// Index into `Analysis::entities`, `None` for all.
        speaker: Option<usize>,
        /// Where the user clicked.
        from: Pane,
    },
    /// Bring a date into view.
    SelectDate {
        /// Index into `Analysis::dates`.
        date: usize,
        /// Where the user clicked.
        from: Pane,
    },
    /// A share link was made and written to the address bar.
    Shared(String),
    /// The article is too long to share as a link.
    ShareTooLong,
    /// The clipboard answered (true: copied).
    Copied(bool),
    /// Saving the draft worked (true) or failed (false).
    Saved(bool),
    /// The engine answered request `id` (dropped unless it is the latest).
    Reply {
        /// The request.
        id: u64,
        /// The analysis, or why there is none.
        reply: Reply,
    },
    /// The engine now runs here.
    Engine(Status),
    /// Show this part of a long article.
    ShowPart(usize),
    /// Download the analysis of the current text in this format (once it is made).
    Export(Format),
    /// The download was made.
    Exported,
}

impl State {
    /// The state for `text` and `date`, its analysis asked for.
    pub fn new(text: String, date: Option<Date>, origin: Origin) -> State {
        let analysed = Analysed::unanalysed(0, "", None);
        let s = State {
            text: text.into(),
            date,
            analysed,
            origin,
            edits: 0,
            speaker: None,
            claim: None,
            focus: Focus::default(),
            share: Share::None,
            alert: None,
            saving: true,
            previous: None,
            pending: None,
            requests: 0,
            engine: Status::Starting,
            failure: None,
            part: 0,
            export: None,
        };
        s.requested(false)
    }

    /// The state a page load starts in.
    ///
    /// `hash` is the address bar's fragment (`#v1.…`, or empty); `stored` is
    /// the saved draft (`Err` when storage is unavailable). A valid link wins
    /// over the draft, which stays saved until the user edits; a bad link
    /// shows why and opens the draft instead.
    pub fn start(hash: &str, stored: Result<Option<String>, StorageOff>) -> State {
        let saving = stored.is_ok();
        let draft = stored.ok().flatten().and_then(|s| Draft::from_json(&s)).unwrap_or_default();
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let mut state = if hash.trim().is_empty() {
            State::new(draft.text, draft.date, Origin::Draft)
        } else {
            match open_link(hash) {
                Ok((text, date, alert)) => {
                    let mut s = State::new(text, date, Origin::Link);
                    s.alert = alert;
                    s.previous = Some(draft).filter(|d| !d.text.trim().is_empty() && *d.text != *s.text);
                    s
                }
                Err(message) => {
                    let mut s = State::new(draft.text, draft.date, Origin::Draft);
                    s.alert = Some(message);
                    s
                }
            }
        };
        state.saving = saving;
        state
    }

    /// True when the analysis is of the current text and date.
    pub fn is_fresh(&self) -> bool {
        *self.analysed.text == *self.text && self.analysed.date == self.date
    }

    /// "Analysing 3.1 MB…" while an analysis is being made.
    pub fn progress(&self) -> Option<String> {
        self.pending.as_ref().map(|r| format!("Analysing {}…", size(r.text.len())))
    }

    /// The draft to save.
    pub fn draft(&self) -> Draft {
        Draft { text: self.text.to_string(), date: self.date }
    }

    /// The date the Publication date field shows: the user's, else the dateline's.
    pub fn shown_date(&self) -> Option<Date> {
        self.date.or_else(|| {
            let a = &self.analysed.analysis;
            a.reference_date.filter(|_| a.reference_source == DateSource::Dateline)
        })
    }

    /// This state with an analysis of its text and date asked for, unless
    /// it has one or one is on its way.
    fn requested(self, keep_selection: bool) -> State {
        if self.is_fresh() || self.pending.as_ref().is_some_and(|r| r.is_for(&self.text, self.date)) {
            return self;
        }
        let id = self.requests + 1;
        let request = Request { id, text: self.text.clone(), date: self.date, keep_selection };
        State { pending: Some(request), requests: id, ..self }
    }

    /// This state showing the answer to `request`.
    fn answered(&self, request: Request, reply: Reply) -> State {
        let rev = self.analysed.rev + 1;
        let (analysed, failure) = match reply {
            Reply::Done { analysis, elapsed_ms } => {
                (Analysed { elapsed_ms, ..Analysed::with_analysis(rev, request.text, request.date, analysis) }, None)
            }
            Reply::Failed(f) => (Analysed::unanalysed(rev, request.text, request.date), Some(f)),
        };
        let claims = analysed.analysis.claims.len();
        let entities = analysed.analysis.entities.len();
        let parts = analysed.parts.len();
        let mut s = State { analysed, failure, pending: None, ..self.clone() };
        if !request.keep_selection {
            s.claim = None;
            s.speaker = None;
            s.part = 0;
        }
        s.claim = s.claim.filter(|&c| c < claims);
        s.speaker = s.speaker.filter(|&e| e < entities);
        s.part = s.part.min(parts - 1);
        s
    }

    /// The part of the article that shows `target`: the current part if it
    /// shows it, else the part where it (first) is.
    fn part_for(&self, target: Target) -> usize {
        let a = &self.analysed;
        let parts = &a.parts;
        let here = parts.get(self.part).copied().unwrap_or_default();
        let at = match target {
            Target::None => None,
            Target::Claim(c) => a.analysis.claims.get(c).map(|c| c.content.start),
            Target::Date(d) => a.analysis.dates.get(d).map(|d| d.span.start),
            Target::Speaker(e) => {
                let claims = a.analysis.claims.iter().filter(|c| c.speaker == e).map(|c| c.content.start);
                let mentions = a.analysis.entities.get(e).into_iter().flat_map(|x| x.mentions.iter().map(|m| m.start));
                let all = claims.chain(mentions);
                if all.clone().any(|o| here.start <= o && o < here.end) {
                    None
                } else {
                    all.min()
                }
            }
        };
        match at {
            Some(o) if !(here.start <= o && o < here.end) => highlight::part_of(parts, o),
            _ => self.part,
        }
    }

    /// "Showing highlights for the first 48 KB of 3.1 MB; …" when the
    /// article is shown in parts.
    pub fn part_note(&self) -> Option<String> {
        let parts = &self.analysed.parts;
        if parts.len() < 2 {
            return None;
        }
        let p = parts.get(self.part)?;
        let total = size(self.analysed.text.len());
        let shown = if self.part == 0 {
            format!("the first {}", size(p.end))
        } else {
            format!("{}–{} (part {} of {})", size(p.start), size(p.end), self.part + 1, parts.len())
        };
        Some(format!(
            "This article is long: showing highlights for {shown} of {total}. The Speakers, Claims and Dates \
             panels cover the whole article."
        ))
    }

    /// What to keep aside when another text replaces this one: the user's own
    /// text, or what was already aside.
    fn put_aside(&self, incoming: &str) -> Option<Draft> {
        let own = (self.origin == Origin::Draft && !self.text.trim().is_empty()).then(|| self.draft());
        own.or_else(|| self.previous.clone()).filter(|d| d.text != incoming)
    }

    fn focus(&self, target: Target, from: Pane) -> Focus {
        Focus { target, from, rev: self.focus.rev + 1 }
    }
}

/// A length in bytes as people read it: "800 bytes", "49 KB", "3.1 MB".
pub fn size(bytes: usize) -> String {
    match bytes {
        0..1_000 => format!("{bytes} bytes"),
        1_000..999_500 => format!("{} KB", (bytes + 500) / 1_000),
        _ => {
            let tenths = (bytes + 50_000) / 100_000;
            format!("{}.{} MB", tenths / 10, tenths % 10)
        }
    }
}

/// Reads a share link: the text, the date, and a warning for a date that is
/// not one; or the reason it cannot be opened.
fn open_link(hash: &str) -> Result<(String, Option<Date>, Option<String>), String> {
    let shared = whosaid_share::decode(hash).map_err(|e| e.to_string())?;
    let (date, warning) = match shared.date.as_deref().map(str::trim) {
        None | Some("") => (None, None),
        Some(d) => match Date::parse_iso(d) {
            Some(date) => (Some(date), None),
            None => (
                None,
                Some(format!(
                    "This link's publication date ({d}) is not a date, so the article's own dateline is used."
                )),
            ),
        },
    };
    Ok((shared.text, date, warning))
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Edit(text) if *text == *self.text => self,
            Action::Edit(text) => Rc::new(State {
                text,
                origin: Origin::Draft,
                edits: self.edits + 1,
                share: Share::None,
                alert: None,
                ..(*self).clone()
            }),
            Action::Analyse => {
                let s = (*self).clone().requested(false);
                if s.pending == self.pending {
                    self
                } else {
                    Rc::new(s)
                }
            }
            Action::SetDate(date) if date == self.date => self,
            Action::SetDate(date) => {
                let s = State { date, edits: self.edits + 1, share: Share::None, ..(*self).clone() };
                let keep = s.is_fresh_text();
                Rc::new(s.requested(keep))
            }
            Action::Open { text, date, origin } => {
                let previous = self.put_aside(&text);
                let s = State {
                    text: text.into(),
                    date,
                    origin,
                    previous,
                    share: Share::None,
                    alert: None,
                    ..(*self).clone()
                };
                Rc::new(s.requested(false))
            }
            Action::OpenLink(link) => match open_link(&link) {
                Ok((text, date, alert)) => {
                    let previous = self.put_aside(&text);
                    let s = State {
                        text: text.into(),
                        date,
                        origin: Origin::Link,
                        previous,
                        share: Share::None,
                        ..(*self).clone()
                    };
                    Rc::new(State { alert, ..s.requested(false) })
                }
                Err(message) => Rc::new(State { alert: Some(message), ..(*self).clone() }),
            },
            Action::BringBack => match &self.previous {
                None => self,
                Some(d) => {
                    let s = State {
                        text: d.text.as_str().into(),
                        date: d.date,
                        origin: Origin::Draft,
                        previous: None,
                        edits: self.edits + 1,
                        share: Share::None,
                        ..(*self).clone()
                    };
                    Rc::new(s.requested(false))
                }
            },
            Action::DismissAlert if self.alert.is_none() => self,
            Action::DismissAlert => Rc::new(State { alert: None, ..(*self).clone() }),
            Action::SelectClaim { claim, from } => {
                let a = &self.analysed.analysis;
                let claim = claim.filter(|&c| c < a.claims.len());
                let owner = claim.map(|c| a.claims[c].speaker);
                // Keep the speaker filter only if the claim is one of that speaker's.
                let speaker = self.speaker.filter(|&s| owner.is_none_or(|o| o == s));
                let target = claim.map_or(Target::None, Target::Claim);
                let part = self.part_for(target);
                Rc::new(State { claim, speaker, part, focus: self.focus(target, from), ..(*self).clone() })
            }
            Action::SelectSpeaker { speaker, from } => {
                let a = &self.analysed.analysis;
                let speaker = speaker.filter(|&e| e < a.entities.len());
                // Choosing the chosen speaker again in the panel shows everyone.
                let speaker =
                    if from == Pane::Panel && speaker.is_some() && speaker == self.speaker { None } else { speaker };
                let claim = self.claim.filter(|&c| speaker.is_none_or(|s| a.claims[c].speaker == s));
                let target = speaker.map_or(Target::None, Target::Speaker);
                let part = if from == Pane::Panel { self.part_for(target) } else { self.part };
                Rc::new(State { speaker, claim, part, focus: self.focus(target, from), ..(*self).clone() })
            }
            Action::SelectDate { date, from } if date < self.analysed.analysis.dates.len() => {
                let part = self.part_for(Target::Date(date));
                Rc::new(State { part, focus: self.focus(Target::Date(date), from), ..(*self).clone() })
            }
            Action::SelectDate { .. } => self,
            Action::Shared(url) => {
                Rc::new(State { share: Share::Link { url, copy: Copy::Pending }, ..(*self).clone() })
            }
            Action::ShareTooLong => Rc::new(State { share: Share::TooLong, ..(*self).clone() }),
            Action::Copied(ok) => match &self.share {
                Share::Link { url, .. } => {
                    let copy = if ok { Copy::Done } else { Copy::Failed };
                    Rc::new(State { share: Share::Link { url: url.clone(), copy }, ..(*self).clone() })
                }
                _ => self,
            },
            Action::Saved(ok) if ok == self.saving => self,
            Action::Saved(saving) => Rc::new(State { saving, ..(*self).clone() }),
            Action::Reply { id, reply } => match &self.pending {
                Some(request) if request.id == id => Rc::new(self.answered(request.clone(), reply)),
                // An answer nobody waits for any more: a newer request wins.
                _ => self,
            },
            Action::Engine(engine) if engine == self.engine => self,
            Action::Engine(engine) => Rc::new(State { engine, ..(*self).clone() }),
            Action::ShowPart(part) if part == self.part || part >= self.analysed.parts.len() => self,
            Action::ShowPart(part) => Rc::new(State { part, ..(*self).clone() }),
            Action::Export(format) => Rc::new(State { export: Some(format), ..(*self).clone() }.requested(false)),
            Action::Exported if self.export.is_none() => self,
            Action::Exported => Rc::new(State { export: None, ..(*self).clone() }),
        }
    }
}

impl State {
    /// True when the analysed text is the current text (only the date differs).
    fn is_fresh_text(&self) -> bool {
        *self.analysed.text == *self.text
    }
}

#[cfg(test)]
mod tests {
    use whosaid::{Claim, ClaimKind, Entity, EntityKind, Span};

    use super::*;

    fn dispatch(s: Rc<State>, actions: impl IntoIterator<Item = Action>) -> Rc<State> {
        actions.into_iter().fold(s, |s, a| s.reduce(a))
    }

    /// The engine's answer to `request`, as the worker gives it.
    fn reply_to(request: &Request) -> Action {
        let analysis = whosaid::analyze(&request.text, &whosaid::Options { date: request.date });
        Action::Reply { id: request.id, reply: Reply::Done { analysis, elapsed_ms: 1.0 } }
    }

    /// The state once the engine has answered its pending request.
    fn answered(s: impl Into<Rc<State>>) -> Rc<State> {
        let s = s.into();
        match s.pending.clone() {
            Some(request) => s.reduce(reply_to(&request)),
            None => s,
        }
    }

    /// A state showing a hand-made analysis: two speakers, three claims.
    fn with_claims() -> Rc<State> {
        let text = "“A,” Ann said. Bob said B. “C,” Ann said.";
        let person =
            |name: &str| Entity { name: name.into(), kind: EntityKind::Person, roles: vec![], mentions: vec![] };
        let claim = |speaker, start, end| Claim {
            speaker,
            kind: ClaimKind::Direct,
            speaker_mention: None,
            cue: None,
            content: Span::new(start, end),
            date: None,
        };
        let analysis = Analysis {
            entities: vec![person("Ann"), person("Nobody"), person("Bob")],
            claims: vec![claim(0, 3, 5), claim(2, 26, 27), claim(0, 32, 34)],
            ..Analysis::default()
        };
        let mut s = State::new(text.into(), None, Origin::Draft);
        s.analysed = Analysed::with_analysis(1, text, None, analysis);
        s.pending = None;
        Rc::new(s)
    }

    #[test]
    fn edits_are_analysed_when_asked() {
        let s = Rc::new(State::default());
        let s = s.reduce(Action::Edit("date 2025-02-13\n\nHello.".into()));
        assert_eq!(s.edits, 1);
        assert!(!s.is_fresh(), "typing does not analyse");
        assert_eq!(s.analysed.analysis.reference_date, None);
        let s = s.reduce(Action::Analyse);
        assert_eq!(s.progress().as_deref(), Some("Analysing 23 bytes…"));
        let asked = s.clone().reduce(Action::Analyse);
        assert!(Rc::ptr_eq(&s, &asked), "asked already: not asked again");
        let s = answered(s);
        assert!(s.is_fresh() && s.pending.is_none() && s.progress().is_none());
        assert_eq!(s.analysed.analysis.reference_date, Date::new(2025, 2, 13));
        assert_eq!(s.shown_date(), Date::new(2025, 2, 13));
        let same = s.clone().reduce(Action::Analyse);
        assert!(Rc::ptr_eq(&s, &same), "nothing new, no new state");
        let same = s.clone().reduce(Action::Edit(s.text.clone()));
        assert!(Rc::ptr_eq(&s, &same), "no change, no new state");
    }

    #[test]
    fn the_date_overrides_the_dateline_until_cleared() {
        let s = dispatch(Rc::new(State::default()), [Action::Edit("date 2025-02-13\n\nHi.".into()), Action::Analyse]);
        let s = answered(s).reduce(Action::SetDate(Date::new(2024, 1, 2)));
        assert!(s.pending.is_some(), "a date change asks for an analysis at once");
        let s = answered(s);
        assert_eq!(s.analysed.analysis.reference_date, Date::new(2024, 1, 2));
        assert_eq!(s.analysed.analysis.reference_source, DateSource::Option);
        assert_eq!(s.shown_date(), Date::new(2024, 1, 2));
        assert_eq!(s.edits, 2);
        let s = answered(s.reduce(Action::SetDate(None)));
        assert_eq!(s.analysed.analysis.reference_source, DateSource::Dateline);
        assert_eq!(s.shown_date(), Date::new(2025, 2, 13));
    }

    #[test]
    fn a_link_wins_over_the_draft_and_is_not_saved_until_edited() {
        let draft = Draft { text: "my draft".into(), date: None }.to_json();
        let link = whosaid_share::encode(&whosaid_share::Shared {
            text: "linked text".into(),
            date: Some("2025-02-13".into()),
        });
        let s = State::start(&format!("#{link}"), Ok(Some(draft.clone())));
        assert_eq!((&*s.text, s.date, s.origin), ("linked text", Date::new(2025, 2, 13), Origin::Link));
        assert_eq!((s.edits, s.alert.as_deref(), s.saving), (0, None, true));
        assert_eq!(s.pending.as_ref().map(|r| &*r.text), Some("linked text"), "analysed as the page starts");
        assert!(answered(s).is_fresh());
        let s = State::start("", Ok(Some(draft)));
        assert_eq!((&*s.text, s.origin), ("my draft", Origin::Draft));
    }

    #[test]
    fn a_bad_link_explains_itself_and_opens_the_draft() {
        let draft = Draft { text: "my draft".into(), date: Date::new(2025, 1, 1) }.to_json();
        for (hash, message) in [
            ("#v1.AAAA", "This link is damaged or was cut short when it was copied."),
            ("#v1.<script>", "This link is damaged: it contains characters a share link never has."),
            (
                "#nonsense",
                "This link is not a whosaid share link (it should contain #v1.), or it was made by a newer version.",
            ),
        ] {
            let s = State::start(hash, Ok(Some(draft.clone())));
            assert_eq!(s.alert.as_deref(), Some(message), "{hash}");
            assert_eq!((&*s.text, s.date, s.edits), ("my draft", Date::new(2025, 1, 1), 0));
        }
        let bad_date =
            whosaid_share::encode(&whosaid_share::Shared { text: "t".into(), date: Some("2025-02-30".into()) });
        let s = State::start(&bad_date, Ok(None));
        assert_eq!((&*s.text, s.date), ("t", None));
        assert!(s.alert.unwrap().contains("(2025-02-30) is not a date"));
    }

    #[test]
    fn a_link_opened_later_replaces_the_text_or_leaves_it_alone() {
        let s = Rc::new(State::new("mine".into(), None, Origin::Draft)).reduce(Action::Edit("mine!".into()));
        let bad = s.clone().reduce(Action::OpenLink("https://x/#v1.AAAA".into()));
        assert_eq!((&*bad.text, bad.edits), ("mine!", 1));
        assert_eq!(bad.alert.as_deref(), Some("This link is damaged or was cut short when it was copied."));
        let link = whosaid_share::encode(&whosaid_share::Shared { text: "theirs".into(), date: None });
        let good = bad.reduce(Action::OpenLink(format!("#{link}")));
        assert_eq!((&*good.text, good.origin, good.alert.as_deref()), ("theirs", Origin::Link, None));
        assert!(answered(good).is_fresh());
    }

    #[test]
    fn the_users_text_is_put_aside_for_the_example_and_comes_back() {
        let s = Rc::new(State::default()).reduce(Action::Edit("my text".into()));
        let example = || Action::Open { text: crate::example::ARTICLE.into(), date: None, origin: Origin::Example };
        let s = s.reduce(example());
        assert_eq!(s.previous, Some(Draft { text: "my text".into(), date: None }));
        let edited = s.reduce(Action::Edit(format!("{} more", crate::example::ARTICLE).into()));
        assert!(edited.previous.is_some(), "still aside after editing the example");
        let s = edited.clone().reduce(Action::BringBack);
        assert_eq!((&*s.text, s.origin, s.previous.clone()), ("my text", Origin::Draft, None));
        assert_eq!(s.edits, 3, "bringing it back saves it again");
        assert!(answered(s).is_fresh());
        // The edited example is the user's text now: opening the example again puts it aside.
        let again = edited.reduce(example());
        assert_eq!(again.previous.as_ref().map(|d| d.text.clone()), Some(format!("{} more", crate::example::ARTICLE)));
        assert_eq!(Rc::new(State::default()).reduce(example()).previous, None, "nothing to put aside");
    }

    #[test]
    fn a_link_puts_the_stored_draft_aside() {
        let draft = Draft { text: "my draft".into(), date: Date::new(2025, 1, 1) };
        let link = whosaid_share::encode(&whosaid_share::Shared { text: "linked".into(), date: None });
        let s = State::start(&link, Ok(Some(draft.to_json())));
        assert_eq!(s.previous, Some(draft.clone()));
        let s = State::start(&link, Ok(Some(Draft { text: "linked".into(), date: None }.to_json())));
        assert_eq!(s.previous, None, "the same text is not put aside");
    }

    #[test]
    fn without_storage_the_page_still_works() {
        let s = State::start("", Err(StorageOff));
        assert!(!s.saving);
        let s = Rc::new(s).reduce(Action::Edit("x".into()));
        assert_eq!(&*s.text, "x");
        assert!(s.reduce(Action::Saved(true)).saving);
    }

    #[test]
    fn opening_the_example_is_not_an_edit() {
        let s = Rc::new(State::default()).reduce(Action::Open {
            text: crate::example::ARTICLE.into(),
            date: None,
            origin: Origin::Example,
        });
        assert_eq!((s.edits, s.origin), (0, Origin::Example));
        let s = answered(s);
        assert!(s.is_fresh());
        assert_eq!(s.shown_date(), Date::new(2025, 3, 6));
        let s = s.reduce(Action::Edit("changed".into()));
        assert_eq!((s.edits, s.origin), (1, Origin::Draft));
    }

    #[test]
    fn choosing_a_speaker_filters_and_choosing_again_shows_all() {
        let s = with_claims();
        assert_eq!(&*s.analysed.speakers, &[0, 2], "Nobody has no claim");
        assert_eq!((s.analysed.colour_class(2), s.analysed.colour_class(1)), ("sp-1".into(), "sp-none".into()));
        let s = s.reduce(Action::SelectSpeaker { speaker: Some(2), from: Pane::Panel });
        assert_eq!(s.speaker, Some(2));
        assert_eq!(s.focus.target, Target::Speaker(2));
        let again = s.reduce(Action::SelectSpeaker { speaker: Some(2), from: Pane::Panel });
        assert_eq!(again.speaker, None);
    }

    #[test]
    fn choosing_a_claim_of_another_speaker_drops_the_filter() {
        let s = dispatch(
            with_claims(),
            [
                Action::SelectSpeaker { speaker: Some(0), from: Pane::Panel },
                Action::SelectClaim { claim: Some(2), from: Pane::Text },
            ],
        );
        assert_eq!((s.speaker, s.claim), (Some(0), Some(2)), "claim 2 is Ann's");
        assert_eq!(s.focus, Focus { target: Target::Claim(2), from: Pane::Text, rev: 2 });
        let s = s.reduce(Action::SelectClaim { claim: Some(1), from: Pane::Text });
        assert_eq!((s.speaker, s.claim), (None, Some(1)));
        let s = s.reduce(Action::SelectClaim { claim: Some(99), from: Pane::Text });
        assert_eq!(s.claim, None, "out of range selects nothing");
    }

    #[test]
    fn sharing_then_editing_forgets_the_link() {
        let s = dispatch(with_claims(), [Action::Shared("http://x/#v1.abc".into()), Action::Copied(false)]);
        assert_eq!(s.share, Share::Link { url: "http://x/#v1.abc".into(), copy: Copy::Failed });
        let s = s.reduce(Action::Edit("new".into()));
        assert_eq!(s.share, Share::None);
    }

    #[test]
    fn a_newer_request_wins_and_older_answers_are_dropped() {
        let s = dispatch(Rc::new(State::default()), [Action::Edit("First paste, long.".into()), Action::Analyse]);
        let first = s.pending.clone().unwrap();
        let s = dispatch(s, [Action::Edit("Second paste, longer.".into()), Action::Analyse]);
        let second = s.pending.clone().unwrap();
        assert!(second.id > first.id);
        let late = s.clone().reduce(reply_to(&first));
        assert!(Rc::ptr_eq(&s, &late), "the first answer is dropped");
        let s = s.reduce(reply_to(&second));
        assert_eq!((&*s.analysed.text, s.pending.clone()), ("Second paste, longer.", None));
        let again = s.clone().reduce(reply_to(&second));
        assert!(Rc::ptr_eq(&s, &again), "answered already");
    }

    #[test]
    fn typing_while_a_long_analysis_runs_keeps_the_text_and_asks_again() {
        let s = dispatch(Rc::new(State::default()), [Action::Edit("A long paste.".into()), Action::Analyse]);
        let running = s.pending.clone().unwrap();
        let s = s.reduce(Action::Edit("A long paste. And more".into()));
        assert_eq!(s.pending.as_ref().map(|r| r.id), Some(running.id), "typing does not cancel the analysis");
        let s = s.reduce(Action::Analyse);
        let newer = s.pending.clone().unwrap();
        assert_ne!(newer.id, running.id);
        assert_eq!(&*s.text, "A long paste. And more", "the text is never replaced by an answer");
        let s = s.reduce(reply_to(&running)).reduce(reply_to(&newer));
        assert!(s.is_fresh());
    }

    #[test]
    fn a_failed_analysis_keeps_the_text_and_says_why() {
        let s = dispatch(Rc::new(State::default()), [Action::Edit("Too long, pretend.".into()), Action::Analyse]);
        let id = s.pending.as_ref().unwrap().id;
        let failure = Failure::TooLongForPage { bytes: 3_000_000 };
        let s = s.reduce(Action::Reply { id, reply: Reply::Failed(failure) });
        assert_eq!(s.failure, Some(failure));
        assert_eq!((&*s.text, &*s.analysed.text), ("Too long, pretend.", "Too long, pretend."));
        assert!(s.analysed.analysis.claims.is_empty() && s.pending.is_none());
        let same = s.clone().reduce(Action::Analyse);
        assert!(Rc::ptr_eq(&s, &same), "not asked again until the text changes");
        let s = answered(dispatch(s, [Action::Edit("Short now.".into()), Action::Analyse]));
        assert_eq!(s.failure, None);
    }

    #[test]
    fn the_engine_status_is_kept() {
        let s = Rc::new(State::default());
        assert_eq!(s.engine, Status::Starting);
        let s = s.reduce(Action::Engine(Status::Page));
        assert_eq!(s.engine, Status::Page);
        let same = s.clone().reduce(Action::Engine(Status::Page));
        assert!(Rc::ptr_eq(&s, &same));
    }

    #[test]
    fn a_download_waits_for_the_analysis_of_the_current_text() {
        let s = answered(dispatch(Rc::new(State::default()), [Action::Edit("Old.".into()), Action::Analyse]));
        let s = dispatch(s, [Action::Edit("New text.".into()), Action::Export(Format::Csv)]);
        assert_eq!(s.export, Some(Format::Csv));
        assert!(s.pending.is_some(), "asking for a download asks for the analysis");
        let s = answered(s);
        assert!(s.is_fresh() && s.export == Some(Format::Csv), "the app downloads now");
        assert_eq!(s.reduce(Action::Exported).export, None);
    }

    /// An article of `n` paragraphs, each with a claim by Jane Doe.
    fn long_article(n: usize) -> String {
        (0..n).map(|i| format!("“Point {i} stands,” Jane Doe said on Monday.\n\n")).collect()
    }

    #[test]
    fn a_long_article_is_shown_in_parts_and_a_choice_shows_its_part() {
        let text = long_article(2_000);
        assert!(text.len() > 2 * highlight::PART_BYTES);
        let s = answered(dispatch(Rc::new(State::default()), [Action::Edit(text.as_str().into()), Action::Analyse]));
        let parts = s.analysed.parts.len();
        assert!(parts >= 2, "{parts} parts");
        assert_eq!((s.part, s.analysed.analysis.claims.len()), (0, 2_000));
        let note = s.part_note().unwrap();
        let first = format!(
            "This article is long: showing highlights for the first {} of 101 KB.",
            size(s.analysed.parts[0].end)
        );
        assert!(note.starts_with(&first), "{note}");
        assert!(note.ends_with("The Speakers, Claims and Dates panels cover the whole article."));
        // Choosing the last claim in the panel shows the last part; in the text, it stays.
        let s = s.reduce(Action::SelectClaim { claim: Some(1_999), from: Pane::Panel });
        assert_eq!(s.part, parts - 1);
        assert!(s.part_note().unwrap().contains(&format!("(part {parts} of {parts})")));
        // The speaker has claims in this part: choosing them stays here.
        let s = s.reduce(Action::SelectSpeaker { speaker: Some(0), from: Pane::Panel });
        assert_eq!(s.part, parts - 1);
        let s = s.reduce(Action::SelectDate { date: 0, from: Pane::Panel });
        assert_eq!(s.part, 0, "the first date is in the first part");
        let s = s.reduce(Action::ShowPart(1));
        assert_eq!(s.part, 1);
        let same = s.clone().reduce(Action::ShowPart(parts));
        assert!(Rc::ptr_eq(&s, &same), "no such part");
        // A new text starts at its first part; a new date keeps the part.
        let dated = answered(s.clone().reduce(Action::SetDate(Date::new(2024, 1, 1))));
        assert_eq!(dated.part, 1);
        let s = answered(dispatch(s, [Action::Edit(long_article(1_999).into()), Action::Analyse]));
        assert_eq!(s.part, 0);
        let short = answered(dispatch(s, [Action::Edit("Short.".into()), Action::Analyse]));
        assert_eq!((short.part, short.part_note()), (0, None));
    }

    #[test]
    fn sizes_read_like_people_write_them() {
        let sizes: Vec<String> =
            [0, 999, 1_000, 49_152, 999_499, 999_500, 3_148_990, 12_345_678].into_iter().map(size).collect();
        assert_eq!(sizes, ["0 bytes", "999 bytes", "1 KB", "49 KB", "999 KB", "1.0 MB", "3.1 MB", "12.3 MB"]);
    }
}
