//! The Speakers panel.

use yew::prelude::*;

use super::more::more;
use crate::hooks::use_list::use_list;
use crate::listing;
use crate::panel_html;
use crate::state::{Action, Analysed, Pane};

/// Properties of [`Speakers`].
#[derive(Properties, PartialEq)]
pub struct SpeakersProps {
    /// The analysis.
    pub analysed: Analysed,
    /// The chosen speaker.
    pub selected: Option<usize>,
    /// Choosing a speaker.
    pub on_action: Callback<Action>,
}

/// The people, organisations and groups with at least one claim: name,
/// kind, role(s) and number of claims. Choosing one lists only its claims
/// and shows it in the text; choosing it again lists everyone's.
#[component]
pub fn Speakers(props: &SpeakersProps) -> Html {
    let a = &props.analysed;
    let list = use_node_ref();
    let drawn = use_list(a.rev, false);
    let chosen = props.selected.and_then(|s| a.speakers.iter().position(|&e| e == s));
    let shown = listing::shown(a.speakers.len(), drawn.limit, chosen);
    let items = {
        let a = a.clone();
        use_memo((a.rev, shown.positions.clone()), move |(_, positions)| {
            AttrValue::from(panel_html::speakers(&a, positions))
        })
    };
    super::use_pressed(&list, props.selected.map(|s| format!("button[data-speaker=\"{s}\"]")), items.clone());
    let onclick = super::item_click(&props.on_action, "data-speaker", |i| Action::SelectSpeaker {
        speaker: Some(i),
        from: Pane::Panel,
    });
    let empty = if a.text.trim().is_empty() { "Speakers appear here." } else { "No speakers found." };
    html! {
        <section class="panel speakers" aria-label="Speakers">
            <h2>{"Speakers"}<span class="total">{a.speakers.len()}</span></h2>
            if a.speakers.is_empty() {
                <p class="empty">{empty}</p>
            } else {
                <ul ref={list} {onclick}>{Html::from_html_unchecked((*items).clone())}</ul>
                {more(shown.hidden, a.speakers.len(), &drawn.more)}
            }
        </section>
    }
}
