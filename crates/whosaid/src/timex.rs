//! Temporal expressions (TimeML TIMEX3), resolved against the reference date.

use crate::calendar::Date;
use crate::sentences::Sentence;
use crate::span::Span;
use crate::token::Token;

/// TIMEX3 type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimexKind {
    /// A calendar date or period: `2025-02-12`, `2025-W07`, `PRESENT_REF`.
    Date,
    /// A time of day: `2025-02-12T15:30`, `2025-02-12TNI`.
    Time,
    /// A length of time: `P3D`, `PXY`.
    Duration,
    /// A recurrence: `P1W`, `XXXX-WXX-1`.
    Set,
}

impl TimexKind {
    /// The TimeML name: `DATE`, `TIME`, `DURATION`, `SET`.
    pub fn as_str(self) -> &'static str {
        match self {
            TimexKind::Date => "DATE",
            TimexKind::Time => "TIME",
            TimexKind::Duration => "DURATION",
            TimexKind::Set => "SET",
        }
    }
}

/// One temporal expression.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timex {
    /// Where it is.
    pub span: Span,
    /// TIMEX3 type.
    pub kind: TimexKind,
    /// TIMEX3 value.
    pub value: String,
}

/// Finds and resolves the temporal expressions of `text`.
pub fn find(_text: &str, _tokens: &[Token], _sentences: &[Sentence], _reference: Option<Date>) -> Vec<Timex> {
    Vec::new()
}
