//! Structured problems found in rule files, with the place to fix them.
//!
//! A rule author fixes every problem of a directory in one round, so loading collects
//! [`Diagnostic`]s instead of stopping at the first. Each one keeps file, line, column, rule id,
//! message and hint apart until it is printed; nothing here is parsed back from a string that
//! counterclaim formatted itself.

use std::fmt;

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The rule set cannot be used.
    Error,
    /// The rule set works, but something is probably not what the author meant.
    Warning,
}

/// One problem in one rule file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The file, as the user named it (or `rules/x.yaml` for the embedded defaults).
    pub file: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
    /// Stable rule id (`sources/gusev`), when the problem belongs to one rule.
    pub rule: Option<String>,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub hint: Option<String>,
}

impl Diagnostic {
    /// An error at a file position.
    pub fn error(file: &str, pos: Option<(usize, usize)>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: file.to_string(),
            line: pos.map(|p| p.0),
            column: pos.map(|p| p.1),
            rule: None,
            message: message.into(),
            hint: None,
        }
    }

    /// A warning at a file position.
    pub fn warning(file: &str, pos: Option<(usize, usize)>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Self::error(file, pos, message)
        }
    }

    /// Attach the rule id.
    pub fn rule(mut self, id: impl Into<String>) -> Self {
        self.rule = Some(id.into());
        self
    }

    /// Attach a hint.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// `file:line:column` (as much of it as is known).
    pub fn location(&self) -> String {
        match (self.line, self.column) {
            (Some(l), Some(c)) => format!("{}:{l}:{c}", self.file),
            (Some(l), None) => format!("{}:{l}", self.file),
            _ => self.file.clone(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{}: {sev}", self.location())?;
        if let Some(rule) = &self.rule {
            write!(f, " in {rule}")?;
        }
        write!(f, ": {}", self.message)?;
        if let Some(h) = &self.hint {
            write!(f, " ({h})")?;
        }
        Ok(())
    }
}

/// Every error found while loading a rule set; the loader returns it when at least one
/// diagnostic is an error.
#[derive(Debug, Clone)]
pub struct RuleErrors {
    /// All problems, errors and warnings, in file order.
    pub diagnostics: Vec<Diagnostic>,
}

impl RuleErrors {
    /// Only the errors.
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.severity == Severity::Error)
    }
}

impl fmt::Display for RuleErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let errors: Vec<&Diagnostic> = self.errors().collect();
        match errors.as_slice() {
            [] => write!(f, "invalid rules"),
            [one] => write!(f, "invalid rules: {one}"),
            many => {
                write!(f, "invalid rules ({} errors):", many.len())?;
                for d in many {
                    write!(f, "\n  {d}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for RuleErrors {}

/// The closest candidate to `name` by Jaro-Winkler similarity, if it is close enough to be a
/// plausible typo.
pub fn did_you_mean<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let mut best: Option<(&str, f64)> = None;
    for c in candidates {
        let score = strsim::jaro_winkler(name, c);
        if score >= 0.8 && best.is_none_or(|(_, s)| score > s) {
            best = Some((c, score));
        }
    }
    best.map(|(c, _)| c)
}

/// Find where things are in a YAML rule file, for messages about values that serde has already
/// accepted (semantic checks), by looking at the text itself.
#[derive(Debug, Clone)]
pub struct Locator<'a> {
    lines: Vec<&'a str>,
}

impl<'a> Locator<'a> {
    /// Index the lines of `text`.
    pub fn new(text: &'a str) -> Self {
        Locator {
            lines: text.lines().collect(),
        }
    }

    /// 1-based (line, column) of the value of `id: <id>` for the rule with that id in `section`
    /// (`sources`, `places`...), or of the section key when there is no such rule.
    pub fn rule(&self, section: &str, id: &str) -> Option<(usize, usize)> {
        let start = self.section_start(section).unwrap_or(0);
        for (i, line) in self.lines.iter().enumerate().skip(start) {
            let t = line.trim_start().trim_start_matches("- ").trim_start();
            if let Some(v) = t.strip_prefix("id:") {
                let v = v.trim().trim_matches(|c| c == '"' || c == '\'');
                if v == id {
                    let col = line.find("id:").map(|c| c + 1).unwrap_or(1);
                    return Some((i + 1, col));
                }
            }
        }
        self.section_start(section).map(|l| (l + 1, 1))
    }

    /// 1-based (line, column) of `field:` inside the rule that starts at `rule_line`, or of the
    /// first line inside it mentioning `value` when given.
    pub fn field(&self, rule_line: usize, field: &str, value: Option<&str>) -> Option<(usize, usize)> {
        let first = rule_line.checked_sub(1)?;
        let indent = self.lines.get(first).map(|l| indent_of(l))?;
        let key = format!("{field}:");
        let mut field_pos = None;
        for (i, line) in self.lines.iter().enumerate().skip(first) {
            if i > first {
                let t = line.trim_start();
                let ind = indent_of(line);
                if !t.is_empty() && !t.starts_with('#') && (ind < indent || (ind == indent && t.starts_with("- "))) {
                    break;
                }
            }
            let body = line.trim_start().trim_start_matches("- ");
            if field_pos.is_none() && body.starts_with(&key) {
                field_pos = Some((i + 1, line.find(&key).unwrap_or(0) + 1));
                if value.is_none() {
                    return field_pos;
                }
            }
            if let (Some(v), Some(_)) = (value, field_pos) {
                if let Some(c) = line.find(v) {
                    return Some((i + 1, c + 1));
                }
            }
        }
        field_pos
    }

    fn section_start(&self, section: &str) -> Option<usize> {
        let key = format!("{section}:");
        self.lines.iter().position(|l| l.starts_with(&key))
    }

    /// The text of 1-based line `n`.
    pub fn line_text(&self, n: usize) -> Option<&'a str> {
        self.lines.get(n.checked_sub(1)?).copied()
    }
}

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locator_finds_rules_and_fields() {
        let text = "sources:\n  - id: a\n    side: russian\n  - id: gusev\n    name: G\n    side: russain\n";
        let loc = Locator::new(text);
        assert_eq!(loc.rule("sources", "gusev"), Some((4, 5)));
        assert_eq!(loc.field(4, "side", None), Some((6, 5)));
        assert_eq!(loc.field(2, "name", None), None);
    }

    #[test]
    fn suggestions_for_typos() {
        assert_eq!(did_you_mean("russain", ["ukrainian", "russian"]), Some("russian"));
        assert_eq!(did_you_mean("zzz", ["ukrainian", "russian"]), None);
    }

    #[test]
    fn one_error_prints_on_one_line() {
        let e = RuleErrors {
            diagnostics: vec![Diagnostic::error("rules/s.yaml", Some((3, 5)), "unknown side `x`")
                .rule("sources/a")
                .hint("use one of: russian")],
        };
        assert_eq!(
            e.to_string(),
            "invalid rules: rules/s.yaml:3:5: error in sources/a: unknown side `x` (use one of: russian)"
        );
    }
}
