//! Warming the engine up while the page waits for its first article.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// How long after the first render the warm-up starts.
const DELAY_MS: u32 = 300;

/// When the page starts empty, analyses the example once, out of sight,
/// shortly after the first render. The browser compiles WebAssembly in
/// tiers: the first analysis runs unoptimised code and is several times
/// slower than the next, so without this the user's first paste would pay
/// for it. A page that starts with a draft or a link has just analysed it.
#[hook]
pub fn use_warm_up(page_is_empty: bool) {
    use_effect_with((), move |_| {
        let timer = page_is_empty.then(|| {
            Timeout::new(DELAY_MS, || {
                let _ = whosaid::analyze(crate::example::ARTICLE, &whosaid::Options::default());
            })
        });
        move || drop(timer)
    });
}
