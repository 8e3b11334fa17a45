//! Entities: names merged into people and organisations, and every claim's
//! speaker reference resolved to one of them ("Lavrov", "he" and "Sergei
//! Lavrov" are one person; "the RIA Novosti update" and "the Russian update"
//! speak for RIA Novosti).

use crate::wordset::FastMap as HashMap;

use crate::attribution::{RawClaim, SpeakerRef};
use crate::lexicon::{self, contains};
use crate::names::{Guess, Name};
use crate::sentences::Sentence;
use crate::span::Span;
use crate::token::{Kind, Token};
use crate::{Claim, Entity, EntityKind};

struct Builder {
    name: Span,
    name_words: usize,
    guess: Guess,
    org_role: bool,
    roles: Vec<Span>,
    mentions: Vec<Span>,
    /// A plain text key for entities made from noun phrases ("officials").
    label: Option<String>,
    group: bool,
    /// An honorific used with a one-word name ("Ms." of "Ms. Okafor").
    honorific: Option<Span>,
    /// What pronoun agrees with the entity: -1 she, 1 he, 0 not known.
    gender: i8,
}

/// Gender evidence in some words: -1 female, 1 male, 0 none or mixed.
fn gender_of<'a>(words: impl Iterator<Item = &'a str>) -> i8 {
    let (mut f, mut m) = (false, false);
    for w in words {
        let w = w.trim_end_matches('.');
        f |= contains(lexicon::FEMALE_WORDS, w);
        m |= contains(lexicon::MALE_WORDS, w);
    }
    match (f, m) {
        (true, false) => -1,
        (false, true) => 1,
        _ => 0,
    }
}

fn last_word(s: &str) -> &str {
    s.rsplit(' ').next().unwrap_or(s)
}

/// Resolves speakers and builds the entity list.
pub fn resolve(
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    names: &[Name],
    raw: &[RawClaim],
) -> (Vec<Entity>, Vec<Claim>) {
    // 1. Merge names: a surname alone joins the person whose full name ends with it.
    let mut builders: Vec<Builder> = Vec::new();
    let mut entity_of_name = vec![usize::MAX; names.len()];
    let mut by_text: HashMap<&str, usize> = HashMap::default();
    let mut by_last: HashMap<&str, usize> = HashMap::default();
    // Full names first, so a surname mentioned before the full name still joins it.
    let mut order: Vec<usize> = (0..names.len()).collect();
    crate::sort::by_key(&mut order, |&i| (usize::MAX - names[i].tokens.len()) as u128);
    // Transcripts write names in capitals ("JAKE TAPPER:", "TAPPER:"): a
    // person's name or surname in capitals is that person (not an acronym,
    // and not a place of a dateline: only people are matched this way).
    // Keys: FNV of the lowercased text.
    let shouted = |t: &str| !t.bytes().any(|b| b.is_ascii_lowercase());
    let folded = |t: &str| crate::wordset::fnv_folded(t.as_bytes());
    let mut by_folded: HashMap<u64, usize> = HashMap::default();
    let mut by_folded_last: HashMap<u64, usize> = HashMap::default();
    let mut shouted_entities = false;
    for &i in &order {
        let n = &names[i];
        let t = n.span.of(text);
        let words = n.tokens.clone().filter(|&k| tokens[k].kind == Kind::Word).count();
        let caps = shouted(t);
        let mut guess = n.guess;
        let mut existing = by_text
            .get(t)
            .copied()
            .or_else(|| (words == 1 && n.guess != Guess::Organization).then(|| by_last.get(t).copied()).flatten());
        if existing.is_none() && (caps || shouted_entities && n.guess == Guess::Person) {
            let b = &builders;
            let same =
                |e: &usize| b[*e].name.of(text).eq_ignore_ascii_case(t) && (caps != shouted(b[*e].name.of(text)));
            let surname = |e: &usize| {
                let name = b[*e].name.of(text);
                last_word(name).eq_ignore_ascii_case(t) && (shouted(name) || b[*e].guess == Guess::Person)
            };
            existing = by_folded.get(&folded(t)).copied().filter(same).or_else(|| {
                (caps && words == 1).then(|| by_folded_last.get(&folded(t)).copied().filter(surname)).flatten()
            });
            if let Some(e) = existing {
                let b = &mut builders[e];
                guess = Guess::Person;
                b.guess = Guess::Person;
                if !caps && words >= b.name_words {
                    // The name as a sentence writes it.
                    b.name = n.span;
                    b.name_words = words;
                }
            }
        }
        let e = match existing {
            Some(e) => e,
            None => {
                builders.push(Builder {
                    name: n.span,
                    name_words: words,
                    guess: n.guess,
                    org_role: false,
                    roles: Vec::new(),
                    mentions: Vec::new(),
                    label: None,
                    group: false,
                    honorific: None,
                    gender: 0,
                });
                let e = builders.len() - 1;
                by_text.insert(t, e);
                if words > 1 && n.guess != Guess::Organization {
                    by_last.entry(last_word(t)).or_insert(e);
                }
                // People written normally; full names in capitals (people or
                // not: "JAKE TAPPER" guesses nothing).
                if n.guess == Guess::Person && !caps || caps && words > 1 {
                    by_folded.entry(folded(t)).or_insert(e);
                }
                if words > 1 && (n.guess == Guess::Person || caps) {
                    by_folded_last.entry(folded(last_word(t))).or_insert(e);
                }
                shouted_entities |= caps && words > 1;
                e
            }
        };
        entity_of_name[i] = e;
        let b = &mut builders[e];
        if guess != Guess::Unknown && b.guess == Guess::Unknown {
            b.guess = guess;
        }
        if let Some(r) = n.role {
            b.roles.push(r);
        }
        if b.honorific.is_none() && b.name_words == 1 {
            b.honorific = n.honorific;
        }
        if b.gender == 0 {
            let first = n.span.of(text).split(' ').next().unwrap_or("");
            let by_name = if contains(lexicon::FEMALE_NAMES, first) {
                -1
            } else if contains(lexicon::MALE_NAMES, first) {
                1
            } else {
                0
            };
            let described = [n.honorific, n.role, n.description].into_iter().flatten();
            let by_words = gender_of(described.flat_map(|sp| sp.of(text).split_whitespace()));
            b.gender = if by_words != 0 { by_words } else { by_name };
        }
        if let Some(d) = n.description {
            b.roles.push(d);
            b.org_role |= n.org_description;
        }
        b.mentions.push(n.span);
    }

    // 2. Resolve claims in text order.
    let mut order: Vec<usize> = (0..raw.len()).collect();
    crate::sort::by_key(&mut order, |&i| {
        crate::sort::pair(raw[i].sentence, raw[i].speaker_span.map_or(raw[i].content.start, |s| s.start))
    });
    let mut speaker_of: Vec<Option<usize>> = vec![None; raw.len()];
    let mut last_speaker: Option<usize> = None;
    let mut speakers_so_far: Vec<(usize, usize)> = Vec::new(); // (byte position, entity)
                                                               // Message nouns seen with a name: "the RIA Novosti update" makes "update" RIA Novosti's.
    let mut heads: HashMap<String, usize> = HashMap::default();
    // Entities made from noun phrases, by lowercase label.
    let mut labels: HashMap<String, usize> = HashMap::default();
    let subjects = subjects(names, &entity_of_name, sentences, tokens);
    // Every name outside quotes, for pronouns nothing else fits.
    let all_mentions: Vec<(usize, usize)> = names
        .iter()
        .enumerate()
        .filter(|(ni, n)| !n.quoted && entity_of_name[*ni] != usize::MAX)
        .map(|(ni, n)| (n.span.start, entity_of_name[ni]))
        .collect();
    // The phrase of each noun-phrase speaker, by its head token.
    let nominal_spans: HashMap<usize, Span> = raw
        .iter()
        .filter_map(|c| match (&c.speaker, c.speaker_span) {
            (SpeakerRef::Nominal { head, .. }, Some(s)) => Some((*head, s)),
            _ => None,
        })
        .collect();
    for &ci in &order {
        let c = &raw[ci];
        let pos = c.speaker_span.map_or(c.content.start, |s| s.start);
        let e = match &c.speaker {
            SpeakerRef::Name(ni) => entity_of_name.get(*ni).copied().filter(|&e| e != usize::MAX),
            SpeakerRef::Previous => last_speaker,
            SpeakerRef::Pronoun(t) => {
                let w = tokens[*t].text(text).to_ascii_lowercase();
                // "I", "we", "you" outside a quotation are the writer, the
                // outlet, the reader: nobody else named in the text.
                let found = if matches!(w.as_str(), "i" | "we" | "you") {
                    None
                } else {
                    resolve_pronoun(&w, pos, &builders, &subjects, &speakers_so_far, &all_mentions)
                };
                if let Some(e) = found {
                    // "she" said it: the entity is a woman from now on.
                    if builders[e].gender == 0 {
                        builders[e].gender = match w.as_str() {
                            "she" => -1,
                            "he" => 1,
                            _ => 0,
                        };
                    }
                }
                found.or_else(|| {
                    // Nobody to refer to (an excerpt that starts mid-story): the
                    // speaker stays as the text names it.
                    let span = tokens[*t].span;
                    Some(unresolved(&mut builders, &mut labels, span, text, &w))
                })
            }
            SpeakerRef::Nominal { head, name } => {
                let hw = tokens[*head].text(text).to_ascii_lowercase();
                // A claim that takes its speaker from another ("…, telling his
                // colleagues") has no phrase of its own: the other's phrase, or
                // at least the head word, names the speaker.
                // (Nor does a relative pronoun: "The mayor, who said" is named
                // by its head.)
                let relative = |s: &Span| lexicon::any_of(&["who", "which", "that"], s.of(text));
                let span = c
                    .speaker_span
                    .filter(|s| !relative(s))
                    .or_else(|| nominal_spans.get(head).copied().filter(|s| !relative(s)))
                    .unwrap_or_else(|| tokens.get(*head).map_or_else(Span::default, |t| t.span));
                let e = resolve_nominal(
                    text, &hw, *name, span, pos, &entity_of_name, &mut builders, &mut labels, &speakers_so_far, names,
                    &heads,
                );
                if let (Some(e), Some(_)) = (e, name) {
                    heads.insert(hw.clone(), e);
                }
                e
            }
        };
        if let Some(e) = e {
            speaker_of[ci] = Some(e);
            last_speaker = Some(e);
            speakers_so_far.push((pos, e));
            let b = &mut builders[e];
            if let Some(s) = c.speaker_span {
                // Pronouns, relative pronouns and noun phrases are mentions too
                // (names are already there; duplicates go at the end).
                b.mentions.push(s);
            }
            // "Alderline, the regional transport agency": a description headed by
            // an organisation noun makes the speaker an organisation.
            for r in &c.roles {
                // The head comes before any prepositional phrase: "chair of the
                // Cyclists’ Association" is headed by "chair".
                let head = r
                    .of(text)
                    .split_whitespace()
                    .take_while(|w| !lexicon::any_of(&["of", "for", "at", "in", "with", "to", "on", "from"], w))
                    .last()
                    .unwrap_or("");
                if contains(lexicon::ORG_ROLE_HEADS, head) || contains(lexicon::ORG_NOUNS, head) {
                    b.org_role = true;
                }
            }
            b.roles.extend(c.roles.iter().copied());
        }
    }

    // 3. Entities in order of first mention; claims point at them.
    let mut firsts: Vec<(usize, usize)> = builders
        .iter()
        .enumerate()
        .map(|(i, b)| (b.mentions.iter().map(|m| m.start).min().unwrap_or(usize::MAX), i))
        .collect();
    crate::sort::by_key(&mut firsts, |&(first, i)| crate::sort::pair(first, i));
    let mut new_index = vec![usize::MAX; builders.len()];
    let mut entities = Vec::new();
    let mut has_claim = vec![false; builders.len()];
    for e in speaker_of.iter().flatten() {
        has_claim[*e] = true;
    }
    for &(_, bi) in &firsts {
        let b = &mut builders[bi];
        let kind = if b.group {
            EntityKind::Group
        } else if b.org_role || b.guess == Guess::Organization {
            EntityKind::Organization
        } else if b.guess == Guess::Person
            || has_claim[bi]
            || b.name_words > 1 && b.roles.iter().any(|r| r.of(text).split(' ').any(|w| contains(lexicon::TITLES, w)))
        {
            EntityKind::Person
        } else {
            // Unknown and never quoted: most likely a place or a thing.
            continue;
        };
        if kind == EntityKind::Person && b.roles.is_empty() && b.guess == Guess::Unknown && !has_claim[bi] {
            continue;
        }
        new_index[bi] = entities.len();
        crate::sort::by_key(&mut b.mentions, |m| crate::sort::pair(m.start, m.end));
        b.mentions.dedup();
        let mut roles: Vec<String> = Vec::new();
        for r in &b.roles {
            let s = r.of(text).trim().to_string();
            if !s.is_empty() && !roles.contains(&s) {
                roles.push(s);
            }
        }
        let name = match (&b.label, b.honorific) {
            (Some(l), _) => l.clone(),
            // "Ms. Okafor" is the fullest form when no first name is ever used.
            (None, Some(h)) if b.name_words == 1 => format!("{} {}", h.of(text), b.name.of(text)),
            (None, _) => b.name.of(text).to_string(),
        };
        entities.push(Entity { name, kind, roles, mentions: b.mentions.clone() });
    }
    let claims = raw
        .iter()
        .enumerate()
        .filter_map(|(ci, c)| {
            let e = new_index.get(speaker_of[ci]?).copied().filter(|&e| e != usize::MAX)?;
            Some(Claim {
                speaker: e,
                kind: c.kind,
                speaker_mention: c.speaker_span,
                cue: c.cue,
                content: c.content,
                date: c.date,
            })
        })
        .collect();
    (entities, claims)
}

/// An entity for a pronoun with no antecedent, one per pronoun form.
fn unresolved(
    builders: &mut Vec<Builder>,
    labels: &mut HashMap<String, usize>,
    span: Span,
    text: &str,
    w: &str,
) -> usize {
    let label = span.of(text).to_string();
    if let Some(&e) = labels.get(&label.to_ascii_lowercase()) {
        return e;
    }
    labels.insert(label.to_ascii_lowercase(), builders.len());
    let person = matches!(w, "he" | "she");
    builders.push(Builder {
        name: span,
        name_words: 0,
        guess: if person { Guess::Person } else { Guess::Unknown },
        org_role: false,
        roles: Vec::new(),
        mentions: Vec::new(),
        label: Some(label),
        group: !person,
        honorific: None,
        gender: 0,
    });
    builders.len() - 1
}

/// How far back a pronoun or a nominal looks for its antecedent (mentions).
const LOOKBACK: usize = 200;

/// Names that open their sentence (outside quotes): likely subjects, the
/// antecedents pronouns prefer. One per sentence, in text order.
fn subjects(names: &[Name], entity_of_name: &[usize], sentences: &[Sentence], tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut done_sentence = usize::MAX;
    for (ni, n) in names.iter().enumerate() {
        if n.quoted || n.sentence == done_sentence {
            continue;
        }
        // The first name of its sentence outside quotes, near its start.
        done_sentence = n.sentence;
        if n.possessive {
            continue;
        }
        let s = &sentences[n.sentence];
        let near_start = n.tokens.start <= s.tokens.start + 6
            || tokens.get(n.tokens.start.wrapping_sub(1)).is_some_and(|t| t.kind == Kind::Quote);
        let e = entity_of_name[ni];
        if near_start && e != usize::MAX {
            out.push((n.span.start, e));
        }
    }
    out
}

/// he/she: the latest person who spoke or was a sentence's subject before;
/// they/it: the latest organisation or group that spoke.
fn resolve_pronoun(
    w: &str,
    pos: usize,
    builders: &[Builder],
    subjects: &[(usize, usize)],
    speakers: &[(usize, usize)],
    mentions: &[(usize, usize)],
) -> Option<usize> {
    let person = matches!(w, "he" | "she" | "him" | "her");
    let wanted: i8 = match w {
        "she" | "her" => -1,
        "he" | "him" => 1,
        _ => 0,
    };
    let fits = |e: usize| {
        let b = &builders[e];
        let is_person = !b.group && !b.org_role && b.guess != Guess::Organization;
        if person {
            is_person && (b.gender == 0 || b.gender == wanted)
        } else {
            !is_person || w == "they" && b.group
        }
    };
    let latest = |list: &[(usize, usize)]| {
        let end = list.partition_point(|&(p, _)| p < pos);
        list[..end].iter().rev().take(LOOKBACK).find(|&&(_, e)| fits(e)).copied()
    };
    match (latest(speakers), latest(subjects)) {
        (Some(a), Some(b)) => Some(if a.0 >= b.0 { a.1 } else { b.1 }),
        (None, None) => latest(mentions).map(|(_, e)| e),
        (a, b) => a.or(b).map(|(_, e)| e),
    }
}

/// "the RIA Novosti update" → RIA Novosti; "the Russian update" → the last
/// organisation that spoke; "the president" → the last person titled
/// President; "officials" → a group of its own.
#[allow(clippy::too_many_arguments)]
fn resolve_nominal(
    text: &str,
    head: &str,
    name: Option<usize>,
    span: Span,
    pos: usize,
    entity_of_name: &[usize],
    builders: &mut Vec<Builder>,
    labels: &mut HashMap<String, usize>,
    speakers: &[(usize, usize)],
    names: &[Name],
    heads: &HashMap<String, usize>,
) -> Option<usize> {
    let document = contains(lexicon::DOCUMENT_NOUNS, head);
    if let Some(ni) = name {
        let e = entity_of_name.get(ni).copied().filter(|&e| e != usize::MAX)?;
        if document {
            return Some(e);
        }
    }
    // Messages speak for whoever last spoke among organisations; polls,
    // studies and plans speak for themselves.
    crate::word_set!(
        MESSAGES = [
            "article", "brief", "editorial", "email", "filing", "letter", "memo", "message", "post", "release",
            "report", "reports", "statement", "story", "transcript", "tweet", "update",
        ]
    );
    if contains(MESSAGES, head) && name.is_none() {
        // The organisation whose message it was called before ("the RIA Novosti
        // update" … "the Russian update"), else one whose description shares a
        // word with the phrase ("Russian media"), else the last that spoke.
        if let Some(&e) = heads.get(head) {
            return Some(e);
        }
        let is_org = |e: usize| builders[e].org_role || builders[e].guess == Guess::Organization;
        let modifiers: Vec<String> = span
            .of(text)
            .split_whitespace()
            .map(|w| w.to_ascii_lowercase())
            .filter(|w| w != head && !lexicon::any_of(&["a", "an", "the", "this", "that"], w))
            .collect();
        let shares = |e: usize| {
            builders[e]
                .roles
                .iter()
                .any(|r| r.of(text).split_whitespace().any(|w| modifiers.contains(&w.to_ascii_lowercase())))
        };
        let before = speakers.partition_point(|&(p, _)| p < pos);
        let earlier = || speakers[..before].iter().rev().take(LOOKBACK).filter(|&&(_, e)| is_org(e));
        if let Some(&(_, e)) = earlier().find(|&&(_, e)| shares(e)).or_else(|| earlier().next()) {
            return Some(e);
        }
    }
    if name.is_none() && contains(lexicon::TITLES, head) {
        // "the president", "the senator": the last titled person.
        let before = names.partition_point(|n| n.span.start < pos);
        let found = names[..before].iter().enumerate().rev().take(LOOKBACK).find(|(_, n)| {
            n.role.is_some_and(|r| r.of(text).to_ascii_lowercase().split(' ').any(|w| w.trim_end_matches('.') == head))
        });
        if let Some((ni, _)) = found {
            let e = entity_of_name[ni];
            if e != usize::MAX {
                return Some(e);
            }
        }
    }
    // A group or organisation of its own, keyed by its words without the determiner.
    let phrase = span.of(text);
    let mut words = phrase.split_whitespace().peekable();
    if words
        .peek()
        .is_some_and(|w| lexicon::any_of(&["a", "an", "another", "the", "this", "that", "these", "those"], w))
    {
        words.next();
    }
    let mut label: String = words.collect::<Vec<_>>().join(" ");
    if label.is_empty() {
        // "Another said …": the determiner is the whole phrase.
        label = phrase.trim().to_string();
    }
    let key = label.to_ascii_lowercase();
    let person_like = lexicon::speaker_noun(head).unwrap_or(true);
    if let Some(&e) = labels.get(&key) {
        return Some(e);
    }
    labels.insert(key, builders.len());
    builders.push(Builder {
        name: span,
        name_words: 0,
        guess: if person_like { Guess::Unknown } else { Guess::Organization },
        org_role: !person_like,
        roles: Vec::new(),
        mentions: Vec::new(),
        label: Some(label),
        group: person_like,
        honorific: None,
        gender: 0,
    });
    Some(builders.len() - 1)
}
