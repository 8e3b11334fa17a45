//! The Claims panel.

use wasm_bindgen::JsCast;
use web_sys::Element;
use whosaid::ClaimKind;
use yew::prelude::*;

use super::more::more;
use crate::browser;
use crate::hooks::use_list::use_list;
use crate::listing;
use crate::state::{Action, Analysed, Focus, Pane, Target};

/// Properties of [`Claims`].
#[derive(Properties, PartialEq)]
pub struct ClaimsProps {
    /// The analysis.
    pub analysed: Analysed,
    /// Only this speaker's claims are listed, if set.
    pub speaker: Option<usize>,
    /// The selected claim.
    pub claim: Option<usize>,
    /// The latest request to bring something into view.
    pub focus: Focus,
    /// Choosing a claim, or listing everyone's again.
    pub on_action: Callback<Action>,
}

/// The claims in text order (or one speaker's), each with its speaker,
/// a direct / mixed / indirect badge, the cue and when it was said.
#[component]
pub fn Claims(props: &ClaimsProps) -> Html {
    let list = use_node_ref();
    let drawn = use_list(props.analysed.rev, crate::listing::draw_later(&props.analysed.text));
    {
        // A claim chosen in the text: bring it into view here.
        let list = list.clone();
        use_effect_with(props.focus, move |focus| {
            if let (Target::Claim(c), Pane::Text) = (focus.target, focus.from) {
                let el =
                    list.cast::<Element>().and_then(|l| l.query_selector(&format!("[data-claim=\"{c}\"]")).ok()?);
                if let Some(el) = el.and_then(|e| e.dyn_into::<Element>().ok()) {
                    browser::scroll_to(&el, false);
                }
            }
        });
    }
    let a = &props.analysed;
    let analysis = &a.analysis;
    let mut order: Vec<usize> =
        (0..analysis.claims.len()).filter(|&i| props.speaker.is_none_or(|s| analysis.claims[i].speaker == s)).collect();
    whosaid::sort::by_key(&mut order, |&i| {
        whosaid::sort::pair(analysis.claims[i].content.start, analysis.claims[i].content.end)
    });
    // A long list: the first claims, and the chosen one.
    let chosen = props.claim.and_then(|c| order.iter().position(|&i| i == c));
    let shown = listing::shown(if drawn.ready { order.len() } else { 0 }, drawn.limit, chosen);
    let items = shown.positions.iter().enumerate().map(|(k, &pos)| {
        let gap = k > 0 && shown.positions[k - 1] + 1 != pos;
        let i = order[pos];
        html! {
            <>
            if gap { <li class="gap" aria-hidden="true">{"…"}</li> }
            <ClaimItem key={i} analysed={a.clone()} claim={i} pressed={props.claim == Some(i)}
                on_action={props.on_action.clone()} />
            </>
        }
    });
    let show_all = props.on_action.reform(|_: MouseEvent| Action::SelectSpeaker { speaker: None, from: Pane::Panel });
    let count = analysis.claims.len();
    let empty = if a.text.trim().is_empty() { "Claims appear here." } else { "No claims found." };
    html! {
        <section class="panel claims" aria-label="Claims">
            <h2>{"Claims"}<span class="total">{count}</span></h2>
            if let Some(s) = props.speaker {
                <p class="filter">
                    {format!("Showing {}’s claims only. ", a.name(s))}
                    <button type="button" class="link" onclick={show_all}>{"Show all claims"}</button>
                </p>
            }
            if count == 0 {
                <p class="empty">{empty}</p>
            } else {
                <ol ref={list}>{for items}</ol>
                {more(shown.hidden, order.len(), &drawn.more)}
            }
        </section>
    }
}

/// Properties of [`ClaimItem`].
#[derive(Properties, PartialEq)]
struct ClaimItemProps {
    analysed: Analysed,
    /// Index into `Analysis::claims`.
    claim: usize,
    pressed: bool,
    on_action: Callback<Action>,
}

/// One claim in the list. A component of its own, so that choosing a claim
/// redraws two items, not a list of thousands.
#[component]
fn ClaimItem(props: &ClaimItemProps) -> Html {
    let a = &props.analysed;
    let text: &str = &a.text;
    let analysis = &a.analysis;
    let i = props.claim;
    let Some(c) = analysis.claims.get(i) else { return html! {} };
    let kind = match c.kind {
        ClaimKind::Direct => "direct",
        ClaimKind::Mixed => "mixed",
        ClaimKind::Indirect => "indirect",
    };
    let when = c.date.and_then(|d| analysis.dates.get(d)).map(|d| format!("{} → {}", d.span.of(text), d.value));
    let onclick =
        props.on_action.reform(move |_: MouseEvent| Action::SelectClaim { claim: Some(i), from: Pane::Panel });
    html! {
        <li data-claim={i.to_string()}>
            <button type="button" class={classes!("claim-item", a.colour_class(c.speaker))}
                aria-pressed={props.pressed.to_string()} {onclick}>
                <span class="meta">
                    <span class={classes!("badge", kind)}>{kind}</span>
                    <span class="who">{a.name(c.speaker)}</span>
                    if let Some(cue) = c.cue { <span class="cue-word">{cue.of(text).to_string()}</span> }
                    if let Some(when) = when { <span class="when">{when}</span> }
                </span>
                <span class="content">{c.content.of(text).trim().to_string()}</span>
            </button>
        </li>
    }
}
