//! Turning a parsed command line into a run: load the rules, check where output goes, list the
//! inputs, run the pipeline, render. Stages receive typed values; nothing below this module reads
//! a command-line flag.

use std::io::{IsTerminal, Write};

use anyhow::{bail, Context as _};

use crate::cli::{Cli, ColorChoice, Command, CompareArgs, EvalArgs, Format, Global, StatementsArgs};
use crate::eval;
use crate::input;
use crate::output::Destination;
use crate::pairing::{self, Comparison};
use crate::pipeline::{self, Corpus};
use crate::report::{self, Context};
use crate::rules::{self, RuleSet};

/// How a successful run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Exit 0.
    Success,
    /// Exit 1: a check found differences, or scores are below a threshold.
    Differences,
}

/// Run a parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<Outcome> {
    let g = &cli.global;
    if let Some(n) = g.threads {
        // Fails only if a pool was already built in this process (tests); then keep it.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(usize::from(n))
            .build_global();
    }
    let rules = load_rules(g)?;
    match &cli.command {
        Command::Compare(a) => compare(a, g, &rules),
        Command::Statements(a) => statements(a, g, &rules),
        Command::Eval(a) => evaluate(a, g, &rules),
    }
}

/// Whether an error is a closed output pipe (`| head`), which ends a run quietly.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Load the embedded default rules, with `--rules DIR` over them.
pub fn load_rules(g: &Global) -> anyhow::Result<RuleSet> {
    let mut layers = Vec::new();
    if !g.no_default_rules {
        layers.push(rules::default_files());
    }
    if let Some(dir) = &g.rules {
        layers.push(rules::dir_files(dir)?);
    }
    let rs = rules::load(&layers)?;
    if !g.quiet {
        for w in &rs.warnings {
            eprintln!("counterclaim: {w}");
        }
    }
    Ok(rs)
}

fn render_context<'a>(g: &Global, rules: &'a RuleSet, dest: &Destination) -> Context<'a> {
    let to_terminal = matches!(dest, Destination::Stdout) && std::io::stdout().is_terminal();
    let color = match g.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => to_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    let width = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<u16>().ok())
        .filter(|w| *w >= 40);
    Context {
        rules,
        width: width.or(if to_terminal { None } else { Some(120) }),
        color,
    }
}

/// Read and analyse the inputs; report unreadable ones on stderr. Fails when nothing is left.
fn read_corpus(
    inputs: &[std::path::PathBuf],
    g: &Global,
    rules: &RuleSet,
) -> anyhow::Result<(Corpus, Destination, usize)> {
    let (sources, mut problems) = input::expand(inputs);
    let dest = Destination::check(g.output.as_deref(), &sources)?;
    let started = std::time::Instant::now();
    let decoding = if g.lossy {
        input::Decoding::Lossy
    } else {
        input::Decoding::Strict
    };
    let mut corpus = pipeline::run(&sources, rules, decoding);
    problems.append(&mut corpus.problems);
    if corpus.documents.is_empty() {
        // nothing to show: the one problem is the error, or a summary after all of them
        if let [only] = problems.as_slice() {
            return Err(only.clone().into());
        }
        report_problems(&problems, g.quiet);
        bail!("no article could be read ({} inputs given)", inputs.len());
    }
    let failed = report_problems(&problems, g.quiet);
    if g.verbose > 0 {
        eprintln!(
            "counterclaim: {} articles, {} statements in {:.2?}",
            corpus.documents.len(),
            corpus.statements.len(),
            started.elapsed()
        );
    }
    Ok((corpus, dest, failed))
}

/// Print input problems on stderr; returns how many were errors (not warnings).
fn report_problems(problems: &[input::InputError], quiet: bool) -> usize {
    let mut failed = 0;
    for p in problems {
        if p.warning {
            if !quiet {
                eprintln!("counterclaim: warning: {p}");
            }
        } else {
            failed += 1;
            eprintln!("counterclaim: {p}");
        }
    }
    failed
}

fn finish(dest: &Destination, bytes: &[u8], failed: usize) -> anyhow::Result<Outcome> {
    dest.write(bytes)?;
    if failed > 0 {
        bail!(
            "{failed} input{} could not be read (reported above); the others were processed",
            if failed == 1 { "" } else { "s" }
        );
    }
    Ok(Outcome::Success)
}

fn statements(a: &StatementsArgs, g: &Global, rules: &RuleSet) -> anyhow::Result<Outcome> {
    let (corpus, dest, failed) = read_corpus(&a.inputs, g, rules)?;
    let ctx = render_context(g, rules, &dest);
    let renderer = report::renderer(g.format.name()).context("unknown format")?;
    let mut buf = Vec::new();
    renderer.statements(&mut buf, &corpus.statements, &ctx)?;
    finish(&dest, &buf, failed)
}

fn compare(a: &CompareArgs, g: &Global, rules: &RuleSet) -> anyhow::Result<Outcome> {
    let (corpus, dest, failed) = read_corpus(&a.inputs, g, rules)?;
    let mut cmp = pairing::pair(&corpus.statements, rules);
    if !a.all {
        cmp.incidents.retain(|i| !i.conflicts.is_empty());
    }
    let ctx = render_context(g, rules, &dest);
    let renderer = report::renderer(g.format.name()).context("unknown format")?;
    let mut buf = Vec::new();
    renderer.compare(&mut buf, &corpus.statements, &cmp, &ctx)?;
    finish(&dest, &buf, failed)
}

fn evaluate(a: &EvalArgs, g: &Global, rules: &RuleSet) -> anyhow::Result<Outcome> {
    for (name, v) in [
        ("--min-side", a.min_side),
        ("--min-recall", a.min_recall),
        ("--min-precision", a.min_precision),
    ] {
        if let Some(x) = v {
            if !(0.0..=1.0).contains(&x) {
                bail!("{name} must be between 0 and 1, not {x}");
            }
        }
    }
    let gold = eval::read_gold_dir(&a.gold)?;
    let (corpus, dest, failed) = read_corpus(&a.inputs, g, rules)?;
    let cmp: Comparison = pairing::pair(&corpus.statements, rules);
    let rep = eval::score(&gold, &corpus.documents, &corpus.statements, &cmp, rules);
    let mut buf = Vec::new();
    match g.format {
        Format::Json | Format::Jsonl => {
            serde_json::to_writer_pretty(&mut buf, &rep)?;
            writeln!(buf)?;
        }
        _ => write_eval_text(&mut buf, &rep)?,
    }
    let below = [
        (a.min_side, rep.total.side_accuracy(), "side accuracy"),
        (a.min_recall, rep.total.recall(), "conflict recall"),
        (a.min_precision, rep.total.precision(), "conflict precision"),
    ]
    .into_iter()
    .filter_map(|(min, got, what)| {
        min.filter(|m| got < *m)
            .map(|m| format!("{what} {got:.3} is below {m}"))
    })
    .collect::<Vec<_>>();
    dest.write(&buf)?;
    if failed > 0 {
        bail!("{failed} input(s) could not be read (reported above)");
    }
    if !below.is_empty() {
        eprintln!("counterclaim: {}", below.join("; "));
        return Ok(Outcome::Differences);
    }
    Ok(Outcome::Success)
}

fn write_eval_text(out: &mut Vec<u8>, rep: &eval::Report) -> std::io::Result<()> {
    let line = |name: &str, s: &eval::Score| {
        format!(
            "{name:<40} side {:.3} ({}/{}; wrong {}, invented {}, missed {})  speaker {:.3}  conflicts: recall {:.3} ({}/{}) precision {:.3} ({}/{})",
            s.side_accuracy(),
            s.right,
            s.statements,
            s.wrong,
            s.invented,
            s.missed,
            s.speaker_accuracy(),
            s.recall(),
            s.found_pairs,
            s.gold_pairs,
            s.precision(),
            s.real_pairs,
            s.tool_pairs
        )
    };
    for (name, s) in &rep.documents {
        writeln!(out, "{}", line(name, s))?;
    }
    writeln!(out, "{}", line("TOTAL", &rep.total))?;
    for g in &rep.unmatched_gold {
        writeln!(out, "note: gold file for {g} has no matching input")?;
    }
    if !rep.misses.is_empty() {
        writeln!(out, "\nmisses:")?;
        for m in &rep.misses {
            writeln!(
                out,
                "  {}:{} {:?}: expected {} got {}: {}",
                m.doc,
                m.line,
                m.kind,
                if m.expected.is_empty() { "-" } else { &m.expected },
                if m.got.is_empty() { "-" } else { &m.got },
                m.text
            )?;
        }
    }
    Ok(())
}
