//! `whosaid`: who said what, and when — on the command line.
//!
//! A thin layer over the `whosaid` engine: argument parsing (clap), input and
//! output, and scoring against annotated gold files. See `whosaid --help`.

mod analyze;
mod eval;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

/// Who said what, and when: attributions and dates in news articles.
#[derive(Parser)]
#[command(
    name = "whosaid",
    version,
    about,
    long_about = "Who said what, and when: finds every speaker, every claim (direct quotes and \
reported speech) and every date in a news article, and prints the whosaid/1 JSON.",
    after_help = "Examples:\n  whosaid analyze article.txt\n  whosaid analyze --date 2025-02-13 --pretty - < article.txt\n  whosaid analyze --jsonl < articles.jsonl > analyses.jsonl\n  whosaid eval quotes gold.jsonl\n  whosaid share article.txt"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyze one article (FILE or stdin) or a JSONL batch.
    #[command(
        after_help = "Examples:\n  whosaid analyze article.txt\n  whosaid analyze --date 2025-02-13 --pretty - < article.txt\n  whosaid analyze --jsonl < in.jsonl > out.jsonl   # one {\"id\",\"text\",\"date\"} per line"
    )]
    Analyze(AnalyzeArgs),
    /// Score the analyzer against an annotated gold file.
    #[command(subcommand)]
    Eval(EvalCommand),
    /// Print the share-link fragment (`#v1.…`) for an article, or decode one.
    #[command(
        after_help = "Examples:\n  whosaid share article.txt            # prints #v1.…\n  whosaid share --date 2025-02-13 - < article.txt\n  whosaid share --decode '#v1.…'       # prints the article"
    )]
    Share(ShareArgs),
}

/// Options of `whosaid analyze`.
#[derive(Args)]
pub struct AnalyzeArgs {
    /// Reference (publication) date, overriding any dateline. Example: --date 2025-02-13
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    date: Option<whosaid::Date>,
    /// Indent the JSON output (not with --jsonl). Example: --pretty
    #[arg(long, conflicts_with = "jsonl")]
    pretty: bool,
    /// Batch mode: read one {"id", "text", "date"} object per line, write one analysis per line.
    /// Example: whosaid analyze --jsonl < in.jsonl > out.jsonl
    #[arg(long)]
    jsonl: bool,
    /// The article (or JSONL batch) to read; `-` or nothing reads stdin. Example: article.txt
    #[arg(value_name = "FILE|-")]
    input: Option<PathBuf>,
}

#[derive(Subcommand)]
enum EvalCommand {
    /// Temporal expressions, TempEval-3 scoring (relaxed, strict, type, value).
    #[command(
        after_help = "Gold format: one {\"id\",\"date\",\"text\",\"timexes\":[{\"start\",\"end\",\"type\",\"value\"}]} per line.\nExample:\n  whosaid eval dates ../shared/corpora/dates-tbaq.jsonl"
    )]
    Dates(EvalArgs),
    /// Attributions: precision, recall, F1, speaker and cue accuracy.
    #[command(
        after_help = "Gold format: one {\"id\",\"date\",\"text\",\"quotes\":[{\"start\",\"end\",\"kind\",\"cue_start\",\"cue_end\",\"speaker_start\",\"speaker_end\"}]} per line.\nA claim matches a gold fragment when its content covers at least half of it.\nExample:\n  whosaid eval quotes ../shared/corpora/quotes-polnear-dev.jsonl"
    )]
    Quotes(EvalArgs),
}

/// Options of `whosaid eval`.
#[derive(Args)]
pub struct EvalArgs {
    /// The gold JSONL file. Example: gold.jsonl
    gold: PathBuf,
    /// Fail (exit 1) when a score falls below this committed baseline. Example: --baseline eval/dates.json
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Write the scores as the new baseline. Example: --write-baseline eval/dates.json
    #[arg(long, value_name = "FILE")]
    write_baseline: Option<PathBuf>,
    /// Print the scores as JSON instead of a table. Example: --json
    #[arg(long)]
    json: bool,
    /// List every miss and false alarm (for tuning). Example: --errors
    #[arg(long)]
    errors: bool,
}

/// Options of `whosaid share`.
#[derive(Args)]
pub struct ShareArgs {
    /// Publication date to carry in the link. Example: --date 2025-02-13
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    date: Option<whosaid::Date>,
    /// Decode a link or fragment instead, printing the article. Example: --decode 'https://host/#v1.…'
    #[arg(long, value_name = "LINK")]
    decode: Option<String>,
    /// The article; `-` or nothing reads stdin. Example: article.txt
    #[arg(value_name = "FILE|-")]
    input: Option<PathBuf>,
}

fn parse_date(s: &str) -> Result<whosaid::Date, String> {
    whosaid::Date::parse_iso(s).ok_or_else(|| format!("`{s}` is not a date of the form YYYY-MM-DD"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Analyze(args) => analyze::run(&args),
        Command::Eval(EvalCommand::Dates(args)) => eval::run(eval::Task::Dates, &args),
        Command::Eval(EvalCommand::Quotes(args)) => eval::run(eval::Task::Quotes, &args),
        Command::Share(args) => analyze::share(&args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("whosaid: {e}");
            ExitCode::from(1)
        }
    }
}
