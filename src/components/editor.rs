//! The article textbox.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// Properties of [`Editor`].
#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// The current text.
    pub text: AttrValue,
    /// Called with the new text on every input.
    pub on_input: Callback<String>,
}

/// The large "Article text" textbox.
#[component]
pub fn Editor(props: &EditorProps) -> Html {
    let on_input = props.on_input.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        let area: HtmlTextAreaElement = e.target_unchecked_into();
        on_input.emit(area.value());
    });
    html! {
        <div class="editor">
            <label for="article">{"Article text"}</label>
            <textarea id="article" value={props.text.clone()} {oninput} spellcheck="false"
                placeholder="Paste a news article here…" rows="14" />
        </div>
    }
}
