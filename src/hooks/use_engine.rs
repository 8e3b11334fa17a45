//! The engine behind the page: started once, fed the state's requests.

use yew::prelude::*;

use crate::engine::{Engine, Event, Job, Kind};
use crate::state::{Action, State};

/// Starts the engine of `kind` when the page mounts (the worker then warms
/// itself up while the page waits), sends it every new request of the
/// state, and turns its answers into actions. The worker stops when the
/// page unmounts.
#[hook]
pub fn use_engine(state: &UseReducerHandle<State>, kind: Kind) {
    let engine = {
        let dispatcher = state.dispatcher();
        use_memo((), move |_| {
            Engine::new(
                kind,
                Callback::from(move |event| match event {
                    Event::Reply(id, reply) => dispatcher.dispatch(Action::Reply { id, reply }),
                    Event::Status(status) => dispatcher.dispatch(Action::Engine(status)),
                }),
            )
        })
    };
    {
        let engine = engine.clone();
        use_effect_with((), move |_| {
            engine.start();
            move || engine.stop()
        });
    }
    let pending = state.pending.clone();
    use_effect_with(pending, move |pending| {
        if let Some(r) = pending {
            engine.submit(Job { id: r.id, text: r.text.clone(), date: r.date });
        }
    });
}
