//! Input: turn paths into [`Document`]s — files, directories (recursively, `*.txt` and `*.md`)
//! or `-` for standard input — with their optional YAML front matter.
//!
//! Responsible for: reading bytes exactly as they are (offsets in all output point into them),
//! refusing what is not an article (binary files, invalid UTF-8, empty files) with a message
//! that names the file, and the article date that anchors "on Thursday".
//!
//! Invalid UTF-8 is an error naming the file, line, column and byte offset, because a wrong
//! encoding usually means the whole file decodes to nonsense and the user should convert it.
//! With [`Decoding::Lossy`] (`--lossy`) each byte of an invalid sequence is replaced by U+001A
//! SUBSTITUTE instead — one byte for one byte, so every offset in the output still points into
//! the file as it is on disk — and a warning says how many bytes were replaced.
//!
//! Must not: interpret the article text beyond front matter and date clues.

use std::collections::BTreeSet;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Deserialize;

use crate::rules::language::Language;

/// Article metadata from front matter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FrontMatter {
    /// Headline.
    pub title: Option<String>,
    /// Publisher.
    pub outlet: Option<String>,
    /// Publication date.
    pub date: Option<NaiveDate>,
    /// Whether `date` is an estimate (`date_estimated: true`).
    pub date_estimated: bool,
    /// Address of the article.
    pub url: Option<String>,
}

/// Where a document's date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSource {
    /// `date:` in front matter.
    FrontMatter,
    /// A full date written in the text.
    Text,
    /// No date known.
    Unknown,
}

/// One article.
#[derive(Debug, Clone)]
pub struct Document {
    /// Path as shown in output (`samples/x.txt`, `-` for stdin).
    pub path: String,
    /// The whole file as read, front matter included.
    pub text: String,
    /// Byte offset where the article body starts (after front matter).
    pub body_start: usize,
    /// Front matter, if any.
    pub meta: FrontMatter,
    /// The date relative dates are read against.
    pub date: Option<NaiveDate>,
    /// Where `date` came from.
    pub date_source: DateSource,
    /// Problems that did not stop the reading (bytes replaced under [`Decoding::Lossy`]), to be
    /// reported as warnings.
    pub warnings: Vec<InputError>,
}

/// What to do with bytes that are not valid UTF-8.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Decoding {
    /// Refuse the file, naming the first invalid byte (the default).
    #[default]
    Strict,
    /// Replace each invalid byte with U+001A SUBSTITUTE (one byte, so offsets are unchanged) and
    /// warn (`--lossy`).
    Lossy,
}

/// The character that replaces each invalid byte under [`Decoding::Lossy`]: ASCII SUB, meant for
/// exactly this ("a character that is invalid or in error"), one byte long, and a control
/// character, so tokenising skips it like a space and it never ends a sentence.
pub const SUBSTITUTE: u8 = 0x1a;

/// A problem with one input, always naming it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// The path as given or found.
    pub path: String,
    /// 1-based line, when the problem has one.
    pub line: Option<usize>,
    /// 1-based column, when the problem has one.
    pub column: Option<usize>,
    /// What is wrong and what to do.
    pub message: String,
    /// Not an error but a warning, and the run goes on: a binary file skipped on purpose, a
    /// special file in a directory, bytes replaced under `--lossy`.
    pub warning: bool,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path)?;
        if let Some(l) = self.line {
            write!(f, ":{l}")?;
            if let Some(c) = self.column {
                write!(f, ":{c}")?;
            }
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for InputError {}

impl InputError {
    fn new(path: &str, message: impl Into<String>) -> Self {
        InputError {
            path: path.to_string(),
            line: None,
            column: None,
            message: message.into(),
            warning: false,
        }
    }
}

/// One input to read: a file path or standard input.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    /// Standard input (`-`).
    Stdin,
    /// A file.
    File(PathBuf),
}

impl Source {
    /// The path as output shows it (`doc` of every statement), which is also the order
    /// documents are output in.
    pub fn shown(&self) -> String {
        match self {
            Source::Stdin => "-".to_string(),
            Source::File(p) => p.display().to_string(),
        }
    }
}

/// Expand the command-line inputs into files to read, sorted by path, duplicates removed.
/// Problems (a missing path, a directory without articles) come back beside the files, so the
/// other inputs are still processed.
pub fn expand(inputs: &[PathBuf]) -> (Vec<Source>, Vec<InputError>) {
    let mut files = BTreeSet::new();
    let mut stdin = false;
    let mut problems = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            stdin = true;
            continue;
        }
        let shown = input.display().to_string();
        match std::fs::metadata(input) {
            Err(e) => problems.push(InputError::new(&shown, format!("cannot read: {}", io_reason(&e)))),
            Ok(m) if m.is_dir() => {
                let before = files.len();
                let mut visited = BTreeSet::new();
                walk(input, &mut files, &mut problems, &mut visited, 0);
                if files.len() == before {
                    problems.push(InputError::new(
                        &shown,
                        "directory holds no articles (*.txt or *.md files)",
                    ));
                }
            }
            Ok(_) => {
                files.insert(input.clone());
            }
        }
    }
    let mut out: Vec<Source> = Vec::with_capacity(files.len() + 1);
    if stdin {
        out.push(Source::Stdin);
    }
    out.extend(files.into_iter().map(Source::File));
    (out, problems)
}

fn walk(
    dir: &Path,
    files: &mut BTreeSet<PathBuf>,
    problems: &mut Vec<InputError>,
    visited: &mut BTreeSet<PathBuf>,
    depth: usize,
) {
    let shown = dir.display().to_string();
    if depth > 64 {
        problems.push(InputError::new(
            &shown,
            "directories nested too deeply (over 64 levels); skipped",
        ));
        return;
    }
    // A symlink loop would revisit a directory: remember canonical paths.
    if let Ok(canon) = std::fs::canonicalize(dir) {
        if !visited.insert(canon) {
            return;
        }
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            problems.push(InputError::new(
                &shown,
                format!("cannot read directory: {}", io_reason(&e)),
            ));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        let article = matches!(p.extension().and_then(|e| e.to_str()), Some("txt" | "md"));
        match std::fs::metadata(&p) {
            Ok(meta) if meta.is_dir() => walk(&p, files, problems, visited, depth + 1),
            Ok(meta) if article && !meta.is_file() => {
                // a FIFO or a device would block or never end; name it to read it on purpose
                problems.push(InputError {
                    warning: true,
                    ..InputError::new(
                        &p.display().to_string(),
                        "not a regular file; skipped (name it as an input to read it)",
                    )
                })
            }
            Ok(_) if article => {
                files.insert(p);
            }
            Ok(_) => {}
            // listed, then gone or unreachable (deleted meanwhile, a dangling or looping link)
            Err(e) if article => problems.push(InputError::new(
                &p.display().to_string(),
                format!("cannot read: {}", io_reason(&e)),
            )),
            Err(_) => {}
        }
    }
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// The largest article read, in bytes (1 GiB). Analysing an article takes memory proportional to
/// its size (about 25 bytes per byte of a long file, see the README), so a bigger one would
/// exhaust memory rather than fail with a message; and nothing that big is one article. Reading
/// stops here also for a stream that never ends (`/dev/zero` named by mistake).
pub const MAX_ARTICLE_BYTES: u64 = 1 << 30;

/// Read one input into a document.
pub fn read(source: &Source, language: &Language, decoding: Decoding) -> Result<Document, InputError> {
    let (path, bytes) = match source {
        Source::Stdin => {
            let bytes = read_bounded(std::io::stdin().lock(), 0, MAX_ARTICLE_BYTES)
                .map_err(|e| InputError::new("-", format!("cannot read standard input: {e}")))?;
            ("-".to_string(), bytes)
        }
        Source::File(p) => {
            let shown = source.shown();
            let bytes = std::fs::File::open(p)
                .and_then(|f| {
                    let size = f.metadata().map(|m| m.len()).unwrap_or(0);
                    read_bounded(f, size, MAX_ARTICLE_BYTES)
                })
                .map_err(|e| InputError::new(&shown, format!("cannot read: {}", io_reason(&e))))?;
            (shown, bytes)
        }
    };
    parse_with(path, bytes, language, decoding)
}

/// Read all of `r` (about `size_hint` bytes), or fail once it passes `max` bytes.
fn read_bounded(r: impl Read, size_hint: u64, max: u64) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::with_capacity(usize::try_from(size_hint.min(max) + 1).unwrap_or(0));
    r.take(max + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Err(std::io::Error::other(format!(
            "larger than {} MiB, more than any article; split it into articles",
            max >> 20
        )));
    }
    Ok(bytes)
}

/// Build a document from raw bytes (the path is only used in messages and output), refusing
/// invalid UTF-8.
pub fn parse(path: String, bytes: Vec<u8>, language: &Language) -> Result<Document, InputError> {
    parse_with(path, bytes, language, Decoding::Strict)
}

/// Build a document from raw bytes, with a choice of what to do about invalid UTF-8.
pub fn parse_with(
    path: String,
    mut bytes: Vec<u8>,
    language: &Language,
    decoding: Decoding,
) -> Result<Document, InputError> {
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return Err(InputError::new(
            &path,
            "UTF-16 text (it starts with a UTF-16 byte order mark); convert the file to UTF-8",
        ));
    }
    if bytes[..bytes.len().min(8192)].contains(&0) {
        return Err(InputError {
            warning: true,
            ..InputError::new(&path, "binary file (contains NUL bytes); skipped")
        });
    }
    let mut warnings = Vec::new();
    if let Err(e) = std::str::from_utf8(&bytes) {
        let at = e.valid_up_to();
        let (line, column) = line_col(&bytes[..at]);
        let located = |message: String| InputError {
            line: Some(line),
            column: Some(column),
            ..InputError::new(&path, message)
        };
        match decoding {
            Decoding::Strict => {
                return Err(located(format!(
                    "not valid UTF-8 (invalid byte at offset {at}); convert the file to UTF-8, or pass --lossy to replace invalid bytes"
                )))
            }
            Decoding::Lossy => {
                let replaced = substitute_invalid(&mut bytes, at);
                warnings.push(InputError {
                    warning: true,
                    ..located(format!(
                        "not valid UTF-8: {replaced} invalid byte{} replaced with U+001A (the first at offset {at})",
                        if replaced == 1 { "" } else { "s" }
                    ))
                });
            }
        }
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        // not reached: invalid bytes were refused or replaced above
        InputError::new(
            &path,
            format!(
                "not valid UTF-8 (invalid byte at offset {})",
                e.utf8_error().valid_up_to()
            ),
        )
    })?;
    if !crate::text::has_tokens(&text) {
        return Err(InputError::new(
            &path,
            "empty article (nothing but whitespace or control characters)",
        ));
    }
    let (meta, body_start) = front_matter(&path, &text)?;
    if !crate::text::has_tokens(&text[body_start..]) {
        return Err(InputError::new(&path, "empty article (front matter but no text)"));
    }
    let (date, date_source) = match meta.date {
        Some(d) => (Some(d), DateSource::FrontMatter),
        None => match date_from_text(&text[body_start..], language) {
            Some(d) => (Some(d), DateSource::Text),
            None => (None, DateSource::Unknown),
        },
    };
    Ok(Document {
        path,
        text,
        body_start,
        meta,
        date,
        date_source,
        warnings,
    })
}

/// Replace every byte of every invalid UTF-8 sequence from `from` on with [`SUBSTITUTE`], in one
/// pass; returns how many bytes were replaced.
fn substitute_invalid(bytes: &mut [u8], from: usize) -> usize {
    let mut pos = from;
    let mut replaced = 0;
    while pos < bytes.len() {
        match std::str::from_utf8(&bytes[pos..]) {
            Ok(_) => break,
            Err(e) => {
                let bad_start = pos + e.valid_up_to();
                let bad_end = match e.error_len() {
                    Some(n) => bad_start + n,
                    None => bytes.len(), // a sequence cut off by the end of the file
                };
                bytes[bad_start..bad_end].fill(SUBSTITUTE);
                replaced += bad_end - bad_start;
                pos = bad_end;
            }
        }
    }
    replaced
}

fn line_col(prefix: &[u8]) -> (usize, usize) {
    let line = prefix.iter().filter(|&&b| b == b'\n').count() + 1;
    let col = prefix.len() - prefix.iter().rposition(|&b| b == b'\n').map(|p| p + 1).unwrap_or(0) + 1;
    (line, col)
}

#[derive(Deserialize)]
struct RawFrontMatter {
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    outlet: Option<String>,
    #[serde(default)]
    date: Option<serde_yaml::Value>,
    #[serde(default)]
    date_estimated: Option<bool>,
    #[serde(default)]
    url: Option<String>,
}

/// Parse front matter between `---` lines at the start; returns it and where the body starts.
fn front_matter(path: &str, text: &str) -> Result<(FrontMatter, usize), InputError> {
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let rest = &text[bom..];
    let first_line_end = rest.find('\n').map(|i| i + 1).unwrap_or(rest.len());
    if rest[..first_line_end].trim_end() != "---" {
        return Ok((FrontMatter::default(), 0));
    }
    let yaml_start = bom + first_line_end;
    let mut pos = yaml_start;
    let mut close = None;
    for line in text[yaml_start..].split_inclusive('\n') {
        if line.trim_end() == "---" || line.trim_end() == "..." {
            close = Some((pos, pos + line.len()));
            break;
        }
        pos += line.len();
    }
    let Some((yaml_end, body_start)) = close else {
        return Err(InputError {
            line: Some(1),
            column: Some(1),
            ..InputError::new(path, "front matter starts with `---` but has no closing `---` line")
        });
    };
    let yaml = &text[yaml_start..yaml_end];
    let line_offset = text[..yaml_start].matches('\n').count();
    let raw: RawFrontMatter = if yaml.trim().is_empty() {
        RawFrontMatter {
            title: None,
            outlet: None,
            date: None,
            date_estimated: None,
            url: None,
        }
    } else {
        crate::yaml::check(yaml).map_err(|r| InputError {
            line: r.line.map(|l| l + line_offset),
            column: r.column,
            ..InputError::new(path, format!("invalid front matter: {}", r.message))
        })?;
        serde_yaml::from_str(yaml).map_err(|e| {
            let loc = e.location();
            let msg = e.to_string();
            let msg = msg.split(" at line ").next().unwrap_or(&msg).to_string();
            InputError {
                line: loc.as_ref().map(|l| l.line() + line_offset),
                column: loc.as_ref().map(|l| l.column()),
                ..InputError::new(path, format!("invalid front matter: {msg}"))
            }
        })?
    };
    let date = match &raw.date {
        None | Some(serde_yaml::Value::Null) => None,
        Some(v) => {
            let s = match v {
                serde_yaml::Value::String(s) => s.clone(),
                other => serde_yaml::to_string(other).unwrap_or_default().trim().to_string(),
            };
            let parsed = NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| {
                let line = yaml
                    .lines()
                    .position(|l| l.trim_start().starts_with("date:"))
                    .map(|i| i + 1 + line_offset);
                InputError {
                    line,
                    column: Some(1),
                    ..InputError::new(
                        path,
                        format!(
                            "invalid front matter: date `{}` is not a date like 2024-09-07",
                            s.trim()
                        ),
                    )
                }
            })?;
            Some(parsed)
        }
    };
    Ok((
        FrontMatter {
            title: raw.title,
            outlet: raw.outlet,
            date,
            date_estimated: raw.date_estimated.unwrap_or(false),
            url: raw.url,
        },
        body_start,
    ))
}

/// Size of the pieces [`date_from_text`] tokenises one at a time, so that looking for a date in
/// a file of hundreds of megabytes needs memory for 64 KiB of tokens, not for the whole file. A
/// date cut in two by a piece boundary (only possible in text longer than this) is missed.
const DATE_PIECE_BYTES: usize = 64 * 1024;

/// The latest full date written in the text ("September 1, 2023", "1 September 2023",
/// "2024-11-25"), as a guess at the publication date of an article without front matter.
pub fn date_from_text(text: &str, language: &Language) -> Option<NaiveDate> {
    crate::text::bounded_pieces(text, DATE_PIECE_BYTES)
        .into_iter()
        .filter_map(|(a, b)| latest_date(&text[a..b], language))
        .max()
}

/// [`date_from_text`] on one piece of text.
fn latest_date(text: &str, language: &Language) -> Option<NaiveDate> {
    let t = crate::text::tokenize(text, 0);
    let mut best: Option<NaiveDate> = None;
    let mut consider = |d: Option<NaiveDate>| {
        if let Some(d) = d {
            if best.is_none_or(|b| d > b) {
                best = Some(d);
            }
        }
    };
    let n = t.len();
    for i in 0..n {
        let w = t.word(i);
        if let Some(&m) = language.months.get(w.trim_end_matches('.')) {
            // Month D, YYYY
            if i + 3 < n + 1 && i + 1 < n {
                let day = t.word(i + 1).parse::<u32>().ok();
                let year_idx = if i + 2 < n && t.word(i + 2) == "," {
                    i + 3
                } else {
                    i + 2
                };
                let year = (year_idx < n).then(|| t.word(year_idx).parse::<i32>().ok()).flatten();
                if let (Some(d), Some(y)) = (day, year) {
                    if (1900..2200).contains(&y) {
                        consider(NaiveDate::from_ymd_opt(y, m, d));
                    }
                }
            }
            // D Month YYYY
            if i >= 1 && i + 1 < n {
                if let (Ok(d), Ok(y)) = (t.word(i - 1).parse::<u32>(), t.word(i + 1).parse::<i32>()) {
                    if (1900..2200).contains(&y) {
                        consider(NaiveDate::from_ymd_opt(y, m, d));
                    }
                }
            }
        }
        // ISO dates are tokenised as one word with hyphens: 2024-11-25
        if w.len() == 10 && w.as_bytes()[4] == b'-' {
            consider(NaiveDate::parse_from_str(w, "%Y-%m-%d").ok());
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang() -> Language {
        crate::rules::load_default().expect("default rules").language
    }

    #[test]
    fn front_matter_is_parsed_and_body_offset_kept() {
        let text = "---\ntitle: T\noutlet: AFP\ndate: 2024-09-07\ndate_estimated: true\n---\nKYIV - Text.\n";
        let d = parse("a.txt".into(), text.as_bytes().to_vec(), &lang()).unwrap();
        assert_eq!(d.meta.outlet.as_deref(), Some("AFP"));
        assert_eq!(d.date, NaiveDate::from_ymd_opt(2024, 9, 7));
        assert!(d.meta.date_estimated);
        assert_eq!(&d.text[d.body_start..], "KYIV - Text.\n");
    }

    #[test]
    fn wrong_date_names_the_line() {
        let text = "---\ntitle: T\ndate: 2024-13-07\n---\nText.\n";
        let e = parse("a.txt".into(), text.as_bytes().to_vec(), &lang()).unwrap_err();
        assert_eq!(e.line, Some(3));
        assert!(
            e.to_string()
                .starts_with("a.txt:3:1: invalid front matter: date `2024-13-07`"),
            "{e}"
        );
    }

    #[test]
    fn invalid_utf8_and_empty_and_binary_are_refused() {
        let e = parse("x.txt".into(), b"ab\n\xffcd".to_vec(), &lang()).unwrap_err();
        assert_eq!((e.line, e.column), (Some(2), Some(1)));
        assert!(e.message.contains("offset 3"));
        assert!(parse("x.txt".into(), b"  \n\t".to_vec(), &lang())
            .unwrap_err()
            .message
            .contains("empty"));
        assert!(parse("x.txt".into(), b"a\0b".to_vec(), &lang()).unwrap_err().warning);
    }

    #[test]
    fn issue_7_reading_stops_at_the_limit_even_for_an_endless_stream() {
        let limit = 3 << 20;
        assert_eq!(read_bounded(&b"abc"[..], 3, limit).unwrap(), b"abc");
        let e = read_bounded(std::io::repeat(b'a'), 0, limit).unwrap_err();
        assert_eq!(
            e.to_string(),
            "larger than 3 MiB, more than any article; split it into articles"
        );
    }

    #[test]
    fn date_is_read_from_the_text_when_there_is_no_front_matter() {
        let l = lang();
        assert_eq!(
            date_from_text("Published September 1, 2023. Drones hit.", &l),
            NaiveDate::from_ymd_opt(2023, 9, 1)
        );
        assert_eq!(
            date_from_text("On 25 November 2024 the Kremlin said", &l),
            NaiveDate::from_ymd_opt(2024, 11, 25)
        );
        assert_eq!(date_from_text("on January 20, having argued", &l), None);
    }
}
