//! Keeping the draft: the article and date are saved on every edit.

use yew::prelude::*;

use crate::browser;
use crate::state::{Action, State};

/// Saves the draft whenever the user edits (not when a link or the example
/// is opened: the draft is not overwritten until the user edits), and takes
/// a stale share link out of the address bar so a reload shows the edits.
/// Reports to the state whether saving works.
#[hook]
pub fn use_draft(state: &UseReducerHandle<State>) {
    let edits = state.edits;
    let state = state.clone();
    use_effect_with(edits, move |&edits| {
        if edits > 0 {
            browser::clear_fragment();
            let saved = browser::save_draft(&state.draft().to_json());
            state.dispatch(Action::Saved(saved));
        }
    });
}
