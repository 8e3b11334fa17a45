//! The items of the Speakers, Claims and Dates lists as HTML strings (no
//! DOM, tested natively), for the same reason as [`crate::article_html`]:
//! the browser's parser builds a list of a hundred items in one call, where
//! yew would make a call from WebAssembly per node, attribute and listener.
//!
//! The strings hold no selection: which item is pressed or selected is set
//! on the elements afterwards (an effect in each panel), so choosing an
//! item changes two attributes instead of redrawing the list, and the
//! button a keyboard user pressed keeps its focus. Clicks are handled once
//! per list, by the item's `data-*` index (`data-speaker`, `data-claim`,
//! `data-date`). Every piece of text passes through
//! [`crate::article_html::text`] or [`crate::article_html::attr`].

use std::fmt::Write;

use whosaid::{EntityKind, TimexKind};

use crate::article_html::{kind_name, text};
use crate::state::Analysed;

/// The Speakers list's items for the entities at `positions` of
/// `a.speakers`.
pub fn speakers(a: &Analysed, positions: &[usize]) -> String {
    let mut out = String::with_capacity(positions.len() * 200);
    for &pos in positions {
        let Some(&e) = a.speakers.get(pos) else { continue };
        let Some(entity) = a.analysis.entities.get(e) else { continue };
        let kind = match entity.kind {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Group => "group",
        };
        let n = a.claim_count.get(e).copied().unwrap_or(0);
        let _ = write!(
            out,
            "<li><button type=\"button\" class=\"speaker {}\" aria-pressed=\"false\" data-speaker=\"{e}\">\
             <span class=\"swatch\" aria-hidden=\"true\"></span><span class=\"name\">",
            a.colour_class(e)
        );
        text(&mut out, &entity.name);
        let _ = write!(out, "</span><span class=\"kind\">{kind}</span>");
        if !entity.roles.is_empty() {
            out.push_str("<span class=\"roles\">");
            for (k, role) in entity.roles.iter().enumerate() {
                if k > 0 {
                    out.push_str("; ");
                }
                text(&mut out, role);
            }
            out.push_str("</span>");
        }
        let count = if n == 1 { "1 claim".to_string() } else { format!("{n} claims") };
        let _ = write!(out, "<span class=\"count\">{count}</span></button></li>");
    }
    out
}

/// The Claims list's items for the claims `order[p]` of each position `p`
/// in `positions`, with a gap item where positions skip.
pub fn claims(a: &Analysed, order: &[usize], positions: &[usize]) -> String {
    let source: &str = &a.text;
    let analysis = &a.analysis;
    let mut out = String::with_capacity(positions.len() * 400);
    for (k, &pos) in positions.iter().enumerate() {
        if k > 0 && positions[k - 1] + 1 != pos {
            out.push_str("<li class=\"gap\" aria-hidden=\"true\">…</li>");
        }
        let Some(&i) = order.get(pos) else { continue };
        let Some(c) = analysis.claims.get(i) else { continue };
        let kind = kind_name(c.kind);
        let _ = write!(
            out,
            "<li data-claim=\"{i}\"><button type=\"button\" class=\"claim-item {}\" aria-pressed=\"false\">\
             <span class=\"meta\"><span class=\"badge {kind}\">{kind}</span><span class=\"who\">",
            a.colour_class(c.speaker)
        );
        text(&mut out, a.name(c.speaker));
        out.push_str("</span>");
        if let Some(cue) = c.cue {
            out.push_str("<span class=\"cue-word\">");
            text(&mut out, cue.of(source));
            out.push_str("</span>");
        }
        if let Some(d) = c.date.and_then(|d| analysis.dates.get(d)) {
            out.push_str("<span class=\"when\">");
            text(&mut out, d.span.of(source));
            out.push_str(" → ");
            text(&mut out, &d.value);
            out.push_str("</span>");
        }
        out.push_str("</span><span class=\"content\">");
        text(&mut out, c.content.of(source).trim());
        out.push_str("</span></button></li>");
    }
    out
}

/// The Dates list's items for the dates `dates[p]` of each position `p` in
/// `positions`.
pub fn dates(a: &Analysed, dates: &[usize], positions: &[usize]) -> String {
    let source: &str = &a.text;
    let mut out = String::with_capacity(positions.len() * 200);
    for &pos in positions {
        let Some(&i) = dates.get(pos) else { continue };
        let Some(d) = a.analysis.dates.get(i) else { continue };
        let kind = match d.kind {
            TimexKind::Date => None,
            TimexKind::Time => Some("time"),
            TimexKind::Duration => Some("duration"),
            TimexKind::Set => Some("recurring"),
        };
        let _ = write!(
            out,
            "<li id=\"date-{i}\" data-date=\"{i}\"><button type=\"button\" class=\"date-item\"><span class=\"expr\">"
        );
        text(&mut out, d.span.of(source));
        let _ = write!(out, "</span> → <code id=\"date-value-{i}\">");
        text(&mut out, &d.value);
        out.push_str("</code>");
        if let Some(kind) = kind {
            let _ = write!(out, "<span class=\"kind\">{kind}</span>");
        }
        out.push_str("</button></li>");
    }
    out
}

#[cfg(test)]
mod tests {
    use whosaid::{Claim, ClaimKind, Entity, EntityKind, Span, Timex, TimexKind};

    use super::*;
    use crate::article_html::tests::read;

    /// The tag names in `html`, in order.
    fn tags(html: &str) -> Vec<String> {
        html.split('<').skip(1).map(|t| t.split([' ', '>']).next().unwrap_or("").to_string()).collect()
    }

    /// One speaker, one claim with a cue and a date, and a second date,
    /// all with hostile text.
    fn analysed() -> Analysed {
        let text = "<b>Ann & \"Co\"</b> said <script>x</script> on Feb. 12\r, at <i>noon</i>.";
        let at = |s: &str| text.find(s).map(|i| Span::new(i, i + s.len())).unwrap();
        let mut analysis = whosaid::Analysis::default();
        analysis.entities.push(Entity {
            name: "<b>Ann & \"Co\"</b>".into(),
            kind: EntityKind::Organization,
            roles: vec!["<i>chair</i>".into(), "a & b".into()],
            mentions: vec![at("<b>Ann & \"Co\"</b>")],
        });
        analysis.dates.push(Timex { span: at("Feb. 12\r"), kind: TimexKind::Date, value: "2025-02-12\"><x>".into() });
        analysis.dates.push(Timex { span: at("<i>noon</i>"), kind: TimexKind::Time, value: "T12:00".into() });
        analysis.claims.push(Claim {
            speaker: 0,
            content: at(" <script>x</script> "),
            cue: Some(at("said")),
            speaker_mention: None,
            kind: ClaimKind::Indirect,
            date: Some(0),
        });
        Analysed::with_analysis(1, text, None, analysis)
    }

    #[test]
    fn speakers_escape_names_and_roles() {
        let a = analysed();
        let html = speakers(&a, &[0]);
        assert_eq!(
            tags(&html),
            [
                "li", "button", "span", "/span", "span", "/span", "span", "/span", "span", "/span", "span", "/span",
                "/button", "/li"
            ]
        );
        assert_eq!(read(&html), "<b>Ann & \"Co\"</b>organization<i>chair</i>; a & b1 claim");
        assert!(html.contains("data-speaker=\"0\"") && html.contains("aria-pressed=\"false\""));
        assert_eq!(speakers(&a, &[5]), "", "a position past the list is skipped");
    }

    #[test]
    fn claims_escape_every_part_and_mark_gaps() {
        let a = analysed();
        let html = claims(&a, &[0], &[0]);
        assert!(!tags(&html).iter().any(|t| matches!(t.as_str(), "b" | "/b" | "i" | "/i" | "script" | "x")), "{html}");
        assert_eq!(read(&html), "indirect<b>Ann & \"Co\"</b>saidFeb. 12\r → 2025-02-12\"><x><script>x</script>");
        assert!(html.starts_with("<li data-claim=\"0\"><button type=\"button\" class=\"claim-item sp-0\""));
        // Positions 0 and 2 of a list of one: the missing one is skipped
        // after a gap item.
        let gap = claims(&a, &[0], &[0, 2]);
        assert!(gap.ends_with("<li class=\"gap\" aria-hidden=\"true\">…</li>"), "{gap}");
    }

    #[test]
    fn dates_escape_expressions_and_values() {
        let a = analysed();
        let html = dates(&a, &[0, 1], &[0, 1]);
        assert!(!tags(&html).iter().any(|t| matches!(t.as_str(), "i" | "/i" | "x")), "{html}");
        assert_eq!(read(&html), "Feb. 12\r → 2025-02-12\"><x><i>noon</i> → T12:00time");
        assert!(html.contains("<li id=\"date-1\" data-date=\"1\">") && html.contains("id=\"date-value-0\""));
    }
}
