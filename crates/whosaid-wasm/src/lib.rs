//! whosaid for JavaScript: the npm package `whosaid`.
//!
//! One export, [`analyze`]: `analyze(text, { date })` returns the `whosaid/1`
//! object of the project's SPEC §1 as plain JavaScript objects (arrays,
//! objects, strings, numbers and `null`; no `Map`, no `undefined`). It is
//! [`whosaid::json::document`] handed to `serde-wasm-bindgen` with
//! `Serializer::json_compatible()`, so the npm package and the CLI emit the
//! same document. A bad `date` option throws a JavaScript `Error`.
//!
//! `scripts/build-npm` turns this crate into `target/npm/whosaid/` (Node.js
//! and bundler builds, TypeScript types, a README).
//!
//! Architecture invariant: this crate only converts at the boundary; all the
//! analysis happens in `whosaid`.
#![deny(missing_docs)]

use serde::Serialize;
use wasm_bindgen::prelude::*;
use whosaid::{Date, Options};

/// Analyses `text` and returns its `whosaid/1` document.
///
/// `options` may be `undefined`, `null` or an object whose `date` (a
/// `YYYY-MM-DD` string, `null` or absent) overrides any dateline as the
/// reference date. Throws an `Error` when `text` is not a string or the
/// options are malformed.
#[wasm_bindgen(skip_typescript)]
pub fn analyze(text: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let Some(text) = text.as_string() else {
        return Err(JsError::new("whosaid.analyze: text must be a string"));
    };
    let date = date_option(&options)?;
    let analysis = whosaid::analyze(&text, &Options { date });
    let document = whosaid::json::document(&text, &analysis);
    document
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("whosaid.analyze: cannot build the result: {e}")))
}

/// Reads `options.date`.
fn date_option(options: &JsValue) -> Result<Option<Date>, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(None);
    }
    if !options.is_object() {
        return Err(JsError::new("whosaid.analyze: options must be an object such as { date: \"2025-02-13\" }"));
    }
    let date = js_sys::Reflect::get(options, &JsValue::from_str("date"))
        .map_err(|_| JsError::new("whosaid.analyze: cannot read options.date"))?;
    if date.is_undefined() || date.is_null() {
        return Ok(None);
    }
    match date.as_string() {
        Some(s) => parse_date(&s).map(Some).map_err(|e| JsError::new(&e)),
        None => Err(JsError::new("whosaid.analyze: options.date must be a string YYYY-MM-DD or null")),
    }
}

/// Parses a `YYYY-MM-DD` date option, or explains why it is not one.
pub fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse_iso(s).ok_or_else(|| format!("whosaid.analyze: options.date must be a real date YYYY-MM-DD, not {s:?}"))
}

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = include_str!("whosaid.d.ts");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_checked() {
        assert_eq!(parse_date("2025-02-13").map(|d| d.to_string()), Ok("2025-02-13".to_string()));
        for bad in ["2025-02-30", "13/02/2025", "", "2025-2-13", "yesterday"] {
            let e = parse_date(bad).unwrap_err();
            assert!(e.contains("YYYY-MM-DD") && e.contains(&format!("{bad:?}")), "{e}");
        }
    }
}
