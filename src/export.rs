//! Downloads of an analysis: `whosaid/1` JSON (from the engine's `json`
//! module), CSV (one row per claim) and Markdown. Pure text, tested natively;
//! the download itself is in `browser.rs`.

use std::fmt::Write;

use whosaid::{Analysis, ClaimKind, DateSource, EntityKind};

/// The formats on offer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// `whosaid/1`, indented.
    Json,
    /// One row per claim.
    Csv,
    /// A readable report.
    Markdown,
}

impl Format {
    /// Every format, in the order the page offers them.
    pub const ALL: [Format; 3] = [Format::Json, Format::Csv, Format::Markdown];

    /// The button label.
    pub fn label(self) -> &'static str {
        match self {
            Format::Json => "JSON",
            Format::Csv => "CSV",
            Format::Markdown => "Markdown",
        }
    }

    /// The file name extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Markdown => "md",
        }
    }

    /// The MIME type of the download.
    pub fn mime(self) -> &'static str {
        match self {
            Format::Json => "application/json",
            Format::Csv => "text/csv;charset=utf-8",
            Format::Markdown => "text/markdown;charset=utf-8",
        }
    }

    /// The file's contents.
    pub fn render(self, text: &str, analysis: &Analysis) -> String {
        match self {
            Format::Json => whosaid::json::to_json_pretty(text, analysis),
            Format::Csv => csv(text, analysis),
            Format::Markdown => markdown(text, analysis),
        }
    }
}

/// The file name: `whosaid-2025-02-13.csv`, or `whosaid.csv` without a date.
pub fn file_name(analysis: &Analysis, format: Format) -> String {
    match analysis.reference_date {
        Some(d) => format!("whosaid-{d}.{}", format.extension()),
        None => format!("whosaid.{}", format.extension()),
    }
}

fn kind(k: ClaimKind) -> &'static str {
    match k {
        ClaimKind::Direct => "direct",
        ClaimKind::Mixed => "mixed",
        ClaimKind::Indirect => "indirect",
    }
}

fn entity_kind(k: EntityKind) -> &'static str {
    match k {
        EntityKind::Person => "person",
        EntityKind::Organization => "organization",
        EntityKind::Group => "group",
    }
}

/// Claims in the order of their content, as the JSON lists them.
fn claims_in_order(analysis: &Analysis) -> Vec<usize> {
    let mut order: Vec<usize> = (0..analysis.claims.len()).collect();
    whosaid::sort::by_key(&mut order, |&i| {
        whosaid::sort::pair(analysis.claims[i].content.start, analysis.claims[i].content.end)
    });
    order
}

/// One CSV cell: quoted when it must be (RFC 4180), and defused when a
/// spreadsheet would read it as a formula (a leading `= + - @`, tab or CR
/// gets a `'` in front, OWASP's advice).
pub fn csv_cell(value: &str) -> String {
    let defused = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{value}") } else { value.into() };
    if defused.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}

/// The claims as CSV: a header, then one row per claim — speaker, kind,
/// cue, content, date text, date value. CRLF line ends (RFC 4180) and a
/// UTF-8 byte-order mark, so spreadsheet programs read curly quotes right.
pub fn csv(text: &str, analysis: &Analysis) -> String {
    let mut out = String::from("\u{feff}speaker,kind,cue,content,date text,date value\r\n");
    for i in claims_in_order(analysis) {
        let c = &analysis.claims[i];
        let speaker = analysis.entities.get(c.speaker).map(|e| e.name.as_str()).unwrap_or("");
        let date = c.date.and_then(|d| analysis.dates.get(d));
        let row = [
            speaker,
            kind(c.kind),
            c.cue.map(|s| s.of(text)).unwrap_or(""),
            c.content.of(text),
            date.map(|d| d.span.of(text)).unwrap_or(""),
            date.map(|d| d.value.as_str()).unwrap_or(""),
        ];
        let cells: Vec<String> = row.iter().map(|v| csv_cell(v)).collect();
        out += &cells.join(",");
        out += "\r\n";
    }
    out
}

/// Markdown-escapes text written inline: backslash before the punctuation
/// that could start markup or HTML, and line breaks as spaces.
pub fn md_inline(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for ch in value.chars() {
        match ch {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '#' | '&' | '!' => {
                out.push('\\');
                out.push(ch);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(ch),
        }
    }
    out
}

/// A readable report: the publication date, the speakers, each speaker's
/// claims, and the dates.
pub fn markdown(text: &str, analysis: &Analysis) -> String {
    let mut out = String::from("# Who said what, and when\n\n");
    let source = match analysis.reference_source {
        DateSource::Option => " (set by hand)",
        DateSource::Dateline => " (from the dateline)",
        DateSource::None => "",
    };
    match analysis.reference_date {
        Some(d) => _ = writeln!(out, "Publication date: {d}{source}\n"),
        None => out += "Publication date: unknown (relative dates are unresolved)\n\n",
    }
    let order = claims_in_order(analysis);
    let speakers: Vec<usize> =
        (0..analysis.entities.len()).filter(|&e| analysis.claims.iter().any(|c| c.speaker == e)).collect();

    out += "## Speakers\n\n";
    if speakers.is_empty() {
        out += "No speakers found.\n";
    }
    for &e in &speakers {
        let entity = &analysis.entities[e];
        let n = analysis.claims.iter().filter(|c| c.speaker == e).count();
        let _ = write!(out, "- **{}** ({}", md_inline(&entity.name), entity_kind(entity.kind));
        for role in &entity.roles {
            let _ = write!(out, "; {}", md_inline(role));
        }
        let _ = writeln!(out, "): {n} claim{}", if n == 1 { "" } else { "s" });
    }

    out += "\n## Claims\n";
    if speakers.is_empty() {
        out += "\nNo claims found.\n";
    }
    for &e in &speakers {
        let _ = writeln!(out, "\n### {}\n", md_inline(&analysis.entities[e].name));
        for &i in order.iter().filter(|&&i| analysis.claims[i].speaker == e) {
            let c = &analysis.claims[i];
            let _ = write!(out, "- *{}*", kind(c.kind));
            if let Some(cue) = c.cue {
                let _ = write!(out, ", {}", md_inline(cue.of(text)));
            }
            if let Some(d) = c.date.and_then(|d| analysis.dates.get(d)) {
                let _ = write!(out, ", {} ({})", md_inline(d.span.of(text)), md_inline(&d.value));
            }
            let _ = writeln!(out, ": “{}”", md_inline(c.content.of(text).trim()));
        }
    }

    out += "\n## Dates\n\n";
    if analysis.dates.is_empty() {
        out += "No dates found.\n";
    }
    let (on, off) = crate::timeline::order(&analysis.dates);
    for i in on.into_iter().chain(off) {
        let d = &analysis.dates[i];
        let _ = writeln!(out, "- {} → {}", md_inline(d.span.of(text)), md_inline(&d.value));
    }
    out
}

#[cfg(test)]
mod tests {
    use whosaid::{Claim, Entity, Span, Timex, TimexKind};

    use super::*;

    fn sample() -> (&'static str, Analysis) {
        let text = "date 2025-02-13\n\n“=1+1, \"really\",” Ann said on Thursday. Officials said -5 was *fine*.";
        let at = |s: &str| {
            let i = text.find(s).unwrap();
            Span::new(i, i + s.len())
        };
        let analysis = Analysis {
            reference_date: whosaid::Date::new(2025, 2, 13),
            reference_source: DateSource::Dateline,
            dateline: None,
            paragraphs: vec![],
            sentences: vec![],
            dates: vec![Timex { span: at("Thursday"), kind: TimexKind::Date, value: "2025-02-13".into() }],
            entities: vec![
                Entity {
                    name: "Ann".into(),
                    kind: EntityKind::Person,
                    roles: vec!["the mayor".into()],
                    mentions: vec![],
                },
                Entity { name: "Officials".into(), kind: EntityKind::Group, roles: vec![], mentions: vec![] },
            ],
            claims: vec![
                Claim {
                    speaker: 1,
                    kind: ClaimKind::Indirect,
                    speaker_mention: Some(at("Officials")),
                    cue: Some(at("said -")),
                    content: at("-5 was *fine*"),
                    date: None,
                },
                Claim {
                    speaker: 0,
                    kind: ClaimKind::Direct,
                    speaker_mention: Some(at("Ann")),
                    cue: Some(at("said on")),
                    content: at("=1+1, \"really\","),
                    date: Some(0),
                },
            ],
        };
        (text, analysis)
    }

    #[test]
    fn csv_quotes_and_defuses_formulas() {
        let (text, a) = sample();
        assert_eq!(
            csv(text, &a),
            "\u{feff}speaker,kind,cue,content,date text,date value\r\n\
             Ann,direct,said on,\"'=1+1, \"\"really\"\",\",Thursday,2025-02-13\r\n\
             Officials,indirect,said -,'-5 was *fine*,,\r\n"
        );
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_cell("+1\n2"), "\"'+1\n2\"");
        assert_eq!(csv_cell("plain"), "plain");
    }

    #[test]
    fn markdown_report() {
        let (text, a) = sample();
        assert_eq!(
            markdown(text, &a),
            "# Who said what, and when\n\n\
             Publication date: 2025-02-13 (from the dateline)\n\n\
             ## Speakers\n\n\
             - **Ann** (person; the mayor): 1 claim\n\
             - **Officials** (group): 1 claim\n\n\
             ## Claims\n\n\
             ### Ann\n\n\
             - *direct*, said on, Thursday (2025-02-13): “=1+1, \"really\",”\n\n\
             ### Officials\n\n\
             - *indirect*, said -: “-5 was \\*fine\\*”\n\n\
             ## Dates\n\n\
             - Thursday → 2025-02-13\n"
        );
    }

    #[test]
    fn markdown_escapes_markup_and_html() {
        assert_eq!(md_inline("<img src=x> [a](b) `c`\nd"), "\\<img src=x\\> \\[a\\](b) \\`c\\` d");
    }

    #[test]
    fn json_is_whosaid_1_and_files_are_named_by_date() {
        let (text, a) = sample();
        let json = Format::Json.render(text, &a);
        assert!(json.contains("\"schema\": \"whosaid/1\""));
        assert_eq!(file_name(&a, Format::Csv), "whosaid-2025-02-13.csv");
        let empty = whosaid::analyze("", &whosaid::Options::default());
        assert_eq!(file_name(&empty, Format::Markdown), "whosaid.md");
        assert!(markdown("", &empty).contains("No speakers found."));
    }
}
