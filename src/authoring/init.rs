//! `counterclaim rules init DIR`: a starter rule set to edit.
//!
//! Most users want to add a speaker or a place, not to copy the whole default set, so the
//! starter is one small overlay file (a source and a place with examples, and comments on the
//! rest) plus the JSON Schema for the editor. `--full` copies the whole default set instead,
//! for users who want to change everything and run with `--no-default-rules`. Nothing already in
//! DIR is ever overwritten.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context as _};

/// The starter overlay, kept in `rules/starter/` with the other rule text.
const STARTER: &str = include_str!("../../rules/starter/local.yaml");

/// Write the starter set (or the full default set) into `dir`, creating it when missing.
/// Returns the files written. Fails, writing nothing, if any of them exists already.
pub fn init(dir: &Path, full: bool) -> anyhow::Result<Vec<PathBuf>> {
    let mut files: Vec<(PathBuf, String)> = Vec::new();
    if full {
        for f in crate::rules::default_files() {
            let name = Path::new(&f.name).file_name().map(PathBuf::from).unwrap_or_default();
            files.push((dir.join(name), with_modeline(&f.text)));
        }
    } else {
        files.push((dir.join("local.yaml"), STARTER.to_string()));
    }
    files.push((dir.join("schema.json"), super::schema::schema_json()));
    if let Some((p, _)) = files.iter().find(|(p, _)| p.exists()) {
        bail!(
            "{} exists already; rules init never overwrites a file (choose an empty or new directory)",
            p.display()
        );
    }
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut written = Vec::new();
    for (path, text) in files {
        crate::output::write_atomically(&path, text.as_bytes())
            .with_context(|| format!("cannot write {}", path.display()))?;
        written.push(path);
    }
    Ok(written)
}

/// Point the YAML language server at the schema written beside the file.
fn with_modeline(text: &str) -> String {
    if text.starts_with("# yaml-language-server:") {
        text.to_string()
    } else {
        format!("# yaml-language-server: $schema=schema.json\n{text}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_starter_set_loads_over_the_defaults_and_its_examples_pass() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("mine");
        let written = init(&target, false).unwrap();
        assert_eq!(written.len(), 2);
        let files = crate::rules::dir_files(&target).unwrap();
        let rules = crate::rules::load(&[crate::rules::default_files(), files]).unwrap();
        let report = crate::authoring::examples::run(&rules, Some("ochakiv"));
        assert!(!report.results.is_empty());
        let report = crate::authoring::examples::run(&rules, None);
        let failed: Vec<_> = report
            .results
            .iter()
            .filter(|r| r.at.starts_with(&target.display().to_string()))
            .filter(|r| r.status != crate::authoring::examples::Status::Passed)
            .collect();
        assert!(failed.is_empty(), "{failed:#?}");
        // never over existing work
        let err = init(&target, false).unwrap_err().to_string();
        assert!(err.contains("exists already"), "{err}");
    }

    #[test]
    fn the_full_set_loads_alone() {
        let dir = tempfile::tempdir().unwrap();
        init(dir.path(), true).unwrap();
        let files = crate::rules::dir_files(dir.path()).unwrap();
        assert_eq!(files.len(), crate::rules::DEFAULT_FILES.len());
        crate::rules::load(&[files]).unwrap();
    }
}
