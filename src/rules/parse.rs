//! Reading one rule file into its sections, reporting every broken rule instead of the first.
//!
//! serde stops at the first mistake of a document. A rule author wants all of them in one run,
//! so when a file does not parse whole, it is parsed again one rule at a time: every line but the
//! section key and the rule's own lines is blanked (line and column numbers stay those of the
//! file), and a rule that fails is repaired in the same way — an unknown key renamed to the key
//! it was probably meant to be, or a bad field blanked — and parsed again, so the next mistake in
//! the same rule is found too. Rules that parse (after repair) still take part in the semantic
//! checks, so one typo does not hide the other problems of the set.

use super::diag::{did_you_mean, Diagnostic};
use super::{RuleFile, RuleFileContent};

/// The sections a rule file may have, as they are spelled in YAML.
pub const SECTIONS: &[&str] = &[
    "sides",
    "places",
    "targets",
    "sources",
    "cues",
    "agentless",
    "claims",
    "conflicts",
    "language",
];

/// Most repairs of one rule before giving up on it.
const MAX_REPAIRS: usize = 32;

/// Parse `file`, pushing a diagnostic for each mistake. `None` when nothing could be read.
pub fn parse_file(file: &RuleFile, diags: &mut Vec<Diagnostic>) -> Option<RuleFileContent> {
    // an embedded default file, unchanged, was parsed when the tool was built; its JSON form
    // reads the same values ten times faster (a file whose JSON does not read, which the tests
    // rule out for the shipped files, is parsed as YAML below)
    let prebuilt = super::prebuilt_json(file).and_then(|json| serde_json::from_str::<RuleFileContent>(json).ok());
    let whole = match prebuilt {
        Some(content) => Ok(content),
        None => parse_yaml(file, diags)?,
    };
    let whole_error = match whole {
        Ok(c) => {
            // `sources:` with nothing under it parses as an empty list: as empty as a file of
            // comments, and as likely a mistake (an item's `- ` forgotten, or not written yet)
            if c.is_empty() {
                diags.push(Diagnostic::warning(&file.name, None, "the file holds no rules").hint(no_rules_hint()));
            }
            return Some(c);
        }
        Err(e) => e,
    };
    // A syntax error leaves nothing to recover from: the structure itself is unknown.
    match serde_yaml::from_str::<serde_yaml::Value>(&file.text) {
        Ok(serde_yaml::Value::Mapping(_)) => {}
        Ok(_) => {
            diags.push(
                Diagnostic::error(&file.name, Some((1, 1)), "a rule file must be a mapping of sections").hint(format!(
                    "start with a section key such as `sources:`; sections: {}",
                    SECTIONS.join(", ")
                )),
            );
            return None;
        }
        Err(e) => {
            let mut d = yaml_diagnostic(&file.name, &e, None);
            relocate_duplicate_key(&mut d, &file.text);
            diags.push(d);
            return None;
        }
    }
    let before = diags.len();
    let content = Recovery::new(file).run(diags);
    if diags.len() == before {
        // Whole file failed but every part parses: report what serde said about the whole.
        diags.push(yaml_diagnostic(&file.name, &whole_error, None));
    }
    Some(content)
}

/// The YAML parse of a file: `None` (with a diagnostic) when the file holds nothing or is refused
/// before parsing, otherwise serde's answer for the whole file.
fn parse_yaml(file: &RuleFile, diags: &mut Vec<Diagnostic>) -> Option<Result<RuleFileContent, serde_yaml::Error>> {
    let only_comments = file.text.lines().all(|l| {
        let t = l.trim();
        t.is_empty() || t.starts_with('#') || t == "---"
    });
    if only_comments {
        diags.push(
            Diagnostic::warning(&file.name, None, "the file holds no rules (only comments or nothing)")
                .hint(no_rules_hint()),
        );
        return None;
    }
    if let Err(r) = crate::yaml::check(&file.text) {
        diags.push(Diagnostic::error(&file.name, r.line.zip(r.column), r.message));
        return None;
    }
    Some(serde_yaml::from_str::<RuleFileContent>(&file.text))
}

fn no_rules_hint() -> String {
    format!(
        "write rules under a section key such as `sources:` (one `- id: ...` item per rule), or remove the file; sections: {}",
        SECTIONS.join(", ")
    )
}

/// A duplicate key is reported by serde_yaml at the start of the mapping that holds it; move
/// the diagnostic to the second occurrence of the key, which is the line to delete or rename.
fn relocate_duplicate_key(d: &mut Diagnostic, text: &str) {
    let Some(key) = d
        .message
        .split_once("duplicate entry with key \"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .map(|(k, _)| k.to_string())
    else {
        return;
    };
    let (Some(line), Some(col)) = (d.line, d.column) else {
        return;
    };
    let lines: Vec<&str> = text.lines().collect();
    let key_colon = format!("{key}:");
    let mut first = None;
    for (i, l) in lines.iter().enumerate().skip(line - 1) {
        let at_col = l.get(col - 1..).unwrap_or("");
        // the mapping ends at the first line indented less than its keys (after its first line)
        if i + 1 > line && !l.trim().is_empty() && indent_of(l) < col - 1 {
            break;
        }
        if at_col.starts_with(&key_colon) && (i + 1 == line || indent_of(l) == col - 1) {
            let Some(first) = first else {
                first = Some(i + 1);
                continue;
            };
            d.line = Some(i + 1);
            d.message = format!("`{key}` is given twice in the same mapping");
            d.hint = Some(format!(
                "a key may appear once per rule: remove one of the two `{key}:` lines (the first is at line {first})"
            ));
            return;
        }
    }
}

/// A diagnostic for a serde_yaml error: its location, the path inside the rule (`aliases[2]`)
/// rather than serde's document path, and for an unknown key the nearest valid key.
pub fn yaml_diagnostic(file: &str, e: &serde_yaml::Error, rule: Option<&str>) -> Diagnostic {
    let mut pos = e.location().map(|l| (l.line(), l.column()));
    let mut parts = ErrorParts::of(e);
    // A syntax error inside a `[...]` list, a `{...}` mapping or a quoted string that is never
    // closed is found where the parser gives up, often lines later; the place to fix is where
    // it was opened, which libyaml gives as the context mark.
    let syntax_hint = match (&parts.context, parts.marks.get(1)) {
        (Some(ctx), Some(&opened)) if ctx.contains("flow sequence") || ctx.contains("flow mapping") => {
            let (open, close) = if ctx.contains("sequence") {
                ('[', ']')
            } else {
                ('{', '}')
            };
            parts.message = format!(
                "this `{open}` is never closed: {} at line {} column {}",
                parts.message,
                pos.map_or(0, |p| p.0),
                pos.map_or(0, |p| p.1)
            );
            pos = Some(opened);
            Some(format!(
                "close it with `{close}` on the same line, or quote any value that holds `,`, `[`, `]`, `{{`, `}}` or `#`"
            ))
        }
        (Some(ctx), Some(&opened)) if ctx.contains("quoted scalar") => {
            parts.message = format!("this quoted string is never closed: {}", parts.message);
            pos = Some(opened);
            Some(
                "end it with the same quote mark; inside \"...\" write \\\" for a quote mark, inside '...' write ''"
                    .to_string(),
            )
        }
        _ => None,
    };
    // inside a rule, the path below the rule; elsewhere (snapshots, gold files) the whole path
    let path = if rule.is_some() {
        parts.field()
    } else {
        parts.path.clone()
    };
    let message = match path {
        Some(field) if !field.is_empty() => format!("in `{field}`: {}", parts.message),
        _ => parts.message.clone(),
    };
    let mut d = Diagnostic::error(file, pos, message);
    if syntax_hint.is_some() {
        // the opening `[`, `{` or quote: underline the one character (a quote's string whole)
        d.width = Some(1).filter(|_| !parts.message.contains("quoted string"));
    }
    if let Some(rule) = rule {
        d = d.rule(rule);
    }
    if let Some(h) = syntax_hint {
        d = d.hint(h);
    } else if let Some((name, expected)) = parts.unknown_field() {
        d = match did_you_mean(&name, expected.iter().map(String::as_str)) {
            Some(s) => d.hint(format!("did you mean `{s}`?")),
            None => d,
        };
    } else if let Some(variant) = parts.unknown_variant() {
        d = match did_you_mean(&variant.0, variant.1.iter().map(String::as_str)) {
            Some(s) => d.hint(format!("did you mean `{s}`?")),
            None => d.hint(format!("use one of: {}", variant.1.join(", "))),
        };
    } else if parts.message.contains("cannot start any token") || parts.message.contains("tab character") {
        d = d.hint("YAML indentation must use spaces, not tabs");
    } else if let Some(field) = parts.missing_field() {
        d = d.hint(format!("add `{field}:` to this rule: it is required"));
    } else if parts.message.contains("mapping values are not allowed") {
        d = d.hint("a value that holds `: ` must be quoted: `text: \"Gusev said: the drone fell\"`");
    } else if parts.message.contains("did not find expected key") || parts.message.contains("did not find expected '-'")
    {
        d = d.hint("check the indentation: the keys of one rule line up under its `id:`");
    } else if parts.message.starts_with("invalid type") && parts.message.contains("expected a sequence") {
        d = d.hint("write a list: `[a, b]` or one `- item` per line");
    }
    d
}

/// serde_yaml's message split into the document path (`sources[1].aliases`), the problem, and
/// for a syntax error libyaml's context ("while parsing a flow sequence") with the marks.
#[derive(Debug)]
struct ErrorParts {
    path: Option<String>,
    message: String,
    /// libyaml's context, without its mark.
    context: Option<String>,
    /// Every " at line X column Y" of the text, in order: the problem's, then the context's.
    marks: Vec<(usize, usize)>,
}

impl ErrorParts {
    fn of(e: &serde_yaml::Error) -> Self {
        // serde_yaml writes " at line X column Y" after the problem and after libyaml's
        // context; locations are shown apart, so both are taken out of the message.
        let (full, marks) = strip_marks(&e.to_string());
        let (full, context) = match full.split_once(", while ") {
            Some((problem, ctx)) => (problem.to_string(), Some(format!("while {ctx}"))),
            None => (full, None),
        };
        let (path, message) = match full.split_once(": ") {
            Some((path, rest)) if is_path(path) => (Some(path.to_string()), rest.to_string()),
            _ => (None, full),
        };
        ErrorParts {
            path,
            message,
            context,
            marks,
        }
    }

    /// The path below the rule (`aliases[2]`), `""` for the rule itself, `None` when unknown.
    fn field(&self) -> Option<String> {
        let path = self.path.as_deref()?;
        // `sources[3].aliases[2]` → `aliases[2]`; `language.fillers` → `fillers`
        let rest = match path.split_once('.') {
            Some((_, rest)) => rest,
            None => "",
        };
        Some(rest.to_string())
    }

    /// The last named field of the path (`aliases` for `sources[0].aliases[2]`).
    fn last_field(&self) -> Option<String> {
        let path = self.path.as_deref()?;
        let last = path.rsplit('.').next()?;
        let name = last.split('[').next()?;
        (!name.is_empty() && path.contains('.')).then(|| name.to_string())
    }

    fn unknown_field(&self) -> Option<(String, Vec<String>)> {
        let rest = self.message.strip_prefix("unknown field `")?;
        let (name, rest) = rest.split_once('`')?;
        Some((name.to_string(), backticked(rest)))
    }

    fn missing_field(&self) -> Option<String> {
        let rest = self.message.strip_prefix("missing field `")?;
        Some(rest.split('`').next()?.to_string())
    }

    fn unknown_variant(&self) -> Option<(String, Vec<String>)> {
        let rest = self.message.strip_prefix("unknown variant `")?;
        let (name, rest) = rest.split_once('`')?;
        Some((name.to_string(), backticked(rest)))
    }
}

/// `s` without its " at line X column Y" parts, and those (line, column) in order.
fn strip_marks(s: &str) -> (String, Vec<(usize, usize)>) {
    let mut out = String::new();
    let mut marks = Vec::new();
    let mut rest = s;
    while let Some(i) = rest.find(" at line ") {
        out.push_str(&rest[..i]);
        let after = &rest[i + " at line ".len()..];
        let digits = |t: &str| t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
        let nl = digits(after);
        let parsed = after[..nl].parse::<usize>().ok().and_then(|line| {
            let t = after[nl..].strip_prefix(" column ")?;
            let nc = digits(t);
            let col = t[..nc].parse::<usize>().ok()?;
            Some((line, col, &t[nc..]))
        });
        match parsed {
            Some((line, col, tail)) => {
                marks.push((line, col));
                rest = tail;
            }
            None => {
                out.push_str(" at line ");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    (out, marks)
}

fn backticked(s: &str) -> Vec<String> {
    s.split('`').skip(1).step_by(2).map(str::to_string).collect()
}

/// `sources[1].aliases`, `language`: identifiers, dots and indexes, no spaces.
fn is_path(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '[' | ']' | '-'))
        && s.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
}

/// The rule-at-a-time second pass over a file that did not parse whole.
struct Recovery<'a> {
    file: &'a RuleFile,
    lines: Vec<&'a str>,
}

impl<'a> Recovery<'a> {
    fn new(file: &'a RuleFile) -> Self {
        Recovery {
            file,
            lines: file.text.lines().collect(),
        }
    }

    fn run(&self, diags: &mut Vec<Diagnostic>) -> RuleFileContent {
        let mut content = RuleFileContent::default();
        let tops = self.top_level_keys();
        for (n, &(line, ref key)) in tops.iter().enumerate() {
            let end = tops.get(n + 1).map_or(self.lines.len(), |t| t.0);
            let section = if SECTIONS.contains(&key.as_str()) {
                key.clone()
            } else {
                let suggestion = did_you_mean(key, SECTIONS.iter().copied());
                let d = Diagnostic::error(&self.file.name, Some((line + 1, 1)), format!("unknown section `{key}`"));
                diags.push(match suggestion {
                    Some(s) => d.hint(format!("did you mean `{s}`?")),
                    None => d.hint(format!("sections: {}", SECTIONS.join(", "))),
                });
                match suggestion {
                    // read it as what it was probably meant to be, to find the mistakes inside
                    Some(s) => s.to_string(),
                    None => continue,
                }
            };
            let after_key = &self.lines[line][key.len() + self.lines[line].find(key.as_str()).unwrap_or(0)..];
            let header = format!("{section}{after_key}");
            for chunk in self.items(line + 1, end, &header) {
                if let Some(part) = self.parse_chunk(line, &header, chunk, &section, diags) {
                    content.absorb(part);
                }
            }
        }
        content
    }

    /// (0-based line, key) of every top-level `key:` line.
    fn top_level_keys(&self) -> Vec<(usize, String)> {
        let mut out = Vec::new();
        for (i, l) in self.lines.iter().enumerate() {
            if l.starts_with([' ', '\t', '#', '-']) || l.trim().is_empty() || l.starts_with("---") {
                continue;
            }
            if let Some((key, _)) = l.split_once(':') {
                let key = key.trim().trim_matches(|c| c == '"' || c == '\'');
                if !key.is_empty() {
                    out.push((i, key.to_string()));
                }
            }
        }
        out
    }

    /// Line ranges of the block-sequence items between `start` and `end`; the whole range as one
    /// chunk when the section is not a block sequence (a mapping, or a flow `[...]` list).
    fn items(&self, start: usize, end: usize, header: &str) -> Vec<std::ops::Range<usize>> {
        let inline_value = header.split_once(':').is_some_and(|(_, v)| {
            let v = v.trim();
            !v.is_empty() && !v.starts_with('#')
        });
        let item_indent = (start..end).find_map(|i| {
            let l = self.lines[i];
            let t = l.trim_start();
            (t.starts_with("- ") || t == "-").then(|| indent_of(l))
        });
        let Some(indent) = item_indent.filter(|_| !inline_value) else {
            return std::iter::once(start..end).collect();
        };
        let starts: Vec<usize> = (start..end)
            .filter(|&i| {
                let l = self.lines[i];
                let t = l.trim_start();
                indent_of(l) == indent && (t.starts_with("- ") || t == "-")
            })
            .collect();
        starts
            .iter()
            .enumerate()
            .map(|(n, &s)| s..starts.get(n + 1).copied().unwrap_or(end))
            .collect()
    }

    /// Parse one rule (lines `chunk` under the section key at `header_line`), repairing it after
    /// each mistake to find the next.
    fn parse_chunk(
        &self,
        header_line: usize,
        header: &str,
        chunk: std::ops::Range<usize>,
        section: &str,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<RuleFileContent> {
        let mut buf: Vec<String> = vec![String::new(); self.lines.len()];
        buf[header_line] = header.to_string();
        for i in chunk.clone() {
            buf[i] = self.lines[i].to_string();
        }
        let rule = self.rule_id(section, chunk.clone());
        let mut blanked: Vec<String> = Vec::new();
        for _ in 0..MAX_REPAIRS {
            let text = buf.join("\n");
            let e = match serde_yaml::from_str::<RuleFileContent>(&text) {
                Ok(c) => return Some(c),
                Err(e) => e,
            };
            let parts = ErrorParts::of(&e);
            if let Some(missing) = parts.missing_field() {
                // a required key blanked by an earlier repair: already reported
                if blanked.contains(&missing) {
                    return None;
                }
            }
            diags.push(yaml_diagnostic(&self.file.name, &e, rule.as_deref()));
            match repair(&mut buf, &e, chunk.clone()) {
                Repair::Blanked(field) => blanked.push(field),
                Repair::Fixed => {}
                Repair::Impossible => return None,
            }
        }
        None
    }

    /// `section/id` of the rule in `chunk`, read from its `id:` line.
    fn rule_id(&self, section: &str, chunk: std::ops::Range<usize>) -> Option<String> {
        if section == "language" {
            return Some("language".into());
        }
        chunk.into_iter().find_map(|i| {
            let t = self.lines[i].trim_start().trim_start_matches("- ").trim_start();
            let v = t.strip_prefix("id:")?.split(" #").next()?.trim();
            let v = v.trim_matches(|c| c == '"' || c == '\'');
            (!v.is_empty()).then(|| format!("{section}/{v}"))
        })
    }
}

/// What [`repair`] did.
enum Repair {
    /// Replaced a misspelt key or value with the one it was probably meant to be.
    Fixed,
    /// Blanked this key and its value.
    Blanked(String),
    /// Nothing could be done: the rule is given up.
    Impossible,
}

/// Change `buf` so that the mistake `e` is gone: replace a misspelt key or value with its likely
/// meaning, or blank the offending key with its value.
fn repair(buf: &mut [String], e: &serde_yaml::Error, chunk: std::ops::Range<usize>) -> Repair {
    let Some(loc) = e.location() else {
        return Repair::Impossible;
    };
    let parts = ErrorParts::of(e);
    let line = loc.line() - 1;
    let col = loc.column() - 1;
    if !chunk.contains(&line) || parts.missing_field().is_some() {
        return Repair::Impossible;
    }
    let misspelt = parts.unknown_field().or_else(|| parts.unknown_variant());
    if let Some((name, expected)) = misspelt {
        if let Some(s) = did_you_mean(&name, expected.iter().map(String::as_str)) {
            let l = &buf[line];
            if l.get(col..).is_some_and(|rest| rest.starts_with(&name)) {
                buf[line] = format!("{}{}{}", &l[..col], s, &l[col + name.len()..]);
                return Repair::Fixed;
            }
        }
        if parts.unknown_field().is_some() || parts.message.starts_with("duplicate field") {
            return blank_key(buf, line, chunk, name);
        }
    }
    // A bad value: blank the key that holds it.
    let Some(field) = parts.last_field() else {
        return Repair::Impossible;
    };
    let key = format!("{field}:");
    let found = (chunk.start..=line).rev().find(|&i| {
        let t = buf[i].trim_start();
        t.trim_start_matches("- ").trim_start().starts_with(&key)
    });
    match found {
        Some(k) => blank_key(buf, k, chunk, field),
        None => Repair::Impossible,
    }
}

/// Blank the `key:` on line `k` and every line of its value (the more-indented lines below it),
/// keeping a leading `- ` so the rule stays a list item.
fn blank_key(buf: &mut [String], k: usize, chunk: std::ops::Range<usize>, field: String) -> Repair {
    let l = buf[k].clone();
    let body = l.trim_start();
    let (prefix, key_indent) = if let Some(rest) = body.strip_prefix("- ") {
        let dash = indent_of(&l);
        let key_col = l.len() - rest.trim_start().len();
        (format!("{}-", " ".repeat(dash)), key_col)
    } else {
        (String::new(), indent_of(&l))
    };
    let before = buf[k].clone();
    buf[k] = prefix;
    let mut i = k + 1;
    while i < chunk.end {
        let t = buf[i].trim_start();
        if !t.is_empty() && indent_of(&buf[i]) <= key_indent {
            break;
        }
        buf[i].clear();
        i += 1;
    }
    if buf[k] == before {
        return Repair::Impossible;
    }
    Repair::Blanked(field)
}

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> (Option<RuleFileContent>, Vec<Diagnostic>) {
        let file = RuleFile {
            name: "r.yaml".into(),
            text: text.into(),
        };
        let mut diags = Vec::new();
        let c = parse_file(&file, &mut diags);
        (c, diags)
    }

    fn shown(diags: &[Diagnostic]) -> Vec<String> {
        diags.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn every_broken_rule_of_a_file_is_reported() {
        let (c, d) = parse(
            "sources:\n  - id: a\n    nmae: A\n    kind: person\n    side: russian\n  - id: b\n    name: B\n    kind: persn\n    side: russian\n  - id: c\n    name: C\n    kind: body\n    side: russian\n",
        );
        assert_eq!(
            shown(&d),
            [
                "r.yaml:3:5: error in sources/a: unknown field `nmae`, expected one of `id`, `name`, `aliases`, `kind`, `side`, `role`, `titles`, `called`, `place`, `affiliation_wins`, `examples`, `note` (did you mean `name`?)",
                "r.yaml:8:11: error in sources/b: in `kind`: unknown variant `persn`, expected one of `person`, `body`, `media`, `group` (did you mean `person`?)",
            ]
        );
        // typos are read as meant, so every rule still takes part in the semantic checks
        let ids: Vec<_> = c.unwrap().sources.iter().map(|s| s.id.clone()).collect();
        assert_eq!(ids, ["a", "b", "c"]);
    }

    #[test]
    fn several_mistakes_in_one_rule_are_all_reported() {
        let (_, d) = parse("claims:\n  - id: a\n    lable: A\n    phrases: hit\n    wieght: 1\n");
        let d = shown(&d);
        assert_eq!(d.len(), 3, "{d:#?}");
        assert!(d[0].starts_with("r.yaml:3:5: error in claims/a: unknown field `lable`"));
        assert!(
            d[1].contains("r.yaml:4:14") && d[1].contains("in `phrases`: invalid type"),
            "{}",
            d[1]
        );
        assert!(d[2].starts_with("r.yaml:5:5: error in claims/a: unknown field `wieght`"));
    }

    #[test]
    fn unknown_sections_are_named_with_a_suggestion() {
        let (_, d) = parse("soruces:\n  - id: a\n    name: A\n    kind: person\n    side: russian\n");
        assert_eq!(
            shown(&d),
            ["r.yaml:1:1: error: unknown section `soruces` (did you mean `sources`?)"]
        );
    }

    #[test]
    fn syntax_errors_stop_at_the_file() {
        let (c, d) = parse("sources:\n  - id: a\n   name: [unclosed\n");
        assert!(c.is_none());
        assert_eq!(d.len(), 1);
        assert!(d[0].line.is_some());
    }

    #[test]
    fn comment_only_files_warn() {
        let (c, d) = parse("# nothing yet\n");
        assert!(c.is_none());
        assert_eq!(shown(&d).len(), 1);
        assert!(shown(&d)[0].starts_with(
            "r.yaml: warning: the file holds no rules (only comments or nothing) (write rules under a section key"
        ));
        // a section with nothing under it is as empty
        let (c, d) = parse("sources:\n");
        assert!(c.is_some());
        assert!(
            shown(&d)[0].starts_with("r.yaml: warning: the file holds no rules ("),
            "{d:?}"
        );
    }

    #[test]
    fn an_unclosed_list_or_quote_is_reported_where_it_opens() {
        let (_, d) = parse("sources:\n  - id: a\n    aliases: [A, B\n    kind: person\n");
        assert_eq!(d.len(), 1);
        assert_eq!((d[0].line, d[0].column), (Some(3), Some(14)));
        assert_eq!(
            d[0].message,
            "this `[` is never closed: did not find expected ',' or ']' at line 4 column 9"
        );
        assert!(d[0].hint.as_deref().unwrap().starts_with("close it with `]`"));
        let (_, d) = parse("sources:\n  - id: a\n    name: \"A\n    kind: person\n");
        assert_eq!((d[0].line, d[0].column), (Some(3), Some(11)));
        assert!(
            d[0].message.starts_with("this quoted string is never closed"),
            "{}",
            d[0].message
        );
    }

    #[test]
    fn a_duplicate_key_is_reported_at_its_second_occurrence() {
        let (_, d) = parse("sources:\n  - id: a\n    side: russian\n    kind: person\n    side: ukrainian\n");
        assert_eq!(
            shown(&d),
            ["r.yaml:5:5: error: `side` is given twice in the same mapping (a key may appear once per rule: remove one of the two `side:` lines (the first is at line 3))"]
        );
    }

    #[test]
    fn marks_are_taken_out_of_messages() {
        let (m, marks) = strip_marks("bad thing at line 5 column 9, while parsing x at line 4 column 14");
        assert_eq!(m, "bad thing, while parsing x");
        assert_eq!(marks, [(5, 9), (4, 14)]);
        assert_eq!(strip_marks("seen at line one").0, "seen at line one");
    }
}
