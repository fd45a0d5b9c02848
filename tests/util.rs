//! Shared helpers for the integration tests: a command builder for the real binary, paths, temp
//! dirs, and an independent copy of the JSON output contract (so a change to the crate's wire
//! types that breaks the contract fails here).
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde::Deserialize;

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `samples/` as an absolute path.
pub fn samples() -> PathBuf {
    root().join("samples")
}

/// The binary, with a fixed table width, no colour, and run from a directory that holds no
/// rules (so the embedded defaults are what is tested).
pub fn cc() -> Command {
    let mut c = Command::cargo_bin("counterclaim").expect("binary builds");
    c.env("COLUMNS", "120")
        .env("NO_COLOR", "1")
        .env_remove("RUST_BACKTRACE")
        .current_dir(std::env::temp_dir());
    c
}

/// A fresh temporary directory.
pub fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

/// Write `text` to `dir/name` and return the path.
pub fn write(dir: &Path, name: &str, text: impl AsRef<[u8]>) -> PathBuf {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&p, text).unwrap();
    p
}

/// Replace temporary and repository paths in `s` so snapshots do not depend on the machine.
pub fn scrub(s: &str, dirs: &[&Path]) -> String {
    let mut out = s.to_string();
    for d in dirs {
        out = out.replace(&d.display().to_string(), "[DIR]");
    }
    out.replace(&root().display().to_string(), "[ROOT]")
}

/// Output contract v1: one statement. Every key must be present (checked separately on the raw
/// JSON); unknown keys are rejected.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub doc: String,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub text: String,
    pub side: String,
    pub speaker: Option<String>,
    pub source: Option<String>,
    pub cue: Option<String>,
    pub kinds: Vec<String>,
    pub place: Option<String>,
    pub incident: Option<String>,
    pub rules: Vec<String>,
}

/// The keys a statement object must always carry.
pub const STATEMENT_KEYS: [&str; 13] = [
    "doc", "start", "end", "line", "text", "side", "speaker", "source", "cue", "kinds", "place", "incident", "rules",
];

/// Output contract v1: a conflicting pair.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    pub kind: String,
    pub a: Statement,
    pub b: Statement,
    pub score: f64,
}

/// Output contract v1: an incident.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Incident {
    pub id: String,
    pub place: String,
    pub date: Option<String>,
    pub target: Option<String>,
    pub statements: std::collections::BTreeMap<String, Vec<Statement>>,
    pub conflicts: Vec<Conflict>,
}

/// Output contract v1: `compare --format json`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Comparison {
    pub version: u32,
    pub incidents: Vec<Incident>,
}

/// Check that every statement object in a JSON value carries every key.
pub fn assert_all_keys(v: &serde_json::Value) {
    match v {
        serde_json::Value::Object(m) => {
            if m.contains_key("side") && m.contains_key("start") {
                for k in STATEMENT_KEYS {
                    assert!(m.contains_key(k), "statement without key `{k}`: {v}");
                }
            }
            m.values().for_each(assert_all_keys);
        }
        serde_json::Value::Array(a) => a.iter().for_each(assert_all_keys),
        _ => {}
    }
}
