//! `targets:` — what was (said to be) hit: depots, refineries, airfields, plants.
//!
//! What it matches: target phrases in a statement ("ammunition depot", "oil refinery", "air
//! base"), and definite references back to one ("the plant").
//! Why it matters: the target refines the incident. Two claims about the same city on the same
//! night contradict each other only if they are about the same target or one of them names none;
//! "hit an oil depot" and "the drone over the airfield was shot down" are not a pair.
//! Example:
//! ```yaml
//! targets:
//!   - id: ammunition
//!     label: ammunition depot
//!     phrases: [ammunition depot, munitions depot, arsenal]
//! ```
//! Fields: `id`, `label`, `phrases`, `generic` (a word like "facility" that is compatible with
//! every target), `fits` (ids of the targets it may also be: "the plant" may be the refinery
//! named before), `examples`, `note`.

use serde::{Deserialize, Serialize};

use super::diag::Diagnostic;
use super::examples::Example;
use super::lexicon::{PhraseSet, PhraseSetBuilder};
use super::Loaded;

/// One target class as written in YAML.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TargetRule {
    /// Stable id (`ammunition`).
    pub id: String,
    /// Human label (`ammunition depot`), shown in incident headings.
    pub label: String,
    /// Phrases that name such a target.
    pub phrases: Vec<String>,
    /// A vague target ("facility", "site") that fits every other target.
    #[serde(default)]
    pub generic: bool,
    /// Ids of other targets this one may also be: a "plant" may be a refinery or a power plant,
    /// so "the plant" and "the refinery" can be one target.
    #[serde(default)]
    pub fits: Vec<String>,
    /// Sentences whose target must be this one.
    #[serde(default)]
    pub examples: Vec<Example>,
    /// Free text for rule authors.
    #[serde(default)]
    pub note: Option<String>,
}

/// A compiled target class.
#[derive(Debug, Clone)]
pub struct Target {
    /// Stable id.
    pub id: String,
    /// Human label.
    pub label: String,
    /// Fits every other target.
    pub generic: bool,
    /// Indexes of the other targets it may also be (see [`TargetRule::fits`]).
    pub fits: Vec<usize>,
}

/// The compiled `targets:` section.
#[derive(Debug, Clone, Default)]
pub struct Targets {
    /// Targets in rule order.
    pub list: Vec<Target>,
    /// Phrases; payload = target index.
    pub phrases: PhraseSet,
}

impl Targets {
    /// Whether two statements' targets (indexes; empty = none named) can be the same target.
    pub fn compatible(&self, a: &[usize], b: &[usize]) -> bool {
        a.is_empty()
            || b.is_empty()
            || a.iter().any(|&x| {
                b.iter().any(|&y| {
                    x == y
                        || self.list[x].generic
                        || self.list[y].generic
                        || self.list[x].fits.contains(&y)
                        || self.list[y].fits.contains(&x)
                })
            })
    }

    /// Whether two statements name a common target that is not generic.
    pub fn share_concrete(&self, a: &[usize], b: &[usize]) -> bool {
        a.iter().any(|&x| !self.list[x].generic && b.contains(&x))
    }

    /// Compile.
    pub fn compile(items: &[Loaded<TargetRule>], diags: &mut Vec<Diagnostic>) -> Targets {
        let mut out = Targets::default();
        let mut phrases = PhraseSetBuilder::default();
        for (i, item) in items.iter().enumerate() {
            for p in &item.rule.phrases {
                if let Err(e) = phrases.add(p, i as u32) {
                    diags.push(item.phrase_error("phrases", "phrase", p, &e));
                }
            }
            out.list.push(Target {
                id: item.rule.id.clone(),
                label: item.rule.label.clone(),
                generic: item.rule.generic,
                fits: Vec::new(),
            });
        }
        for (i, item) in items.iter().enumerate() {
            for id in &item.rule.fits {
                match items.iter().position(|t| &t.rule.id == id) {
                    Some(j) => out.list[i].fits.push(j),
                    None => diags.push(item.error("fits", Some(id), format!("unknown target `{id}`"))),
                }
            }
        }
        out.phrases = phrases.build();
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::testkit::rules;

    #[test]
    fn a_plant_may_be_the_refinery_but_an_air_base_is_not() {
        let t = &rules().targets;
        let id = |s: &str| t.list.iter().position(|x| x.id == s).expect("target in the rules");
        assert!(t.compatible(&[id("industry")], &[id("oil")]));
        assert!(t.compatible(&[id("oil")], &[id("industry")]));
        assert!(!t.compatible(&[id("airfield")], &[id("oil")]));
        assert!(!t.compatible(&[id("industry")], &[id("airfield")]));
    }
}
