//! One component per file.

pub mod editor;
pub mod results;
