//! The article textbox.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// A change bigger than this many bytes (a paste, a drop, a replaced
/// selection) is analysed at once; typing waits for a pause.
const BIG_CHANGE: usize = 40;

/// Properties of [`Editor`].
#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// The current text.
    pub text: AttrValue,
    /// Called on every input with the new text and whether to analyse it now
    /// (true for a paste or any other big change).
    pub on_input: Callback<(String, bool)>,
}

/// The large "Article text" textbox.
#[component]
pub fn Editor(props: &EditorProps) -> Html {
    let on_input = props.on_input.clone();
    let before = props.text.len();
    let oninput = Callback::from(move |e: InputEvent| {
        let area: HtmlTextAreaElement = e.target_unchecked_into();
        let text = area.value();
        let pasted = matches!(e.input_type().as_str(), "insertFromPaste" | "insertFromDrop" | "insertReplacementText");
        let now = pasted || text.len().abs_diff(before) > BIG_CHANGE;
        on_input.emit((text, now));
    });
    html! {
        <div class="editor">
            <label for="article">{"Article text"}</label>
            <textarea id="article" value={props.text.clone()} {oninput} spellcheck="false"
                aria-describedby="article-hint" placeholder="Paste a news article here…" rows="7" />
            <p id="article-hint" class="hint">
                {"The analysis follows as you type. The text stays in this browser: nothing is uploaded."}
            </p>
        </div>
    }
}
