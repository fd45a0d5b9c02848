//! The default rule files, parsed once when the tool is built instead of on every run.
//!
//! Parsing 768 kB of YAML was three quarters of the work of loading the default rules (issue 6:
//! every command pays it at start-up, one article or a million). Each embedded file is turned
//! into JSON here, which the tool reads about ten times faster with the same serde types
//! (`src/rules/mod.rs`, `DEFAULT_FILES`). The YAML stays the source and what every message points
//! into; the JSON is only a faster way to the same values.
//!
//! A file that does not parse gets an empty JSON text, so the build never fails on a rule
//! author's mistake: the tool then parses that file's YAML as it parses any user file, and
//! reports the mistake with its line and column.

use std::{env, fs, path::Path};

/// The embedded rule files, as `src/rules/mod.rs` lists them.
const RULE_FILES: &[&str] = &["language", "sides", "places", "targets", "sources", "cues", "claims"];

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for name in RULE_FILES {
        let yaml = format!("rules/{name}.yaml");
        println!("cargo:rerun-if-changed={yaml}");
        let json = fs::read_to_string(&yaml)
            .ok()
            .and_then(|text| serde_yaml::from_str::<serde_json::Value>(&text).ok())
            .and_then(|value| serde_json::to_string(&value).ok())
            .unwrap_or_default();
        fs::write(Path::new(&out).join(format!("{name}.json")), json).expect("write to OUT_DIR");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
