//! The Dates panel: a timeline.

use wasm_bindgen::JsCast;
use web_sys::Element;
use whosaid::DateSource;
use yew::prelude::*;

use super::more::more;
use crate::browser;
use crate::hooks::use_list::use_list;
use crate::listing;
use crate::panel_html;
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
    let reference = match (analysis.reference_date, analysis.reference_source) {
        (Some(d), DateSource::Dateline) => format!("Resolved against {d}, the dateline’s date."),
        (Some(d), _) => format!("Resolved against {d}, the date you set."),
        (None, _) => "No publication date: relative dates stay unresolved (XXXX).".to_string(),
    };
    let empty = if a.text.trim().is_empty() { "Dates appear here." } else { "No dates found." };
    // Long lists: the first dates of each, and the chosen one.
    let positions = |dates: &[usize]| {
        let chosen = selected.and_then(|d| dates.iter().position(|&i| i == d));
        listing::shown(if drawn.ready { dates.len() } else { 0 }, drawn.limit, chosen)
    };
    let (on_shown, off_shown) = (positions(on), positions(off));
    let items = {
        let (a, order) = (a.clone(), order.clone());
        use_memo((a.rev, on_shown.positions.clone(), off_shown.positions.clone()), move |(_, on, off)| {
            (
                AttrValue::from(panel_html::dates(&a, &order.0, on)),
                AttrValue::from(panel_html::dates(&a, &order.1, off)),
            )
        })
    };
    {
        // The chosen date is marked; the lists are not redrawn for it.
        let root = root.clone();
        use_effect_with((selected, items.clone()), move |(date, _)| {
            if let Some(root) = root.cast::<Element>() {
                browser::each(&root, ".date-item.is-selected", |el| _ = el.class_list().remove_1("is-selected"));
                if let Some(d) = date {
                    browser::each(&root, &format!("#date-{d} > button"), |el| _ = el.class_list().add_1("is-selected"));
                }
            }
        });
    }
    let onclick =
        super::item_click(&props.on_action, "data-date", |i| Action::SelectDate { date: i, from: Pane::Panel });
    html! {
        <section class="panel dates" aria-label="Dates" ref={root}>
            <h2>{"Dates"}<span class="total">{analysis.dates.len()}</span></h2>
            if !a.text.trim().is_empty() { <p class="hint">{reference}</p> }
            if analysis.dates.is_empty() {
                <p class="empty">{empty}</p>
            }
            if !on.is_empty() {
                <ol class="timeline" onclick={onclick.clone()}>{Html::from_html_unchecked(items.0.clone())}</ol>
                {more(on_shown.hidden, on.len(), &drawn.more)}
            }
            if !off.is_empty() {
                <h3>{"Not on the timeline"}</h3>
                <ul class="off-timeline" {onclick}>{Html::from_html_unchecked(items.1.clone())}</ul>
                {more(off_shown.hidden, off.len(), &drawn.more)}
            }
        </section>
    }
}
