//! `counterclaim rules check`: every problem of a rule set in one run, errors apart from warnings.
//!
//! Loading already finds the errors (syntax, unknown keys, unknown ids, duplicate and dead
//! aliases, invalid phrases). On top of that, check runs every example to find the rules no
//! example exercises: a rule without a working example is a rule nobody will notice breaking.

use crate::rules::diag::{Diagnostic, Severity};
use crate::rules::{self, RuleFile, RuleSet};

/// The rule kinds whose rules must each be exercised by some example.
const COVERED_KINDS: &[&str] = &["sources", "cues", "agentless", "claims", "places", "targets"];

/// What checking a rule set found.
#[derive(Debug)]
pub struct CheckReport {
    /// Errors, then warnings, each in file order.
    pub diagnostics: Vec<Diagnostic>,
    /// Number of rule files read.
    pub files: usize,
    /// Number of rules loaded (0 when the set has errors).
    pub rules: usize,
}

impl CheckReport {
    /// Number of diagnostics of `severity`.
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == severity).count()
    }
}

/// Check `layers` (the default set and/or a user's directory). Coverage warnings are given only
/// for rules written in `own_files` (the user's directory), or for every rule when `None`.
pub fn check(layers: &[Vec<RuleFile>], own_files: Option<&[String]>) -> CheckReport {
    let files = layers.iter().map(Vec::len).sum();
    match rules::load(layers) {
        Err(e) => CheckReport {
            diagnostics: e.diagnostics,
            files,
            rules: 0,
        },
        Ok(rs) => {
            let mut diagnostics = rs.warnings.clone();
            diagnostics.extend(coverage(&rs, own_files, layers));
            diagnostics
                .sort_by(|a, b| (a.severity, &a.file, a.line, a.column).cmp(&(b.severity, &b.file, b.line, b.column)));
            CheckReport {
                diagnostics,
                files,
                rules: rs.origins.len(),
            }
        }
    }
}

/// Warnings for rules that no example makes fire.
fn coverage(rs: &RuleSet, own_files: Option<&[String]>, layers: &[Vec<RuleFile>]) -> Vec<Diagnostic> {
    let report = super::examples::run(rs, None);
    let mut out = Vec::new();
    for o in &rs.origins {
        let kind = o.id.split('/').next().unwrap_or("");
        if !COVERED_KINDS.contains(&kind) || report.fired.contains(&o.id) {
            continue;
        }
        if own_files.is_some_and(|own| !own.contains(&o.file)) {
            continue;
        }
        let (message, hint) = if o.has_examples {
            (
                "no example makes this rule fire",
                "fix its examples; `counterclaim rules test --only ID` shows what they give",
            )
        } else {
            (
                "no example exercises this rule",
                "add `examples:` with a sentence it must read (see `counterclaim rules init`)",
            )
        };
        let mut d = Diagnostic::warning(&o.file, Some((o.line, o.column)), message)
            .rule(o.id.clone())
            .hint(hint);
        d.snippet = layers
            .iter()
            .rev()
            .flatten()
            .find(|f| f.name == o.file)
            .and_then(|f| f.text.lines().nth(o.line - 1))
            .map(str::to_string);
        out.push(d);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, text: &str) -> Vec<RuleFile> {
        vec![RuleFile {
            name: name.into(),
            text: text.into(),
        }]
    }

    #[test]
    fn the_default_rules_are_clean() {
        let report = check(&[rules::default_files()], None);
        let shown: Vec<String> = report.diagnostics.iter().map(ToString::to_string).collect();
        assert!(shown.is_empty(), "{shown:#?}");
        assert!(report.rules > 300);
    }

    #[test]
    fn a_rule_without_a_working_example_is_a_warning_in_the_users_files_only() {
        let mine = file(
            "mine/s.yaml",
            "sources:\n  - id: hrytsenko\n    name: Oksana Hrytsenko\n    kind: person\n    side: ukrainian\n",
        );
        let report = check(&[rules::default_files(), mine], Some(&["mine/s.yaml".to_string()]));
        let shown: Vec<String> = report.diagnostics.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            ["mine/s.yaml:2:9: warning in sources/hrytsenko: no example exercises this rule (add `examples:` with a sentence it must read (see `counterclaim rules init`))"]
        );
        assert_eq!(report.count(Severity::Error), 0);
    }

    #[test]
    fn errors_from_every_file_come_together() {
        let mine = vec![
            RuleFile {
                name: "a.yaml".into(),
                text: "sources:\n  - id: x\n    name: X\n    kind: person\n    side: russain\n".into(),
            },
            RuleFile {
                name: "b.yaml".into(),
                text: "conflicts:\n  - id: y\n    label: Y\n    a: [strike]\n    b: [intercepton]\n".into(),
            },
        ];
        let report = check(&[rules::default_files(), mine], None);
        assert_eq!(report.count(Severity::Error), 2, "{:#?}", report.diagnostics);
    }
}
