//! Proper names: runs of capitalised words, split into an optional role
//! ("US President") and the name ("Donald Trump"), with a first guess at what
//! they name (person, organisation, or unknown — often a place).
//!
//! No dictionary of the language is needed to tell a sentence-initial common
//! word from a name: a word the article also uses in lower case is a common
//! word; a word it also capitalises mid-sentence is a name.

use crate::wordset::{FastMap, FastMap as HashMap};
use std::ops::Range;

use crate::calendar::{month_from_name, weekday_from_name};
use crate::lexicon::{self, contains};
use crate::sentences::Sentence;
use crate::span::Span;
use crate::token::{Kind, Token};

/// What a name probably names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Guess {
    /// A person: a given name, a title, an honorific.
    Person,
    /// An organisation: an outlet, an acronym, an organisation word.
    Organization,
    /// Nothing tells (a surname alone, a place…).
    Unknown,
}

/// One proper name in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Name {
    /// The name itself, without title or honorific ("Donald Trump").
    pub span: Span,
    /// Its tokens.
    pub tokens: Range<usize>,
    /// Title or description written just before it ("US President",
    /// "Russian media"), if any.
    pub role: Option<Span>,
    /// An honorific precedes it (Mr., Mrs., Ms.).
    pub honorific: Option<Span>,
    /// A lowercase description written right before it ("Russian media",
    /// "former president", "IMF chief economist").
    pub description: Option<Span>,
    /// The description's head names an organisation ("media", "agency").
    pub org_description: bool,
    /// Best guess of its kind.
    pub guess: Guess,
    /// Sentence index.
    pub sentence: usize,
    /// It stands inside a quotation.
    pub quoted: bool,
    /// A possessive `’s` follows it.
    pub possessive: bool,
}

/// Per-document word facts used to tell names from sentence-initial words.
/// Only the words that need the facts are tracked: those at the start of a
/// sentence or quotation, and every capitalised word of a headline.
struct Vocabulary {
    /// Lowercase form of each tracked word → (seen in lower case, seen
    /// capitalised mid-sentence).
    facts: FastMap<String, (bool, bool)>,
}

fn shape(w: &str) -> Option<(usize, u32)> {
    let first = *w.as_bytes().first()?;
    let len = w.len();
    (len < 32).then(|| ((first.to_ascii_lowercase() & 63) as usize, 1u32 << len))
}

impl Vocabulary {
    fn new(text: &str, tokens: &[Token], sentences: &[Sentence], headlines: &[bool]) -> Vocabulary {
        let mut facts: FastMap<String, (bool, bool)> = FastMap::default();
        // (lowercase first byte mod 64, length) of the tracked words: most
        // words of a text are ruled out without hashing.
        let mut shapes = [0u32; 64];
        let mut track = |w: &str| {
            let lower = w.to_ascii_lowercase();
            if let Some((f, l)) = shape(&lower) {
                shapes[f] |= l;
            }
            facts.entry(lower).or_insert((false, false));
        };
        for (si, s) in sentences.iter().enumerate() {
            for i in s.tokens.clone() {
                let t = &tokens[i];
                if t.kind != Kind::Word || !t.is_upper() {
                    continue;
                }
                let w = t.text(text);
                // Words `run_end` turns away before asking ("The", "But", "May")
                // need no facts; tracking them would make every "the" a lookup.
                let initial = i == s.tokens.start || after_opening_quote(text, tokens, i) || headlines[si];
                if initial && (t.is_all_caps() || !contains(lexicon::NOT_NAMES, w)) {
                    track(w);
                }
            }
        }
        if facts.is_empty() {
            return Vocabulary { facts };
        }
        let possible = |w: &str| shape(w).is_some_and(|(f, l)| shapes[f] & l != 0);
        let mut starts = sentences.iter().map(|s| s.tokens.start).peekable();
        let mut buf = String::new();
        for (i, t) in tokens.iter().enumerate() {
            while starts.peek().is_some_and(|&s| s < i) {
                starts.next();
            }
            if t.kind != Kind::Word {
                continue;
            }
            let w = t.text(text);
            if !possible(w) {
                continue;
            }
            if !t.is_upper() {
                if let Some(f) = facts.get_mut(w) {
                    f.0 = true;
                }
            } else if starts.peek() != Some(&i) && !after_opening_quote(text, tokens, i) {
                buf.clear();
                buf.push_str(w);
                buf.make_ascii_lowercase();
                if let Some(f) = facts.get_mut(buf.as_str()) {
                    f.1 = true;
                }
            }
        }
        Vocabulary { facts }
    }

    fn get(&self, word: &str) -> (bool, bool) {
        // Lower-cased on the stack: this runs for most capitalised words.
        let mut buf = [0u8; 48];
        let key = match buf.get_mut(..word.len()) {
            Some(b) if word.bytes().any(|c| c.is_ascii_uppercase()) => {
                b.copy_from_slice(word.as_bytes());
                b.make_ascii_lowercase();
                std::str::from_utf8(b).unwrap_or(word)
            }
            Some(_) => word,
            None => return self.facts.get(word.to_ascii_lowercase().as_str()).copied().unwrap_or((false, false)),
        };
        self.facts.get(key).copied().unwrap_or((false, false))
    }

    /// The article uses `word` in lower case somewhere.
    fn seen_lower(&self, word: &str) -> bool {
        self.get(word).0
    }

    /// The article capitalises `word` mid-sentence somewhere.
    fn capitalized_inside(&self, word: &str) -> bool {
        self.get(word).1
    }
}

fn after_opening_quote(text: &str, tokens: &[Token], i: usize) -> bool {
    i > 0
        && tokens[i - 1].kind == Kind::Quote
        && (i < 2 || tokens[i - 1].space_before || {
            let p = tokens[i - 2].text(text);
            matches!(p, "." | "!" | "?" | ":")
        })
}

/// Is token `i` a capitalised word (or acronym) that may be part of a name?
#[inline]
fn capitalized(t: &Token) -> bool {
    // "Russian-occupied": a capitalised prefix of a lowercase compound; but
    // "Geun-hye" and "Jong-un" are names.
    t.kind == Kind::Word && t.is_upper() && !t.is_capitalized_prefix()
}

fn is_acronym(w: &str) -> bool {
    // Most words fail on their second byte.
    let b = w.as_bytes();
    if b.len() < 2 || b[1].is_ascii_lowercase() || b[0].is_ascii_lowercase() {
        return false;
    }
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && w.chars().all(|c| c.is_uppercase() || c == '.' || c == '&' || c.is_ascii_digit())
}

fn strip_dot(w: &str) -> &str {
    w.strip_suffix('.').unwrap_or(w)
}

/// Finds every proper name.
pub fn find(text: &str, tokens: &[Token], sentences: &[Sentence], quoted: &[bool]) -> Vec<Name> {
    let shouting = shouting(tokens);
    let headlines: Vec<bool> = sentences.iter().map(|s| is_headline(text, tokens, s, quoted, &shouting)).collect();
    let vocab = Vocabulary::new(text, tokens, sentences, &headlines);
    let mut out = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        let headline = headlines[si];
        let rc =
            RunCtx { end: s.tokens.end, sentence_start: s.tokens.start, vocab: &vocab, headline, shouting: &shouting };
        let mut i = s.tokens.start;
        while i < s.tokens.end {
            let Some(end) = run_end(text, tokens, i, &rc) else {
                i += 1;
                continue;
            };
            if let Some(name) = make_name(text, tokens, i..end, si, quoted) {
                out.push(name);
            }
            i = end.max(i + 1);
        }
    }
    let ends: HashMap<usize, usize> = out.iter().enumerate().map(|(i, n)| (n.tokens.end - 1, i)).collect();
    for n in &mut out {
        if n.honorific.is_some() {
            continue;
        }
        let first = n.role.map_or(n.tokens.start, |r| tokens.partition_point(|t| t.span.start < r.start));
        if let Some((d, org)) = description_before(text, tokens, first, &ends) {
            n.description = Some(d);
            n.org_description = org;
        }
    }
    out
}

/// Marks words in all-caps stretches of three words or more ("GREAT TALKS
/// WITH RUSSIA"): shouting, not acronyms.
fn shouting(tokens: &[Token]) -> Vec<bool> {
    let mut out = vec![false; tokens.len()];
    let mut run: Vec<usize> = Vec::new();
    let flush = |run: &mut Vec<usize>, out: &mut Vec<bool>| {
        if run.len() >= 3 {
            for &k in run.iter() {
                out[k] = true;
            }
        }
        run.clear();
    };
    for (i, t) in tokens.iter().enumerate() {
        match t.kind {
            Kind::Word if t.is_all_caps() || t.is_upper() && t.span.len() == 1 => run.push(i),
            Kind::Word | Kind::Number => flush(&mut run, &mut out),
            _ if t.breaks_before > 0 => flush(&mut run, &mut out),
            _ => {}
        }
    }
    flush(&mut run, &mut out);
    out
}

/// A sentence written in title case (a headline): most words capitalised.
fn is_headline(text: &str, tokens: &[Token], s: &Sentence, quoted: &[bool], shouting: &[bool]) -> bool {
    let (mut words, mut caps) = (0usize, 0usize);
    for k in s.tokens.clone() {
        let t = &tokens[k];
        if t.kind == Kind::Word && !quoted.get(k).copied().unwrap_or(false) && !shouting[k] {
            words += 1;
            caps += capitalized(t) as usize;
        }
    }
    if words < 4 || caps * 10 < words * 7 {
        return false;
    }
    // "Was", "Over", "Says": words a sentence would write in lower case tell
    // title case from a sentence full of names.
    (s.tokens.start + 1..s.tokens.end).any(|k| {
        let t = &tokens[k];
        t.kind == Kind::Word && !quoted.get(k).copied().unwrap_or(false) && capitalized(t) && {
            let w = t.text(text);
            contains(lexicon::NOT_NAMES, w) || crate::cues::verb(w).is_some()
        }
    })
}

/// If a name run starts at token `i`, the index one past its last token.
/// What `run_end` knows about the sentence it reads.
struct RunCtx<'v> {
    end: usize,
    sentence_start: usize,
    vocab: &'v Vocabulary,
    headline: bool,
    shouting: &'v [bool],
}

fn run_end(text: &str, tokens: &[Token], i: usize, rc: &RunCtx) -> Option<usize> {
    let RunCtx { end, sentence_start, vocab, headline, shouting } = *rc;
    let t = &tokens[i];
    if !capitalized(t) {
        return None;
    }
    let w = t.text(text);
    if shouting[i]
        || contains(lexicon::NOT_NAMES, w) && !is_acronym(w)
        || month_from_name(strip_dot(w)).is_some()
        || weekday_from_name(w).is_some()
    {
        return None;
    }
    if headline && headline_verb(text, tokens, i) {
        return None;
    }
    let initial = i == sentence_start || after_opening_quote(text, tokens, i);
    let mut j = i + 1;
    loop {
        if j >= end {
            break;
        }
        let n = &tokens[j];
        let nw = n.text(text);
        // "Sen." "Dr." "F." — a period glued to a title abbreviation or an initial.
        if nw == "." && !n.space_before {
            let prev = tokens[j - 1].text(text);
            let is_abbrev = (prev.chars().count() == 1 && prev.chars().all(char::is_uppercase))
                || contains(lexicon::TITLES, prev)
                || contains(lexicon::HONORIFICS, prev);
            if is_abbrev && tokens.get(j + 1).is_some_and(|x| j + 1 < end && capitalized(x)) {
                j += 1;
                continue;
            }
            break;
        }
        if capitalized(n) && n.space_before && !shouting[j] {
            if month_from_name(strip_dot(nw)).is_some() && tokens.get(j + 1).is_some_and(|x| x.kind == Kind::Number) {
                break;
            }
            // (Inside a name, "May" is a surname, not the modal: "Theresa
            // May", "Brian May"; a date has its day after it. Not in a
            // headline: "Trump May Not Have …".)
            let month = !headline && month_from_name(strip_dot(nw)).is_some();
            if contains(lexicon::NOT_NAMES, nw) && !is_acronym(nw) && !month {
                break;
            }
            if headline && headline_verb(text, tokens, j) {
                break;
            }
            j += 1;
            continue;
        }
        // Connectors inside organisation names and titles: "Bank of America",
        // "Secretary of State", "Procter & Gamble", "Charles de Gaulle".
        let connector = matches!(
            nw,
            "of" | "for" | "&" | "de" | "da" | "del" | "der" | "van" | "von" | "bin" | "al" | "la" | "le" | "du"
        );
        if connector && j + 1 < end && capitalized(&tokens[j + 1]) {
            let so_far = &tokens[i..j];
            let orgish = so_far.iter().any(|x| {
                let xw = x.text(text);
                contains(lexicon::ORG_WORDS, xw) || contains(lexicon::TITLES, xw)
            });
            if nw == "&" || orgish || !matches!(nw, "of" | "for") {
                j += 1;
                continue;
            }
        }
        break;
    }
    let len = j - i;
    if initial || headline {
        // A sentence-initial (or headline) word is a name only if the article
        // treats it as one elsewhere, or a capitalised word follows it.
        // (A given name before another capitalised word starts a name:
        // "Roger Stone: Don’t Trust …", "Ann Coulter Says …".)
        // In a headline, a run whose last word the article capitalises
        // elsewhere is a name too ("Rush Limbaugh: …" over a story that
        // says "Limbaugh").
        let last_known = || {
            (i..j).rev().find(|&k| tokens[k].kind == Kind::Word).is_some_and(|k| {
                let lw = tokens[k].text(text);
                vocab.capitalized_inside(lw) && !vocab.seen_lower(lw)
            })
        };
        let known = vocab.capitalized_inside(w) && !vocab.seen_lower(w)
            || len > 1 && contains(lexicon::GIVEN_NAMES, w) && !vocab.seen_lower(w)
            || len > 1 && headline && !vocab.seen_lower(w) && last_known()
            || len == 1 && !headline && !vocab.seen_lower(w) && described_speaker(text, tokens, j, end);
        if !known && (len == 1 || headline || vocab.seen_lower(w)) {
            if len > 1 && !headline {
                // Drop the first word, keep the rest of the run.
                return None;
            }
            if !headline || !known {
                return None;
            }
        }
    }
    Some(j)
}

/// "Sexton, a creative writing professor, said", "Quina, 25, says": a lone
/// word that opens a sentence is a name when one description set off by
/// commas (a speaker noun after "a"/"an", "who …", or an age) follows it,
/// and a verb of saying follows that (after "who …,", any verb: "Ruiz, who
/// runs the port, arrived"). A sentence adverb takes no such description
/// ("Meanwhile, the mayor said"). `j` is the token after the word.
fn described_speaker(text: &str, tokens: &[Token], j: usize, end: usize) -> bool {
    if j + 3 >= end || tokens[j].text(text) != "," {
        return false;
    }
    let opener = &tokens[j + 1];
    let age = opener.kind == Kind::Number;
    if !age && !matches!(opener.text(text), "a" | "an" | "who") {
        return false;
    }
    let limit = end.min(j + 18);
    let Some(close) = (j + 2..limit).find(|&k| tokens[k].kind != Kind::Word) else { return false };
    if tokens[close].text(text) != "," || age && close != j + 2 {
        return false;
    }
    let relative = opener.text(text) == "who";
    let person = age || relative || (j + 2..close).any(|k| lexicon::speaker_noun(tokens[k].text(text)).is_some());
    person
        && close + 1 < end
        && tokens[close + 1].kind == Kind::Word
        && !tokens[close + 1].is_upper()
        && (relative
            || crate::cues::verb(tokens[close + 1].text(text))
                .is_some_and(|(_, _, form)| matches!(form, crate::cues::Form::Past | crate::cues::Form::S)))
}

/// A headline capitalises its verb: "Carly Fiorina Endorses Ted Cruz",
/// "Chris Christie Calls Hillary Clinton …"; a verb form with words after
/// it ends a name there and starts none ("Christopher Rants, Kim Reem" is a
/// list of names).
fn headline_verb(text: &str, tokens: &[Token], j: usize) -> bool {
    crate::cues::verb(tokens[j].text(text))
        .is_some_and(|(_, _, form)| matches!(form, crate::cues::Form::S | crate::cues::Form::Past))
        && tokens.get(j + 1).is_some_and(|t| {
            matches!(t.kind, Kind::Word | Kind::Quote | Kind::Number) || matches!(t.text(text), "#" | "@" | "$")
        })
}

fn make_name(text: &str, tokens: &[Token], run: Range<usize>, sentence: usize, quoted: &[bool]) -> Option<Name> {
    // The run's word tokens, on the stack for the usual short run.
    let mut inline = [0usize; 12];
    let mut heap = Vec::new();
    let mut count = 0;
    for k in run.clone().filter(|&k| tokens[k].kind == Kind::Word) {
        if count < inline.len() {
            inline[count] = k;
        } else {
            if heap.is_empty() {
                heap.extend_from_slice(&inline);
            }
            heap.push(k);
        }
        count += 1;
    }
    let words: &[usize] = if heap.is_empty() { &inline[..count] } else { &heap };
    if words.is_empty() {
        return None;
    }
    // Split off a leading role: everything up to the last title word, if a
    // capitalised non-title word follows it.
    let mut split = None;
    let mut honorific = None;
    for (n, &k) in words.iter().enumerate() {
        let w = strip_dot(tokens[k].text(text));
        if n + 1 < words.len() && (contains(lexicon::TITLES, w) || contains(lexicon::HONORIFICS, w)) {
            split = Some(n);
        }
    }
    // "Justice Department", "Defense Ministry": a title word before a lone
    // organisation word names the organisation, not a person with a title.
    if split.is_some_and(|n| n + 2 == words.len())
        && words.last().is_some_and(|&k| contains(lexicon::ORG_WORDS, tokens[k].text(text)))
    {
        split = None;
    }
    let mut name_from = 0;
    let mut role = None;
    if let Some(n) = split {
        let mut n = n;
        // "Secretary of State Marco Rubio": the "of X" belongs to the title.
        while n + 3 < words.len() && tokens[words[n + 1]].text(text) == "of" {
            n += 2;
        }
        let last = words[n];
        let w = strip_dot(tokens[last].text(text));
        // The period after an abbreviated title belongs to it.
        let title_end = if tokens.get(last + 1).is_some_and(|t| t.text(text) == "." && !t.space_before) {
            tokens[last + 1].span.end
        } else {
            tokens[last].span.end
        };
        if contains(lexicon::HONORIFICS, w) {
            honorific = Some(Span::new(tokens[last].span.start, title_end));
            if n > 0 {
                role = Some(Span::new(tokens[words[0]].span.start, tokens[words[n - 1]].span.end));
            }
        } else {
            // "Israel's Prime Minister Benjamin Netanyahu": a possessor before the
            // title belongs to the role.
            let mut role_start = tokens[words[0]].span.start;
            let w0 = words[0];
            if w0 >= 2
                && matches!(tokens[w0 - 1].text(text), "’s" | "'s")
                && !tokens[w0 - 1].space_before
                && tokens[w0 - 2].is_upper()
                && tokens[w0 - 2].kind == Kind::Word
            {
                role_start = tokens[w0 - 2].span.start;
            }
            role = Some(Span::new(role_start, title_end));
        }
        name_from = n + 1;
    }
    let name_words = &words[name_from..];
    let first = *name_words.first()?;
    let last = *name_words.last()?;
    // A run of nationality adjectives alone is not a name ("Russian").
    if name_words.iter().all(|&k| contains(lexicon::DEMONYMS, tokens[k].text(text))) {
        return None;
    }
    let span = Span::new(tokens[first].span.start, tokens[last].span.end);
    let possessive = tokens.get(last + 1).is_some_and(|t| {
        let s = t.text(text);
        !t.space_before && (s == "’s" || s == "'s" || s == "’" || s == "'")
    });
    let guess = guess_kind(text, tokens, name_words, role.is_some(), honorific.is_some());
    Some(Name {
        span,
        tokens: first..last + 1,
        role,
        honorific,
        description: None,
        org_description: false,
        guess,
        sentence,
        quoted: quoted.get(first).copied().unwrap_or(false),
        possessive,
    })
}

fn guess_kind(text: &str, tokens: &[Token], words: &[usize], titled: bool, honorific: bool) -> Guess {
    let w = |k: usize| tokens[k].text(text);
    if words.iter().any(|&k| contains(lexicon::ORG_WORDS, w(k))) {
        return Guess::Organization;
    }
    let first = w(words[0]);
    // An acronym names an organisation ("CNN", "NATO"), but two capitals
    // alone are as often a state or a place ("DC", "NY").
    if contains(lexicon::OUTLETS, first) || words.len() == 1 && is_acronym(first) && first.len() > 2 {
        return Guess::Organization;
    }
    if titled || honorific || contains(lexicon::GIVEN_NAMES, first) {
        return Guess::Person;
    }
    Guess::Unknown
}

/// Lowercase modifiers that may precede a role head in a description
/// ("former press secretary", "state-run media").
fn is_modifier(w: &str) -> bool {
    crate::word_set!(
        MODS = [
            "acting", "chief", "deputy", "federal", "foreign", "former", "independent", "interim", "local", "national",
            "news", "opposition", "party", "press", "prime", "senior", "state", "state-owned", "state-run", "top",
            "veteran", "vice",
        ]
    );
    contains(MODS, w) || ["al", "ic", "ian", "ive", "ese", "ish"].iter().any(|s| w.len() > 4 && w.ends_with(s))
}

/// A description written right before a name: "Russian media RIA Novosti",
/// "former president Barack Obama". Returns its span and whether its head
/// names an organisation.
fn description_before(
    text: &str,
    tokens: &[Token],
    first: usize,
    names_end: &HashMap<usize, usize>,
) -> Option<(Span, bool)> {
    if first == 0 {
        return None;
    }
    let head = first - 1;
    let hw = tokens[head].text(text);
    if tokens[head].kind != Kind::Word
        || !hw.chars().next().is_some_and(char::is_lowercase)
        || !contains(lexicon::ROLE_HEADS, hw)
    {
        return None;
    }
    let mut start = head;
    while start > 0 && head - start < 4 {
        let p = start - 1;
        let pw = tokens[p].text(text);
        if tokens[p].kind != Kind::Word {
            break;
        }
        if names_end.contains_key(&p) {
            // "IMF chief economist", "Trump lawyer": a name as modifier.
            start = p;
            while start > 0
                && tokens[start - 1].kind == Kind::Word
                && tokens[start - 1].text(text).chars().next().is_some_and(char::is_uppercase)
                && !contains(lexicon::NOT_NAMES, tokens[start - 1].text(text))
            {
                start -= 1;
            }
            break;
        }
        // Lowercase words of the noun phrase: "Clinton campaign spokesman",
        // "retired Air Force general"; not a verb, preposition or determiner.
        let lower_ok = pw.chars().next().is_some_and(char::is_lowercase)
            && (is_modifier(pw)
                || contains(lexicon::ROLE_HEADS, pw)
                || !contains(lexicon::NOT_NAMES, pw) && crate::cues::verb(pw).is_none());
        let upper_ok = pw.chars().next().is_some_and(char::is_uppercase) && !contains(lexicon::NOT_NAMES, pw);
        if lower_ok || upper_ok {
            start = p;
            continue;
        }
        break;
    }
    let org = contains(lexicon::ORG_ROLE_HEADS, hw);
    Some((Span::new(tokens[start].span.start, tokens[head].span.end), org))
}

/// Marks the tokens inside double quotations.
pub fn quoted_tokens(tokens: &[Token], quotes: &[crate::quotes::Quote]) -> Vec<bool> {
    let mut out = vec![false; tokens.len()];
    for q in quotes.iter().filter(|q| !q.single) {
        let lo = tokens.partition_point(|t| t.span.start < q.inner.start);
        let hi = tokens.partition_point(|t| t.span.end <= q.inner.end);
        for flag in out.iter_mut().take(hi).skip(lo) {
            *flag = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{quotes, sentences, text, token};

    fn names(t: &str) -> Vec<String> {
        let toks = token::tokenize(t);
        let paras = text::paragraphs(t);
        let sents = sentences::split(t, &toks, &paras);
        let qs = quotes::find(t, &toks, &paras);
        let quoted = quoted_tokens(&toks, &qs);
        find(t, &toks, &sents, &quoted)
            .into_iter()
            .map(|n| {
                let mut s = n.span.of(t).to_string();
                if let Some(r) = n.role {
                    s = format!("[{}] {s}", r.of(t));
                }
                if n.honorific.is_some() {
                    s = format!("(hon) {s}");
                }
                format!("{s} {:?}{}", n.guess, if n.possessive { " 's" } else { "" })
            })
            .collect()
    }

    #[test]
    fn splits_roles_and_guesses_kinds() {
        assert_eq!(
            names(
                "On Thursday, US President Donald Trump met Russian Foreign Minister Sergei Lavrov in the East Room."
            ),
            [
                "[US President] Donald Trump Person",
                "[Russian Foreign Minister] Sergei Lavrov Person",
                "East Room Unknown"
            ]
        );
        assert_eq!(
            names("Dmitry Peskov, Putin’s press secretary, spoke. Peskov said Sen. Ted Cruz and Mr. Smith agreed."),
            [
                "Dmitry Peskov Person", "Putin Unknown 's", "Peskov Unknown", "[Sen.] Ted Cruz Person",
                "(hon) Smith Person"
            ]
        );
        assert_eq!(
            names(
                "The RIA Novosti update said the Bank of America and CNN agreed with Secretary of State Marco Rubio."
            ),
            [
                "RIA Novosti Organization",
                "Bank of America Organization",
                "CNN Organization",
                "[Secretary of State] Marco Rubio Person"
            ]
        );
        // Plural titles are titles too ("Sens" was a name of its own).
        assert_eq!(
            names("Sens. Jon Tester and David Vitter spoke with Reps. Ann Kuster and Peter King."),
            ["[Sens.] Jon Tester Person", "David Vitter Person", "[Reps.] Ann Kuster Person", "Peter King Person"]
        );
    }

    #[test]
    fn sentence_initial_words_are_names_only_when_the_text_says_so() {
        assert_eq!(
            names("Preparations began. The preparations were long. Lavrov spoke. Then Sergei Lavrov left."),
            ["Lavrov Unknown", "Sergei Lavrov Person"]
        );
        assert_eq!(names("“GREAT TALKS WITH RUSSIA AND UKRAINE,” he wrote."), Vec::<String>::new());
        assert_eq!(names("Russian-occupied land. Russian troops left."), Vec::<String>::new());
    }
}
