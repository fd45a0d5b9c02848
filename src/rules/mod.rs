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
pub mod parse;
pub mod places;
pub mod sides;
pub mod sources;
pub mod targets;
pub mod word_trie;

use rustc_hash::FxHashMap;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use self::claims::{Claims, ConflictRule, KindRule};
use self::cues::{AgentlessRule, CueRule, Cues};
use self::diag::{Diagnostic, Locator, RuleErrors, Severity};
use self::examples::Example;
use self::language::{Language, LanguageRule};
use self::parse::parse_file;
pub use self::parse::yaml_diagnostic;
use self::places::{PlaceKind, PlaceRule, Places};
use self::sides::{SideRule, Sides};
use self::sources::{SourceRule, Sources};
use self::targets::{TargetRule, Targets};

/// The default rule set, embedded in the binary so the tool works from any directory: (name,
/// YAML) of each file, in the order `build.rs` lists them (`RULE_FILES`, the one list).
pub const DEFAULT_FILES: &[(&str, &str)] = &include!(concat!(env!("OUT_DIR"), "/default_files.rs"));

/// [`DEFAULT_FILES`] as JSON, in the same order: their YAML parsed when the tool was built
/// (`build.rs`), because parsing it on every run was three quarters of loading the rules. Empty
/// for a file that did not parse then.
const DEFAULT_JSON: &[&str] = &include!(concat!(env!("OUT_DIR"), "/default_json.rs"));

/// The JSON form of `file` when it is an embedded default file, name and text unchanged: any
/// other file (a user's, or a default an authoring tool changed) is read from its YAML.
fn prebuilt_json(file: &RuleFile) -> Option<&'static str> {
    DEFAULT_FILES
        .iter()
        .zip(DEFAULT_JSON)
        .find(|((name, text), _)| *name == file.name && *text == file.text)
        .map(|(_, json)| *json)
        .filter(|json| !json.is_empty())
}

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

impl RuleFileContent {
    /// Whether the content holds no rule and no `language:` section.
    pub fn is_empty(&self) -> bool {
        self.sides.is_empty()
            && self.places.is_empty()
            && self.targets.is_empty()
            && self.sources.is_empty()
            && self.cues.is_empty()
            && self.agentless.is_empty()
            && self.claims.is_empty()
            && self.conflicts.is_empty()
            && self.language.is_none()
    }

    /// Add the rules of `other` (a part of the same file) after these.
    pub fn absorb(&mut self, other: RuleFileContent) {
        self.sides.extend(other.sides);
        self.places.extend(other.places);
        self.targets.extend(other.targets);
        self.sources.extend(other.sources);
        self.cues.extend(other.cues);
        self.agentless.extend(other.agentless);
        self.claims.extend(other.claims);
        self.conflicts.extend(other.conflicts);
        if other.language.is_some() {
            self.language = other.language;
        }
    }
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
    let all: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    let mut paths: Vec<_> = all
        .iter()
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml")))
        .cloned()
        .collect();
    paths.sort();
    if paths.is_empty() {
        // name the files that are there: `sources.yaml.txt` (an editor's extension) is the
        // usual reason, and the author should not have to guess
        let mut others: Vec<String> = all
            .iter()
            .filter_map(|p| p.file_name().map(|n| format!("`{}`", n.to_string_lossy())))
            .collect();
        others.sort();
        let hint = if others.is_empty() {
            "`counterclaim rules init DIR` writes a starter set".to_string()
        } else {
            others.truncate(5);
            format!(
                "rule files must end in .yaml or .yml; found {} (rename it, or run `counterclaim rules init DIR` for a starter set)",
                others.join(", ")
            )
        };
        return Err(err("no .yaml rule files in this directory".into(), &hint));
    }
    let mut files = Vec::new();
    let mut diagnostics = Vec::new();
    for p in paths {
        let name = p.display().to_string();
        match std::fs::read(&p) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => files.push(RuleFile { name, text }),
                Err(e) => diagnostics.push(not_utf8(&name, e.as_bytes(), e.utf8_error().valid_up_to())),
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

/// The error for a rule file that is not UTF-8, at the line and column of the first invalid
/// byte, with that line (lossily decoded) for the caret.
fn not_utf8(name: &str, bytes: &[u8], at: usize) -> Diagnostic {
    let line_start = bytes[..at].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
    let line_end = bytes[at..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |i| at + i);
    // the part before the invalid byte is valid UTF-8, so byte columns agree with the snippet
    let column = at - line_start + 1;
    let mut d = Diagnostic::error(
        name,
        Some((line, column)),
        format!("not UTF-8: invalid byte 0x{:02X}", bytes[at]),
    )
    .hint("save the file as UTF-8 (it was probably saved in a legacy code page such as Windows-1251 or Latin-1)");
    d.snippet = Some(
        String::from_utf8_lossy(&bytes[line_start..line_end])
            .trim_end_matches('\r')
            .to_string(),
    );
    d.width = Some(1);
    d
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
        let loc = Locator::new(&self.file.text);
        let pos = loc.field(self.line, field, value).or(Some((self.line, self.column)));
        let mut d = Diagnostic::error(&self.file.name, pos, message).rule(self.rule_id());
        // underline the whole value when it was found, not just its first word
        // (`Kherson regional administration` in a flow list has spaces and no quotes)
        d.width = value.filter(|v| !v.is_empty()).and_then(|v| {
            let (l, c) = pos?;
            let rest = loc.line_text(l)?.get(c - 1..)?;
            rest.starts_with(v).then(|| v.chars().count())
        });
        d
    }

    /// An error about a phrase of `field` (an alias, a form, a claim phrase) that does not
    /// compile, with what to write instead.
    pub fn phrase_error(&self, field: &str, what: &str, phrase: &str, e: &lexicon::PhraseError) -> Diagnostic {
        self.error(field, Some(phrase), format!("{what} `{phrase}`: {e}"))
            .hint(e.hint())
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

/// The phrase sets of a rule set that the pipeline matches in every sentence, as indexes into
/// the results of [`lexicon::Lexicon::scan`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Set {
    /// Names and aliases of sources (payload: source).
    SourceNames,
    /// Titles of sources (payload: source).
    SourceTitles,
    /// Names and aliases of places (payload: place).
    PlaceNames,
    /// Demonyms of countries (payload: country place).
    Demonyms,
    /// Affiliation markers of sides (payload: side).
    Markers,
    /// Forms of speech cues (payload: cue).
    CueForms,
    /// Agentless reporting phrases (payload: agentless group).
    Agentless,
    /// Segments of claim phrases (payload: segment).
    ClaimSegments,
    /// Target phrases (payload: target).
    Targets,
    /// Negations (language).
    Negations,
    /// Clause negations (language).
    ClauseNegations,
    /// Relative days (payload: offset index).
    RelativeDays,
}

impl Set {
    /// Number of sets.
    pub const COUNT: usize = 12;
}

/// Where a rule of the loaded set is written, for messages about the rule as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleOrigin {
    /// `<kind>/<id>`.
    pub id: String,
    /// The file, as the user named it.
    pub file: String,
    /// 1-based line of its `id:`.
    pub line: usize,
    /// 1-based column of its `id:`.
    pub column: usize,
    /// Whether the rule carries examples.
    pub has_examples: bool,
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
    /// The phrase sets of every rule kind in one trie (see [`Set`]).
    pub lexicon: lexicon::Lexicon,
    /// Every rule example, in file order.
    pub examples: Vec<RuleExample>,
    /// Every rule with where it is written, in load order.
    pub origins: Vec<RuleOrigin>,
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

/// Where each rule of a file is: (section, id) → (line, column) of each of its `id:` lines.
type RuleIndex = std::collections::HashMap<(String, String), Vec<(usize, usize)>>;

/// The position in [`Merged`] of each rule id, section by section, so that a later layer's rule
/// replaces the earlier one of its id.
#[derive(Default)]
struct Positions {
    sides: FxHashMap<String, usize>,
    places: FxHashMap<String, usize>,
    targets: FxHashMap<String, usize>,
    sources: FxHashMap<String, usize>,
    cues: FxHashMap<String, usize>,
    agentless: FxHashMap<String, usize>,
    claims: FxHashMap<String, usize>,
    conflicts: FxHashMap<String, usize>,
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
    let mut positions = Positions::default();
    for layer in layers {
        let mut seen: std::collections::HashMap<String, (String, usize)> = std::collections::HashMap::new();
        // parsing a file and finding the line of each of its rules is each file's own work:
        // done on every thread, then merged in the files' order as if one by one (indexing the
        // lines here took 3 ms of loading's critical path)
        type Parsed = (Arc<RuleFile>, Option<RuleFileContent>, Vec<Diagnostic>, RuleIndex);
        let parsed: Vec<Parsed> = {
            use rayon::prelude::*;
            layer
                .par_iter()
                .map(|file| {
                    let file = Arc::new(file.clone());
                    let mut found = Vec::new();
                    let content = parse_file(&file, &mut found);
                    let index = match content {
                        Some(_) => Locator::new(&file.text).rule_index(),
                        None => RuleIndex::default(),
                    };
                    (file, content, found, index)
                })
                .collect()
        };
        for (file, content, found, index) in parsed {
            fingerprint.write(file.name.as_bytes());
            fingerprint.write(file.text.as_bytes());
            diags.extend(found);
            let Some(content) = content else {
                continue;
            };
            let loc = Locator::new(&file.text);
            // how many rules of each (section, id) this file has had so far: the nth duplicate
            // is reported at its own line
            let mut occurrence: std::collections::HashMap<(String, String), usize> = std::collections::HashMap::new();
            macro_rules! merge {
                ($section:ident) => {
                    for rule in content.$section {
                        let key = (stringify!($section).to_string(), rule.id().to_string());
                        let nth = occurrence.entry(key.clone()).or_insert(0);
                        let (line, column) = index
                            .get(&key)
                            .and_then(|v| v.get(*nth))
                            .copied()
                            .or_else(|| loc.rule(stringify!($section), rule.id()))
                            .unwrap_or((1, 1));
                        *nth += 1;
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
                        // where a rule of this id already is, by a map: a search of the
                        // section for each rule made merging quadratic in its size
                        let at = &mut positions.$section;
                        match at.get(item.rule.id()) {
                            Some(&i) => merged.$section[i] = item,
                            None => {
                                at.insert(item.rule.id().to_string(), merged.$section.len());
                                merged.$section.push(item);
                            }
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
    attach_snippets(&mut diags, layers);
    if diags.iter().any(|d| d.severity == Severity::Error) {
        diags.sort_by(|a, b| (a.severity, &a.file, a.line, a.column).cmp(&(b.severity, &b.file, b.line, b.column)));
        return Err(RuleErrors { diagnostics: diags });
    }
    let mut rs = rs;
    rs.warnings = diags;
    Ok(rs)
}

/// Give every located diagnostic the text of its line, for the caret display.
fn attach_snippets(diags: &mut [Diagnostic], layers: &[Vec<RuleFile>]) {
    for d in diags.iter_mut() {
        let Some(line) = d.line else { continue };
        let file = layers.iter().rev().flatten().find(|f| f.name == d.file);
        d.snippet = file
            .and_then(|f| f.text.lines().nth(line.wrapping_sub(1)))
            .map(str::to_string);
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
    // the claims' phrases are half of compiling and need only the sides: compiled beside the
    // rest, their diagnostics after the rest's as when one came after the other. The rest takes
    // less time, so its phrase sets go into the lexicon's trie on its thread meanwhile (the trie
    // was 7 ms after both, on one thread) ...
    let mut claim_diags = Vec::new();
    let ((targets, places, sources, cues, mut lexicon), claims) = rayon::join(
        || {
            let targets = Targets::compile(&m.targets, diags);
            let places = Places::compile(&m.places, &sides, &target_ids, diags);
            let sources = Sources::compile(&m.sources, &sides, &places, diags);
            let cues = Cues::compile(&m.cues, &m.agentless, diags);
            let mut lexicon = lexicon::Lexicon::with_sets(Set::COUNT);
            for (i, set) in [
                (Set::SourceNames, &sources.names),
                (Set::SourceTitles, &sources.titles),
                (Set::PlaceNames, &places.names),
                (Set::Demonyms, &places.demonyms),
                (Set::Markers, &sides.markers),
                (Set::CueForms, &cues.forms),
                (Set::Agentless, &cues.agentless),
                (Set::Targets, &targets.phrases),
                (Set::Negations, &language.negations),
                (Set::ClauseNegations, &language.clause_negations),
                (Set::RelativeDays, &language.relative_days),
            ] {
                lexicon.add_set(i as usize, set);
            }
            (targets, places, sources, cues, lexicon)
        },
        || Claims::compile(&m.claims, &m.conflicts, &sides, &mut claim_diags),
    );
    diags.append(&mut claim_diags);

    fn collect<T: HasId>(items: &[Loaded<T>], examples: &mut Vec<RuleExample>, origins: &mut Vec<RuleOrigin>) {
        let mut locators: std::collections::HashMap<&str, Locator<'_>> = std::collections::HashMap::new();
        for item in items {
            origins.push(RuleOrigin {
                id: item.rule_id(),
                file: item.file.name.clone(),
                line: item.line,
                column: item.column,
                has_examples: !item.rule.examples().is_empty(),
            });
            if item.rule.examples().is_empty() {
                continue;
            }
            let loc = locators
                .entry(item.file.name.as_str())
                .or_insert_with(|| Locator::new(&item.file.text));
            let mut search_from = item.line;
            for ex in item.rule.examples() {
                let first_line = ex.text.lines().next().unwrap_or("");
                let probe: String = first_line.chars().take(40).collect();
                // examples sit below their rule's `id:`, within a few hundred lines
                let line = (search_from..search_from + 300)
                    .find(|&l| {
                        loc.line_text(l)
                            .is_some_and(|t| t.contains("text:") && t.contains(probe.trim_matches('"')))
                    })
                    .unwrap_or(item.line);
                search_from = search_from.max(line + 1);
                examples.push(RuleExample {
                    rule_id: item.rule_id(),
                    file: item.file.name.clone(),
                    line,
                    example: ex.clone(),
                });
            }
        }
    }
    // ... and the claims' segments, most of the trie, after them; the examples are checked
    // beside it
    let (lexicon, (examples, origins)) = rayon::join(
        || {
            lexicon.add_set(Set::ClaimSegments as usize, &claims.segments);
            lexicon
        },
        || {
            let mut examples = Vec::new();
            let mut origins = Vec::new();
            collect(&m.sides, &mut examples, &mut origins);
            collect(&m.places, &mut examples, &mut origins);
            collect(&m.targets, &mut examples, &mut origins);
            collect(&m.sources, &mut examples, &mut origins);
            collect(&m.cues, &mut examples, &mut origins);
            collect(&m.agentless, &mut examples, &mut origins);
            collect(&m.claims, &mut examples, &mut origins);
            collect(&m.conflicts, &mut examples, &mut origins);
            let files: HashMap<&str, &RuleFile> = [
                files_of(&m.sides),
                files_of(&m.places),
                files_of(&m.targets),
                files_of(&m.sources),
                files_of(&m.cues),
                files_of(&m.agentless),
                files_of(&m.claims),
            ]
            .into_iter()
            .flatten()
            .collect();
            check_examples(&examples, &files, &sides, &claims, &places, diags);
            (examples, origins)
        },
    );
    RuleSet {
        language,
        sides,
        places,
        targets,
        sources,
        cues,
        claims,
        lexicon,
        examples,
        origins,
        warnings: Vec::new(),
        fingerprint,
    }
}

/// The files rules were read from, by name.
fn files_of<T>(items: &[Loaded<T>]) -> Vec<(&str, &RuleFile)> {
    items.iter().map(|i| (i.file.name.as_str(), &*i.file)).collect()
}

/// Errors for examples that expect a side, claim kind or place no rule defines, pointing at the
/// value inside the example (not at the example's first column), with the likely meant id.
fn check_examples(
    examples: &[RuleExample],
    files: &HashMap<&str, &RuleFile>,
    sides: &Sides,
    claims: &Claims,
    places: &Places,
    diags: &mut Vec<Diagnostic>,
) {
    let error = |ex: &RuleExample, field: &str, value: &str, what: &str, ids: Vec<&str>| {
        let loc = files.get(ex.file.as_str()).map(|f| Locator::new(&f.text));
        // the value inside this example; else the example's `text:`
        let at = loc.as_ref().and_then(|loc| {
            let (l, c) = loc.field(ex.line, field, Some(value))?;
            let t = loc.line_text(l)?;
            (t.get(c - 1..)?.starts_with(value) && diag::is_whole_value(t, c - 1, value)).then_some((l, c))
        });
        let text_col = loc
            .as_ref()
            .and_then(|loc| loc.line_text(ex.line))
            .and_then(|t| t.find("text:"))
            .map_or(1, |c| c + 1);
        let hint = match diag::did_you_mean(value, ids.iter().copied()) {
            Some(s) => format!("did you mean `{s}`?"),
            None if ids.len() <= 30 => format!("use one of: {}", ids.join(", ")),
            None => format!("no {what} has this id; check the spelling against the rule files"),
        };
        let mut d = Diagnostic::error(
            &ex.file,
            Some(at.unwrap_or((ex.line, text_col))),
            format!("example expects unknown {what} `{value}`"),
        )
        .rule(ex.rule_id.clone())
        .hint(hint);
        if at.is_some() {
            d.width = Some(value.chars().count());
        }
        d
    };
    let side_ids = || {
        sides
            .list
            .iter()
            .map(|s| s.id.as_str())
            .chain([sides::UNATTRIBUTED])
            .collect()
    };
    for ex in examples {
        if let Some(side) = &ex.example.side {
            if side != sides::UNATTRIBUTED && sides.index(side).is_none() {
                diags.push(error(ex, "side", side, "side", side_ids()));
            }
        }
        let kind_ids = || claims.kinds.iter().map(|k| k.id.as_str()).collect();
        for k in ex.example.kinds.iter().flatten() {
            if claims.index(k).is_none() {
                diags.push(error(ex, "kinds", k, "claim kind", kind_ids()));
            }
        }
        for k in ex.example.not_kinds.iter().flatten() {
            if claims.index(k).is_none() {
                diags.push(error(ex, "not_kinds", k, "claim kind", kind_ids()));
            }
        }
        if let Some(p) = &ex.example.place {
            if p != "none" && places.index(p).is_none() {
                let ids = places.list.iter().map(|x| x.id.as_str()).chain(["none"]).collect();
                diags.push(error(ex, "place", p, "place", ids));
            }
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue_6_every_default_file_is_read_from_its_prebuilt_json_with_the_same_values_as_its_yaml() {
        for file in default_files() {
            let json = prebuilt_json(&file).unwrap_or_else(|| panic!("{}: no prebuilt JSON", file.name));
            let from_json: RuleFileContent =
                serde_json::from_str(json).unwrap_or_else(|e| panic!("{}: the JSON does not read: {e}", file.name));
            let from_yaml: RuleFileContent = serde_yaml::from_str(&file.text).expect("the YAML parses");
            assert_eq!(
                serde_json::to_value(&from_json).unwrap(),
                serde_json::to_value(&from_yaml).unwrap(),
                "{}",
                file.name
            );
            assert!(!from_json.is_empty(), "{}", file.name);
        }
    }

    #[test]
    fn issue_6_a_default_file_whose_text_changed_is_read_from_its_yaml() {
        let mut changed = default_files().remove(4);
        assert_eq!(changed.name, "rules/sources.yaml");
        changed
            .text
            .push_str("  - id: zz_added\n    name: Nonesuch\n    kind: person\n    side: nonesuch\n");
        assert_eq!(prebuilt_json(&changed), None);
        let mut renamed = default_files().remove(4);
        renamed.name = "mine/sources.yaml".into();
        assert_eq!(prebuilt_json(&renamed), None);
        // the change is read: its side is checked (the prebuilt JSON has no such rule)
        let diags = match load(&[vec![changed]]) {
            Ok(rs) => rs.warnings,
            Err(e) => e.diagnostics,
        };
        assert!(
            diags.iter().any(|d| d.message.contains("nonesuch")),
            "{:?}",
            diags.iter().map(|d| &d.message).collect::<Vec<_>>()
        );
    }

    fn load_over_defaults(text: &str) -> Vec<Diagnostic> {
        let mine = vec![RuleFile {
            name: "mine.yaml".into(),
            text: text.into(),
        }];
        match load(&[default_files(), mine]) {
            Ok(rs) => rs.warnings,
            Err(e) => e.diagnostics,
        }
    }

    #[test]
    fn issue_6_rules_loaded_on_any_number_of_threads_give_the_same_warnings_in_file_order() {
        let file = |name: &str, text: &str| RuleFile {
            name: name.into(),
            text: text.into(),
        };
        let mine = vec![
            file("a.yaml", "# nothing yet\n"),
            file(
                "b.yaml",
                "sources:\n  - id: zelensky-twin\n    name: Volodymyr Zelensky\n    kind: person\n    side: ukrainian\n",
            ),
            file("c.yaml", "# nothing here either\n"),
        ];
        let shown_on = |threads: usize| -> Vec<String> {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
            let warnings = pool.install(|| match load(&[default_files(), mine.clone()]) {
                Ok(rs) => rs.warnings,
                Err(e) => e.diagnostics,
            });
            warnings.iter().map(ToString::to_string).collect()
        };
        let one = shown_on(1);
        assert_eq!(one, shown_on(2));
        // each file's own warnings in the files' order, then what compiling the rules found
        let at = |file: &str| one.iter().position(|w| w.starts_with(file)).unwrap();
        assert!(at("a.yaml") < at("c.yaml") && at("c.yaml") < at("b.yaml"), "{one:#?}");
    }

    #[test]
    fn an_example_expecting_an_unknown_id_points_at_the_id() {
        let d = load_over_defaults(
            "sources:\n  - id: borzov\n    name: Serhiy Borzov\n    kind: person\n    side: ukrainian\n    examples:\n      - text: \"Serhiy Borzov said it was hit.\"\n        side: ukranian\n        kinds: [strike, interceptions]\n",
        );
        let shown: Vec<String> = d.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "mine.yaml:8:15: error in sources/borzov: example expects unknown side `ukranian` (did you mean `ukrainian`?)",
                "mine.yaml:9:25: error in sources/borzov: example expects unknown claim kind `interceptions` (did you mean `interception`?)",
            ]
        );
    }

    #[test]
    fn a_parent_loop_names_the_chain() {
        let d = load_over_defaults(
            "places:\n  - id: oleshky\n    name: Oleshky\n    kind: city\n    parent: hola-prystan\n  - id: hola-prystan\n    name: Hola Prystan\n    kind: city\n    parent: oleshky\n",
        );
        let errors: Vec<String> = d
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(ToString::to_string)
            .collect();
        assert_eq!(errors.len(), 2, "{errors:#?}");
        assert!(
            errors[0].starts_with("mine.yaml:5:13: error in places/oleshky: the parents of `oleshky` form a loop: oleshky → hola-prystan → oleshky"),
            "{}",
            errors[0]
        );
    }

    #[test]
    fn a_file_that_is_not_utf8_is_located_at_the_bad_byte() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("s.yaml"), b"sources:\n  - id: a\n    name: \xc0\xeb\n").unwrap();
        let e = dir_files(dir.path()).unwrap_err();
        let d = &e.diagnostics[0];
        assert_eq!((d.line, d.column), (Some(3), Some(11)));
        assert_eq!(d.message, "not UTF-8: invalid byte 0xC0");
        assert_eq!(d.snippet.as_deref(), Some("    name: \u{fffd}\u{fffd}"));
    }

    #[test]
    fn a_directory_without_rule_files_names_what_it_holds() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("sources.yaml.txt"), "sources: []\n").unwrap();
        let e = dir_files(dir.path()).unwrap_err();
        let hint = e.diagnostics[0].hint.clone().unwrap();
        assert!(hint.contains("found `sources.yaml.txt`"), "{hint}");
    }
}
