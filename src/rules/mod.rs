//! Rule sets: everything counterclaim knows about a conflict, loaded from YAML.
//!
//! Responsible for: reading rule files (the embedded default set, a user's directory over it),
//! strict parsing with file:line:column for every mistake, the semantic checks serde cannot do,
//! and compiling matchers once so the pipeline never re-parses a pattern.
//! Must not: know any speaker, place or phrase itself; those live in `rules/*.yaml`.
//!
//! Rule kinds, one module each, each a top-level section of a rule file:
//! `sides`, `places`, `targets`, `sources`, `cues` and `agentless`, `claims` and `conflicts`,
//! and `language`. Any file may hold any sections; the default set keeps one concern per file.
//!
//! Layering: the default set is the base. `--rules DIR` loads DIR over it: a rule with the same
//! id replaces the default one in place, a new id is added, and the fields of a `language:`
//! section replace the default's fields one by one. `--no-default-rules` starts from nothing.

pub mod claims;
pub mod cues;
pub mod diag;
pub mod examples;
pub mod fuzzy;
pub mod language;
pub mod lexicon;
pub mod places;
pub mod sides;
pub mod sources;
pub mod targets;

use std::path::Path;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use self::claims::{Claims, ConflictRule, KindRule};
use self::cues::{AgentlessRule, CueRule, Cues};
use self::diag::{Diagnostic, Locator, RuleErrors, Severity};
use self::examples::Example;
use self::language::{Language, LanguageRule};
use self::places::{PlaceKind, PlaceRule, Places};
use self::sides::{SideRule, Sides};
use self::sources::{SourceRule, Sources};
use self::targets::{TargetRule, Targets};

/// The default rule set, embedded in the binary so the tool works from any directory.
pub const DEFAULT_FILES: &[(&str, &str)] = &[
    ("rules/language.yaml", include_str!("../../rules/language.yaml")),
    ("rules/sides.yaml", include_str!("../../rules/sides.yaml")),
    ("rules/places.yaml", include_str!("../../rules/places.yaml")),
    ("rules/targets.yaml", include_str!("../../rules/targets.yaml")),
    ("rules/sources.yaml", include_str!("../../rules/sources.yaml")),
    ("rules/cues.yaml", include_str!("../../rules/cues.yaml")),
    ("rules/claims.yaml", include_str!("../../rules/claims.yaml")),
];

/// The sections a rule file may contain. Unknown keys are errors.
#[derive(Debug, Default, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RuleFileContent {
    /// The parties statements speak for.
    #[serde(default)]
    pub sides: Vec<SideRule>,
    /// The gazetteer.
    #[serde(default)]
    pub places: Vec<PlaceRule>,
    /// Target classes (depot, refinery, airfield).
    #[serde(default)]
    pub targets: Vec<TargetRule>,
    /// Named speakers and classes of speaker.
    #[serde(default)]
    pub sources: Vec<SourceRule>,
    /// Speech cues.
    #[serde(default)]
    pub cues: Vec<CueRule>,
    /// Phrases that report speech without a speaker.
    #[serde(default)]
    pub agentless: Vec<AgentlessRule>,
    /// Claim kinds.
    #[serde(default)]
    pub claims: Vec<KindRule>,
    /// Which claim kinds contradict each other.
    #[serde(default)]
    pub conflicts: Vec<ConflictRule>,
    /// Word lists and settings for reading English news text.
    #[serde(default)]
    pub language: Option<LanguageRule>,
}

/// A rule file's name (as shown in messages) and text.
#[derive(Debug, Clone)]
pub struct RuleFile {
    /// Path as the user gave it, or `rules/x.yaml` for embedded files.
    pub name: String,
    /// The YAML text.
    pub text: String,
}

/// The embedded default files.
pub fn default_files() -> Vec<RuleFile> {
    DEFAULT_FILES
        .iter()
        .map(|(n, t)| RuleFile {
            name: n.to_string(),
            text: t.to_string(),
        })
        .collect()
}

/// Read every `*.yaml`/`*.yml` file of `dir` (sorted by name, not recursive).
pub fn dir_files(dir: &Path) -> Result<Vec<RuleFile>, RuleErrors> {
    let shown = dir.display().to_string();
    let err = |msg: String, hint: &str| RuleErrors {
        diagnostics: vec![Diagnostic::error(&shown, None, msg).hint(hint)],
    };
    let entries = std::fs::read_dir(dir).map_err(|e| {
        err(
            format!("cannot read rules directory: {e}"),
            "pass a directory of .yaml rule files to --rules",
        )
    })?;
    let mut paths: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml")))
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(err(
            "no .yaml rule files in this directory".into(),
            "`counterclaim rules init DIR` writes a starter set",
        ));
    }
    let mut files = Vec::new();
    let mut diagnostics = Vec::new();
    for p in paths {
        let name = p.display().to_string();
        match std::fs::read(&p) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => files.push(RuleFile { name, text }),
                Err(e) => {
                    let at = e.utf8_error().valid_up_to();
                    let before = &e.as_bytes()[..at];
                    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
                    let column = at - before.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1) + 1;
                    diagnostics.push(
                        Diagnostic::error(
                            &name,
                            Some((line, column)),
                            format!("not UTF-8 (invalid byte at offset {at})"),
                        )
                        .hint("save the file as UTF-8"),
                    )
                }
            },
            Err(e) => diagnostics.push(Diagnostic::error(&name, None, format!("cannot read: {e}"))),
        }
    }
    if diagnostics.is_empty() {
        Ok(files)
    } else {
        Err(RuleErrors { diagnostics })
    }
}

/// A rule with an id (every rule kind but `language`).
pub trait HasId {
    /// The rule's id within its kind.
    fn id(&self) -> &str;
    /// The rule's examples.
    fn examples(&self) -> &[Example];
}

macro_rules! has_id {
    ($($t:ty),*) => { $( impl HasId for $t {
        fn id(&self) -> &str { &self.id }
        fn examples(&self) -> &[Example] { &self.examples }
    } )* };
}
has_id!(
    SideRule,
    PlaceRule,
    TargetRule,
    SourceRule,
    CueRule,
    AgentlessRule,
    KindRule
);

impl HasId for ConflictRule {
    fn id(&self) -> &str {
        &self.id
    }
    fn examples(&self) -> &[Example] {
        &[]
    }
}

/// A rule together with where it was written.
#[derive(Debug, Clone)]
pub struct Loaded<T> {
    /// The rule.
    pub rule: T,
    /// Section name, which is also the rule-id prefix (`sources`).
    pub kind: &'static str,
    /// The file it came from.
    pub file: Arc<RuleFile>,
    /// 1-based line of its `id:`.
    pub line: usize,
    /// 1-based column of its `id:`.
    pub column: usize,
}

impl<T: HasId> Loaded<T> {
    /// Stable rule id, `<kind>/<id>`.
    pub fn rule_id(&self) -> String {
        format!("{}/{}", self.kind, self.rule.id())
    }

    /// An error about `field` (and the line holding `value`, when given) of this rule.
    pub fn error(&self, field: &str, value: Option<&str>, message: impl Into<String>) -> Diagnostic {
        let pos = Locator::new(&self.file.text)
            .field(self.line, field, value)
            .or(Some((self.line, self.column)));
        Diagnostic::error(&self.file.name, pos, message).rule(self.rule_id())
    }

    /// A warning about `field` of this rule.
    pub fn warning(&self, field: &str, value: Option<&str>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..self.error(field, value, message)
        }
    }
}

/// An example with the rule that carries it, for `rules test`.
#[derive(Debug, Clone)]
pub struct RuleExample {
    /// `<kind>/<id>` of the rule.
    pub rule_id: String,
    /// File the example is written in.
    pub file: String,
    /// 1-based line of the example's `text:` (or of the rule when not found).
    pub line: usize,
    /// The example.
    pub example: Example,
}

/// A loaded, checked and compiled rule set.
#[derive(Debug, Clone)]
pub struct RuleSet {
    /// Word lists and settings.
    pub language: Language,
    /// Sides.
    pub sides: Sides,
    /// Gazetteer.
    pub places: Places,
    /// Target classes.
    pub targets: Targets,
    /// Named sources.
    pub sources: Sources,
    /// Speech cues.
    pub cues: Cues,
    /// Claim kinds and conflicts.
    pub claims: Claims,
    /// Every rule example, in file order.
    pub examples: Vec<RuleExample>,
    /// Every rule id, in file order.
    pub rule_ids: Vec<String>,
    /// Warnings found while loading (errors abort loading).
    pub warnings: Vec<Diagnostic>,
    /// A short hash of all rule files' text, to tell which rules produced a snapshot.
    pub fingerprint: String,
}

/// Merged rules of every layer, before compiling.
#[derive(Default)]
struct Merged {
    sides: Vec<Loaded<SideRule>>,
    places: Vec<Loaded<PlaceRule>>,
    targets: Vec<Loaded<TargetRule>>,
    sources: Vec<Loaded<SourceRule>>,
    cues: Vec<Loaded<CueRule>>,
    agentless: Vec<Loaded<AgentlessRule>>,
    claims: Vec<Loaded<KindRule>>,
    conflicts: Vec<Loaded<ConflictRule>>,
    language: LanguageRule,
    language_origin: Option<(String, usize)>,
}

/// Load the embedded default rules.
pub fn load_default() -> Result<RuleSet, RuleErrors> {
    load(&[default_files()])
}

/// Load layers of rule files; a later layer overlays earlier ones by rule id.
pub fn load(layers: &[Vec<RuleFile>]) -> Result<RuleSet, RuleErrors> {
    let mut diags = Vec::new();
    let mut merged = Merged::default();
    let mut fingerprint = Fnv::default();
    for layer in layers {
        let mut seen: std::collections::HashMap<String, (String, usize)> = std::collections::HashMap::new();
        for file in layer {
            fingerprint.write(file.name.as_bytes());
            fingerprint.write(file.text.as_bytes());
            let file = Arc::new(file.clone());
            let Some(content) = parse_file(&file, &mut diags) else {
                continue;
            };
            let loc = Locator::new(&file.text);
            macro_rules! merge {
                ($section:ident) => {
                    for rule in content.$section {
                        let (line, column) = loc.rule(stringify!($section), rule.id()).unwrap_or((1, 1));
                        let key = format!("{}/{}", stringify!($section), rule.id());
                        if rule.id().trim().is_empty() {
                            diags.push(Diagnostic::error(
                                &file.name,
                                Some((line, column)),
                                format!("a rule in `{}` has an empty id", stringify!($section)),
                            ));
                            continue;
                        }
                        if let Some((f, l)) = seen.get(&key) {
                            diags.push(
                                Diagnostic::error(
                                    &file.name,
                                    Some((line, column)),
                                    format!("duplicate id `{}` (first defined at {f}:{l})", rule.id()),
                                )
                                .rule(key.clone())
                                .hint("ids must be unique within a kind; rename one"),
                            );
                            continue;
                        }
                        seen.insert(key, (file.name.clone(), line));
                        let item = Loaded {
                            rule,
                            kind: stringify!($section),
                            file: file.clone(),
                            line,
                            column,
                        };
                        match merged
                            .$section
                            .iter()
                            .position(|x| x.rule.id() == item.rule.id())
                        {
                            Some(i) => merged.$section[i] = item,
                            None => merged.$section.push(item),
                        }
                    }
                };
            }
            merge!(sides);
            merge!(places);
            merge!(targets);
            merge!(sources);
            merge!(cues);
            merge!(agentless);
            merge!(claims);
            merge!(conflicts);
            if let Some(lang) = content.language {
                let line = loc.rule("language", "").map(|p| p.0).unwrap_or(1);
                merged.language_origin = Some((file.name.clone(), line));
                merged.language.overlay(lang);
            }
        }
    }
    let rs = compile(merged, &mut diags, format!("{:016x}", fingerprint.0));
    if diags.iter().any(|d| d.severity == Severity::Error) {
        diags.sort_by(|a, b| (a.severity, &a.file, a.line, a.column).cmp(&(b.severity, &b.file, b.line, b.column)));
        return Err(RuleErrors { diagnostics: diags });
    }
    let mut rs = rs;
    rs.warnings = diags;
    Ok(rs)
}

fn parse_file(file: &RuleFile, diags: &mut Vec<Diagnostic>) -> Option<RuleFileContent> {
    let only_comments = file.text.lines().all(|l| {
        let t = l.trim();
        t.is_empty() || t.starts_with('#') || t == "---"
    });
    if only_comments {
        diags.push(Diagnostic::warning(&file.name, None, "the file holds no rules"));
        return None;
    }
    if let Err(r) = crate::yaml::check(&file.text) {
        diags.push(Diagnostic::error(&file.name, r.line.zip(r.column), r.message));
        return None;
    }
    match serde_yaml::from_str::<RuleFileContent>(&file.text) {
        Ok(c) => Some(c),
        Err(e) => {
            diags.push(yaml_diagnostic(&file.name, &e));
            None
        }
    }
}

/// A diagnostic for a serde_yaml error, with its location and, for an unknown key, the nearest
/// valid key.
pub fn yaml_diagnostic(file: &str, e: &serde_yaml::Error) -> Diagnostic {
    let pos = e.location().map(|l| (l.line(), l.column()));
    let full = e.to_string();
    // serde_yaml appends " at line X column Y" to its message; the location is shown apart.
    let message = match full.find(" at line ") {
        Some(i) => full[..i].to_string(),
        None => full.clone(),
    };
    let mut d = Diagnostic::error(file, pos, message.clone());
    if let Some(hint) = unknown_field_hint(&message) {
        d = d.hint(hint);
    } else if message.contains("found character that cannot start any token")
        || message.contains("found a tab character")
    {
        d = d.hint("YAML indentation must use spaces, not tabs");
    }
    d
}

/// serde reports an unknown key as "unknown field `x`, expected one of `a`, `b`": suggest the
/// nearest expected key.
fn unknown_field_hint(message: &str) -> Option<String> {
    let rest = message.split("unknown field `").nth(1)?;
    let (name, rest) = rest.split_once('`')?;
    let expected: Vec<&str> = rest.split('`').skip(1).step_by(2).collect();
    match diag::did_you_mean(name, expected.iter().copied()) {
        Some(s) => Some(format!("did you mean `{s}`?")),
        None if !expected.is_empty() => Some(format!("valid keys: {}", expected.join(", "))),
        None => None,
    }
}

fn compile(m: Merged, diags: &mut Vec<Diagnostic>, fingerprint: String) -> RuleSet {
    let missing = m.language.missing();
    if !missing.is_empty() {
        let (file, line) = m.language_origin.clone().unwrap_or_else(|| ("rules".into(), 0));
        diags.push(
            Diagnostic::error(
                &file,
                (line > 0).then_some((line, 1)),
                format!("language settings missing: {}", missing.join(", ")),
            )
            .rule("language")
            .hint("load the default rules under yours, or copy rules/language.yaml"),
        );
    }
    let language = match Language::compile(&m.language) {
        Ok(l) => l,
        Err(msg) => {
            let (file, line) = m.language_origin.clone().unwrap_or_else(|| ("rules".into(), 0));
            diags.push(Diagnostic::error(&file, (line > 0).then_some((line, 1)), msg).rule("language"));
            Language::default()
        }
    };
    let country_ids: Vec<&str> = m
        .places
        .iter()
        .filter(|p| p.rule.kind == PlaceKind::Country)
        .map(|p| p.rule.id.as_str())
        .collect();
    let sides = Sides::compile(&m.sides, &country_ids, diags);
    if sides.list.is_empty() {
        diags.push(Diagnostic::error("rules", None, "no sides are defined").hint("a rule set needs a `sides:` list"));
    }
    let target_ids: Vec<&str> = m.targets.iter().map(|t| t.rule.id.as_str()).collect();
    let targets = Targets::compile(&m.targets, diags);
    let places = Places::compile(&m.places, &sides, &target_ids, diags);
    let sources = Sources::compile(&m.sources, &sides, &places, diags);
    let cues = Cues::compile(&m.cues, &m.agentless, diags);
    let claims = Claims::compile(&m.claims, &m.conflicts, &sides, diags);

    let mut examples = Vec::new();
    let mut rule_ids = Vec::new();
    fn collect<T: HasId>(items: &[Loaded<T>], examples: &mut Vec<RuleExample>, ids: &mut Vec<String>) {
        for item in items {
            ids.push(item.rule_id());
            let loc = Locator::new(&item.file.text);
            let mut search_from = item.line;
            for ex in item.rule.examples() {
                let first_line = ex.text.lines().next().unwrap_or("");
                let probe: String = first_line.chars().take(40).collect();
                let line = (search_from..search_from + 2000)
                    .find(|&l| {
                        loc.line_text(l)
                            .is_some_and(|t| t.contains("text:") && t.contains(probe.trim_matches('"')))
                    })
                    .unwrap_or(item.line);
                search_from = line.max(search_from);
                examples.push(RuleExample {
                    rule_id: item.rule_id(),
                    file: item.file.name.clone(),
                    line,
                    example: ex.clone(),
                });
            }
        }
    }
    collect(&m.sides, &mut examples, &mut rule_ids);
    collect(&m.places, &mut examples, &mut rule_ids);
    collect(&m.targets, &mut examples, &mut rule_ids);
    collect(&m.sources, &mut examples, &mut rule_ids);
    collect(&m.cues, &mut examples, &mut rule_ids);
    collect(&m.agentless, &mut examples, &mut rule_ids);
    collect(&m.claims, &mut examples, &mut rule_ids);
    collect(&m.conflicts, &mut examples, &mut rule_ids);
    for ex in &examples {
        if let Some(side) = &ex.example.side {
            if side != sides::UNATTRIBUTED && sides.index(side).is_none() {
                diags.push(
                    Diagnostic::error(
                        &ex.file,
                        Some((ex.line, 1)),
                        format!("example expects unknown side `{side}`"),
                    )
                    .rule(ex.rule_id.clone()),
                );
            }
        }
        for k in ex.example.kinds.iter().chain(ex.example.not_kinds.iter()).flatten() {
            if claims.index(k).is_none() {
                diags.push(
                    Diagnostic::error(
                        &ex.file,
                        Some((ex.line, 1)),
                        format!("example expects unknown claim kind `{k}`"),
                    )
                    .rule(ex.rule_id.clone()),
                );
            }
        }
        if let Some(p) = &ex.example.place {
            if p != "none" && places.index(p).is_none() {
                diags.push(
                    Diagnostic::error(
                        &ex.file,
                        Some((ex.line, 1)),
                        format!("example expects unknown place `{p}`"),
                    )
                    .rule(ex.rule_id.clone()),
                );
            }
        }
    }
    RuleSet {
        language,
        sides,
        places,
        targets,
        sources,
        cues,
        claims,
        examples,
        rule_ids,
        warnings: Vec::new(),
        fingerprint,
    }
}

/// FNV-1a, 64 bit: a stable, dependency-free fingerprint of the rule text (not a security hash).
#[derive(Debug)]
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
        // separate consecutive writes
        self.0 ^= 0xff;
        self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
    }
}
