//! The command line, described with clap. These types only describe and validate arguments; the
//! doc comment on each field is its help text. [`crate::app`] turns them into a run.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

const INPUT_HELP: &str =
    "Inputs are files, directories (searched recursively for *.txt and *.md) or - for standard input. \
An article may start with YAML front matter between --- lines (title, outlet, date, url). \
An input that cannot be read (missing, not UTF-8, empty, invalid front matter) is reported on standard error \
as `counterclaim: FILE: reason`; the other inputs are still processed and printed, and the exit status is 2. \
Binary files (and FIFOs or devices found in a directory) are skipped with a warning. \
With --lossy, bytes that are not UTF-8 are replaced and the file is read, with a warning.";

/// Attribute every sentence of war reporting to its source and side, and compare conflicting
/// claims about the same incident side by side.
#[derive(Debug, Parser)]
#[command(name = "counterclaim", version, propagate_version = true, max_term_width = 100)]
#[command(
    after_help = "Exit status: 0 success; 1 `check` or `rules test` found differences; 2 bad usage, unreadable input or invalid rules."
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
    /// Options shared by every command.
    #[command(flatten)]
    pub global: Global,
}

/// Options shared by every command.
#[derive(Debug, Args)]
pub struct Global {
    /// Rules directory to load over the embedded default rules: a rule with the same id replaces
    /// the default one, a new id is added.
    #[arg(long, global = true, value_name = "DIR")]
    pub rules: Option<PathBuf>,
    /// With --rules: start from an empty rule set instead of the embedded default.
    #[arg(long, global = true, requires = "rules")]
    pub no_default_rules: bool,
    /// Output format.
    #[arg(long, short = 'f', global = true, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Write the output to FILE (atomically: all or nothing) instead of standard output.
    #[arg(long, short = 'o', global = true, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// When to use colour in tables.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Number of worker threads (default: one per core).
    #[arg(long, global = true, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=256))]
    pub threads: Option<u16>,
    /// Read files that are not valid UTF-8 anyway: replace each invalid byte with U+001A
    /// (SUBSTITUTE, one byte, so offsets still point into the file) and warn, instead of refusing
    /// the file.
    #[arg(long, global = true)]
    pub lossy: bool,
    /// Print nothing on standard error but errors.
    #[arg(long, short = 'q', global = true)]
    pub quiet: bool,
    /// Print more on standard error (timings, skipped inputs).
    #[arg(long, short = 'v', global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Side-by-side tables wrapped to the terminal width.
    Table,
    /// GitHub-flavoured Markdown tables.
    Markdown,
    /// One JSON document (output contract version 1).
    Json,
    /// One JSON object per line.
    Jsonl,
    /// Comma-separated values.
    Csv,
}

impl Format {
    /// The renderer name.
    pub fn name(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Markdown => "markdown",
            Format::Json => "json",
            Format::Jsonl => "jsonl",
            Format::Csv => "csv",
        }
    }
}

/// When to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// When standard output is a terminal and NO_COLOR is not set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Side-by-side tables of conflicting claims about the same incident (the main job).
    #[command(after_help = INPUT_HELP)]
    Compare(CompareArgs),
    /// Every sentence with its source, side, claim kinds and incident.
    #[command(after_help = INPUT_HELP)]
    Statements(StatementsArgs),
    /// Accuracy against hand-labelled articles.
    #[command(
        after_help = "Gold files are YAML, one per article: `doc`, `statements` (quote, speaker, side) and `conflicts` (a, b). See samples/gold/."
    )]
    Eval(EvalArgs),
}

/// Arguments of `compare`.
#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Articles: files, directories or - for standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// List every incident, also those without conflicting claims.
    #[arg(long)]
    pub all: bool,
}

/// Arguments of `statements`.
#[derive(Debug, Args)]
pub struct StatementsArgs {
    /// Articles: files, directories or - for standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
}

/// Arguments of `eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Directory of gold files.
    #[arg(long, value_name = "DIR")]
    pub gold: PathBuf,
    /// Articles the gold files label.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Exit 1 when side accuracy is below X (0–1).
    #[arg(long, value_name = "X")]
    pub min_side: Option<f64>,
    /// Exit 1 when conflict recall is below X (0–1).
    #[arg(long, value_name = "X")]
    pub min_recall: Option<f64>,
    /// Exit 1 when conflict precision is below X (0–1).
    #[arg(long, value_name = "X")]
    pub min_precision: Option<f64>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn command_line_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
