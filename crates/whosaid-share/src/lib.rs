//! The whosaid share link (SPEC §3): the article, not the analysis, carried in
//! the URL fragment as `#v1.<base64url(raw DEFLATE(JSON {"text", "date"}))>`.
//!
//! [`encode`] makes the fragment, [`decode`] reads one back. Decoding never
//! panics and is capped: a fragment longer than [`MAX_FRAGMENT`] or one that
//! inflates beyond [`MAX_TEXT`] is refused with a [`LinkError`] that explains
//! itself to a person. A future format gets a new prefix (`v2.`); `v1.`
//! links keep decoding forever.
//!
//! Architecture invariant: [`Shared`] is the boundary type of the link format;
//! nothing else of the app is serialised into links.
#![deny(missing_docs)]

use std::fmt;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use whosaid::minijson::{self, Value, Writer};

/// The prefix of version-1 fragments.
pub const V1: &str = "v1.";

/// The longest fragment [`decode`] accepts, in bytes (after the `#`).
pub const MAX_FRAGMENT: usize = 1 << 20;

/// The largest JSON a fragment may inflate to, in bytes.
pub const MAX_TEXT: usize = 8 << 20;

/// What a link carries: the JSON object `{"text": …, "date": …}`, where
/// `date` may be `null` or absent and other members are ignored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shared {
    /// The article.
    pub text: String,
    /// The publication date (`YYYY-MM-DD`) the user chose, if any.
    pub date: Option<String>,
}

impl Shared {
    /// The JSON the link packs: `{"text":"…","date":"…"|null}`.
    pub fn to_json(&self) -> String {
        let mut w = Writer::new(false);
        w.open(b'{');
        w.str_field("text", &self.text);
        w.key("date");
        w.opt_str(self.date.as_deref());
        w.close(b'}');
        w.finish()
    }

    /// Reads that JSON; `None` unless it is an object with one string
    /// `text` and at most one `date` that is a string or `null`.
    pub fn from_json(json: &str) -> Option<Shared> {
        let v = minijson::parse(json)?;
        if v.count("text") != 1 || v.count("date") > 1 {
            return None;
        }
        let text = v.get("text")?.as_str()?.to_string();
        let date = match v.get("date") {
            None | Some(Value::Null) => None,
            Some(d) => Some(d.as_str()?.to_string()),
        };
        Some(Shared { text, date })
    }
}

/// Why a link could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// No `#…` fragment at all.
    Empty,
    /// A fragment that is not a whosaid link, or of a version this build does not know.
    UnknownFormat,
    /// Longer than [`MAX_FRAGMENT`].
    TooLong(usize),
    /// Not valid base64url.
    BadEncoding,
    /// Not valid DEFLATE data: usually a link cut short when copied.
    Corrupt,
    /// Inflates beyond [`MAX_TEXT`].
    TooLarge,
    /// Inflates to something other than `{"text": …, "date": …}`.
    BadContent,
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::Empty => write!(f, "This link carries no article."),
            LinkError::UnknownFormat => write!(
                f,
                "This link is not a whosaid share link (it should contain #v1.), or it was made by a newer version."
            ),
            LinkError::TooLong(n) => {
                write!(f, "This link is too long to open ({} KB; the limit is {} KB).", n / 1024, MAX_FRAGMENT / 1024)
            }
            LinkError::BadEncoding => {
                write!(f, "This link is damaged: it contains characters a share link never has.")
            }
            LinkError::Corrupt => write!(f, "This link is damaged or was cut short when it was copied."),
            LinkError::TooLarge => {
                write!(f, "This link would unpack to more than {} MB of text, so it was not opened.", MAX_TEXT >> 20)
            }
            LinkError::BadContent => write!(f, "This link is damaged: it does not contain an article."),
        }
    }
}

impl std::error::Error for LinkError {}

/// The fragment (without `#`) for `shared`: `v1.` and the packed article.
pub fn encode(shared: &Shared) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec(shared.to_json().as_bytes(), 9);
    let mut out = String::with_capacity(V1.len() + packed.len() * 4 / 3 + 4);
    out.push_str(V1);
    URL_SAFE_NO_PAD.encode_string(&packed, &mut out);
    out
}

/// Reads a link, a fragment with or without `#`, or a whole URL.
pub fn decode(link: &str) -> Result<Shared, LinkError> {
    let fragment = match link.find('#') {
        Some(i) => &link[i + 1..],
        None => link,
    };
    let fragment = fragment.trim();
    if fragment.is_empty() {
        return Err(LinkError::Empty);
    }
    if fragment.len() > MAX_FRAGMENT {
        return Err(LinkError::TooLong(fragment.len()));
    }
    let Some(body) = fragment.strip_prefix(V1) else {
        return Err(LinkError::UnknownFormat);
    };
    // Tolerate padding and the standard alphabet some mail clients produce.
    let body: String = body
        .trim_end_matches('=')
        .chars()
        .map(|c| match c {
            '+' => '-',
            '/' => '_',
            c => c,
        })
        .collect();
    let packed = URL_SAFE_NO_PAD.decode(body.as_bytes()).map_err(|e| match e {
        base64::DecodeError::InvalidByte(..) => LinkError::BadEncoding,
        // A length or final symbol that cannot end base64: the link was cut short.
        _ => LinkError::Corrupt,
    })?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_TEXT).map_err(|e| {
        if e.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput {
            LinkError::TooLarge
        } else {
            LinkError::Corrupt
        }
    })?;
    std::str::from_utf8(&json).ok().and_then(Shared::from_json).ok_or(LinkError::BadContent)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shared(text: &str, date: Option<&str>) -> Shared {
        Shared { text: text.to_string(), date: date.map(str::to_string) }
    }

    #[test]
    fn round_trips() {
        for s in [
            shared("", None),
            shared("“Hi,” she said. 😀\u{0}", Some("2025-02-13")),
            shared(&"x".repeat(100_000), None),
        ] {
            let f = encode(&s);
            assert!(f.starts_with("v1."));
            assert!(f[3..].bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
            assert_eq!(decode(&f), Ok(s.clone()));
            assert_eq!(decode(&format!("https://example.org/a/b/#{f}")), Ok(s.clone()));
        }
    }

    #[test]
    fn bad_links_say_why() {
        let good = encode(&shared("Some article text that is long enough to compress.", None));
        assert_eq!(decode(""), Err(LinkError::Empty));
        assert_eq!(decode("https://x.org/#"), Err(LinkError::Empty));
        assert_eq!(decode("#v2.abc"), Err(LinkError::UnknownFormat));
        assert_eq!(decode("#hello"), Err(LinkError::UnknownFormat));
        assert_eq!(decode("#v1.@@@"), Err(LinkError::BadEncoding));
        assert_eq!(decode(&good[..good.len() / 2]), Err(LinkError::Corrupt));
        let long = format!("v1.{}", "A".repeat(MAX_FRAGMENT));
        assert!(matches!(decode(&long), Err(LinkError::TooLong(_))));
        // Valid DEFLATE of something that is not the article JSON.
        let not_json = URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(b"[1,2]", 6));
        assert_eq!(decode(&format!("v1.{not_json}")), Err(LinkError::BadContent));
    }

    #[test]
    fn deflate_bombs_are_capped() {
        // 64 MB of zeros packs into a few KB; decoding must stop at the cap.
        let bomb = miniz_oxide::deflate::compress_to_vec(&vec![b' '; 64 << 20], 9);
        let link = format!("v1.{}", URL_SAFE_NO_PAD.encode(bomb));
        assert!(link.len() < MAX_FRAGMENT);
        assert_eq!(decode(&link), Err(LinkError::TooLarge));
    }
}
