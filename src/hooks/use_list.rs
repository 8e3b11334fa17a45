//! How much of a long list a panel draws, and when.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::listing::{LIMIT, STEP};

/// What a panel's list of one analysis draws.
pub struct List {
    /// How many items (see `listing::shown`).
    pub limit: usize,
    /// Draws [`STEP`] more.
    pub more: Callback<()>,
    /// False while the list waits for its own task.
    pub ready: bool,
}

/// The list of analysis `rev`: [`LIMIT`] items, more on demand, back to
/// [`LIMIT`] for a new analysis. With `later`, the list is drawn one task
/// after the rest of a new analysis (`ready` is false until then): after a
/// long article's analysis arrives, the browser gets to paint and to handle
/// input between the article and each panel, instead of drawing them all
/// in one long task.
#[hook]
pub fn use_list(rev: u64, later: bool) -> List {
    // For which analysis, how many items, drawn yet.
    let state = use_state_eq(|| (rev, LIMIT, !later));
    let (_, limit, ready) = if state.0 == rev { *state } else { (rev, LIMIT, !later) };
    {
        let state = state.clone();
        use_effect_with(rev, move |&rev| {
            let timer = later.then(|| Timeout::new(0, move || state.set((rev, LIMIT, true))));
            move || drop(timer)
        });
    }
    let more = Callback::from(move |()| state.set((rev, limit.saturating_add(STEP), true)));
    List { limit, more, ready }
}
