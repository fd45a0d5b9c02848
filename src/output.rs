//! Where output goes: standard output, or a file written atomically (a temporary file in the
//! same directory, renamed over the target when complete), so a crash or an error never leaves a
//! half-written report, and an input file is never overwritten.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context as _};

use crate::input::Source;

/// An output destination, checked before any work starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Destination {
    /// Standard output.
    Stdout,
    /// A file, replaced atomically.
    File(PathBuf),
}

impl Destination {
    /// Check `-o FILE` before the work starts: its directory exists and it is not one of the
    /// inputs.
    pub fn check(path: Option<&Path>, inputs: &[Source]) -> anyhow::Result<Destination> {
        let Some(path) = path else {
            return Ok(Destination::Stdout);
        };
        if path.as_os_str() == "-" {
            return Ok(Destination::Stdout);
        }
        let dir = parent_dir(path);
        if !dir.is_dir() {
            bail!(
                "cannot write {}: directory {} does not exist",
                path.display(),
                dir.display()
            );
        }
        if path.is_dir() {
            bail!("cannot write {}: it is a directory", path.display());
        }
        if let Ok(target) = std::fs::canonicalize(path) {
            for s in inputs {
                if let Source::File(f) = s {
                    if std::fs::canonicalize(f).is_ok_and(|c| c == target) {
                        bail!("refusing to write {}: it is one of the inputs", path.display());
                    }
                }
            }
        }
        Ok(Destination::File(path.to_path_buf()))
    }

    /// Write `bytes` in full.
    pub fn write(&self, bytes: &[u8]) -> anyhow::Result<()> {
        match self {
            Destination::Stdout => {
                let mut out = std::io::stdout().lock();
                out.write_all(bytes)?;
                out.flush()?;
                Ok(())
            }
            Destination::File(path) => write_atomically(path, bytes),
        }
    }
}

fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Write `bytes` to `path` through a temporary file in the same directory and a rename.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let dir = parent_dir(path);
    let mut tmp = tempfile::NamedTempFile::new_in(&dir).with_context(|| {
        format!(
            "cannot write {}: cannot create a temporary file in {}",
            path.display(),
            dir.display()
        )
    })?;
    tmp.write_all(bytes)
        .with_context(|| format!("writing {}", path.display()))?;
    tmp.as_file().sync_all().ok();
    tmp.persist(path)
        .map_err(|e| e.error)
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}
