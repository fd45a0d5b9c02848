//! The default rule files, parsed once when the tool is built instead of on every run.
//!
//! Parsing 768 kB of YAML was three quarters of the work of loading the default rules (issue 6:
//! every command pays it at start-up, one article or a million). Each embedded file is turned
//! into JSON here, which the tool reads about ten times faster with the same serde types. The
//! YAML stays the source and what every message points into; the JSON is only a faster way to
//! the same values.
//!
//! [`RULE_FILES`] is the one list of default files: this script writes the tables that
//! `src/rules/mod.rs` embeds (`DEFAULT_FILES`, the YAML, and `DEFAULT_JSON`, the JSON), in its
//! order. A file that does not parse gets an empty JSON text, so the build never fails on a rule
//! author's mistake: the tool then parses that file's YAML as it parses any user file, and
//! reports the mistake with its line and column.

use std::{env, fs, path::Path};

/// The default rule files under `rules/`, in the order they are loaded.
const RULE_FILES: &[&str] = &["language", "sides", "places", "targets", "sources", "cues", "claims"];

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let root = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let mut files = String::from("[\n");
    let mut jsons = String::from("[\n");
    for name in RULE_FILES {
        let yaml = Path::new(&root).join("rules").join(format!("{name}.yaml"));
        let json_path = Path::new(&out).join(format!("{name}.json"));
        println!("cargo:rerun-if-changed={}", yaml.display());
        let json = fs::read_to_string(&yaml)
            .ok()
            .and_then(|text| serde_yaml::from_str::<serde_json::Value>(&text).ok())
            .and_then(|value| serde_json::to_string(&value).ok())
            .unwrap_or_default();
        fs::write(&json_path, json).expect("write to OUT_DIR");
        let (yaml, json_path) = (yaml.display().to_string(), json_path.display().to_string());
        files.push_str(&format!("    (\"rules/{name}.yaml\", include_str!({yaml:?})),\n"));
        jsons.push_str(&format!("    include_str!({json_path:?}),\n"));
    }
    files.push(']');
    jsons.push(']');
    fs::write(Path::new(&out).join("default_files.rs"), files).expect("write to OUT_DIR");
    fs::write(Path::new(&out).join("default_json.rs"), jsons).expect("write to OUT_DIR");
    println!("cargo:rerun-if-changed=build.rs");
}
