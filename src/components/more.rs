//! The end of a long list: how many are not listed, and "Show all".

use yew::prelude::*;

use crate::listing;

/// Properties of [`More`].
#[derive(Properties, PartialEq)]
pub struct MoreProps {
    /// How many items are not listed.
    pub hidden: usize,
    /// How many there are in all.
    pub total: usize,
    /// Lists them all.
    pub on_show_all: Callback<()>,
}

/// "18,000 more are not listed. [Show all 18,177]", or nothing.
#[component]
pub fn More(props: &MoreProps) -> Html {
    if props.hidden == 0 {
        return html! {};
    }
    let onclick = props.on_show_all.reform(|_: MouseEvent| ());
    html! {
        <p class="more">
            {format!("{} more not listed. ", listing::thousands(props.hidden))}
            <button type="button" class="link" {onclick}>{listing::show_all_label(props.total)}</button>
        </p>
    }
}
