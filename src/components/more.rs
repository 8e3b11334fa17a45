//! The end of a long list: how many are not listed, and a button for more.

use yew::prelude::*;

use crate::listing;

/// "17,061 more not listed. [Show 1,000 more]", or nothing when all
/// `total` items are listed. (A function, not a component: every component
/// costs the app's WebAssembly a few kilobytes.)
pub fn more(hidden: usize, total: usize, on_more: &Callback<()>) -> Html {
    if hidden == 0 {
        return html! {};
    }
    let onclick = on_more.reform(|_: MouseEvent| ());
    html! {
        <p class="more">
            {format!("{} more not listed. ", listing::thousands(hidden))}
            <button type="button" class="link" {onclick}>{listing::more_label(hidden, total)}</button>
        </p>
    }
}
