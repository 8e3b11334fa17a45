//! One component per file.

pub mod article;
pub mod article_text;
pub mod claims;
pub mod date_field;
pub mod dates;
pub mod editor;
pub mod more;
pub mod notices;
pub mod share_box;
pub mod speakers;
pub mod toolbar;
pub mod warm_up;

use std::rc::Rc;

use web_sys::Element;
use yew::{hook, use_effect_with, AttrValue, Callback, NodeRef, TargetCast};

use crate::state::Action;

/// The click listener of a panel's list drawn as HTML (`panel_html`): the
/// action for the index in attribute `name` of the item clicked, if any.
pub(crate) fn item_click(
    on_action: &Callback<Action>,
    name: &'static str,
    action: fn(usize) -> Action,
) -> Callback<yew::MouseEvent> {
    let on_action = on_action.clone();
    Callback::from(move |e: yew::MouseEvent| {
        if let Some(i) = crate::browser::item_index(e.target_dyn_into::<Element>(), name) {
            on_action.emit(action(i));
        }
    })
}

/// Keeps `aria-pressed` true on the element of `list` matching `chosen` (a
/// selector) and false on the others, after every change of the choice or
/// of the list's HTML `items`: choosing redraws nothing.
#[hook]
pub(crate) fn use_pressed(list: &NodeRef, chosen: Option<String>, items: Rc<AttrValue>) {
    let list = list.clone();
    use_effect_with((chosen, items), move |(chosen, _)| {
        if let Some(list) = list.cast::<Element>() {
            crate::browser::press_only(&list, chosen.as_deref());
        }
    });
}
