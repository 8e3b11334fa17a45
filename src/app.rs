//! The page: wires the state, the hooks and the components.

use whosaid_share::Shared;
use yew::prelude::*;

use crate::browser;
use crate::components::article::Article;
use crate::components::claims::Claims;
use crate::components::date_field::DateField;
use crate::components::dates::Dates;
use crate::components::editor::Editor;
use crate::components::notices::Notices;
use crate::components::share_box::ShareBox;
use crate::components::speakers::Speakers;
use crate::components::toolbar::Toolbar;
use crate::components::warm_up::WarmUp;
use crate::engine::{Kind, Status};
use crate::example;
use crate::export;
use crate::hooks::use_debounce::use_debounce;
use crate::hooks::use_draft::use_draft;
use crate::hooks::use_engine::use_engine;
use crate::hooks::use_hash_links::use_hash_links;
use crate::state::{Action, Origin, State};

/// How long typing must pause before the text is analysed again.
pub const DEBOUNCE_MS: u32 = 150;

/// Properties of [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Where analyses are made: the worker (the default), or a function in
    /// the page (component tests).
    #[prop_or_default]
    pub engine: Kind,
}

/// The whole app.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(|| State::start(&browser::hash(), browser::load_draft()));
    use_draft(&state);
    use_hash_links(state.dispatcher());
    use_engine(&state, props.engine);
    {
        // A download asked for is made once the analysis is of the current text.
        let state = state.clone();
        use_effect_with((state.export, state.analysed.rev), move |(export, _)| {
            if let Some(format) = *export {
                if state.is_fresh() {
                    let a = &state.analysed;
                    let contents = format.render(&a.text, &a.analysis);
                    let _ = browser::download(&export::file_name(&a.analysis, format), format.mime(), &contents);
                    state.dispatch(Action::Exported);
                }
            }
        });
    }

    // One stable callback for every action, so memoised components keep
    // equal props while the user types.
    let on_action = {
        let dispatcher = state.dispatcher();
        use_callback((), move |action: Action, _| dispatcher.dispatch(action))
    };
    // Stable too: the editor then re-renders only when the text changes.
    let analyse = {
        let dispatcher = state.dispatcher();
        use_callback((), move |(), _| dispatcher.dispatch(Action::Analyse))
    };
    let analyse_later = use_debounce(analyse);
    let on_input = {
        let dispatcher = state.dispatcher();
        use_callback(analyse_later, move |(text, now): (std::rc::Rc<str>, bool), analyse_later| {
            // A short paste is analysed in this very task (the answer is
            // drawn with the pasted text, in one frame); a long one after the
            // browser has shown the text.
            let short = text.len() <= crate::engine::INSTANT_MAX_BYTES;
            dispatcher.dispatch(Action::Edit(text));
            analyse_later.emit(match (now, short) {
                (true, true) => None,
                (true, false) => Some(0),
                (false, _) => Some(DEBOUNCE_MS),
            });
        })
    };
    let on_date = on_action.reform(Action::SetDate);
    let on_example =
        on_action.reform(|()| Action::Open { text: example::ARTICLE.to_string(), date: None, origin: Origin::Example });
    let on_share = {
        let state = state.clone();
        Callback::from(move |()| {
            let shared = Shared { text: state.text.to_string(), date: state.date.map(|d| d.to_string()) };
            let fragment = whosaid_share::encode(&shared);
            if fragment.len() > whosaid_share::MAX_FRAGMENT {
                state.dispatch(Action::ShareTooLong);
                return;
            }
            let Some(url) = browser::set_fragment(&fragment) else {
                state.dispatch(Action::ShareTooLong);
                return;
            };
            state.dispatch(Action::Shared(url.clone()));
            let dispatcher = state.dispatcher();
            yew::platform::spawn_local(async move {
                dispatcher.dispatch(Action::Copied(browser::copy(&url).await));
            });
        })
    };
    let on_export = on_action.reform(Action::Export);
    let on_dismiss = on_action.reform(|()| Action::DismissAlert);
    let on_bring_back = on_action.reform(|()| Action::BringBack);

    let a = &state.analysed;
    let dateline = a.analysis.dateline.map(|s| AttrValue::from(s.of(&a.text).to_string()));
    html! {
        <>
            <header class="top">
                <h1>{"whosaid"}</h1>
                <p class="tagline">{"Who said what, and when — in your browser."}</p>
            </header>
            <main>
                <Notices alert={state.alert.clone().map(AttrValue::from)} saving={state.saving} {on_dismiss}
                    put_aside={state.previous.is_some()} {on_bring_back}
                    failure={state.failure.map(|f| AttrValue::from(f.message()))}
                    in_page={state.engine == Status::Page} />
                <div class="layout">
                    <div class="main-column">
                        <section class="compose" aria-label="Input">
                            <Editor text={AttrValue::from(state.text.clone())} {on_input} />
                            <div class="controls">
                                <DateField value={state.shown_date()} set_by_user={state.date.is_some()}
                                    {dateline} on_change={on_date} />
                                <Toolbar has_text={!state.text.trim().is_empty()} {on_example} {on_share} {on_export} />
                            </div>
                            <ShareBox share={state.share.clone()} />
                        </section>
                        <Article analysed={a.clone()} claim={state.claim} speaker={state.speaker}
                            focus={state.focus} part={state.part} note={state.part_note().map(AttrValue::from)}
                            progress={state.progress().map(AttrValue::from)} failed={state.failure.is_some()}
                            on_action={on_action.clone()} />
                    </div>
                    <div class="panels">
                        <Speakers analysed={a.clone()} selected={state.speaker} on_action={on_action.clone()} />
                        <Claims analysed={a.clone()} speaker={state.speaker} claim={state.claim}
                            focus={state.focus} on_action={on_action.clone()} />
                        <Dates analysed={a.clone()} focus={state.focus} on_action={on_action.clone()} />
                    </div>
                </div>
            </main>
            <footer class="bottom">
                <p>{"whosaid runs entirely in this page: the article is never uploaded. A share link carries the \
                     article after its #, a part of the address browsers never send to a server."}</p>
            </footer>
            <WarmUp />
        </>
    }
}
