//! A rehearsal of the first result, out of sight.
//!
//! The first result a page draws costs more than any later one, for reasons
//! that have nothing to do with the article: the browser runs the app's
//! WebAssembly first as baseline code and optimises what turns out hot, and
//! it finds, loads and caches each font at each size the first time text is
//! laid out in it (its glyph caches are per font and size). Traced in
//! Chromium for the acceptance article, that first layout took 40–52 ms
//! against 10–16 ms once the fonts were known. So, just
//! after the page starts, this draws the example article's result once,
//! hidden and inert, has it laid out, and removes it: the first real paste
//! finds the code warm and the fonts loaded.

use gloo::timers::callback::Timeout;
use web_sys::Element;
use yew::prelude::*;

use super::{article::Article, claims::Claims, dates::Dates, speakers::Speakers};
use crate::state::{Analysed, Focus};

#[derive(Clone, Copy, PartialEq)]
enum Phase {
    /// The page has just started: wait for its first task to end.
    Waiting,
    /// The rehearsal is in the page.
    Drawing,
    /// Done; nothing is drawn.
    Done,
}

/// Draws the example's result once, hidden, then nothing.
#[component]
pub fn WarmUp() -> Html {
    let phase = use_state_eq(|| Phase::Waiting);
    let root = use_node_ref();
    {
        let (phase, root) = (phase.clone(), root.clone());
        use_effect_with(*phase, move |&now| {
            let timer = match now {
                Phase::Waiting => {
                    let phase = phase.clone();
                    Some(Timeout::new(0, move || phase.set(Phase::Drawing)))
                }
                Phase::Drawing => {
                    // Reading a size lays the page out now, fonts and all.
                    if let Some(el) = root.cast::<Element>() {
                        let _ = el.client_width();
                    }
                    phase.set(Phase::Done);
                    None
                }
                Phase::Done => None,
            };
            move || drop(timer)
        });
    }
    if *phase != Phase::Drawing {
        return html! {};
    }
    let text = crate::example::ARTICLE;
    let analysed = Analysed::with_analysis(0, text, None, whosaid::analyze(text, &whosaid::Options::default()));
    let focus = Focus::default();
    let on_action = Callback::noop();
    html! {
        <div class="warm-up" aria-hidden="true" inert=true ref={root}>
            <Article analysed={analysed.clone()} claim={None} speaker={None} {focus} part={0} note={None}
                progress={None} failed={false} on_action={on_action.clone()} />
            <Speakers analysed={analysed.clone()} selected={None} on_action={on_action.clone()} />
            <Claims analysed={analysed.clone()} speaker={None} claim={None} {focus} on_action={on_action.clone()} />
            <Dates {analysed} {focus} {on_action} />
        </div>
    }
}
