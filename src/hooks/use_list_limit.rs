//! How much of a long list is drawn, forgotten when a new analysis comes.

use yew::prelude::*;

use crate::listing::{LIMIT, STEP};

/// How many items the list of analysis `rev` draws, and the callback that
/// draws [`STEP`] more. A new analysis starts again at [`LIMIT`].
#[hook]
pub fn use_list_limit(rev: u64) -> (usize, Callback<()>) {
    let chosen = use_state(|| (rev, LIMIT));
    let limit = if chosen.0 == rev { chosen.1 } else { LIMIT };
    let more = Callback::from(move |()| chosen.set((rev, limit.saturating_add(STEP))));
    (limit, more)
}
