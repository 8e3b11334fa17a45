//! The few places the app touches the browser: the address bar, storage, the
//! clipboard, downloads and scrolling. Every call here may fail (storage
//! disabled, clipboard refused, no `window` in a worker); none panics, each
//! reports failure to its caller instead.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, Element, HtmlAnchorElement, ScrollBehavior, ScrollIntoViewOptions, Url};

use crate::draft::{self, StorageOff};

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The address bar's fragment, with its `#` (empty when there is none).
pub fn hash() -> String {
    window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

fn path_and_query() -> Option<String> {
    let location = window()?.location();
    Some(format!("{}{}", location.pathname().ok()?, location.search().ok()?))
}

/// Puts `fragment` (without `#`) in the address bar without a new history
/// entry, and returns the whole URL.
pub fn set_fragment(fragment: &str) -> Option<String> {
    let w = window()?;
    let url = format!("{}#{fragment}", path_and_query()?);
    w.history().ok()?.replace_state_with_url(&JsValue::NULL, "", Some(&url)).ok()?;
    w.location().href().ok()
}

/// Removes the fragment from the address bar (after an edit, the link in it
/// is stale: a reload must show the draft, not the old link).
pub fn clear_fragment() {
    if hash().is_empty() {
        return;
    }
    if let (Some(w), Some(url)) = (window(), path_and_query()) {
        if let Ok(h) = w.history() {
            let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
    }
}

fn storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok().flatten()
}

/// The saved draft: `Ok(None)` when there is none, `Err` when this browser
/// does not let the page store anything.
pub fn load_draft() -> Result<Option<String>, StorageOff> {
    let s = storage().ok_or(StorageOff)?;
    // Storage can exist and still refuse writes (quota 0, some private modes).
    s.set_item("whosaid.probe", "1").map_err(|_| StorageOff)?;
    let _ = s.remove_item("whosaid.probe");
    s.get_item(draft::KEY).map_err(|_| StorageOff)
}

/// Saves the draft (`text` and `date`) in the format of [`draft::Draft`];
/// false when the browser refused (storage off or full).
///
/// The browser makes the JSON (`JSON.stringify`): the text crosses into
/// JavaScript once, instead of being escaped in WebAssembly and copied out
/// again, which for a draft of megabytes is most of the time saving takes.
pub fn save_draft(text: &str, date: Option<whosaid::Date>) -> bool {
    let Some(storage) = storage() else { return false };
    let value = js_sys::Object::new();
    let set = |key: &str, v: &JsValue| js_sys::Reflect::set(&value, &JsValue::from_str(key), v).is_ok();
    let made = set("date", &date.map_or(JsValue::NULL, |d| JsValue::from_str(&d.to_string())))
        && set("text", &JsValue::from_str(text))
        && set("v", &JsValue::from_f64(1.0));
    let Some(json) = made.then(|| js_sys::JSON::stringify(&value).ok()).flatten() else { return false };
    let set_item = js_sys::Reflect::get(&storage, &JsValue::from_str("setItem"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    // Throws when the storage is full or refuses.
    set_item.is_some_and(|f| f.call2(&storage, &JsValue::from_str(draft::KEY), &json).is_ok())
}

/// Copies `text` to the clipboard; false when the browser refused or has no
/// clipboard API (an insecure context).
pub async fn copy(text: &str) -> bool {
    let Some(w) = window() else { return false };
    let clipboard = w.navigator().clipboard();
    let value: &JsValue = clipboard.as_ref();
    if value.is_undefined() || value.is_null() {
        return false;
    }
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// Offers `contents` as a file download named `name`.
pub fn download(name: &str, mime: &str, contents: &str) -> Result<(), JsValue> {
    let w = window().ok_or(JsValue::NULL)?;
    let document = w.document().ok_or(JsValue::NULL)?;
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let a: HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.set_hidden(true);
    let body = document.body().ok_or(JsValue::NULL)?;
    body.append_child(&a)?;
    a.click();
    a.remove();
    // Revoking at once can cancel the download in some browsers.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// True when the reader asked for less motion.
pub fn reduced_motion() -> bool {
    window().and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten()).is_some_and(|m| m.matches())
}

/// Scrolls `el` into view: to the middle of the screen, or just enough.
pub fn scroll_to(el: &Element, center: bool) {
    let options = ScrollIntoViewOptions::new();
    options.set_behavior(if reduced_motion() { ScrollBehavior::Auto } else { ScrollBehavior::Smooth });
    options.set_block(if center {
        web_sys::ScrollLogicalPosition::Center
    } else {
        web_sys::ScrollLogicalPosition::Nearest
    });
    el.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Scrolls so that `el` starts at the top of the screen.
pub fn scroll_to_start(el: &Element) {
    let options = ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Start);
    el.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Calls `f` on every element under `root` that matches `selector`.
pub fn each(root: &Element, selector: &str, f: impl Fn(&Element)) {
    if let Ok(list) = root.query_selector_all(selector) {
        for i in 0..list.length() {
            if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                f(&el);
            }
        }
    }
}

/// The number in attribute `name` of `el` (`data-claim="3"` → 3).
pub fn attr_index(el: &Element, name: &str) -> Option<usize> {
    el.get_attribute(name)?.parse().ok()
}

/// The index in attribute `name` of the list item holding `target` (what a
/// click on a list drawn as HTML chose).
pub fn item_index(target: Option<Element>, name: &str) -> Option<usize> {
    let item = target?.closest(&format!("[{name}]")).ok()??;
    attr_index(&item, name)
}

/// Under `root`, `aria-pressed` true on the elements matching `chosen` and
/// false on the others that were pressed.
pub fn press_only(root: &Element, chosen: Option<&str>) {
    each(root, "[aria-pressed=\"true\"]", |el| _ = el.set_attribute("aria-pressed", "false"));
    if let Some(chosen) = chosen {
        each(root, chosen, |el| _ = el.set_attribute("aria-pressed", "true"));
    }
}
