//! Helpers for the unit tests of every stage: run the pipeline on a literal text with the
//! default rules (loaded once) and look at one statement.
#![cfg(test)]

use std::sync::OnceLock;

use crate::locate::Statement;
use crate::rules::RuleSet;

/// The embedded default rules, loaded once per test binary.
pub fn rules() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| crate::rules::load_default().expect("default rules load"))
}

/// Statements of `text` with the default rules, as if it were an article dated `date`.
pub fn statements_dated(text: &str, date: &str) -> Vec<Statement> {
    let full = format!("---\ndate: {date}\n---\n{text}");
    let doc = crate::input::parse("t.txt".into(), full.into_bytes(), &rules().language).expect("test article parses");
    crate::pipeline::analyse(&doc, rules())
}

/// Statements of `text` (an undated article).
pub fn statements(text: &str) -> Vec<Statement> {
    let doc =
        crate::input::parse("t.txt".into(), text.as_bytes().to_vec(), &rules().language).expect("test article parses");
    crate::pipeline::analyse(&doc, rules())
}

/// The statement containing `needle`.
pub fn find<'a>(all: &'a [Statement], needle: &str) -> &'a Statement {
    all.iter().find(|s| s.text.contains(needle)).unwrap_or_else(|| {
        panic!(
            "no statement contains {needle:?}: {:#?}",
            all.iter().map(|s| &s.text).collect::<Vec<_>>()
        )
    })
}

/// Side id of a statement.
pub fn side(s: &Statement) -> &'static str {
    rules().sides.id_of(s.side)
}

/// Speaker name of a statement.
pub fn speaker(s: &Statement) -> Option<&str> {
    s.speaker.as_ref().map(|sp| &*sp.name)
}

/// Claim kind ids of a statement.
pub fn kinds(s: &Statement) -> Vec<&'static str> {
    s.kinds.iter().map(|&k| rules().claims.kinds[k].id.as_str()).collect()
}

/// Primary place id of a statement.
pub fn place(s: &Statement) -> Option<&'static str> {
    s.places.first().map(|&p| rules().places.list[p].id.as_str())
}

/// Side and speaker of the statement containing `needle` in `text`.
pub fn who(text: &str, needle: &str) -> (&'static str, Option<String>) {
    let all = statements(text);
    let s = find(&all, needle);
    (side(s), speaker(s).map(str::to_string))
}
