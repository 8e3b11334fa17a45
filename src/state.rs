//! The app state and its actions: a `Reducible`, no DOM, testable natively.

use std::rc::Rc;

use whosaid::{Analysis, Date, Options};
use yew::Reducible;

/// Everything the page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The article as typed or pasted.
    pub text: String,
    /// The publication date the user set, if any (else the dateline's).
    pub date: Option<Date>,
    /// The analysis of `text`.
    pub analysis: Rc<Analysis>,
}

impl Default for State {
    fn default() -> State {
        State::new(String::new(), None)
    }
}

impl State {
    /// The state for `text` and `date`, analysed.
    pub fn new(text: String, date: Option<Date>) -> State {
        let analysis = Rc::new(whosaid::analyze(&text, &Options { date }));
        State { text, date, analysis }
    }
}

/// What can happen to the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The article text changed.
    SetText(String),
    /// The publication date changed (`None`: use the dateline).
    SetDate(Option<Date>),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::SetText(text) if text == self.text => self,
            Action::SetText(text) => Rc::new(State::new(text, self.date)),
            Action::SetDate(date) if date == self.date => self,
            Action::SetDate(date) => Rc::new(State::new(self.text.clone(), date)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_date_changes_reanalyse() {
        let s = Rc::new(State::default());
        let s = s.reduce(Action::SetText("date 2025-02-13\n\nHello.".into()));
        assert_eq!(s.analysis.reference_date, Date::new(2025, 2, 13));
        let same = s.clone().reduce(Action::SetText(s.text.clone()));
        assert!(Rc::ptr_eq(&s, &same), "no change, no new state");
        let s = s.reduce(Action::SetDate(Date::new(2024, 1, 2)));
        assert_eq!(s.analysis.reference_date, Date::new(2024, 1, 2));
        assert_eq!(s.analysis.reference_source, whosaid::DateSource::Option);
    }
}
