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
