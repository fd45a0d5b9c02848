//! Scoring against hand-labelled articles (the format of `samples/gold/`).
//!
//! A gold file lists, per article, the side (and speaker) of every claim-bearing sentence,
//! located by a verbatim `quote`, and the pairs of claims that conflict. A gold statement is
//! matched by the tool statement whose byte span covers the first byte of its quote. Side
//! accuracy is right sides over all gold statements; a wrong side (two different sides), an
//! invented side (gold `unattributed`) and a missed side (tool `unattributed`) are counted apart.
//! A gold conflict is found when one tool pair covers both quotes; a tool pair is real when it
//! covers a gold pair.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::input::Document;
use crate::locate::Statement;
use crate::pairing::Comparison;
use crate::rules::language::WordSet;
use crate::rules::RuleSet;

/// One labelled statement.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct GoldStatement {
    /// A verbatim substring of the sentence, unique in the article.
    pub quote: String,
    /// The speaker as the text names it, or null.
    pub speaker: Option<String>,
    /// Side id or `unattributed`.
    pub side: String,
    /// Claim kind, informative.
    #[serde(default)]
    pub kind: Option<String>,
    /// Incident name, informative.
    #[serde(default)]
    pub incident: Option<String>,
}

/// One labelled conflict.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct GoldConflict {
    /// Incident name, informative.
    #[serde(default)]
    pub incident: Option<String>,
    /// What contradicts what.
    #[serde(default)]
    pub what: Option<String>,
    /// Quote of one statement.
    pub a: String,
    /// Quote of the other.
    pub b: String,
    /// Article of `a` when the pair spans two articles.
    #[serde(default)]
    pub a_doc: Option<String>,
    /// Article of `b` when the pair spans two articles.
    #[serde(default)]
    pub b_doc: Option<String>,
}

/// One gold file.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct GoldFile {
    /// The article's file name.
    pub doc: String,
    /// Publication date, informative.
    #[serde(default)]
    pub date: Option<String>,
    /// Labelled statements.
    #[serde(default)]
    pub statements: Vec<GoldStatement>,
    /// Labelled conflicts.
    #[serde(default)]
    pub conflicts: Vec<GoldConflict>,
}

/// Read every `*.yaml` gold file of a directory.
pub fn read_gold_dir(dir: &Path) -> anyhow::Result<Vec<GoldFile>> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| anyhow::anyhow!("cannot read gold directory {}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml")))
        .collect();
    paths.sort();
    let mut out = Vec::new();
    for p in paths {
        let text = std::fs::read_to_string(&p).map_err(|e| anyhow::anyhow!("{}: cannot read: {e}", p.display()))?;
        let g: GoldFile = serde_yaml::from_str(&text).map_err(|e| {
            let d = crate::rules::yaml_diagnostic(&p.display().to_string(), &e, None);
            anyhow::anyhow!("{}: {}", d.location(), d.message)
        })?;
        out.push(g);
    }
    if out.is_empty() {
        anyhow::bail!("no gold files (*.yaml) in {}", dir.display());
    }
    Ok(out)
}

/// Why a gold statement was not answered right.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MissKind {
    /// Two different sides.
    WrongSide,
    /// Gold unattributed, the tool gave a side.
    InventedSide,
    /// Gold has a side, the tool said unattributed.
    MissedSide,
    /// Right side, different speaker.
    Speaker,
    /// A labelled conflict not found.
    MissedConflict,
    /// A tool pair that is not a labelled conflict.
    ExtraConflict,
    /// The quote is not in the article.
    QuoteNotFound,
}

/// One miss, with what a rule author needs to fix it.
#[derive(Debug, Clone, Serialize)]
pub struct Miss {
    /// Article file name.
    pub doc: String,
    /// 1-based line of the quote (0 when not found).
    pub line: usize,
    /// What went wrong.
    pub kind: MissKind,
    /// Expected (side, speaker or pair).
    pub expected: String,
    /// What the tool said.
    pub got: String,
    /// The quote or sentence.
    pub text: String,
}

/// Counts for one article or all of them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Score {
    /// Gold statements.
    pub statements: usize,
    /// Right sides.
    pub right: usize,
    /// Wrong sides.
    pub wrong: usize,
    /// Invented sides.
    pub invented: usize,
    /// Missed sides.
    pub missed: usize,
    /// Gold statements with a speaker and the right side.
    pub speaker_total: usize,
    /// Of those, with a matching speaker.
    pub speaker_right: usize,
    /// Labelled conflicts.
    pub gold_pairs: usize,
    /// Labelled conflicts found.
    pub found_pairs: usize,
    /// Pairs the tool reported.
    pub tool_pairs: usize,
    /// Tool pairs that are labelled conflicts.
    pub real_pairs: usize,
}

impl Score {
    /// Right sides over gold statements.
    pub fn side_accuracy(&self) -> f64 {
        ratio(self.right, self.statements)
    }
    /// Matching speakers over gold statements with a speaker and the right side.
    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.speaker_right, self.speaker_total)
    }
    /// Labelled conflicts found over labelled conflicts (1 when there are none).
    pub fn recall(&self) -> f64 {
        ratio(self.found_pairs, self.gold_pairs)
    }
    /// Real pairs over reported pairs (1 when none were reported).
    pub fn precision(&self) -> f64 {
        ratio(self.real_pairs, self.tool_pairs)
    }
    fn add(&mut self, o: &Score) {
        self.statements += o.statements;
        self.right += o.right;
        self.wrong += o.wrong;
        self.invented += o.invented;
        self.missed += o.missed;
        self.speaker_total += o.speaker_total;
        self.speaker_right += o.speaker_right;
        self.gold_pairs += o.gold_pairs;
        self.found_pairs += o.found_pairs;
        self.tool_pairs += o.tool_pairs;
        self.real_pairs += o.real_pairs;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores per article and overall, with every miss.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// Per article file name.
    pub documents: BTreeMap<String, Score>,
    /// All articles.
    pub total: Score,
    /// Every miss, in article order.
    pub misses: Vec<Miss>,
    /// Gold files whose article was not among the inputs.
    pub unmatched_gold: Vec<String>,
}

fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// Score statements and a comparison of `docs` against gold files. Quotes are looked up in the
/// article body (front matter may repeat a headline).
pub fn score(
    gold: &[GoldFile],
    docs: &[Document],
    statements: &[Statement],
    cmp: &Comparison,
    rules: &RuleSet,
) -> Report {
    let mut report = Report::default();
    let by_name: BTreeMap<&str, &Document> = docs.iter().map(|d| (file_name(&d.path), d)).collect();
    let find = |doc: &str, quote: &str| -> Option<(String, usize)> {
        let d = by_name.get(file_name(doc))?;
        let pos = d.text[d.body_start..].find(quote)? + d.body_start;
        Some((d.path.clone(), pos))
    };
    let covering = |path: &str, pos: usize| {
        statements
            .iter()
            .position(|s| &*s.doc == path && s.range().contains(&pos))
    };
    let line_of = |path: &str, pos: usize| {
        docs.iter()
            .find(|d| d.path == path)
            .map(|d| d.text[..pos].matches('\n').count() + 1)
            .unwrap_or(0)
    };
    let all_pairs: Vec<(usize, usize)> = cmp
        .incidents
        .iter()
        .flat_map(|i| i.conflicts.iter().map(|c| (c.a(), c.b())))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    for g in gold {
        let name = file_name(&g.doc).to_string();
        let Some(path) = by_name.get(name.as_str()).map(|d| d.path.as_str()) else {
            report.unmatched_gold.push(g.doc.clone());
            continue;
        };
        let mut sc = Score::default();
        for gs in &g.statements {
            sc.statements += 1;
            let Some((p, pos)) = find(&g.doc, &gs.quote) else {
                report.misses.push(Miss {
                    doc: name.clone(),
                    line: 0,
                    kind: MissKind::QuoteNotFound,
                    expected: gs.side.clone(),
                    got: String::new(),
                    text: gs.quote.clone(),
                });
                continue;
            };
            let tool = covering(&p, pos).map(|i| &statements[i]);
            let got_side = tool
                .map(|s| rules.sides.id_of(s.side).to_string())
                .unwrap_or_else(|| "unattributed".into());
            let got_speaker = tool.and_then(|s| s.speaker.as_ref().map(|sp| sp.name.clone()));
            let line = line_of(&p, pos);
            let un = "unattributed";
            if got_side == gs.side {
                sc.right += 1;
                if gs.side != un {
                    sc.speaker_total += 1;
                    // a known source may be written by any of its names ("The IAEA"), its
                    // canonical one too ("Ukrzaliznytsia" for "Ukraine's state railway company,
                    // Ukrzaliznytsia, said")
                    let source = tool
                        .and_then(|s| s.speaker.as_ref())
                        .and_then(|sp| sp.source)
                        .map(|src: usize| &rules.sources.list[src]);
                    let names = source
                        .into_iter()
                        .flat_map(|s| std::iter::once(&s.name).chain(s.aliases.iter()));
                    let named = |n: Option<&str>| speaker_matches(gs.speaker.as_deref(), n, &rules.language.articles);
                    if named(got_speaker.as_deref()) || names.into_iter().any(|a| named(Some(a.as_str()))) {
                        sc.speaker_right += 1;
                    } else {
                        report.misses.push(Miss {
                            doc: name.clone(),
                            line,
                            kind: MissKind::Speaker,
                            expected: gs.speaker.clone().unwrap_or_default(),
                            got: got_speaker.as_deref().unwrap_or_default().to_string(),
                            text: gs.quote.clone(),
                        });
                    }
                }
                continue;
            }
            let kind = if gs.side == un {
                sc.invented += 1;
                MissKind::InventedSide
            } else if got_side == un {
                sc.missed += 1;
                MissKind::MissedSide
            } else {
                sc.wrong += 1;
                MissKind::WrongSide
            };
            let got = match &got_speaker {
                Some(sp) => format!("{got_side} ({sp})"),
                None => got_side.clone(),
            };
            let expected = match &gs.speaker {
                Some(sp) => format!("{} ({sp})", gs.side),
                None => gs.side.clone(),
            };
            report.misses.push(Miss {
                doc: name.clone(),
                line,
                kind,
                expected,
                got,
                text: tool.map(|s| s.text.to_string()).unwrap_or_else(|| gs.quote.clone()),
            });
        }
        // conflicts
        let mut matched_tool_pairs = std::collections::BTreeSet::new();
        for gc in &g.conflicts {
            sc.gold_pairs += 1;
            let a = find(gc.a_doc.as_deref().unwrap_or(&g.doc), &gc.a).and_then(|(p, pos)| covering(&p, pos));
            let b = find(gc.b_doc.as_deref().unwrap_or(&g.doc), &gc.b).and_then(|(p, pos)| covering(&p, pos));
            let hit = match (a, b) {
                (Some(a), Some(b)) => all_pairs
                    .iter()
                    .position(|&(x, y)| (x == a && y == b) || (x == b && y == a)),
                _ => None,
            };
            match hit {
                Some(h) => {
                    sc.found_pairs += 1;
                    matched_tool_pairs.insert(h);
                }
                None => report.misses.push(Miss {
                    doc: name.clone(),
                    line: find(&g.doc, &gc.a).map(|(p, pos)| line_of(&p, pos)).unwrap_or(0),
                    kind: MissKind::MissedConflict,
                    expected: gc.what.clone().unwrap_or_default(),
                    got: String::new(),
                    text: format!("{} <> {}", gc.a, gc.b),
                }),
            }
        }
        for (k, &(x, y)) in all_pairs.iter().enumerate() {
            if &*statements[x].doc != path && &*statements[y].doc != path {
                continue;
            }
            sc.tool_pairs += 1;
            if matched_tool_pairs.contains(&k) {
                sc.real_pairs += 1;
            } else {
                report.misses.push(Miss {
                    doc: name.clone(),
                    line: statements[x].line as usize,
                    kind: MissKind::ExtraConflict,
                    expected: String::new(),
                    got: String::new(),
                    text: format!("{} <> {}", statements[x].text.trim(), statements[y].text.trim()),
                });
            }
        }
        report.total.add(&sc);
        report.documents.insert(name, sc);
    }
    report
}

/// Whether the tool's speaker names the gold speaker: equal, one inside the other, or sharing
/// a name word, after dropping parentheses, case and the language's `articles` ("the SBU" is
/// "SBU"). What a name gives in parentheses is another name of the same speaker ("the regional
/// governor (Vyacheslav Gladkov)", "Russia's Federal Security Service (FSB)"), in a gold label
/// or in the tool's words, so either name may match.
pub fn speaker_matches(gold: Option<&str>, tool: Option<&str>, articles: &WordSet) -> bool {
    fn inside(name: Option<&str>) -> Option<&str> {
        let g = name?;
        let open = g.find('(')?;
        let close = g[open..].find(')')? + open;
        Some(g[open + 1..close].trim()).filter(|s| !s.is_empty())
    }
    let golds = [Some(gold), inside(gold).map(Some)];
    let tools = [Some(tool), inside(tool).map(Some)];
    golds
        .iter()
        .flatten()
        .any(|&g| tools.iter().flatten().any(|&t| one_name_matches(g, t, articles)))
}

fn one_name_matches(gold: Option<&str>, tool: Option<&str>, articles: &WordSet) -> bool {
    let norm = |s: &str| -> String {
        let s = match s.find('(') {
            Some(i) => &s[..i],
            None => s,
        };
        let s = s.to_lowercase().replace(['\u{2019}', '\u{2018}'], "'");
        s.split_whitespace()
            .filter(|w| !articles.has(w))
            .collect::<Vec<_>>()
            .join(" ")
    };
    match (gold, tool) {
        (None, None) => true,
        (Some(g), Some(t)) => {
            let (g, t) = (norm(g), norm(t));
            if g.is_empty() || t.is_empty() {
                return g == t;
            }
            g == t
                || g.contains(&t)
                || t.contains(&g)
                || g.split(' ').any(|w| {
                    w.len() >= 4
                        && t.split(' ').any(|x| {
                            x.trim_matches(|c: char| !c.is_alphanumeric())
                                == w.trim_matches(|c: char| !c.is_alphanumeric())
                        })
                })
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::WordSet;

    fn speaker_matches(gold: Option<&str>, tool: Option<&str>) -> bool {
        super::speaker_matches(gold, tool, &crate::testkit::rules().language.articles)
    }

    #[test]
    fn speakers_match_loosely_but_not_blindly() {
        assert!(speaker_matches(
            Some("Ukraine’s security services (SBU)"),
            Some("Ukraine’s security services")
        ));
        assert!(speaker_matches(
            Some("a source in the SBU"),
            Some("a source in the SBU")
        ));
        assert!(speaker_matches(Some("Andrey Yusov"), Some("Andriy Yusov")));
        assert!(!speaker_matches(Some("Mark Rutte"), Some("Boris Pistorius")));
        assert!(!speaker_matches(Some("Russia"), None));
    }

    #[test]
    fn a_name_in_parentheses_is_the_same_speaker() {
        assert!(speaker_matches(
            Some("the regional governor (Vyacheslav Gladkov)"),
            Some("Vyacheslav Gladkov")
        ));
        assert!(speaker_matches(Some("Ukraine's Security Service (SBU)"), Some("SBU")));
        assert!(speaker_matches(
            Some("the regional governor (Vyacheslav Gladkov)"),
            Some("the regional governor")
        ));
        assert!(!speaker_matches(
            Some("the regional governor (Vyacheslav Gladkov)"),
            Some("Alexander Bogomaz")
        ));
        // ... in the tool's words too
        assert!(speaker_matches(
            Some("FSB"),
            Some("Russia's Federal Security Service (FSB)")
        ));
        assert!(!speaker_matches(
            Some("SBU"),
            Some("Russia's Federal Security Service (FSB)")
        ));
    }

    #[test]
    fn which_words_are_dropped_from_speaker_names_is_the_rules_business() {
        // "the SBU" is in "Ukraine's SBU" once the article is dropped
        assert!(speaker_matches(Some("the SBU"), Some("Ukraine's SBU")));
        assert!(!super::speaker_matches(
            Some("the SBU"),
            Some("Ukraine's SBU"),
            &WordSet::default()
        ));
    }
}
