//! `sources:` — named speakers: people, bodies, media, and classes of speaker.
//!
//! What it matches: names and aliases of speakers in the noun phrase next to a speech cue
//! ("Moscow Mayor Sergey Sobyanin", "Ukraine's SBU", "satellite images"), spelling variants of
//! capitalised names through the fuzzy index, and `titles` ("the Prime Minister") for a person
//! named shortly before.
//! Why it matters: a known source gives the side directly, with the canonical name, for
//! speakers whose words carry no country ("Governor Vladimir Saldo").
//! Example:
//! ```yaml
//! sources:
//!   - id: sobyanin
//!     name: Sergey Sobyanin
//!     aliases: [Sergei Sobyanin, Sobyanin, Moscow's mayor]
//!     kind: person
//!     side: russian
//!     role: Mayor of Moscow
//!     titles: [mayor]
//! ```
//! Fields: `id`, `name`, `aliases`, `kind` (person, body, media, group), `side` (a side id, or
//! `from_place`: the side of the officials of the place the statement is about — "local
//! authorities"), `role`, `titles`, `called`, `place`, `examples`, `note`.

use rustc_hash::FxHashMap as HashMap;

use serde::{Deserialize, Serialize};

use super::diag::{did_you_mean, Diagnostic};
use super::examples::Example;
use super::fuzzy::FuzzyIndex;
use super::lexicon::{PhraseSet, PhraseSetBuilder};
use super::places::Places;
use super::sides::Sides;
use super::Loaded;

/// The `side:` value meaning "the side of the place the statement is about".
pub const FROM_PLACE: &str = "from_place";

/// What kind of speaker a source is; pronouns follow it (`he` → person, `it` → body).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// A named person.
    Person,
    /// A ministry, army, agency, government or country.
    Body,
    /// A news outlet; an anonymous source talking to it takes its side.
    Media,
    /// A class of speakers (experts, local authorities, satellite imagery).
    Group,
}

/// One source as written in YAML.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SourceRule {
    /// Stable id (`sobyanin`).
    pub id: String,
    /// Canonical name, used as the speaker in output.
    pub name: String,
    /// Other names; a capitalised alias only matches capitalised text.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Person, body, media or group.
    pub kind: SourceKind,
    /// A side id, or `from_place`.
    pub side: String,
    /// What the source is, for readers (`Mayor of Moscow`).
    #[serde(default)]
    pub role: Option<String>,
    /// Role words that refer back to this source when it was named shortly before
    /// ("the Prime Minister said").
    #[serde(default)]
    pub titles: Vec<String>,
    /// Common nouns an article calls this body by once it has named it (`agency` for the SBU,
    /// `company` for Transneft): "the agency said" later is this body, when it is the only one
    /// so called that the article named.
    #[serde(default)]
    pub called: Vec<String>,
    /// Place id the source is attached to (a governor's region).
    #[serde(default)]
    pub place: Option<String>,
    /// A group named by a common noun ("industry sources") whose side yields to a demonym or
    /// place written on it: "a Ukrainian defence industry source" speaks for Ukraine, not as an
    /// outside observer.
    #[serde(default)]
    pub affiliation_wins: bool,
    /// Sentences this source must be found in, with the side it must give.
    #[serde(default)]
    pub examples: Vec<Example>,
    /// Free text for rule authors.
    #[serde(default)]
    pub note: Option<String>,
}

/// Where a source's side comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SideRef {
    /// Always this side.
    Fixed(usize),
    /// The side of the officials of the statement's place.
    FromPlace,
}

/// A compiled source.
#[derive(Debug, Clone)]
pub struct Source {
    /// Stable id.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Person, body, media, group.
    pub kind: SourceKind,
    /// Side.
    pub side: SideRef,
    /// Place index.
    pub place: Option<usize>,
    /// Its other names, as written in the rules: an evaluation's gold may name the speaker by
    /// any of them ("The IAEA" for the International Atomic Energy Agency).
    pub aliases: Vec<String>,
    /// See [`SourceRule::affiliation_wins`].
    pub affiliation_wins: bool,
    /// The last word of each of its titles, lower-cased ("governor" for "regional governor"):
    /// a title given before the person is named ("the regional governor said") is matched
    /// against them by its head word.
    pub title_heads: Vec<String>,
    /// See [`SourceRule::called`], lower-cased.
    pub called: Vec<String>,
}

/// The compiled `sources:` section.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    /// Sources in rule order.
    pub list: Vec<Source>,
    /// Names and aliases; payload = source index.
    pub names: PhraseSet,
    /// Titles; payload = source index.
    pub titles: PhraseSet,
    /// Spelling variants of capitalised names; payload = source index.
    pub fuzzy: FuzzyIndex,
    by_id: HashMap<String, usize>,
    /// Every source's [`Source::title_heads`], once: whether a word is anyone's title.
    title_head_words: std::collections::HashSet<String>,
}

impl Sources {
    /// Index of source `id`.
    pub fn index(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// Whether lower-cased word `w` heads some source's title ("governor"): a title set off by a
    /// comma before a name the rules do not know ("Rivne's regional governor, Oleksandr Koval").
    pub fn is_title_head(&self, w: &str) -> bool {
        self.title_head_words.contains(w)
    }

    /// Compile, checking sides, places and aliases given to two sources.
    pub fn compile(
        items: &[Loaded<SourceRule>],
        sides: &Sides,
        places: &Places,
        diags: &mut Vec<Diagnostic>,
    ) -> Sources {
        let mut sources = Sources::default();
        let mut names = PhraseSetBuilder::default();
        let mut titles = PhraseSetBuilder::default();
        let side_ids: Vec<&str> = sides.list.iter().map(|s| s.id.as_str()).chain([FROM_PLACE]).collect();
        let mut alias_owner: HashMap<String, usize> = HashMap::default();
        for (i, item) in items.iter().enumerate() {
            let r = &item.rule;
            sources.by_id.insert(r.id.clone(), i);
            let side = if r.side == FROM_PLACE {
                SideRef::FromPlace
            } else if let Some(s) = sides.index(&r.side) {
                SideRef::Fixed(s)
            } else {
                let hint = did_you_mean(&r.side, side_ids.iter().copied())
                    .map(|s| format!("did you mean `{s}`?"))
                    .unwrap_or_else(|| format!("use one of: {}", side_ids.join(", ")));
                diags.push(
                    item.error("side", Some(&r.side), format!("unknown side `{}`", r.side))
                        .hint(hint),
                );
                SideRef::FromPlace
            };
            let place = r.place.as_ref().and_then(|p| {
                let found = places.index(p);
                if found.is_none() {
                    let hint = did_you_mean(p, places.list.iter().map(|x| x.id.as_str()))
                        .map(|s| format!("did you mean `{s}`?"))
                        .unwrap_or_else(|| "`place` is the id of a place under `places:` (`voronezh-oblast`)".into());
                    diags.push(item.error("place", Some(p), format!("unknown place `{p}`")).hint(hint));
                }
                found
            });
            for alias in std::iter::once(&r.name).chain(&r.aliases) {
                if alias.trim().is_empty() {
                    // point at the empty string itself (`""` in the list), not at the key
                    let field = if std::ptr::eq(alias, &r.name) {
                        "name"
                    } else {
                        "aliases"
                    };
                    diags.push(
                        item.error(field, Some("\"\""), "empty alias: it would match nothing")
                            .hint("remove the empty entry from the list"),
                    );
                    continue;
                }
                let key = crate::text::normalise_phrase(alias).unwrap_or_default();
                if let Some(&other) = alias_owner.get(&key) {
                    if other != i {
                        let o = &items[other].rule;
                        let msg = format!("alias `{alias}` is also given to source `{}`", o.id);
                        let d = if o.side != r.side {
                            item.error("aliases", Some(alias), format!("{msg} of another side (`{}`)", o.side))
                        } else {
                            item.warning("aliases", Some(alias), msg)
                        };
                        diags.push(d.hint(format!(
                            "an alias must name one source: remove it from `{}` or from `{}`",
                            o.id, r.id
                        )));
                    }
                    continue;
                }
                alias_owner.insert(key, i);
                if let Err(e) = names.add(alias, i as u32) {
                    diags.push(item.phrase_error("aliases", "alias", alias, &e));
                }
                sources.fuzzy.add(alias, i as u32);
            }
            for t in &r.titles {
                if let Err(e) = titles.add(t, i as u32) {
                    diags.push(item.phrase_error("titles", "title", t, &e));
                }
            }
            sources.list.push(Source {
                id: r.id.clone(),
                name: r.name.clone(),
                kind: r.kind,
                side,
                place,
                aliases: r.aliases.clone(),
                affiliation_wins: r.affiliation_wins,
                title_heads: r
                    .titles
                    .iter()
                    .filter_map(|t| t.split_whitespace().last())
                    .map(str::to_lowercase)
                    .collect(),
                called: r.called.iter().map(|w| w.to_lowercase()).collect(),
            });
        }
        sources.names = names.build();
        for dead in sources.names.shadowed() {
            diags.push(super::diag::shadowed_alias(items, &dead));
        }
        sources.titles = titles.build();
        sources.title_head_words = sources
            .list
            .iter()
            .flat_map(|s| s.title_heads.iter().cloned())
            .collect();
        sources
    }
}
