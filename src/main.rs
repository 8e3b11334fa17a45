//! The page's WebAssembly module. The analysis worker (`www/worker.js`)
//! instantiates this same module and calls its exports; there, with no
//! `window`, `main` draws nothing.

use wasm_bindgen::prelude::*;

/// Analyses `text`, with `date` (`YYYY-MM-DD`) as its publication date if
/// given, and returns the analysis as `whosaid_web::wire` bytes (the worker
/// calls this).
#[wasm_bindgen]
pub fn analyse(text: &str, date: Option<String>) -> Vec<u8> {
    whosaid_web::engine::analyse(text, date.as_deref())
}

/// Analyses the example once and forgets it. Browsers compile WebAssembly
/// in tiers: the first analysis runs slower code, so the worker calls this
/// while the page waits for its first article.
#[wasm_bindgen]
pub fn warm_up() {
    let _ = whosaid_web::engine::analyse(whosaid_web::example::ARTICLE, None);
}

fn main() {
    if web_sys::window().is_some() {
        whosaid_web::start();
    }
}
