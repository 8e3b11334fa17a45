//! Share links of any content decode to an article or a clear error, never a
//! panic, and every encoded article round-trips.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use whosaid_share::{decode, encode, Shared};

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn any_string_decodes_or_explains(link in "\\PC{0,300}") {
        if let Err(e) = decode(&link) {
            prop_assert!(!e.to_string().is_empty());
        }
    }

    #[test]
    fn any_v1_body_decodes_or_explains(body in "[A-Za-z0-9_=+/-]{0,400}") {
        if let Err(e) = decode(&format!("#v1.{body}")) {
            prop_assert!(!e.to_string().is_empty());
        }
    }

    #[test]
    fn articles_round_trip(text in "\\PC{0,2000}", date in proptest::option::of("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        let shared = Shared { text, date };
        prop_assert_eq!(decode(&encode(&shared)), Ok(shared));
    }

    #[test]
    fn truncated_links_explain_themselves(text in "\\PC{10,500}", cut in 0usize..1000) {
        let link = encode(&Shared { text, date: None });
        let cut = cut % link.len();
        if let Err(e) = decode(&link[..cut]) {
            prop_assert!(!e.to_string().is_empty());
        }
    }
}

/// The link's JSON as `serde_json` wrote and read it before whosaid wrote
/// its own (`whosaid::minijson`): links made by either are the same.
#[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
struct SerdeShared {
    text: String,
    #[serde(default)]
    date: Option<String>,
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn json_is_what_serde_json_writes(text in "(\\PC|[\\x00-\\x1f\"\\\\])*", date in proptest::option::of("\\PC{0,12}")) {
        let ours = Shared { text: text.clone(), date: date.clone() }.to_json();
        prop_assert_eq!(&ours, &serde_json::to_string(&SerdeShared { text, date }).unwrap());
    }
}

#[test]
fn reads_the_json_serde_json_reads() {
    let cases = [
        r#"{"text":"a"}"#,
        r#"{"text":"a","date":null}"#,
        r#" { "date" : "2025-02-13" , "text" : "\u00e9\n" , "other" : [1, {"x": true}] } "#,
        r#"{"text":"a","date":"2025-02-13"}"#,
        r#"{"text":1}"#,
        r#"{"text":"a","date":5}"#,
        r#"{"text":"a","text":"b"}"#,
        r#"{"text":"a","date":null,"date":null}"#,
        r#"{"date":"2025-02-13"}"#,
        r#"{}"#,
        r#"[1,2]"#,
        r#""text""#,
        r#"{"text":"a"} x"#,
        r#"{"text":"\ud800"}"#,
    ];
    for json in cases {
        let theirs = serde_json::from_str::<SerdeShared>(json).ok().map(|s| Shared { text: s.text, date: s.date });
        assert_eq!(Shared::from_json(json), theirs, "{json}");
    }
}
