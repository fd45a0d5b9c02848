//! Turning a parsed command line into a run: load the rules, check where output goes, list the
//! inputs, run the pipeline, render. Stages receive typed values; nothing below this module reads
//! a command-line flag.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};

use anyhow::{bail, Context as _};

use crate::check;
use crate::cli::{
    CheckArgs, Cli, ColorChoice, Command, CompareArgs, CompletionsArgs, EvalArgs, Format, Global, ManArgs,
    StatementsArgs,
};
use crate::eval;
use crate::input;
use crate::output::Destination;
use crate::pairing::{self, Comparison};
use crate::pipeline::{self, Corpus};
use crate::progress::Progress;
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

/// Run a parsed command line. Meant to be called once per process (by `main`): the rules it
/// loads are left for the process's end to free.
pub fn run(cli: Cli) -> anyhow::Result<Outcome> {
    let g = &cli.global;
    if let Some(n) = g.threads {
        // Fails only if a pool was already built in this process (tests); then keep it.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(usize::from(n))
            .build_global();
    }
    // completions and the man page describe the command line, and the rule tools load rules
    // their own way: none of them needs the rules loaded here
    match &cli.command {
        Command::Rules(cmd) => return crate::authoring::run::run(cmd, g),
        Command::Completions(a) => return completions(a, g),
        Command::Man(a) => return man_page(a, g),
        _ => {}
    }
    let rules = load_rules(g)?;
    let outcome = match &cli.command {
        Command::Compare(a) => compare(a, g, &rules),
        Command::Statements(a) => statements(a, g, &rules),
        Command::Check(a) => check_samples(a, g, &rules),
        Command::Eval(a) => evaluate(a, g, &rules),
        Command::Rules(_) | Command::Completions(_) | Command::Man(_) => unreachable!("handled above"),
    };
    // the command is done and the process ends with it: freeing the rules piece by piece took
    // 23 M instructions, a sixteenth of a one-article run, to give memory back to nobody
    std::mem::forget(rules);
    outcome
}

/// `completions SHELL`: the completion script clap_complete writes for the command line.
fn completions(a: &CompletionsArgs, g: &Global) -> anyhow::Result<Outcome> {
    let dest = Destination::check(g.output.as_deref(), &[])?;
    let mut cmd = <Cli as clap::CommandFactory>::command();
    let mut buf = Vec::new();
    clap_complete::generate(a.shell, &mut cmd, "counterclaim", &mut buf);
    dest.write(&buf)?;
    Ok(Outcome::Success)
}

/// `man [COMMAND]`: the man page of the program, or of one command, in roff (clap_mangen).
fn man_page(a: &ManArgs, g: &Global) -> anyhow::Result<Outcome> {
    let dest = Destination::check(g.output.as_deref(), &[])?;
    let mut cmd = <Cli as clap::CommandFactory>::command();
    // building propagates the global options into each command and names its page
    // `counterclaim-compare`
    cmd.build();
    let page = match &a.command {
        None => cmd,
        Some(name) => match cmd.find_subcommand(name) {
            Some(sub) => sub.clone(),
            None => {
                let names: Vec<&str> = cmd
                    .get_subcommands()
                    .map(|c| c.get_name())
                    .filter(|n| *n != "help")
                    .collect();
                bail!(
                    "no command `{name}` to print the man page of; commands: {}",
                    names.join(", ")
                );
            }
        },
    };
    let mut buf = Vec::new();
    clap_mangen::Man::new(page).render(&mut buf)?;
    dest.write(&buf)?;
    Ok(Outcome::Success)
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
    let started = std::time::Instant::now();
    let rs = rules::load(&layers)?;
    if g.verbose > 0 {
        eprintln!(
            "counterclaim: rules loaded in {:.1?} ({} rules, fingerprint {})",
            started.elapsed(),
            rs.origins.len(),
            rs.fingerprint
        );
    }
    if !g.quiet {
        for w in &rs.warnings {
            eprintln!("counterclaim: {w}");
        }
    }
    Ok(rs)
}

fn render_context<'a>(
    g: &Global,
    rules: &'a RuleSet,
    documents: &'a [input::Document],
    dest: &Destination,
) -> Context<'a> {
    let to_terminal = matches!(dest, Destination::Stdout) && std::io::stdout().is_terminal();
    Context {
        rules,
        documents,
        width: table_width(std::env::var("COLUMNS").ok().as_deref(), to_terminal),
        color: use_color(g.color, to_terminal, std::env::var_os("NO_COLOR").as_deref()),
    }
}

/// Whether tables get colour: `--color always|never` decide; `auto` colours only output to a
/// terminal, and none when `NO_COLOR` is set to anything but the empty string
/// (<https://no-color.org>: an explicit flag wins over the variable).
pub fn use_color(choice: ColorChoice, to_terminal: bool, no_color: Option<&std::ffi::OsStr>) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => to_terminal && no_color.is_none_or(|v| v.is_empty()),
    }
}

/// Width to wrap tables to: `COLUMNS` when it is a number of at least 40, else the terminal's
/// (`None`: asked when drawing), else 120 columns for a file or a pipe.
pub fn table_width(columns: Option<&str>, to_terminal: bool) -> Option<u16> {
    columns
        .and_then(|c| c.trim().parse::<u16>().ok())
        .filter(|w| *w >= 40)
        .or(if to_terminal { None } else { Some(120) })
}

/// Read and analyse the inputs; report unreadable ones on stderr. Fails when nothing is left.
/// What `read_corpus` keeps of each document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Keep {
    /// Every statement and the whole text (the table of `statements`, which sizes its columns
    /// from every row).
    Everything,
    /// The statements that can be part of an incident; the text only if the format shows
    /// statements in their context (HTML). What lets `compare` hold a large corpus.
    Claims {
        /// Keep each document's text.
        text: bool,
    },
}

fn read_corpus(
    inputs: &[std::path::PathBuf],
    g: &Global,
    rules: &RuleSet,
    keep: Keep,
) -> anyhow::Result<(Corpus, Destination, usize)> {
    let (sources, mut problems) = input::expand(inputs);
    let dest = Destination::check(g.output.as_deref(), &sources)?;
    let started = std::time::Instant::now();
    let mut progress = Progress::new(sources.len(), g.quiet);
    let work = |mut doc: input::Document, mut statements: Vec<crate::locate::Statement>| {
        if let Keep::Claims { text } = keep {
            statements.retain(pairing::can_pair);
            if !text {
                doc.text = String::new();
            }
        }
        (doc, statements)
    };
    let mut corpus = pipeline::collect(&sources, rules, g.decoding(), work, || progress.advance());
    problems.append(&mut corpus.problems);
    progress.finish();
    if corpus.documents.is_empty() {
        return Err(nothing_read(inputs, &problems, g.quiet));
    }
    let failed = report_problems(&problems, g.quiet);
    if g.verbose > 0 {
        eprintln!(
            "counterclaim: {} articles, {} statements kept in {:.2?}",
            corpus.documents.len(),
            corpus.statements.len(),
            started.elapsed()
        );
    }
    Ok((corpus, dest, failed))
}

/// The error when no input could be read: the one problem itself, or a summary after all of them.
fn nothing_read(inputs: &[std::path::PathBuf], problems: &[input::InputError], quiet: bool) -> anyhow::Error {
    if let [only] = problems {
        return only.clone().into();
    }
    report_problems(problems, quiet);
    anyhow::anyhow!("no article could be read ({} inputs given)", inputs.len())
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
    some_failed(failed)
}

/// Exit 2 when some inputs could not be read, after the others were output.
fn some_failed(failed: usize) -> anyhow::Result<Outcome> {
    if failed > 0 {
        bail!(
            "{failed} input{} could not be read (reported above); the others were processed",
            if failed == 1 { "" } else { "s" }
        );
    }
    Ok(Outcome::Success)
}

fn statements(a: &StatementsArgs, g: &Global, rules: &RuleSet) -> anyhow::Result<Outcome> {
    if g.format.compare_only() {
        // checked before any work: these formats present conflicting pairs, which a list of
        // statements does not have
        bail!(
            "--format {} presents conflicting claims: use it with `compare`; for every statement use --format table, markdown, json, jsonl or csv",
            g.format.name()
        );
    }
    if let Some(rows) = report::rows(g.format.name()) {
        return stream_statements(a, g, rules, rows);
    }
    let (corpus, dest, failed) = read_corpus(&a.inputs, g, rules, Keep::Everything)?;
    let ctx = render_context(g, rules, &corpus.documents, &dest);
    let renderer = report::renderer(g.format.name()).context("unknown format")?;
    let mut buf = Vec::new();
    renderer.statements(&mut buf, &corpus.statements, &ctx)?;
    finish(&dest, &buf, failed)
}

/// `statements` in a format that streams: each document's rows are rendered in the worker that
/// analysed it and written in path order as soon as their chunk is done, so memory stays that of
/// a few articles whatever the size of the corpus. Nothing is written before the first article
/// is read, so a run that reads none fails as the buffered formats do.
fn stream_statements(
    a: &StatementsArgs,
    g: &Global,
    rules: &RuleSet,
    rows: &dyn report::Rows,
) -> anyhow::Result<Outcome> {
    let (sources, mut problems) = input::expand(&a.inputs);
    let dest = Destination::check(g.output.as_deref(), &sources)?;
    let started = std::time::Instant::now();
    let ctx = Context {
        rules,
        documents: &[],
        width: None,
        color: false,
    };
    let mut progress = Progress::new(sources.len(), g.quiet);
    let work = |doc: input::Document, statements: Vec<crate::locate::Statement>| {
        let mut buf = Vec::new();
        let rendered = rows.rows(&mut buf, &statements, &ctx).map(|()| buf);
        (doc.warnings, statements.len(), rendered)
    };
    let mut out = None;
    let (mut documents, mut written) = (0usize, 0usize);
    pipeline::stream(&sources, rules, g.decoding(), work, |r| -> anyhow::Result<()> {
        progress.advance();
        let (warnings, count, rendered) = match r {
            Ok(done) => done,
            Err(e) => {
                problems.push(e);
                return Ok(());
            }
        };
        problems.extend(warnings);
        documents += 1;
        let out = match &mut out {
            Some(o) => o,
            None => out.insert(dest.open()?),
        };
        if count > 0 {
            let bytes = rendered?;
            let lead = if written == 0 {
                rows.head(&ctx)
            } else {
                rows.separator().to_vec()
            };
            out.write_all(&lead).map_err(|e| out.error(e))?;
            out.write_all(&bytes).map_err(|e| out.error(e))?;
            written += count;
        }
        Ok(())
    })?;
    progress.finish();
    let Some(mut out) = out else {
        return Err(nothing_read(&a.inputs, &problems, g.quiet));
    };
    let end = if written == 0 {
        rows.empty(&ctx)
    } else {
        rows.tail().to_vec()
    };
    out.write_all(&end).map_err(|e| out.error(e))?;
    out.finish()?;
    let failed = report_problems(&problems, g.quiet);
    if g.verbose > 0 {
        eprintln!(
            "counterclaim: {documents} articles, {written} statements in {:.2?}",
            started.elapsed()
        );
    }
    some_failed(failed)
}

fn compare(a: &CompareArgs, g: &Global, rules: &RuleSet) -> anyhow::Result<Outcome> {
    let keep = Keep::Claims {
        text: matches!(g.format, Format::Html),
    };
    let (corpus, dest, failed) = read_corpus(&a.inputs, g, rules, keep)?;
    let mut cmp = pairing::pair(&corpus.statements, rules);
    if !a.all {
        cmp.incidents.retain(|i| !i.conflicts.is_empty());
    }
    let ctx = render_context(g, rules, &corpus.documents, &dest);
    let renderer = report::renderer(g.format.name()).context("unknown format")?;
    // written as it is rendered, incident by incident in the formats for programs: a copy of
    // the whole output in memory would cost more than the corpus
    let mut out = dest.open()?;
    renderer
        .compare(&mut out, &corpus.statements, &cmp, &ctx)
        .map_err(|e| out.error(e))?;
    out.finish()?;
    some_failed(failed)
}

/// What `check` found for one article.
#[derive(Debug, serde::Serialize)]
struct ArticleCheck {
    article: String,
    status: check::Status,
    differences: Vec<check::Difference>,
}

fn check_samples(a: &CheckArgs, g: &Global, rules: &RuleSet) -> anyhow::Result<Outcome> {
    let dir = &a.dir;
    if !dir.is_dir() {
        bail!("{}: not a directory of sample articles", dir.display());
    }
    let expected = dir.join("expected");
    let (corpus, dest, failed) = read_corpus(std::slice::from_ref(dir), g, rules, Keep::Everything)?;
    if failed > 0 {
        bail!("{failed} sample article(s) could not be read (reported above); nothing was compared");
    }
    let cmp = pairing::pair(&corpus.statements, rules);
    let prefix = format!("{}/", dir.display().to_string().trim_end_matches('/'));
    let name_of = |p: &str| p.strip_prefix(&prefix).unwrap_or(p).to_string();
    let new = check::snapshots(&corpus.statements, &cmp, rules, &name_of);
    // snapshots on disk, by article name
    let mut on_disk: BTreeMap<String, std::path::PathBuf> = BTreeMap::new();
    if expected.is_dir() {
        let mut stack = vec![expected.clone()];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).with_context(|| format!("reading {}", d.display()))? {
                let p = e?.path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|x| x == "yaml") {
                    let snap = check::read(&p)?;
                    on_disk.insert(snap.article.clone(), p);
                }
            }
        }
    }
    let mut results = Vec::new();
    for (name, snap) in &new {
        let (status, differences) = match on_disk.get(name) {
            None => (
                check::Status::New,
                vec![check::Difference {
                    file: name.clone(),
                    line: 1,
                    message: "no snapshot yet".into(),
                }],
            ),
            Some(p) => {
                let d = check::diff(&check::read(p)?, snap);
                (
                    if d.is_empty() {
                        check::Status::Same
                    } else {
                        check::Status::Changed
                    },
                    d,
                )
            }
        };
        results.push(ArticleCheck {
            article: name.clone(),
            status,
            differences,
        });
    }
    for name in on_disk.keys().filter(|n| !new.contains_key(*n)) {
        results.push(ArticleCheck {
            article: name.clone(),
            status: check::Status::Missing,
            differences: vec![check::Difference {
                file: name.clone(),
                line: 1,
                message: "snapshot of an article that is gone".into(),
            }],
        });
    }
    let count = |s: check::Status| results.iter().filter(|r| r.status == s).count();
    let (same, changed, fresh, missing) = (
        count(check::Status::Same),
        count(check::Status::Changed),
        count(check::Status::New),
        count(check::Status::Missing),
    );
    let summary = format!(
        "check: {} article{}, {same} unchanged, {changed} changed, {fresh} new, {missing} gone (rules {})",
        new.len(),
        if new.len() == 1 { "" } else { "s" },
        rules.fingerprint
    );
    if a.bless {
        for r in &results {
            match r.status {
                check::Status::Same => {}
                check::Status::Missing => {
                    if let Some(p) = on_disk.get(&r.article) {
                        std::fs::remove_file(p).with_context(|| format!("removing {}", p.display()))?;
                    }
                }
                check::Status::Changed | check::Status::New => {
                    let path = on_disk
                        .get(&r.article)
                        .cloned()
                        .unwrap_or_else(|| check::snapshot_path(&expected, &r.article));
                    if let Some(parent) = path.parent() {
                        std::fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
                    }
                    crate::output::write_atomically(&path, check::render(&new[&r.article]).as_bytes())?;
                }
            }
        }
        let mut buf = Vec::new();
        writeln!(
            buf,
            "blessed: {changed} changed, {fresh} new, {missing} removed, {same} unchanged ({})",
            expected.display()
        )?;
        dest.write(&buf)?;
        return Ok(Outcome::Success);
    }
    let mut buf = Vec::new();
    match g.format {
        Format::Json | Format::Jsonl => {
            let v = serde_json::json!({
                "version": crate::report::wire::VERSION,
                "summary": {"articles": new.len(), "same": same, "changed": changed, "new": fresh, "gone": missing, "rules": rules.fingerprint},
                "articles": results.iter().map(|r| serde_json::json!({
                    "article": r.article,
                    "status": r.status,
                    "differences": r.differences.iter().map(|d| serde_json::json!({
                        "file": format!("{prefix}{}", d.file), "line": d.line, "message": d.message,
                    })).collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
            });
            serde_json::to_writer_pretty(&mut buf, &v)?;
            writeln!(buf)?;
        }
        _ => {
            for r in results.iter().filter(|r| r.status != check::Status::Same) {
                let what = match r.status {
                    check::Status::New => "new: no snapshot yet".to_string(),
                    check::Status::Missing => "gone: the snapshot's article is not in the directory".to_string(),
                    _ => format!(
                        "{} difference{}",
                        r.differences.len(),
                        if r.differences.len() == 1 { "" } else { "s" }
                    ),
                };
                writeln!(buf, "{}{}: {what}", prefix, r.article)?;
                if r.status == check::Status::Changed {
                    for d in &r.differences {
                        writeln!(buf, "  {}{}:{}: {}", prefix, d.file, d.line, d.message)?;
                    }
                }
            }
            writeln!(buf, "{summary}")?;
            if changed + fresh + missing > 0 {
                writeln!(
                    buf,
                    "run `counterclaim check {} --bless` to accept the new answers",
                    dir.display()
                )?;
            }
        }
    }
    dest.write(&buf)?;
    Ok(if changed + fresh + missing > 0 {
        Outcome::Differences
    } else {
        Outcome::Success
    })
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
    let (corpus, dest, failed) = read_corpus(&a.inputs, g, rules, Keep::Everything)?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsStr;

    #[test]
    fn auto_colours_a_terminal_unless_no_color_is_set() {
        assert!(use_color(ColorChoice::Auto, true, None));
        assert!(use_color(ColorChoice::Auto, true, Some(OsStr::new(""))));
        assert!(!use_color(ColorChoice::Auto, true, Some(OsStr::new("1"))));
        assert!(!use_color(ColorChoice::Auto, false, None));
    }

    #[test]
    fn an_explicit_color_flag_wins_over_no_color_and_pipes() {
        assert!(use_color(ColorChoice::Always, false, Some(OsStr::new("1"))));
        assert!(!use_color(ColorChoice::Never, true, None));
    }

    #[test]
    fn columns_sets_the_width_and_a_pipe_gets_120() {
        assert_eq!(table_width(Some("80"), true), Some(80));
        assert_eq!(table_width(Some(" 200 "), false), Some(200));
        assert_eq!(table_width(None, true), None);
        assert_eq!(table_width(None, false), Some(120));
        // too narrow or not a number: ignored
        assert_eq!(table_width(Some("10"), true), None);
        assert_eq!(table_width(Some("wide"), false), Some(120));
    }
}
