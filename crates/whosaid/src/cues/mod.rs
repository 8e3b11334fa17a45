//! Reporting cues: the verbs and phrases that attribute a claim ("said",
//! "according to", "pointed out"), found outside quotations.

mod table;

use std::ops::Range;

use crate::span::Span;
use crate::token::{Kind, Token};

/// How a cue takes its content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueClass {
    /// Speech: "said (that) C", "“Q,” he said", "told X (that) C".
    Say,
    /// The content follows an object: "accused X of C", "praised X for C".
    Object,
    /// Beliefs: "believes (that) C" (counted as attributions, like PolNeAR does).
    Belief,
    /// Evidence: "polls show (that) C".
    Evidence,
    /// "according to X".
    According,
}

/// The inflection of a verb cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// say
    Base,
    /// says
    S,
    /// said
    Past,
    /// written
    Participle,
    /// saying
    Ing,
}

/// A cue in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cue {
    /// Its tokens ("pointed out" is two).
    pub tokens: Range<usize>,
    /// Its span.
    pub span: Span,
    /// The lemma ("say", "according to").
    pub lemma: &'static str,
    /// How it takes content.
    pub class: CueClass,
    /// Its inflection.
    pub form: Form,
}

/// Looks a word up among the reporting verbs.
pub fn verb(word: &str) -> Option<(&'static str, CueClass, Form)> {
    table::FORMS.index(word).and_then(|i| table::VALUES.get(i).copied())
}

/// A capitalised verb form after capitalised words that follow a lowercase
/// word ends a name ("companies in the United States -- and", "a former
/// United States ambassador"); a headline capitalises the words around it
/// ("…, Lindsey Graham Says.", "Trump Says He Will …").
fn inside_name(text: &str, tokens: &[Token], i: usize) -> bool {
    let upper = |k: usize| tokens[k].kind == Kind::Word && tokens[k].is_upper();
    if !upper(i) || !tokens[i].space_before {
        return false;
    }
    // (Names are short: at most six capitalised words are looked at, so a
    // text of capitalised words stays linear.)
    let mut k = i;
    while k > 0 && i - k < 6 && upper(k - 1) && tokens[k].space_before {
        k -= 1;
    }
    k < i
        && k > 0
        && tokens[k - 1].kind == Kind::Word
        && !tokens[k - 1].is_upper()
        && tokens.get(i + 1).is_none_or(|n| match n.kind {
            Kind::Word => !n.is_upper(),
            Kind::Quote => false,
            _ => n.text(text) != ":",
        })
}

/// Finds the cue candidates outside quotations.
pub fn find(text: &str, tokens: &[Token], quoted: &[bool]) -> Vec<Cue> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        if t.kind != Kind::Word || quoted.get(i).copied().unwrap_or(false) {
            i += 1;
            continue;
        }
        let w = t.text(text);
        if let Some((lemma, class, form)) = verb(w).filter(|_| !inside_name(text, tokens, i)) {
            out.push(Cue { tokens: i..i + 1, span: t.span, lemma, class, form });
            i += 1;
            continue;
        }
        // Only these letters start a two-word cue ("according to", "shot
        // back", "fired back", "point out"); their first words are not verb
        // forms (tested below), so the lookup above never hides one.
        if !matches!(w.as_bytes().first().map(u8::to_ascii_lowercase), Some(b'a' | b's' | b'f' | b'p')) {
            i += 1;
            continue;
        }
        let next = tokens.get(i + 1).map(|n| n.text(text)).unwrap_or("");
        if w.eq_ignore_ascii_case("according") && next.eq_ignore_ascii_case("to") {
            out.push(Cue {
                tokens: i..i + 2,
                span: Span::new(t.span.start, tokens[i + 1].span.end),
                lemma: "according to",
                class: CueClass::According,
                form: Form::Base,
            });
            i += 2;
            continue;
        }
        // "shot back", "fired back": a retort.
        if (w.eq_ignore_ascii_case("shot") || w.eq_ignore_ascii_case("fired")) && next.eq_ignore_ascii_case("back") {
            let lemma = if w.eq_ignore_ascii_case("shot") { "shoot back" } else { "fire back" };
            out.push(Cue {
                tokens: i..i + 2,
                span: Span::new(t.span.start, tokens[i + 1].span.end),
                lemma,
                class: CueClass::Say,
                form: Form::Past,
            });
            i += 2;
            continue;
        }
        let point = if !w.as_bytes().first().is_some_and(|b| b.eq_ignore_ascii_case(&b'p')) {
            None
        } else if w.eq_ignore_ascii_case("pointed") {
            Some(Form::Past)
        } else if w.eq_ignore_ascii_case("points") {
            Some(Form::S)
        } else if w.eq_ignore_ascii_case("pointing") {
            Some(Form::Ing)
        } else if w.eq_ignore_ascii_case("point") {
            Some(Form::Base)
        } else {
            None
        };
        if let (Some(form), "out") = (point, next) {
            let span = Span::new(t.span.start, tokens[i + 1].span.end);
            out.push(Cue { tokens: i..i + 2, span, lemma: "point out", class: CueClass::Say, form });
            i += 2;
            continue;
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_word_cues_are_not_verb_forms() {
        for w in ["according", "shot", "fired", "point", "points", "pointed", "pointing"] {
            assert_eq!(verb(w), None, "{w}");
        }
    }

    #[test]
    fn lists_are_sorted() {
        for w in table::FORMS.keys().windows(2) {
            assert!(w[0] < w[1], "{} before {}", w[0], w[1]);
        }
        assert_eq!(table::FORMS.keys().len(), table::VALUES.len());
        assert_eq!(verb("Said"), Some(("say", CueClass::Say, Form::Past)));
        assert_eq!(verb("written"), Some(("write", CueClass::Say, Form::Participle)));
        assert_eq!(verb("accusing"), Some(("accuse", CueClass::Object, Form::Ing)));
        assert_eq!(verb("table"), None);
    }
}
