//! The page: header, editor and results.

use yew::prelude::*;

use crate::components::editor::Editor;
use crate::components::results::Results;
use crate::state::{Action, State};

/// The whole app.
#[component]
pub fn App() -> Html {
    let state = use_reducer(State::default);
    let on_input = {
        let state = state.dispatcher();
        Callback::from(move |text: String| state.dispatch(Action::SetText(text)))
    };
    let reference = state.analysis.reference_date.map(|d| d.to_string()).unwrap_or_default();
    html! {
        <main>
            <header><h1>{"whosaid"}</h1><p class="tagline">{"Who said what, and when."}</p></header>
            <Editor text={state.text.clone()} {on_input} />
            <p class="reference">{"Publication date: "}<output>{reference}</output></p>
            <Results text={state.text.clone()} analysis={state.analysis.clone()} />
        </main>
    }
}
