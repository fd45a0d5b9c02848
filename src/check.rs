//! Regression snapshots of sample articles: what `counterclaim check` compares and `--bless`
//! writes.
//!
//! One YAML file per article in `SAMPLES_DIR/expected/<article stem>.yaml`, readable in a pull
//! request: a header (tool version, output format version, fingerprint of the rule set), then one
//! block per statement (line, text, side, speaker, kinds, incident) and one block per conflicting
//! pair that involves the article. Nothing volatile is recorded: no absolute path, no time.
//!
//! Responsible for: building snapshots from the pipeline's output, reading them back strictly,
//! and describing differences statement by statement (matched by their text, so a changed side
//! reads "old → new" with the sentence) and pair by pair (added or lost).
//! Must not: decide anything about the articles; it compares answers.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::locate::Statement;
use crate::pairing::Comparison;
use crate::report::wire::VERSION;
use crate::rules::RuleSet;

/// One article's expected answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    /// Version of counterclaim that wrote the snapshot.
    pub counterclaim: String,
    /// Output format version of the answers.
    pub format: u32,
    /// Fingerprint of the rule set that produced them.
    pub rules: String,
    /// The article's file name, relative to the samples directory.
    pub article: String,
    /// Every statement, in document order.
    pub statements: Vec<SnapStatement>,
    /// Every conflicting pair with a statement from this article.
    pub conflicts: Vec<SnapConflict>,
}

/// One statement in a snapshot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SnapStatement {
    /// 1-based line.
    pub line: usize,
    /// The statement's text.
    pub text: String,
    /// Side id or `unattributed`.
    pub side: String,
    /// Speaker, if any.
    pub speaker: Option<String>,
    /// Claim kind ids.
    pub kinds: Vec<String>,
    /// Incident key, if any.
    pub incident: Option<String>,
}

/// One conflicting pair in a snapshot.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SnapConflict {
    /// Conflict id.
    pub kind: String,
    /// Incident id.
    pub incident: String,
    /// One statement, as `article:line: text`.
    pub a: String,
    /// The other.
    pub b: String,
}

/// Build the snapshots of every document. `name_of` turns a document path into its name
/// relative to the samples directory.
pub fn snapshots(
    statements: &[Statement],
    cmp: &Comparison,
    rules: &RuleSet,
    name_of: &dyn Fn(&str) -> String,
) -> BTreeMap<String, Snapshot> {
    let mut out: BTreeMap<String, Snapshot> = BTreeMap::new();
    for s in statements {
        let name = name_of(&s.doc);
        let snap = out.entry(name.clone()).or_insert_with(|| Snapshot {
            counterclaim: env!("CARGO_PKG_VERSION").to_string(),
            format: VERSION,
            rules: rules.fingerprint.clone(),
            article: name,
            statements: Vec::new(),
            conflicts: Vec::new(),
        });
        snap.statements.push(SnapStatement {
            line: s.line as usize,
            text: s.text.trim().to_string(),
            side: rules.sides.id_of(s.side).to_string(),
            speaker: s.speaker.as_ref().map(|sp| sp.name.to_string()),
            kinds: s.kinds.iter().map(|&k| rules.claims.kinds[k].id.clone()).collect(),
            incident: s.incident().map(str::to_string),
        });
    }
    let refer = |i: usize| {
        format!(
            "{}:{}: {}",
            name_of(&statements[i].doc),
            statements[i].line,
            statements[i].text.trim()
        )
    };
    for inc in &cmp.incidents {
        for c in &inc.conflicts {
            let pair = SnapConflict {
                kind: rules.claims.conflicts[c.rule()].id.clone(),
                incident: inc.id.clone(),
                a: refer(c.a()),
                b: refer(c.b()),
            };
            let mut docs = vec![name_of(&statements[c.a()].doc), name_of(&statements[c.b()].doc)];
            docs.dedup();
            for d in docs {
                if let Some(snap) = out.get_mut(&d) {
                    if !snap.conflicts.contains(&pair) {
                        snap.conflicts.push(pair.clone());
                    }
                }
            }
        }
    }
    for snap in out.values_mut() {
        snap.conflicts.sort();
    }
    out
}

/// The snapshot file of an article: `expected/<stem>.yaml` (subdirectories keep their path).
pub fn snapshot_path(expected_dir: &Path, article: &str) -> PathBuf {
    let stem = match article.rsplit_once('.') {
        Some((s, _)) => s,
        None => article,
    };
    expected_dir.join(format!("{stem}.yaml"))
}

/// Text of a snapshot file: a comment that says how it is made, then the YAML.
pub fn render(snap: &Snapshot) -> String {
    let yaml = serde_yaml::to_string(snap).expect("snapshots always serialise");
    format!("# counterclaim check snapshot: the expected answers for {}.\n# Review changes like code; regenerate with `counterclaim check --bless`.\n{yaml}", snap.article)
}

/// Read a snapshot file; errors name the file, line and column.
pub fn read(path: &Path) -> anyhow::Result<Snapshot> {
    let text =
        std::fs::read_to_string(path).map_err(|e| anyhow::anyhow!("{}: cannot read snapshot: {e}", path.display()))?;
    serde_yaml::from_str(&text).map_err(|e| {
        let d = crate::rules::yaml_diagnostic(&path.display().to_string(), &e, None);
        anyhow::anyhow!(
            "{}: invalid snapshot: {} (fix it by hand or regenerate it with `counterclaim check --bless`)",
            d.location(),
            d.message
        )
    })
}

/// One difference between a snapshot and a new answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Difference {
    /// Article file name.
    pub file: String,
    /// 1-based line of the statement (the new line, or the old one when it is gone).
    pub line: usize,
    /// What changed, readable.
    pub message: String,
}

/// The result of comparing one article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Same answers.
    Same,
    /// Different answers.
    Changed,
    /// No snapshot yet.
    New,
    /// A snapshot whose article is gone.
    Missing,
}

/// Compare an article's snapshot with its new answers.
pub fn diff(old: &Snapshot, new: &Snapshot) -> Vec<Difference> {
    let mut out = Vec::new();
    let file = new.article.clone();
    // statements by text (and occurrence, for repeated texts)
    let key = |list: &[SnapStatement]| -> BTreeMap<(String, usize), SnapStatement> {
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        list.iter()
            .map(|s| {
                let n = seen.entry(s.text.clone()).or_default();
                *n += 1;
                ((s.text.clone(), *n), s.clone())
            })
            .collect()
    };
    let (o, n) = (key(&old.statements), key(&new.statements));
    let quote = |t: &str| {
        let short: String = t.chars().take(120).collect();
        if short.len() < t.len() {
            format!("“{short}…”")
        } else {
            format!("“{short}”")
        }
    };
    let show = |v: &Option<String>| v.clone().unwrap_or_else(|| "none".into());
    for (k, ns) in &n {
        match o.get(k) {
            None => out.push(Difference {
                file: file.clone(),
                line: ns.line,
                message: format!("new statement ({}): {}", ns.side, quote(&ns.text)),
            }),
            Some(os) => {
                let mut changes = Vec::new();
                if os.side != ns.side {
                    changes.push(format!("side {} → {}", os.side, ns.side));
                }
                if os.speaker != ns.speaker {
                    changes.push(format!("speaker {} → {}", show(&os.speaker), show(&ns.speaker)));
                }
                if os.kinds != ns.kinds {
                    changes.push(format!("kinds [{}] → [{}]", os.kinds.join(", "), ns.kinds.join(", ")));
                }
                if os.incident != ns.incident {
                    changes.push(format!("incident {} → {}", show(&os.incident), show(&ns.incident)));
                }
                if !changes.is_empty() {
                    out.push(Difference {
                        file: file.clone(),
                        line: ns.line,
                        message: format!("{}: {}", changes.join("; "), quote(&ns.text)),
                    });
                }
            }
        }
    }
    for (k, os) in &o {
        if !n.contains_key(k) {
            out.push(Difference {
                file: file.clone(),
                line: os.line,
                message: format!("statement gone ({}): {}", os.side, quote(&os.text)),
            });
        }
    }
    let line_of = |r: &str| r.split(':').nth(1).and_then(|l| l.parse().ok()).unwrap_or(0);
    for c in &new.conflicts {
        if !old.conflicts.contains(c) {
            out.push(Difference {
                file: file.clone(),
                line: line_of(&c.a),
                message: format!("pair added ({} at {}): {} <> {}", c.kind, c.incident, c.a, c.b),
            });
        }
    }
    for c in &old.conflicts {
        if !new.conflicts.contains(c) {
            out.push(Difference {
                file: file.clone(),
                line: line_of(&c.a),
                message: format!("pair lost ({} at {}): {} <> {}", c.kind, c.incident, c.a, c.b),
            });
        }
    }
    out.sort_by(|a, b| (a.line, &a.message).cmp(&(b.line, &b.message)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn st(text: &str, side: &str) -> SnapStatement {
        SnapStatement {
            line: 1,
            text: text.into(),
            side: side.into(),
            speaker: None,
            kinds: Vec::new(),
            incident: None,
        }
    }

    fn snap(statements: Vec<SnapStatement>) -> Snapshot {
        Snapshot {
            counterclaim: "0".into(),
            format: 1,
            rules: "x".into(),
            article: "a.txt".into(),
            statements,
            conflicts: Vec::new(),
        }
    }

    #[test]
    fn a_changed_side_reads_old_to_new_with_the_sentence() {
        let d = diff(
            &snap(vec![st("Kyiv said so.", "ukrainian")]),
            &snap(vec![st("Kyiv said so.", "unattributed")]),
        );
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].message, "side ukrainian → unattributed: “Kyiv said so.”");
    }

    #[test]
    fn same_answers_make_no_difference_whatever_the_rules_fingerprint() {
        let mut new = snap(vec![st("A.", "russian")]);
        new.rules = "changed".into();
        assert!(diff(&snap(vec![st("A.", "russian")]), &new).is_empty());
    }

    #[test]
    fn snapshots_round_trip_through_their_text() {
        let s = snap(vec![st("“Quoted,” he said: with colons and quotes.", "russian")]);
        let back: Snapshot = serde_yaml::from_str(&render(&s)).unwrap();
        assert_eq!(back, s);
    }
}
