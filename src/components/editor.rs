//! The article textbox.

use std::cell::RefCell;
use std::rc::Rc;

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
    pub on_input: Callback<(Rc<str>, bool)>,
}

/// The large "Article text" textbox.
///
/// The textbox holds the text itself: its value is written only when the
/// text comes from elsewhere (a link, the example, the draft), never read
/// back to compare on a re-render. (A `value` attribute would make yew read
/// the whole text out of the page on every render, megabytes for a long
/// article.)
#[component]
pub fn Editor(props: &EditorProps) -> Html {
    let area = use_node_ref();
    // What the textbox holds, as far as the app knows: what it last reported or was given.
    let holds = use_mut_ref(|| None::<AttrValue>);
    {
        let (area, holds) = (area.clone(), holds.clone());
        use_effect_with(props.text.clone(), move |text| {
            let stale = holds.borrow().as_ref() != Some(text);
            if stale {
                if let Some(el) = area.cast::<HtmlTextAreaElement>() {
                    el.set_value(text);
                }
                *holds.borrow_mut() = Some(text.clone());
            }
        });
    }
    let oninput = {
        let on_input = props.on_input.clone();
        let holds: Rc<RefCell<Option<AttrValue>>> = holds.clone();
        let before = props.text.len();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            let text: Rc<str> = area.value().into();
            let pasted =
                matches!(e.input_type().as_str(), "insertFromPaste" | "insertFromDrop" | "insertReplacementText");
            let now = pasted || text.len().abs_diff(before) > BIG_CHANGE;
            *holds.borrow_mut() = Some(AttrValue::from(text.clone()));
            on_input.emit((text, now));
        })
    };
    html! {
        <div class="editor">
            <label for="article">{"Article text"}</label>
            <textarea id="article" ref={area} {oninput} spellcheck="false"
                aria-describedby="article-hint" placeholder="Paste a news article here…" rows="7" />
            <p id="article-hint" class="hint">
                {"The analysis follows as you type. The text stays in this browser: nothing is uploaded."}
            </p>
        </div>
    }
}
