//! Component tests in headless Chromium (wasm-bindgen-test).
//!
//! Run by `scripts/test` as
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown -p whosaid-web`.
//! All tests share one page (and its address bar and storage): each one
//! mounts its app on a fresh element, resets what it relies on, and unmounts.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{
    Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlTextAreaElement, InputEvent, InputEventInit,
};
use whosaid::{Analysis, Claim, ClaimKind, DateSource, Entity, EntityKind, Span, Timex, TimexKind};
use whosaid_web::app::{App, AppProps};
use whosaid_web::components::article::Article;
use whosaid_web::components::claims::Claims;
use whosaid_web::components::dates::Dates;
use whosaid_web::components::speakers::Speakers;
use whosaid_web::engine::Kind;
use whosaid_web::state::{Analysed, Origin, State};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

const ARTICLE: &str =
    "date 2025-02-13\n\n“We will win,” Jane Doe, the mayor, said on Thursday. Critics said she was wrong.";

fn window() -> web_sys::Window {
    web_sys::window().unwrap()
}

fn document() -> web_sys::Document {
    window().document().unwrap()
}

/// A fresh element to mount on.
fn root() -> Element {
    let div = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&div).unwrap();
    div
}

/// Resets the address bar's fragment and the saved draft.
fn reset(hash: &str, draft: Option<&str>) {
    let location = window().location();
    let url = format!("{}{}{hash}", location.pathname().unwrap(), location.search().unwrap());
    window().history().unwrap().replace_state_with_url(&JsValue::NULL, "", Some(&url)).unwrap();
    let storage = window().local_storage().unwrap().unwrap();
    match draft {
        Some(d) => storage.set_item(whosaid_web::draft::KEY, d).unwrap(),
        None => storage.remove_item(whosaid_web::draft::KEY).unwrap(),
    }
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"))
}

fn find_all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().dyn_into().unwrap()).collect()
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

/// Types `value` into a textarea or input the way a browser reports it.
fn type_into(el: &Element, value: &str) {
    if let Some(area) = el.dyn_ref::<HtmlTextAreaElement>() {
        area.set_value(value);
    } else {
        el.dyn_ref::<HtmlInputElement>().unwrap().set_value(value);
    }
    let init = InputEventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&InputEvent::new_with_event_init_dict("input", &init).unwrap()).unwrap();
}

fn click(el: &Element) {
    el.dyn_ref::<HtmlElement>().unwrap().click();
}

async fn sleep(ms: u32) {
    gloo_timers::future::TimeoutFuture::new(ms).await;
}

/// The engine's analysis of `text`, made here.
fn analyse(text: &str, date: Option<whosaid::Date>) -> Analysis {
    whosaid::analyze(text, &whosaid::Options { date })
}

/// Mounts the app on `el`, with the engine answering after `delay_ms`.
fn mount_app(el: &Element, delay_ms: u32) -> yew::AppHandle<App> {
    let props = AppProps { engine: Kind::Local { delay_ms } };
    yew::Renderer::<App>::with_root_and_props(el.clone(), props).render()
}

/// Lets a paste-sized change be analysed (on the next task, by the engine
/// on the task after) and rendered.
async fn settle() {
    for _ in 0..3 {
        sleep(10).await;
        yew::scheduler::flush().await;
    }
}

#[wasm_bindgen_test]
async fn typing_an_article_shows_its_analysis() {
    reset("", None);
    let el = root();
    let app = mount_app(&el, 0);
    yew::scheduler::flush().await;
    let area = find(&el, "textarea");
    assert_eq!(
        area.dyn_ref::<HtmlTextAreaElement>().unwrap().labels().item(0).unwrap().text_content().unwrap(),
        "Article text"
    );
    for name in ["Speakers", "Claims", "Dates"] {
        assert!(el.query_selector(&format!("section[aria-label={name}]")).unwrap().is_some(), "{name} region");
    }
    // A paste-sized change is analysed as soon as the paste is done.
    type_into(&area, ARTICLE);
    settle().await;
    assert_eq!(text(&el, ".article-view"), ARTICLE, "the article is shown as text");
    let date: HtmlInputElement = find(&el, "input[type=date]").dyn_into().unwrap();
    assert_eq!(date.value(), "2025-02-13", "the publication date comes from the dateline");
    assert!(text(&el, ".date-field .hint").contains("Read from the dateline"));
    // Typing a little waits for a pause (the debounce) before analysing.
    let more = format!("{ARTICLE} More.");
    type_into(&area, &more);
    yew::scheduler::flush().await;
    assert_eq!(text(&el, ".article-view"), ARTICLE, "not yet");
    sleep(300).await;
    yew::scheduler::flush().await;
    assert_eq!(text(&el, ".article-view"), more, "after the pause");
    app.destroy();
    el.remove();
}

#[wasm_bindgen_test]
async fn pasted_html_stays_text() {
    reset("", None);
    let el = root();
    let app = mount_app(&el, 0);
    yew::scheduler::flush().await;
    let html = "<img src=x onerror=alert(1)><script>alert(2)</script> and some more text to be a paste";
    type_into(&find(&el, "textarea"), html);
    settle().await;
    assert_eq!(text(&el, ".article-view"), html);
    assert!(el.query_selector(".article-view img, .article-view script").unwrap().is_none());
    app.destroy();
    el.remove();
}

#[wasm_bindgen_test]
async fn the_date_field_re_resolves_and_clearing_returns_to_the_dateline() {
    reset("", None);
    let el = root();
    let app = mount_app(&el, 0);
    yew::scheduler::flush().await;
    type_into(&find(&el, "textarea"), ARTICLE);
    settle().await;
    let date = find(&el, "input[type=date]");
    type_into(&date, "2024-01-02");
    settle().await;
    assert!(text(&el, ".date-field .hint").starts_with("Set by you."));
    assert_eq!(text(&el, ".dates .hint"), "Resolved against 2024-01-02, the date you set.");
    type_into(&date, "");
    settle().await;
    assert_eq!(date.dyn_ref::<HtmlInputElement>().unwrap().value(), "2025-02-13");
    assert_eq!(text(&el, ".dates .hint"), "Resolved against 2025-02-13, the dateline’s date.");
    app.destroy();
    el.remove();
}

#[wasm_bindgen_test]
async fn sharing_shows_the_link_and_puts_it_in_the_address_bar() {
    reset("", None);
    let el = root();
    let app = mount_app(&el, 0);
    yew::scheduler::flush().await;
    type_into(&find(&el, "textarea"), ARTICLE);
    settle().await;
    let share = find_all(&el, ".toolbar button").into_iter().find(|b| b.text_content().unwrap() == "Share").unwrap();
    click(&share);
    yew::scheduler::flush().await;
    let link: HtmlInputElement = find(&el, "input#share-link").dyn_into().unwrap();
    assert_eq!(link.labels().unwrap().item(0).unwrap().text_content().unwrap(), "Share link");
    assert!(link.read_only());
    let url = link.value();
    assert!(url.contains("#v1."), "{url}");
    assert_eq!(window().location().href().unwrap(), url, "the address bar carries the link");
    let shared = whosaid_share::decode(&url).unwrap();
    assert_eq!((shared.text.as_str(), shared.date), (ARTICLE, None));
    // The clipboard answers either way; both answers are explained.
    sleep(100).await;
    yew::scheduler::flush().await;
    let status = text(&el, ".share .hint");
    assert!(status.starts_with("Link copied") || status.contains("press Ctrl+C"), "{status}");
    // An edit makes the link stale: it leaves the box and the address bar.
    type_into(&find(&el, "textarea"), "Something else entirely, long enough to count as a paste.");
    yew::scheduler::flush().await;
    assert!(el.query_selector("input#share-link").unwrap().is_none());
    assert_eq!(window().location().hash().unwrap(), "");
    app.destroy();
    el.remove();
}

#[wasm_bindgen_test]
async fn a_bad_link_says_why_and_keeps_the_draft() {
    let draft = whosaid_web::draft::Draft { text: "My own draft.".into(), date: None }.to_json();
    reset("#v1.AAAA", Some(&draft));
    let el = root();
    let app = mount_app(&el, 0);
    yew::scheduler::flush().await;
    assert_eq!(text(&el, "[role=alert] p"), "This link is damaged or was cut short when it was copied.");
    assert_eq!(find(&el, "textarea").dyn_ref::<HtmlTextAreaElement>().unwrap().value(), "My own draft.");
    let stored = window().local_storage().unwrap().unwrap().get_item(whosaid_web::draft::KEY).unwrap();
    assert_eq!(stored.as_deref(), Some(draft.as_str()), "the draft is untouched");
    // A good link pasted into the address bar of the open page opens.
    let good = whosaid_share::encode(&whosaid_share::Shared { text: "From a link.".into(), date: None });
    window().location().set_hash(&good).unwrap();
    sleep(50).await; // hashchange is asynchronous
    yew::scheduler::flush().await;
    assert_eq!(find(&el, "textarea").dyn_ref::<HtmlTextAreaElement>().unwrap().value(), "From a link.");
    assert!(el.query_selector("[role=alert] p").unwrap().is_none(), "the alert is gone");
    let stored = window().local_storage().unwrap().unwrap().get_item(whosaid_web::draft::KEY).unwrap();
    assert_eq!(stored.as_deref(), Some(draft.as_str()), "opening a link does not overwrite the draft");
    app.destroy();
    el.remove();
    reset("", None);
}

#[wasm_bindgen_test]
async fn the_draft_is_saved_on_every_edit_and_restored() {
    reset("", None);
    let el = root();
    let app = mount_app(&el, 0);
    yew::scheduler::flush().await;
    type_into(&find(&el, "textarea"), "Draft one");
    yew::scheduler::flush().await;
    let stored = window().local_storage().unwrap().unwrap().get_item(whosaid_web::draft::KEY).unwrap().unwrap();
    assert_eq!(whosaid_web::draft::Draft::from_json(&stored).unwrap().text, "Draft one");
    app.destroy();
    el.remove();
    let el = root();
    let app = mount_app(&el, 0);
    yew::scheduler::flush().await;
    assert_eq!(find(&el, "textarea").dyn_ref::<HtmlTextAreaElement>().unwrap().value(), "Draft one");
    app.destroy();
    el.remove();
}

/// A hand-made analysis (the engine's attribution is being written
/// elsewhere): two speakers, three claims, two dates.
fn sample() -> Analysed {
    let text = "date 2025-02-13\n\n“Go,” Ann said on Thursday. Bob said it rained on Feb. 12. “Stop,” Ann said.";
    let at = |needle: &str, nth: usize| {
        let start = text.match_indices(needle).nth(nth).unwrap().0;
        Span::new(start, start + needle.len())
    };
    let person = |name: &str, mentions: Vec<Span>| Entity {
        name: name.into(),
        kind: EntityKind::Person,
        roles: vec!["a role".into()],
        mentions,
    };
    let claim = |speaker, kind, content, cue, date| Claim {
        speaker,
        kind,
        speaker_mention: None,
        cue: Some(cue),
        content,
        date,
    };
    let analysis = Analysis {
        reference_date: whosaid::Date::new(2025, 2, 13),
        reference_source: DateSource::Dateline,
        dateline: Some(at("date 2025-02-13", 0)),
        paragraphs: vec![],
        sentences: vec![],
        dates: vec![
            Timex { span: at("Thursday", 0), kind: TimexKind::Date, value: "2025-02-13".into() },
            Timex { span: at("Feb. 12", 0), kind: TimexKind::Date, value: "2025-02-12".into() },
        ],
        entities: vec![person("Ann", vec![at("Ann", 0), at("Ann", 1)]), person("Bob", vec![at("Bob", 0)])],
        claims: vec![
            claim(0, ClaimKind::Direct, at("Go,", 0), at("said", 0), Some(0)),
            claim(1, ClaimKind::Indirect, at("it rained on Feb. 12", 0), at("said", 1), None),
            claim(0, ClaimKind::Direct, at("Stop,", 0), at("said", 2), None),
        ],
    };
    Analysed::with_analysis(1, text, None, analysis)
}

#[derive(Properties, PartialEq)]
struct HarnessProps {
    analysed: Analysed,
}

/// The article and the panels over a hand-made analysis.
#[component]
fn Harness(props: &HarnessProps) -> Html {
    let state = use_reducer(|| {
        let mut s = State::new(props.analysed.text.to_string(), None, Origin::Draft);
        s.analysed = props.analysed.clone();
        s.pending = None;
        s
    });
    let on_action = {
        let d = state.dispatcher();
        use_callback((), move |a, _| d.dispatch(a))
    };
    let a = state.analysed.clone();
    html! {
        <>
            <Article analysed={a.clone()} claim={state.claim} speaker={state.speaker} focus={state.focus}
                part={state.part} note={state.part_note().map(AttrValue::from)} on_action={on_action.clone()} />
            <Speakers analysed={a.clone()} selected={state.speaker} on_action={on_action.clone()} />
            <Claims analysed={a.clone()} speaker={state.speaker} claim={state.claim} focus={state.focus}
                on_action={on_action.clone()} />
            <Dates analysed={a} focus={state.focus} {on_action} />
        </>
    }
}

async fn mount_sample() -> (yew::AppHandle<Harness>, Element) {
    let el = root();
    let app = yew::Renderer::<Harness>::with_root_and_props(el.clone(), HarnessProps { analysed: sample() }).render();
    settle().await; // the lists are drawn a task after the rest
    (app, el)
}

fn claim_speakers(el: &Element) -> Vec<String> {
    find_all(el, ".claims li .who").iter().map(|w| w.text_content().unwrap()).collect()
}

#[wasm_bindgen_test]
async fn highlights_are_built_from_spans() {
    let (app, el) = mount_sample().await;
    let claims = find_all(&el, ".article-view .claim");
    assert_eq!(claims.len(), 3);
    assert_eq!(claims[0].text_content().unwrap(), "Go,");
    assert_eq!(claims[0].get_attribute("class").unwrap(), "claim direct sp-0");
    assert_eq!(claims[1].get_attribute("class").unwrap(), "claim indirect sp-1");
    let date = find(&el, ".article-view time[data-date=\"1\"]");
    assert_eq!(date.text_content().unwrap(), "Feb. 12");
    assert_eq!(date.get_attribute("title").unwrap(), "Feb. 12 → 2025-02-12");
    assert_eq!(date.get_attribute("tabindex").unwrap(), "0");
    let described = date.get_attribute("aria-describedby").unwrap();
    assert_eq!(find(&el, &format!("#{described}")).text_content().unwrap(), "2025-02-12");
    assert!(date.parent_element().unwrap().class_list().contains("claim"), "a date inside a claim stays inside it");
    assert_eq!(find_all(&el, ".article-view .cue").len(), 3);
    // The Dates panel is a timeline: Feb. 12 before Thursday (Feb. 13).
    let items: Vec<String> = find_all(&el, ".timeline li").iter().map(|li| li.text_content().unwrap()).collect();
    assert_eq!(items, ["Feb. 12 → 2025-02-12", "Thursday → 2025-02-13"]);
    let when = text(&el, ".claims li .when");
    assert_eq!(when, "Thursday → 2025-02-13", "when the first claim was said");
    app.destroy();
    el.remove();
}

#[wasm_bindgen_test]
async fn choosing_a_speaker_filters_the_claims() {
    let (app, el) = mount_sample().await;
    assert_eq!(claim_speakers(&el), ["Ann", "Bob", "Ann"]);
    let speakers = find_all(&el, ".speakers button");
    assert_eq!(speakers[0].text_content().unwrap(), "Annpersona role2 claims");
    click(&speakers[1]);
    yew::scheduler::flush().await;
    assert_eq!(claim_speakers(&el), ["Bob"]);
    assert_eq!(find_all(&el, ".speakers button")[1].get_attribute("aria-pressed").as_deref(), Some("true"));
    assert!(find(&el, ".article-view").class_list().contains("has-speaker"));
    assert_eq!(find_all(&el, ".article-view .claim.is-speaker").len(), 1);
    // Choosing the same speaker again lists everyone's claims.
    click(&find_all(&el, ".speakers button")[1]);
    yew::scheduler::flush().await;
    assert_eq!(claim_speakers(&el), ["Ann", "Bob", "Ann"]);
    app.destroy();
    el.remove();
}

#[wasm_bindgen_test]
async fn clicking_a_claim_in_the_text_selects_it_in_the_panel_and_back() {
    let (app, el) = mount_sample().await;
    let third = find(&el, ".article-view .claim[data-claim=\"2\"]");
    let init = EventInit::new();
    init.set_bubbles(true);
    third.dispatch_event(&Event::new_with_event_init_dict("click", &init).unwrap()).unwrap();
    yew::scheduler::flush().await;
    let pressed: Vec<String> =
        find_all(&el, ".claims li button[aria-pressed=true]").iter().map(|b| b.text_content().unwrap()).collect();
    assert_eq!(pressed.len(), 1);
    assert!(pressed[0].ends_with("Stop,"), "{pressed:?}");
    assert!(third.class_list().contains("is-selected"));
    // And from the panel: the first claim is marked in the text.
    click(&find_all(&el, ".claims li button")[0]);
    yew::scheduler::flush().await;
    assert!(find(&el, ".article-view .claim[data-claim=\"0\"]").class_list().contains("is-selected"));
    assert!(!third.class_list().contains("is-selected"));
    app.destroy();
    el.remove();
}

#[wasm_bindgen_test]
async fn progress_shows_while_analysing_and_the_text_stays_editable() {
    reset("", None);
    let el = root();
    let app = mount_app(&el, 400);
    yew::scheduler::flush().await;
    let area = find(&el, "textarea");
    type_into(&area, ARTICLE);
    settle().await;
    assert_eq!(text(&el, ".reading .progress"), format!("Analysing {} bytes…", ARTICLE.len()));
    assert_eq!(find(&el, ".reading").get_attribute("aria-busy").as_deref(), Some("true"));
    // Typing goes on while the engine works; the newer text wins.
    let more = format!("{ARTICLE} Then she left.");
    type_into(&area, &more);
    yew::scheduler::flush().await;
    assert_eq!(area.dyn_ref::<HtmlTextAreaElement>().unwrap().value(), more);
    sleep(1_200).await; // the first answer (dropped), then the second
    yew::scheduler::flush().await;
    assert_eq!(text(&el, ".reading .progress"), "");
    assert_eq!(find(&el, ".reading").get_attribute("aria-busy").as_deref(), Some("false"));
    assert_eq!(text(&el, ".article-view"), more, "the newer text is shown");
    app.destroy();
    el.remove();
}

/// The analysis of `n` paragraphs, each a claim of Jane Doe's.
fn long_sample(n: usize) -> Analysed {
    let text: String = (0..n).map(|i| format!("“Point {i} stands,” Jane Doe said on Monday.\n\n")).collect();
    let analysis = analyse(&text, whosaid::Date::new(2025, 2, 13));
    Analysed::with_analysis(1, text, None, analysis)
}

#[wasm_bindgen_test]
async fn a_long_article_is_shown_in_parts_and_long_lists_are_cut() {
    let sample = long_sample(2_500);
    let parts = sample.parts.clone();
    assert!(parts.len() >= 2);
    let el = root();
    let app =
        yew::Renderer::<Harness>::with_root_and_props(el.clone(), HarnessProps { analysed: sample.clone() }).render();
    settle().await;
    let note = text(&el, ".part-note");
    assert!(note.starts_with("This article is long: showing highlights for the first "), "{note}");
    assert_eq!(text(&el, ".article-view"), parts[0].of(&sample.text), "only the first part is laid out");
    let paras = find_all(&el, ".article-view .para");
    assert!(paras.len() > 500, "a block per paragraph");
    assert!(paras[0].text_content().unwrap().ends_with("Monday.\n\n"));
    let next = find_all(&el, ".part-nav button").into_iter().find(|b| b.text_content().unwrap() == "Next part →");
    click(&next.unwrap());
    yew::scheduler::flush().await;
    assert_eq!(text(&el, ".article-view"), parts[1].of(&sample.text));
    assert!(text(&el, ".part-note").contains(&format!("(part 2 of {})", parts.len())));
    // The panels list the first claims and dates, and offer the rest.
    assert_eq!(find_all(&el, ".claims li[data-claim]").len(), whosaid_web::listing::LIMIT);
    assert_eq!(text(&el, ".claims .more"), "2,400 more not listed. Show 1,000 more");
    assert!(text(&el, ".dates .more").contains(" more not listed. Show 1,000 more"), "{}", text(&el, ".dates .more"));
    // A claim chosen in the text is listed too, after a gap.
    let chosen = find(&el, ".article-view .claim[data-claim]");
    let claim = chosen.get_attribute("data-claim").unwrap();
    assert!(claim.parse::<usize>().unwrap() >= whosaid_web::listing::LIMIT);
    let init = EventInit::new();
    init.set_bubbles(true);
    chosen.dispatch_event(&Event::new_with_event_init_dict("click", &init).unwrap()).unwrap();
    yew::scheduler::flush().await;
    let listed = find_all(&el, ".claims li[data-claim]");
    assert_eq!(listed.len(), whosaid_web::listing::LIMIT + 1);
    assert_eq!(listed.last().unwrap().get_attribute("data-claim"), Some(claim));
    assert_eq!(find_all(&el, ".claims li.gap").len(), 1);
    // More, a thousand at a time, then all.
    click(&find(&el, ".claims .more button"));
    yew::scheduler::flush().await;
    assert_eq!(find_all(&el, ".claims li[data-claim]").len(), 1_100);
    click(&find(&el, ".claims .more button"));
    yew::scheduler::flush().await;
    assert_eq!(text(&el, ".claims .more"), "400 more not listed. Show all 2,500");
    click(&find(&el, ".claims .more button"));
    yew::scheduler::flush().await;
    assert_eq!(find_all(&el, ".claims li[data-claim]").len(), 2_500);
    assert!(el.query_selector(".claims .more").unwrap().is_none());
    app.destroy();
    el.remove();
}

#[wasm_bindgen_test]
async fn a_long_draft_is_saved_when_typing_pauses_or_the_page_is_hidden() {
    reset("", None);
    let el = root();
    let app = mount_app(&el, 0);
    yew::scheduler::flush().await;
    let area = find(&el, "textarea");
    type_into(&area, "Short draft.");
    yew::scheduler::flush().await;
    let stored = || {
        let s = window().local_storage().unwrap().unwrap().get_item(whosaid_web::draft::KEY).unwrap().unwrap();
        whosaid_web::draft::Draft::from_json(&s).unwrap().text
    };
    assert_eq!(stored(), "Short draft.", "a short draft is saved at once");
    let long = "A long draft. ".repeat(whosaid_web::hooks::use_draft::SAVE_LATER_BYTES / 10);
    type_into(&area, &long);
    yew::scheduler::flush().await;
    assert_eq!(stored(), "Short draft.", "a long one waits for a pause");
    // Leaving the page saves it at once.
    window().dispatch_event(&Event::new("pagehide").unwrap()).unwrap();
    assert_eq!(stored(), long);
    // And a pause saves it too.
    let longer = format!("{long}More.");
    type_into(&area, &longer);
    yew::scheduler::flush().await;
    sleep(whosaid_web::hooks::use_draft::SAVE_DELAY_MS + 200).await;
    assert_eq!(stored(), longer);
    app.destroy();
    el.remove();
    reset("", None);
}
