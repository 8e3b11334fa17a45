//! Custom hooks: one per file.

pub mod use_debounce;
pub mod use_draft;
pub mod use_engine;
pub mod use_hash_links;
pub mod use_list;
