//! One component per file.

pub mod article;
pub mod article_text;
pub mod claims;
pub mod date_field;
pub mod dates;
pub mod editor;
pub mod more;
pub mod notices;
pub mod share_box;
pub mod speakers;
pub mod toolbar;
pub mod warm_up;
