//! JSON text without serde: a writer that lays JSON out exactly as
//! `serde_json` does (compact, or indented by two spaces), and a strict
//! parser into a small [`Value`].
//!
//! The web app writes the `whosaid/1` export and reads share links and its
//! stored draft with these instead of `serde_json`, whose code is about 20 KB
//! of the site's gzipped bytes (BENCHMARKS.md). Tests check the writer
//! against `serde_json` byte for byte, and the parser against it on what it
//! accepts and refuses.

use std::fmt::Write as _;

/// The bytes [`write_str`] escapes (one load per byte, as in `serde_json`).
static NEEDS_ESCAPE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = true;
        b += 1;
    }
    t[b'"' as usize] = true;
    t[b'\\' as usize] = true;
    t
};

/// Appends `s` as a JSON string literal, escaped as `serde_json` escapes:
/// `"`, `\` and the control characters below U+0020, nothing else.
pub fn write_str(out: &mut String, s: &str) {
    out.push('"');
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        if !NEEDS_ESCAPE[b as usize] {
            continue;
        }
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            _ => "",
        };
        out.push_str(&s[start..i]);
        if escape.is_empty() {
            let _ = write!(out, "\\u{b:04x}");
        } else {
            out.push_str(escape);
        }
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// Writes one JSON value, container by container, in `serde_json`'s layout.
///
/// Call [`Writer::key`] before each member of an object; the values of an
/// array need nothing between them. The caller balances [`Writer::open`]
/// and [`Writer::close`].
pub struct Writer {
    out: String,
    pretty: bool,
    depth: usize,
    /// No element has been written yet in the innermost open container.
    first: bool,
    /// A key was just written: the next value follows it directly.
    after_key: bool,
}

impl Writer {
    /// A writer of compact (`pretty == false`) or indented JSON.
    pub fn new(pretty: bool) -> Writer {
        // The root value is written like a member's value: with nothing before it.
        Writer { out: String::new(), pretty, depth: 0, first: true, after_key: true }
    }

    /// The JSON written.
    pub fn finish(self) -> String {
        self.out
    }

    /// What goes before an element of the innermost container.
    fn separate(&mut self) {
        if self.pretty {
            self.out.push_str(if self.first { "\n" } else { ",\n" });
            for _ in 0..self.depth {
                self.out.push_str("  ");
            }
        } else if !self.first {
            self.out.push(',');
        }
        self.first = false;
    }

    fn begin_value(&mut self) {
        if self.after_key {
            self.after_key = false;
        } else {
            self.separate();
        }
    }

    /// The key of the next member of an object.
    pub fn key(&mut self, key: &str) {
        self.separate();
        write_str(&mut self.out, key);
        self.out.push_str(if self.pretty { ": " } else { ":" });
        self.after_key = true;
    }

    /// Opens an object (`b'{'`) or an array (`b'['`).
    pub fn open(&mut self, bracket: u8) {
        self.begin_value();
        self.out.push(bracket as char);
        self.depth += 1;
        self.first = true;
    }

    /// Closes the innermost object (`b'}'`) or array (`b']'`).
    pub fn close(&mut self, bracket: u8) {
        self.depth = self.depth.saturating_sub(1);
        if self.pretty && !self.first {
            self.out.push('\n');
            for _ in 0..self.depth {
                self.out.push_str("  ");
            }
        }
        self.out.push(bracket as char);
        self.first = false;
    }

    /// A string.
    pub fn str(&mut self, s: &str) {
        self.begin_value();
        write_str(&mut self.out, s);
    }

    /// A string, or `null`.
    pub fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.null(),
        }
    }

    /// A whole number.
    pub fn num(&mut self, mut n: usize) {
        self.begin_value();
        // Digits by hand: `write!` goes through `core::fmt`, twice as slow
        // for the two offsets of every span.
        let mut digits = [0u8; 20];
        let mut i = digits.len();
        loop {
            i -= 1;
            digits[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        self.out.push_str(std::str::from_utf8(&digits[i..]).unwrap_or_default());
    }

    /// `null`.
    pub fn null(&mut self) {
        self.begin_value();
        self.out.push_str("null");
    }

    /// A member whose value is a string.
    pub fn str_field(&mut self, key: &str, value: &str) {
        self.key(key);
        self.str(value);
    }

    /// A member whose value is a whole number.
    pub fn num_field(&mut self, key: &str, value: usize) {
        self.key(key);
        self.num(value);
    }

    /// An array of strings.
    pub fn strs<S: AsRef<str>>(&mut self, items: &[S]) {
        self.open(b'[');
        items.iter().for_each(|s| self.str(s.as_ref()));
        self.close(b']');
    }
}

/// A parsed JSON value. Numbers are checked but not kept: nothing whosaid
/// reads needs one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// Any number.
    Number,
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object's members, in order (a repeated key appears twice).
    Object(Vec<(String, Value)>),
}

impl Value {
    /// The value of member `key` of an object (the first, if repeated).
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// How many members of an object are named `key`.
    pub fn count(&self, key: &str) -> usize {
        match self {
            Value::Object(members) => members.iter().filter(|(k, _)| k == key).count(),
            _ => 0,
        }
    }

    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
}

/// The deepest nesting [`parse`] reads (as `serde_json`): deeper input is
/// refused instead of exhausting the stack.
pub const MAX_DEPTH: usize = 128;

/// Parses JSON text (RFC 8259, with whitespace around the value); `None`
/// when it is not exactly one JSON value.
pub fn parse(text: &str) -> Option<Value> {
    let mut p = Parser { s: text, i: 0 };
    let v = p.value(0)?;
    p.space();
    (p.i == text.len()).then_some(v)
}

struct Parser<'a> {
    s: &'a str,
    i: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.as_bytes().get(self.i).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn eat(&mut self, b: u8) -> bool {
        self.space();
        let hit = self.peek() == Some(b);
        if hit {
            self.i += 1;
        }
        hit
    }

    fn literal(&mut self, word: &str, v: Value) -> Option<Value> {
        let rest = self.s.get(self.i..)?;
        rest.starts_with(word).then(|| {
            self.i += word.len();
            v
        })
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        self.space();
        match self.peek()? {
            b'{' | b'[' if depth >= MAX_DEPTH => None,
            b'{' => {
                self.i += 1;
                let mut members = Vec::new();
                if !self.eat(b'}') {
                    loop {
                        self.space();
                        let k = self.string()?;
                        if !self.eat(b':') {
                            return None;
                        }
                        members.push((k, self.value(depth + 1)?));
                        if self.eat(b'}') {
                            break;
                        }
                        if !self.eat(b',') {
                            return None;
                        }
                    }
                }
                Some(Value::Object(members))
            }
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                if !self.eat(b']') {
                    loop {
                        items.push(self.value(depth + 1)?);
                        if self.eat(b']') {
                            break;
                        }
                        if !self.eat(b',') {
                            return None;
                        }
                    }
                }
                Some(Value::Array(items))
            }
            b'"' => self.string().map(Value::String),
            b't' => self.literal("true", Value::Bool(true)),
            b'f' => self.literal("false", Value::Bool(false)),
            b'n' => self.literal("null", Value::Null),
            b'-' | b'0'..=b'9' => self.number(),
            _ => None,
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> Option<Value> {
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        match self.peek() {
            Some(b'0') => self.i += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return None,
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            if self.digits() == 0 {
                return None;
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if self.digits() == 0 {
                return None;
            }
        }
        Some(Value::Number)
    }

    fn hex4(&mut self) -> Option<u32> {
        let h = self.s.get(self.i..self.i + 4)?;
        if !h.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        self.i += 4;
        u32::from_str_radix(h, 16).ok()
    }

    /// A string literal at the cursor, unescaped.
    fn string(&mut self) -> Option<String> {
        if self.peek() != Some(b'"') {
            return None;
        }
        self.i += 1;
        let mut out = String::new();
        loop {
            let start = self.i;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.i += 1;
            }
            // The loop stops only at ASCII bytes: both ends are char boundaries.
            out.push_str(self.s.get(start..self.i)?);
            match self.peek()? {
                b'"' => {
                    self.i += 1;
                    return Some(out);
                }
                b'\\' => {
                    self.i += 1;
                    let e = self.peek()?;
                    self.i += 1;
                    out.push(match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let hi = self.hex4()?;
                            let code = match hi {
                                0xD800..=0xDBFF => {
                                    if self.s.get(self.i..self.i + 2) != Some("\\u") {
                                        return None;
                                    }
                                    self.i += 2;
                                    let lo = self.hex4()?;
                                    if !(0xDC00..=0xDFFF).contains(&lo) {
                                        return None;
                                    }
                                    0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                                }
                                0xDC00..=0xDFFF => return None,
                                c => c,
                            };
                            char::from_u32(code)?
                        }
                        _ => return None,
                    });
                }
                // A raw control character.
                _ => return None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(pretty: bool) -> String {
        let mut w = Writer::new(pretty);
        w.open(b'{');
        w.key("a");
        w.num(1);
        w.key("empty");
        w.open(b'[');
        w.close(b']');
        w.key("list");
        w.open(b'[');
        w.open(b'{');
        w.key("x");
        w.null();
        w.key("y");
        w.opt_str(Some("q\"\\\n\u{1}\u{7f}é😀"));
        w.close(b'}');
        w.strs(&["a", "b"]);
        w.close(b']');
        // (serde_json's map sorts its keys.)
        w.key("obj");
        w.open(b'{');
        w.close(b'}');
        w.close(b'}');
        w.finish()
    }

    #[test]
    fn writes_as_serde_json_does() {
        let v = serde_json::json!({"a": 1, "empty": [], "obj": {}, "list": [{"x": null, "y": "q\"\\\n\u{1}\u{7f}é😀"}, ["a", "b"]]});
        assert_eq!(layout(false), serde_json::to_string(&v).unwrap());
        assert_eq!(layout(true), serde_json::to_string_pretty(&v).unwrap());
        for c in (0u8..0x80).map(char::from) {
            let mut s = String::new();
            write_str(&mut s, &format!("a{c}b"));
            assert_eq!(s, serde_json::to_string(&format!("a{c}b")).unwrap(), "{c:?}");
        }
    }

    #[test]
    fn parses_what_serde_json_parses() {
        let ok = [
            r#"{"text": "x\u00e9\ud83d\ude00\n\/", "date": null, "n": [-0.5e+3, 10, 0, true, false, {}]}"#,
            " \t\n[]\r\n",
            "\"\"",
            "-0",
            "1E9",
        ];
        for s in ok {
            let v = parse(s).unwrap_or_else(|| panic!("{s}"));
            serde_json::from_str::<serde_json::Value>(s).unwrap();
            let _ = v;
        }
        let v = parse(ok[0]).unwrap();
        assert_eq!(v.get("text").and_then(Value::as_str), Some("xé😀\n/"));
        assert_eq!(v.get("date"), Some(&Value::Null));
        let bad = [
            "", " ", "{", "}", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "01", "1.", ".5", "-", "1e", "+1", "tru",
            "nul", "\"\\x\"", "\"\\ud800\"", "\"\\udc00\"", "\"\\ud800\\u0041\"", "\"\u{1}\"", "\"abc", "[1 2]",
            "{} {}", "\"\\u12\"", "'a'", "NaN",
        ];
        for s in bad {
            assert_eq!(parse(s), None, "{s}");
            assert!(serde_json::from_str::<serde_json::Value>(s).is_err(), "{s}");
        }
    }

    #[test]
    fn deep_nesting_is_refused_not_a_stack_overflow() {
        let deep = "[".repeat(100_000);
        assert_eq!(parse(&deep), None);
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_some());
        let over = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        assert_eq!(parse(&over), None);
    }
}
