//! Drawing a long list one task after the rest of a new analysis.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// False on the first render for a new `key` (an analysis), true from the
/// next task on. A panel that waits for it draws its list in a task of its
/// own: after a long article's analysis arrives, the browser gets to paint
/// and to handle input between the article and each panel instead of
/// drawing all of them in one long task.
#[hook]
pub fn use_later(key: u64) -> bool {
    let ready_for = use_state_eq(|| None::<u64>);
    {
        let ready_for = ready_for.clone();
        use_effect_with(key, move |&key| {
            let timer = Timeout::new(0, move || ready_for.set(Some(key)));
            move || drop(timer)
        });
    }
    *ready_for == Some(key)
}
