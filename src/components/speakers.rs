//! The Speakers panel.

use whosaid::EntityKind;
use yew::prelude::*;

use super::more::more;
use crate::hooks::use_list::use_list;
use crate::listing;
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
    let drawn = use_list(a.rev, false);
    let chosen = props.selected.and_then(|s| a.speakers.iter().position(|&e| e == s));
    let shown = listing::shown(a.speakers.len(), drawn.limit, chosen);
    let items = shown.positions.iter().map(|&pos| {
        let e = a.speakers[pos];
        let entity = &a.analysis.entities[e];
        let kind = match entity.kind {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Group => "group",
        };
        let n = a.claim_count[e];
        let pressed = props.selected == Some(e);
        let onclick =
            props.on_action.reform(move |_: MouseEvent| Action::SelectSpeaker { speaker: Some(e), from: Pane::Panel });
        html! {
            <li>
                <button type="button" class={classes!("speaker", a.colour_class(e))} aria-pressed={pressed.to_string()}
                    data-speaker={e.to_string()} {onclick}>
                    <span class="swatch" aria-hidden="true"></span>
                    <span class="name">{&entity.name}</span>
                    <span class="kind">{kind}</span>
                    if !entity.roles.is_empty() { <span class="roles">{entity.roles.join("; ")}</span> }
                    <span class="count">{if n == 1 { "1 claim".to_string() } else { format!("{n} claims") }}</span>
                </button>
            </li>
        }
    });
    let empty = if a.text.trim().is_empty() { "Speakers appear here." } else { "No speakers found." };
    html! {
        <section class="panel speakers" aria-label="Speakers">
            <h2>{"Speakers"}<span class="total">{a.speakers.len()}</span></h2>
            if a.speakers.is_empty() {
                <p class="empty">{empty}</p>
            } else {
                <ul>{for items}</ul>
                {more(shown.hidden, a.speakers.len(), &drawn.more)}
            }
        </section>
    }
}
