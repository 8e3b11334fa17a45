//! The publication date: read from the dateline, or set by hand.

use web_sys::HtmlInputElement;
use whosaid::Date;
use yew::prelude::*;

/// Properties of [`DateField`].
#[derive(Properties, PartialEq)]
pub struct DateFieldProps {
    /// The date shown: the user's, else the dateline's.
    pub value: Option<Date>,
    /// True when the user set the date.
    pub set_by_user: bool,
    /// The dateline as written, when the article has one.
    pub dateline: Option<AttrValue>,
    /// Called with the new date, or `None` to go back to the dateline.
    pub on_change: Callback<Option<Date>>,
}

/// The "Publication date" field. Relative dates ("on Thursday") are resolved
/// against it; changing it re-resolves them, clearing it returns to the
/// dateline.
#[component]
pub fn DateField(props: &DateFieldProps) -> Html {
    let on_change = props.on_change.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        let value = input.value();
        if value.is_empty() {
            // Empty and "bad input" means half typed (a cleared day): wait.
            if !input.validity().bad_input() {
                on_change.emit(None);
            }
        } else if let Some(date) = Date::parse_iso(&value) {
            on_change.emit(Some(date));
        }
    });
    let reset = {
        let on_change = props.on_change.clone();
        Callback::from(move |_| on_change.emit(None))
    };
    let hint = match (props.set_by_user, &props.dateline) {
        (true, Some(line)) => html! {
            <>{"Set by you. "}<button type="button" class="link" onclick={reset}>
                {"Use the dateline"}</button>{format!(" ({line})")}</>
        },
        (true, None) => html! {
            <>{"Set by you. "}<button type="button" class="link" onclick={reset}>{"Clear"}</button></>
        },
        (false, Some(_)) => html! { {"Read from the dateline."} },
        (false, None) => html! { {"No dateline found: set it to resolve “Thursday”."} },
    };
    html! {
        <div class="date-field">
            <label for="publication-date">{"Publication date"}</label>
            <input type="date" id="publication-date" value={props.value.map(|d| d.to_string()).unwrap_or_default()}
                {oninput} aria-describedby="publication-date-hint" min="1000-01-01" max="9999-12-31" />
            <p id="publication-date-hint" class="hint">{hint}</p>
        </div>
    }
}
