//! Debouncing: run a callback once things have been quiet for a while.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// A callback that, called with a delay in milliseconds, runs `callback`
/// after that delay unless it is called again first; called with `None`, it
/// cancels any pending run and runs `callback` now, in this task.
///
/// The pending timer lives in a `use_mut_ref`; replacing it drops (cancels)
/// the old one, and unmounting the component cancels the last one. A delay
/// of 0 still waits for the current event to finish: the browser completes
/// a paste (and lays out the textbox) before the analysis renders.
#[hook]
pub fn use_debounce(callback: Callback<()>) -> Callback<Option<u32>> {
    let timer = use_mut_ref(|| None::<Timeout>);
    use_callback(callback, move |millis: Option<u32>, callback| {
        let callback = callback.clone();
        match millis {
            Some(millis) => *timer.borrow_mut() = Some(Timeout::new(millis, move || callback.emit(()))),
            None => {
                timer.borrow_mut().take();
                callback.emit(());
            }
        }
    })
}
