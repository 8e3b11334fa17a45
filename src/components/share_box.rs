//! The share link, once made: shown, and copied or selected for Ctrl+C.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::state::{Copy, Share};

/// Properties of [`ShareBox`].
#[derive(Properties, PartialEq)]
pub struct ShareBoxProps {
    /// The link and the clipboard's answer.
    pub share: Share,
}

/// The read-only "Share link" textbox and what happened to the copy.
#[component]
pub fn ShareBox(props: &ShareBoxProps) -> Html {
    let input = use_node_ref();
    let copy = match &props.share {
        Share::Link { copy, .. } => Some(*copy),
        _ => None,
    };
    {
        let input = input.clone();
        use_effect_with(copy, move |copy| {
            // The clipboard refused: select the link so Ctrl+C copies it.
            if *copy == Some(Copy::Failed) {
                if let Some(el) = input.cast::<HtmlInputElement>() {
                    let _ = el.focus();
                    el.select();
                }
            }
        });
    }
    let select_all = Callback::from(|e: FocusEvent| e.target_unchecked_into::<HtmlInputElement>().select());
    match &props.share {
        Share::None => html! { <div class="share" role="status"></div> },
        Share::TooLong => html! {
            <div class="share" role="status">
                <p class="warning">{"This article is too long to share as a link. Download it instead."}</p>
            </div>
        },
        Share::Link { url, copy } => {
            let status = match copy {
                Copy::Pending => "Copying…",
                Copy::Done => "Link copied. It carries the article itself, after the #, which is never sent to a server.",
                Copy::Failed => "The browser did not let the page copy: the link is selected, press Ctrl+C (⌘C on a Mac) to copy it.",
            };
            html! {
                <div class="share">
                    <label for="share-link">{"Share link"}</label>
                    <input id="share-link" type="text" readonly=true value={url.clone()} ref={input}
                        onfocus={select_all} spellcheck="false" />
                    <p class="hint" role="status">{status}</p>
                </div>
            }
        }
    }
}
