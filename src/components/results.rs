//! The analysis: speakers, claims and dates.

use std::rc::Rc;

use whosaid::{Analysis, ClaimKind, EntityKind};
use yew::prelude::*;

/// Properties of [`Results`].
#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    /// The analysed text.
    pub text: AttrValue,
    /// Its analysis.
    pub analysis: Rc<Analysis>,
}

fn kind_label(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "person",
        EntityKind::Organization => "organization",
        EntityKind::Group => "group",
    }
}

/// Lists of speakers, claims and dates.
#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let a = &props.analysis;
    let text = props.text.as_str();
    let claims_of = |e: usize| a.claims.iter().filter(|c| c.speaker == e).count();
    let speakers = a.entities.iter().enumerate().filter(|(i, _)| claims_of(*i) > 0).map(|(i, e)| {
        html! {
            <li class="speaker">
                <strong>{&e.name}</strong>
                <span class="kind">{kind_label(e.kind)}</span>
                if !e.roles.is_empty() { <span class="roles">{e.roles.join("; ")}</span> }
                <span class="count">{format!("{} claims", claims_of(i))}</span>
            </li>
        }
    });
    let claims = a.claims.iter().map(|c| {
        let who = a.entities.get(c.speaker).map(|e| e.name.as_str()).unwrap_or("?");
        let kind = match c.kind {
            ClaimKind::Direct => "direct",
            ClaimKind::Mixed => "mixed",
            ClaimKind::Indirect => "indirect",
        };
        html! {
            <li class="claim">
                <span class={classes!("badge", kind)}>{kind}</span>
                <strong>{who}</strong>{": "}
                <q>{c.content.of(text)}</q>
            </li>
        }
    });
    let dates = a.dates.iter().map(|d| {
        html! { <li class="date">{d.span.of(text)}{" → "}<code>{&d.value}</code></li> }
    });
    html! {
        <div class="results">
            <section aria-label="Speakers"><h2>{"Speakers"}</h2><ul>{for speakers}</ul></section>
            <section aria-label="Claims"><h2>{"Claims"}</h2><ul>{for claims}</ul></section>
            <section aria-label="Dates"><h2>{"Dates"}</h2><ul>{for dates}</ul></section>
        </div>
    }
}
