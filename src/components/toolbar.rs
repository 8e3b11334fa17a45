//! The actions on the article: the example, sharing, downloads.

use yew::prelude::*;

use crate::export::Format;

/// Properties of [`Toolbar`].
#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    /// False when there is no text (nothing to share or download).
    pub has_text: bool,
    /// "Try an example".
    pub on_example: Callback<()>,
    /// "Share".
    pub on_share: Callback<()>,
    /// A download in the given format.
    pub on_export: Callback<Format>,
}

/// Buttons: Try an example, Share, Download JSON / CSV / Markdown.
#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let example = props.on_example.reform(|_: MouseEvent| ());
    let share = props.on_share.reform(|_: MouseEvent| ());
    let downloads = Format::ALL.map(|f| {
        let onclick = props.on_export.reform(move |_: MouseEvent| f);
        html! {
            <button type="button" {onclick} disabled={!props.has_text}
                aria-label={format!("Download {}", f.label())}>{f.label()}</button>
        }
    });
    html! {
        <div class="toolbar">
            <button type="button" onclick={example}>{"Try an example"}</button>
            <button type="button" class="primary" onclick={share} disabled={!props.has_text}>{"Share"}</button>
            <div class="downloads" role="group" aria-labelledby="downloads-label">
                <span id="downloads-label">{"Download"}</span>
                {for downloads}
            </div>
        </div>
    }
}
