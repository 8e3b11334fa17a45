//! Debouncing: run a callback once things have been quiet for a while.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// A callback that runs `callback` `millis` milliseconds after its last call.
///
/// The pending timer lives in a `use_mut_ref`; replacing it drops (cancels)
/// the old one, and unmounting the component cancels the last one.
#[hook]
pub fn use_debounce(millis: u32, callback: Callback<()>) -> Callback<()> {
    let timer = use_mut_ref(|| None::<Timeout>);
    use_callback((millis, callback), move |(), (millis, callback)| {
        let callback = callback.clone();
        *timer.borrow_mut() = Some(Timeout::new(*millis, move || callback.emit(())));
    })
}
