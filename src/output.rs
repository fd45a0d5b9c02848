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
        let mut out = self.open()?;
        out.write_all(bytes).map_err(|e| out.error(e))?;
        out.finish()
    }

    /// Start writing: what is written goes to standard output as it comes, or to a temporary
    /// file beside the target that only [`Output::finish`] puts in place, so an error half-way
    /// leaves the old file (or none), never half a report.
    pub fn open(&self) -> anyhow::Result<Output> {
        Ok(match self {
            Destination::Stdout => Output::Stdout(std::io::BufWriter::with_capacity(1 << 16, std::io::stdout())),
            Destination::File(path) => {
                let dir = parent_dir(path);
                let tmp = tempfile::NamedTempFile::new_in(&dir).with_context(|| {
                    format!(
                        "cannot write {}: cannot create a temporary file in {}",
                        path.display(),
                        dir.display()
                    )
                })?;
                Output::File {
                    tmp: std::io::BufWriter::with_capacity(1 << 16, tmp),
                    path: path.clone(),
                }
            }
        })
    }
}

/// Output being written (see [`Destination::open`]). Dropped without [`Output::finish`], a file
/// output deletes its temporary file.
#[derive(Debug)]
pub enum Output {
    /// Standard output, buffered.
    Stdout(std::io::BufWriter<std::io::Stdout>),
    /// A temporary file that becomes `path`.
    File {
        /// The temporary file, buffered.
        tmp: std::io::BufWriter<tempfile::NamedTempFile>,
        /// Where it goes when complete.
        path: PathBuf,
    },
}

impl Output {
    /// Flush, and put a file output in place.
    pub fn finish(self) -> anyhow::Result<()> {
        match self {
            Output::Stdout(mut w) => {
                w.flush()?;
                Ok(())
            }
            Output::File { tmp, path } => {
                let tmp = tmp
                    .into_inner()
                    .map_err(|e| e.into_error())
                    .with_context(|| format!("writing {}", path.display()))?;
                tmp.as_file().sync_all().ok();
                tmp.persist(&path)
                    .map_err(|e| e.error)
                    .with_context(|| format!("cannot write {}", path.display()))?;
                Ok(())
            }
        }
    }

    /// A write error, naming the file written.
    pub fn error(&self, e: std::io::Error) -> anyhow::Error {
        match self {
            Output::Stdout(_) => e.into(),
            Output::File { path, .. } => anyhow::Error::new(e).context(format!("writing {}", path.display())),
        }
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Output::Stdout(w) => w.write(buf),
            Output::File { tmp, .. } => tmp.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        match self {
            Output::Stdout(w) => w.write_all(buf),
            Output::File { tmp, .. } => tmp.write_all(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Output::Stdout(w) => w.flush(),
            Output::File { tmp, .. } => tmp.flush(),
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
    Destination::File(path.to_path_buf()).write(bytes)
}
