//! The draft kept in the browser's storage: the article and the date the user
//! chose, so a reload, a closed tab or a bad link never loses work.
//!
//! Stored as `{"v": 1, "text": "…", "date": "YYYY-MM-DD" | null}` under
//! [`KEY`]. This is a boundary format (what older versions of the page wrote
//! must keep loading), so it is written and read by hand. The page writes it
//! with the browser's `JSON.stringify` (`browser::save_draft`, faster for a
//! long draft); [`Draft::to_json`] writes the same.

use whosaid::minijson::{self, Writer};
use whosaid::Date;

/// The `localStorage` key.
pub const KEY: &str = "whosaid.draft";

/// This browser does not let the page store anything (storage disabled,
/// blocked, or with no room at all).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StorageOff;

/// What the page keeps between visits.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Draft {
    /// The article.
    pub text: String,
    /// The publication date the user set, if any.
    pub date: Option<Date>,
}

impl Draft {
    /// The stored form.
    pub fn to_json(&self) -> String {
        let mut w = Writer::new(false);
        w.open(b'{');
        w.num_field("v", 1);
        w.str_field("text", &self.text);
        w.key("date");
        w.opt_str(self.date.map(|d| d.to_string()).as_deref());
        w.close(b'}');
        w.finish()
    }

    /// Reads a stored draft; `None` when it is not one (then it is ignored,
    /// and overwritten at the next edit).
    pub fn from_json(s: &str) -> Option<Draft> {
        let v = minijson::parse(s)?;
        let text = v.get("text")?.as_str()?.to_string();
        let date = v.get("date").and_then(minijson::Value::as_str).and_then(Date::parse_iso);
        Some(Draft { text, date })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        for d in [Draft::default(), Draft { text: "“Hi,” she said.\n\n😀 <b>".into(), date: Date::new(2025, 2, 13) }]
        {
            assert_eq!(Draft::from_json(&d.to_json()), Some(d));
        }
    }

    #[test]
    fn ignores_what_is_not_a_draft() {
        assert_eq!(Draft::from_json("not json"), None);
        assert_eq!(Draft::from_json(r#"{"date":"2025-02-13"}"#), None);
        let d = Draft::from_json(r#"{"text":"x","date":"2025-02-30"}"#).unwrap();
        assert_eq!(d, Draft { text: "x".into(), date: None });
    }
}
