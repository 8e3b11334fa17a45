//! The highlighted article itself, rendered once per analysis.

use whosaid::ClaimKind;
use yew::prelude::*;

use crate::highlight::{self, Inline, Mark};
use crate::state::Analysed;

/// Properties of [`ArticleText`].
#[derive(Properties, PartialEq)]
pub struct ArticleTextProps {
    /// The analysis (equal only to itself, so this renders once per analysis).
    pub analysed: Analysed,
    /// The part of the article to show (see `highlight::parts`).
    #[prop_or_default]
    pub part: usize,
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

/// The article (or the part of a long one that is shown) as text nodes, one
/// block per paragraph, with claims coloured by speaker, cues and speaker
/// mentions marked, and dates underlined with their value on hover and
/// focus. Selection is applied by the parent ([`super::article::Article`])
/// with classes, so selecting never re-renders this.
#[component]
pub fn ArticleText(props: &ArticleTextProps) -> Html {
    let a = &props.analysed;
    let text: &str = &a.text;
    let analysis = &a.analysis;
    let speaker_of = |claim: usize| analysis.claims.get(claim).map(|c| c.speaker).unwrap_or(usize::MAX);
    let inline = |i: &Inline| -> Html {
        let t = i.span.of(text).to_string();
        match i.mark {
            Mark::Plain => html! { {t} },
            Mark::Mention(e) => html! {
                <span class={classes!("mention", a.colour_class(e))} data-speaker={e.to_string()}>{t}</span>
            },
            Mark::Cue(c) => html! {
                <span class={classes!("cue", a.colour_class(speaker_of(c)))} data-cue={c.to_string()}>{t}</span>
            },
            Mark::Date(d) => {
                let value = analysis.dates.get(d).map(|x| x.value.clone()).unwrap_or_default();
                let datetime = is_html_date(&value).then(|| value.clone());
                html! {
                    <time class="timex" tabindex="0" datetime={datetime} data-date={d.to_string()}
                        title={format!("{t} → {value}")} data-value={value}
                        aria-describedby={format!("date-value-{d}")}>{t}</time>
                }
            }
        }
    };
    let block = |b: &highlight::Block| -> Html {
        let inner: Html = b.inlines.iter().map(inline).collect();
        match b.claim.and_then(|c| analysis.claims.get(c).map(|claim| (c, claim))) {
            Some((c, claim)) => {
                let kind = match claim.kind {
                    ClaimKind::Direct => "direct",
                    ClaimKind::Mixed => "mixed",
                    ClaimKind::Indirect => "indirect",
                };
                let within = b.within.iter().map(usize::to_string).collect::<Vec<_>>().join(" ");
                html! {
                    <span class={classes!("claim", kind, a.colour_class(claim.speaker))}
                        data-claim={c.to_string()} data-within={within} data-speaker={claim.speaker.to_string()}
                        title={format!("{} ({kind})", a.name(claim.speaker))}>{inner}</span>
                }
            }
            None => inner,
        }
    };
    let range = a.parts.get(props.part).copied().unwrap_or_default();
    let paragraphs = highlight::paragraphs(text, highlight::layout_range(text, analysis, range));
    let paragraphs = paragraphs.iter().map(|p| html! { <div class="para">{for p.blocks.iter().map(block)}</div> });
    html! { <div class="article-text">{for paragraphs}</div> }
}
