//! The end of a long list: how many are not listed, and a button for more.

use yew::prelude::*;

use crate::listing;

/// Properties of [`More`].
#[derive(Properties, PartialEq)]
pub struct MoreProps {
    /// How many items are not listed.
    pub hidden: usize,
    /// How many there are in all.
    pub total: usize,
    /// Lists more of them.
    pub on_more: Callback<()>,
}

/// "17,061 more not listed. [Show 1,000 more]", or nothing.
#[component]
pub fn More(props: &MoreProps) -> Html {
    if props.hidden == 0 {
        return html! {};
    }
    let onclick = props.on_more.reform(|_: MouseEvent| ());
    html! {
        <p class="more">
            {format!("{} more not listed. ", listing::thousands(props.hidden))}
            <button type="button" class="link" {onclick}>{listing::more_label(props.hidden, props.total)}</button>
        </p>
    }
}
