//! Claims: who said what. For each reporting cue, finds the speaker (before
//! or after it) and the content (a quotation next to it, the clause after it,
//! or the clause before it), then carries speakers over to quotations that
//! continue them. Speakers are found here as references (a name, a pronoun, a
//! noun phrase); `entities.rs` turns references into entities.

use crate::wordset::FastMap as HashMap;

use crate::cues::{Cue, CueClass, Form};
use crate::lexicon::{self, contains};
use crate::names::Name;
use crate::quotes::Quote;
use crate::sentences::Sentence;
use crate::span::Span;
use crate::timex::{Timex, TimexKind};
use crate::token::{Kind, Token};
use crate::ClaimKind;

/// How the text refers to a speaker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SpeakerRef {
    /// A proper name (index into the names).
    Name(usize),
    /// A pronoun ("he", "they"), by token index.
    Pronoun(usize),
    /// A noun phrase ("officials", "the RIA Novosti update"): its head token,
    /// and a proper name inside it, if any.
    Nominal {
        /// The head noun's token.
        head: usize,
        /// A name inside the phrase ("RIA Novosti" in "the RIA Novosti update").
        name: Option<usize>,
    },
    /// The same speaker as the previous claim (a continued quotation).
    Previous,
}

/// A claim with its speaker not yet resolved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawClaim {
    /// Who, as referred to.
    pub speaker: SpeakerRef,
    /// The span naming the speaker in the claim's sentence.
    pub speaker_span: Option<Span>,
    /// Descriptions of the speaker in apposition ("Putin’s press secretary").
    pub roles: Vec<Span>,
    /// The cue.
    pub cue: Option<Span>,
    /// The content.
    pub content: Span,
    /// Direct, mixed or indirect.
    pub kind: ClaimKind,
    /// Sentence index.
    pub sentence: usize,
    /// Index of the date it was said, if the sentence says.
    pub date: Option<usize>,
}

struct Ctx<'a> {
    text: &'a str,
    tokens: &'a [Token],
    sentences: &'a [Sentence],
    quotes: &'a [Quote],
    quoted: &'a [bool],
    names: &'a [Name],
    name_by_end: HashMap<usize, usize>,
    name_by_start: HashMap<usize, usize>,
    /// For each token, the timex covering it.
    timex_at: Vec<Option<usize>>,
    dates: &'a [Timex],
    captions: Vec<bool>,
    /// Double quotations by opening and by closing token.
    quote_by_open: HashMap<usize, usize>,
    quote_by_close: HashMap<usize, usize>,
    /// Double quotations sorted by start (they never overlap one another).
    doubles: Vec<usize>,
    /// First token of each paragraph.
    paragraph_first: Vec<usize>,
    /// Names by the first token of their title ("US President Donald Trump").
    name_by_role_start: HashMap<usize, usize>,
    /// Tokens that open or close a quotation.
    quote_marks: crate::wordset::FastSet<usize>,
    /// Word classes of each token, looked up once when first asked for.
    classes: Vec<std::cell::Cell<u32>>,
    /// The last words (FNV of the lowercased text) of people's full names,
    /// gathered when first asked for.
    surnames: std::cell::OnceCell<crate::wordset::FastSet<u64>>,
    /// The words of one-word names ("Limbaugh"), gathered on first use.
    lone_names: std::cell::OnceCell<crate::wordset::FastSet<u64>>,
}

/// Word classes cached per token (see `Ctx::has`).
const C_VERB: u16 = 2;
const C_BE: u16 = 4;
const C_BETWEEN: u16 = 8;
const C_PRONOUN: u16 = 16;
const C_DET: u16 = 32;
const C_NP_STOP: u16 = 64;
const C_NOT_NAME: u16 = 128;

crate::word_set!(
    /// Words that may stand between a speaker and the cue ("Peskov also said").
    BETWEEN = [
    "again", "already", "also", "earlier", "even", "first", "further", "had", "has", "have", "in", "just", "later",
    "long", "never", "not", "now", "often", "once", "only", "previously", "recently", "repeatedly", "reportedly",
    "separately", "since", "still", "subsequently", "then", "will", "would", "could", "can", "did", "does", "do",
    "should", "might", "may", "must", "n't",
]
);

crate::word_set!(
    /// Cues that report only quoted words, before or right after them ("“Q,”
    /// the letter reads", "“Q!” beamed Hartley"): with anything else they
    /// are not attributions ("he read the report", "she remembered the day").
    QUOTE_ONLY = ["read", "remember", "beam", "boom", "cry"]
);

crate::word_set!(BE = ["am", "are", "be", "been", "being", "is", "was", "were"]);

crate::word_set!(PRONOUNS = ["he", "i", "it", "she", "they", "we", "who", "you"]);

crate::word_set!(
    DETERMINERS = [
        "a", "all", "an", "another", "both", "each", "every", "few", "her", "his", "its", "many", "most", "my", "no",
        "one", "other", "our", "several", "some", "that", "the", "their", "these", "this", "those", "two", "three",
        "four", "five", "your",
    ]
);

crate::word_set!(
    /// Prepositions and verbs that end a noun phrase when read right to left.
    NP_STOP = [
    "about", "after", "against", "and", "as", "at", "because", "before", "but", "by", "during", "for", "from", "if",
    "in", "into", "of", "on", "or", "over", "since", "than", "that", "to", "under", "when", "where", "which", "while",
    "who", "with", "without",
]
);

impl<'a> Ctx<'a> {
    fn w(&self, i: usize) -> &'a str {
        self.tokens.get(i).map(|t| t.text(self.text)).unwrap_or("")
    }

    fn is(&self, i: usize, list: crate::wordset::WordSet) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == Kind::Word) && list.contains(self.w(i))
    }

    fn is_any(&self, i: usize, words: &[&str]) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == Kind::Word) && lexicon::any_of(words, self.w(i))
    }

    /// An apostrophe that makes a word ending in "s" possessive ("Rivas'
    /// office"), not a quote mark.
    fn bare_possessive(&self, i: usize) -> bool {
        i > 0
            && matches!(self.w(i), "'" | "’")
            && !self.tokens[i].space_before
            && !self.is_quote_mark(i)
            && self.tokens[i - 1].kind == Kind::Word
            && self.w(i - 1).ends_with(['s', 'S'])
            && self.tokens.get(i + 1).is_some_and(|t| t.kind == Kind::Word && t.space_before)
    }

    fn is_word_or_number(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| matches!(t.kind, Kind::Word | Kind::Number))
    }

    /// A dash that sets off a phrase as commas do ("—", "–", "--").
    fn dash(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == Kind::Punct && crate::text::is_dash(t.text(self.text)))
    }

    fn punct(&self, i: usize, p: &str) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind != Kind::Word && t.text(self.text) == p)
    }

    /// A quote mark that opens or closes a quotation (not an apostrophe).
    fn is_quote_mark(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == Kind::Quote) && self.quote_marks.contains(&i)
    }

    fn span(&self, from: usize, to: usize) -> Span {
        // Tokens from..to (exclusive), as a byte span.
        if from >= to || to > self.tokens.len() {
            return Span::default();
        }
        Span::new(self.tokens[from].span.start, self.tokens[to - 1].span.end)
    }

    /// The quotation whose closing mark is token `i`.
    fn quote_closed_at(&self, i: usize) -> Option<usize> {
        self.quote_by_close.get(&i).copied()
    }

    /// Double quotations overlapping `span`, in order.
    fn doubles_overlapping(&self, span: Span) -> impl Iterator<Item = &'a Quote> + '_ {
        // Quotations ending after span.start, from the first such one on.
        let first = self.doubles.partition_point(|&qi| self.quotes[qi].span.end <= span.start);
        self.doubles[first..].iter().map(|&qi| &self.quotes[qi]).take_while(move |q| q.span.start < span.end)
    }

    /// The quotation whose opening mark is token `i`.
    fn quote_opened_at(&self, i: usize) -> Option<usize> {
        self.quote_by_open.get(&i).copied()
    }

    fn is_adverb(&self, i: usize) -> bool {
        let t = match self.tokens.get(i) {
            Some(t) if t.kind == Kind::Word => t,
            _ => return false,
        };
        let w = t.text(self.text);
        // (Not the last word of a name: "Theresa May said".)
        self.has(i, C_BETWEEN) && !(t.is_upper() && self.name_by_end.contains_key(&i))
            || (w.len() > 4 && w.ends_with("ly") && !t.is_upper())
    }

    /// Whether token `i` is a word of any class in `c` (`C_VERB`, `C_BE`, …);
    /// each class of each token is looked up once, when first asked for.
    fn has(&self, i: usize, c: u16) -> bool {
        let Some(t) = self.tokens.get(i) else { return false };
        if t.kind != Kind::Word {
            return false;
        }
        let Some(cell) = self.classes.get(i) else { return false };
        let mut slot = cell.get();
        // Low 16 bits: the classes found; high 16 bits: the classes looked up.
        let unknown = c & !((slot >> 16) as u16);
        if unknown != 0 {
            let w = t.text(self.text);
            let mut found = 0u16;
            let mut bit = 1u16;
            while bit != 0 {
                if unknown & bit != 0 {
                    let member = match bit {
                        // "all five states", "the many reasons": nouns.
                        C_VERB => {
                            crate::cues::verb(w).is_some_and(|(_, _, form)| {
                                !(form == Form::S && i > 0 && plural_noun_position(self, i - 1))
                            }) && !document_participle(self, i)
                        }
                        C_BE => BE.contains(w),
                        C_BETWEEN => BETWEEN.contains(w),
                        C_PRONOUN => PRONOUNS.contains(w),
                        C_DET => DETERMINERS.contains(w),
                        C_NP_STOP => NP_STOP.contains(w),
                        C_NOT_NAME => lexicon::NOT_NAMES.contains(w),
                        _ => false,
                    };
                    if member {
                        found |= bit;
                    }
                }
                bit <<= 1;
            }
            slot |= ((unknown as u32) << 16) | found as u32;
            cell.set(slot);
        }
        (slot as u16) & c != 0
    }
}

/// Finds the claims of the text.
#[allow(clippy::too_many_arguments)]
pub fn find(
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    paragraphs: &[Span],
    quotes: &[Quote],
    quoted: &[bool],
    names: &[Name],
    dates: &[Timex],
    cues: &[Cue],
) -> Vec<RawClaim> {
    let mut timex_at = vec![None; tokens.len()];
    for (di, d) in dates.iter().enumerate() {
        let lo = tokens.partition_point(|t| t.span.start < d.span.start);
        let hi = tokens.partition_point(|t| t.span.end <= d.span.end);
        for slot in timex_at.iter_mut().take(hi).skip(lo) {
            *slot = Some(di);
        }
    }
    let captions = captions(text, tokens, paragraphs);
    let mut doubles: Vec<usize> = (0..quotes.len()).filter(|&i| !quotes[i].single).collect();
    crate::sort::by_key(&mut doubles, |&i| quotes[i].span.start as u128);
    let mut paragraph_first = vec![usize::MAX; paragraphs.len()];
    for s in sentences.iter().rev() {
        if let Some(slot) = paragraph_first.get_mut(s.paragraph) {
            *slot = s.tokens.start;
        }
    }
    let ctx = Ctx {
        classes: vec![std::cell::Cell::new(0); tokens.len()],
        surnames: std::cell::OnceCell::new(),
        lone_names: std::cell::OnceCell::new(),
        quote_marks: quotes.iter().flat_map(|q| [q.open_token, q.close_token]).flatten().collect(),
        quote_by_open: doubles.iter().filter_map(|&i| quotes[i].open_token.map(|t| (t, i))).collect(),
        quote_by_close: doubles.iter().filter_map(|&i| quotes[i].close_token.map(|t| (t, i))).collect(),
        doubles,
        paragraph_first,
        name_by_role_start: names
            .iter()
            .enumerate()
            .filter_map(|(i, n)| n.role.map(|r| (tokens.partition_point(|t| t.span.start < r.start), i)))
            .collect(),
        text,
        tokens,
        sentences,
        quotes,
        quoted,
        names,
        name_by_end: names.iter().enumerate().map(|(i, n)| (n.tokens.end - 1, i)).collect(),
        name_by_start: names.iter().enumerate().map(|(i, n)| (n.tokens.start, i)).collect(),
        timex_at,
        dates,
        captions,
    };
    let mut out: Vec<RawClaim> = Vec::new();
    let mut c = 0;
    // Sentences before this one belong to a turn already attributed ("TAPPER: …").
    let mut turn_end = 0;
    for (si, s) in sentences.iter().enumerate() {
        let first_claim = out.len();
        if si < turn_end {
            continue;
        }
        if let Some((claim, last)) = label_attribution(&ctx, si) {
            out.push(claim);
            turn_end = last + 1;
            continue;
        }
        if !ctx.captions.get(s.paragraph).copied().unwrap_or(false) {
            while c < cues.len() && cues[c].tokens.start < s.tokens.start {
                c += 1;
            }
            let mut k = c;
            while k < cues.len() && cues[k].tokens.end <= s.tokens.end {
                if let Some(claims) = attribute(&ctx, si, &cues[k], &out[first_claim..]) {
                    // "Smith and Jones said": each of them said it.
                    for (r, sp) in claims.first().map(|c| co_speakers(&ctx, s, c)).unwrap_or_default() {
                        out.extend(claims.iter().map(|c| RawClaim {
                            speaker: r.clone(),
                            speaker_span: Some(sp),
                            roles: Vec::new(),
                            ..c.clone()
                        }));
                    }
                    out.extend(claims);
                }
                k += 1;
            }
        }
        if out.len() == first_claim {
            if let Some(claim) = dash_attribution(&ctx, si)
                .or_else(|| colon_attribution(&ctx, si))
                .or_else(|| colon_quote_attribution(&ctx, si))
            {
                out.push(claim);
            } else if let Some(claim) = continuation(&ctx, si, &out) {
                out.push(claim);
            }
        }
        // Cut contents that run into a later attribution in the same sentence
        // ("Trump said X, Forbes reported.").
        trim_overlaps(&ctx, &mut out[first_claim..]);
    }
    carry_over_multi_paragraph_quotes(&ctx, &mut out);
    // Defence in depth: a claim always has content, and its spans run forwards.
    out.retain(|c| {
        c.content.start < c.content.end
            && [c.cue, c.speaker_span].into_iter().flatten().all(|s| s.start <= s.end && s.end <= text.len())
            && c.content.end <= text.len()
    });
    for claim in &mut out {
        // "said that, if its claims are true, …": the comma after "that"
        // is not part of what was said.
        if text.as_bytes().get(claim.content.start) == Some(&b',') {
            let rest = &text[claim.content.start + 1..claim.content.end];
            let start = claim.content.end - rest.trim_start().len();
            if start < claim.content.end {
                claim.content.start = start;
            }
        }
        claim.kind = kind_of(&ctx, claim.content);
    }
    crate::sort::by_key(&mut out, |c| crate::sort::pair(c.content.start, c.content.end));
    out
}

/// The other speakers of a coordinated subject ("Smith and Jones said",
/// "the mayor and the governor said", "Clinton, Sanders, and O'Malley
/// said"), from left to right, when the list opens its clause. The claim's
/// own speaker is the last of the list.
fn co_speakers(ctx: &Ctx, s: &Sentence, claim: &RawClaim) -> Vec<(SpeakerRef, Span)> {
    let floor = s.tokens.start;
    let (Some(sp), Some(cue)) = (claim.speaker_span, claim.cue) else { return Vec::new() };
    if !matches!(claim.speaker, SpeakerRef::Name(_) | SpeakerRef::Nominal { .. }) || sp.end > cue.start {
        return Vec::new();
    }
    let mut a = attribution_start(ctx, &claim.speaker, sp);
    if !(a > floor + 1 && ctx.is_any(a - 1, &["and"])) {
        return Vec::new();
    }
    // "X, Y, and Z" (a serial comma) needs two before the last.
    let serial = ctx.punct(a - 2, ",");
    let mut end = if serial { a - 2 } else { a - 1 };
    let mut found = Vec::new();
    while found.len() < 6 {
        let Some((r, span)) = np_ending_at(ctx, end, floor) else { break };
        if matches!(r, SpeakerRef::Pronoun(_)) {
            break;
        }
        a = attribution_start(ctx, &r, span);
        // Not a phrase opened by an adverb or a conjunction ("Though media
        // reports and …", "particularly among …"); and a phrase with a
        // preposition before a name joins the preposition's objects ("voters
        // in Alabama and Georgia", "Department of Health and Human
        // Services").
        let opener_ok = !ctx.is_adverb(a) && (!ctx.has(a, C_NP_STOP | C_NOT_NAME) || ctx.has(a, C_DET));
        let joins_objects = matches!(claim.speaker, SpeakerRef::Name(_))
            && (a..end).any(|j| ctx.is_any(j, &["of", "for", "in", "at", "from", "among", "with"]));
        if !opener_ok || joins_objects {
            return Vec::new();
        }
        found.push((r, span));
        if a > floor + 1 && ctx.punct(a - 1, ",") && np_ending_at(ctx, a - 1, floor).is_some() {
            end = a - 1;
            continue;
        }
        break;
    }
    let opens = a <= floor
        || ctx.punct(a - 1, ",")
        || ctx.dash(a - 1)
        || ctx.is_any(a - 1, &["but", "yet", "so", "while", "although", "because", "since", "that"]);
    if found.is_empty() || !opens || serial && found.len() < 2 {
        return Vec::new();
    }
    found.reverse();
    found
}

/// Which paragraphs are photo captions or credits: only those with a word
/// every credit has ("Photo…", "Getty") are read in full.
fn captions(text: &str, tokens: &[Token], paragraphs: &[Span]) -> Vec<bool> {
    let mut out = vec![false; paragraphs.len()];
    let mut p = 0;
    for t in tokens {
        let w = t.text(text).as_bytes();
        if t.kind != Kind::Word || !(w.starts_with(b"Photo") || w.starts_with(b"Getty")) {
            continue;
        }
        while p < paragraphs.len() && paragraphs[p].end < t.span.end {
            p += 1;
        }
        match paragraphs.get(p) {
            Some(para) if para.start <= t.span.start && !out[p] => out[p] = is_caption(para.of(text)),
            Some(_) => {}
            None => break,
        }
    }
    out
}

/// Photo captions and credits are not claims.
fn is_caption(p: &str) -> bool {
    // One scan for the words every credit has, then the exact forms.
    let Some(at) = p.find("Photo").or_else(|| p.find("Getty")) else { return false };
    let mut from = at.saturating_sub(4);
    while !p.is_char_boundary(from) {
        from += 1;
    }
    let rest = &p[from..];
    ["(Photo", "Photo by", "Photo:", "Getty Images", "(AP Photo", "Photograph:"].iter().any(|n| rest.contains(n))
        || p.contains("Getty Images")
}

/// The speaker noun phrase that ends at token `end - 1`, reading leftwards
/// from `end` but not before `floor`.
fn np_ending_at(ctx: &Ctx, end: usize, floor: usize) -> Option<(SpeakerRef, Span)> {
    let end = skip_parenthesis_back(ctx, end, floor);
    if end == 0 || end <= floor {
        return None;
    }
    let t = end - 1;
    if ctx.quoted.get(t).copied().unwrap_or(false) {
        return None;
    }
    let w = ctx.w(t);
    if ctx.has(t, C_PRONOUN) && !w.eq_ignore_ascii_case("i") {
        return Some((SpeakerRef::Pronoun(t), ctx.tokens[t].span));
    }
    if let Some(&ni) = ctx.name_by_end.get(&t) {
        let n = &ctx.names[ni];
        if n.tokens.start >= floor {
            // "Mr. Morgan of the Sierra Club", "a spokesman for the ministry": the
            // person before the preposition speaks.
            let mut p = n.tokens.start;
            // "voters in Maine and Vermont": coordinated names after a
            // preposition are its objects.
            if p > floor + 1 && ctx.is_any(p - 1, &["and", "or"]) && n.guess != crate::names::Guess::Person {
                if let Some(&m) = ctx.name_by_end.get(&(p - 2)) {
                    let q = ctx.names[m].tokens.start;
                    if q > floor + 1 && ctx.is_any(q - 1, &["of", "for", "at", "from", "in"]) {
                        p = q;
                    }
                }
            }
            if p > floor && ctx.w(p - 1).eq_ignore_ascii_case("the") {
                p -= 1;
            }
            if p > floor + 1 && ctx.is_any(p - 1, &["of", "for", "at", "from"]) {
                if let Some((r, sp)) = np_ending_at(ctx, p - 1, floor) {
                    if !matches!(r, SpeakerRef::Pronoun(_)) {
                        return Some((r, sp));
                    }
                }
            }
            if let Some(np) = postmodified_head(ctx, p, t + 1, floor) {
                return Some(np);
            }
            let start = n.honorific.map_or(n.span.start, |h| h.start);
            return Some((SpeakerRef::Name(ni), Span::new(start, n.span.end)));
        }
    }
    if let Some((r, sp)) = nominal_ending_at(ctx, t, floor) {
        let first = ctx.tokens.partition_point(|tk| tk.span.start < sp.start);
        return postmodified_head(ctx, first, t + 1, floor).or(Some((r, sp)));
    }
    None
}

/// "aides to Ines Marchetti", "people close to the mayor's office", "farmers
/// in Dunmore", "the head of the agency": when the phrase from token `first`
/// to `end` is the object of a preposition after a speaker noun, the noun
/// speaks. Returns it with the span of the whole phrase.
fn postmodified_head(ctx: &Ctx, first: usize, end: usize, floor: usize) -> Option<(SpeakerRef, Span)> {
    if first < floor + 2 {
        return None;
    }
    let mut before = first - 1;
    // "a statement posted on the website": a participle and its preposition.
    let participle = |j: usize| {
        j > floor && ctx.tokens[j].kind == Kind::Word && !ctx.tokens[j].is_upper() && ctx.w(j).ends_with("ed")
    };
    if ctx.is_any(before, &["on", "by"]) && participle(before - 1) {
        before -= 1;
    } else if !ctx.is(before, POSTMODIFIER_PREPOSITIONS) {
        return None;
    } else if ctx.is_any(before, &["to", "with"]) && ctx.is(before - 1, CLOSE_TO) || participle(before - 1) {
        before -= 1;
    }
    if before <= floor {
        return None;
    }
    let (r, sp) = nominal_ending_at(ctx, before.checked_sub(1)?, floor)?;
    Some((r, Span::new(sp.start, ctx.tokens[end - 1].span.end)))
}

crate::word_set!(
    /// Prepositions that attach a phrase to the speaker noun before them.
    POSTMODIFIER_PREPOSITIONS = ["at", "for", "from", "in", "of", "to", "with"]
);

crate::word_set!(
    /// Adjectives before "to" or "with" in a speaker's post-modifier ("sources close to").
    CLOSE_TO = ["affiliated", "allied", "close", "closest", "connected", "familiar", "linked", "loyal", "near"]
);

/// "the RIA Novosti update", "officials", "U.S. officials", "a source", "the
/// Russian update": a determiner (or a bare plural), modifiers, a speaker noun.
fn nominal_ending_at(ctx: &Ctx, head: usize, floor: usize) -> Option<(SpeakerRef, Span)> {
    if ctx.tokens[head].kind != Kind::Word {
        return None;
    }
    let hw = ctx.w(head);
    lexicon::speaker_noun(hw)?;
    if hw.chars().next().is_some_and(char::is_uppercase) && head > floor {
        // A capitalised head mid-sentence is part of a name ("White House Press").
        return None;
    }
    let mut start = head;
    let mut name = None;
    let mut has_det = false;
    while start > floor && head - start < 6 {
        let p = start - 1;
        let pt = ctx.tokens[p];
        let pw = ctx.w(p);
        if ctx.quoted.get(p).copied().unwrap_or(false) {
            break;
        }
        if ctx.has(p, C_DET) {
            start = p;
            has_det = true;
            break;
        }
        if pw == "’s" || pw == "'s" || ctx.bare_possessive(p) {
            // "Trump’s campaign", "Rivas' office": the possessor ends the phrase.
            if let Some(&ni) = ctx.name_by_end.get(&(p.wrapping_sub(1))) {
                start = ctx.names[ni].tokens.start;
                name = Some(ni);
                has_det = true;
            } else if p > floor && ctx.tokens[p - 1].kind == Kind::Word && ctx.tokens[p - 1].is_upper() {
                // A capitalised possessor not taken for a name (a surname
                // opening the sentence: "Rivas' office said").
                start = p - 1;
                has_det = true;
            } else if let Some(d) = (p.saturating_sub(4).max(floor)..p.saturating_sub(1)).rev().find(|&d| {
                // "the mayor’s spokesman", "the prime minister’s aide": a
                // person speaks for a possessor with a determiner.
                ctx.has(d, C_DET)
                    && (d + 1..p)
                        .all(|j| ctx.tokens[j].kind == Kind::Word && !ctx.has(j, C_NP_STOP | C_BE | C_VERB | C_DET))
            }) {
                if lexicon::speaker_noun(hw) == Some(true) {
                    start = d;
                    has_det = true;
                }
            }
            break;
        }
        if pt.kind == Kind::Word && !ctx.has(p, C_NP_STOP | C_BE | C_VERB) {
            if let Some(&ni) = ctx.name_by_end.get(&p) {
                name = Some(ni);
                start = ctx.names[ni].tokens.start;
                continue;
            }
            start = p;
            continue;
        }
        break;
    }
    // (A speaker noun in -men is a plural: "spokesmen", "congressmen".)
    let plural = hw.ends_with('s')
        || hw.ends_with("men")
        || matches!(hw.to_ascii_lowercase().as_str(), "police" | "people" | "staff" | "media" | "data");
    if !has_det && !plural && name.is_none() {
        return None;
    }
    Some((SpeakerRef::Nominal { head, name }, ctx.span(start, head + 1)))
}

crate::word_set!(
    /// Participles that open a modifier of a speaker noun (see [`postmodified_np`]).
    POSTMODIFYING_PARTICIPLES = [
        "based", "contacted", "gathered", "interviewed", "polled", "questioned", "reached", "speaking",
        "surveyed", "taken",
    ]
);

/// Prepositions of place: a name after one ends a modifier, not a speaker's
/// name ("delegates in Philadelphia said").
const PLACE_PREPOSITIONS: &[&str] = &["in", "at", "from", "across", "throughout", "near", "around"];

/// "sources familiar with the talks", "a spokesman for the ministry": a
/// speaker noun followed by a short post-modifier, ending at `end - 1`.
/// With `outermost`, the phrase that starts first ("commuters interviewed at
/// the station in Salem", not "the station in Salem").
fn postmodified_np(ctx: &Ctx, end: usize, floor: usize, outermost: bool) -> Option<(SpeakerRef, Span)> {
    // "a breakfast with reporters with no clear explanation and acknowledged":
    // a phrase does not end in a conjunction or a relative pronoun.
    if end == 0 || ctx.is_any(end - 1, &["and", "or", "but", "nor", "that", "which", "who"]) {
        return None;
    }
    let lo = end.saturating_sub(9).max(floor);
    let mut found = None;
    for h in (lo..end.saturating_sub(1)).rev() {
        let next = ctx.w(h + 1);
        let post = matches!(
            next.to_ascii_lowercase().as_str(),
            "familiar"
                | "close"
                | "with"
                | "for"
                | "at"
                | "from"
                | "of"
                | "in"
                | "briefed"
                | "involved"
                | "knowledgeable"
                | "inside"
                | "within"
        );
        // "veterans interviewed at rallies in Ohio", "officials speaking on
        // condition of anonymity", "a group based in Ohio": a participle that
        // describes how the speaker was found or where it is.
        let participle = POSTMODIFYING_PARTICIPLES.contains(next);
        if !post && !participle {
            continue;
        }
        // No clause boundary inside the modifier.
        let from = if participle { h + 2 } else { h + 1 };
        // (A participle with nothing after it is no modifier: "the farmers polled".)
        if from >= end || (from..end).any(|k| ctx.tokens[k].kind != Kind::Word || ctx.has(k, C_VERB)) {
            continue;
        }
        if let Some((r, s)) = nominal_ending_at(ctx, h, floor) {
            if matches!(r, SpeakerRef::Nominal { .. }) {
                found = Some((r, Span::new(s.start, ctx.tokens[end - 1].span.end)));
                if !outermost {
                    break;
                }
            }
        }
        if let Some(&ni) = ctx.name_by_end.get(&h) {
            let n = &ctx.names[ni];
            if n.tokens.start >= floor && matches!(next, "of" | "at" | "for") {
                continue;
            }
        }
    }
    found
}

/// "Rep. Jim Jordan (R-Ohio)": a short parenthesis after a name is skipped.
fn skip_parenthesis_back(ctx: &Ctx, end: usize, floor: usize) -> usize {
    if end > floor + 1 && ctx.punct(end - 1, ")") {
        let lo = end.saturating_sub(10).max(floor);
        if let Some(open) = (lo..end - 1).rev().find(|&j| ctx.punct(j, "(")) {
            return open;
        }
    }
    end
}

/// Where the attribution phrase of a speaker starts: its title, description,
/// honorific or "the" included ("IMF chief economist Maury Obstfeld", "The Hill").
fn attribution_start(ctx: &Ctx, r: &SpeakerRef, span: Span) -> usize {
    let mut start = span.start;
    if let SpeakerRef::Name(ni) = r {
        let n = &ctx.names[*ni];
        for s in [n.role, n.honorific, n.description].into_iter().flatten() {
            start = start.min(s.start);
        }
    }
    let mut k = ctx.tokens.partition_point(|t| t.span.start < start);
    if k > 0 && ctx.w(k - 1).eq_ignore_ascii_case("the") {
        k -= 1;
    }
    k
}

/// What stands between a speaker and its cue: adverbs, auxiliaries, dates.
fn skip_back(ctx: &Ctx, mut k: usize, floor: usize, allow_be: bool) -> usize {
    while k > floor {
        let t = k - 1;
        // "Cruz himself said"
        let reflexive = ctx.is_any(t, &["himself", "herself", "itself", "themselves"]);
        // "Joseph R. Biden Jr. said": the period of a suffix ends no sentence.
        let suffix_dot =
            ctx.punct(t, ".") && !ctx.tokens[t].space_before && t > floor && ctx.is_any(t - 1, &["jr", "sr"]);
        // "Officials there said", "the workers here said" (not "from there").
        let place = ctx.is_any(t, &["here", "there"])
            && t > floor
            && ctx.tokens[t - 1].kind == Kind::Word
            && !ctx.has(t - 1, C_NP_STOP);
        if ctx.is_adverb(t) || allow_be && ctx.has(t, C_BE) || reflexive || suffix_dot || place {
            k = t;
            continue;
        }
        if let Some(d) = ctx.timex_at[t] {
            if ctx.dates[d].kind != TimexKind::Duration {
                k = t;
                while k > floor && ctx.timex_at[k - 1] == Some(d) {
                    k -= 1;
                }
                if k > floor && matches!(ctx.w(k - 1), "on" | "late" | "early" | "last" | "this") {
                    k -= 1;
                }
                continue;
            }
        }
        break;
    }
    k
}

/// The speaker before a cue starting at token `cue`, with appositive roles.
fn speaker_before(ctx: &Ctx, cue: usize, floor: usize, allow_be: bool) -> Option<(SpeakerRef, Span, Vec<Span>)> {
    let k = skip_back(ctx, cue, floor, allow_be);
    if k <= floor {
        return None;
    }
    if ctx.has(k - 1, C_BE) {
        // A passive ("is expected", "was called"): not a speaker's cue.
        return None;
    }
    // The comma may sit inside a quoted title: "Hemsley, the author of
    // “Going Viral,” said".
    let title_comma = k >= floor + 2 && in_title_quote(ctx, k - 1) && ctx.punct(k - 2, ",");
    // Dashes set off an appositive as commas do: "Jason Sims — a teacher
    // from Mount Pleasant — says".
    let dashes = ctx.dash(k - 1);
    // After a phrase between dashes, a comma may open the one before it
    // ("John Dickey, the chief executive of Ora Media -- the company that
    // … -- told me").
    let separator =
        |j: usize, first: bool| if dashes { ctx.dash(j) || !first && ctx.punct(j, ",") } else { ctx.punct(j, ",") };
    if ctx.punct(k - 1, ",") || title_comma || dashes {
        // "Dmitry Peskov, Putin’s press secretary, said", "X, who …, said",
        // "Quina Jones, 25, said", "Mitch McConnell, R-Ky., said", and chains
        // of them: "Scott Pruitt, the attorney general of Oklahoma, one of the
        // states suing the EPA, said".
        let mut close = if title_comma { k - 2 } else { k - 1 };
        let mut roles = Vec::new();
        let mut fallback = None;
        for step in 0..5 {
            let first = step == 0;
            let lo = close.saturating_sub(32).max(floor);
            // The comma before, passing over a quoted title ("the co-author
            // of “Going Viral,” about …").
            let mut j = close;
            let open = loop {
                if j <= lo {
                    break None;
                }
                j -= 1;
                if let Some(q) = ctx.quote_closed_at(j).map(|qi| &ctx.quotes[qi]).filter(|q| title_quote(ctx, q)) {
                    match q.open_token {
                        Some(o) if o > lo => j = o,
                        _ => break None,
                    }
                } else if separator(j, first) || ctx.is_quote_mark(j) && !in_title_quote(ctx, j) {
                    break Some(j);
                }
            };
            let Some(open) = open else { break };
            if ctx.is_quote_mark(open) || !separator(open, first) {
                break;
            }
            let inner = (open + 1, close);
            // "Johnnie Wilson, of Springfield, Va., said": a town's state is
            // passed over (the town before it is no speaker).
            let place_words = |a: usize, b: usize| {
                b > a
                    && b - a <= 4
                    && (a..b).all(|j| {
                        ctx.tokens[j].kind == Kind::Word && ctx.tokens[j].is_upper()
                            || ctx.punct(j, ".") && !ctx.tokens[j].space_before
                    })
            };
            let state = place_words(inner.0, inner.1)
                && (inner.0..inner.1).any(|j| contains(lexicon::US_STATES, ctx.w(j)))
                && open > floor
                && ctx.tokens[open - 1].kind == Kind::Word
                && ctx.tokens[open - 1].is_upper();
            if state {
                close = open;
                continue;
            }
            let first = ctx.w(inner.0);
            // "Quina Jones, 25,", "Mr. Sperling, then 38,".
            let age = inner.1 == inner.0 + 1 && ctx.tokens[inner.0].kind == Kind::Number
                || inner.1 == inner.0 + 2
                    && ctx.is_any(inner.0, &["then", "now"])
                    && ctx.tokens[inner.0 + 1].kind == Kind::Number;
            let party = inner.1 - inner.0 <= 2 && is_party_state(first);
            let relative = matches!(first, "who" | "whose" | "which");
            let one_of = first.eq_ignore_ascii_case("one") && ctx.is_any(inner.0 + 1, &["of"]);
            // "Jane Roe, of Springfield,", "…, from the Bronx,": a hometown.
            let hometown = ctx.is_any(inner.0, &["of", "from"]) && {
                let a = if ctx.is_any(inner.0 + 1, &["the"]) { inner.0 + 2 } else { inner.0 + 1 };
                place_words(a, inner.1)
            };
            let role = !relative && inner.1 - inner.0 <= 24 && is_appositive(ctx, inner.0, inner.1);
            // "a division of Immigration and Customs Enforcement": a described
            // noun phrase with no verb and no quote.
            let described = !role
                && inner.1 - inner.0 <= 12
                && (contains(DETERMINERS, first)
                    || lexicon::any_of(&["titled", "entitled", "called", "named", "dubbed"], first))
                && (inner.0..inner.1).all(|j| {
                    (ctx.tokens[j].kind != Kind::Quote || in_title_quote(ctx, j))
                        && (j == inner.0 || !looks_like_verb(ctx, j))
                });
            // "The union’s lawyer, Paul Grant, said": the name in apposition speaks.
            if let Some(&ni) = ctx.name_by_start.get(&inner.0).filter(|_| !party) {
                // (With where the person works or lives: "One pastor, Darran
                // Whiting of Liberty Baptist Church, said".)
                let e = ctx.names[ni].tokens.end;
                // (A person's name: "Democrat of Tennessee" and "Color of
                // Change" are descriptions.)
                let affiliation = e < inner.1
                    && ctx.names[ni].guess == crate::names::Guess::Person
                    && inner.1 - e <= 8
                    && ctx.is_any(e, &["of", "from", "at", "with"])
                    && (e + 1..inner.1)
                        .all(|j| matches!(ctx.tokens[j].kind, Kind::Word | Kind::Number) && !looks_like_verb(ctx, j));
                if e == inner.1 || affiliation {
                    let n = &ctx.names[ni];
                    let mut roles = Vec::new();
                    if let Some((_, before)) = np_ending_at(ctx, open, floor) {
                        roles.push(before);
                    }
                    return Some((SpeakerRef::Name(ni), n.span, roles));
                }
            }
            // "Smith, in a statement, said", "Clinton, at a later press
            // gaggle, said": a short adverbial between speaker and cue.
            // (A participle opens one too: "Obama, dedicating the museum on
            // Saturday, said".)
            // (And a past participle before a preposition or a date: "The
            // report, released Tuesday by the institute, found that …"; not a
            // verb with an object: "…, referenced his connections, …".)
            let participle = {
                let w = ctx.w(inner.0);
                // ("Mary Susan, clad in a red cape, said": irregular ones too.)
                let irregular = lexicon::any_of(
                    &[
                        "clad", "born", "known", "seen", "led", "held", "struck", "shaken", "taken", "driven", "drawn",
                        "caught", "torn", "worn", "beaten", "chosen", "sworn", "bound", "thrown", "stung", "hit",
                    ],
                    w,
                );
                let past = (w.len() > 5 && w.ends_with("ed") || irregular)
                    && (ctx.timex_at.get(inner.0 + 1).copied().flatten().is_some()
                        || ctx
                            .is_any(inner.0 + 1, &["by", "in", "on", "at", "from", "for", "with", "after", "during"]));
                (w.len() > 5 && w.ends_with("ing") || past) && !ctx.tokens[inner.0].is_upper()
            };
            let adverbial = inner.1 - inner.0 <= 12
                && (ctx.is_any(inner.0, &["in", "at", "on", "during", "after", "before", "speaking", "writing"])
                    || participle)
                && (inner.0..inner.1).all(|j| !ctx.is_quote_mark(j) && (j == inner.0 || !looks_like_verb(ctx, j)))
                // "Liveris, of course, said", "Smith, however, said".
                || inner.1 - inner.0 <= 3 && connective(ctx, inner.0, inner.1);
            if !(age || party || relative || one_of || role || described || adverbial || hometown) {
                break;
            }
            let before = np_ending_at(ctx, open, floor);
            // A name that ends a description ("the attorney general of
            // Oklahoma") is not the speaker: look further left.
            let name_in_role = before.as_ref().is_some_and(|(r, s)| {
                let first_tok = ctx.tokens.partition_point(|t| t.span.start < s.start);
                matches!(r, SpeakerRef::Name(_)) && first_tok > floor && ctx.is_any(first_tok - 1, OF_PLACE)
            });
            // A phrase after such a name describes it, not the speaker ("the
            // chief executive of Ora Media -- the production company that …").
            let describes_object = open > floor + 1
                && ctx.name_by_end.get(&(open - 1)).is_some_and(|&ni| {
                    let start = ctx.names[ni].tokens.start;
                    start > floor && ctx.is_any(start - 1, OF_PLACE)
                });
            if role && !describes_object {
                // The role is the description up to any relative clause.
                let cut =
                    (inner.0..inner.1).find(|&k| ctx.is_any(k, &["who", "whose", "which", "that"])).unwrap_or(inner.1);
                let mut e = cut;
                while e > inner.0 && ctx.tokens[e - 1].kind != Kind::Word {
                    e -= 1;
                }
                roles.push(ctx.span(inner.0, e));
            }
            if let Some((r, s)) = before {
                match r {
                    _ if name_in_role => {}
                    // A description ending in a role noun ("the Republican attorney
                    // general") may itself be an appositive: prefer a name further left.
                    SpeakerRef::Nominal { .. } => {
                        if fallback.is_none() {
                            fallback = Some((r, s, roles.clone()));
                        }
                    }
                    _ => {
                        roles.reverse();
                        return Some((r, s, roles));
                    }
                }
            }
            close = open;
        }
        return fallback;
    }
    // "a report that says …", "a letter from his doctor that says …", "the
    // study, which found …": a relative pronoun right before the cue (a
    // "that" there is no conjunction); the phrase before it speaks.
    // (Not an -ing form: "China, which is projecting power"; and only a
    // person, an organisation or a document: "Florida, which Will claims …".)
    if k > floor + 1
        && !allow_be
        && ctx.is_any(k - 1, &["that", "which"])
        && !ctx.quoted.get(k - 1).copied().unwrap_or(true)
    {
        let e = if ctx.punct(k - 2, ",") { k - 2 } else { k - 1 };
        if let Some((r, s)) = np_ending_at(ctx, e, floor).or_else(|| postmodified_np(ctx, e, floor, false)) {
            let speaks = match r {
                SpeakerRef::Name(ni) => ctx.names[ni].guess != crate::names::Guess::Unknown,
                SpeakerRef::Nominal { .. } => true,
                _ => false,
            };
            if speaks {
                return Some((r, s, Vec::new()));
            }
        }
    }
    if let Some(found) = relative_clause_subject(ctx, cue, k, floor) {
        return Some(found);
    }
    if let Some((r, s)) = np_ending_at(ctx, k, floor) {
        // "who said": resolve the relative pronoun to the name before ", who".
        if let SpeakerRef::Pronoun(p) = r {
            if ctx.w(p) == "who" {
                if p >= 2 && ctx.punct(p - 1, ",") {
                    if let Some((r2, _)) = np_ending_at(ctx, p - 1, floor) {
                        // The relative pronoun names the speaker in its clause.
                        return Some((r2, ctx.tokens[p].span, Vec::new()));
                    }
                }
                // "Residents who say …": the phrase the clause restricts speaks
                // (verbs of saying only: "journalists who criticized the
                // company" describes the journalists).
                let saying = crate::cues::verb(ctx.w(cue)).is_some_and(|(lemma, _, _)| {
                    lexicon::any_of(
                        &["say", "tell", "argue", "claim", "insist", "warn", "contend", "suggest", "write"],
                        lemma,
                    )
                });
                if !saying || ctx.tokens[cue].is_upper() {
                    return None;
                }
                // ("there are some economists who argue that …" too.)
                let after_there = |s2: &Span| {
                    let a = ctx.tokens.partition_point(|t| t.span.start < s2.start);
                    a >= floor + 2 && ctx.has(a - 1, C_BE) && ctx.is_any(a - 2, &["there"])
                };
                return np_ending_at(ctx, p, floor)
                    .filter(|(r2, s2)| {
                        !matches!(r2, SpeakerRef::Pronoun(_)) && (opens_clause(ctx, s2, floor) || after_there(s2))
                    })
                    .map(|(r2, s2)| (r2, s2, Vec::new()));
            }
        }
        if matches!(r, SpeakerRef::Nominal { .. }) {
            // "Two out of three voters said", "four in 10 voters say": the
            // share speaks, not the whole.
            if let Some((lo, head)) =
                ratio_subject(ctx, k, floor).filter(|&(lo, _)| ctx.tokens[lo].span.start < s.start)
            {
                return Some((SpeakerRef::Nominal { head, name: None }, ctx.span(lo, head + 1), Vec::new()));
            }
        }
        if matches!(r, SpeakerRef::Name(_) | SpeakerRef::Nominal { .. }) {
            // "Some delegates at the convention in Philadelphia said", "the
            // remaining casinos in Atlantic City reported", "commuters
            // interviewed at the station in Salem said": a place after a
            // preposition modifies the noun phrase that speaks.
            let mut first = ctx.tokens.partition_point(|t| t.span.start < s.start);
            if first > floor && ctx.is_any(first - 1, ARTICLES) {
                first -= 1;
            }
            if first > floor && ctx.is_any(first - 1, PLACE_PREPOSITIONS) {
                if let Some((r2, s2)) = postmodified_np(ctx, k, floor, true).filter(|(_, s2)| s2.start < s.start) {
                    return Some((r2, s2, Vec::new()));
                }
            }
        }
        return Some((r, s, Vec::new()));
    }
    postmodified_np(ctx, k, floor, false).map(|(r, s)| (r, s, Vec::new()))
}

/// "Residents who live near the depot say", "Shopkeepers who met with the
/// transit authority said": a restrictive relative clause (its verb right
/// after "who", no comma) ends right before the cue at `k`; the phrase
/// before "who" speaks, not a noun at the end of the clause.
fn relative_clause_subject(ctx: &Ctx, cue: usize, k: usize, floor: usize) -> Option<(SpeakerRef, Span, Vec<Span>)> {
    if k < 2 {
        return None;
    }
    // "who" within the clause before the cue (the cheap test first: most
    // cues have none).
    let lo = k.saturating_sub(16).max(floor + 1);
    let who = (lo..k - 1).rev().find(|&j| !ctx.is_word_or_number(j) || ctx.is_any(j, &["who"]))?;
    if !ctx.is_any(who, &["who"]) {
        return None;
    }
    // The cue is a finite verb ("the state", "their email", "to respond" and
    // "eight states" are not), after a word that can end a clause…
    let finite =
        crate::cues::verb(ctx.w(cue)).is_some_and(|(_, _, form)| matches!(form, Form::Past | Form::S | Form::Base));
    if !finite || ctx.tokens[cue].is_upper() {
        return None;
    }
    let last = k - 1;
    if ctx.tokens[last].kind != Kind::Word
        || ctx.has(last, C_DET | C_NP_STOP | C_BE | C_PRONOUN)
        || is_count(ctx, last)
        || ctx.is_any(last, &["’s", "'s"])
    {
        return None;
    }
    // …and takes a clause ("funding for development projects." does not).
    if !clause_at(ctx, cue + 1) {
        return None;
    }
    // A verb (or an adverb and a verb) follows "who"; "the reporters who Trump
    // said …" and "who he said …" are the clause's own subject and cue.
    let next = who + 1;
    let t = ctx.tokens[next];
    if t.is_upper() || ctx.has(next, C_DET | C_PRONOUN) || ctx.name_by_start.contains_key(&next) {
        return None;
    }
    // The phrase "who" refers to: a name or speaker noun phrase, or, since
    // "who" refers to people, a short noun phrase opening the sentence
    // ("Shopkeepers who …").
    let (r, s) = match np_ending_at(ctx, who, floor) {
        Some((SpeakerRef::Pronoun(_), _)) => return None,
        Some(found) => found,
        None => {
            let (lo, head, name) = generic_np_before(ctx, who, floor).filter(|&(lo, ..)| lo == floor)?;
            (SpeakerRef::Nominal { head, name }, ctx.span(lo, head + 1))
        }
    };
    opens_clause(ctx, &s, floor).then_some((r, s, Vec::new()))
}

/// Whether the phrase at `span` opens its clause: the sentence's start, or
/// after a comma or a conjunction ("But executives who run newsrooms say").
/// A phrase elsewhere is an object ("told a young woman who suggested …").
fn opens_clause(ctx: &Ctx, span: &Span, floor: usize) -> bool {
    let a = ctx.tokens.partition_point(|t| t.span.start < span.start);
    let a = if a > floor && ctx.is_any(a - 1, &["the"]) { a - 1 } else { a };
    a <= floor
        || ctx.punct(a - 1, ",")
        || ctx.is_any(a - 1, &["and", "but", "yet", "so", "while", "although", "because", "since", "that", "as"])
}

/// A short noun phrase ending right before the cue: (first token, head, name inside).
fn generic_np_before(ctx: &Ctx, cue: usize, floor: usize) -> Option<(usize, usize, Option<usize>)> {
    let k = skip_back(ctx, cue, floor, false);
    let mut lo = k;
    while lo > floor && k - lo < 6 {
        let t = ctx.tokens[lo - 1];
        let w = ctx.w(lo - 1);
        // ("Others said", "and many others say": a pronoun for people that
        // heads its phrase.)
        let others = lo == k && ctx.is_any(lo - 1, &["others"]);
        let word_ok = t.kind == Kind::Word
            && !ctx.has(lo - 1, C_NP_STOP | C_BE | C_VERB)
            && (!ctx.has(lo - 1, C_NOT_NAME) || ctx.has(lo - 1, C_DET) || others)
            && !ctx.quoted.get(lo - 1).copied().unwrap_or(false);
        if word_ok || w == "’s" || w == "'s" {
            lo -= 1;
            if ctx.has(lo, C_DET) {
                break;
            }
            continue;
        }
        break;
    }
    if lo == k {
        return None;
    }
    let first = ctx.w(lo);
    // "A news report published Monday said": the noun before the participle.
    let head = if k - 1 > lo && document_participle(ctx, k - 1) { k - 2 } else { k - 1 };
    let hw = ctx.w(head);
    // ("…, campaign finance records show": a record needs no determiner.)
    let record = crate::cues::verb(ctx.w(cue)).is_some_and(|(lemma, _, _)| record_shows(ctx, lemma, head));
    if !(contains(DETERMINERS, first)
        || first.chars().next().is_some_and(char::is_uppercase)
        || record
        || first.eq_ignore_ascii_case("others"))
        || hw == "’s"
    {
        return None;
    }
    // An article or possessive alone is no phrase ("The said", "a welcome").
    if ctx.is_any(head, ARTICLES) {
        return None;
    }
    // The head must look like a noun: not an adjective or adverb ending.
    if hw.ends_with("ly")
        || hw.chars().next().is_some_and(char::is_uppercase) && !ctx.name_by_end.contains_key(&head) && head != lo
    {
        return None;
    }
    // "Both candidates face questions": a plural noun for people inside the
    // phrase, before a head that is none, is the subject of a verb.
    if (lo + 1..head).any(|j| {
        let w = ctx.w(j);
        w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && lexicon::speaker_noun(w) == Some(true)
    }) && lexicon::speaker_noun(ctx.w(head)).is_none()
    {
        return None;
    }
    let name = (lo..k).rev().find_map(|j| ctx.name_by_end.get(&j).copied());
    Some((lo, head, name))
}

/// A share of the people polled speaks: "56 percent of Cuban-Americans
/// polled said", "26% say", "a third of voters say". Returns the phrase's
/// first token and its head (the share).
fn share_subject(ctx: &Ctx, cue: usize, floor: usize) -> Option<(usize, usize)> {
    let mut k = skip_back(ctx, cue, floor, false);
    if k > floor && ctx.is_any(k - 1, &["polled", "surveyed", "questioned", "interviewed", "asked"]) {
        k -= 1;
    }
    // "… of Cuban-Americans", "… of those who voted": up to five words back to "of".
    let of = (k.saturating_sub(6).max(floor)..k).rev().find(|&j| ctx.is_any(j, &["of"]));
    if let Some(found) = ratio_subject(ctx, k, floor) {
        return Some(found);
    }
    let share_end = match of {
        Some(o) if (o + 1..k).all(|j| ctx.tokens[j].kind == Kind::Word && !ctx.has(j, C_VERB | C_BE)) => o,
        _ => k,
    };
    if share_end == 0 || share_end <= floor {
        return None;
    }
    let head = share_end - 1;
    let w = ctx.w(head);
    let numbered = |j: usize| j > floor && ctx.tokens[j - 1].kind == Kind::Number;
    // "a third of voters say", and in a poll's report "a third say", "the
    // majority said", "Half said" (a fraction alone stands for the people
    // polled).
    let fraction_alone = share_end == k
        && ctx.is_any(head, &SHARES[2..])
        && (head > floor && ctx.is_any(head - 1, &["a"])
            || head > floor
                && ctx.is_any(head - 1, &["the"])
                && ctx.is_any(head, &["majority", "minority", "plurality"])
            || ctx.is_any(head, &["half"]) && (head == floor || ctx.punct(head - 1, ",")));
    let share = (w == "%" || w.eq_ignore_ascii_case("percent")) && numbered(head)
        || ctx.is_any(head, &SHARES[2..]) && (of.is_some() || fraction_alone)
        || hyphenated_fraction(w);
    if !share {
        return None;
    }
    let lo = if numbered(head) { head - 1 } else { head };
    Some((share_qualifiers(ctx, lo, floor), head))
}

/// Articles and possessive determiners: no phrase on their own, and what
/// follows them is a noun.
const ARTICLES: &[&str] = &["a", "an", "the", "his", "her", "its", "my", "our", "their", "your"];

/// Heads of a share of people ("9 percent", "a third of voters").
const SHARES: &[&str] =
    &["%", "percent", "third", "thirds", "quarter", "quarters", "half", "majority", "plurality", "minority"];

/// Prepositions that put a name inside a description ("the attorney general
/// of Oklahoma", "a spokesman for the ministry").
const OF_PLACE: &[&str] = &["of", "for", "at", "from", "in"];

/// Prepositions after which a verb form is a noun ("in the state", "in
/// reports that").
const NOUN_PREPOSITIONS: &[&str] =
    &["in", "of", "for", "at", "on", "with", "from", "by", "into", "over", "about", "under"];

/// Whether a word at `k` puts a verb form after it in a noun's place: an
/// article, a possessive determiner or "one" ("their say", "one state"; not
/// "many" or "both", which can be subjects), a preposition or a possessive
/// ("in the state", "the mayor’s email").
fn is_noun_position(ctx: &Ctx, k: usize) -> bool {
    ctx.is_any(k, ARTICLES)
        || ctx.is_any(k, &["every", "each", "no", "one"])
        || ctx.is_any(k, NOUN_PREPOSITIONS)
        || ctx.is_any(k, &["’s", "'s"])
}

/// Whether a word at `k` puts an -s form after it in a plural noun's place:
/// an article, a preposition, a quantifier or a number ("the many reasons",
/// "in reports that", "all five states", "no notes"); not "one" or "each"
/// ("one says"), and not a possessive ("Trump's claims his net worth …",
/// "his calls to end …" are attributions).
fn plural_noun_position(ctx: &Ctx, k: usize) -> bool {
    ctx.is_any(k, &["the", "a", "an"])
        || ctx.is_any(k, NOUN_PREPOSITIONS)
        || ctx.is_any(
            k,
            &["many", "several", "few", "these", "those", "such", "other", "some", "all", "both", "no", "any"],
        )
        || ctx.tokens.get(k).is_some_and(|t| t.kind == Kind::Number)
        || COUNT_WORDS.contains(ctx.w(k)) && !ctx.w(k).eq_ignore_ascii_case("one")
}

/// "a video posted Monday", "the report published by the institute": a
/// participle after a document noun, before a date or a preposition,
/// describes the document (neither a cue nor a verb that ends its phrase).
fn document_participle(ctx: &Ctx, i: usize) -> bool {
    i > 0
        && crate::cues::verb(ctx.w(i)).is_some_and(|(lemma, _, form)| {
            matches!(form, Form::Past | Form::Participle)
                && matches!(
                    lemma,
                    "publish" | "post" | "release" | "issue" | "send" | "file" | "obtain" | "leak" | "circulate"
                )
        })
        && ctx.tokens[i - 1].kind == Kind::Word
        && !ctx.tokens[i - 1].is_upper()
        && contains(lexicon::DOCUMENT_NOUNS, ctx.w(i - 1))
        && (ctx.timex_at.get(i + 1).copied().flatten().is_some()
            || ctx.is_any(i + 1, &["on", "in", "to", "by", "at", "from"]))
}

/// "two-thirds", "three-fourths", "three-quarters".
fn hyphenated_fraction(w: &str) -> bool {
    w.split_once('-').is_some_and(|(n, f)| {
        COUNT_WORDS.contains(n) && lexicon::any_of(&["thirds", "fourths", "fifths", "quarters", "tenths", "halves"], f)
    })
}

/// "about", "only", "a mere", "barely" before a share: its first token.
fn share_qualifiers(ctx: &Ctx, mut lo: usize, floor: usize) -> usize {
    while lo > floor && ctx.is(lo - 1, SHARE_QUALIFIERS) {
        lo -= 1;
    }
    lo
}

crate::word_set!(
    /// Words that qualify a share of people ("about 4 in 10", "a mere 9 percent").
    SHARE_QUALIFIERS = [
        "a", "about", "almost", "around", "barely", "just", "mere", "nearly", "only", "roughly", "some", "the", "two",
    ]
);

/// A small count, in digits or words ("4", "four", "ten").
fn is_count(ctx: &Ctx, j: usize) -> bool {
    ctx.tokens.get(j).is_some_and(|t| t.kind == Kind::Number) || ctx.is(j, COUNT_WORDS)
}

crate::word_set!(
    COUNT_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred"]
);

/// A ratio of people speaks: "four in 10 say", "two out of three commuters
/// said", "three-in-five insiders said". `k` is where the phrase ends (the
/// cue, after any adverbs); returns its first token and head: the group's
/// noun when the ratio has one, else the ratio's last number.
fn ratio_subject(ctx: &Ctx, k: usize, floor: usize) -> Option<(usize, usize)> {
    // "N in M" / "N out of M" (three tokens or four), or one hyphenated token.
    let ratio_at = |j: usize| -> Option<usize> {
        if ctx.tokens.get(j).is_some_and(|t| t.kind == Kind::Word) && ctx.w(j).contains('-') {
            let mut parts = ctx.w(j).split('-');
            let count = |p: &str| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit()) || COUNT_WORDS.contains(p);
            return match (parts.next(), parts.next(), parts.next_back()) {
                (Some(a), Some("in" | "out"), Some(b)) if count(a) && count(b) => Some(j),
                _ => None,
            };
        }
        // The joining words first: most words are not counts, and these are cheap.
        if j >= floor + 2 && ctx.is_any(j - 1, &["in"]) && is_count(ctx, j) && is_count(ctx, j - 2) {
            return Some(j - 2);
        }
        if j >= floor + 3
            && ctx.is_any(j - 1, &["of"])
            && ctx.is_any(j - 2, &["out"])
            && is_count(ctx, j)
            && is_count(ctx, j - 3)
        {
            return Some(j - 3);
        }
        None
    };
    // The group's noun phrase after the ratio: a few words ending in a plural.
    for end in (k.saturating_sub(4).max(floor + 1)..=k).rev() {
        let Some(first) = ratio_at(end - 1) else { continue };
        if first < floor {
            return None;
        }
        let group = end..k;
        let head = if group.is_empty() {
            end - 1
        } else {
            let words_ok = group.clone().all(|j| {
                ctx.tokens[j].kind == Kind::Word && !ctx.has(j, C_VERB | C_BE | C_NP_STOP | C_DET | C_PRONOUN)
            });
            if !words_ok || !plural_noun(ctx.w(k - 1)) {
                return None;
            }
            k - 1
        };
        return Some((share_qualifiers(ctx, first, floor), head));
    }
    None
}

/// A word that reads as a plural noun ("voters", "people", "men").
fn plural_noun(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !["ss", "us", "is", "'s", "’s"].iter().any(|e| w.ends_with(e))
        || lexicon::any_of(&["police", "people", "staff", "media", "personnel", "men", "women", "children"], w)
        // (Pronouns for people: "Some say", "Many say".)
        || lexicon::any_of(&["some", "many", "most", "several", "both", "few"], w)
}

crate::word_set!(
    /// Cues that report speech only with a clause or a quotation after
    /// them (or content before them): with a noun phrase they mean
    /// something else ("maintained a lead", "maintained an energetic
    /// pace"). ("claim" and "charge" with a noun phrase are mostly
    /// attributions still: "claimed a loss of $916 million", "charged two
    /// developers with fraud".)
    CLAUSE_ONLY = ["maintain"]
);

/// The speaker of "X issued a statement" when a document at `head` (its
/// phrase `span`) is what X issued, released, sent or put out.
fn issuer(ctx: &Ctx, head: usize, span: Span, floor: usize) -> Option<(SpeakerRef, Span, Vec<Span>)> {
    if !contains(lexicon::DOCUMENT_NOUNS, ctx.w(head)) {
        return None;
    }
    let first = ctx.tokens.partition_point(|t| t.span.start < span.start);
    let verb = first.checked_sub(1).filter(|&v| v > floor)?;
    let issued = ctx.is_any(verb, &["issued", "released", "sent", "published", "posted", "delivered"])
        || ctx.is_any(verb, &["out"]) && ctx.is_any(verb - 1, &["put"]);
    if !issued {
        return None;
    }
    let verb = if ctx.is_any(verb, &["out"]) { verb - 1 } else { verb };
    speaker_before(ctx, verb, floor, false).filter(
        |(r, _, _)| !matches!(r, SpeakerRef::Nominal { head, .. } if contains(lexicon::DOCUMENT_NOUNS, ctx.w(*head))),
    )
}

/// What sentence `si`, ending with a colon, introduces in the next
/// paragraph: its quotation (later paragraphs of one that runs on follow by
/// `carry_over_multi_paragraph_quotes`), or its first sentence when it has
/// no quotation marks (a block quotation: "he said:" and the words).
fn block_after_colon(ctx: &Ctx, si: usize) -> Option<Span> {
    let s = &ctx.sentences[si];
    let next = s.tokens.end;
    if !ctx.punct(next.checked_sub(1)?, ":") || ctx.tokens.get(next).is_none_or(|t| t.breaks_before == 0) {
        return None;
    }
    if let Some(qi) = ctx.quote_opened_at(next) {
        return Some(ctx.quotes[qi].span);
    }
    ctx.sentences.get(si + 1).filter(|n| n.tokens.start == next).map(|n| n.span)
}

/// "called Naghmeh Abedini.", "called her to get together", "called
/// Sanders shortly after": a person or pronoun alone after "called", then
/// nothing, a purpose or a time, is a telephone call, not a name given
/// ("called him a liar", "called Haley “very weak”", "called Clinton, his
/// challenger, an ISIS “co-founder”").
fn phone_call(ctx: &Ctx, from: usize, end: usize) -> bool {
    let k = match ctx.name_by_start.get(&from) {
        Some(&ni) => ctx.names[ni].tokens.end,
        None if ctx.is_any(from, &["her", "him", "them", "me", "us"]) => from + 1,
        None => return false,
    };
    k >= end
        || ctx.timex_at.get(k).copied().flatten().is_some()
        || ctx.is_any(k, &["to", "shortly", "back", "again", "after", "before", "and", "from", "at"])
}

crate::word_set!(
    /// Cue forms that news mostly writes as nouns: "the Orlando attack",
    /// "Clinton emails", "Western states", "Tuesday's contests".
    MOSTLY_NOUNS = ["attack", "attacks", "contests", "emails", "states"]
);

/// A cue among [`MOSTLY_NOUNS`] that nothing shows to be a verb: no
/// subject pronoun, auxiliary or "to" before it ("did not attack", "it
/// states"), no "that", colon or quotation after it ("states that"), and
/// no "the" and a singular noun before it ("the document states").
fn mostly_noun(ctx: &Ctx, cue: &Cue, start: usize) -> bool {
    let c0 = cue.tokens.start;
    if cue.tokens.len() != 1 || !ctx.is(c0, MOSTLY_NOUNS) {
        return false;
    }
    let mut k = cue.tokens.end;
    while ctx.is_adverb(k) {
        k += 1;
    }
    if introduces_speech(ctx, k) {
        return false;
    }
    let before = |j: usize| c0 >= start + j;
    let verb_before = before(1)
        && (ctx.has(c0 - 1, C_PRONOUN)
            || ctx.is(c0 - 1, FINITE) && !matches!(ctx.w(c0 - 1), "’s" | "'s")
            || ctx.is_any(c0 - 1, &["to", "not", "n't", "who", "which"]));
    let the_noun = before(2)
        && ctx.is_any(c0 - 2, &["the", "a", "this", "its"])
        && !ctx.tokens[c0 - 1].is_upper()
        && !plural_noun(ctx.w(c0 - 1));
    !(verb_before || the_noun)
}

/// Whether token `k` introduces what was said: "that", a colon, or a
/// quotation (after a comma or not).
fn introduces_speech(ctx: &Ctx, k: usize) -> bool {
    ctx.is_any(k, &["that"])
        || ctx.punct(k, ":")
        || ctx.quote_opened_at(k).is_some()
        || ctx.punct(k, ",") && ctx.quote_opened_at(k + 1).is_some()
}

/// Whether a clause starts at token `k`, after a cue: "that", a quotation, a
/// colon, or a subject ("say the trains", "said they", "say Smith").
fn clause_at(ctx: &Ctx, mut k: usize) -> bool {
    while ctx.is_adverb(k) {
        k += 1;
    }
    introduces_speech(ctx, k)
        || ctx.has(k, C_DET | C_PRONOUN)
        || ctx.tokens.get(k).is_some_and(|t| t.kind == Kind::Number || t.kind == Kind::Word && t.is_upper())
}

/// The speaker when only the sentence's structure tells: the cue takes
/// "that", a quotation or a colon, or the noun phrase opens the sentence.
fn generic_subject(ctx: &Ctx, cue: &Cue, start: usize, end: usize) -> Option<(usize, usize, Option<usize>)> {
    if !matches!(cue.form, Form::Past | Form::S | Form::Base) || cue.class == CueClass::Object {
        return None;
    }
    // "56 percent of those polled said …", "four in 10 say …"
    if cue.class == CueClass::Say {
        // A count before an -s form is a plural noun's ("seven out of 11 states").
        let counted = |head: usize| cue.form == Form::S && head + 1 == cue.tokens.start && is_count(ctx, head);
        if let Some((lo, head)) = share_subject(ctx, cue.tokens.start, start).filter(|&(_, head)| !counted(head)) {
            return Some((lo, head, None));
        }
    }
    let (lo, head, name) = generic_np_before(ctx, cue.tokens.start, start)?;
    // "The records show no gifts": a record's "show" takes an object.
    let source = record_shows(ctx, cue.lemma, head) && head - lo <= 3;
    // Plural "say" needs a plural subject and a clause after it ("Associates
    // say he …"; "the jobs report has …" is a noun).
    if cue.form == Form::Base && !(plural_noun(ctx.w(head)) && (source || clause_at(ctx, cue.tokens.end))) {
        return None;
    }
    let mut k = cue.tokens.end;
    while k < end && (ctx.is_adverb(k) || ctx.timex_at[k].is_some()) {
        k += 1;
    }
    let takes_clause = introduces_speech(ctx, k);
    // A short phrase opening the sentence, or a clause after "but" or "and"
    // ("…, but security specialists say it is …").
    let opens = lo == start
        || lo > start + 1
            && ctx.is_any(lo - 1, &["but", "and", "while", "whereas"])
            && ctx.punct(lo - 2, ",")
            && clause_at(ctx, cue.tokens.end)
        // "Some said …, others said …"
        || lo > start && ctx.punct(lo - 1, ",") && ctx.is_any(lo, &["others"]) && clause_at(ctx, cue.tokens.end)
        // "The mayor and others said": the first of two coordinated
        // phrases opens the sentence. (Not "The former first lady and U.S.
        // senator said": a bare singular noun shares the first phrase's
        // article, and the two describe one person.)
        || lo > start + 1
            && ctx.is_any(lo - 1, &["and"])
            && (ctx.has(lo, C_DET) || plural_noun(ctx.w(head)) || name.is_some())
            && np_ending_at(ctx, lo - 1, start).is_some_and(|(r, sp)| attribution_start(ctx, &r, sp) == start);
    let opens_sentence = opens && (cue.class == CueClass::Say || source) && head - lo <= 3;
    // "C, the airline said." — a short phrase with an article between the
    // content's comma and a cue that ends the sentence.
    let closes_sentence = cue.class == CueClass::Say
        && CLOSING_CUES.contains(cue.lemma)
        && lo > start
        && ctx.punct(lo - 1, ",")
        && ctx.is_any(lo, ARTICLES)
        && head - lo <= 3
        && (k >= end || adverbial_tail(ctx, k, end));
    // "C, campaign finance records show."
    let source_closes = source && lo > start && ctx.punct(lo - 1, ",") && (k >= end || adverbial_tail(ctx, k, end));
    (takes_clause || opens_sentence || closes_sentence || source_closes).then_some((lo, head, name))
}

crate::word_set!(
    /// Cues that close "C, the airline said." whatever the noun before them
    /// ("the borrowing continued" is no attribution).
    CLOSING_CUES = [
        "acknowledge", "add", "announce", "argue", "claim", "confirm", "explain", "insist", "note", "post", "report",
        "say", "state", "tweet", "warn", "write",
    ]
);

/// "“Q,” the ad’s narrator says": the tokens between a closing quote (and
/// comma) and the cue form a short noun phrase. Returns its first token, its
/// head and a name inside it.
fn loose_np_after_quote(ctx: &Ctx, cue: usize, floor: usize) -> Option<(usize, usize, Option<usize>)> {
    let k = skip_back(ctx, cue, floor, false);
    let mut lo = k;
    while lo > floor && k - lo < 7 {
        let t = ctx.tokens[lo - 1];
        let w = ctx.w(lo - 1);
        if t.kind == Kind::Word && !ctx.has(lo - 1, C_NP_STOP | C_BE | C_VERB) || w == "’s" || w == "'s" {
            lo -= 1;
            continue;
        }
        break;
    }
    if lo == k || lo <= floor {
        return None;
    }
    let mut q = lo;
    while q > floor && ctx.punct(q - 1, ",") {
        q -= 1;
    }
    if !(q > floor && ctx.quote_closed_at(q - 1).is_some()) {
        return None;
    }
    let first = ctx.w(lo);
    if !(contains(DETERMINERS, first) || first.chars().next().is_some_and(char::is_uppercase)) {
        return None;
    }
    let name = (lo..k).rev().find_map(|j| ctx.name_by_end.get(&j).copied());
    Some((lo, k - 1, name))
}

/// A connective adverbial set off by commas: "however", "of course", "in
/// turn", "for his part".
fn connective(ctx: &Ctx, from: usize, to: usize) -> bool {
    let words: Vec<&str> = (from..to).map(|j| ctx.w(j)).collect();
    match words.as_slice() {
        [w] => {
            ctx.is_adverb(from)
                || lexicon::any_of(
                    &[
                        "however", "though", "too", "meanwhile", "instead", "moreover", "indeed", "nonetheless",
                        "nevertheless",
                    ],
                    w,
                )
        }
        [a, b] => {
            lexicon::any_of(&["of", "in", "for"], a)
                && lexicon::any_of(&["course", "turn", "fact", "example", "instance"], b)
        }
        [a, b, c] => {
            lexicon::any_of(&["for"], a)
                && lexicon::any_of(&["his", "her", "its", "their", "our", "my"], b)
                && lexicon::any_of(&["part"], c)
        }
        _ => false,
    }
}

/// A short quotation of capitalised words: a title ("Going Viral",
/// "Unifier?"), not someone's words.
fn title_quote(ctx: &Ctx, q: &Quote) -> bool {
    let (Some(o), Some(c)) = (q.open_token, q.close_token) else { return false };
    q.words <= 5
        && !q.single
        && (o + 1..c).filter(|&j| ctx.tokens[j].kind == Kind::Word).all(|j| {
            ctx.tokens[j].is_upper() || ctx.is_any(j, &["a", "an", "the", "of", "and", "in", "on", "for", "to"])
        })
}

/// Whether token `k` is a mark of a quoted title.
fn in_title_quote(ctx: &Ctx, k: usize) -> bool {
    ctx.quote_closed_at(k).or_else(|| ctx.quote_opened_at(k)).is_some_and(|qi| title_quote(ctx, &ctx.quotes[qi]))
}

/// "R-Ky.", "D-Mo", "R-Tenn.": a party and state after a legislator's name.
fn is_party_state(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 3 && matches!(b[0], b'R' | b'D' | b'I') && b[1] == b'-' && b[2].is_ascii_uppercase()
}

/// A comma-delimited description: "Putin’s press secretary", "the
/// company's chief executive", "a former U.S. ambassador to Russia".
fn is_appositive(ctx: &Ctx, from: usize, to: usize) -> bool {
    if to <= from || to - from > 24 {
        return false;
    }
    let first = ctx.w(from);
    let starts_right = contains(DETERMINERS, first)
        || ctx.name_by_start.contains_key(&from)
        || contains(lexicon::TITLES, first)
        || contains(lexicon::ROLE_HEADS, first)
        || first.chars().next().is_some_and(char::is_uppercase)
        || first.chars().next().is_some_and(char::is_lowercase);
    let has_head = (from..to).any(|k| contains(lexicon::ROLE_HEADS, ctx.w(k)) || contains(lexicon::TITLES, ctx.w(k)));
    // Verbs of a relative clause inside the description do not count: "an
    // Indiana GOP consultant whose firm was recently retained by the campaign".
    let relative_at = (from..to).find(|&k| ctx.is_any(k, &["who", "whose", "which", "that"])).unwrap_or(to);
    // A capitalised word inside the description is part of a name ("the
    // Critical Threats Project"), not a verb.
    // (An auxiliary is a verb too: "…, according to Human Rights Watch, the
    // police have detained hundreds" is a clause, not a description.)
    let has_verb = (from..relative_at).any(|k| {
        looks_like_verb(ctx, k) && !(k > from && ctx.tokens[k].is_upper())
            || ctx.is(k, FINITE) && !matches!(ctx.w(k), "’s" | "'s") && !ctx.tokens[k].is_upper()
    });
    let has_quote = (from..to).any(|k| ctx.is_quote_mark(k) && !in_title_quote(ctx, k));
    starts_right && has_head && !has_verb && !has_quote
}

/// A verb form that is not used as a noun: "the state’s", "its report" are nouns.
fn looks_like_verb(ctx: &Ctx, k: usize) -> bool {
    if ctx.has(k, C_BE) {
        return true;
    }
    if !ctx.has(k, C_VERB) {
        return false;
    }
    let possessed = matches!(ctx.w(k + 1), "’s" | "'s");
    let determined = k > 0 && (ctx.has(k - 1, C_DET) || matches!(ctx.w(k - 1), "’s" | "'s"));
    // "a talk show host": a base form before a speaker noun is part of a
    // compound; so is an -ing form after a lowercase modifier ("a creative
    // writing professor"; not "was telling reporters", "often telling aides").
    let compound = crate::cues::verb(ctx.w(k)).is_some_and(|(_, _, form)| {
        form == Form::Base
            || form == Form::Ing
                && k > 0
                && ctx.tokens[k - 1].kind == Kind::Word
                && !ctx.tokens[k - 1].is_upper()
                && !ctx.has(k - 1, C_VERB | C_BE | C_PRONOUN)
                && !ctx.is_adverb(k - 1)
    }) && ctx.tokens.get(k + 1).is_some_and(|t| t.kind == Kind::Word && !t.is_upper())
        && lexicon::speaker_noun(ctx.w(k + 1)).is_some();
    !(possessed || determined || compound)
}

/// The speaker right after a cue ("said Sanders", "according to officials").
fn speaker_after(ctx: &Ctx, from: usize, end: usize) -> Option<(SpeakerRef, Span, Vec<Span>, usize)> {
    if from >= end {
        return None;
    }
    let w = ctx.w(from);
    if ctx.tokens[from].kind == Kind::Word && contains(PRONOUNS, w) && !matches!(w, "who" | "I" | "i" | "you" | "it") {
        return Some((SpeakerRef::Pronoun(from), ctx.tokens[from].span, Vec::new(), from + 1));
    }
    // A name, possibly after a description: "said Republican candidate Donald Trump".
    for k in from..end.min(from + 10) {
        if let Some(&ni) = ctx.name_by_start.get(&k) {
            let n = &ctx.names[ni];
            let n_start = n.role.map_or(n.span.start, |r| r.start).min(n.honorific.map_or(usize::MAX, |h| h.start));
            let between_ok = (from..k).all(|j| {
                matches!(ctx.tokens[j].kind, Kind::Word | Kind::Number)
                    && !ctx.has(j, C_NP_STOP)
                    && ctx.tokens[j].span.end <= n_start
                    || ctx.tokens[j].span.start >= n_start
            });
            if !between_ok {
                break;
            }
            // "said Ohio State University professor Paul Beck": an organisation
            // name that only modifies the description of the person who speaks.
            let described_later = (n.tokens.end..end.min(n.tokens.end + 4)).find(|&j| {
                ctx.name_by_start.contains_key(&j)
                    && (n.tokens.end..j).all(|x| {
                        ctx.tokens[x].kind == Kind::Word && !ctx.tokens[x].is_upper() && !ctx.has(x, C_NP_STOP)
                    })
                    && j > n.tokens.end
            });
            if described_later.is_some() && n.guess != crate::names::Guess::Person {
                continue;
            }
            // "said a White House official", "said one GOP source in the
            // room": a name that modifies a noun for a person; that person
            // speaks. (A document speaks for the name: "according to a
            // Washington Post analysis" is the Post's.)
            let modifies = !n.possessive
                && ctx
                    .tokens
                    .get(n.tokens.end)
                    .is_some_and(|t| t.kind == Kind::Word && !t.is_upper() && t.space_before)
                && lexicon::speaker_noun(ctx.w(n.tokens.end)) == Some(true);
            if modifies && described_later.is_none() {
                if let Some((r, s)) = nominal_after(ctx, from, end) {
                    let next = ctx.tokens.partition_point(|t| t.span.end <= s.end);
                    return Some((r, s, Vec::new(), next));
                }
            }
            let mut roles = Vec::new();
            if k > from && ctx.tokens[from].span.start < n_start {
                roles.push(Span::new(ctx.tokens[from].span.start, ctx.tokens[k - 1].span.end));
            }
            let mut next = n.tokens.end;
            if n.possessive {
                // "according to Trump’s campaign"
                if let Some((r, s)) = nominal_after(ctx, next + 1, end) {
                    return Some((r, Span::new(n.span.start, s.end), roles, next + 1));
                }
            }
            // ", a former ambassador," after the name
            if ctx.punct(next, ",") {
                if let Some(close) = (next + 1..end.min(next + 14)).find(|&j| ctx.punct(j, ",") || ctx.punct(j, ".")) {
                    if is_appositive(ctx, next + 1, close) {
                        roles.push(ctx.span(next + 1, close));
                        next = close;
                    }
                } else if is_appositive(ctx, next + 1, end) {
                    roles.push(ctx.span(next + 1, end));
                    next = end;
                }
            }
            return Some((SpeakerRef::Name(ni), Span::new(n.span.start, n.span.end), roles, next));
        }
        let abbreviation_dot = ctx.punct(k, ".") && !ctx.tokens[k].space_before;
        if !matches!(ctx.tokens[k].kind, Kind::Word | Kind::Number) && !abbreviation_dot {
            break;
        }
    }
    // The phrase must start right after the cue ("said it would tell an
    // American story" is not said by "an American story").
    let starts_here = |(_, s): &(SpeakerRef, Span)| s.start <= ctx.tokens[from].span.start;
    nominal_after(ctx, from, end).filter(starts_here).or_else(|| loose_np_after_cue(ctx, from, end)).map(|(r, s)| {
        let next = ctx.tokens.partition_point(|t| t.span.end <= s.end);
        (r, s, Vec::new(), next)
    })
}

/// Any short noun phrase with a determiner right after an inverted cue:
/// "“Q,” said the designer, who …", "“Q,” says a neighbour". Its last word
/// is the head.
fn loose_np_after_cue(ctx: &Ctx, from: usize, end: usize) -> Option<(SpeakerRef, Span)> {
    if !ctx.is_any(from, &["the", "a", "an", "one", "another"]) {
        return None;
    }
    let mut k = from + 1;
    // (A finite auxiliary makes a clause: "said the clinic had closed".)
    let finite = |k: usize| ctx.is(k, FINITE) && !matches!(ctx.w(k), "’s" | "'s");
    while k < end
        && k < from + 5
        && ctx.tokens[k].kind == Kind::Word
        && !ctx.has(k, C_NP_STOP | C_BE | C_VERB)
        && !finite(k)
    {
        k += 1;
    }
    // The phrase ends the sentence or a comma follows it.
    let closed = k >= end || ctx.punct(k, ",") || ctx.punct(k, ".");
    if k == from + 1 || !closed || (from + 1..k).any(|j| looks_like_verb(ctx, j)) {
        return None;
    }
    let head = k - 1;
    let name = (from..k).rev().find_map(|j| ctx.name_by_end.get(&j).copied());
    Some((SpeakerRef::Nominal { head, name }, ctx.span(from, k)))
}

/// A speaker noun phrase read left to right from `from`.
fn nominal_after(ctx: &Ctx, from: usize, end: usize) -> Option<(SpeakerRef, Span)> {
    for h in from..end.min(from + 6) {
        if ctx.tokens[h].kind != Kind::Word || ctx.has(h, C_NP_STOP) && h > from {
            return None;
        }
        if lexicon::speaker_noun(ctx.w(h)).is_some() {
            // The head is the last noun of a compound: "council officials".
            let mut h = h;
            while h + 1 < end
                && ctx.tokens[h + 1].kind == Kind::Word
                && lexicon::speaker_noun(ctx.w(h + 1)).is_some()
                && !ctx.tokens[h + 1].is_upper()
            {
                h += 1;
            }
            let Some((r, s)) = nominal_ending_at(ctx, h, from) else { continue };
            // Post-modifiers: "officials familiar with the plan".
            let mut e = h + 1;
            if e < end && matches!(ctx.w(e), "familiar" | "close" | "with" | "for" | "at" | "of" | "in") {
                // …up to the verb of the clause: "officials in Texas issued
                // a statement, saying" is about "officials in Texas". (Not
                // the reporting verbs: "secretary of state", "officer in
                // charge" are nouns there.)
                let verb = |j: usize| {
                    let w = ctx.w(j);
                    ctx.has(j, C_BE) || !ctx.tokens[j].is_upper() && w.len() > 4 && w.ends_with("ed")
                };
                while e < end && ctx.tokens[e].kind == Kind::Word && e < h + 8 && !(e > h + 1 && verb(e)) {
                    e += 1;
                }
            }
            return Some((r, Span::new(s.start, ctx.tokens[e - 1].span.end)));
        }
    }
    None
}

/// Skips what stands between a cue and its content: objects of "told",
/// adverbials, dates, "in a statement", "on Twitter", "that".
/// Auxiliaries that are not in `FINITE` (which `content_start` keeps too).
const AUXILIARIES: &[&str] = &["do", "n't"];

/// "a group called …", "one PAC called …", "a firm called …": "called" at
/// `c0` after a noun phrase opened by "a", "an" or "one", before a name or
/// a quotation; not after a noun for people ("one lawmaker called Trump
/// “the orange prince”").
fn naming_called(ctx: &Ctx, c0: usize, start: usize) -> bool {
    let Some(next) = ctx.tokens.get(c0 + 1) else { return false };
    let named = next.kind == Kind::Word && next.is_upper() || ctx.quote_opened_at(c0 + 1).is_some();
    named
        && c0 > start
        && ctx.tokens[c0 - 1].kind == Kind::Word
        && !ctx.tokens[c0 - 1].is_upper()
        && !ctx.has(c0 - 1, C_PRONOUN)
        && lexicon::speaker_noun(ctx.w(c0 - 1)) != Some(true)
        && (c0.saturating_sub(4).max(start)..c0 - 1).any(|j| ctx.is_any(j, &["a", "an", "one"]))
}

/// ", for example, that …", ", however, that …": a short aside between
/// commas at `k`, then "that"; the index of "that".
fn aside_before_that(ctx: &Ctx, k: usize, end: usize) -> Option<usize> {
    if !ctx.punct(k, ",") {
        return None;
    }
    let c = (k + 2..end.min(k + 6)).find(|&j| ctx.punct(j, ","))?;
    let words = (k + 1..c).all(|j| ctx.tokens[j].kind == Kind::Word && !ctx.quoted.get(j).copied().unwrap_or(true));
    (words && ctx.is_any(c + 1, &["that"]) && !ctx.quoted.get(c + 1).copied().unwrap_or(true)).then_some(c + 1)
}

fn content_start(ctx: &Ctx, cue: &Cue, mut k: usize, end: usize) -> usize {
    let mut guard = 0;
    while k < end && guard < 24 {
        guard += 1;
        let is = move |words: &[&str]| ctx.is_any(k, words);
        // Adverbs of the saying, not an auxiliary whose subject came before
        // the attribution ("Trump, Sexton said, has created …").
        if ctx.is_adverb(k) && !is(&["in", "only"]) && !ctx.is(k, FINITE) && !is(AUXILIARIES) {
            k += 1;
            continue;
        }
        if let Some(d) = ctx.timex_at[k] {
            while k < end && ctx.timex_at[k] == Some(d) {
                k += 1;
            }
            continue;
        }
        if is(&["on", "late", "early"]) && ctx.timex_at.get(k + 1).copied().flatten().is_some() {
            k += 1;
            continue;
        }
        // "in a statement", "on Twitter", "at a news conference", "to reporters"
        if is(&["in", "on", "at", "during", "via", "to", "through"]) {
            if let Some(e) = setting_phrase(ctx, k + 1, end) {
                k = e;
                continue;
            }
        }
        // "in Paris", "at the White House", "in Dayton, Ohio": where it was
        // said, when a clause follows (not "in Trump's view": a possessive
        // name begins the content's own phrase).
        if is(&["in", "at"]) {
            let n = if ctx.is_any(k + 1, &["the"]) { k + 2 } else { k + 1 };
            if let Some(mut e) = place_end(ctx, n, end) {
                while let Some(next) = ctx.punct(e, ",").then(|| place_end(ctx, e + 1, end)).flatten() {
                    e = next;
                }
                if ctx.punct(e, ",") {
                    e += 1;
                }
                // What follows must open a clause: "that", a determiner, a
                // pronoun, a name, a quotation ("in Sanders parlance, …", "in
                // Virginia as the crowd roared" are not places of saying).
                let opens_clause = ctx.is_any(e, &["that"])
                    || ctx.has(e, C_DET | C_PRONOUN)
                    || ctx.tokens.get(e).is_some_and(|t| t.kind == Kind::Word && t.is_upper())
                    || ctx.is_quote_mark(e)
                    || ctx.punct(e, ":");
                if opens_clause {
                    k = e;
                    continue;
                }
            }
        }
        if let Some(that) = aside_before_that(ctx, k, end) {
            return that + 1;
        }
        if ctx.punct(k, ",") || ctx.punct(k, ":") || ctx.dash(k) {
            k += 1;
            continue;
        }
        if is(&["that"]) && !ctx.quoted.get(k).copied().unwrap_or(false) {
            return k + 1;
        }
        // "says of Clinton, “…”"
        if is(&["of"]) {
            if let Some(c) = (k + 1..end.min(k + 7)).find(|&j| ctx.punct(j, ",") || ctx.punct(j, ":")) {
                k = c + 1;
                continue;
            }
        }
        break;
    }
    // The object of "told", "assured", "informed", "warned": a name, a pronoun or "reporters".
    if matches!(
        cue.lemma,
        "tell" | "assure" | "inform" | "remind" | "warn" | "ask" | "reassure" | "advise" | "urge" | "email" | "text"
    ) {
        let w = ctx.w(k).to_ascii_lowercase();
        let mut obj_end = None;
        if let Some(&ni) = ctx.name_by_start.get(&k) {
            obj_end = Some(ctx.names[ni].tokens.end);
        } else if w == "her"
            && ctx.tokens.get(k + 1).is_some_and(|t| t.kind == Kind::Word && !t.is_upper())
            && lexicon::speaker_noun(ctx.w(k + 1)).is_some()
        {
            // "told her friends the march …": "her" is a possessive here.
            obj_end = Some(k + 2);
        } else if matches!(
            w.as_str(),
            "him"
                | "her"
                | "them"
                | "me"
                | "us"
                | "reporters"
                | "journalists"
                | "supporters"
                | "lawmakers"
                | "listeners"
                | "viewers"
                | "congress"
        ) {
            obj_end = Some(k + 1);
        } else if matches!(w.as_str(), "the" | "a" | "an" | "his" | "her" | "their") {
            // "told the newspaper", "told a crowd in Ohio"
            let mut e = k + 1;
            while e < end && e < k + 5 && ctx.tokens[e].kind == Kind::Word && !ctx.has(e, C_NP_STOP) {
                e += 1;
            }
            obj_end = Some(e);
        }
        if let Some(e) = obj_end {
            if e < end && ctx.quoted.get(e).copied() != Some(true) {
                return content_start(ctx, &Cue { lemma: "", ..cue.clone() }, e, end);
            }
            return e;
        }
    }
    k
}

/// The token after a place name that starts at token `n` ("Paris", "New
/// Hampshire"), if one does and the sentence goes on after it.
fn place_end(ctx: &Ctx, n: usize, end: usize) -> Option<usize> {
    let name = &ctx.names[*ctx.name_by_start.get(&n)?];
    (name.role.is_none() && !name.possessive && name.tokens.end < end).then_some(name.tokens.end)
}

/// "a statement", "an interview with CNN", "Twitter", "Truth Social", "a
/// news conference", "reporters": the setting of an utterance. Returns the
/// token after it.
fn setting_phrase(ctx: &Ctx, from: usize, end: usize) -> Option<usize> {
    crate::word_set!(
        SETTINGS = [
            "address", "appearance", "blog", "briefing", "broadcast", "call", "conference", "email", "event",
            "facebook", "hearing", "instagram", "interview", "letter", "meeting", "message", "op-ed", "podcast",
            "post", "press", "radio", "rally", "remarks", "reporters", "speech", "statement", "telegram", "television",
            "tweet", "twitter", "video", "x",
        ]
    );
    let mut k = from;
    let mut found = false;
    while k < end && k < from + 7 {
        let t = ctx.tokens[k];
        if t.kind != Kind::Word {
            break;
        }
        let w = ctx.w(k);
        if contains(SETTINGS, w) || w == "Social" || w == "Truth" {
            found = true;
            k += 1;
            continue;
        }
        if found {
            // The setting ends at its last setting word ("in a statement the
            // plan …": "the" begins the content), but for a short complement
            // ("an interview with CNN").
            if matches!(w, "with" | "from" | "in" | "on") && k + 1 < end {
                let mut e = k + 1;
                while e < end && e < k + 4 && ctx.tokens[e].kind == Kind::Word && !ctx.has(e, C_NP_STOP) {
                    e += 1;
                }
                if e < end
                    && (ctx.punct(e, ",") || ctx.is_any(e, &["that"]) || ctx.is_quote_mark(e) || ctx.punct(e, ":"))
                {
                    return Some(e);
                }
            }
            // "in a letter dated Jan. 3", "in a video posted Monday".
            if w.ends_with("ed") {
                if let Some(d) = ctx.timex_at.get(k + 1).copied().flatten() {
                    let mut e = k + 1;
                    while e < end && ctx.timex_at[e] == Some(d) {
                        e += 1;
                    }
                    return Some(e);
                }
            }
            break;
        }
        k += 1;
        if k - from > 4 && !found {
            return None;
        }
    }
    found.then_some(k)
}

/// Sentence tokens without the final end marks (and the quote marks that
/// close with them stay: they belong to the content).
fn sentence_content_end(ctx: &Ctx, s: &Sentence) -> usize {
    let mut e = s.tokens.end;
    while e > s.tokens.start {
        let t = ctx.tokens[e - 1];
        if t.kind == Kind::Punct && matches!(t.text(ctx.text), "." | "!" | "?" | "..." | "…" | ")" | ";") {
            e -= 1;
            continue;
        }
        break;
    }
    e
}

/// The date a claim was said, from its attribution: "said on Thursday",
/// "Forbes reported on Wednesday", or a sentence-initial "On Thursday,".
fn claim_date(ctx: &Ctx, s: &Sentence, attribution: (usize, usize), content: Span) -> Option<usize> {
    let (lo, hi) = attribution;
    let usable = |d: usize| ctx.dates[d].kind == TimexKind::Date || ctx.dates[d].kind == TimexKind::Time;
    // Dates inside the attribution phrase, or in the adverbials that follow it
    // ("said in a press conference from Moscow on Thursday"), never in the content.
    let after_content = content.end <= ctx.tokens.get(lo).map_or(0, |t| t.span.start);
    let limit = if after_content { (hi + 14).min(s.tokens.end) } else { (hi + 4).min(s.tokens.end) };
    for k in lo..limit {
        let t = ctx.tokens[k];
        if content.contains(t.span) || ctx.quoted.get(k).copied().unwrap_or(false) {
            break;
        }
        if let Some(d) = ctx.timex_at[k] {
            if usable(d) {
                return Some(d);
            }
        }
        // Adverbials, and the hearer of "told reporters Monday".
        let adverbial = || {
            ctx.is_adverb(k)
                || matches!(ctx.w(k), "on" | "earlier" | "later")
                || k < hi + 3
                    && (ctx.is_any(k, &["reporters", "journalists", "him", "her", "them", "us"])
                        || ctx.name_by_end.contains_key(&k)
                        || ctx.name_by_start.contains_key(&k))
        };
        if k >= hi && !after_content && !adverbial() {
            break;
        }
        // ", as translated by CNN": another clause starts.
        if k >= hi && ctx.punct(k, ",") {
            break;
        }
    }
    // "On Thursday, X said …"
    let mut k = s.tokens.start;
    if ctx.is_any(k, &["on"]) {
        k += 1;
    }
    if let Some(d) = ctx.timex_at.get(k).copied().flatten() {
        let mut e = k;
        while e < s.tokens.end && ctx.timex_at[e] == Some(d) {
            e += 1;
        }
        if ctx.punct(e, ",") && usable(d) {
            return Some(d);
        }
    }
    None
}

/// The first token of the clause that ends before byte `before` in sentence
/// `si`: the sentence's start, or the token after the content of the last
/// earlier claim of the sentence that ends before it.
fn clause_start(ctx: &Ctx, s: &Sentence, si: usize, before: usize, earlier: &[RawClaim]) -> usize {
    earlier
        .iter()
        .rev()
        .find(|c| c.sentence == si && c.content.end <= before)
        .map(|c| ctx.tokens.partition_point(|t| t.span.end <= c.content.end))
        .unwrap_or_else(|| after_place_dateline(ctx, s))
        .max(s.tokens.start)
}

/// Where a sentence's words start after a dateline of a place in capitals
/// and a dash that opens it ("WASHINGTON (AP) — ", "HARBOR CITY, Maine -- "):
/// the dateline is not part of what was said.
fn after_place_dateline(ctx: &Ctx, s: &Sentence) -> usize {
    let start = s.tokens.start;
    if !ctx.tokens.get(start).is_some_and(|t| t.kind == Kind::Word && t.is_all_caps()) {
        return start;
    }
    (start + 1..s.tokens.end.min(start + 10))
        .find(|&k| ctx.dash(k) || ctx.punct(k, "-"))
        .filter(|&k| {
            // Only capitalised words, a comma and an agency in brackets before the dash.
            (start..k).all(|j| {
                let t = ctx.tokens[j];
                t.kind == Kind::Word && t.is_upper() || matches!(ctx.w(j), "," | "(" | ")" | ".")
            })
        })
        .map_or(start, |k| k + 1)
}

/// Where the clause starts that a quotation opening at token `open` ends,
/// when the quotation opens inside its sentence after words of that clause
/// ("The bill’s failure was “heartbreaking,”"): not after another claim of
/// the sentence, a reporting verb (which makes its own claim), another
/// quotation or a colon.
fn clause_before_quote(ctx: &Ctx, s: &Sentence, si: usize, open: usize, earlier: &[RawClaim]) -> Option<usize> {
    let from = clause_start(ctx, s, si, ctx.tokens.get(open)?.span.start, earlier);
    if open <= from || open - from > 40 || ctx.quoted.get(from).copied().unwrap_or(true) {
        return None;
    }
    let words = (from..open).filter(|&j| ctx.tokens[j].kind == Kind::Word).count();
    // A verb of saying before the quotation has its own attribution, unless a
    // determiner makes it a noun ("The answers to the crisis are “…”").
    let verb = |j: usize| ctx.has(j, C_VERB) && !(j > from && is_noun_position(ctx, j - 1));
    // (A word or two in quotation marks inside the clause does not block it:
    // "words like “maybe” and “perhaps”, he told reporters".)
    let scare = |j: usize| {
        let q = ctx.quote_opened_at(j).or_else(|| ctx.quote_closed_at(j)).map(|qi| &ctx.quotes[qi]);
        q.is_some_and(|q| {
            q.words < 4 && q.open_token.is_some_and(|o| o >= from) && q.close_token.is_some_and(|c| c < open)
        })
    };
    let blocked = (from..open).any(|j| ctx.is_quote_mark(j) && !scare(j) || verb(j)) || ctx.punct(open - 1, ":");
    (words >= 2 && !blocked).then_some(from)
}

/// A short prepositional tail after a cue is an adverbial of the
/// attribution, not reported content: "…, Forbes reported on Wednesday", "…,
/// he said in Moscow", "“Q,” X wrote in a column", "…, she said in an
/// interview with the Associated Press".
fn adverbial_tail(ctx: &Ctx, from: usize, end: usize) -> bool {
    // "…,” Hollande said Friday as he entered the talks": a short clause
    // about the saying, right after the cue.
    let words = (from..end).filter(|&j| ctx.tokens[j].kind == Kind::Word).count();
    // (Only "as": "told them never to speak of it when they raised
    // concerns" ends what was told.)
    if words <= 10
        && ctx.is_any(from, &["as"])
        && ctx.is_any(from + 1, &["he", "she", "they", "we", "i"])
        && !(from..end).any(|j| ctx.is_quote_mark(j))
    {
        return true;
    }
    // A place or a name first, then another adverbial: "in Dunmore as the
    // crowd cheered", "at the White House as reporters shouted".
    let mut from = from;
    while !one_adverbial_tail(ctx, from, end) {
        match place_then_more(ctx, from, end) {
            Some(next) => from = next,
            None => return false,
        }
    }
    true
}

/// After "in/at/… [the] Name Name[,]" starting at `from`, the token that
/// follows, if any follows in the clause.
fn place_then_more(ctx: &Ctx, from: usize, end: usize) -> Option<usize> {
    if !ctx.is(from, TAIL_STARTS) {
        return None;
    }
    let mut j = from + 1;
    if ctx.is_any(j, &["the"]) {
        j += 1;
    }
    let name = j;
    while j < end && ctx.tokens[j].kind == Kind::Word && ctx.tokens[j].is_upper() && !ctx.is_quote_mark(j) {
        j += 1;
    }
    if j == name {
        return None;
    }
    while j < end && ctx.punct(j, ",") {
        j += 1;
    }
    (j < end).then_some(j)
}

/// One adverbial phrase from `from` to the clause's `end` ("on Wednesday",
/// "in an interview with the Associated Press", "as the crowd cheered").
fn one_adverbial_tail(ctx: &Ctx, from: usize, end: usize) -> bool {
    let words = (from..end).filter(|&j| ctx.tokens[j].kind == Kind::Word).count();
    // "…, he said in an interview with the Associated Press": longer tails
    // when every lower-case word is a function word or a medium.
    let medium_chain = words <= 8
        && (from..end).all(|j| {
            let t = ctx.tokens[j];
            t.kind != Kind::Word || t.is_upper() || contains(TAIL_WORDS, ctx.w(j))
        });
    from < end
        && (words <= 4 || medium_chain)
        && !(from..end).any(|j| ctx.is_quote_mark(j))
        && ctx.is(from, TAIL_STARTS)
}

crate::word_set!(
    /// Words that open an adverbial after a cue ("on Wednesday", "in Moscow").
    TAIL_STARTS = [
        "on", "in", "at", "during", "to", "after", "before", "from", "late", "early", "last", "this", "as", "with", "via",
    ]
);

crate::word_set!(
    /// Lower-case words of an adverbial after a cue: "in an interview with
    /// the Associated Press", "in a statement on Monday", "on his radio show".
    TAIL_WORDS = [
        "a", "an", "the", "his", "her", "its", "their", "in", "on", "at", "with", "to", "of", "for", "via", "during",
        "after", "before", "from", "and", "interview", "interviews", "statement", "statements", "email", "letter",
        "post", "tweet", "conference", "briefing", "call", "press", "news", "phone", "telephone", "television",
        "radio", "speech", "appearance", "meeting", "hearing", "rally", "program", "programme", "show", "column",
        "blog", "report", "reporters", "video", "message", "event", "podcast", "online", "website", "remarks",
    ]
);

crate::word_set!(
    /// Finite auxiliaries and modals: after a subject they make a clause.
    FINITE = [
        "'d", "'ll", "'re", "'s", "'ve", "am", "are", "can", "could", "did", "does", "had", "has", "have", "is", "may",
        "might", "must", "shall", "should", "was", "were", "will", "would", "’d", "’ll", "’re", "’s", "’ve",
    ]
);

crate::word_set!(
    /// Nouns for records and measurements whose "show" reports what they
    /// found, object and all: "a new poll showed Clinton leading Sanders",
    /// "public records show no gifts from Trump".
    SOURCE_NOUNS = [
        "analyses", "analysis", "audit", "census", "data", "documents", "emails", "estimates", "figures", "filings",
        "findings", "forecasts", "numbers", "poll", "polls", "projections", "records", "report", "reports", "research",
        "results", "returns", "statistics", "stats", "studies", "study", "survey", "surveys", "tally", "transcripts",
    ]
);

/// "show" (`lemma`) with a record or measurement at `head` for its subject.
fn record_shows(ctx: &Ctx, lemma: &str, head: usize) -> bool {
    lemma == "show" && ctx.is(head, SOURCE_NOUNS)
}

/// Whether `cue` is "show" with a record or measurement for its subject
/// (see [`SOURCE_NOUNS`]): the speaker found before it, or else the word
/// right before it ("The records show", where "records" may be a verb).
fn source_shows(ctx: &Ctx, cue: &Cue, speaker: Option<&SpeakerRef>, k_cue: usize, start: usize) -> bool {
    matches!(cue.form, Form::Base | Form::S | Form::Past)
        && match speaker {
            Some(SpeakerRef::Nominal { head, .. }) => record_shows(ctx, cue.lemma, *head),
            Some(_) => false,
            None => k_cue > start && record_shows(ctx, cue.lemma, k_cue - 1) && !ctx.tokens[k_cue - 1].is_upper(),
        }
}

/// What a record shows, without "that": a noun phrase of three words or
/// more ("Clinton leading Sanders among likely voters"), not a particle or
/// an object pronoun ("showed up", "show them").
fn shown_object(ctx: &Ctx, k: usize, end: usize) -> bool {
    k < end
        && matches!(ctx.tokens[k].kind, Kind::Word | Kind::Number)
        && !ctx.is_any(k, &["up", "off", "him", "her", "them", "us", "me", "it", "itself", "themselves"])
        && !ctx.has(k, C_VERB)
        && (k..end).filter(|&j| ctx.tokens[j].kind == Kind::Word).count() >= 3
}

/// Whether a clause without "that" opens at token `k`: a subject — a
/// pronoun, or a short noun phrase opened by a determiner, a name or a
/// number — then a finite auxiliary or modal ("the plan will fail", "Trump
/// has a lead", "most of the voters are", "Rubio’s status in Florida is"),
/// or a pronoun and a verb ("they know"). Beliefs and evidence take such a
/// clause the way they take "that …"; "believe in", "think about", "expect
/// the Fed to act", "polls show Trump leading" are not clauses.
fn bare_clause(ctx: &Ctx, k: usize, end: usize) -> bool {
    if k >= end || ctx.tokens[k].kind != Kind::Word && ctx.tokens[k].kind != Kind::Number {
        return false;
    }
    let w = ctx.w(k);
    if lexicon::any_of(&["he", "she", "they", "we", "you"], w) {
        // A subject pronoun: a verb or an auxiliary follows.
        return k + 1 < end
            && ctx.tokens[k + 1].kind == Kind::Word
            && !ctx.tokens[k + 1].is_upper()
            && !ctx.has(k + 1, C_NP_STOP | C_DET | C_PRONOUN);
    }
    // ("think women are likely to …": a plural noun needs no determiner.)
    let opens = lexicon::any_of(&["it", "there"], w)
        || ctx.has(k, C_DET) && !lexicon::any_of(&["that", "her"], w)
        || ctx.tokens[k].kind == Kind::Number
        || ctx.tokens[k].is_upper() && !ctx.has(k, C_NOT_NAME)
        || plural_noun(w) && !ctx.has(k, C_VERB | C_NP_STOP);
    if !opens {
        return false;
    }
    let mut j = k + 1;
    while j < end && j < k + 10 {
        let t = &ctx.tokens[j];
        // "’s" after a noun is mostly possessive ("Cruz’s victory",
        // "Patriot's obligations"); "it’s", "there’s" are clauses.
        let possessive = matches!(ctx.w(j), "’s" | "'s") && !(j == k + 1 && lexicon::any_of(&["it", "there"], w));
        if t.kind == Kind::Word && ctx.is(j, FINITE) && !possessive {
            return true;
        }
        let np_word = match t.kind {
            // A phrase may qualify the noun ("Rubio’s status in Florida is").
            Kind::Word => {
                !ctx.has(j, C_NP_STOP | C_VERB | C_PRONOUN)
                    || ctx.is_any(j, &["of", "in", "for", "on", "at", "from", "with", "and"])
            }
            Kind::Number => true,
            _ => matches!(ctx.w(j), "-" | "%" | ".") && !t.space_before,
        };
        if !np_word {
            return false;
        }
        j += 1;
    }
    false
}

/// The claims one cue makes, if it is a real attribution.
fn attribute(ctx: &Ctx, si: usize, cue: &Cue, earlier: &[RawClaim]) -> Option<Vec<RawClaim>> {
    let s = &ctx.sentences[si];
    let (start, end) = (s.tokens.start, sentence_content_end(ctx, s));
    let c0 = cue.tokens.start;
    let c1 = cue.tokens.end;
    if c1 > end {
        return None;
    }
    if cue.class == CueClass::According {
        return according_to(ctx, si, cue, start, end);
    }
    if cue.form == Form::Base && c0 > start && (is_noun_position(ctx, c0 - 1) || ctx.tokens[c0].is_upper()) {
        // "their say", "in the state", "an email", "one state", "Buckeye
        // State": a noun.
        return None;
    }
    if cue.form == Form::S && c0 > start && plural_noun_position(ctx, c0 - 1) {
        // "the many reasons that", "in reports that", "two states": a noun.
        return None;
    }
    if c0 > start && document_participle(ctx, c0) {
        return None;
    }
    if mostly_noun(ctx, cue, start) {
        return None;
    }
    if cue.lemma == "write" && ctx.is_any(c1, &["for"]) {
        // "writing for RealClearPolitics", "who writes for the Post": a job
        // (not "wrote for The Washington Informer that …").
        let clause_end = (c1..end).find(|&k| ctx.punct(k, ",") || ctx.punct(k, ":")).unwrap_or(end);
        if !(c1..clause_end).any(|k| ctx.is_any(k, &["that"]) || ctx.quote_opened_at(k).is_some()) {
            return None;
        }
    }
    if ctx.is_any(c1, &["not"]) && ctx.is_any(c1 + 1, &["to"]) && ctx.is_any(c1 + 2, &["be"]) {
        // "who asked not to be named": a request for anonymity.
        return None;
    }
    if matches!(cue.form, Form::Participle) && cue.class != CueClass::Say {
        return None;
    }
    // Where the attribution phrase starts (speaker or cue) and ends.
    let before = speaker_before(ctx, c0, start, cue.form == Form::Ing);
    // "McConnell issued a statement saying that …": the one who issued it.
    let issued_by = match &before {
        Some((SpeakerRef::Nominal { head, .. }, span, _)) if cue.form == Form::Ing => issuer(ctx, *head, *span, start),
        _ => None,
    };
    let before = issued_by.or(before);
    // The token the words between a speaker and the cue (adverbs, dates)
    // end at; ", then says …" coordinates verbs.
    let k_cue = skip_back(ctx, c0, start, false);
    let source_shows = source_shows(ctx, cue, before.as_ref().map(|b| &b.0), k_cue, start);
    if matches!(cue.class, CueClass::Belief | CueClass::Evidence) {
        // Beliefs and evidence count only with "that" (checked again below):
        // most "think", "know", "found" are not attributions. Records and
        // polls also show what they show ("polls show Trump leading").
        let mut k = c1;
        while k < end && k < c1 + 4 && (ctx.is_adverb(k) || ctx.timex_at[k].is_some()) {
            k += 1;
        }
        if let Some(that) = aside_before_that(ctx, k, end) {
            k = that;
        }
        // Without "that", a question asks ("Do you think he will win?").
        let question = ctx.punct(s.tokens.end - 1, "?");
        // ("C, he believes.": what was said comes first, after a comma.)
        let closes = k >= end && c0 > start + 1 && ctx.punct(k_cue.saturating_sub(2), ",");
        if !ctx.is_any(k, &["that"]) && (question || !bare_clause(ctx, k, end) && !source_shows) && !closes {
            return None;
        }
    }
    let then = k_cue > start && ctx.punct(k_cue - 1, ",") && ctx.is_any(k_cue, &["then"]);
    // A speaker after the cue counts only after a quotation or a comma
    // ("“Q,” said X", "C, said X"): look for one only there.
    let inversion_possible = before.is_none() && cue.form != Form::Ing && {
        let k = k_cue;
        k > start && (ctx.is_quote_mark(k - 1) || ctx.punct(k - 1, ",")) && !then
    };
    let after = if inversion_possible { speaker_after(ctx, c1, end) } else { None };
    // An -ing cue after a comma or "and": the clause's speaker ("…, adding that").
    let participle = cue.form == Form::Ing && before.is_none() && {
        let k = k_cue;
        let after_comma =
            k > start && (ctx.punct(k - 1, ",") || ctx.is_any(k - 1, &["and", "while", "before", "after"]));
        // "unleashed a series of tweets saying that …"
        let takes_clause = ctx.is_any(c1, &["that"])
            || ctx.quote_opened_at(c1).is_some()
            || ctx.punct(c1, ",") && ctx.quote_opened_at(c1 + 1).is_some();
        k > start && (after_comma || takes_clause && cue.class == CueClass::Say)
    };
    let (speaker, speaker_span, roles, attr_lo, attr_hi) = match (before, after) {
        (Some((r, sp, roles)), _) => {
            // A description before the name in apposition starts the phrase,
            // with its own titles: "“Q,” the nominee, Donald Trump, said",
            // "“Q,” Ms. Merkel's spokesman, Steffen Seibert, wrote".
            let lo = attribution_start(ctx, &r, sp);
            let described = roles.iter().filter(|role| role.start < sp.start).map(|role| {
                let first = ctx.tokens.partition_point(|t| t.span.start < role.start);
                match ctx.name_by_start.get(&first) {
                    Some(&ni) => attribution_start(ctx, &SpeakerRef::Name(ni), ctx.names[ni].span),
                    None => attribution_start(ctx, &SpeakerRef::Previous, *role),
                }
            });
            let lo = described.fold(lo, usize::min);
            (r, Some(sp), roles, lo, c1)
        }
        (None, Some((r, sp, roles, next))) if cue.form != Form::Ing => {
            // Inversion right after a quotation ("“Q,” said X"), or after a
            // comma that ends a clause of some length ("C, said professor X").
            let k = k_cue;
            let mut q = k;
            while q > start && ctx.punct(q - 1, ",") {
                q -= 1;
            }
            let after_quote = q > start && ctx.is_quote_mark(q - 1);
            let after_clause = k > start
                && ctx.punct(k - 1, ",")
                && matches!(cue.form, Form::Past | Form::S)
                && cue.class == CueClass::Say
                && !matches!(r, SpeakerRef::Pronoun(_))
                && (start..k).filter(|&j| ctx.tokens[j].kind == Kind::Word).count() >= 4;
            if !after_quote && !after_clause {
                return None;
            }
            (r, Some(sp), roles, c0, next)
        }
        (None, _) if participle => {
            let prev = earlier.last();
            match prev {
                Some(p) => (p.speaker.clone(), None, Vec::new(), c0, c1),
                None => {
                    let (r, sp) = clause_subject(ctx, s, c0)?;
                    (r, Some(sp), Vec::new(), c0, c1)
                }
            }
        }
        (None, _) if generic_subject(ctx, cue, start, end).is_some() => {
            // "One questioner claimed that …", "Demonstrators said they …": any short
            // noun phrase is the speaker when the cue takes "that", a quotation or
            // a colon, or when it opens the sentence.
            let (lo, head, name) = generic_subject(ctx, cue, start, end)?;
            let sp = ctx.span(lo, head + 1);
            (SpeakerRef::Nominal { head, name }, Some(sp), Vec::new(), lo, c1)
        }
        (None, _) if loose_np_after_quote(ctx, c0, start).is_some() => {
            // "“Q,” the ad’s narrator says": any short noun phrase between a
            // quotation and its cue is the speaker.
            let (lo, head, name) = loose_np_after_quote(ctx, c0, start)?;
            let sp = ctx.span(lo, head + 1);
            (SpeakerRef::Nominal { head, name }, Some(sp), Vec::new(), lo, c1)
        }
        (None, _) => {
            // Coordinated verbs: "Trump referred to … and repeated that …"
            // (", then says …" too).
            let k = k_cue;
            if !(k > start && ctx.is_any(k - 1, &["and", "but"]) || then) || cue.form == Form::Base {
                return None;
            }
            // (After ", then", the subject opens the sentence: in "Kasich
            // jokingly offered the man a job, then says" "the man" is an
            // object.)
            let subject = clause_subject(ctx, s, c0).filter(|(r, sp)| {
                !then || !matches!(r, SpeakerRef::Nominal { .. }) || sp.start <= ctx.tokens[start].span.start
            });
            match subject {
                Some((r, sp)) => (r, Some(sp), Vec::new(), c0, c1),
                // "The affidavit cited interviews and said that …": the verb
                // before shares its speaker with this one.
                None => {
                    let first = earlier.iter().rev().find(|c| {
                        c.sentence == si
                            && c.cue.is_some_and(|cs| cs.end <= cue.span.start)
                            && c.speaker_span.zip(c.cue).is_some_and(|(sp, cs)| sp.end <= cs.start)
                    })?;
                    (first.speaker.clone(), None, Vec::new(), c0, c1)
                }
            }
        }
    };
    let make = |content: Span| RawClaim {
        speaker: speaker.clone(),
        speaker_span,
        roles: roles.clone(),
        cue: Some(cue.span),
        content,
        kind: ClaimKind::Indirect,
        sentence: si,
        date: claim_date(ctx, s, (attr_lo, attr_hi), content),
    };
    let mut claims = Vec::new();

    // 1. A quotation right before the attribution: "“Q,” he said.", also
    // across a description the name did not absorb ("“Q,” retired Air Force
    // general Lloyd Newton said").
    let mut k = attr_lo;
    let mut steps = 0;
    while k > start && steps < 6 && !ctx.quoted.get(k - 1).copied().unwrap_or(false) {
        let t = ctx.tokens[k - 1];
        let descriptive = matches!(t.kind, Kind::Word | Kind::Number) && !ctx.has(k - 1, C_NP_STOP | C_BE | C_VERB);
        if !descriptive {
            break;
        }
        k -= 1;
        steps += 1;
    }
    if !(k > start && (ctx.is_quote_mark(k - 1) || ctx.punct(k - 1, ",") || ctx.dash(k - 1))) {
        k = attr_lo;
    }
    while k > start && (ctx.punct(k - 1, ",") || ctx.dash(k - 1)) {
        k -= 1;
    }
    // After "said X" (the speaker after the cue) nothing is reported content.
    let inverted = attr_lo == c0;
    // (Only read when something may follow the cue.)
    let after_cue = if inverted { c1 } else { content_start(ctx, cue, attr_hi.max(c1), end) };
    let clause_follows = !inverted && {
        let from = after_cue;
        let words = (from..end).filter(|&j| ctx.tokens[j].kind == Kind::Word).count();
        // After "told", the words are whom it was told to ("“Q,” Kasich told
        // a crowd in Berea"), unless a "that" clause follows.
        let told_whom = cue.lemma == "tell" && !(c1..end).any(|j| ctx.is_any(j, &["that"]));
        words >= 3
            && ctx.quote_opened_at(from).is_none()
            && complement_ok(ctx, from)
            && !adverbial_tail(ctx, from, end)
            && !told_whom
    };
    if k > start {
        // A quotation inside a phrase before the speaker ("Citing “…,” the
        // spokeswoman told POLITICO that …") gives way to a "that" clause.
        let that_follows = clause_follows && after_cue > c1 && ctx.is_any(after_cue - 1, &["that"]);
        let embedded = |q: &Quote| {
            q.open_token.is_some_and(|o| o > start && ctx.tokens[o - 1].kind == Kind::Word && !ctx.has(o - 1, C_BE))
        };
        if let Some(qi) = ctx.quote_closed_at(k - 1).filter(|&qi| {
            let q = &ctx.quotes[qi];
            !(clause_follows && q.words < 5 || that_follows && embedded(q))
        }) {
            // The whole quotation, even when it holds several sentences; or,
            // when it ends a clause that began before it, the clause with it
            // ("The bill’s failure was “heartbreaking,” she said").
            let q = &ctx.quotes[qi];
            let lead = q.open_token.and_then(|o| clause_before_quote(ctx, s, si, o, earlier));
            claims.push(make(lead.map_or(q.span, |from| Span::new(ctx.tokens[from].span.start, q.span.end))));
            // "“Q1,” he said, “Q2.”", "… he said, but “Q2”", "… Tester said,
            // referring to the excuse, “Q2.”"
            let mut j = attr_hi;
            // "… he told the host, “Q2.”": the cue's object, up to a comma.
            if cue.lemma == "tell" || cue.class == CueClass::Object {
                if let Some(c) = (j..end.min(j + 6)).find(|&x| ctx.punct(x, ",") || ctx.is_quote_mark(x)) {
                    if ctx.punct(c, ",") && ctx.quote_opened_at(c + 1).is_some() {
                        j = c;
                    }
                }
            }
            // … and its adverbials: "“Q1,” Trump said last month on Twitter, “Q2.”"
            let j0 = j;
            while j < end
                && j < j0 + 10
                && (ctx.punct(j, ",")
                    || ctx.punct(j, ":")
                    || ctx.dash(j)
                    || ctx.is_adverb(j)
                    || ctx.timex_at[j].is_some()
                    || ctx.is_any(j, &["but"])
                    || ctx.tokens[j].kind == Kind::Word
                        && (contains(TAIL_WORDS, ctx.w(j)) || ctx.tokens[j].is_upper() && !ctx.quoted[j]))
            {
                j += 1;
            }
            if ctx.quote_opened_at(j).is_none() && says_ing(ctx, j) {
                // "“Q1,” he said, adding later, “Q2.”": the participle's own claim.
                return Some(claims);
            }
            if ctx.quote_opened_at(j).is_none() && ctx.w(j).ends_with("ing") {
                // Skip a participial phrase up to its comma.
                if let Some(c) = (j..end.min(j + 12)).find(|&x| ctx.punct(x, ",") || ctx.is_quote_mark(x)) {
                    if ctx.punct(c, ",") {
                        j = c + 1;
                    }
                }
            }
            if let Some(q2) = ctx.quote_opened_at(j).filter(|_| j < end) {
                // The whole second quotation, even over several sentences.
                let q2 = &ctx.quotes[q2];
                let sentence_end = ctx.tokens[end - 1].span.end.min(s.span.end);
                let to = if q2.close_token.is_some() { q2.span.end.max(sentence_end) } else { sentence_end };
                claims.push(make(Span::new(q2.span.start, to)));
            }
            return Some(claims);
        }
    }

    // 2. Content after the cue: a quotation ("X said: “Q.”") or a clause.
    let from = content_start(ctx, cue, attr_hi.max(c1), end);
    if QUOTE_ONLY.contains(cue.lemma) && ctx.quote_opened_at(from).is_none() {
        // "The sign read “…”" reports words; "he read the statement" does not.
        return None;
    }
    if cue.class == CueClass::Belief || cue.class == CueClass::Evidence {
        // Beliefs and evidence only with a "that" clause, or a clause whose
        // subject and finite verb are plain to see ("believe the plan will fail").
        if !(from > c1 && ctx.is_any(from - 1, &["that"])
            || bare_clause(ctx, from, end)
            || source_shows && shown_object(ctx, from, end)
            || from >= end)
        {
            return None;
        }
    }
    if CLAUSE_ONLY.contains(cue.lemma) {
        // "maintained her lead", "maintained an energetic pace": with a
        // noun phrase after them these report nothing.
        let clause = from > c1 && (ctx.is_any(from - 1, &["that"]) || ctx.punct(from - 1, ":"))
            || ctx.quote_opened_at(from).is_some()
            || bare_clause(ctx, from, end)
            || from >= end
            || adverbial_tail(ctx, from, end);
        if !clause {
            return None;
        }
    }
    if cue.lemma == "call" && phone_call(ctx, from, end) {
        return None;
    }
    // 3. Content before the attribution, which ends the sentence: "C, X said."
    let tail_words = (from..end).filter(|&j| ctx.tokens[j].kind == Kind::Word).count();
    let tail_quoted = (from..end).any(|j| ctx.is_quote_mark(j));
    let adverbial_tail = adverbial_tail(ctx, from, end);
    let tail_empty = from >= end || tail_words == 0 && !tail_quoted || adverbial_tail;
    let comma_before = attr_lo > start && (ctx.punct(attr_lo - 1, ",") || ctx.is_quote_mark(attr_lo - 1));
    // The attribution between commas in mid-sentence: "C1, he said, C2", "C1,
    // Garin said, that C2".
    let comma_after = attr_hi <= from
        && (ctx.punct(from.saturating_sub(1), ",")
            || from >= 2 && ctx.is_any(from - 1, &["that"]) && ctx.punct(from - 2, ","));
    // (A participle's content follows it: "…, Trump said, adding …" does not
    // report "Trump said".)
    // An infinitive ("declined to comment", "refused to say") reports
    // nothing before it.
    let infinitive = c0 > start && ctx.is_any(c0 - 1, &["to"]);
    // Nor does a relative clause ("…, said one witness, who asked not to be
    // named": what comes before is the main clause's).
    let relative = ctx.is_any(attr_lo, &["who", "which"]);
    // "In a speech last July, he said:" and the words in the next paragraph:
    // what comes before the colon is not what was said.
    let colon_end = from >= end && (ctx.punct(end - 1, ":") || ctx.punct(s.tokens.end - 1, ":"));
    if comma_before && (tail_empty || comma_after) && cue.form != Form::Ing && !infinitive && !relative && !colon_end {
        let clause_start = clause_start(ctx, s, si, ctx.tokens[attr_lo].span.start, earlier);
        let e = if ctx.punct(attr_lo - 1, ",") { attr_lo - 1 } else { attr_lo };
        // "At a rally yesterday, Beck said, …": an introductory adverbial is
        // not content.
        let words_before = (clause_start..e).filter(|&j| ctx.tokens[j].kind == Kind::Word).count();
        let intro = (ctx.is(clause_start, INTRO) || ctx.timex_at.get(clause_start).copied().flatten().is_some())
            && words_before <= 6
            && !tail_empty;
        // One word is content only as the subject of what follows the
        // attribution: "Trump, Sexton said, has created …", "That, the
        // commission said, “would be …”" (not "Otherwise, she said, …").
        let subject_word = e == clause_start + 1
            && comma_after
            && !tail_empty
            && (ctx.name_by_start.contains_key(&clause_start)
                || ctx.is_any(clause_start, &["that", "this", "these", "those", "it", "he", "she", "they", "we"]));
        // "Asked about the delay, X said …": the question put to the speaker.
        let question = ctx.is_any(clause_start, &["asked"]);
        if (e > clause_start + 1 || subject_word) && !intro && !question {
            claims.push(make(ctx.span(clause_start, e)));
            if !tail_empty && from < end && !says_ing(ctx, from) {
                // "C1, he added, C2." (Not "C1, he said, adding that C2": the
                // participle makes that claim.)
                let to = participle_cut(ctx, from, end);
                claims.push(make(extend_into_quote(ctx, s, ctx.span(from, to))));
            }
            return Some(claims);
        }
    }
    if from >= end {
        // "The New York Times reports:" and a quotation in the next paragraph.
        // (A block follows only a sentence that ends with a colon.)
        if let Some(block) = block_after_colon(ctx, si) {
            claims.push(make(block));
            return Some(claims);
        }
        return None;
    }
    let words = (from..end).filter(|&j| ctx.tokens[j].kind == Kind::Word).count();
    let min_words = if cue.class == CueClass::Object { 2 } else { 3 };
    if words < min_words && ctx.quote_opened_at(from).is_none() {
        return None;
    }
    // (A coordinated subject is plural: "Mr. Grassley and Mr. Leahy say".)
    let coordinated = attr_lo > start + 1 && ctx.is_any(attr_lo - 1, &["and"]);
    if cue.class == CueClass::Say
        && cue.form == Form::Base
        && !matches!(speaker, SpeakerRef::Pronoun(_))
        && !coordinated
    {
        // "say" needs a plural or pronoun subject; "the report said" is covered by its own forms.
        // A noun phrase's head decides ("aides to the mayor say"); a share is
        // plural ("four in 10 say", "9 percent say").
        let plural = match speaker {
            SpeakerRef::Nominal { head, .. } => {
                let hw = ctx.w(head);
                plural_noun(hw)
                    || is_count(ctx, head)
                    || hw == "%"
                    || ctx.is_any(head, SHARES)
                    || hw.contains("-in-")
                    || hyphenated_fraction(hw)
            }
            _ => speaker_span.is_some_and(|sp| plural_noun(sp.of(ctx.text).rsplit(' ').next().unwrap_or(""))),
        };
        if !plural {
            return None;
        }
    }
    let mut from = from;
    let fronted = fronted_adverbial(ctx, from, end);
    // "said as he entered the talks", "as the crowd roared": a clause of
    // time (but "said as many as ten people died", "said as much", "said as
    // president he would …" and "argued as voters learned more, Sanders will
    // lose" report).
    let as_clause = ctx.is_any(from, &["as"])
        && ctx.has(from + 1, C_PRONOUN | C_DET)
        && !ctx.is_any(from + 1, &["many", "few"])
        && !clause_after_comma(ctx, from, end, 14);
    if cue.class == CueClass::Say
        && !fronted
        && (ctx.is_any(from, PREPOSITIONS) || as_clause)
        && ctx.quote_opened_at(from).is_none()
    {
        // "said in Virginia as the crowd roared": a place or setting, not what
        // was said, unless "that" or a quotation follows it.
        let next = (from + 1..end.min(from + 12)).find(|&j| {
            ctx.quote_opened_at(j).is_some() || ctx.is_any(j, &["that"]) && !ctx.quoted.get(j).copied().unwrap_or(false)
        })?;
        from = if ctx.quote_opened_at(next).is_some() { next } else { next + 1 };
        if from >= end {
            return None;
        }
    }
    if !fronted && !complement_ok(ctx, from) {
        return None;
    }
    // "adding to his lead", "agreed to a moratorium": "to" and a noun phrase
    // after these verbs is no speech.
    if matches!(cue.lemma, "add" | "agree" | "relate" | "thank")
        && ctx.is_any(from, &["to"])
        && (ctx.has(from + 1, C_DET) || ctx.tokens.get(from + 1).is_some_and(|t| t.kind == Kind::Number))
    {
        return None;
    }
    // "a group called Black Votes Matter", "a play called “Los Hijos de
    // Trump”": a name given, not speech.
    if cue.lemma == "call" && matches!(cue.form, Form::Past | Form::Participle) && naming_called(ctx, c0, start) {
        return None;
    }
    // "called in to a town hall", "called up his aides": not speech.
    if cue.lemma == "call" && ctx.is_any(c1, &["in", "into", "up", "back", "off"]) {
        return None;
    }
    // "added his second win", "continued his tour": without "that" or a
    // quotation these verbs take an object, not speech.
    let introduced = from > c1 && ctx.is_any(from - 1, &["that", ":"]) || ctx.quote_opened_at(from).is_some();
    if matches!(cue.lemma, "continue") && !introduced {
        return None;
    }
    // "The plan — which Rivas said was doomed — failed": in a relative
    // clause set off by dashes, what was said ends where the clause does.
    // (Not at a comma: commas also fall inside what was said.)
    let mut end = end;
    if attr_lo >= start + 2 && ctx.is_any(attr_lo - 1, &["which", "who"]) {
        let opener = attr_lo - 2;
        // (The same dash closes it.)
        let closes = |j: usize| ctx.dash(opener) && ctx.punct(j, ctx.w(opener));
        if let Some(close) = (from..end).find(|&j| closes(j) && !ctx.quoted.get(j).copied().unwrap_or(false)) {
            end = close;
        }
    }
    // "The ferry company, which said the crossing was safe, cancelled it",
    // "Smith, who said the plan was dead, resigned": a relative clause
    // between commas ends before the main clause's verb.
    if k_cue >= start + 2 && ctx.is_any(k_cue - 1, &["which", "who"]) && ctx.punct(k_cue - 2, ",") {
        let verb_after = |j: usize| {
            ctx.tokens.get(j + 1).is_some_and(|t| t.kind == Kind::Word && !t.is_upper()) && {
                let w = ctx.w(j + 1);
                ctx.has(j + 1, C_VERB | C_BE) || ctx.is(j + 1, FINITE) || w.len() > 4 && w.ends_with("ed")
            }
        };
        // (Only once what was said has a verb of its own: in "the two men,
        // and Mr. Cruz in particular, must do more" the verb is still to come.)
        let has_verb = |a: usize, b: usize| {
            ctx.has(a, C_PRONOUN)
                || (a..b).any(|j| {
                    let w = ctx.w(j);
                    ctx.has(j, C_VERB | C_BE) || ctx.is(j, FINITE) || w.len() > 4 && w.ends_with("ed")
                })
        };
        if let Some(close) = (from..end).find(|&j| {
            ctx.punct(j, ",") && verb_after(j) && !ctx.quoted.get(j).copied().unwrap_or(false) && has_verb(from, j)
        }) {
            end = close;
        }
    }
    if from >= end || says_ing(ctx, from) {
        return None;
    }
    let end = participle_cut(ctx, from, end);
    claims.push(make(extend_into_quote(ctx, s, ctx.span(from, end))));
    Some(claims)
}

/// Token `k` is a reporting participle that makes a claim of its own, the
/// sentence subject's: "adding", "saying", "noting", "telling". (Others,
/// such as "highlighting", as often belong to the reported clause: "Aides
/// said Obama will make his case, highlighting …".)
fn says_ing(ctx: &Ctx, k: usize) -> bool {
    ctx.tokens.get(k).is_some_and(|t| t.kind == Kind::Word)
        && !ctx.quoted.get(k).copied().unwrap_or(true)
        && lexicon::any_of(&["adding", "saying", "noting", "telling"], ctx.w(k))
}

/// Where content from `from` ends: before ", adding …", ", saying …", whose
/// participle reports a claim of its own ("criticized the deal, adding that
/// it was a disaster").
fn participle_cut(ctx: &Ctx, from: usize, end: usize) -> usize {
    (from + 1..end).find(|&j| ctx.punct(j, ",") && !ctx.quoted[j] && says_ing(ctx, j + 1)).unwrap_or(end)
}

/// Prepositions a setting or place starts with.
const PREPOSITIONS: &[&str] = &[
    "across", "after", "at", "before", "during", "following", "in", "inside", "into", "on", "outside", "over",
    "toward", "towards",
];

crate::word_set!(
    /// Words that open an introductory phrase ("On Thursday,", "In a statement,").
    INTRO = [
            "after", "although", "as", "at", "before", "by", "despite", "during", "earlier", "for", "however", "in",
            "last", "later", "meanwhile", "on", "since", "still", "though", "when", "while", "with", "yesterday",
        ]
);

/// Words that open an adverbial, not a reported clause: content after a cue
/// never starts with them ("concluded by implying", "said when asked").
const NOT_COMPLEMENT: &[&str] = &[
    "after", "against", "because", "before", "by", "during", "following", "from", "since", "though", "through",
    "under", "unless", "until", "upon", "when", "whenever", "which", "while", "who", "whose", "without",
];

/// "says that after the attacks, Santilli was …", "says that in 2012 it
/// paid …": after "that", a phrase of time or place (or a subordinate
/// clause) may open the reported clause when a clause follows it: a comma
/// and a subject, or a date and a pronoun. ("He said that during the
/// debate." reports nothing.)
fn fronted_adverbial(ctx: &Ctx, from: usize, end: usize) -> bool {
    if from == 0 || !ctx.is_any(from - 1, &["that"]) || ctx.quoted.get(from - 1).copied().unwrap_or(false) {
        return false;
    }
    if !(ctx.is_any(from, PREPOSITIONS) || ctx.is_any(from, NOT_COMPLEMENT))
        || ctx.is_any(from, &["which", "who", "whose"])
    {
        return false;
    }
    // (Or a date then a pronoun: "that in 2012 it paid".) After "that" the
    // phrase may run longer: "said that while Clinton and her aides had been
    // “extremely careless” with classified materials, “no reasonable
    // prosecutor” would …".
    clause_after_comma(ctx, from, end, 24)
        || (from + 2..end.min(from + 14))
            .any(|j| ctx.timex_at[j - 1].is_some() && ctx.timex_at[j].is_none() && ctx.has(j, C_PRONOUN))
}

/// A phrase opened at `from` ends in a comma and a subject follows ("at one
/// meeting, in 1972, he …"), within `span` tokens; not a comma right after
/// its first word (in "had said that because, she said, the comment …"
/// "that" is what was said).
fn clause_after_comma(ctx: &Ctx, from: usize, end: usize, span: usize) -> bool {
    let subject = |mut j: usize| {
        // (Past a closing quotation mark: "as a news conference-ending
        // “rant,” President Obama took …"; or into an opening one: "…,
        // “no reasonable prosecutor” would".)
        if ctx.is_quote_mark(j) && (ctx.quote_closed_at(j).is_some() || ctx.quote_opened_at(j).is_some()) {
            j += 1;
        }
        j < end
            && (ctx.has(j, C_PRONOUN | C_DET)
                || ctx.is_any(j, &["there"])
                || ctx.tokens[j].kind == Kind::Word && ctx.tokens[j].is_upper())
            && !ctx.is_any(j, &["who", "that"])
    };
    !ctx.punct(from + 1, ",") && (from + 2..end.min(from + span)).any(|j| ctx.punct(j, ",") && subject(j + 1))
}

/// The content after a cue is a reported clause or a quotation, not an
/// adverbial.
fn complement_ok(ctx: &Ctx, from: usize) -> bool {
    if ctx.quote_opened_at(from).is_some() {
        return true;
    }
    // ", attempting to regroup": a participial phrase after a comma.
    let participle = from > 0 && ctx.punct(from - 1, ",") && ctx.w(from).ends_with("ing");
    // "said nothing about the cause", "have said little": nothing reported
    // (but "said nothing had changed" reports a clause).
    let nothing = ctx.is_any(from, &["nothing", "little"])
        && (ctx.is_any(from + 1, &["about", "of", "on", "to", "more", "else"])
            || ctx.tokens.get(from + 1).is_none_or(|t| t.kind == Kind::Punct));
    !ctx.is_any(from, NOT_COMPLEMENT) && !participle && !nothing
}

/// A content that enters a quotation ends where the quotation does (a
/// quotation may hold several sentences).
fn extend_into_quote(ctx: &Ctx, s: &Sentence, mut content: Span) -> Span {
    if let Some(q) =
        ctx.doubles_overlapping(content).find(|q| q.span.end > content.end && q.span.start >= content.start)
    {
        let para_end = ctx.tokens.get(s.tokens.end).is_none_or(|t| t.breaks_before > 0);
        if q.paragraph == s.paragraph || !para_end {
            content.end = q.span.end;
        }
    }
    content
}

/// "According to X, C." and "C, according to X."
fn according_to(ctx: &Ctx, si: usize, cue: &Cue, start: usize, end: usize) -> Option<Vec<RawClaim>> {
    let s = &ctx.sentences[si];
    let (speaker, sp, roles, next) =
        speaker_after(ctx, cue.tokens.end, end).or_else(|| source_after(ctx, cue.tokens.end, end))?;
    let lo = cue.tokens.start;
    // A clause goes on after "according to X,": not a relative clause or a
    // comparison ("…, who prosecuted …", "…, compared with …").
    let goes_on = next + 2 < end
        && ctx.punct(next, ",")
        && !ctx.is_any(next + 1, NOT_COMPLEMENT)
        && !ctx.is_any(next + 1, &["although", "even", "compared", "including", "as", "and", "but"]);
    let in_middle = lo > start + 1 && ctx.punct(lo - 1, ",") && goes_on;
    // "The AP reported that, according to X, C", "“Q,” Hewitt said,
    // according to a transcript": another attribution ends right before it.
    let said = |j: usize| {
        crate::cues::verb(ctx.w(j)).is_some_and(|(_, class, form)| form == Form::Past && class == CueClass::Say)
    };
    let reported = lo >= start + 3
        && ctx.punct(lo - 1, ",")
        && (said(lo - 2) || ctx.is_any(lo - 2, &["that"]) && crate::cues::verb(ctx.w(lo - 3)).is_some());
    if reported && !goes_on {
        // The words before are the other attribution's claim.
        return None;
    }
    let content = if let Some(block) = block_after_colon(ctx, si).filter(|_| lo <= start + 1) {
        // "According to Jack Kelly, writing for RealClearPolitics:" and a
        // block quotation in the next paragraph ("C, according to X:" keeps
        // C).
        block
    } else if in_middle && (reported || introduction(ctx, start, lo - 1)) {
        // "Since last November, according to X, C": an introduction, then the content.
        ctx.span(next + 1, end)
    } else if in_middle
        && (start..lo).filter(|&j| ctx.tokens[j].kind == Kind::Word).count() <= 8
        && !(start..lo).any(|j| looks_like_verb(ctx, j))
        && !ctx.is_any(next + 1, &["a", "an", "the"])
        && !ctx.name_by_start.contains_key(&(next + 1))
    {
        // "C1, according to X, C2", C1 a short subject with no verb
        // ("Fundraising, according to the campaign, has surged"): the content
        // is around the attribution, two claims (but not "…, according to
        // X, the agency's director", a description of X).
        let make = |content: Span| RawClaim {
            speaker: speaker.clone(),
            speaker_span: Some(sp),
            roles: roles.clone(),
            cue: Some(cue.span),
            content,
            kind: ClaimKind::Indirect,
            sentence: si,
            date: claim_date(ctx, s, (cue.tokens.start, next), content),
        };
        return Some(vec![make(ctx.span(start, lo - 1)), make(ctx.span(next + 1, end))]);
    } else if lo > start && ctx.punct(lo - 1, ",") {
        // "C, according to X."
        ctx.span(start, lo - 1)
    } else if lo > start + 1 && ctx.quote_closed_at(lo - 1).is_some() && ctx.punct(lo - 2, ",") {
        // "“Q,” according to X."
        ctx.span(start, lo)
    } else if lo > start + 3 && next >= end.saturating_sub(1) && matches!(speaker, SpeakerRef::Name(_)) {
        // "Clinton leads by 271 delegates according to a count by the AP"
        // (a named source: "overweight according to his body mass index" is
        // no claim).
        ctx.span(start, lo)
    } else if lo == start || lo == start + 1 || ctx.punct(lo - 1, ":") || ctx.punct(lo - 1, ";") {
        // "According to X, C.", "…: According to X, C."
        let mut k = next;
        while k < end && !ctx.punct(k, ",") && k < next + 12 {
            k += 1;
        }
        if k >= end {
            return None;
        }
        ctx.span(k + 1, end)
    } else {
        return None;
    };
    if content.is_empty() {
        return None;
    }
    Some(vec![RawClaim {
        speaker,
        speaker_span: Some(sp),
        roles,
        cue: Some(cue.span),
        content,
        kind: ClaimKind::Indirect,
        sentence: si,
        date: claim_date(ctx, s, (cue.tokens.start, next), content),
    }])
}

/// Whatever "according to" names, up to a comma or the end of the sentence:
/// "early returns", "state corporate records", "a count by The Associated
/// Press". Its head is the last word before a preposition; a name inside it
/// is kept.
/// Whether tokens `from..to` are an introductory adverbial, not content:
/// "Since last November", "But the next day", "About 10 p.m.", "Over the
/// long term" (an introduction word or a date first, no verb, short).
fn introduction(ctx: &Ctx, from: usize, to: usize) -> bool {
    let mut k = from;
    if ctx.is_any(k, &["but", "and", "yet", "so", "then"]) {
        k += 1;
        if k >= to {
            // "But, according to the poll, C"
            return true;
        }
    }
    let dated = (k..(k + 3).min(to)).any(|j| ctx.timex_at.get(j).copied().flatten().is_some());
    let words = (from..to).filter(|&j| ctx.tokens[j].kind == Kind::Word).count();
    (ctx.is(k, INTRO) || dated) && words <= 8 && !(from..to).any(|j| looks_like_verb(ctx, j))
}

fn source_after(ctx: &Ctx, from: usize, end: usize) -> Option<(SpeakerRef, Span, Vec<Span>, usize)> {
    let mut k = from;
    while k < end && k < from + 20 && !ctx.punct(k, ",") && !ctx.punct(k, ".") && !ctx.is_quote_mark(k) {
        if !matches!(ctx.tokens[k].kind, Kind::Word | Kind::Number) && !ctx.punct(k, "-") {
            return None;
        }
        k += 1;
    }
    if k == from || !(k >= end || ctx.punct(k, ",") || ctx.punct(k, ".")) {
        return None;
    }
    let mut head_end =
        (from..k).find(|&j| j > from && ctx.is_any(j, &["by", "of", "from", "in", "at", "on", "for"])).unwrap_or(k);
    // "a petition signed by 2,000 residents": the participle is not the head.
    if head_end > from + 1 && head_end < k && ctx.w(head_end - 1).ends_with("ed") {
        head_end -= 1;
    }
    let head = head_end - 1;
    // "early results of the exit poll conducted by …": a participle before
    // "by" describes the source.
    let verb = |j: usize| looks_like_verb(ctx, j) && !(ctx.w(j).ends_with("ed") && ctx.is_any(j + 1, &["by", "for"]));
    if ctx.tokens[head].kind != Kind::Word || (from..k).any(verb) {
        return None;
    }
    // "a count by The Associated Press": the named source speaks.
    if let Some(ni) = (head_end..k).rev().find_map(|j| ctx.name_by_end.get(&j).copied()) {
        return Some((SpeakerRef::Name(ni), ctx.names[ni].span, Vec::new(), k));
    }
    let name = (from..head_end).rev().find_map(|j| ctx.name_by_end.get(&j).copied());
    Some((SpeakerRef::Nominal { head, name }, ctx.span(from, head_end), Vec::new(), k))
}

/// The subject at the start of a clause: the first noun phrase after an
/// introductory phrase ("On Thursday, US President Donald Trump …").
fn clause_subject(ctx: &Ctx, s: &Sentence, before: usize) -> Option<(SpeakerRef, Span)> {
    let mut k = s.tokens.start;
    // Skip an introductory phrase ("On Thursday,", "In a statement,",
    // "Meanwhile,") ending in a comma within the first tokens.
    let intro = ctx.is(k, INTRO) || ctx.timex_at.get(k).copied().flatten().is_some() || ctx.is_adverb(k);
    if intro {
        if let Some(c) = (k..before.min(k + 10)).find(|&j| ctx.punct(j, ",")) {
            k = c + 1;
        }
    }
    while k < before && ctx.is_adverb(k) {
        k += 1;
    }
    if let Some(&ni) = ctx.name_by_start.get(&k) {
        let n = &ctx.names[ni];
        return Some((SpeakerRef::Name(ni), n.span));
    }
    // A name after its title: "US President Donald Trump" starts with the role.
    if let Some(n) = ctx.name_by_role_start.get(&k).copied() {
        return Some((SpeakerRef::Name(n), ctx.names[n].span));
    }
    let w = ctx.w(k);
    if contains(PRONOUNS, w) && !matches!(w.to_ascii_lowercase().as_str(), "who" | "i" | "you" | "we") {
        return Some((SpeakerRef::Pronoun(k), ctx.tokens[k].span));
    }
    // "The senator Anthony Kiedis", "Her spokesman Nick Merrill": the noun
    // phrase is the title of the name right after it.
    if ctx.has(k, C_DET) {
        if let Some(&n) = ctx.name_by_role_start.get(&(k + 1)) {
            return Some((SpeakerRef::Name(n), ctx.names[n].span));
        }
        // "The State Department has …", "The Arizona Republican survived …":
        // a name after the article (not one that modifies a noun: "The
        // Florida senator", "The Clinton campaign").
        if let Some(&n) = ctx.name_by_start.get(&(k + 1)) {
            let e = ctx.names[n].tokens.end;
            let modifies = ctx.tokens.get(e).is_some_and(|t| t.kind == Kind::Word && !t.is_upper())
                && !ctx.has(e, C_VERB | C_BE)
                && !ctx.w(e).ends_with("ed")
                && !ctx.is(e, FINITE)
                && !ctx.is_adverb(e)
                && !ctx.is_any(e, &["and", "but", "or"]);
            if !modifies {
                return Some((SpeakerRef::Name(n), ctx.names[n].span));
            }
        }
    }
    // "The singer Anthony Kiedis": a short noun phrase right before a name.
    let nominal = nominal_after(ctx, k, before)?;
    let after = ctx.tokens.partition_point(|t| t.span.end <= nominal.1.end);
    let short = after <= k + 3 && (k..after).all(|j| ctx.tokens[j].kind == Kind::Word);
    match ctx.name_by_start.get(&after) {
        Some(&n) if short && after < before && ctx.tokens[after].space_before => {
            Some((SpeakerRef::Name(n), ctx.names[n].span))
        }
        _ => Some(nominal),
    }
}

/// "“Q.” ― Sonya Herridge": a quotation signed with a dash and a name.
fn dash_attribution(ctx: &Ctx, si: usize) -> Option<RawClaim> {
    let s = &ctx.sentences[si];
    let dash = s
        .tokens
        .clone()
        .find(|&k| (ctx.w(k) == "―" || ctx.dash(k)) && k > s.tokens.start && ctx.quote_closed_at(k - 1).is_some())?;
    let qi = ctx.quote_closed_at(dash - 1)?;
    let ni = ctx.name_by_start.get(&(dash + 1)).or_else(|| ctx.name_by_role_start.get(&(dash + 1))).copied()?;
    let n = &ctx.names[ni];
    // Nothing but end marks after the name.
    let rest_is_empty = (n.tokens.end..s.tokens.end).all(|k| ctx.tokens[k].kind == Kind::Punct);
    if !rest_is_empty {
        return None;
    }
    Some(RawClaim {
        speaker: SpeakerRef::Name(ni),
        speaker_span: Some(n.span),
        roles: Vec::new(),
        cue: Some(ctx.tokens[dash].span),
        content: ctx.quotes[qi].span,
        kind: ClaimKind::Direct,
        sentence: si,
        date: None,
    })
}

/// A name, a colon and a quotation, as in transcripts and round-ups:
/// "Clinton: “Our goal is to defeat ISIS.”", "Former Secretary of State
/// Hillary Clinton: “We learned that …”". The name (with its role) opens the
/// sentence and the quotation follows the colon at once.
fn colon_attribution(ctx: &Ctx, si: usize) -> Option<RawClaim> {
    let (ni, colon) = name_colon(ctx, si)?;
    let n = &ctx.names[ni];
    let qi = ctx.quote_opened_at(colon + 1)?;
    let q = &ctx.quotes[qi];
    q.close_token?;
    Some(RawClaim {
        speaker: SpeakerRef::Name(ni),
        speaker_span: Some(n.span),
        roles: n.role.into_iter().collect(),
        cue: Some(ctx.tokens[colon].span),
        content: q.span,
        kind: ClaimKind::Direct,
        sentence: si,
        date: None,
    })
}

/// Auxiliaries and "not": a phrase with one of them holds a verb.
const VERBAL: &[&str] = &[
    "does", "do", "did", "not", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must",
];

/// "Hale, a retired teacher, put it bluntly: “They lied to us.”", "…
/// doesn't surprise pollster Daron Shaw: “Historically, …”": in a sentence
/// with no cue, a quotation right after a colon is the words of the clause's
/// subject if it can speak; else of the last person or organisation named
/// before the colon outside an object (a one-word name of unknown kind only
/// as the sentence's subject); else of a "he", "she" or "they" opening the
/// sentence.
fn colon_quote_attribution(ctx: &Ctx, si: usize) -> Option<RawClaim> {
    let s = &ctx.sentences[si];
    let start = s.tokens.start;
    let colon = (start + 1..s.tokens.end).find(|&k| ctx.punct(k, ":"))?;
    if ctx.quoted.get(colon).copied().unwrap_or(true) {
        return None;
    }
    let q = &ctx.quotes[ctx.quote_opened_at(colon + 1)?];
    q.close_token?;
    // The clause's subject when it can speak ("Mr. Christie gloated:", "a
    // spokesman for Bernie Sanders could only quip:", "Mr. Trump expressed
    // admiration …, telling CNBC:").
    // Not the object of a preposition ("With Democratic leaders worried …,
    // President Obama is rolling out a message:"), and not when another
    // subject follows ("She became so upset that I had to change my answer:").
    let other_subject = |from: usize| (from..colon).any(|j| ctx.is_any(j, &["i", "we", "you", "he", "she", "they"]));
    let subject = clause_subject(ctx, s, colon).filter(|(_, sp)| {
        let first = ctx.tokens.partition_point(|t| t.span.start < sp.start);
        let last = ctx.tokens.partition_point(|t| t.span.start < sp.end);
        let object =
            first > start && ctx.is_any(first - 1, &["with", "in", "on", "at", "for", "from", "about", "of", "by"]);
        !object && !other_subject(last)
    });
    let subject = subject.filter(|(r, _)| match r {
        SpeakerRef::Name(ni) => !ctx.names[*ni].possessive && !ctx.names[*ni].quoted,
        SpeakerRef::Pronoun(t) => ctx.is_any(*t, &["he", "she", "they"]),
        // (A phrase with no verb in it: not "The timing does not surprise pollster".)
        SpeakerRef::Nominal { head, .. } => {
            let first = start.max(head.saturating_sub(8));
            lexicon::speaker_noun(ctx.w(*head)).is_some()
                && !(first..*head).any(|j| looks_like_verb(ctx, j) || ctx.is_any(j, VERBAL))
        }
        SpeakerRef::Previous => false,
    });
    // Otherwise the last person named before the colon ("The timing does
    // not surprise pollster Daron Shaw:", "Frank quotes Alfred Kahn:").
    // (Not a name in an object: "telling CNBC:", "to the Dutch newspaper NRC
    // Handelsblad:".)
    let object = |first: usize| {
        (first.saturating_sub(4).max(start)..first).rev().take_while(|&j| ctx.tokens[j].kind == Kind::Word).any(|j| {
            ctx.is_any(
                j,
                &["to", "with", "on", "in", "at", "for", "from", "by", "of", "telling", "told", "tell", "tells"],
            )
        })
    };
    let last_name = || {
        (start..colon).rev().find_map(|j| ctx.name_by_end.get(&j).copied()).filter(|&ni| {
            let n = &ctx.names[ni];
            let subject = n.tokens.start == start || ctx.name_by_role_start.get(&start) == Some(&ni);
            let full = n.tokens.len() > 1;
            !object(n.tokens.start)
                && !n.quoted
                && !n.possessive
                && (n.guess != crate::names::Guess::Unknown || subject || full)
        })
    };
    let (speaker, speaker_span) = subject
        .or_else(|| last_name().map(|ni| (SpeakerRef::Name(ni), ctx.names[ni].span)))
        // (No other subject before the colon: "She became so upset that I
        // had to change my answer: “…”" is the writer's.)
        .or_else(|| {
            (ctx.is_any(start, &["he", "she", "they"]) && !other_subject(start + 1))
                .then(|| (SpeakerRef::Pronoun(start), ctx.tokens[start].span))
        })?;
    let roles = match speaker {
        SpeakerRef::Name(ni) => ctx.names[ni].role.into_iter().collect(),
        _ => Vec::new(),
    };
    Some(RawClaim {
        speaker,
        speaker_span: Some(speaker_span),
        roles,
        cue: Some(ctx.tokens[colon].span),
        content: q.span,
        kind: ClaimKind::Direct,
        sentence: si,
        date: None,
    })
}

/// A name (with its role) opening sentence `si` outside quotations, then a
/// colon with more after it: the name and the colon's token.
fn name_colon(ctx: &Ctx, si: usize) -> Option<(usize, usize)> {
    let s = &ctx.sentences[si];
    let mut start = s.tokens.start;
    // A transcript quoted paragraph by paragraph: "\"WALLACE: Let’s start …"
    // (a speaker's name in capitals after the opening mark).
    let mut transcript = false;
    if ctx.tokens.get(start).is_some_and(|t| t.kind == Kind::Quote)
        && ctx.tokens.get(start + 1).is_some_and(|t| t.kind == Kind::Word && t.is_all_caps())
    {
        start += 1;
        transcript = true;
    }
    let ni = ctx.name_by_start.get(&start).or_else(|| ctx.name_by_role_start.get(&start)).copied()?;
    let colon = ctx.names[ni].tokens.end;
    let ok = colon + 1 < s.tokens.end
        && ctx.punct(colon, ":")
        && (transcript || !ctx.quoted.get(start).copied().unwrap_or(true));
    ok.then_some((ni, colon))
}

/// A paragraph that opens with a name and a colon, as in headline round-ups
/// and interview transcripts: "Graham: Trump’s rhetoric is hurting the
/// party.", "Paul Ryan: FBI decision ‘defies explanation.’". The rest of the
/// paragraph is what the name said. The name must be a person's or an
/// organisation's, or the surname of a person the text names in full
/// ("Iowa: Tim Albrecht, Brad Anderson, …" is a list). Returns the claim and
/// the paragraph's last sentence.
fn label_attribution(ctx: &Ctx, si: usize) -> Option<(RawClaim, usize)> {
    let s = &ctx.sentences[si];
    let start = s.tokens.start;
    if ctx.paragraph_first.get(s.paragraph) != Some(&start) || ctx.captions.get(s.paragraph).copied().unwrap_or(false) {
        return None;
    }
    let (ni, colon) = name_colon(ctx, si)?;
    let n = &ctx.names[ni];
    if ctx.quote_opened_at(colon + 1).is_some() {
        // A quotation after the colon is `colon_attribution`'s.
        return None;
    }
    let folded = |w: &str| crate::wordset::fnv_folded(w.as_bytes());
    let surname_of_someone = || {
        let surnames = ctx.surnames.get_or_init(|| {
            let people = ctx.names.iter().filter(|m| m.guess == crate::names::Guess::Person && m.tokens.len() > 1);
            people.map(|m| folded(ctx.w(m.tokens.end - 1))).collect()
        });
        surnames.contains(&folded(ctx.w(n.tokens.end - 1)))
    };
    // Labels that head notes and sections, not what someone said.
    crate::word_set!(
        LABELS = [
            "advertisement", "caption", "clarification", "correction", "credit", "editor", "latest", "note", "photo",
            "photos", "related", "summary", "update", "video", "watch",
        ]
    );
    if (n.tokens.start..colon).any(|k| ctx.is(k, LABELS)) {
        return None;
    }
    // (Or a full name whose surname the article uses alone: "Rush Limbaugh:
    // …" over "Limbaugh said".)
    // (Gathered once per text: a scan of all names per label would be
    // quadratic in a text of many labels.)
    let surname_alone = || {
        n.tokens.len() > 1 && {
            let lone = ctx.lone_names.get_or_init(|| {
                ctx.names.iter().filter(|m| m.tokens.len() == 1).map(|m| folded(ctx.w(m.tokens.start))).collect()
            });
            lone.contains(&folded(ctx.w(n.tokens.end - 1)))
        }
    };
    if n.guess == crate::names::Guess::Unknown && !surname_of_someone() && !surname_alone() {
        return None;
    }
    let mut last = si;
    while ctx.sentences.get(last + 1).is_some_and(|next| next.paragraph == s.paragraph) {
        last += 1;
    }
    let end = sentence_content_end(ctx, &ctx.sentences[last]);
    // Something said, not a section heading ("Sanders: Win in a walk.",
    // "Christie: A closing surge."): five words or more, or a clause.
    let words = (colon + 1..end).filter(|&k| ctx.tokens[k].kind == Kind::Word).count();
    let clause = ctx.is_any(colon + 1, &["i", "we"]) || (colon + 1..end).any(|k| ctx.is(k, FINITE));
    if words < 3 || words < 5 && !clause {
        return None;
    }
    let content = ctx.span(colon + 1, end);
    let claim = RawClaim {
        speaker: SpeakerRef::Name(ni),
        speaker_span: Some(n.span),
        roles: n.role.into_iter().collect(),
        cue: Some(ctx.tokens[colon].span),
        content,
        kind: kind_of(ctx, content),
        sentence: si,
        date: None,
    };
    Some((claim, last))
}

/// A quotation standing alone after a claim continues its speaker: "“Q1,” he
/// said. “Q2.”", or a quote-only paragraph after the speaker's paragraph.
/// The content of a sentence that is a double quotation and nothing else
/// (but end marks), when no earlier claim holds it and no attribution
/// follows the quotation's close.
fn lone_quotation(ctx: &Ctx, si: usize, earlier: &[RawClaim]) -> Option<Span> {
    let s = &ctx.sentences[si];
    let words_outside = s.tokens.clone().filter(|&k| ctx.tokens[k].kind == Kind::Word && !ctx.quoted[k]).count();
    if words_outside > 0 {
        return None;
    }
    let q = ctx.doubles_overlapping(s.span).find(|q| q.span.start <= ctx.tokens[s.tokens.start].span.end)?;
    // Claims come in text order: only the latest ones can hold this quotation.
    if earlier
        .iter()
        .rev()
        .take_while(|c| c.content.end > q.span.start || c.sentence + 8 > si)
        .any(|c| c.content.overlaps(q.span))
    {
        return None;
    }
    // A quotation that goes on into the next sentences continues the speaker
    // unless an attribution follows its close.
    if q.span.end > s.span.end {
        let close = q.close_token?;
        let attributed = (close + 1..(close + 8).min(ctx.tokens.len()))
            .take_while(|&j| ctx.tokens[j].breaks_before == 0)
            .any(|j| ctx.has(j, C_VERB));
        if attributed {
            return None;
        }
    }
    Some(if q.span.end > s.span.end { q.span } else { Span::new(q.span.start.max(s.span.start), s.span.end) })
}

fn continuation(ctx: &Ctx, si: usize, earlier: &[RawClaim]) -> Option<RawClaim> {
    let s = &ctx.sentences[si];
    let prev = earlier.last()?;
    let prev_s = &ctx.sentences[prev.sentence];
    let same_paragraph = prev_s.paragraph == s.paragraph;
    let next_paragraph = prev_s.paragraph + 1 == s.paragraph;
    if !(same_paragraph && prev.sentence + 3 > si
        || next_paragraph && ctx.paragraph_first.get(s.paragraph) == Some(&s.tokens.start))
    {
        return None;
    }
    let content = lone_quotation(ctx, si, earlier)?;
    // A stage direction in a quoted transcript ("\"(CROSSTALK.)") is nobody's.
    let first = ctx.tokens.partition_point(|t| t.span.start < content.start);
    if ctx.is_quote_mark(first) && ctx.punct(first + 1, "(") {
        return None;
    }
    // A new paragraph continues only a speaker who was quoted (claims get
    // their kind at the end: read it from the content, which may be a
    // quotation of several sentences before "he said").
    if next_paragraph && kind_of(ctx, prev.content) == ClaimKind::Indirect && !quote_in_sentence(ctx, prev.sentence) {
        return None;
    }
    Some(RawClaim {
        speaker: SpeakerRef::Previous,
        speaker_span: None,
        roles: Vec::new(),
        cue: prev.cue,
        content,
        kind: ClaimKind::Direct,
        sentence: si,
        date: prev.date,
    })
}

fn quote_in_sentence(ctx: &Ctx, si: usize) -> bool {
    let s = &ctx.sentences[si];
    ctx.doubles_overlapping(s.span).any(|q| s.span.contains(q.span) && q.words >= 3)
}

/// A claim nested in another's content ends where that content ends: in
/// "Trump said X, Forbes reported", Trump's claim is X, Forbes's is "Trump
/// said X".
fn trim_overlaps(ctx: &Ctx, claims: &mut [RawClaim]) {
    let n = claims.len();
    for i in 0..n {
        let Some(attr) = claims[i].speaker_span.or(claims[i].cue) else { continue };
        for j in 0..n {
            let outer = claims[j].content;
            if i != j
                && outer.contains(attr)
                && claims[i].content.end > outer.end
                && claims[i].content.start < outer.end
            {
                claims[i].content.end = outer.end;
            }
        }
    }
    // "The airline said C1, and the hospital said C2", "X argued C1, but
    // conceded C2": a claim after a comma and a conjunction, or a semicolon,
    // ends the one before it. Not after a pronoun ("Clinton says she hopes
    // …, but she knows that …" may be one claim), and not after a bare
    // conjunction ("the shootings and protests demand that …" is one
    // subject).
    for i in 0..n {
        // (A participle after "and" is part of the clause before: "had been
        // ridiculing and engaging in attacks", "telling one agent …, while
        // telling another ….")
        let participle = claims[i].cue.is_some_and(|c| c.of(ctx.text).ends_with("ing"));
        if matches!(claims[i].speaker, SpeakerRef::Pronoun(_)) || participle {
            continue;
        }
        let attr_start = [claims[i].speaker_span, claims[i].cue].into_iter().flatten().map(|s| s.start).min();
        let Some(attr_start) = attr_start.filter(|&a| claims[i].content.start > a) else { continue };
        let Some(cut) = conjunction_before(ctx, attr_start) else { continue };
        for (j, other) in claims.iter_mut().enumerate() {
            if i != j && other.content.start < cut && other.content.end > attr_start {
                other.content.end = cut;
            }
        }
    }
}

/// Where a clause joined by a semicolon, or by "and", "but", "while" or
/// "whereas" after a comma, begins its attribution at byte `attr_start`:
/// the byte where what comes before it ends.
fn conjunction_before(ctx: &Ctx, attr_start: usize) -> Option<usize> {
    let t = ctx.tokens.partition_point(|tk| tk.span.start < attr_start);
    if t < 2 || ctx.tokens.get(t).is_none_or(|tk| tk.span.start != attr_start) {
        return None;
    }
    // The token that ends what comes before: before the ";", or before the
    // conjunction and any comma.
    let last = if ctx.punct(t - 1, ";") || ctx.punct(t - 1, ",") && ctx.is_any(t, &["others"]) {
        // (", others said …" answers "Some said …".)
        t - 2
    } else if !ctx.is_any(t - 1, &["and", "but", "while", "whereas"]) {
        return None;
    } else if ctx.punct(t - 2, ",") || ctx.punct(t - 2, ";") {
        t.checked_sub(3)?
    } else {
        return None;
    };
    Some(ctx.tokens[last].span.end)
}

/// A quotation that runs over several paragraphs is one speaker's: its
/// paragraphs without a claim of their own take the speaker of the nearest
/// paragraph of the same quotation that has one (the closing one first).
fn carry_over_multi_paragraph_quotes(ctx: &Ctx, claims: &mut Vec<RawClaim>) {
    let mut i = 0;
    while i < ctx.quotes.len() {
        let q = &ctx.quotes[i];
        if !q.continued || q.single {
            i += 1;
            continue;
        }
        // The chain: this quote and the following `continues` ones.
        let mut chain = vec![i];
        let mut j = i + 1;
        while j < ctx.quotes.len() {
            let x = &ctx.quotes[j];
            let last = &ctx.quotes[*chain.last().unwrap_or(&i)];
            if x.single || x.paragraph == last.paragraph {
                j += 1;
                continue;
            }
            if x.continues && x.paragraph == last.paragraph + 1 {
                chain.push(j);
                j += 1;
                if !x.continued {
                    break;
                }
                continue;
            }
            break;
        }
        let chain_len = chain.len();
        let owner_of = |qi: usize, claims: &[RawClaim]| {
            let span = ctx.quotes[qi].span;
            // Claims are in text order but for the few appended here: look near.
            let at = claims.partition_point(|c| c.content.end <= span.start);
            let near = at.saturating_sub(4)..(at + 4).min(claims.len());
            near.clone().find(|&k| claims[k].content.overlaps(span)).or_else(|| {
                claims[claims.len().saturating_sub(chain_len)..]
                    .iter()
                    .position(|c| c.content.overlaps(span))
                    .map(|k| k + claims.len().saturating_sub(chain_len))
            })
        };
        let owner = chain.iter().rev().find_map(|&qi| owner_of(qi, claims));
        if let Some(o) = owner {
            let owner = claims[o].clone();
            // A transcript's turn ("\"WALLACE: …") is its own speaker's, even
            // when the name was not recognised.
            // Nor is a stage direction ("\"(CROSSTALK.)").
            let turn = |qi: usize| {
                ctx.quotes[qi].open_token.is_some_and(|o| {
                    ctx.tokens.get(o + 1).is_some_and(|t| t.kind == Kind::Word && t.is_all_caps())
                        && ctx.punct(o + 2, ":")
                        || ctx.punct(o + 1, "(")
                })
            };
            for &qi in &chain {
                if owner_of(qi, claims).is_none() && !turn(qi) {
                    let span = ctx.quotes[qi].span;
                    let si = ctx
                        .sentences
                        .partition_point(|s| s.span.end <= span.start)
                        .min(ctx.sentences.len().saturating_sub(1));
                    claims.push(RawClaim {
                        speaker: owner.speaker.clone(),
                        speaker_span: None,
                        roles: Vec::new(),
                        cue: owner.cue,
                        content: span,
                        kind: ClaimKind::Direct,
                        sentence: si,
                        date: owner.date,
                    });
                }
            }
        }
        i = j.max(i + 1);
    }
}

/// Direct when the content is wholly quoted, mixed when partly, else indirect.
fn kind_of(ctx: &Ctx, content: Span) -> ClaimKind {
    let inside: Vec<&Quote> = ctx.doubles_overlapping(content).collect();
    if inside.is_empty() {
        return ClaimKind::Indirect;
    }
    // Words of the content outside every quotation.
    let lo = ctx.tokens.partition_point(|t| t.span.start < content.start);
    let hi = ctx.tokens.partition_point(|t| t.span.end <= content.end);
    let outside = (lo..hi)
        .any(|k| ctx.tokens[k].kind == Kind::Word && !inside.iter().any(|q| q.span.contains(ctx.tokens[k].span)));
    if outside {
        ClaimKind::Mixed
    } else {
        ClaimKind::Direct
    }
}
