//! Keeping the draft: the article and date are saved on every edit.

use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::browser;
use crate::state::{Action, State};

/// Drafts longer than this are saved once typing pauses, not on every key:
/// writing megabytes to storage takes a noticeable moment each time.
pub const SAVE_LATER_BYTES: usize = 250_000;

/// The pause that saves a long draft.
pub const SAVE_DELAY_MS: u32 = 1_000;

/// Saves the draft whenever the user edits (not when a link or the example
/// is opened: the draft is not overwritten until the user edits), and takes
/// a stale share link out of the address bar so a reload shows the edits.
/// Reports to the state whether saving works. A long draft is saved after
/// a pause in typing, and at once when the page is hidden or goes away.
#[hook]
pub fn use_draft(state: &UseReducerHandle<State>) {
    // The save waiting for a pause, and its timer.
    let waiting = use_mut_ref(|| None::<Rc<dyn Fn()>>);
    let timer = use_mut_ref(|| None::<Timeout>);
    {
        let (waiting, timer) = (waiting.clone(), timer.clone());
        use_effect_with((), move |_| {
            let flush = Rc::new(move || {
                timer.borrow_mut().take();
                let save = waiting.borrow_mut().take();
                if let Some(save) = save {
                    save();
                }
            });
            let on_hide = {
                let flush = flush.clone();
                move |_: &web_sys::Event| flush()
            };
            let on_visibility = move |_: &web_sys::Event| {
                if web_sys::window().and_then(|w| w.document()).is_some_and(|d| d.hidden()) {
                    flush();
                }
            };
            let window = web_sys::window();
            let listeners = window.as_ref().map(|w| EventListener::new(w, "pagehide", on_hide));
            let document = window.and_then(|w| w.document());
            let visibility = document.as_ref().map(|d| EventListener::new(d, "visibilitychange", on_visibility));
            move || drop((listeners, visibility))
        });
    }
    let edits = state.edits;
    let state = state.clone();
    use_effect_with(edits, move |&edits| {
        if edits == 0 {
            return;
        }
        browser::clear_fragment();
        let long = state.text.len() > SAVE_LATER_BYTES;
        let save: Rc<dyn Fn()> = Rc::new(move || {
            let saved = browser::save_draft(&state.text, state.date);
            state.dispatch(Action::Saved(saved));
        });
        if long {
            *waiting.borrow_mut() = Some(save);
            let waiting = waiting.clone();
            *timer.borrow_mut() = Some(Timeout::new(SAVE_DELAY_MS, move || {
                let save = waiting.borrow_mut().take();
                if let Some(save) = save {
                    save();
                }
            }));
        } else {
            timer.borrow_mut().take();
            waiting.borrow_mut().take();
            save();
        }
    });
}
