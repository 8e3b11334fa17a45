//! The app state and its actions: a `Reducible`, no DOM, testable natively.
//!
//! The editor's text changes on every keystroke ([`Action::Edit`]); the
//! analysis follows when the page asks for it ([`Action::Analyse`], debounced
//! by the app), so typing stays cheap. Everything the page shows is derived
//! from this state; the browser-facing parts (storage, the address bar, the
//! clipboard) live in `browser.rs` and report back through actions.

use std::rc::Rc;

use whosaid::{Analysis, Date, DateSource, Options};
use yew::Reducible;

use crate::draft::{Draft, StorageOff};

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
    /// How long the engine took, in milliseconds.
    pub elapsed_ms: f64,
}

impl PartialEq for Analysed {
    fn eq(&self, other: &Analysed) -> bool {
        self.rev == other.rev && Rc::ptr_eq(&self.analysis, &other.analysis)
    }
}

impl Analysed {
    /// Analyses `text` with `date` as the publication date.
    pub fn new(rev: u64, text: &str, date: Option<Date>) -> Analysed {
        let (analysis, elapsed_ms) = crate::clock::timed(|| whosaid::analyze(text, &Options { date }));
        Analysed { elapsed_ms, ..Analysed::with_analysis(rev, text, date, analysis) }
    }

    /// Wraps an analysis made elsewhere (tests, or a future worker).
    pub fn with_analysis(rev: u64, text: &str, date: Option<Date>, analysis: Analysis) -> Analysed {
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
            text: text.into(),
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

/// Everything the page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The article as typed or pasted (the editor's contents).
    pub text: String,
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
    Edit(String),
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
}

impl State {
    /// The state for `text` and `date`, analysed.
    pub fn new(text: String, date: Option<Date>, origin: Origin) -> State {
        let analysed = Analysed::new(0, &text, date);
        State {
            text,
            date,
            analysed,
            origin,
            edits: 0,
            speaker: None,
            claim: None,
            focus: Focus { target: Target::None, from: Pane::Panel, rev: 0 },
            share: Share::None,
            alert: None,
            saving: true,
            previous: None,
        }
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
                    s.previous = Some(draft).filter(|d| !d.text.trim().is_empty() && d.text != s.text);
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

    /// The analysis of the current text and date (made now if it lags).
    pub fn current(&self) -> Analysed {
        if self.is_fresh() {
            self.analysed.clone()
        } else {
            Analysed::new(self.analysed.rev + 1, &self.text, self.date)
        }
    }

    /// The draft to save.
    pub fn draft(&self) -> Draft {
        Draft { text: self.text.clone(), date: self.date }
    }

    /// The date the Publication date field shows: the user's, else the dateline's.
    pub fn shown_date(&self) -> Option<Date> {
        self.date.or_else(|| {
            let a = &self.analysed.analysis;
            a.reference_date.filter(|_| a.reference_source == DateSource::Dateline)
        })
    }

    fn reanalysed(&self, keep_selection: bool) -> State {
        let analysed = Analysed::new(self.analysed.rev + 1, &self.text, self.date);
        let claims = analysed.analysis.claims.len();
        let entities = analysed.analysis.entities.len();
        let mut s = State { analysed, ..self.clone() };
        if !keep_selection {
            s.claim = None;
            s.speaker = None;
        }
        s.claim = s.claim.filter(|&c| c < claims);
        s.speaker = s.speaker.filter(|&e| e < entities);
        s
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
            Action::Edit(text) if text == self.text => self,
            Action::Edit(text) => Rc::new(State {
                text,
                origin: Origin::Draft,
                edits: self.edits + 1,
                share: Share::None,
                alert: None,
                ..(*self).clone()
            }),
            Action::Analyse if self.is_fresh() => self,
            Action::Analyse => Rc::new(self.reanalysed(false)),
            Action::SetDate(date) if date == self.date => self,
            Action::SetDate(date) => {
                let s = State { date, edits: self.edits + 1, share: Share::None, ..(*self).clone() };
                Rc::new(s.reanalysed(s.is_fresh_text()))
            }
            Action::Open { text, date, origin } => {
                let previous = self.put_aside(&text);
                let s = State { text, date, origin, previous, share: Share::None, alert: None, ..(*self).clone() };
                Rc::new(s.reanalysed(false))
            }
            Action::OpenLink(link) => match open_link(&link) {
                Ok((text, date, alert)) => {
                    let previous = self.put_aside(&text);
                    let s = State { text, date, origin: Origin::Link, previous, share: Share::None, ..(*self).clone() };
                    Rc::new(State { alert, ..s.reanalysed(false) })
                }
                Err(message) => Rc::new(State { alert: Some(message), ..(*self).clone() }),
            },
            Action::BringBack => match &self.previous {
                None => self,
                Some(d) => {
                    let s = State {
                        text: d.text.clone(),
                        date: d.date,
                        origin: Origin::Draft,
                        previous: None,
                        edits: self.edits + 1,
                        share: Share::None,
                        ..(*self).clone()
                    };
                    Rc::new(s.reanalysed(false))
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
                Rc::new(State { claim, speaker, focus: self.focus(target, from), ..(*self).clone() })
            }
            Action::SelectSpeaker { speaker, from } => {
                let a = &self.analysed.analysis;
                let speaker = speaker.filter(|&e| e < a.entities.len());
                // Choosing the chosen speaker again in the panel shows everyone.
                let speaker =
                    if from == Pane::Panel && speaker.is_some() && speaker == self.speaker { None } else { speaker };
                let claim = self.claim.filter(|&c| speaker.is_none_or(|s| a.claims[c].speaker == s));
                let target = speaker.map_or(Target::None, Target::Speaker);
                Rc::new(State { speaker, claim, focus: self.focus(target, from), ..(*self).clone() })
            }
            Action::SelectDate { date, from } if date < self.analysed.analysis.dates.len() => {
                Rc::new(State { focus: self.focus(Target::Date(date), from), ..(*self).clone() })
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
            reference_date: None,
            reference_source: DateSource::None,
            dateline: None,
            paragraphs: vec![],
            sentences: vec![],
            dates: vec![],
            entities: vec![person("Ann"), person("Nobody"), person("Bob")],
            claims: vec![claim(0, 3, 5), claim(2, 26, 27), claim(0, 32, 34)],
        };
        let mut s = State::new(text.into(), None, Origin::Draft);
        s.analysed = Analysed::with_analysis(1, text, None, analysis);
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
        assert!(s.is_fresh());
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
        let s = s.reduce(Action::SetDate(Date::new(2024, 1, 2)));
        assert!(s.is_fresh(), "a date change analyses at once");
        assert_eq!(s.analysed.analysis.reference_date, Date::new(2024, 1, 2));
        assert_eq!(s.analysed.analysis.reference_source, DateSource::Option);
        assert_eq!(s.shown_date(), Date::new(2024, 1, 2));
        assert_eq!(s.edits, 2);
        let s = s.reduce(Action::SetDate(None));
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
        assert_eq!((s.text.as_str(), s.date, s.origin), ("linked text", Date::new(2025, 2, 13), Origin::Link));
        assert_eq!((s.edits, s.alert.as_deref(), s.saving), (0, None, true));
        assert!(s.is_fresh());
        let s = State::start("", Ok(Some(draft)));
        assert_eq!((s.text.as_str(), s.origin), ("my draft", Origin::Draft));
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
            assert_eq!((s.text.as_str(), s.date, s.edits), ("my draft", Date::new(2025, 1, 1), 0));
        }
        let bad_date =
            whosaid_share::encode(&whosaid_share::Shared { text: "t".into(), date: Some("2025-02-30".into()) });
        let s = State::start(&bad_date, Ok(None));
        assert_eq!((s.text.as_str(), s.date), ("t", None));
        assert!(s.alert.unwrap().contains("(2025-02-30) is not a date"));
    }

    #[test]
    fn a_link_opened_later_replaces_the_text_or_leaves_it_alone() {
        let s = Rc::new(State::new("mine".into(), None, Origin::Draft)).reduce(Action::Edit("mine!".into()));
        let bad = s.clone().reduce(Action::OpenLink("https://x/#v1.AAAA".into()));
        assert_eq!((bad.text.as_str(), bad.edits), ("mine!", 1));
        assert_eq!(bad.alert.as_deref(), Some("This link is damaged or was cut short when it was copied."));
        let link = whosaid_share::encode(&whosaid_share::Shared { text: "theirs".into(), date: None });
        let good = bad.reduce(Action::OpenLink(format!("#{link}")));
        assert_eq!((good.text.as_str(), good.origin, good.alert.as_deref()), ("theirs", Origin::Link, None));
        assert!(good.is_fresh());
    }

    #[test]
    fn the_users_text_is_put_aside_for_the_example_and_comes_back() {
        let s = Rc::new(State::default()).reduce(Action::Edit("my text".into()));
        let example = || Action::Open { text: crate::example::ARTICLE.into(), date: None, origin: Origin::Example };
        let s = s.reduce(example());
        assert_eq!(s.previous, Some(Draft { text: "my text".into(), date: None }));
        let edited = s.reduce(Action::Edit(format!("{} more", crate::example::ARTICLE)));
        assert!(edited.previous.is_some(), "still aside after editing the example");
        let s = edited.clone().reduce(Action::BringBack);
        assert_eq!((s.text.as_str(), s.origin, s.previous.clone()), ("my text", Origin::Draft, None));
        assert_eq!(s.edits, 3, "bringing it back saves it again");
        assert!(s.is_fresh());
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
        assert_eq!(s.text, "x");
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
}
