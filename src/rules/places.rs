//! `places:` — the gazetteer: countries, regions, cities and facilities, with aliases.
//!
//! What it matches: place names in a sentence ("Lyubertsy", "Russia's Belgorod region",
//! "Tomilinsky Electronics Plant"), demonyms of countries ("Russian"), and spelling variants of
//! names through the fuzzy index.
//! Why it matters: a place gives an unlisted speaker a side ("the Voronezh governor"), and places
//! are half of an incident key. The parent chain says a facility lies in a city, the city in a
//! region, the region in a country; two statements about the plant and the city are about the
//! same incident.
//! Example:
//! ```yaml
//! places:
//!   - id: lyubertsy
//!     name: Lyubertsy
//!     kind: city
//!     parent: moscow-oblast
//! ```
//! Fields: `id`, `name`, `aliases`, `kind` (country, region, district, city, facility), `parent`
//! (required except for countries), `demonyms` (countries only), `authority` (country id whose
//! officials run the place, or `contested`; default: the place's country), `capital` (the name
//! also stands for a government, so it is a place only after a preposition like "in"), `target`
//! (facilities: the target id), `examples`, `note`.

use rustc_hash::FxHashMap as HashMap;

use serde::{Deserialize, Serialize};

use super::diag::{did_you_mean, Diagnostic};
use super::examples::Example;
use super::fuzzy::FuzzyIndex;
use super::lexicon::{PhraseSet, PhraseSetBuilder};
use super::sides::Sides;
use super::Loaded;

/// How big a place is; incidents are keyed at city level where one is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum PlaceKind {
    /// A country.
    Country,
    /// A region, oblast, republic, krai.
    Region,
    /// A district (raion) inside a region.
    District,
    /// A city, town or village.
    City,
    /// A plant, depot, air base, refinery.
    Facility,
}

/// One place as written in YAML.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlaceRule {
    /// Stable id (`belgorod-oblast`).
    pub id: String,
    /// Display name (`Belgorod region`).
    pub name: String,
    /// Other spellings and names; a capitalised alias only matches capitalised text.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Country, region, district, city or facility.
    pub kind: PlaceKind,
    /// The place this one lies in (required except for countries).
    #[serde(default)]
    pub parent: Option<String>,
    /// Adjectives for people and bodies of this country (`Russian`); countries only.
    #[serde(default)]
    pub demonyms: Vec<String>,
    /// Country id whose officials run the place (occupied areas), or `contested` when both sides
    /// have officials there; default: the country the place lies in.
    #[serde(default)]
    pub authority: Option<String>,
    /// The name also stands for a government ("Kyiv says"): count it as a place only after a
    /// locative preposition ("in Kyiv").
    #[serde(default)]
    pub capital: bool,
    /// For facilities: the target id (`ammunition`, `airfield`).
    #[serde(default)]
    pub target: Option<String>,
    /// Match only the name and aliases as written, never a spelling variant: many villages are
    /// a letter or two from a surname or a word ("Sorokyne" and Sorokin, "Prohres" and Progress),
    /// so a village's transliterations are listed as aliases instead.
    #[serde(default)]
    pub exact: bool,
    /// Sentences in which this place must be found.
    #[serde(default)]
    pub examples: Vec<Example>,
    /// Free text for rule authors.
    #[serde(default)]
    pub note: Option<String>,
}

/// Who runs a place, for the side of its officials.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Authority {
    /// Officials there speak for this side (index into sides).
    Side(usize),
    /// Both sides have officials there: no side from the place alone.
    Contested,
    /// Unknown (no country).
    Unknown,
}

/// A compiled place.
#[derive(Debug, Clone)]
pub struct Place {
    /// Stable id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Size.
    pub kind: PlaceKind,
    /// Parent place index.
    pub parent: Option<usize>,
    /// Country place index (itself for a country).
    pub country: Option<usize>,
    /// Side of its officials.
    pub authority: Authority,
    /// Whether the name also stands for a government.
    pub capital: bool,
    /// Target id index for facilities.
    pub target: Option<usize>,
}

impl Place {
    /// Whether the name stands for a government as well as a place ("Moscow said", "Ukraine
    /// denied"): a country or a capital, never a town or region.
    pub fn names_government(&self) -> bool {
        self.capital || self.kind == PlaceKind::Country
    }
}

/// The compiled gazetteer.
#[derive(Debug, Clone, Default)]
pub struct Places {
    /// Places in rule order.
    pub list: Vec<Place>,
    /// Names and aliases; payload = place index.
    pub names: PhraseSet,
    /// Demonyms; payload = country place index.
    pub demonyms: PhraseSet,
    /// Demonyms that name people rather than qualify a noun: those that extend another demonym
    /// of their country (`Russians` after `Russian`), lowercased. "The Russians are hitting
    /// civilian infrastructure" says who acts, not whose the infrastructure is.
    pub people: rustc_hash::FxHashSet<String>,
    /// Spelling variants of names; payload = place index.
    pub fuzzy: FuzzyIndex,
    by_id: HashMap<String, usize>,
}

impl Places {
    /// Index of place `id`.
    pub fn index(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// `i` and its ancestors, nearest first.
    pub fn chain(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let mut next = Some(i);
        let mut guard = 0;
        std::iter::from_fn(move || {
            let cur = next?;
            guard += 1;
            next = if guard > 32 { None } else { self.list[cur].parent };
            Some(cur)
        })
    }

    /// Whether `anc` is `i` or one of its ancestors.
    pub fn within(&self, i: usize, anc: usize) -> bool {
        self.chain(i).any(|p| p == anc)
    }

    /// Whether one of `a` and `b` lies in the other (or they are one place): a town and its
    /// region name the same ground for anyone asking whether two mentions can be one place.
    pub fn nested(&self, a: usize, b: usize) -> bool {
        self.within(a, b) || self.within(b, a)
    }

    /// The nearest place of `i`'s chain whose kind is at most as fine as `kind`
    /// (city for a facility; region for a district).
    pub fn rollup(&self, i: usize, kind: PlaceKind) -> usize {
        self.chain(i).find(|&p| self.list[p].kind <= kind).unwrap_or(i)
    }

    /// The region (or, failing that, the country) a place lies in.
    pub fn region_of(&self, i: usize) -> usize {
        self.chain(i)
            .find(|&p| self.list[p].kind <= PlaceKind::Region)
            .unwrap_or(i)
    }

    /// Side of the officials of place `i`, if it has one.
    pub fn side_of(&self, i: usize) -> Option<usize> {
        match self.list[i].authority {
            Authority::Side(s) => Some(s),
            _ => None,
        }
    }

    /// Whether the officials of place `i` are not those of its country (occupied Crimea): who
    /// speaks from there need not speak for them.
    pub fn occupied(&self, i: usize) -> bool {
        let country = self.list[i].country.unwrap_or(i);
        self.side_of(i) != self.side_of(country)
    }

    /// Compile the gazetteer; `target_ids` are the ids of `targets:`.
    pub fn compile(
        items: &[Loaded<PlaceRule>],
        sides: &Sides,
        target_ids: &[&str],
        diags: &mut Vec<Diagnostic>,
    ) -> Places {
        let mut places = Places::default();
        for (i, item) in items.iter().enumerate() {
            places.by_id.insert(item.rule.id.clone(), i);
        }
        let ids: Vec<&str> = items.iter().map(|p| p.rule.id.as_str()).collect();
        // parents
        let mut parents = vec![None; items.len()];
        for (i, item) in items.iter().enumerate() {
            let r = &item.rule;
            match (&r.parent, r.kind) {
                (None, PlaceKind::Country) => {}
                (None, _) => diags.push(
                    item.error("kind", None, format!("place `{}` has no parent", r.id))
                        .hint("every place but a country names the place it lies in with `parent:`"),
                ),
                (Some(p), _) => match places.by_id.get(p) {
                    Some(&pi) => {
                        if items[pi].rule.kind > r.kind
                            || (items[pi].rule.kind == r.kind
                                && r.kind != PlaceKind::Facility
                                && r.kind != PlaceKind::City)
                        {
                            diags.push(
                                item.error(
                                    "parent",
                                    Some(p),
                                    format!(
                                        "parent `{p}` ({:?}) is not larger than `{}` ({:?})",
                                        items[pi].rule.kind, r.id, r.kind
                                    )
                                    .to_lowercase(),
                                ),
                            );
                        }
                        parents[i] = Some(pi);
                    }
                    None => {
                        let hint = did_you_mean(p, ids.iter().copied())
                            .map(|s| format!("did you mean `{s}`?"))
                            .unwrap_or_else(|| "add the parent place first".into());
                        diags.push(
                            item.error("parent", Some(p), format!("unknown parent place `{p}`"))
                                .hint(hint),
                        );
                    }
                },
            }
            if !r.demonyms.is_empty() && r.kind != PlaceKind::Country {
                diags.push(item.error("demonyms", None, "only countries have demonyms"));
            }
            if let Some(t) = &r.target {
                if !target_ids.contains(&t.as_str()) {
                    let hint = did_you_mean(t, target_ids.iter().copied())
                        .map(|s| format!("did you mean `{s}`?"))
                        .unwrap_or_else(|| "targets are listed under `targets:`".into());
                    diags.push(
                        item.error("target", Some(t), format!("unknown target `{t}`"))
                            .hint(hint),
                    );
                }
            }
        }
        // countries, cycle check
        let mut names = PhraseSetBuilder::default();
        let mut demonyms = PhraseSetBuilder::default();
        for (i, item) in items.iter().enumerate() {
            let r = &item.rule;
            let mut country = None;
            let mut cur = Some(i);
            let mut visited: Vec<usize> = Vec::new();
            while let Some(c) = cur {
                if items[c].rule.kind == PlaceKind::Country {
                    country = Some(c);
                    break;
                }
                if visited.contains(&c) {
                    // Report the loop on the places in it, with the whole chain, so the author
                    // sees which `parent:` to change; a place that merely leads into a loop is
                    // not reported again.
                    if c == i {
                        let chain: Vec<&str> = visited.iter().chain([&i]).map(|&p| items[p].rule.id.as_str()).collect();
                        diags.push(
                            item.error(
                                "parent",
                                r.parent.as_deref(),
                                format!("the parents of `{}` form a loop: {}", r.id, chain.join(" → ")),
                            )
                            .hint("`parent` is the larger place this one lies in; one of these parents is wrong"),
                        );
                    }
                    break;
                }
                visited.push(c);
                cur = parents[c];
            }
            // none of its own: a facility's is its town's (an air base outside occupied
            // Sevastopol is held by whoever holds Sevastopol); a town's, its country's (a
            // region's "contested" says nothing of who holds each town in it)
            let inherited = || {
                visited
                    .iter()
                    .skip(1)
                    .take_while(|_| r.kind == PlaceKind::Facility)
                    .take_while(|&&c| items[c].rule.kind >= PlaceKind::City)
                    .find_map(|&c| items[c].rule.authority.as_deref())
            };
            let authority = match r.authority.as_deref().or_else(inherited) {
                Some("contested") => Authority::Contested,
                Some(a) => match places.by_id.get(a) {
                    Some(&ai) if items[ai].rule.kind == PlaceKind::Country => sides
                        .side_of_country(a)
                        .map(Authority::Side)
                        .unwrap_or(Authority::Unknown),
                    // a wrong id is reported on the place that wrote it, not on its facilities
                    _ if r.authority.is_none() => Authority::Unknown,
                    _ => {
                        let hint = did_you_mean(a, country_ids(items).chain(["contested"]))
                            .map(|s| format!("did you mean `{s}`?"))
                            .unwrap_or_else(|| "write the id of a place of `kind: country`, or `contested`".into());
                        diags.push(
                            item.error(
                                "authority",
                                Some(a),
                                format!("authority `{a}` is neither a country id nor `contested`"),
                            )
                            .hint(hint),
                        );
                        Authority::Unknown
                    }
                },
                None => country
                    .and_then(|c| sides.side_of_country(&items[c].rule.id))
                    .map(Authority::Side)
                    .unwrap_or(Authority::Unknown),
            };
            for alias in std::iter::once(&r.name).chain(&r.aliases) {
                if let Err(e) = names.add(alias, i as u32) {
                    diags.push(item.phrase_error("aliases", "alias", alias, &e));
                }
                if !r.exact {
                    places.fuzzy.add(alias, i as u32);
                }
            }
            for d in &r.demonyms {
                if let Err(e) = demonyms.add(d, i as u32) {
                    diags.push(item.phrase_error("demonyms", "demonym", d, &e));
                }
                if r.demonyms
                    .iter()
                    .any(|o| o.len() < d.len() && d.starts_with(o.as_str()))
                {
                    places.people.insert(d.to_lowercase());
                }
            }
            let target = r.target.as_ref().and_then(|t| target_ids.iter().position(|x| x == t));
            places.list.push(Place {
                id: r.id.clone(),
                name: r.name.clone(),
                kind: r.kind,
                parent: parents[i],
                country,
                authority,
                capital: r.capital,
                target,
            });
        }
        places.names = names.build();
        for dead in places.names.shadowed() {
            diags.push(super::diag::shadowed_alias(items, &dead));
        }
        places.demonyms = demonyms.build();
        places
    }
}

/// Ids of the places of kind country, for suggestions.
fn country_ids(items: &[Loaded<PlaceRule>]) -> impl Iterator<Item = &str> {
    items
        .iter()
        .filter(|p| p.rule.kind == PlaceKind::Country)
        .map(|p| p.rule.id.as_str())
}

/// A place named in a sentence.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlaceHit {
    /// First token.
    pub a: usize,
    /// One past the last token.
    pub b: usize,
    /// Place index.
    pub place: usize,
    /// Similarity when found as a spelling variant.
    pub fuzzy: Option<f64>,
}

impl Places {
    /// Places named in `toks`: exact names and aliases, then spelling variants of capitalised
    /// words that matched nothing (skipping `skip` token ranges, e.g. known sources).
    /// `names` are the leftmost-longest matches of [`Places::names`] in `toks`, already found.
    pub fn find(
        &self,
        toks: &crate::text::Tokens,
        names: Vec<super::lexicon::Hit>,
        lang: &super::language::Language,
        skip: &[(usize, usize)],
    ) -> Vec<PlaceHit> {
        use crate::text::TokKind;
        let mut out: Vec<PlaceHit> = names
            .into_iter()
            .map(|h| PlaceHit {
                a: h.a,
                b: h.b,
                place: h.payload as usize,
                fuzzy: None,
            })
            .collect();
        let covered = |out: &[PlaceHit], i: usize| {
            out.iter().any(|h| h.a <= i && i < h.b) || skip.iter().any(|&(a, b)| a <= i && i < b)
        };
        let mut extra = Vec::new();
        for i in 0..toks.len() {
            let t = &toks.toks[i];
            if t.kind != TokKind::Word || !t.cap || covered(&out, i) || lang.not_names.has(toks.word(i)) {
                continue;
            }
            // a first name before a surname is no misspelt place: "Yaroslav Yanushevych" is not
            // Yaroslavl (a place's or an official's own word may follow: "Kharkov Oblast")
            let next = i + 1;
            if next < toks.len()
                && toks.toks[next].kind == TokKind::Word
                && toks.toks[next].cap
                && !covered(&out, next)
                && lang.is_plain_name_word(toks.word(next))
            {
                continue;
            }
            // a facility is named exactly: "the villages of Martynovka" is no Marinovka air base
            let fuzzy = self.fuzzy.best(toks.word(i), 1, lang.fuzzy());
            if let Some((p, score)) = fuzzy.filter(|&(p, _)| self.list[p as usize].kind != PlaceKind::Facility) {
                extra.push(PlaceHit {
                    a: i,
                    b: i + 1,
                    place: p as usize,
                    fuzzy: Some(score),
                });
            }
        }
        out.extend(extra);
        if !lang.not_places.is_empty() {
            out.retain(|h| !lang.in_not_place(toks, h.a, h.b));
        }
        out.retain(|h| !lang.names_unit(toks, h.b));
        out.sort_by_key(|h| h.a);
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::testkit::rules;

    #[test]
    fn a_facility_is_held_by_whoever_holds_its_town() {
        let places = &rules().places;
        let side = |id: &str| {
            let side = places.side_of(places.index(id).unwrap());
            side.map(|s| rules().sides.list[s].id.as_str())
        };
        // the air base and the bridge have no authority of their own: occupied Sevastopol's
        // and Chonhar's is theirs, not their country's
        assert_eq!(side("belbek-air-base"), Some("russian"));
        assert_eq!(side("chonhar-bridge"), Some("russian"));
        // a town in a contested region is still its country's unless the gazetteer says otherwise
        assert_eq!(side("toretsk"), Some("ukrainian"));
    }
}
