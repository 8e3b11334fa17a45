//! `whosaid analyze` and `whosaid share`: reading input, writing JSON.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::path::Path;
use std::process::ExitCode;

use serde_json::Value;
use whosaid::{Date, Options};

use crate::{AnalyzeArgs, ShareArgs};

/// A reader for FILE, or stdin for `-` or no file.
fn open(input: Option<&Path>) -> io::Result<Box<dyn Read>> {
    match input {
        None => Ok(Box::new(io::stdin().lock())),
        Some(p) if p == Path::new("-") => Ok(Box::new(io::stdin().lock())),
        Some(p) => File::open(p)
            .map(|f| Box::new(f) as Box<dyn Read>)
            .map_err(|e| io::Error::new(e.kind(), format!("cannot read {}: {e}", p.display()))),
    }
}

/// The whole input as UTF-8 text, or an error naming the first bad byte.
fn read_text(input: Option<&Path>) -> Result<String, String> {
    let mut bytes = Vec::new();
    open(input).and_then(|mut r| r.read_to_end(&mut bytes)).map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| not_utf8(e.utf8_error().valid_up_to()))
}

fn not_utf8(offset: usize) -> String {
    format!("input is not UTF-8 text: invalid byte at offset {offset}")
}

/// `whosaid analyze`.
pub fn run(args: &AnalyzeArgs) -> Result<ExitCode, String> {
    if args.jsonl {
        return run_jsonl(args);
    }
    let text = read_text(args.input.as_deref())?;
    let analysis = whosaid::analyze(&text, &Options { date: args.date });
    let json = if args.pretty {
        whosaid::json::to_json_pretty(&text, &analysis)
    } else {
        whosaid::json::to_json(&text, &analysis)
    };
    let mut out = io::stdout().lock();
    writeln!(out, "{json}").and_then(|_| out.flush()).map_err(|e| format!("cannot write output: {e}"))?;
    Ok(ExitCode::SUCCESS)
}

/// Batch mode: one record per line in, one line out, in order, flat memory.
fn run_jsonl(args: &AnalyzeArgs) -> Result<ExitCode, String> {
    let mut input = BufReader::with_capacity(1 << 16, open(args.input.as_deref()).map_err(|e| e.to_string())?);
    let mut out = BufWriter::with_capacity(1 << 16, io::stdout().lock());
    let mut line = Vec::new();
    let mut number = 0usize;
    let mut failed = false;
    loop {
        line.clear();
        let n = input.read_until(b'\n', &mut line).map_err(|e| format!("cannot read input: {e}"))?;
        if n == 0 {
            break;
        }
        number += 1;
        let record = trim_line_end(&line);
        let result = analyze_record(record, number, args.date).unwrap_or_else(|error_line| {
            failed = true;
            error_line
        });
        out.write_all(result.as_bytes())
            .and_then(|_| out.write_all(b"\n"))
            .map_err(|e| format!("cannot write output: {e}"))?;
        // Keep memory flat after an unusually long record.
        if line.capacity() > 1 << 24 {
            line = Vec::new();
        }
    }
    out.flush().map_err(|e| format!("cannot write output: {e}"))?;
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn trim_line_end(line: &[u8]) -> &[u8] {
    let mut end = line.len();
    while end > 0 && (line[end - 1] == b'\n' || line[end - 1] == b'\r') {
        end -= 1;
    }
    &line[..end]
}

fn error_line(id: &Value, message: &str) -> String {
    serde_json::json!({ "id": id, "error": message }).to_string()
}

/// One output line for one input line: the analysis with its `id`, or an
/// `{"id", "error"}` line for a bad record.
pub fn analyze_record(record: &[u8], number: usize, default_date: Option<Date>) -> Result<String, String> {
    let null = Value::Null;
    let text = match std::str::from_utf8(record) {
        Ok(t) => t,
        Err(e) => {
            let message = format!("line {number} is not UTF-8: invalid byte at offset {}", e.valid_up_to());
            return Err(error_line(&null, &message));
        }
    };
    if text.trim().is_empty() {
        return Err(error_line(&null, &format!("line {number} is empty")));
    }
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return Err(error_line(&null, &format!("line {number} is not JSON: {e}"))),
    };
    let Value::Object(mut obj) = value else {
        return Err(error_line(&null, &format!("line {number} is not a JSON object")));
    };
    let id = obj.remove("id").unwrap_or(Value::Null);
    let article = match obj.remove("text") {
        Some(Value::String(s)) => s,
        Some(_) => return Err(error_line(&id, "\"text\" must be a string")),
        None => return Err(error_line(&id, "the record has no \"text\"")),
    };
    let date = match obj.get("date") {
        None | Some(Value::Null) => default_date,
        Some(Value::String(s)) => match Date::parse_iso(s) {
            Some(d) => Some(d),
            None => return Err(error_line(&id, &format!("\"date\" must be YYYY-MM-DD, not {s:?}"))),
        },
        Some(_) => return Err(error_line(&id, "\"date\" must be a string YYYY-MM-DD or null")),
    };
    let analysis = whosaid::analyze(&article, &Options { date });
    let json = whosaid::json::to_json(&article, &analysis);
    // `{"schema":…}` becomes `{"id":…,"schema":…}`.
    let id_json = serde_json::to_string(&id).unwrap_or_else(|_| "null".into());
    Ok(format!("{{\"id\":{id_json},{}", json.strip_prefix('{').unwrap_or(&json)))
}

/// `whosaid share`.
pub fn share(args: &ShareArgs) -> Result<ExitCode, String> {
    let mut out = io::stdout().lock();
    let printed = if let Some(link) = &args.decode {
        let shared = whosaid_share::decode(link).map_err(|e| e.to_string())?;
        if let Some(d) = &shared.date {
            eprintln!("date: {d}");
        }
        write!(out, "{}", shared.text)
    } else {
        let text = read_text(args.input.as_deref())?;
        let shared = whosaid_share::Shared { text, date: args.date.map(|d| d.to_string()) };
        writeln!(out, "#{}", whosaid_share::encode(&shared))
    };
    printed.and_then(|_| out.flush()).map_err(|e| format!("cannot write output: {e}"))?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_records_are_reported_with_their_id() {
        let err = |s: &[u8]| {
            let line = analyze_record(s, 7, None).expect_err("a bad record");
            serde_json::from_str::<Value>(&line).expect("error lines are JSON")
        };
        let e = err(b"nope");
        assert_eq!(e["id"], Value::Null);
        assert!(e["error"].as_str().unwrap().starts_with("line 7 is not JSON"));
        assert_eq!(err(br#"{"id": 3}"#)["id"], 3);
        assert_eq!(err(br#"{"id": "a", "text": 5}"#)["error"], "\"text\" must be a string");
        assert!(err(br#"{"id": "a", "text": "x", "date": "2025-13-01"}"#)["error"]
            .as_str()
            .unwrap()
            .contains("YYYY-MM-DD"));
        assert!(err(b"{\"id\":1,\"text\":\"\xff\"}")["error"].as_str().unwrap().contains("invalid byte at offset 16"));
        assert_eq!(err(b"[]")["error"], "line 7 is not a JSON object");
        assert_eq!(err(b"  ")["error"], "line 7 is empty");
        let ok = analyze_record(br#"{"id": "a", "text": "Hello.", "date": "2025-02-13"}"#, 1, None).unwrap();
        assert!(
            ok.starts_with(
                r#"{"id":"a","schema":"whosaid/1","reference_date":{"value":"2025-02-13","source":"option"}"#
            ),
            "{ok}"
        );
    }
}
