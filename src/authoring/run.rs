//! Turning a parsed `counterclaim rules ...` command line into a run. Like [`crate::app`] for the
//! other commands: only this module reads the flags of the `rules` subcommands.

use std::fmt::Write as _;
use std::path::PathBuf;

use anyhow::{bail, Context as _};

use super::check::CheckReport;
use super::examples::{Status, TestReport};
use crate::app::Outcome;
use crate::cli::{Format, Global, RulesCheckArgs, RulesCommand, RulesExplainArgs, RulesInitArgs, RulesTestArgs};
use crate::output::Destination;
use crate::rules::diag::Severity;
use crate::rules::{self, RuleFile};

/// Run a `rules` subcommand.
pub fn run(cmd: &RulesCommand, g: &Global) -> anyhow::Result<Outcome> {
    match cmd {
        RulesCommand::Check(a) => check(a, g),
        RulesCommand::Test(a) => test(a, g),
        RulesCommand::Explain(a) => explain(a, g),
        RulesCommand::Schema => {
            let dest = Destination::check(g.output.as_deref(), &[])?;
            dest.write(super::schema::schema_json().as_bytes())?;
            Ok(Outcome::Success)
        }
        RulesCommand::Init(a) => init(a, g),
    }
}

/// Rule-file layers to load, with the names of the user's own files (when a directory is given).
type Layers = (Vec<Vec<RuleFile>>, Option<Vec<String>>);

/// The layers to load: the defaults (unless `--no-default-rules`) and the directory given as
/// argument or with `--rules` (not both), with the names of that directory's files.
fn layers(dir: Option<&PathBuf>, g: &Global) -> anyhow::Result<Layers> {
    let dir = match (dir, &g.rules) {
        (Some(_), Some(_)) => bail!("give the rules directory once: as DIR or with --rules, not both"),
        (Some(d), None) | (None, Some(d)) => Some(d),
        (None, None) => None,
    };
    let mut layers = Vec::new();
    if !g.no_default_rules {
        layers.push(rules::default_files());
    }
    let mut own = None;
    if let Some(d) = dir {
        let files = rules::dir_files(d)?;
        own = Some(files.iter().map(|f| f.name.clone()).collect());
        layers.push(files);
    }
    Ok((layers, own))
}

fn check(a: &RulesCheckArgs, g: &Global) -> anyhow::Result<Outcome> {
    let dest = Destination::check(g.output.as_deref(), &[])?;
    let (layers, own) = match layers(a.dir.as_ref(), g) {
        Ok(l) => l,
        // an unreadable directory or file is a finding of the check, shown like the others
        Err(e) => match e.downcast::<rules::diag::RuleErrors>() {
            Ok(re) => {
                let report = CheckReport {
                    diagnostics: re.diagnostics,
                    files: 0,
                    rules: 0,
                };
                return finish_check(&report, a, g, &dest);
            }
            Err(e) => return Err(e),
        },
    };
    let report = super::check::check(&layers, own.as_deref());
    finish_check(&report, a, g, &dest)
}

fn finish_check(report: &CheckReport, a: &RulesCheckArgs, g: &Global, dest: &Destination) -> anyhow::Result<Outcome> {
    let errors = report.count(Severity::Error);
    let warnings = report.count(Severity::Warning);
    let mut out = String::new();
    match g.format {
        Format::Json => {
            let doc = serde_json::json!({
                "errors": errors,
                "warnings": warnings,
                "files": report.files,
                "rules": report.rules,
                "diagnostics": report.diagnostics,
            });
            out = serde_json::to_string_pretty(&doc)? + "\n";
        }
        _ => {
            for d in &report.diagnostics {
                out.push_str(&d.render());
                out.push('\n');
            }
            let rules = if report.rules > 0 {
                format!(", {} rules", report.rules)
            } else {
                String::new()
            };
            let _ = writeln!(
                out,
                "rules check: {} files{rules}: {errors} error{}, {warnings} warning{}",
                report.files,
                plural(errors),
                plural(warnings)
            );
        }
    }
    dest.write(out.as_bytes())?;
    if errors > 0 {
        bail!("invalid rules: {errors} error{} (listed above)", plural(errors));
    }
    if warnings > 0 && a.deny_warnings {
        return Ok(Outcome::Differences);
    }
    Ok(Outcome::Success)
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn test(a: &RulesTestArgs, g: &Global) -> anyhow::Result<Outcome> {
    let dest = Destination::check(g.output.as_deref(), &[])?;
    let (layers, _) = layers(a.dir.as_ref(), g)?;
    let rules = rules::load(&layers)?;
    let report = super::examples::run(&rules, a.only.as_deref());
    let out = match g.format {
        Format::Json => serde_json::to_string_pretty(&report)? + "\n",
        _ => test_text(&report, a.all),
    };
    dest.write(out.as_bytes())?;
    Ok(if report.count(Status::Failed) > 0 {
        Outcome::Differences
    } else {
        Outcome::Success
    })
}

/// The `rules test` report: one block per failure (and per todo that passes now), then a summary.
pub fn test_text(report: &TestReport, all: bool) -> String {
    let mut out = String::new();
    for r in &report.results {
        let tag = match r.status {
            Status::Failed => "FAIL",
            Status::Fixed => "FIXED",
            Status::Passed if all => "ok",
            Status::Todo if all => "todo",
            _ => continue,
        };
        let _ = writeln!(out, "{tag} {} {}", r.at, r.rule);
        let _ = writeln!(out, "  text:  {}", r.text.trim());
        if let Some(st) = &r.got.statement {
            if st.trim() != r.text.trim() {
                let _ = writeln!(out, "  checked statement: {}", st.trim());
            }
        }
        for p in &r.problems {
            let _ = writeln!(out, "  {p}");
        }
        if r.status == Status::Fixed {
            let _ = writeln!(out, "  this known gap passes now: remove `todo: true`");
        }
        let _ = writeln!(
            out,
            "  got:   side {}, speaker {}, kinds [{}], place {}",
            r.got.side,
            r.got.speaker.as_deref().unwrap_or("none"),
            r.got.kinds.join(", "),
            r.got.place.as_deref().unwrap_or("none")
        );
        let fired = if r.got.fired.is_empty() {
            "none".to_string()
        } else {
            r.got.fired.join(", ")
        };
        let _ = writeln!(out, "  fired: {fired}");
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "rules test: {} examples: {} passed, {} failed, {} todo, {} todo now passing",
        report.results.len(),
        report.count(Status::Passed),
        report.count(Status::Failed),
        report.count(Status::Todo),
        report.count(Status::Fixed)
    );
    out
}

fn explain(a: &RulesExplainArgs, g: &Global) -> anyhow::Result<Outcome> {
    let dest = Destination::check(g.output.as_deref(), &[])?;
    let rules = crate::app::load_rules(g)?;
    let (doc, line) = match (&a.sentence, &a.file) {
        (Some(text), _) => {
            let doc = crate::input::parse("<sentence>".into(), text.as_bytes().to_vec(), &rules.language)?;
            (doc, None)
        }
        (None, Some(file)) => {
            let doc = crate::input::read(&crate::input::Source::File(file.clone()), &rules.language, g.decoding())?;
            (doc, a.line)
        }
        (None, None) => bail!("give a SENTENCE, or --file F --line N"),
    };
    let Some(text) = super::explain::explain(&doc, &rules, line) else {
        match line {
            Some(n) => bail!(
                "{}: no sentence of the article starts on or runs through line {n} (headings, boilerplate and blank lines have none)",
                doc.path
            ),
            None => bail!("nothing to explain: the text holds no sentence"),
        }
    };
    dest.write(text.as_bytes())?;
    Ok(Outcome::Success)
}

fn init(a: &RulesInitArgs, g: &Global) -> anyhow::Result<Outcome> {
    let written = super::init::init(&a.dir, a.full).context("rules init")?;
    if !g.quiet {
        for p in &written {
            eprintln!("counterclaim: wrote {}", p.display());
        }
        let dir = a.dir.display();
        eprintln!(
            "counterclaim: next: `counterclaim rules test {dir}`, then `counterclaim --rules {dir} compare ARTICLES`"
        );
    }
    Ok(Outcome::Success)
}
