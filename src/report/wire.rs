//! The output contract, format version 1: the JSON that other tools and CI scripts read.
//!
//! `statements --format json|jsonl` emits [`WireStatement`] objects, one per statement (a
//! sentence, or a clause when one sentence carries two speakers), in document order:
//!
//! | key | type | meaning |
//! |---|---|---|
//! | `doc` | string | the article's path as given (directories expanded), `-` for stdin |
//! | `start`, `end` | integer | byte offsets into the file as read (front matter included) |
//! | `line` | integer | 1-based line of `start` |
//! | `text` | string | the statement, exactly the bytes `start..end` |
//! | `side` | string | a side id of the rules (`ukrainian`, `russian`, `third_party`) or `unattributed` |
//! | `speaker` | string or null | canonical name of a known source, else the article's words |
//! | `source` | string or null | source id in the rules when the speaker is a known source |
//! | `cue` | string or null | the speech cue as written (`said`, `according to`) |
//! | `kinds` | array of strings | claim kind ids |
//! | `place` | string or null | place id of the incident |
//! | `incident` | string or null | incident key `<place>@<date>` (`<place>` when the date is unknown) |
//! | `rules` | array of strings | ids of the rules that decided the answer (`sources/sobyanin`, `cues/said`) |
//!
//! `compare --format json` emits one [`WireComparison`]: `{"version":1,"incidents":[...]}`, each
//! incident `{"id","place","date","target","statements":{<side id>:[...]...},"conflicts":[{"kind",
//! "a","b","score"}]}` with statement objects as above. Every key is always present: absent
//! values are `null` or `[]`. Change a key only together with a new `version`.

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

/// Format version of everything in this module.
pub const VERSION: u32 = 1;

/// One statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WireStatement {
    /// Article path.
    pub doc: String,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset after the last byte.
    pub end: usize,
    /// 1-based line.
    pub line: usize,
    /// The statement text.
    pub text: String,
    /// Side id or `unattributed`.
    pub side: String,
    /// Speaker name.
    pub speaker: Option<String>,
    /// Source id.
    pub source: Option<String>,
    /// Cue as written.
    pub cue: Option<String>,
    /// Claim kind ids.
    pub kinds: Vec<String>,
    /// Place id.
    pub place: Option<String>,
    /// Incident key.
    pub incident: Option<String>,
    /// Rule ids.
    pub rules: Vec<String>,
}

/// One conflicting pair.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WireConflict {
    /// Conflict id of the rules (`hit_vs_intercepted`).
    pub kind: String,
    /// One statement.
    pub a: WireStatement,
    /// The other.
    pub b: WireStatement,
    /// Confidence 0–1.
    pub score: f64,
}

/// One incident.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WireIncident {
    /// `<place>@<date>`.
    pub id: String,
    /// Place id.
    pub place: String,
    /// `YYYY-MM-DD` or null.
    pub date: Option<String>,
    /// Target label or null.
    pub target: Option<String>,
    /// Statements of the incident by side id, in the rules' side order (every side present).
    pub statements: IndexMap<String, Vec<WireStatement>>,
    /// Conflicting pairs.
    pub conflicts: Vec<WireConflict>,
}

/// The whole comparison.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WireComparison {
    /// Always [`VERSION`].
    pub version: u32,
    /// Incidents.
    pub incidents: Vec<WireIncident>,
}
