//! The highlighted article, laid out from byte spans (no DOM, tested natively).
//!
//! [`layout`] cuts the text into [`Block`]s (a claim's content, or text that
//! belongs to no claim) and each block into [`Inline`]s (a cue, a speaker's
//! mention, a date, or plain text). Spans may overlap in any way the engine
//! likes; the layout never does: where claims overlap the shortest wins
//! (reported speech inside reported speech), where marks overlap a date beats
//! a cue beats a mention. Spans that do not fit the text are ignored, so a
//! bad span can never panic or misplace text: the blocks always cover the
//! text exactly, in order.
//!
//! Architecture invariant: the article reaches the DOM only as text nodes of
//! these pieces, never as HTML.

use whosaid::{Analysis, Span};

/// What an inline piece of text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// Nothing in particular.
    Plain,
    /// A mention of a speaker (index into `Analysis::entities`).
    Mention(usize),
    /// The cue of a claim (index into `Analysis::claims`).
    Cue(usize),
    /// A temporal expression (index into `Analysis::dates`).
    Date(usize),
}

impl Mark {
    fn priority(self) -> u8 {
        match self {
            Mark::Plain => 0,
            Mark::Mention(_) => 1,
            Mark::Cue(_) => 2,
            Mark::Date(_) => 3,
        }
    }
}

/// A run of text inside a block with one mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Inline {
    /// Where.
    pub span: Span,
    /// What.
    pub mark: Mark,
}

/// A run of text that is one claim's content, or no claim's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// Where.
    pub span: Span,
    /// The claim (index into `Analysis::claims`), if any.
    pub claim: Option<usize>,
    /// Every claim whose content covers this block, `claim` first: a claim
    /// with another inside it is drawn around it, but selecting it marks both.
    pub within: Vec<usize>,
    /// Its pieces, in order, covering `span` exactly.
    pub inlines: Vec<Inline>,
}

/// Lays out `text` with the claims, cues, speaker mentions and dates of `analysis`.
pub fn layout(text: &str, analysis: &Analysis) -> Vec<Block> {
    let fits = |s: &Span| !s.is_empty() && s.end <= text.len() && text.get(s.start..s.end).is_some();
    let claims: Vec<(Span, usize)> =
        analysis.claims.iter().enumerate().map(|(i, c)| (c.content, i)).filter(|(s, _)| fits(s)).collect();

    let is_speaker = |e: usize| analysis.claims.iter().any(|c| c.speaker == e);
    let mut marks: Vec<(Span, Mark)> = Vec::new();
    for (e, entity) in analysis.entities.iter().enumerate() {
        if is_speaker(e) {
            marks.extend(entity.mentions.iter().map(|&s| (s, Mark::Mention(e))));
        }
    }
    for (i, c) in analysis.claims.iter().enumerate() {
        marks.extend(c.speaker_mention.map(|s| (s, Mark::Mention(c.speaker))));
        marks.extend(c.cue.map(|s| (s, Mark::Cue(i))));
    }
    marks.extend(analysis.dates.iter().enumerate().map(|(i, d)| (d.span, Mark::Date(i))));
    marks.retain(|(s, _)| fits(s));

    // Cut the text at every boundary; each cut gets its best claim and mark.
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for (s, _) in &claims {
        cuts.extend([s.start, s.end]);
    }
    for (s, _) in &marks {
        cuts.extend([s.start, s.end]);
    }
    cuts.sort_unstable();
    cuts.dedup();

    let claim_at = Sweep::new(claims, |s: &Span, _: &usize| std::cmp::Reverse(s.len()));
    let mark_at = Sweep::new(marks, |s: &Span, m: &Mark| (m.priority(), std::cmp::Reverse(s.len())));
    let (mut claim_at, mut mark_at) = (claim_at, mark_at);

    let mut blocks: Vec<Block> = Vec::new();
    for w in cuts.windows(2) {
        let piece = Span::new(w[0], w[1]);
        let (claim, within) = claim_at.covering(piece);
        let mark = mark_at.best(piece).unwrap_or(Mark::Plain);
        match blocks.last_mut() {
            Some(b) if b.claim == claim && b.within == within => {
                b.span.end = piece.end;
                match b.inlines.last_mut() {
                    Some(i) if i.mark == mark => i.span.end = piece.end,
                    _ => b.inlines.push(Inline { span: piece, mark }),
                }
            }
            _ => blocks.push(Block { span: piece, claim, within, inlines: vec![Inline { span: piece, mark }] }),
        }
    }
    blocks
}

/// Finds, for consecutive pieces of text, the best of the items covering each.
struct Sweep<T, K> {
    items: Vec<(Span, T)>,
    next: usize,
    active: Vec<usize>,
    key: fn(&Span, &T) -> K,
}

impl<T: Copy + PartialEq, K: Ord> Sweep<T, K> {
    fn new(mut items: Vec<(Span, T)>, key: fn(&Span, &T) -> K) -> Sweep<T, K> {
        items.sort_by_key(|(s, _)| s.start);
        Sweep { items, next: 0, active: Vec::new(), key }
    }

    /// The best item covering `piece`; pieces must come in order.
    fn best(&mut self, piece: Span) -> Option<T> {
        while self.next < self.items.len() && self.items[self.next].0.start <= piece.start {
            self.active.push(self.next);
            self.next += 1;
        }
        let items = &self.items;
        self.active.retain(|&i| items[i].0.end > piece.start);
        // Ties go to the earliest item, so the layout is deterministic.
        let mut best: Option<usize> = None;
        for &i in &self.active {
            if items[i].0.contains(piece) {
                let better = match best {
                    None => true,
                    Some(b) => (self.key)(&items[i].0, &items[i].1) > (self.key)(&items[b].0, &items[b].1),
                };
                if better {
                    best = Some(i);
                }
            }
        }
        best.map(|i| self.items[i].1)
    }

    /// The best item covering `piece`, and every item covering it (the best first).
    fn covering(&mut self, piece: Span) -> (Option<T>, Vec<T>) {
        let best = self.best(piece);
        let mut all: Vec<T> = best.into_iter().collect();
        for &i in &self.active {
            let (span, item) = self.items[i];
            if span.contains(piece) && Some(item) != best {
                all.push(item);
            }
        }
        (best, all)
    }
}

#[cfg(test)]
mod tests {
    use whosaid::{Claim, ClaimKind, DateSource, Entity, EntityKind, Timex, TimexKind};

    use super::*;

    /// Renders a layout compactly: `[c0|…]` a claim, `{cue0|…}`, `{s1|…}`, `{t0|…}`.
    fn show(text: &str, blocks: &[Block]) -> String {
        let mut out = String::new();
        let mut end = 0;
        for b in blocks {
            assert_eq!(b.span.start, end, "blocks cover the text in order");
            end = b.span.end;
            assert_eq!(b.inlines.first().map(|i| i.span.start), Some(b.span.start));
            assert_eq!(b.inlines.last().map(|i| i.span.end), Some(b.span.end));
            let mut inner = String::new();
            for i in &b.inlines {
                let t = i.span.of(text);
                inner += &match i.mark {
                    Mark::Plain => t.to_string(),
                    Mark::Mention(e) => format!("{{s{e}|{t}}}"),
                    Mark::Cue(c) => format!("{{cue{c}|{t}}}"),
                    Mark::Date(d) => format!("{{t{d}|{t}}}"),
                };
            }
            let outer: Vec<String> = b.within.iter().skip(1).map(|c| format!("c{c}")).collect();
            match b.claim {
                Some(c) if outer.is_empty() => out += &format!("[c{c}|{inner}]"),
                Some(c) => out += &format!("[c{c} in {}|{inner}]", outer.join(" ")),
                None => out += &inner,
            }
        }
        assert_eq!(end, text.len());
        out
    }

    /// The span of `needle` in `text`; `word#2` is the second occurrence of `word`.
    fn find(text: &str, needle: &str) -> Span {
        let (needle, n) = match needle.rsplit_once('#') {
            Some((w, n)) => (w, n.parse().unwrap()),
            None => (needle, 1),
        };
        let start = text.match_indices(needle).nth(n - 1).unwrap_or_else(|| panic!("{needle:?} not in text")).0;
        Span::new(start, start + needle.len())
    }

    struct Builder<'a> {
        text: &'a str,
        a: Analysis,
    }

    impl<'a> Builder<'a> {
        fn new(text: &'a str) -> Builder<'a> {
            let a = Analysis {
                reference_date: None,
                reference_source: DateSource::None,
                dateline: None,
                paragraphs: vec![],
                sentences: vec![],
                dates: vec![],
                entities: vec![],
                claims: vec![],
            };
            Builder { text, a }
        }
        fn entity(mut self, name: &str, mentions: &[&str]) -> Self {
            let mentions = mentions.iter().map(|m| find(self.text, m)).collect();
            self.a.entities.push(Entity { name: name.into(), kind: EntityKind::Person, roles: vec![], mentions });
            self
        }
        fn claim(mut self, speaker: usize, content: &str, cue: Option<&str>) -> Self {
            self.a.claims.push(Claim {
                speaker,
                kind: ClaimKind::Direct,
                speaker_mention: None,
                cue: cue.map(|c| find(self.text, c)),
                content: find(self.text, content),
                date: None,
            });
            self
        }
        fn claim_span(mut self, speaker: usize, content: Span) -> Self {
            self.a.claims.push(Claim {
                speaker,
                kind: ClaimKind::Indirect,
                speaker_mention: None,
                cue: None,
                content,
                date: None,
            });
            self
        }
        fn date(mut self, at: &str) -> Self {
            let span = find(self.text, at);
            self.a.dates.push(Timex { span, kind: TimexKind::Date, value: "2025-02-13".into() });
            self
        }
        fn check(self, expect: &str) {
            assert_eq!(show(self.text, &layout(self.text, &self.a)), expect);
        }
    }

    #[test]
    fn plain_text_is_one_block() {
        Builder::new("Nothing here.").check("Nothing here.");
        Builder::new("").check("");
    }

    #[test]
    fn claims_cues_mentions_and_dates() {
        let text = "“Go now,” Ann said on Thursday. Bob, a baker, said Ann was late.";
        Builder::new(text)
            .entity("Ann", &["Ann", "Ann#2"])
            .entity("Bob", &["Bob"])
            .entity("Cy", &[])
            .claim(0, "Go now,", Some("said"))
            .claim(1, "Ann was late", Some("said#2"))
            .date("Thursday")
            .check("“[c0|Go now,]” {s0|Ann} {cue0|said} on {t0|Thursday}. {s1|Bob}, a baker, {cue1|said} [c1|{s0|Ann} was late].");
    }

    #[test]
    fn a_date_beats_a_cue_and_a_date_inside_a_claim_stays_inside() {
        let text = "She said it happened Thursday morning.";
        Builder::new(text)
            .entity("She", &["She"])
            .claim(0, "it happened Thursday", Some("said it"))
            .date("it happened")
            .check("{s0|She} {cue0|said }[c0|{t0|it happened} Thursday] morning.");
    }

    #[test]
    fn overlapping_claims_give_way_to_the_shorter() {
        let text = "Ann said Bob said it rained.";
        Builder::new(text)
            .entity("Ann", &[])
            .entity("Bob", &[])
            .claim(0, "Bob said it rained", None)
            .claim(1, "it rained", None)
            .check("Ann said [c0|Bob said ][c1 in c0|it rained].");
    }

    #[test]
    fn spans_that_do_not_fit_are_ignored() {
        let text = "é said x.";
        Builder::new(text)
            .entity("E", &[])
            .claim_span(0, Span::new(1, 4)) // inside the two bytes of "é"
            .claim_span(0, Span::new(5, 999))
            .claim_span(0, Span::new(8, 9))
            .claim_span(0, Span::new(3, 3))
            .check("é said [c2|x].");
    }
}
