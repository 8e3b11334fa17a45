//! Links opened into an open page: pasting a share link into the address bar
//! of a tab that already shows whosaid only changes the fragment.

use gloo::events::EventListener;
use yew::prelude::*;

use crate::browser;
use crate::state::{Action, State};

/// Opens the share link whenever the address bar's fragment changes.
#[hook]
pub fn use_hash_links(dispatcher: UseReducerDispatcher<State>) {
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|w| {
            EventListener::new(&w, "hashchange", move |_| {
                let hash = browser::hash();
                if !hash.trim_start_matches('#').trim().is_empty() {
                    dispatcher.dispatch(Action::OpenLink(hash));
                }
            })
        });
        move || drop(listener)
    });
}
