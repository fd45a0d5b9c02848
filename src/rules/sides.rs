//! `sides:` — the parties a statement can speak for.
//!
//! What it matches: affiliation markers that are not places ("Russian-installed", "pro-Kremlin"),
//! and, through `countries`, every place of the gazetteer: officials of a Russian region speak for
//! the side that lists `russia`.
//! Why it matters: the side is the column a statement lands in; a second conflict is a new
//! `sides:` list away.
//! Example:
//! ```yaml
//! sides:
//!   - id: russian
//!     label: Russian side
//!     countries: [russia]
//!     markers: [Russian-installed, pro-Kremlin]
//! ```
//! Fields: `id`, `label`, `countries` (place ids of kind country), `default` (this side takes
//! every country no other side lists), `markers`, `numbered_units` (this side's formations speak
//! under their numbers), `examples`, `note`.

use rustc_hash::FxHashMap as HashMap;

use serde::{Deserialize, Serialize};

use super::diag::{did_you_mean, Diagnostic};
use super::examples::Example;
use super::lexicon::{PhraseSet, PhraseSetBuilder};
use super::Loaded;

/// The side id reserved for statements with no identifiable source.
pub const UNATTRIBUTED: &str = "unattributed";

/// One side as written in YAML.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SideRule {
    /// Stable id used everywhere else (`russian`); `unattributed` is reserved.
    pub id: String,
    /// Column heading in tables (`Russian side`).
    pub label: String,
    /// Country place ids whose officials, media and places speak for this side.
    #[serde(default)]
    pub countries: Vec<String>,
    /// This side takes every country that no other side lists (third parties).
    #[serde(default)]
    pub default: bool,
    /// Affiliation words that put a speaker on this side although they name no place
    /// (`Russian-installed`, `pro-Kremlin`).
    #[serde(default)]
    pub markers: Vec<String>,
    /// Formations named by their number ("the 24th Brigade", "the 11th Army Corps") that speak
    /// in their own name are this side's when nothing else on the phrase tells a side: in the
    /// reporting the rules are written for, one army's units post statements and the other's
    /// speak through their ministry. At most one side may say so.
    #[serde(default)]
    pub numbered_units: bool,
    /// Sentences this side's markers must attribute correctly.
    #[serde(default)]
    pub examples: Vec<Example>,
    /// Free text for rule authors.
    #[serde(default)]
    pub note: Option<String>,
}

/// A compiled side.
#[derive(Debug, Clone)]
pub struct Side {
    /// Stable id.
    pub id: String,
    /// Column heading.
    pub label: String,
}

/// The compiled `sides:` section.
#[derive(Debug, Clone, Default)]
pub struct Sides {
    /// Sides in rule order (the order of table columns).
    pub list: Vec<Side>,
    /// Affiliation markers; the payload is the side index.
    pub markers: PhraseSet,
    country_side: HashMap<String, usize>,
    default_side: Option<usize>,
    numbered_unit_side: Option<usize>,
}

impl Sides {
    /// Index of side `id`.
    pub fn index(&self, id: &str) -> Option<usize> {
        self.list.iter().position(|s| s.id == id)
    }

    /// Side a country (by place id) speaks for.
    pub fn side_of_country(&self, country_id: &str) -> Option<usize> {
        self.country_side.get(country_id).copied().or(self.default_side)
    }

    /// Country place ids that side `i` lists.
    pub fn countries_of(&self, i: usize) -> impl Iterator<Item = &str> {
        self.country_side
            .iter()
            .filter(move |(_, &s)| s == i)
            .map(|(c, _)| c.as_str())
    }

    /// The side that takes every country no other side lists (third parties), if any.
    pub fn default_side(&self) -> Option<usize> {
        self.default_side
    }

    /// The other warring side of `side` when there are exactly two besides the default one:
    /// whom an official who blames `side` speaks for, where the place alone does not tell.
    pub fn opponent(&self, side: usize) -> Option<usize> {
        let mut warring = (0..self.list.len()).filter(|&s| Some(s) != self.default_side);
        match (warring.next(), warring.next(), warring.next()) {
            (Some(x), Some(y), None) if side == x => Some(y),
            (Some(x), Some(y), None) if side == y => Some(x),
            _ => None,
        }
    }

    /// The side whose formations speak under their own numbers (`numbered_units: true`), if any.
    pub fn numbered_unit_side(&self) -> Option<usize> {
        self.numbered_unit_side
    }

    /// Id of side `i`, or `unattributed` for `None`.
    pub fn id_of(&self, i: Option<usize>) -> &str {
        i.map(|i| self.list[i].id.as_str()).unwrap_or(UNATTRIBUTED)
    }

    /// Compile, checking ids and markers. `country_ids` are the place ids of kind country.
    pub fn compile(items: &[Loaded<SideRule>], country_ids: &[&str], diags: &mut Vec<Diagnostic>) -> Sides {
        let mut sides = Sides::default();
        let mut markers = PhraseSetBuilder::default();
        for (i, item) in items.iter().enumerate() {
            let r = &item.rule;
            if r.id == UNATTRIBUTED {
                diags.push(
                    item.error("id", None, "`unattributed` is reserved for statements with no source")
                        .hint("choose another id"),
                );
            }
            if r.default {
                claim_once(
                    &mut sides.default_side,
                    (i, items),
                    "default",
                    "only one side can take the countries nobody lists",
                    diags,
                );
            }
            if r.numbered_units {
                claim_once(
                    &mut sides.numbered_unit_side,
                    (i, items),
                    "numbered_units",
                    "a numbered unit with no other affiliation can be given only one side",
                    diags,
                );
            }
            for c in &r.countries {
                if !country_ids.contains(&c.as_str()) {
                    let hint = match did_you_mean(c, country_ids.iter().copied()) {
                        Some(s) => format!("did you mean `{s}`?"),
                        None => "countries are place ids with `kind: country` in places".to_string(),
                    };
                    diags.push(
                        item.error("countries", Some(c), format!("unknown country `{c}`"))
                            .hint(hint),
                    );
                } else if let Some(prev) = sides.country_side.insert(c.clone(), i) {
                    if prev != i {
                        diags.push(item.error(
                            "countries",
                            Some(c),
                            format!("country `{c}` is already listed by side `{}`", items[prev].rule.id),
                        ));
                    }
                }
            }
            for m in &r.markers {
                if let Err(e) = markers.add(m, i as u32) {
                    diags.push(item.phrase_error("markers", "marker", m, &e));
                }
            }
            sides.list.push(Side {
                id: r.id.clone(),
                label: r.label.clone(),
            });
        }
        sides.markers = markers.build();
        sides
    }
}

/// A flag only one side may set (`default`, `numbered_units`): side `i` takes `slot`, or an
/// error names the side that set it first.
fn claim_once(
    slot: &mut Option<usize>,
    (i, items): (usize, &[Loaded<SideRule>]),
    field: &str,
    hint: &str,
    diags: &mut Vec<Diagnostic>,
) {
    match *slot {
        Some(first) => diags.push(
            items[i]
                .error(
                    field,
                    None,
                    format!("two sides claim `{field}: true` (also `{}`)", items[first].rule.id),
                )
                .hint(hint),
        ),
        None => *slot = Some(i),
    }
}
