//! Component tests in headless Chromium (wasm-bindgen-test).
//!
//! Run by `scripts/test` as
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlTextAreaElement, InputEvent, InputEventInit};

wasm_bindgen_test_configure!(run_in_browser);

fn root() -> web_sys::Element {
    let doc = gloo::utils::document();
    let div = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

#[wasm_bindgen_test]
async fn typing_an_article_shows_its_analysis() {
    let el = root();
    yew::Renderer::<whosaid_web::app::App>::with_root(el.clone()).render();
    yew::scheduler::flush().await;
    let area: HtmlTextAreaElement = el.query_selector("textarea").unwrap().unwrap().dyn_into().unwrap();
    assert_eq!(area.labels().item(0).unwrap().text_content().unwrap(), "Article text");
    area.set_value("date 2025-02-13\n\nHello.");
    let init = InputEventInit::new();
    init.set_bubbles(true);
    area.dispatch_event(&InputEvent::new_with_event_init_dict("input", &init).unwrap()).unwrap();
    yew::scheduler::flush().await;
    let reference = el.query_selector(".reference output").unwrap().unwrap();
    assert_eq!(reference.text_content().unwrap(), "2025-02-13");
    for name in ["Speakers", "Claims", "Dates"] {
        assert!(el.query_selector(&format!("section[aria-label={name}]")).unwrap().is_some(), "{name} region");
    }
}
