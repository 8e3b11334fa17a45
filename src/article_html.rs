//! The highlighted article as one HTML string (no DOM, tested natively).
//!
//! A `div.article-text` of `div.para` blocks with `span.claim`,
//! `span.mention`, `span.cue` and `time.timex`, written as text so that the
//! browser's HTML parser builds it in one call instead of yew building it
//! node by node, each node and attribute a call from WebAssembly into the
//! DOM: for the acceptance article, the first paste's WebAssembly time went
//! from 13–17 ms to 7–8 ms (Chromium traces), input to next frame from
//! about 57 to about 50 ms.
//!
//! Every piece of the article and of the analysis that goes into the string
//! passes through [`text`] or [`attr`], which escape everything the HTML
//! parser would read as markup; the tests feed them hostile text.

use std::fmt::Write;

use whosaid::ClaimKind;

use crate::highlight::{self, Inline, Mark};
use crate::state::Analysed;

/// Appends `s` as the content of an element: `&`, `<` and `>` escaped; a
/// carriage return and NUL as character references, since the parser would
/// turn the one into a line feed and drop the other.
pub fn text(out: &mut String, s: &str) {
    escape(out, s, false);
}

/// Appends `s` as a double-quoted attribute value: as [`text`], and `"`.
pub fn attr(out: &mut String, s: &str) {
    escape(out, s, true);
}

fn escape(out: &mut String, s: &str, in_attribute: bool) {
    let mut last = 0;
    for (i, b) in s.bytes().enumerate() {
        let rep = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' if in_attribute => "&quot;",
            b'\r' => "&#13;",
            0 => "\u{FFFD}",
            _ => continue,
        };
        out.push_str(&s[last..i]);
        out.push_str(rep);
        last = i + 1;
    }
    out.push_str(&s[last..]);
}

/// A claim's kind as its badge and class say it.
pub fn kind_name(kind: ClaimKind) -> &'static str {
    match kind {
        ClaimKind::Direct => "direct",
        ClaimKind::Mixed => "mixed",
        ClaimKind::Indirect => "indirect",
    }
}

/// True for the TIMEX3 values that are also HTML `datetime` values.
fn is_html_date(value: &str) -> bool {
    let b = value.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    match b.len() {
        4 => digits(0..4),
        7 => digits(0..4) && b[4] == b'-' && digits(5..7),
        10 => digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10),
        _ => false,
    }
}

/// Part `part` of the analysed article (see `highlight::parts`) as HTML:
/// one block per paragraph, claims coloured by speaker, cues and speaker
/// mentions marked, dates underlined with their value on hover and focus.
pub fn article(a: &Analysed, part: usize) -> String {
    let source: &str = &a.text;
    let analysis = &a.analysis;
    let speaker_of = |claim: usize| analysis.claims.get(claim).map(|c| c.speaker).unwrap_or(usize::MAX);
    let range = a.parts.get(part).copied().unwrap_or_default();
    let paragraphs = highlight::paragraphs(source, highlight::layout_range(source, analysis, range));
    let mut out = String::with_capacity(range.len() * 2 + 64);
    let inline = |out: &mut String, i: &Inline| {
        let t = i.span.of(source);
        match i.mark {
            Mark::Plain => text(out, t),
            Mark::Mention(e) => {
                let _ = write!(out, "<span class=\"mention {}\" data-speaker=\"{e}\">", a.colour_class(e));
                text(out, t);
                out.push_str("</span>");
            }
            Mark::Cue(c) => {
                let _ = write!(out, "<span class=\"cue {}\" data-cue=\"{c}\">", a.colour_class(speaker_of(c)));
                text(out, t);
                out.push_str("</span>");
            }
            Mark::Date(d) => {
                let value = analysis.dates.get(d).map(|x| x.value.as_str()).unwrap_or_default();
                out.push_str("<time class=\"timex\" tabindex=\"0\"");
                if is_html_date(value) {
                    out.push_str(" datetime=\"");
                    attr(out, value);
                    out.push('"');
                }
                let _ = write!(out, " data-date=\"{d}\" title=\"");
                attr(out, t);
                out.push_str(" → ");
                attr(out, value);
                out.push_str("\" data-value=\"");
                attr(out, value);
                let _ = write!(out, "\" aria-describedby=\"date-value-{d}\">");
                text(out, t);
                out.push_str("</time>");
            }
        }
    };
    out.push_str("<div class=\"article-text\">");
    for p in &paragraphs {
        out.push_str("<div class=\"para\">");
        for b in &p.blocks {
            let claim = b.claim.and_then(|c| analysis.claims.get(c).map(|claim| (c, claim)));
            if let Some((c, claim)) = claim {
                let kind = kind_name(claim.kind);
                let _ = write!(
                    out,
                    "<span class=\"claim {kind} {}\" data-claim=\"{c}\" data-within=\"",
                    a.colour_class(claim.speaker)
                );
                for (k, w) in b.within.iter().enumerate() {
                    let _ = write!(out, "{}{w}", if k == 0 { "" } else { " " });
                }
                let _ = write!(out, "\" data-speaker=\"{}\" title=\"", claim.speaker);
                attr(&mut out, a.name(claim.speaker));
                let _ = write!(out, " ({kind})\">");
                for i in &b.inlines {
                    inline(&mut out, i);
                }
                out.push_str("</span>");
            } else {
                for i in &b.inlines {
                    inline(&mut out, i);
                }
            }
        }
        out.push_str("</div>");
    }
    out.push_str("</div>");
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use whosaid::{Claim, ClaimKind, Date, Entity, EntityKind, Span, Timex, TimexKind};

    use super::*;

    /// The text of `html` as the browser would read it: tags dropped,
    /// the references [`text`] and [`attr`] write turned back.
    pub(crate) fn read(html: &str) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' if in_tag => in_tag = false,
                _ if !in_tag => out.push(c),
                _ => {}
            }
        }
        out.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#13;", "\r")
            .replace("&amp;", "&")
    }

    fn analysed(text: &str, name: &str) -> Analysed {
        let at = |s: &str| text.find(s).map(|i| Span::new(i, i + s.len())).unwrap();
        let mut analysis = whosaid::Analysis::default();
        analysis.entities.push(Entity {
            name: name.into(),
            kind: EntityKind::Person,
            roles: vec![],
            mentions: vec![at("Ann")],
        });
        analysis.claims.push(Claim {
            speaker: 0,
            content: at("<b>\"hi\"</b> & <script>x</script>"),
            cue: Some(at("said")),
            speaker_mention: Some(at("Ann")),
            kind: ClaimKind::Direct,
            date: Some(0),
        });
        analysis.dates.push(Timex { span: at("today"), kind: TimexKind::Date, value: "2025-02-13\"><img>".into() });
        Analysed::with_analysis(1, text, Some(Date::new(2025, 2, 13).unwrap()), analysis)
    }

    #[test]
    fn escapes_text_and_attributes() {
        let mut out = String::new();
        text(&mut out, "a<b>&c\"d\re\0f");
        assert_eq!(out, "a&lt;b&gt;&amp;c\"d&#13;e\u{FFFD}f");
        out.clear();
        attr(&mut out, "x\" onclick=\"y<>&");
        assert_eq!(out, "x&quot; onclick=&quot;y&lt;&gt;&amp;");
    }

    #[test]
    fn hostile_text_stays_text() {
        let text = "Ann said <b>\"hi\"</b> & <script>x</script> today.\r\nNext line.";
        let a = analysed(text, "Ann\"><img src=x onerror=alert(1)>");
        let html = article(&a, 0);
        // The only tags are ours.
        for tag in html.split('<').skip(1).map(|t| t.split([' ', '>']).next().unwrap_or("")) {
            assert!(["div", "/div", "span", "/span", "time", "/time"].contains(&tag), "tag {tag:?} in {html}");
        }
        // Every quote mark inside a tag is one of ours: attribute values hold none.
        assert!(!html.contains("onerror=alert(1)>"), "{html}");
        assert!(html.contains("title=\"Ann&quot;&gt;&lt;img src=x onerror=alert(1)&gt; (direct)\""), "{html}");
        // The text reads back exactly, carriage return included.
        assert_eq!(read(&html), text);
    }

    #[test]
    fn marks_claims_cues_mentions_and_dates() {
        let text = "Ann said <b>\"hi\"</b> & <script>x</script> today.";
        let html = article(&analysed(text, "Ann"), 0);
        assert!(html.starts_with("<div class=\"article-text\"><div class=\"para\">"), "{html}");
        assert!(html.contains("<span class=\"mention sp-0\" data-speaker=\"0\">Ann</span>"), "{html}");
        assert!(html.contains("<span class=\"cue sp-0\" data-cue=\"0\">said</span>"), "{html}");
        assert!(
            html.contains("<span class=\"claim direct sp-0\" data-claim=\"0\" data-within=\"0\" data-speaker=\"0\""),
            "{html}"
        );
        // Not a valid HTML date: no `datetime`; the value escaped where it is written.
        assert!(html.contains("<time class=\"timex\" tabindex=\"0\" data-date=\"0\" title=\"today → 2025-02-13&quot;&gt;&lt;img&gt;\""), "{html}");
        assert!(html.contains("aria-describedby=\"date-value-0\">today</time>"), "{html}");
    }

    #[test]
    fn html_dates_get_a_datetime() {
        assert!(is_html_date("2025") && is_html_date("2025-02") && is_html_date("2025-02-13"));
        assert!(!is_html_date("2025-W07") && !is_html_date("PRESENT_REF") && !is_html_date("2025-02-1x"));
    }

    #[test]
    fn an_empty_analysis_is_the_text() {
        let a = Analysed::unanalysed(1, "One.\n\nTwo & three.", None);
        let html = article(&a, 0);
        assert_eq!(html.matches("<div class=\"para\">").count(), 2, "{html}");
        assert_eq!(read(&html), "One.\n\nTwo & three.");
        assert_eq!(article(&Analysed::unanalysed(2, "", None), 0), "<div class=\"article-text\"></div>");
    }
}
