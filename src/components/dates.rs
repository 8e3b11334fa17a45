//! The Dates panel: a timeline.

use wasm_bindgen::JsCast;
use web_sys::Element;
use whosaid::{DateSource, TimexKind};
use yew::prelude::*;

use super::more::more;
use crate::browser;
use crate::hooks::use_list::use_list;
use crate::listing;
use crate::state::{Action, Analysed, Focus, Pane, Target};
use crate::timeline;

/// Properties of [`Dates`].
#[derive(Properties, PartialEq)]
pub struct DatesProps {
    /// The analysis.
    pub analysed: Analysed,
    /// The latest request to bring something into view.
    pub focus: Focus,
    /// Choosing a date.
    pub on_action: Callback<Action>,
}

/// Every temporal expression with its value ("Feb. 12 → 2025-02-12"): the
/// calendar ones in date order, then durations, recurrences and dates that
/// cannot be placed.
#[component]
pub fn Dates(props: &DatesProps) -> Html {
    let root = use_node_ref();
    let drawn = use_list(props.analysed.rev, crate::listing::draw_later(&props.analysed.text));
    {
        let root = root.clone();
        use_effect_with(props.focus, move |focus| {
            if let (Target::Date(d), Pane::Text) = (focus.target, focus.from) {
                let el = root.cast::<Element>().and_then(|r| r.query_selector(&format!("#date-{d}")).ok()?);
                if let Some(el) = el.and_then(|e| e.dyn_into::<Element>().ok()) {
                    browser::scroll_to(&el, false);
                }
            }
        });
    }
    let a = &props.analysed;
    let analysis = &a.analysis;
    let order = {
        let a = a.clone();
        use_memo(a.rev, move |_| timeline::order(&a.analysis.dates))
    };
    let (on, off) = (&order.0, &order.1);
    let selected = match props.focus.target {
        Target::Date(d) => Some(d),
        _ => None,
    };
    let item = |i: usize| {
        html! {
            <DateItem key={i} analysed={a.clone()} date={i} selected={selected == Some(i)}
                on_action={props.on_action.clone()} />
        }
    };
    let reference = match (analysis.reference_date, analysis.reference_source) {
        (Some(d), DateSource::Dateline) => format!("Resolved against {d}, the dateline’s date."),
        (Some(d), _) => format!("Resolved against {d}, the date you set."),
        (None, _) => "No publication date: relative dates stay unresolved (XXXX).".to_string(),
    };
    let empty = if a.text.trim().is_empty() { "Dates appear here." } else { "No dates found." };
    // Long lists: the first dates of each, and the chosen one.
    let list = |dates: &[usize]| {
        let chosen = selected.and_then(|d| dates.iter().position(|&i| i == d));
        let shown = listing::shown(if drawn.ready { dates.len() } else { 0 }, drawn.limit, chosen);
        let items: Html = shown.positions.iter().map(|&pos| item(dates[pos])).collect();
        (items, shown.hidden)
    };
    let (on_items, on_hidden) = list(on);
    let (off_items, off_hidden) = list(off);
    html! {
        <section class="panel dates" aria-label="Dates" ref={root}>
            <h2>{"Dates"}<span class="total">{analysis.dates.len()}</span></h2>
            if !a.text.trim().is_empty() { <p class="hint">{reference}</p> }
            if analysis.dates.is_empty() {
                <p class="empty">{empty}</p>
            }
            if !on.is_empty() {
                <ol class="timeline">{on_items}</ol>
                {more(on_hidden, on.len(), &drawn.more)}
            }
            if !off.is_empty() {
                <h3>{"Not on the timeline"}</h3>
                <ul class="off-timeline">{off_items}</ul>
                {more(off_hidden, off.len(), &drawn.more)}
            }
        </section>
    }
}

/// Properties of [`DateItem`].
#[derive(Properties, PartialEq)]
struct DateItemProps {
    analysed: Analysed,
    /// Index into `Analysis::dates`.
    date: usize,
    selected: bool,
    on_action: Callback<Action>,
}

/// One date in the list: a component of its own, so that a selection
/// redraws the items it changes, not a list of thousands.
#[component]
fn DateItem(props: &DateItemProps) -> Html {
    let i = props.date;
    let text: &str = &props.analysed.text;
    let Some(d) = props.analysed.analysis.dates.get(i) else { return html! {} };
    let onclick = props.on_action.reform(move |_: MouseEvent| Action::SelectDate { date: i, from: Pane::Panel });
    let kind = match d.kind {
        TimexKind::Date => None,
        TimexKind::Time => Some("time"),
        TimexKind::Duration => Some("duration"),
        TimexKind::Set => Some("recurring"),
    };
    html! {
        <li id={format!("date-{i}")}>
            <button type="button" class={classes!("date-item", props.selected.then_some("is-selected"))} {onclick}>
                <span class="expr">{d.span.of(text).to_string()}</span>{" → "}
                <code id={format!("date-value-{i}")}>{d.value.clone()}</code>
                if let Some(kind) = kind { <span class="kind">{kind}</span> }
            </button>
        </li>
    }
}
