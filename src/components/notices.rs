//! What the reader must see: a link that could not be opened, a draft that
//! is not being saved, their own text put aside for a link or the example.

use yew::prelude::*;

/// Properties of [`Notices`].
#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    /// Why a link could not be opened, if one could not.
    pub alert: Option<AttrValue>,
    /// False when the draft is not being saved.
    pub saving: bool,
    /// Closes the alert.
    pub on_dismiss: Callback<()>,
    /// True when the user's own text is put aside for a link or the example.
    pub put_aside: bool,
    /// Brings it back.
    pub on_bring_back: Callback<()>,
    /// Why the text was not analysed, if it was not.
    #[prop_or_default]
    pub failure: Option<AttrValue>,
    /// True when the engine runs in the page (no worker could start).
    #[prop_or_default]
    pub in_page: bool,
}

/// The alert region (always in the page, so screen readers announce what
/// appears in it) and the storage warning.
#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    let dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="notices">
            <div role="alert" class={classes!("alert", props.alert.is_none().then_some("empty"))}>
                if let Some(message) = &props.alert {
                    <p>{message.clone()}</p>
                    <button type="button" onclick={dismiss}>{"Dismiss"}</button>
                }
            </div>
            if props.put_aside {
                <p class="note" role="status">
                    {"Your own text is put aside, not lost. "}
                    <button type="button" class="link" onclick={props.on_bring_back.reform(|_: MouseEvent| ())}>
                        {"Back to my text"}</button>
                </p>
            }
            if let Some(failure) = &props.failure {
                <p class="warning" role="status">{failure.clone()}</p>
            } else if props.in_page {
                <p class="warning" role="status">
                    {"This browser did not start a background worker, so the analysis runs in the page: long \
                      articles may pause it for a moment."}
                </p>
            }
            if !props.saving {
                <p class="warning" role="status">
                    {"Your draft is not being saved in this browser (storage is off or full). Download or share \
                      your work before you close the page."}
                </p>
            }
        </div>
    }
}
