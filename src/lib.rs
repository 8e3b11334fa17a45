//! The whosaid web app: paste an article, see who said what and when.
//!
//! A thin yew UI over the `whosaid` engine. `state.rs` holds the app state and
//! its actions as a reducer (no DOM, tested natively); `components/` has one
//! component per file; `main.rs` only starts the app.

pub mod app;
pub mod components;
pub mod state;

/// Mounts the app on `<body>`.
pub fn start() {
    yew::Renderer::<app::App>::new().render();
}
