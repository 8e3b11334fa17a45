//! Prints the engine's intermediate stages for a text (development aid).
//! `cargo run -p whosaid --example debug -- FILE`
fn main() {
    let path = std::env::args().nth(1).expect("usage: debug FILE");
    let text = std::fs::read_to_string(path).expect("readable UTF-8 file");
    let tokens = whosaid::token::tokenize(&text);
    let paragraphs = whosaid::text::paragraphs(&text);
    let sentences = whosaid::sentences::split(&text, &tokens, &paragraphs);
    let quotes = whosaid::quotes::find(&text, &tokens, &paragraphs);
    let quoted = whosaid::names::quoted_tokens(&tokens, &quotes);
    let names = whosaid::names::find(&text, &tokens, &sentences, &quoted);
    let cues = whosaid::cues::find(&text, &tokens, &quoted);
    for s in &sentences {
        println!("S{}: {}", s.paragraph, s.span.of(&text));
    }
    for q in &quotes {
        println!("Q {:?} cont<{} >{}", q.span.of(&text), q.continues, q.continued);
    }
    for n in &names {
        println!("N {:?} {:?} role={:?}", n.span.of(&text), n.guess, n.role.map(|r| r.of(&text)));
    }
    for c in &cues {
        println!("C {:?} {:?} {:?}", c.span.of(&text), c.class, c.form);
    }
    let dates = whosaid::timex::find(&text, &tokens, &sentences, None);
    let raw =
        whosaid::attribution::find(&text, &tokens, &sentences, &paragraphs, &quotes, &quoted, &names, &dates, &cues);
    for r in &raw {
        println!(
            "R {:?} speaker={:?} cue={:?} content={:?}",
            r.speaker,
            r.speaker_span.map(|s| s.of(&text)),
            r.cue.map(|s| s.of(&text)),
            r.content.of(&text)
        );
    }
}
