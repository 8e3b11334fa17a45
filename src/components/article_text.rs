//! The highlighted article itself, rendered once per analysis.

use yew::prelude::*;

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

/// The article (or the part of a long one that is shown), highlighted (see
/// [`crate::article_html`]). Selection is applied by the parent
/// ([`super::article::Article`]) with classes, so selecting never re-renders this.
#[component]
pub fn ArticleText(props: &ArticleTextProps) -> Html {
    Html::from_html_unchecked(AttrValue::from(crate::article_html::article(&props.analysed, props.part)))
}
