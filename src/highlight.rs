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
//! A long article is not laid out at once: [`parts`] cuts it into parts of
//! at most [`PART_BYTES`] (at paragraph breaks where it can), the page shows
//! one part at a time ([`layout_range`] lays out just that part, clipping the
//! spans that cross its edges), and [`paragraphs`] groups a part's blocks by
//! the line breaks of the text, so each paragraph is its own block box in
//! the page and the browser lays out only those on screen.
//!
//! Architecture invariant: the article reaches the DOM only as these pieces,
//! written as HTML by `article_html` through its two escaping functions.

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
    layout_range(text, analysis, Span::new(0, text.len()))
}

/// Lays out the part `range` of `text` (a [`parts`] part): the blocks cover
/// `range` exactly, and spans that cross its edges are cut at them. A range
/// that does not fit the text gives no blocks.
pub fn layout_range(text: &str, analysis: &Analysis, range: Span) -> Vec<Block> {
    if range.end > text.len() || !text.is_char_boundary(range.start) || !text.is_char_boundary(range.end) {
        return Vec::new();
    }
    let fits = |s: &Span| !s.is_empty() && s.end <= text.len() && text.get(s.start..s.end).is_some();
    // Spans that fit the text, cut to the range; those outside it are dropped.
    let clip = |s: &Span| -> Option<Span> {
        let c = Span::new(s.start.max(range.start), s.end.min(range.end));
        (fits(s) && !c.is_empty()).then_some(c)
    };
    let claims: Vec<(Span, usize)> =
        analysis.claims.iter().enumerate().filter_map(|(i, c)| Some((clip(&c.content)?, i))).collect();

    let mut is_speaker = vec![false; analysis.entities.len()];
    for c in &analysis.claims {
        if let Some(s) = is_speaker.get_mut(c.speaker) {
            *s = true;
        }
    }
    let mut marks: Vec<(Span, Mark)> = Vec::new();
    for (e, entity) in analysis.entities.iter().enumerate() {
        if is_speaker[e] {
            marks.extend(entity.mentions.iter().map(|&s| (s, Mark::Mention(e))));
        }
    }
    for (i, c) in analysis.claims.iter().enumerate() {
        marks.extend(c.speaker_mention.map(|s| (s, Mark::Mention(c.speaker))));
        marks.extend(c.cue.map(|s| (s, Mark::Cue(i))));
    }
    marks.extend(analysis.dates.iter().enumerate().map(|(i, d)| (d.span, Mark::Date(i))));
    let marks: Vec<(Span, Mark)> = marks.into_iter().filter_map(|(s, m)| Some((clip(&s)?, m))).collect();

    // Cut the text at every boundary; each cut gets its best claim and mark.
    let mut cuts: Vec<usize> = vec![range.start, range.end];
    for (s, _) in &claims {
        cuts.extend([s.start, s.end]);
    }
    for (s, _) in &marks {
        cuts.extend([s.start, s.end]);
    }
    whosaid::sort::by_key(&mut cuts, |&c| c as u128);
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

/// The most text the page lays out and highlights at once (a part).
///
/// Drawing a part makes DOM nodes for every claim, cue, name and date in it
/// (a news article of 30 KB has hundreds); measured on a slow, busy machine,
/// 50 KB took 200–300 ms of main-thread time, so a part is smaller than
/// that, and still longer than most articles.
pub const PART_BYTES: usize = 30_000;

/// Cuts `text` into consecutive parts of at most `max` bytes (at least one
/// part, even for an empty text). A part ends after a blank line if one is
/// in its second half, else after a line break, else after a space, else
/// at any character boundary.
pub fn parts(text: &str, max: usize) -> Vec<Span> {
    let max = max.max(8);
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    while text.len() - start > max {
        let (low, high) = (start + max / 2, start + max);
        let window = &bytes[low..high];
        let after = |i: usize| low + i + 1;
        let cut = window
            .windows(2)
            .rposition(|w| w == b"\n\n")
            .map(|i| after(i + 1))
            .or_else(|| window.iter().rposition(|&b| b == b'\n').map(after))
            .or_else(|| window.iter().rposition(|&b| b == b' ').map(after))
            .unwrap_or_else(|| (low..=high).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(high));
        // After a blank line, keep the rest of the run of line breaks too.
        let cut = cut + bytes[cut..high].iter().take_while(|&&b| b == b'\n').count();
        out.push(Span::new(start, cut));
        start = cut;
    }
    out.push(Span::new(start, text.len()));
    out
}

/// The part of `parts` that holds byte `offset` (the last part for an
/// offset at or past the end).
pub fn part_of(parts: &[Span], offset: usize) -> usize {
    parts.partition_point(|p| p.end <= offset).min(parts.len().saturating_sub(1))
}

/// A paragraph as the text breaks it: a line and the line breaks after it,
/// with its blocks (a claim that runs on over a line break is in two
/// paragraphs, in two pieces).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// Where.
    pub span: Span,
    /// Its blocks, covering `span` exactly.
    pub blocks: Vec<Block>,
}

impl Block {
    /// Splits the block at byte `at`, which lies strictly inside it.
    fn split_at(mut self, at: usize) -> (Block, Block) {
        let mut right = Block { span: Span::new(at, self.span.end), inlines: Vec::new(), ..self.clone() };
        self.span.end = at;
        let k = self.inlines.partition_point(|i| i.span.end <= at);
        let mut tail = self.inlines.split_off(k);
        if let Some(first) = tail.first_mut() {
            if first.span.start < at {
                self.inlines.push(Inline { span: Span::new(first.span.start, at), mark: first.mark });
                first.span.start = at;
            }
        }
        right.inlines = tail;
        (self, right)
    }
}

/// Groups laid-out `blocks` (consecutive, as [`layout_range`] makes them)
/// into paragraphs that end after each run of line breaks in `text`.
pub fn paragraphs(text: &str, blocks: Vec<Block>) -> Vec<Paragraph> {
    let (Some(first), Some(last)) = (blocks.first(), blocks.last()) else { return Vec::new() };
    let range = Span::new(first.span.start, last.span.end);
    let bytes = &text.as_bytes()[range.start..range.end];
    let mut ends: Vec<usize> = Vec::new();
    for (i, w) in bytes.windows(2).enumerate() {
        if w[0] == b'\n' && w[1] != b'\n' {
            ends.push(range.start + i + 1);
        }
    }
    ends.push(range.end);
    let mut out: Vec<Paragraph> = Vec::with_capacity(ends.len());
    let mut ends = ends.into_iter();
    let mut end = ends.next().unwrap_or(range.end);
    let mut current = Paragraph { span: Span::new(range.start, range.start), blocks: Vec::new() };
    for mut block in blocks {
        while block.span.end > end {
            let (left, right) = block.split_at(end);
            current.span.end = end;
            current.blocks.push(left);
            let next = Paragraph { span: Span::new(end, end), blocks: Vec::new() };
            out.push(std::mem::replace(&mut current, next));
            end = ends.next().unwrap_or(range.end);
            block = right;
        }
        current.span.end = block.span.end;
        current.blocks.push(block);
        if current.span.end == end {
            let next = Paragraph { span: Span::new(end, end), blocks: Vec::new() };
            out.push(std::mem::replace(&mut current, next));
            end = ends.next().unwrap_or(range.end);
        }
    }
    if !current.blocks.is_empty() {
        out.push(current);
    }
    out
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
        whosaid::sort::by_key(&mut items, |(s, _)| s.start as u128);
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
    use whosaid::{Claim, ClaimKind, Entity, EntityKind, Timex, TimexKind};

    use super::*;

    /// Renders a layout compactly: `[c0|…]` a claim, `{cue0|…}`, `{s1|…}`, `{t0|…}`.
    fn show(text: &str, blocks: &[Block]) -> String {
        let out = show_range(text, blocks);
        assert_eq!(blocks.first().map_or(0, |b| b.span.start), 0);
        assert_eq!(blocks.last().map_or(0, |b| b.span.end), text.len());
        out
    }

    /// Like [`show`], for blocks that cover part of the text.
    fn show_range(text: &str, blocks: &[Block]) -> String {
        let mut out = String::new();
        let mut end = blocks.first().map_or(0, |b| b.span.start);
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
            Builder { text, a: Analysis::default() }
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
    #[test]
    fn parts_cover_the_text_and_end_at_paragraph_breaks() {
        let para = "A sentence of some length, said someone.\n\n";
        let text = para.repeat(10);
        let parts = parts(&text, 100);
        assert_eq!(parts.first().map(|p| p.start), Some(0));
        assert_eq!(parts.last().map(|p| p.end), Some(text.len()));
        for w in parts.windows(2) {
            assert_eq!(w[0].end, w[1].start, "consecutive");
        }
        for p in &parts {
            assert!(p.len() <= 100 && !p.is_empty(), "{p:?}");
            assert!(p.of(&text).ends_with(".\n\n") || p.end == text.len(), "{:?}", p.of(&text));
        }
        assert_eq!(parts.len(), 5, "two paragraphs (84 bytes) a part");
        assert_eq!(super::parts("", 100), [Span::new(0, 0)]);
        assert_eq!(super::parts("short", 100), [Span::new(0, 5)]);
    }

    #[test]
    fn parts_fall_back_to_line_breaks_spaces_and_characters() {
        let lines = "one line\n".repeat(30);
        assert!(parts(&lines, 64).iter().all(|p| p.of(&lines).ends_with('\n')));
        let words = "word ".repeat(50);
        assert!(parts(&words, 64).iter().all(|p| p.of(&words).ends_with(' ')));
        let runes = "é😀".repeat(40);
        let cut = parts(&runes, 64);
        assert!(cut.iter().all(|p| p.len() <= 64 && runes.get(p.start..p.end).is_some()), "char boundaries");
        assert_eq!(cut.iter().map(|p| p.of(&runes)).collect::<String>(), runes);
    }

    #[test]
    fn the_part_of_an_offset() {
        let parts = [Span::new(0, 10), Span::new(10, 20), Span::new(20, 25)];
        let found: Vec<usize> = [0, 9, 10, 19, 20, 24, 25, 99].iter().map(|&o| part_of(&parts, o)).collect();
        assert_eq!(found, [0, 0, 1, 1, 2, 2, 2, 2]);
        assert_eq!(part_of(&[Span::new(0, 0)], 0), 0);
    }

    #[test]
    fn a_range_is_laid_out_with_spans_cut_at_its_edges() {
        let text = "Ann said it rained. Bob said it snowed.";
        let a = Builder::new(text)
            .entity("Ann", &["Ann"])
            .entity("Bob", &["Bob"])
            .claim(0, "it rained. Bob said it", Some("said"))
            .claim(1, "it snowed", Some("said#2"))
            .date("rained")
            .a;
        let second = Span::new(text.find("Bob").unwrap(), text.len());
        let blocks = layout_range(text, &a, second);
        assert_eq!(blocks.first().map(|b| b.span.start), Some(second.start));
        assert_eq!(show_range(text, &blocks), "[c0|{s1|Bob} {cue1|said} ][c1 in c0|it][c1| snowed].");
        assert!(layout_range(text, &a, Span::new(0, 99)).is_empty(), "a range past the text");
        let whole = "{s0|Ann} {cue0|said} [c0|it {t0|rained}. {s1|Bob} {cue1|said} ][c1 in c0|it][c1| snowed].";
        assert_eq!(show(text, &layout(text, &a)), whole);
    }

    #[test]
    fn paragraphs_follow_the_line_breaks_and_split_claims_across_them() {
        let text = "“First line,\n\nsecond line,” Ann said.\nLast.";
        let a = Builder::new(text).entity("Ann", &["Ann"]).claim(0, "First line,\n\nsecond line,", Some("said")).a;
        let paras = paragraphs(text, layout(text, &a));
        let shown: Vec<String> = paras.iter().map(|p| show_range(text, &p.blocks)).collect();
        assert_eq!(shown, ["“[c0|First line,\n\n]", "[c0|second line,]” {s0|Ann} {cue0|said}.\n", "Last."]);
        assert_eq!(paras.iter().map(|p| p.span.of(text)).collect::<String>(), text);
        assert!(paragraphs(text, Vec::new()).is_empty());
    }
}
