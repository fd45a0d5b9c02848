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
    /// Output format. `html` and `claimreview` present conflicts, so only `compare` takes them.
    #[arg(long, short = 'f', global = true, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Write the output to FILE (atomically: all or nothing) instead of standard output.
    #[arg(long, short = 'o', global = true, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// When to colour tables: `auto` colours a terminal unless NO_COLOR is set. Table width
    /// follows the terminal, or COLUMNS when set.
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

impl Global {
    /// How to read bytes that are not UTF-8: every command that reads articles honours `--lossy`
    /// the same way.
    pub fn decoding(&self) -> crate::input::Decoding {
        if self.lossy {
            crate::input::Decoding::Lossy
        } else {
            crate::input::Decoding::Strict
        }
    }
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
    /// One self-contained HTML page, to share or print (compare only).
    Html,
    /// schema.org ClaimReview JSON-LD for fact-checkers (compare only).
    Claimreview,
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
            Format::Html => "html",
            Format::Claimreview => "claimreview",
        }
    }

    /// Whether the format presents conflicts only, so `statements` cannot use it.
    pub fn compare_only(self) -> bool {
        matches!(self, Format::Html | Format::Claimreview)
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
    /// Compare the answers for sample articles with their snapshots in SAMPLES_DIR/expected/.
    #[command(
        after_help = "Snapshots are YAML, one per article, meant to be reviewed in pull requests. Exit status 1 when an answer changed, an article has no snapshot yet, or a snapshot has no article; --bless rewrites them (atomically) and exits 0."
    )]
    Check(CheckArgs),
    /// Accuracy against hand-labelled articles.
    #[command(
        after_help = "Gold files are YAML, one per article: `doc`, `statements` (quote, speaker, side) and `conflicts` (a, b). See samples/gold/."
    )]
    Eval(EvalArgs),
    /// Shell completions, printed for the shell's completion directory.
    #[command(
        after_help = "Install: see the README (bash: counterclaim completions bash > ~/.local/share/bash-completion/completions/counterclaim)."
    )]
    Completions(CompletionsArgs),
    /// The man page in roff, for `man -l -` or a man1 directory.
    #[command(
        after_help = "Install: counterclaim man > ~/.local/share/man/man1/counterclaim.1 (and `counterclaim man compare > .../counterclaim-compare.1` for each command)."
    )]
    Man(ManArgs),
    /// Tools for editing rule files: check, test, explain, schema, init.
    #[command(subcommand)]
    Rules(RulesCommand),
}

/// `counterclaim rules ...`: for people who edit rule files.
#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// Find every mistake in a rules directory (loaded over the default rules), with
    /// file:line:column, the offending line, and a likely fix.
    #[command(
        after_help = "Without DIR (and without --rules), checks the embedded default rules. Warnings (a rule no example exercises, an alias given twice) are listed after errors and do not fail the check unless --deny-warnings is given. Exit status: 0 clean; 1 only warnings, with --deny-warnings; 2 errors."
    )]
    Check(RulesCheckArgs),
    /// Run the `examples:` of every rule and show each failure with the rules that fired.
    #[command(
        after_help = "Examples are sentences with the side, speaker, kinds or place they must give; `fires: false` marks a counter-example; `todo: true` a known gap (reported, not failed). Exit status: 0 all pass; 1 some failed; 2 invalid rules."
    )]
    Test(RulesTestArgs),
    /// Show why a sentence gets its side, speaker, kinds and incident, and which rules nearly fired.
    Explain(RulesExplainArgs),
    /// Print the JSON Schema of rule files, for an editor's YAML language server.
    Schema,
    /// Write a starter rules directory to edit (one overlay file, or the full default set).
    Init(RulesInitArgs),
}

/// Arguments of `rules check`.
#[derive(Debug, Args)]
pub struct RulesCheckArgs {
    /// Rules directory to check (the same as --rules DIR).
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// Fail (exit 1) on warnings too.
    #[arg(long)]
    pub deny_warnings: bool,
}

/// Arguments of `rules test`.
#[derive(Debug, Args)]
pub struct RulesTestArgs {
    /// Rules directory whose examples to run, with the defaults' (the same as --rules DIR).
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// Only the examples of rules whose id contains TEXT (`sources/`, `places/kyiv`).
    #[arg(long, value_name = "TEXT")]
    pub only: Option<String>,
    /// List passing examples too.
    #[arg(long)]
    pub all: bool,
}

/// Arguments of `rules explain`.
#[derive(Debug, Args)]
pub struct RulesExplainArgs {
    /// The sentence (or a few sentences, for context) to explain.
    #[arg(value_name = "SENTENCE", required_unless_present = "file", conflicts_with = "file")]
    pub sentence: Option<String>,
    /// Explain a sentence of this article instead.
    #[arg(long, value_name = "FILE", requires = "line")]
    pub file: Option<PathBuf>,
    /// With --file: the line the sentence starts on (or runs through).
    #[arg(long, value_name = "N", requires = "file")]
    pub line: Option<usize>,
}

/// Arguments of `rules init`.
#[derive(Debug, Args)]
pub struct RulesInitArgs {
    /// Directory to create (or an empty one); nothing in it is overwritten.
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    /// Copy the whole default rule set instead of a starter overlay.
    #[arg(long)]
    pub full: bool,
}

/// Arguments of `completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete in.
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: clap_complete::Shell,
}

/// Arguments of `man`.
#[derive(Debug, Args)]
pub struct ManArgs {
    /// A command to print the page of (`counterclaim-compare(1)`); without it, the main page.
    #[arg(value_name = "COMMAND")]
    pub command: Option<String>,
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

/// Arguments of `check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Directory of sample articles, with their snapshots in `expected/` inside it.
    #[arg(value_name = "SAMPLES_DIR", default_value = "samples")]
    pub dir: PathBuf,
    /// Rewrite the snapshots with the current answers (and remove those of articles that are gone).
    #[arg(long)]
    pub bless: bool,
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
