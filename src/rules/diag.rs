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
    /// The text of the offending line, filled in once the file is known, for the caret display.
    #[serde(skip)]
    pub snippet: Option<String>,
    /// How many characters the caret underlines, when the offending value is known (an alias of
    /// several words); otherwise the token at the column is underlined.
    #[serde(skip)]
    pub width: Option<usize>,
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
            snippet: None,
            width: None,
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

impl Diagnostic {
    /// The diagnostic as a rule author reads it: the message, the location, the offending line
    /// with a caret under the token at the column, and the hint.
    ///
    /// ```text
    /// error[sources/gusev]: unknown side `russain`
    ///  --> my-rules/sources.yaml:6:11
    ///   |
    /// 6 |     side: russain
    ///   |           ^^^^^^^
    ///   = help: did you mean `russian`?
    /// ```
    pub fn render(&self) -> String {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut out = String::from(sev);
        if let Some(rule) = &self.rule {
            out.push_str(&format!("[{rule}]"));
        }
        out.push_str(&format!(": {}\n", self.message));
        let gutter = self.line.map_or(1, |l| l.to_string().len());
        let pad = " ".repeat(gutter);
        out.push_str(&format!("{pad}--> {}\n", self.location()));
        if let (Some(line), Some(text)) = (self.line, &self.snippet) {
            let text = text.replace('\t', " ");
            let caret = self.column.map(|col| {
                let (start, token) = underline(&text, col);
                (start, self.width.filter(|&w| w > 0).unwrap_or(token))
            });
            let (shown, shift) = window(&text, caret.map_or(0, |c| c.0));
            out.push_str(&format!("{pad} |\n{line} | {shown}\n"));
            if let Some((start, width)) = caret {
                let start = start - shift.0 + shift.1;
                let width = width.min(shown.chars().count().saturating_sub(start)).max(1);
                out.push_str(&format!("{pad} | {}{}\n", " ".repeat(start), "^".repeat(width)));
            }
        }
        if let Some(h) = &self.hint {
            out.push_str(&format!("{pad} = help: {h}\n"));
        }
        out
    }
}

/// Widest snippet shown, in characters: a rule file with a 10,000-character line (a pasted list,
/// a nesting bomb) must not flood the terminal.
const SNIPPET_CHARS: usize = 100;

/// The part of `line` to show so that character `at` is in view, with how many characters were
/// cut from the front and how many were added there (the `…`).
fn window(line: &str, at: usize) -> (String, (usize, usize)) {
    let len = line.chars().count();
    if len <= SNIPPET_CHARS {
        return (line.to_string(), (0, 0));
    }
    let lo = at.saturating_sub(SNIPPET_CHARS / 3).min(len - SNIPPET_CHARS);
    let hi = lo + SNIPPET_CHARS;
    let mut shown: String = line.chars().skip(lo).take(SNIPPET_CHARS).collect();
    if hi < len {
        shown.push('…');
    }
    if lo > 0 {
        (format!("…{shown}"), (lo, 1))
    } else {
        (shown, (0, 0))
    }
}

/// Where the caret goes under `line` for 1-based byte column `col`, and how wide it is: the
/// token starting there (a quoted string whole, a key without its colon), in characters.
fn underline(line: &str, col: usize) -> (usize, usize) {
    let byte = col.saturating_sub(1).min(line.len());
    let byte = (0..=byte).rev().find(|&b| line.is_char_boundary(b)).unwrap_or(0);
    let start = line[..byte].chars().count();
    let rest = &line[byte..];
    let token: &str = match rest.chars().next() {
        Some(q @ ('"' | '\'')) => match rest[1..].find(q) {
            Some(end) => &rest[..end + 2],
            None => rest.trim_end(),
        },
        Some(_) => {
            let end = rest
                .find(|c: char| c.is_whitespace() || matches!(c, ',' | ']' | '}' | '#'))
                .unwrap_or(rest.len());
            rest[..end].trim_end_matches(':')
        }
        None => "",
    };
    (start, token.chars().count().max(1))
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

/// The error for an alias that can never match because another rule's alias covers the same
/// words and is matched first.
pub fn shadowed_alias<T: super::HasId>(items: &[super::Loaded<T>], dead: &super::lexicon::Shadowed) -> Diagnostic {
    let own = &items[dead.payload as usize];
    let winner = &items[dead.winner_payload as usize];
    // the dead phrase may be the rule's `name` rather than one of its `aliases`
    let loc = Locator::new(&own.file.text);
    // only where the phrase stands as a whole value: a dead name `Kyiv` is not the alias
    // `Kyiv city`
    let at_phrase = |field: &str| {
        loc.field(own.line, field, Some(&dead.phrase)).filter(|&(l, c)| {
            loc.line_text(l).is_some_and(|t| {
                t.get(c - 1..).is_some_and(|r| r.starts_with(&dead.phrase)) && is_whole_value(t, c - 1, &dead.phrase)
            })
        })
    };
    let field = if at_phrase("aliases").is_none() && at_phrase("name").is_some() {
        "name"
    } else {
        "aliases"
    };
    let what = if field == "name" { "name" } else { "alias" };
    own.error(
        field,
        Some(&dead.phrase),
        format!(
            "{what} `{}` can never match: `{}` of {} ({}:{}) covers the same words and is matched first",
            dead.phrase,
            dead.winner,
            winner.rule_id(),
            winner.file.name,
            winner.line
        ),
    )
    .hint(format!(
        "remove one of the two, make this {what} longer than the other, or give this rule the id `{}` to replace that rule",
        winner.rule.id()
    ))
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
            // block style `- id: x` or flow style `- {id: x, ...}`
            let t = line.trim_start().trim_start_matches("- ").trim_start();
            let t = t.trim_start_matches('{').trim_start();
            if let Some(v) = t.strip_prefix("id:") {
                let v = v.split([',', '}', '#']).next().unwrap_or("");
                let v = v.trim().trim_matches(|c| c == '"' || c == '\'');
                if v == id {
                    return Some((i + 1, id_value_column(line)));
                }
            }
        }
        self.section_start(section).map(|l| (l + 1, 1))
    }

    /// 1-based (line, column) of `field:` inside the rule that starts at `rule_line`, or of the
    /// first line inside it mentioning `value` when given: preferably as a whole value (`Kyiv`
    /// in `[Kyiv city, Kyiv]` is the second entry, not the start of the first), else anywhere.
    pub fn field(&self, rule_line: usize, field: &str, value: Option<&str>) -> Option<(usize, usize)> {
        match value {
            Some(v) => self
                .field_at(rule_line, field, Some(v), true)
                .or_else(|| self.field_at(rule_line, field, Some(v), false)),
            None => self.field_at(rule_line, field, None, false),
        }
    }

    fn field_at(&self, rule_line: usize, field: &str, value: Option<&str>, whole: bool) -> Option<(usize, usize)> {
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
            if field_pos.is_none() {
                if let Some(col) = key_column(line, &key) {
                    field_pos = Some((i + 1, col));
                    if value.is_none() {
                        return field_pos;
                    }
                }
            }
            if let (Some(v), Some((fl, fc))) = (value, field_pos) {
                // on the key's own line, look after the key (a flow mapping has other values)
                let from = if fl == i + 1 { fc - 1 } else { 0 };
                let found = line.get(from..).and_then(|rest| {
                    rest.match_indices(v)
                        .map(|(c, _)| c)
                        .find(|&c| !whole || is_whole_value(rest, c, v))
                });
                if let Some(c) = found {
                    return Some((i + 1, from + c + 1));
                }
            }
        }
        if whole && value.is_some() {
            return None;
        }
        field_pos
    }

    /// Where every rule of the file is: (section, id) → 1-based (line, column) of each of its
    /// `id:` lines in file order (more than one for a duplicate id), found in one pass (looking
    /// each rule up with [`Locator::rule`] would be quadratic).
    pub fn rule_index(&self) -> std::collections::HashMap<(String, String), Vec<(usize, usize)>> {
        let mut out = std::collections::HashMap::new();
        let mut section = String::new();
        for (i, line) in self.lines.iter().enumerate() {
            if !line.starts_with([' ', '\t', '#', '-']) {
                if let Some((key, _)) = line.split_once(':') {
                    section = key.trim().to_string();
                }
                continue;
            }
            let t = line.trim_start().trim_start_matches("- ").trim_start();
            let t = t.trim_start_matches('{').trim_start();
            if let Some(v) = t.strip_prefix("id:") {
                let v = v.split([',', '}', '#']).next().unwrap_or("");
                let id = v.trim().trim_matches(|c| c == '"' || c == '\'');
                let col = id_value_column(line);
                out.entry((section.clone(), id.to_string()))
                    .or_insert_with(Vec::new)
                    .push((i + 1, col));
            }
        }
        out
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

/// 1-based column of the value of `id:` on `line` (where a caret about the rule belongs).
fn id_value_column(line: &str) -> usize {
    match line.find("id:") {
        Some(c) => {
            let rest = &line[c + 3..];
            c + 3 + (rest.len() - rest.trim_start().len()) + 1
        }
        None => 1,
    }
}

/// 1-based column of `key` (`side:`) on `line` as a block key (`side: x`, `- side: x`) or a
/// flow-mapping key (`{id: a, side: x}`).
fn key_column(line: &str, key: &str) -> Option<usize> {
    let body = line.trim_start().trim_start_matches("- ");
    if body.starts_with(key) {
        return line.find(key).map(|c| c + 1);
    }
    let mut from = 0;
    while let Some(c) = line[from..].find(key) {
        let at = from + c;
        let before = line[..at].trim_end();
        if before.ends_with('{') || before.ends_with(',') {
            return Some(at + 1);
        }
        from = at + key.len();
    }
    None
}

/// Whether `v` at byte `at` of `line` is a whole YAML value: what comes before it starts a value
/// (`: `, `[`, `,`, `- `, a quote) and what follows ends one (end of line, `,`, `]`, `}`, a
/// quote, a comment).
pub fn is_whole_value(line: &str, at: usize, v: &str) -> bool {
    let head = &line[..at];
    let before = head.trim_end_matches([' ', '\t']);
    let spaced = before.len() < head.len();
    let starts = before.is_empty()
        || before.ends_with([':', '[', '{', ','])
        || head.ends_with(['"', '\''])
        || (spaced && before.ends_with('-'));
    let after = line[at + v.len()..].trim_start_matches([' ', '\t']);
    let ends = after.is_empty() || after.starts_with([',', ']', '}', '#', '"', '\'']);
    starts && ends
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
        assert_eq!(loc.rule("sources", "gusev"), Some((4, 9)));
        assert_eq!(loc.field(4, "side", None), Some((6, 5)));
        assert_eq!(loc.field(2, "name", None), None);
        let flow = "places:\n  - {id: kyiv, name: Kyiv, kind: city,\n     parent: ukrane}\n";
        let loc = Locator::new(flow);
        assert_eq!(loc.rule("places", "kyiv"), Some((2, 10)));
        assert_eq!(loc.field(2, "kind", None), Some((2, 28)));
        assert_eq!(loc.field(2, "parent", Some("ukrane")), Some((3, 14)));
    }

    #[test]
    fn caret_sits_under_the_offending_token() {
        let mut d = Diagnostic::error("r/s.yaml", Some((6, 11)), "unknown side `russain`")
            .rule("sources/gusev")
            .hint("did you mean `russian`?");
        d.snippet = Some("    side: russain  # typo".into());
        assert_eq!(
            d.render(),
            "error[sources/gusev]: unknown side `russain`\n --> r/s.yaml:6:11\n  |\n6 |     side: russain  # typo\n  |           ^^^^^^^\n  = help: did you mean `russian`?\n"
        );
        assert_eq!(underline("    nmae: X", 5), (4, 4));
        assert_eq!(underline("  - \"Kyiv’s mayor\", x", 5), (4, 14));
        assert_eq!(underline("", 3), (0, 1));
    }

    #[test]
    fn values_are_found_whole_and_underlined_whole() {
        let text = "places:\n  - id: k\n    name: Kyiv\n    aliases: [Kyiv city, Kyiv]\n";
        let loc = Locator::new(text);
        // `Kyiv` the second alias, not the start of `Kyiv city`
        assert_eq!(loc.field(2, "aliases", Some("Kyiv")), Some((4, 26)));
        // nothing whole: the first occurrence after all
        assert_eq!(loc.field(2, "aliases", Some("city")), Some((4, 20)));
        assert!(is_whole_value("  - Kyiv", 4, "Kyiv"));
        assert!(!is_whole_value("[pro-Kyiv]", 5, "Kyiv"));
        assert!(is_whole_value("side: russain  # typo", 6, "russain"));
        let mut d = Diagnostic::error("r.yaml", Some((1, 12)), "x");
        d.snippet = Some("  aliases: [Kherson regional administration]".into());
        d.width = Some(31);
        assert!(d
            .render()
            .contains(&format!("| {}{}\n", " ".repeat(11), "^".repeat(31))));
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

    #[test]
    fn a_long_line_is_shown_around_the_caret() {
        let line = format!("    name: {}x{}", "[".repeat(300), "]".repeat(300));
        let mut d = Diagnostic::error("deep.yaml", Some((3, 311)), "nested too deep");
        d.snippet = Some(line);
        let shown = d.render();
        let text_line = shown.lines().find(|l| l.starts_with("3 |")).unwrap();
        let caret_line = shown.lines().find(|l| l.contains('^')).unwrap();
        assert!(text_line.chars().count() < 120, "{text_line}");
        assert!(text_line.contains("…[[") && text_line.ends_with("]…"), "{text_line}");
        let caret_at = caret_line.chars().position(|c| c == '^').unwrap();
        assert_eq!(text_line.chars().nth(caret_at), Some('x'), "{shown}");
    }
}
