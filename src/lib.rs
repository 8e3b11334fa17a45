//! The whosaid web app: paste an article, see who said what and when.
//!
//! A thin yew UI over the `whosaid` engine. `state.rs` holds the app state
//! and its actions as a reducer (no DOM, tested natively); `highlight.rs`,
//! `timeline.rs` and `export.rs` turn an analysis into what the page shows
//! and downloads (also no DOM); `components/` has one component per file,
//! `hooks/` the custom hooks, `browser.rs` the few calls into browser APIs,
//! and `app.rs` wires them together.
#![deny(missing_docs)]

pub mod app;
pub mod article_html;
pub mod browser;
pub mod clock;
pub mod components;
pub mod draft;
pub mod engine;
pub mod example;
pub mod export;
pub mod highlight;
pub mod hooks;
pub mod listing;
pub mod panel_html;
pub mod state;
pub mod timeline;
pub mod wire;

/// Mounts the app on `<body>`.
pub fn start() {
    yew::Renderer::<app::App>::new().render();
}
