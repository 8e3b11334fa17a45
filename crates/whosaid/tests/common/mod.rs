//! Inputs shared by the robustness tests and the `patho` example.

/// Pathological inputs people paste, named.
pub fn pathological() -> Vec<(&'static str, String)> {
    vec![
        ("100,000 opening quote marks", "“".repeat(100_000)),
        ("alternating marks", "“”\"'‘’«»".repeat(20_000)),
        ("a 5 MB single line", "He said the plan was “fine” on Thursday, officials said ".repeat(90_000)),
        ("a quote never closed", format!("Lavrov said: “{}", "words and more words ".repeat(20_000))),
        ("thousands of paragraphs", "“Yes,” he said.\n\n".repeat(20_000)),
        ("CRLF line endings", "“We are ready,” Ana Ruiz said.\r\n\r\nShe left on Thursday.\r\n".repeat(2_000)),
        ("NULs and control characters", "\u{0}\u{1}\u{7}\u{1b}[31m said \u{8}\u{7f}".repeat(10_000)),
        ("right-to-left text", "\u{202e}“שלום,” אמר הוא. مرحبا قال ".repeat(5_000)),
        ("emoji and combining marks", "😀👍🏽 e\u{301}\u{301}\u{301} “Q,” Zoë said 🇺🇦 ".repeat(10_000)),
        ("one enormous word", "a".repeat(3_000_000)),
        ("only punctuation", ".,;:!?—–-()[]{}".repeat(50_000)),
        ("only newlines", "\n".repeat(200_000)),
        ("a huge sentence of cues", "said told wrote added ".repeat(100_000)),
        ("capitalised cues after a name", format!("the {}", "Says States Reports ".repeat(70_000))),
        ("claims joined by conjunctions", "Reyes said it was late, and Ruiz said it was not; ".repeat(30_000)),
        ("colons before quotations", "She had one message: “Vote.” -- ".repeat(50_000)),
        ("headline labels", "Ines Okafor: Ferry Timetable Is A Fiction Now.\n\nOkafor said so.\n\n".repeat(30_000)),
        (
            "coordinated speakers",
            "Reyes, Ruiz, Okafor and the mayor and the governor said it was late, ".repeat(30_000),
        ),
        ("relative clauses", "The report, which said the plan, which was late, was fine, was ignored; ".repeat(30_000)),
    ]
}
