//! "Show all" for a long list, forgotten when a new analysis comes.

use yew::prelude::*;

/// Whether the list of analysis `rev` shows all its items, and the callback
/// that makes it. A new analysis lists the first items again.
#[hook]
pub fn use_show_all(rev: u64) -> (bool, Callback<()>) {
    let chosen = use_state(|| None::<u64>);
    let all = *chosen == Some(rev);
    let show_all = Callback::from(move |()| chosen.set(Some(rev)));
    (all, show_all)
}
