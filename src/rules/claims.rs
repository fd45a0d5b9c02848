//! `claims:` and `conflicts:` — what a statement claims, and which claims contradict.
//!
//! What it matches: cue phrases of each claim kind anywhere in a statement, quotations included
//! ("shot down" → interception, "caused no damage" → no_damage, "falling debris" → debris).
//! At each position the longest phrase wins, so "no-one was injured" is not "injured"; a phrase
//! right after a negation or a modal ("could hit") does not count.
//! Why it matters: the conflicts table is what turns two statements about one incident into a
//! comparison row: "hit" against "intercepted", "damage" against "no damage".
//! Example:
//! ```yaml
//! claims:
//!   - id: interception
//!     label: interception
//!     phrases: [shot down, "(intercepted|neutralised|downed)", thwarted]
//! conflicts:
//!   - id: hit_vs_intercepted
//!     label: hit vs intercepted
//!     a: [strike]
//!     b: [interception]
//! ```
//! Phrase syntax: see [`super::lexicon`]; in addition `...` stands for up to five words
//! ("fire ... came from a drone").
//! Fields of a kind: `id`, `label`, `phrases`, `suppresses` (kinds this one cancels in the same
//! statement: "we do not comment" cancels "it burns"), `own_territory`, `alongside` (its phrases
//! span other claims' words without hiding them: "Russian drones ... struck" is blame and a
//! strike), `actor` (the country or capital its phrases name is who did it), `hedged` (a modal
//! does not cancel it: "may have been hit by Russian artillery" still says who did it),
//! `negated_as` (the kind a negated phrase claims instead: "has not captured" is ground held),
//! `lasting` (a state, not an event: a claim of it made in an earlier month is still about the
//! article's incident at that place),
//! `examples`, `note`.
//! Fields of a conflict:
//! `id`, `label`, `a` and `b` (kind ids; a statement with a kind from `a` against one with a
//! kind from `b`, either way round), or `numbers: true` (the same quantity with different
//! numbers), `concrete_targets` (one of the two must name a target that is not generic), `both_targets`
//! (both must name a target that can be the same one), `across_targets`
//! (paired even when the two name different targets: what was hit is the disagreement), `unless` (no
//! conflict when the statement with a `b` kind also has one of these: "shot down five missiles,
//! but the building was damaged" concedes the hit), `sides` (only between these sides),
//! `distinct_actors` (not when both name the same actor), `weight`,
//! `note`.

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use super::diag::{did_you_mean, Diagnostic};
use super::examples::Example;
use super::lexicon::{PhraseSet, PhraseSetBuilder};
use super::Loaded;

/// Up to how many words `...` in a phrase stands for.
pub const MAX_GAP: usize = 5;

/// One claim kind as written in YAML.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KindRule {
    /// Stable id (`interception`).
    pub id: String,
    /// Human label.
    pub label: String,
    /// Cue phrases.
    pub phrases: Vec<String>,
    /// Kinds this one cancels when both are found in a statement.
    #[serde(default)]
    pub suppresses: Vec<String>,
    /// A claim of this kind is about the speaker's own territory (air defence shoots down over
    /// its own country): a statement that names no place inherits one in that country.
    #[serde(default)]
    pub own_territory: bool,
    /// Its phrases name who did something around another claim's words ("Russian drones ...
    /// struck"): they do not hide the shorter claim phrases inside them, which count too.
    #[serde(default)]
    pub alongside: bool,
    /// A modal before its phrase does not cancel it: an accusation is made hedged ("the market
    /// may have been hit by Russian artillery"), where "could hit" of a strike is only a
    /// capability.
    #[serde(default)]
    pub hedged: bool,
    /// A statement of this kind answers the other side's claim ("dismissed Moscow's claim that
    /// most of the missiles had been intercepted"): the claims it repeats are that side's, so an
    /// interception in it says nothing about the speaker's own territory.
    #[serde(default)]
    pub disputes: bool,
    /// Its phrases name who did it ("Ukrainian drones ... struck", "blamed the attack on
    /// Russia"): the side of a country or capital inside the phrase, or right after it, is the
    /// statement's actor, so two statements naming the same actor are not told apart as blaming
    /// each other.
    #[serde(default)]
    pub actor: bool,
    /// The kind a negated phrase of this one claims instead ("had not yet seen evidence that
    /// Russian forces had seized the town", "Russia has not captured it": ground still held), when
    /// no phrase of this kind counts in the statement.
    #[serde(default)]
    pub negated_as: Option<String>,
    /// A claim about a state that lasts (who holds a town), not an event: said in an earlier
    /// month, it is still about the incident the article reports at that place ("In November,
    /// Gerasimov told Putin that Kupiansk had been taken" in a report of Zelensky's visit there
    /// in December), where an earlier strike is another event.
    #[serde(default)]
    pub lasting: bool,
    /// Sentences that must (or, with `fires: false`, must not) get this kind.
    #[serde(default)]
    pub examples: Vec<Example>,
    /// Free text for rule authors.
    #[serde(default)]
    pub note: Option<String>,
}

/// One entry of the conflicts table as written in YAML.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConflictRule {
    /// Stable id (`hit_vs_intercepted`), shown as the conflict kind.
    pub id: String,
    /// Human label (`hit vs intercepted`).
    pub label: String,
    /// Kinds on one side of the contradiction.
    #[serde(default)]
    pub a: Vec<String>,
    /// Kinds on the other side.
    #[serde(default)]
    pub b: Vec<String>,
    /// Instead of kinds: the same quantity with different numbers.
    #[serde(default)]
    pub numbers: bool,
    /// Only when one of the statements names a concrete (not generic) target: "military vs
    /// civilian target" is about what was hit, so one of them must say what was hit; the other
    /// may only label it ("we strike only military targets").
    #[serde(default)]
    pub concrete_targets: bool,
    /// Only when both statements name a target, and one that can be the same: "destroyed a
    /// landing ship" against "the landing ship was damaged" is about how badly one thing was
    /// hit; against "apartment blocks were damaged" it is about something else.
    #[serde(default)]
    pub both_targets: bool,
    /// Paired even when the two statements name targets that cannot be the same: "a workshop
    /// producing naval drones" against "a residential building" is the disagreement itself, not
    /// two different strikes.
    #[serde(default)]
    pub across_targets: bool,
    /// No conflict when the statement with a `b` kind also has one of these kinds (it concedes
    /// the other claim: "shot down five missiles, but the building was damaged").
    #[serde(default)]
    pub unless: Vec<String>,
    /// No conflict when the statement with an `a` kind also has one of these kinds (both say
    /// the same thing: "debris damaged the plant" against "debris fell on the plant").
    #[serde(default)]
    pub unless_a: Vec<String>,
    /// With `numbers`: kinds that count the same thing, so numbers near any of them compare
    /// ("hit 41 warplanes" against "several aircraft caught fire": a strike and damage). Numbers
    /// near other kinds compare only with numbers near the same kind.
    #[serde(default)]
    pub alike: Vec<String>,
    /// Only between statements of these sides (a denial answers the other side, not a third
    /// party's observation); default: any two different sides.
    #[serde(default)]
    pub sides: Vec<String>,
    /// Not when both statements name the same actor (see the kinds' `actor`): a Ukrainian
    /// "our drones struck the refinery" and a Russian "Ukrainian drones attacked it" agree on who
    /// did it.
    #[serde(default)]
    pub distinct_actors: bool,
    /// When the statement with an `a` kind says whose claims it rejects ("Russia's claims about
    /// Czech-made weapons were propaganda"), only with a statement of that side: a third party
    /// rejecting Moscow's version does not contradict Kyiv.
    #[serde(default)]
    pub named_claims: bool,
    /// Kinds that narrow a denial naming them: when the statement with an `a` kind denies only
    /// these ("rejected suggestions that Russia had targeted civilians": a phrase of the kind
    /// that the denial negates), it pairs only with a statement claiming them. The Kremlin
    /// denying it aimed at civilians does not answer "firefighters put out the blaze"; denying
    /// the strike itself ("denied striking the theater") answers everything said of it, and so
    /// does a denial that names nothing ("dismissed the reports").
    #[serde(default)]
    pub denied_kinds: Vec<String>,
    /// Kinds that only a denial naming no claim of its own ("the navy rejected the claim") or
    /// naming this kind answers, when they are all the other statement has of `b`. "Russia
    /// denies the attacks had a major impact" does not answer "the plant makes military
    /// electronics": what a site was used for is disputed by rejecting the account, not by
    /// denying something else about the strike.
    #[serde(default)]
    pub bare_denial_kinds: Vec<String>,
    /// How much a pair of this kind is worth, 0–1 (default 1).
    #[serde(default)]
    pub weight: Option<f64>,
    /// Free text for rule authors.
    #[serde(default)]
    pub note: Option<String>,
}

/// A compiled kind.
#[derive(Debug, Clone)]
pub struct Kind {
    /// Stable id.
    pub id: String,
    /// Human label.
    pub label: String,
    /// Kind indexes this kind cancels.
    pub suppresses: Vec<usize>,
    /// About the speaker's own territory.
    pub own_territory: bool,
    /// Counted alongside the claim phrases its phrases span, not instead of them.
    pub alongside: bool,
    /// Not cancelled by a modal.
    pub hedged: bool,
    /// Answers the other side's claim.
    pub disputes: bool,
    /// Its phrases name the actor.
    pub actor: bool,
    /// Kind index a negated phrase of this kind claims instead.
    pub negated_as: Option<usize>,
    /// About a state that lasts, not an event.
    pub lasting: bool,
}

/// A compiled phrase: segments that must follow each other with gaps of at most [`MAX_GAP`].
#[derive(Debug, Clone)]
pub struct Pattern {
    /// Kind index.
    pub kind: usize,
    /// Segment ids (payloads in [`Claims::segments`]).
    pub segments: Vec<u32>,
}

/// A compiled conflict.
#[derive(Debug, Clone)]
pub struct Conflict {
    /// Stable id.
    pub id: String,
    /// Human label.
    pub label: String,
    /// Kind indexes on one side.
    pub a: Vec<usize>,
    /// Kind indexes on the other.
    pub b: Vec<usize>,
    /// Differing numbers for one quantity.
    pub numbers: bool,
    /// One of the two statements must name a concrete target.
    pub concrete_targets: bool,
    /// Both statements must name a target (one that can be the same).
    pub both_targets: bool,
    /// Paired whatever targets the two statements name.
    pub across_targets: bool,
    /// Kind indexes that, with a `b` kind in the same statement, cancel the conflict.
    pub unless: Vec<usize>,
    /// Kind indexes that, with an `a` kind in the same statement, cancel the conflict.
    pub unless_a: Vec<usize>,
    /// See [`ConflictRule::alike`]: kind indexes.
    pub alike: Vec<usize>,
    /// Side indexes allowed (empty: any).
    pub sides: Vec<usize>,
    /// Not between two statements that name the same actor.
    pub distinct_actors: bool,
    /// Only with the side whose claims the `a` statement names.
    pub named_claims: bool,
    /// See [`ConflictRule::denied_kinds`]: kind indexes.
    pub denied_kinds: Vec<usize>,
    /// See [`ConflictRule::bare_denial_kinds`]: kind indexes.
    pub bare_denial_kinds: Vec<usize>,
    /// Score of a pair.
    pub weight: f64,
}

/// The compiled `claims:` and `conflicts:` sections.
#[derive(Debug, Clone, Default)]
pub struct Claims {
    /// Kinds in rule order.
    pub kinds: Vec<Kind>,
    /// Every phrase segment; payload = segment id.
    pub segments: PhraseSet,
    /// Segment id → patterns whose first segment it is.
    pub starts: Vec<Vec<usize>>,
    /// All patterns.
    pub patterns: Vec<Pattern>,
    /// The conflicts table.
    pub conflicts: Vec<Conflict>,
}

impl Claims {
    /// Index of kind `id`.
    pub fn index(&self, id: &str) -> Option<usize> {
        self.kinds.iter().position(|k| k.id == id)
    }

    /// Compile kinds and conflicts.
    pub fn compile(
        kinds: &[Loaded<KindRule>],
        conflicts: &[Loaded<ConflictRule>],
        sides: &super::sides::Sides,
        diags: &mut Vec<Diagnostic>,
    ) -> Claims {
        let mut out = Claims::default();
        let ids: Vec<&str> = kinds.iter().map(|k| k.rule.id.as_str()).collect();
        let mut segments = PhraseSetBuilder::default();
        // Segment ids by text: kinds share thousands of segments, and a linear search for each
        // one made loading the rules quadratic in their size.
        let mut seg_ids: FxHashMap<String, u32> = FxHashMap::default();
        for (ki, item) in kinds.iter().enumerate() {
            let r = &item.rule;
            if r.phrases.is_empty() {
                diags.push(item.error("phrases", None, "a claim kind needs at least one phrase"));
            }
            for phrase in &r.phrases {
                let variants = match super::lexicon::expand_alternatives(phrase) {
                    Ok(v) => v,
                    Err(e) => {
                        diags.push(item.phrase_error("phrases", "phrase", phrase, &e));
                        continue;
                    }
                };
                for v in variants {
                    // most variants have no `...`, nor any full stop to look for one at: no
                    // search and no list for them
                    let (one, split): ([&str; 1], Vec<&str>);
                    let parts: &[&str] = if v.as_bytes().contains(&b'.') {
                        split = v.split("...").map(str::trim).collect();
                        &split
                    } else {
                        one = [v.trim()];
                        &one
                    };
                    if parts.iter().any(|p| p.is_empty()) {
                        diags.push(
                            item.error(
                                "phrases",
                                Some(phrase),
                                format!("phrase `{phrase}`: `...` must stand between words"),
                            )
                            .hint("`fire ... came from a drone`: words on both sides of `...`"),
                        );
                        continue;
                    }
                    let mut segs = Vec::with_capacity(parts.len());
                    for &p in parts {
                        let id = match seg_ids.get(p) {
                            Some(&id) => id,
                            None => {
                                let id = seg_ids.len() as u32;
                                if let Err(e) = segments.add(p, id) {
                                    diags.push(item.phrase_error("phrases", "phrase", phrase, &e));
                                }
                                seg_ids.insert(p.to_string(), id);
                                id
                            }
                        };
                        segs.push(id);
                    }
                    out.patterns.push(Pattern {
                        kind: ki,
                        segments: segs,
                    });
                }
            }
            let mut suppresses = Vec::new();
            for s in &r.suppresses {
                match ids.iter().position(|x| x == s) {
                    Some(i) => suppresses.push(i),
                    None => diags.push(unknown_kind(item, "suppresses", s, &ids)),
                }
            }
            let negated_as = r
                .negated_as
                .as_ref()
                .and_then(|s| match ids.iter().position(|x| x == s) {
                    Some(i) => Some(i),
                    None => {
                        diags.push(unknown_kind(item, "negated_as", s, &ids));
                        None
                    }
                });
            out.kinds.push(Kind {
                id: r.id.clone(),
                label: r.label.clone(),
                suppresses,
                own_territory: r.own_territory,
                disputes: r.disputes,
                alongside: r.alongside,
                hedged: r.hedged,
                actor: r.actor,
                negated_as,
                lasting: r.lasting,
            });
        }
        out.starts = vec![Vec::new(); seg_ids.len()];
        for (pi, p) in out.patterns.iter().enumerate() {
            out.starts[p.segments[0] as usize].push(pi);
        }
        out.segments = segments.build();
        for (ci, item) in conflicts.iter().enumerate() {
            // a pair found keeps its rule in two bytes (`pairing::Conflict`)
            if ci == usize::from(u16::MAX) + 1 {
                diags.push(item.error(
                    "id",
                    None,
                    "at most 65,536 conflicts: this one and those after it are too many",
                ));
            }
            let r = &item.rule;
            let mut resolve = |field: &str, list: &[String]| -> Vec<usize> {
                list.iter()
                    .filter_map(|k| match ids.iter().position(|x| x == k) {
                        Some(i) => Some(i),
                        None => {
                            diags.push(unknown_kind(item, field, k, &ids));
                            None
                        }
                    })
                    .collect()
            };
            let a = resolve("a", &r.a);
            let b = resolve("b", &r.b);
            let unless = resolve("unless", &r.unless);
            let unless_a = resolve("unless_a", &r.unless_a);
            let alike = resolve("alike", &r.alike);
            let denied_kinds = resolve("denied_kinds", &r.denied_kinds);
            let bare_denial_kinds = resolve("bare_denial_kinds", &r.bare_denial_kinds);
            if !r.numbers && (r.a.is_empty() || r.b.is_empty()) {
                diags.push(item.error(
                    "a",
                    None,
                    "a conflict needs kinds in both `a` and `b`, or `numbers: true`",
                ));
            }
            let weight = r.weight.unwrap_or(1.0);
            if !(0.0..=1.0).contains(&weight) {
                // point at the number itself when it is written as Rust prints it (`70`, `1.5`)
                let shown = weight.to_string();
                diags.push(
                    item.error("weight", Some(&shown), format!("weight must be between 0 and 1, not {weight}"))
                        .hint("the weight scales the conflict's score: 1 is a full conflict, 0.5 half of one (write 0.7, not 70)"),
                );
            }
            out.conflicts.push(Conflict {
                id: r.id.clone(),
                label: r.label.clone(),
                a,
                b,
                numbers: r.numbers,
                concrete_targets: r.concrete_targets,
                both_targets: r.both_targets,
                across_targets: r.across_targets,
                unless,
                unless_a,
                alike,
                sides: r
                    .sides
                    .iter()
                    .filter_map(|s| match sides.index(s) {
                        Some(i) => Some(i),
                        None => {
                            let ids: Vec<&str> = sides.list.iter().map(|x| x.id.as_str()).collect();
                            let hint = did_you_mean(s, ids.iter().copied())
                                .map(|m| format!("did you mean `{m}`?"))
                                .unwrap_or_else(|| format!("use one of: {}", ids.join(", ")));
                            diags.push(item.error("sides", Some(s), format!("unknown side `{s}`")).hint(hint));
                            None
                        }
                    })
                    .collect(),
                distinct_actors: r.distinct_actors,
                named_claims: r.named_claims,
                denied_kinds,
                bare_denial_kinds,
                weight,
            });
        }
        out
    }
}

fn unknown_kind<T: super::HasId>(item: &Loaded<T>, field: &str, k: &str, ids: &[&str]) -> Diagnostic {
    let hint = did_you_mean(k, ids.iter().copied())
        .map(|s| format!("did you mean `{s}`?"))
        .unwrap_or_else(|| "claim kinds are the ids listed under `claims:`".into());
    item.error(field, Some(k), format!("unknown claim kind `{k}`"))
        .hint(hint)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::rules::RuleFile;

    fn kinds(yaml: &str) -> Vec<Loaded<KindRule>> {
        #[derive(Deserialize)]
        struct File {
            claims: Vec<KindRule>,
        }
        let file = Arc::new(RuleFile {
            name: "mine.yaml".into(),
            text: yaml.into(),
        });
        let parsed: File = serde_yaml::from_str(yaml).unwrap();
        parsed
            .claims
            .into_iter()
            .map(|rule| Loaded {
                rule,
                kind: "claims",
                file: file.clone(),
                line: 1,
                column: 1,
            })
            .collect()
    }

    #[test]
    fn segment_mistakes_are_reported_in_rule_order_and_segment_ids_follow_first_sight() {
        let kinds = kinds(concat!(
            "claims:\n",
            "  - id: one\n    label: one\n    phrases: [\"bad* one\", \"good ... bad* two\", hit]\n    suppresses: [nonesuch]\n",
            "  - id: two\n    label: two\n    phrases: [\"x ... ... y\", \"bad* three\", \"bad* one\", struck]\n",
        ));
        let sides = crate::rules::sides::Sides::default();
        let mut diags = vec![Diagnostic::warning("earlier.yaml", None, "found before")];
        let claims = Claims::compile(&kinds, &[], &sides, &mut diags);
        let shown: Vec<&str> = diags.iter().map(|d| d.message.as_str()).collect();
        // which segment ids the words of a sentence match
        let segments: Vec<u32> = claims
            .segments
            .find_all(&crate::text::tokenize("struck x good y hit", 0))
            .iter()
            .map(|h| h.payload)
            .collect();
        assert_eq!(
            shown,
            [
                "found before",
                "phrase `bad* one`: `*` may only end the last word of a phrase",
                "phrase `good ... bad* two`: `*` may only end the last word of a phrase",
                "unknown claim kind `nonesuch`",
                "phrase `x ... ... y`: `...` must stand between words",
                "phrase `bad* three`: `*` may only end the last word of a phrase",
            ]
        );
        // ids in order of first sight (bad* one, good, bad* two, hit, bad* three, struck), the
        // bad ones given an id but no phrase
        assert_eq!(segments, [5, 1, 3]);
    }
}
