//! The highlighted article panel: selection and scrolling around
//! [`ArticleText`].

use web_sys::Element;
use yew::prelude::*;

use super::article_text::ArticleText;
use crate::browser::{self, attr_index, each};
use crate::state::{Action, Analysed, Focus, Pane, Target};

/// Properties of [`Article`].
#[derive(Properties, PartialEq)]
pub struct ArticleProps {
    /// The analysis.
    pub analysed: Analysed,
    /// The selected claim.
    pub claim: Option<usize>,
    /// The chosen speaker.
    pub speaker: Option<usize>,
    /// The latest request to bring something into view.
    pub focus: Focus,
    /// The part of a long article shown (0 for the first, or only, part).
    #[prop_or_default]
    pub part: usize,
    /// What is shown of a long article, when it is shown in parts.
    #[prop_or_default]
    pub note: Option<AttrValue>,
    /// "Analysing 3.1 MB…" while an analysis is being made.
    #[prop_or_default]
    pub progress: Option<AttrValue>,
    /// True when the text shown could not be analysed (the page says why).
    #[prop_or_default]
    pub failed: bool,
    /// Selections made in the text, and moving between parts.
    pub on_action: Callback<Action>,
}

/// What a click or key on `target` inside the article selects.
fn action_at(target: &Element) -> Option<Action> {
    let hit = target.closest("[data-claim], [data-speaker], [data-date]").ok()??;
    if let Some(c) = attr_index(&hit, "data-claim") {
        Some(Action::SelectClaim { claim: Some(c), from: Pane::Text })
    } else if let Some(d) = attr_index(&hit, "data-date") {
        Some(Action::SelectDate { date: d, from: Pane::Text })
    } else {
        attr_index(&hit, "data-speaker").map(|s| Action::SelectSpeaker { speaker: Some(s), from: Pane::Text })
    }
}

/// The article with its highlights. Clicking a claim selects it in the
/// Claims panel; choosing something in a panel scrolls to it here.
#[component]
pub fn Article(props: &ArticleProps) -> Html {
    let root = use_node_ref();
    {
        // Mark the selection with classes: cheap, and the text is not re-rendered.
        let root = root.clone();
        use_effect_with((props.analysed.rev, props.part, props.claim, props.speaker), move |(_, _, claim, speaker)| {
            let Some(root) = root.cast::<Element>() else { return };
            each(&root, ".is-selected", |el| _ = el.class_list().remove_1("is-selected"));
            each(&root, ".is-speaker", |el| _ = el.class_list().remove_1("is-speaker"));
            if let Some(c) = claim {
                each(&root, &format!("[data-within~=\"{c}\"]"), |el| _ = el.class_list().add_1("is-selected"));
            }
            if let Some(s) = speaker {
                each(&root, &format!("[data-speaker=\"{s}\"]"), |el| _ = el.class_list().add_1("is-speaker"));
            }
            let _ = root.class_list().toggle_with_force("has-speaker", speaker.is_some());
        });
    }
    {
        // Bring what was chosen in a panel into view.
        let root = root.clone();
        use_effect_with(props.focus, move |focus| {
            let Some(root) = root.cast::<Element>() else { return };
            each(&root, ".is-target", |el| _ = el.class_list().remove_1("is-target"));
            let selector = match focus.target {
                Target::None => return,
                Target::Claim(c) => format!("[data-claim=\"{c}\"]"),
                Target::Speaker(s) => format!("[data-speaker=\"{s}\"]"),
                Target::Date(d) => format!("[data-date=\"{d}\"]"),
            };
            if let Ok(Some(el)) = root.query_selector(&selector) {
                let _ = el.class_list().add_1("is-target");
                if focus.from == Pane::Panel {
                    browser::scroll_to(&el, true);
                }
            }
        });
    }
    let onclick = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: MouseEvent| {
            // A click that ends a text selection is not a choice.
            let selecting =
                web_sys::window().and_then(|w| w.get_selection().ok().flatten()).is_some_and(|s| !s.is_collapsed());
            if selecting {
                return;
            }
            if let Some(action) = e.target_dyn_into::<Element>().as_ref().and_then(action_at) {
                on_action.emit(action);
            }
        })
    };
    let onkeydown = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                if let Some(action) = e.target_dyn_into::<Element>().as_ref().and_then(action_at) {
                    e.prevent_default();
                    on_action.emit(action);
                }
            }
        })
    };
    let busy = props.progress.is_some();
    let empty = props.analysed.text.trim().is_empty();
    // Whole milliseconds, formatted as an integer (float formatting costs wasm size).
    let timing = if props.failed {
        "not analysed".to_string()
    } else {
        format!("analysed in {} ms", props.analysed.elapsed_ms.round().max(1.0) as u64)
    };
    let parts = props.analysed.parts.len();
    let nav = |at_top: bool| {
        let go = |to: usize| {
            let on_action = props.on_action.clone();
            let root = root.clone();
            Callback::from(move |_: MouseEvent| {
                on_action.emit(Action::ShowPart(to));
                if !at_top {
                    if let Some(el) = root.cast::<Element>() {
                        browser::scroll_to_start(&el);
                    }
                }
            })
        };
        let (part, last) = (props.part, parts.saturating_sub(1));
        html! {
            <span class="part-nav">
                <button type="button" disabled={part == 0} onclick={go(part.saturating_sub(1))}>
                    {"← Previous part"}</button>
                <button type="button" disabled={part >= last} onclick={go((part + 1).min(last))}>
                    {"Next part →"}</button>
            </span>
        }
    };
    let long = crate::listing::draw_later(&props.analysed.text);
    html! {
        <section class="reading" aria-label="Highlighted article" aria-busy={busy.to_string()}>
            <h2>
                {"Article"}
                if !empty && !busy { <span class="timing">{timing}</span> }
                <span class={classes!("progress", busy.then_some("is-busy"))} role="status">
                    {props.progress.clone().unwrap_or_default()}</span>
            </h2>
            if let Some(note) = &props.note {
                <p class="note part-note">{note.clone()}{" "}{nav(true)}</p>
            }
            if empty && busy {
                <p class="empty">{"The analysis appears here in a moment."}</p>
            } else if empty {
                <p class="empty">
                    {"Paste an article above, or try the example. Each quote and report is coloured by \
                      who said it; dates are underlined with their calendar value."}
                </p>
            } else {
                <p class="legend hint">
                    {"Colour: who said it. "}<span class="cue">{"Dotted"}</span>{": the cue (“said”). "}
                    <span class="timex-sample">{"Underlined"}</span>{": a date — hover or focus it for its value."}
                </p>
            }
            <div class={classes!("article-view", long.then_some("long"))} ref={root.clone()} data-rev={props.analysed.rev.to_string()} {onclick} {onkeydown}>
                <ArticleText analysed={props.analysed.clone()} part={props.part} />
            </div>
            if props.note.is_some() {
                <p class="part-nav-end">{nav(false)}</p>
            }
        </section>
    }
}
