//! Locate: the incident a statement is about — place, target and date — and its incident key.
//!
//! Responsible for: the places a statement names (not those in its speaker's words: "Moscow's
//! mayor" is not an incident in Moscow; not a capital or a country used for its government:
//! "Kyiv said"), "near Moscow" as the region around Moscow, what a statement that names no place
//! inherits from the sentences before ("the air base" → the air base named earlier; "a Russian
//! ammunition factory" → the nearest Russian place), the date ("on Thursday" against the
//! article date), and the side of speakers whose side is their place's ("local authorities").
//! Must not: pair statements; that is the pairing stage's job.

use crate::trace::Trace;
use rustc_hash::FxHashMap;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use chrono::{Datelike, Duration, NaiveDate};

use crate::attribute::{SideAttr, Speaker, SpeakerKind};
use crate::classify::{Classified, Quantity};
use crate::input::Document;
use crate::intern::{intern, intern_ids, intern_indexes, intern_speaker};
use crate::lexed::{Lexed, Lexer};
use crate::rules::places::{Authority, PlaceKind, Places};
use crate::rules::{RuleSet, Set};
use crate::text::{TokKind, Tokens};

/// How a statement got its place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceHow {
    /// It names it.
    Named,
    /// From the sentences before (or, for an article's opening, after).
    Inherited,
    /// It names only a region (or country); the one city in it the article is about.
    Refined,
    /// No place.
    None,
}

/// A side index or none in one byte (`Option<u8>` takes two): with the kinds a statement
/// denies, it keeps the statement within the size budget `compare`'s memory target sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SideTag(Option<std::num::NonZeroU8>);

impl SideTag {
    /// The tag of a side index; sides past the 254th are not told apart (none are).
    pub fn new(side: Option<usize>) -> SideTag {
        SideTag(
            side.and_then(|s| u8::try_from(s + 1).ok())
                .and_then(std::num::NonZeroU8::new),
        )
    }

    /// The side index.
    pub fn get(self) -> Option<usize> {
        self.0.map(|n| usize::from(n.get()) - 1)
    }
}

/// A statement with everything the pipeline found: the unit every output is made of.
#[derive(Debug, Clone)]
pub struct Statement {
    /// Document path as shown in output.
    pub doc: Arc<str>,
    /// Byte offset of the first byte. (Offsets, lines and indexes are `u32`: articles are
    /// refused above 1 GiB, and `compare` holds hundreds of thousands of statements.)
    pub start: u32,
    /// Byte offset after the last byte.
    pub end: u32,
    /// 1-based line of `start`.
    pub line: u32,
    /// Paragraph index in its document.
    pub para: u32,
    /// Sentence index in its document.
    pub sentence: u32,
    /// The statement's text.
    pub text: Box<str>,
    /// Who said it: a shared copy (see [`crate::intern::intern_speaker`]), eight bytes where the
    /// speaker itself took forty.
    pub speaker: Option<Arc<Speaker>>,
    /// Side index, `None` for unattributed.
    pub side: Option<usize>,
    /// Speech cue as written.
    pub cue: Option<Arc<str>>,
    /// Claim kind indexes.
    pub kinds: Arc<[usize]>,
    /// Side of whom its claims name as having done it (see [`crate::classify::Classified::actor`]).
    pub actor: SideTag,
    /// Side of whose claims it names (see [`crate::classify::Classified::disputed`]).
    pub disputed: SideTag,
    /// Kinds it denies (see [`crate::classify::KindMatches::denied`]), bit `k` for kind index
    /// `k`: four bytes where a list would take sixteen and push the statement over its size
    /// budget. Kinds past the 32nd are not recorded (a denial of them answers every claim).
    pub denied: u32,
    /// Numbers stated: a boxed slice, without a `Vec`'s capacity (eight bytes less, and no
    /// spare room, in each statement `compare` keeps).
    pub quantities: Box<[Quantity]>,
    /// Places (indexes), the primary one first; several when the statement lists places of one
    /// level ("in the Bryansk, Kaluga and Kursk regions").
    pub places: Arc<[usize]>,
    /// How the place was found.
    pub place_how: PlaceHow,
    /// Its date is another statement's of its article ("Ukraine rejected the claim" after "On
    /// July 31, Russia claimed ..."): it answers that article's claim, so it is compared only
    /// with statements of its own article. Otherwise a paragraph many articles repeat would
    /// pair every article's reply with every other's claim.
    pub dated_by_context: bool,
    /// Target indexes, the first one shown.
    pub targets: Arc<[usize]>,
    /// Date of the incident.
    pub date: Option<NaiveDate>,
    /// Incident keys (`lyubertsy@2023-09-01`), one per place.
    pub incidents: Arc<[Arc<str>]>,
    /// Rule ids that fired, in stage order.
    pub rules: Arc<[Arc<str>]>,
    /// Reasoning, for `rules explain`.
    pub trace: Trace,
}

impl Statement {
    /// Its bytes in the document.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The primary incident key.
    pub fn incident(&self) -> Option<&str> {
        self.incidents.first().map(|k| &**k)
    }
}

/// What a statement itself says about where and when.
#[derive(Debug, Default, Clone)]
struct Clues {
    /// Its paragraph.
    para: usize,
    /// Its places are only regions or countries it measures from ("a village 40 km north of the
    /// border with Ukraine's Kharkiv region"): near them, not in them.
    measured_only: bool,
    /// Places it names (vicinity places already widened to their region).
    named: Vec<usize>,
    /// It names a country as its scope ("across Russia").
    country_scope: bool,
    /// Places named only in its attribution ("Voronezh governor ... wrote"): used when nothing
    /// else gives a place.
    speaker_places: Vec<usize>,
    /// Those places are in the title of a regional official ("the Belgorod governor"): they
    /// stand for their regions, unless the statement speaks of "the city".
    speaker_regional: bool,
    /// The regions a speaker met again by a pronoun named when first met ("Krasnodar region's
    /// emergency headquarters ... it said"): only which of the things named before "the
    /// refinery" is, never the statement's place by themselves.
    pronoun_home: Vec<usize>,
    /// Countries it points at without naming a place ("a Russian ammunition factory").
    hints: Vec<usize>,
    /// It says the thing was where the place before is ("Russian military targets in the
    /// area"): the country it points at does not override that place.
    in_the_area: bool,
    /// A claim about the speaker's own territory ("air defence shot down 74 drones"): a place run
    /// by this side.
    own_side: Option<usize>,
    /// Targets it names.
    targets: Vec<usize>,
    /// A target it refers back to ("the air base").
    definite_target: Option<usize>,
    /// It points back at the two places named last ("at both sites").
    dual: bool,
    /// It opens a new topic ("Separately, ..."): it inherits no place from before.
    topic_shift: bool,
    /// The noun of that target phrase, hashed ("refinery" in "near the refinery").
    definite_head: Option<u64>,
    /// The noun of a generic target after a definite article, hashed ("depot" in "the depot
    /// supplied fuel"): it points back at the last target of that noun ("an oil depot"), if any.
    generic_head: Option<u64>,
    /// The noun of the first target phrase it names, hashed ("refinery" in "the Moscow oil
    /// refinery"; "station" in "the oil pumping station").
    target_head: Option<u64>,
    /// A kind of place it refers back to ("in the town").
    definite_place: Option<PlaceKind>,
    /// A kind of place it names that the gazetteer does not know ("the village of
    /// Novoselivka"): a later "the village" means that one, not the city the article is about.
    unknown_place: Option<PlaceKind>,
    /// The name of that place, hashed ([`word_hash`] of its capitalised words): later mentions
    /// of the name are about where this statement put it.
    unknown_name: Option<u64>,
    /// Runs of capitalised words that are no place the gazetteer knows, hashed as
    /// `unknown_name` is: a mention of a place an earlier statement named as unknown.
    cap_runs: Vec<u64>,
    /// Its first target is further than `target_place_window` words from every place it names:
    /// a later "the barracks" does not learn from it where the barracks is.
    target_far: bool,
    /// A date it names.
    date: Option<NaiveDate>,
    /// The date comes from a weekday or a month the text names, not only from a word such as
    /// "overnight" or "today", which a late article uses for the day it reports.
    date_named: bool,
    /// It is about an earlier year ("In 2022, a strike on a nearby district killed 16 people"):
    /// no day, and not the article's either.
    earlier_year: bool,
    /// It says it was said "then" or "at the time" (see `language.then_phrases`).
    says_then: bool,
    /// Its day was followed by "that year" (see `language.same_year_phrases`).
    same_year: bool,
    /// It opens with the place it is about, set off by a comma ("In the city of Dnipro, a
    /// missile hit a private house"): how a report turns to another place for a paragraph.
    opens_with_place: bool,
}

/// A place given to an earlier statement, for later ones to inherit.
#[derive(Debug, Clone, Copy)]
struct Context {
    sentence: usize,
    place: usize,
    target: Option<usize>,
    /// See [`Clues::target_head`].
    target_head: Option<u64>,
    /// Sentence where the place was last named (not inherited).
    named_at: usize,
    /// The place was named far from the target (see [`Clues::target_far`]): a later reference
    /// to the target does not take it.
    far_target: bool,
    /// The statement named a place of this kind the gazetteer does not know; `place` is where
    /// it lies as far as the statement tells.
    unknown: Option<PlaceKind>,
    /// The place is the speaker's own area, not one the text named ("Governor Vladimir Saldo
    /// said a drone attacked an ambulance"): only that speaker's later statements inherit it.
    owner: Option<usize>,
    /// The statement named the place of an earlier event ("A Kh-22 also hit a mall in Kremenchuk
    /// last June"): a background aside, which a later paragraph does not go on about.
    earlier: Option<usize>,
    /// The statement is about a day long before publication, named or gone on from ("On Nov. 20,
    /// Gerasimov claimed Kupiansk had been taken"): its paragraph and that day. The rest of the
    /// paragraph with no date of its own is about that day too.
    earlier_day: Option<(usize, NaiveDate)>,
    /// The paragraph turned to another place than the story's ("In the city of Dnipro, a
    /// missile hit a house, the governor said"), with its speaker's name (as [`word_hash`], 0 for
    /// the reporter): a later paragraph in someone else's voice does not go on about it.
    elsewhere: Option<(usize, u64)>,
}

/// The two places named last, in the order they were named, if two different ones were.
fn last_two(recent: impl Iterator<Item = Context>) -> Option<[usize; 2]> {
    let mut named = recent.filter(|h| h.named_at == h.sentence).map(|h| h.place);
    let later = named.next()?;
    let earlier = named.find(|&p| p != later)?;
    Some([earlier, later])
}

/// A word as a number (FNV-1a), for [`Context`] to stay small and copyable.
fn word_hash(w: &str) -> u64 {
    fnv_fold(0xcbf2_9ce4_8422_2325, w.as_bytes())
}

/// `h` with `bytes` folded in (FNV-1a): [`word_hash`] of a text built piece by piece without
/// building it.
fn fnv_fold(h: u64, bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(h, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// The hash of the run of capitalised words (at most three) that starts at token `at`: the
/// [`word_hash`] of their normalised words joined by spaces, "Novi Petrivtsi" wherever it is
/// written.
fn cap_run_hash(toks: &Tokens, at: usize) -> u64 {
    let run = (at..toks.len().min(at + 3)).take_while(|&k| toks.toks[k].kind == TokKind::Word && toks.toks[k].cap);
    run.enumerate().fold(word_hash(""), |h, (n, k)| {
        let h = if n > 0 { fnv_fold(h, b" ") } else { h };
        fnv_fold(h, toks.word(k).as_bytes())
    })
}

/// How many words an opening locative may run before its place ("In the city of", "In the
/// eastern city of").
const OPENER_REACH: usize = 5;

/// Locate every statement of a document.
pub fn locate(doc: &Document, classified: Vec<Classified>, rules: &RuleSet, lexer: &Lexer<'_>) -> Vec<Statement> {
    let path: Arc<str> = Arc::from(doc.path.as_str());
    let places = &rules.places;
    // place names the article gives to ships ("the landing ship Novocherkassk"), with the
    // target the ship noun named, for every mention, also the ones before the article says it
    // is a ship: a second pass when it does
    let mut vessels: Vec<(usize, Option<usize>)> = Vec::new();
    let mut clues: Vec<Clues> = classified
        .iter()
        .map(|c| clues_of(doc, c, rules, lexer, &mut vessels))
        .collect();
    if !vessels.is_empty() {
        clues = classified
            .iter()
            .map(|c| clues_of(doc, c, rules, lexer, &mut vessels.clone()))
            .collect();
    }
    carry_homes_to_pronouns(doc, &classified, &mut clues, rules);
    let mut history: Vec<Context> = Vec::new();
    let mut out: Vec<Statement> = Vec::with_capacity(classified.len());
    let mut dated: Vec<bool> = Vec::with_capacity(classified.len());
    let memory = rules.language.place_memory;
    // while every place the article has given a statement lies in one region, nothing competes
    // with it and it is not forgotten ("a fire after the strike spread across the square",
    // fifteen sentences after the dateline named the city); countries compete with nothing
    let mut region_so_far: Option<usize> = None;
    let mut several_regions = false;
    let mut shift: Option<(usize, usize)> = None;
    // the last day a clause named, with its sentence: "On Jan. 18, Russia said it shot down a
    // drone, but a Ukrainian source told Reuters at the time it hit the terminal" is one day
    let mut sentence_day: Option<(usize, NaiveDate)> = None;
    // names statements introduced as places the gazetteer lacks ("the town of Rzhyshchiv"),
    // with where those statements put them
    let mut discovered: Vec<(u64, usize)> = Vec::new();
    for (i, c) in classified.into_iter().enumerate() {
        let a = &c.attributed;
        let mention = (clues[i].unknown_name.is_none())
            .then(|| discovered.iter().find(|(h, _)| clues[i].cap_runs.contains(h)))
            .flatten()
            .copied();
        if let Some((_, p)) = mention {
            if !clues[i].named.contains(&p) {
                clues[i].named.push(p);
            }
        }
        let cl = &clues[i];
        let mut trace = a.trace.clone();
        let target = cl.targets.first().copied();
        // history is in sentence order: stop at the first context out of the window instead of
        // filtering all of it, so a long article costs the same per statement as a short one
        // "Separately, ...": nothing before it is its context, nor for the rest of its paragraph
        if cl.topic_shift {
            shift = Some((a.para, a.sentence));
        }
        let since = shift.filter(|&(para, _)| para == a.para).map_or(0, |(_, s)| s);
        let source = a.speaker.as_ref().and_then(|sp| sp.source);
        let speaker_hash = a.speaker.as_ref().map_or(0, |sp| word_hash(&sp.name));
        let inheritable = move |h: &Context| h.owner.is_none_or(|o| Some(o) == source);
        let recent = |window: usize| {
            history
                .iter()
                .rev()
                .take_while(move |h| h.sentence + window >= a.sentence && h.sentence >= since)
                .filter(move |h| inheritable(h))
                .copied()
        };
        // a new paragraph after a background aside on an earlier event goes back to the story,
        // and so does another speaker's after a paragraph on another place
        let aside_before = |h: &Context| {
            h.earlier.is_some_and(|para| para != a.para)
                || h.elsewhere
                    .is_some_and(|(para, who)| para != a.para && who != speaker_hash)
        };
        let last = history
            .iter()
            .rev()
            .find(|h| inheritable(h) && !aside_before(h))
            .copied()
            .filter(|h| {
                let remembered = h.named_at + memory >= a.sentence
                    || (!several_regions && Some(places.region_of(h.place)) == region_so_far);
                remembered && h.sentence >= since
            });
        // the speaker's own places: what their title names ("the Belgorod governor"), and a
        // source's place in the rules (a mayor known to them)
        let mut home: Vec<usize> = speaker_home(cl, places);
        home.extend(
            a.speaker
                .as_ref()
                .and_then(|sp| sp.source)
                .and_then(|s| rules.sources.list[s].place),
        );
        let specific: Vec<usize> = most_specific(places, &cl.named);
        let only_countries =
            !specific.is_empty() && specific.iter().all(|&p| places.list[p].kind == PlaceKind::Country);
        let mut owner = None;
        let (chosen, how, named_at): (Vec<usize>, PlaceHow, usize) = if !specific.is_empty() && !only_countries {
            (specific, PlaceHow::Named, a.sentence)
        } else if let Some(h) =
            last.filter(|h| only_countries && !cl.country_scope && specific.iter().any(|&c| places.within(h.place, c)))
        {
            trace.add(|| {
                format!(
                    "names only a country; keeps {} from the sentence before",
                    places.list[h.place].id
                )
            });
            (vec![h.place], PlaceHow::Inherited, h.named_at)
        } else if let Some(p) = (only_countries && !cl.country_scope)
            .then(|| {
                // "In Russia, the governor of the Bryansk region said...": his region, in that country
                most_specific(places, &home)
                    .into_iter()
                    .find(|&p| specific.iter().any(|&c| p != c && places.within(p, c)))
            })
            .flatten()
        {
            trace.add(|| {
                format!(
                    "names only a country; the speaker's own place in it, {}",
                    places.list[p].id
                )
            });
            (vec![p], PlaceHow::Inherited, a.sentence)
        } else if let Some(two) = cl
            .dual
            .then(|| last_two(recent(12)))
            .flatten()
            .filter(|_| specific.is_empty())
        {
            trace.add(|| {
                format!(
                    "\"both\": the two places named last, {} and {}",
                    places.list[two[0]].id, places.list[two[1]].id
                )
            });
            (two.to_vec(), PlaceHow::Inherited, a.sentence)
        } else if let Some(h) = (!cl.country_scope)
            .then(|| match cl.definite_target {
                // "near the refinery" is the refinery named last, not any oil facility named since
                Some(t) => {
                    let points_back = |h: &Context| {
                        let same_head = cl.definite_head.is_none_or(|head| h.target_head == Some(head));
                        (h.target == Some(t) && same_head && !h.far_target) || places.list[h.place].target == Some(t)
                    };
                    // the Kursk governor's "the plant" is the one in his region, not the
                    // Zaporizhzhia plant a Ukrainian official spoke of in between
                    let home = if home.is_empty() { &cl.pronoun_home } else { &home };
                    let in_home = |h: &Context| home.iter().any(|&p| places.within(h.place, places.region_of(p)));
                    (!home.is_empty())
                        .then(|| recent(12).find(|h| points_back(h) && in_home(h)))
                        .flatten()
                        .or_else(|| {
                            cl.definite_head.and_then(|head| {
                                recent(12).find(|h| h.target == Some(t) && h.target_head == Some(head) && !h.far_target)
                            })
                        })
                        .or_else(|| {
                            recent(12).find(|h| {
                                (h.target == Some(t) && !h.far_target) || places.list[h.place].target == Some(t)
                            })
                        })
                }
                None => cl
                    .generic_head
                    .and_then(|head| recent(12).find(|h| h.target_head == Some(head) && !h.far_target)),
            })
            .flatten()
            .map(|h| {
                // "an air base in western Ukraine ... the Starokostiantyniv airfield ... the air
                // base": a country named with the thing first is narrowed by the same thing named
                // later at a place in it
                let narrower = |n: &Context| {
                    n.target == h.target && !n.far_target && n.place != h.place && places.within(n.place, h.place)
                };
                match h.target {
                    Some(_) if places.list[h.place].kind == PlaceKind::Country => {
                        recent(12).find(narrower).unwrap_or(h)
                    }
                    _ => h,
                }
            })
        {
            trace.add(|| {
                let t = cl.definite_target.or(h.target).unwrap_or(0);
                format!(
                    "refers back to the {} at {}",
                    rules.targets.list[t].label, places.list[h.place].id
                )
            });
            (vec![h.place], PlaceHow::Inherited, a.sentence) // it points back itself: fresh again
        } else if !specific.is_empty() {
            (specific, PlaceHow::Named, a.sentence)
        } else if let Some((p, whose)) = cl.definite_place.and_then(|kind| {
            // the Belgorod governor's "over the region" is his region, whatever was named before
            let own = home.iter().copied().find(|&p| places.list[p].kind == kind);
            // ... but the Donetsk governor's "in the city centre" after a paragraph on Kramatorsk
            // is Kramatorsk: the city of his region named last
            let named_city = own
                .filter(|_| kind == PlaceKind::City && cl.speaker_regional)
                .and_then(|p| {
                    recent(12).find(|h| {
                        places.list[h.place].kind == PlaceKind::City && places.region_of(h.place) == places.region_of(p)
                    })
                })
                .map(|h| (h.place, "the city of the speaker's region named last"));
            named_city
                .or_else(|| own.map(|p| (p, "the speaker's own")))
                .or_else(|| {
                    // a statement naming its own unknown place means that one: nothing to inherit
                    (cl.unknown_place != Some(kind))
                        .then(|| unknown_named_last(recent(12), kind))
                        .flatten()
                        .map(|p| (p, "one the gazetteer does not know, named last; where it lies"))
                })
                // "killed in the village of Bilenke" after a paragraph on the Zaporizhzhia region:
                // an unknown village there, not the city the article is about
                .or_else(|| {
                    (cl.unknown_place != Some(kind) || last.is_none())
                        .then(|| topic_place(recent(12), places, kind))
                        .flatten()
                        .map(|p| (p, "the one the article is about"))
                })
        }) {
            trace.add(|| {
                format!(
                    "\"the {:?}\": {}, {whose}",
                    cl.definite_place.unwrap_or(places.list[p].kind),
                    places.list[p].id
                )
                .to_lowercase()
            });
            (vec![p], PlaceHow::Inherited, a.sentence)
        } else if let Some((own_places, mut why)) = cl.own_side.and_then(|own| {
            let own_home: Vec<usize> = home
                .iter()
                .copied()
                .filter(|&p| places.side_of(p) == Some(own))
                .collect();
            own_territory(recent(12), places, rules, own, &own_home)
        }) {
            // a claim about the speaker's own territory ("air defence shot down 74 drones")
            trace.append(&mut why);
            (own_places, PlaceHow::Inherited, a.sentence)
        } else if !cl.hints.is_empty() {
            let within_hint = |p: usize| cl.hints.iter().any(|&c| places.within(p, c));
            // a place before in that country, or the place before whatever its country when the
            // statement says "in the area"
            let before = recent(12)
                .find(|h| within_hint(h.place))
                .map(|h| (h, "from before"))
                .or_else(|| {
                    last.filter(|_| cl.in_the_area)
                        .map(|h| (h, "from before, as \"in the area\" says"))
                });
            if let Some((h, how)) = before {
                trace.add(|| {
                    format!(
                        "points at {} and takes {} {how}",
                        places.list[cl.hints[0]].id, places.list[h.place].id
                    )
                });
                owner = h.owner;
                (vec![h.place], PlaceHow::Inherited, a.sentence)
            } else if let Some(p) = forward(&clues, i, &within_hint) {
                trace.add(|| {
                    format!(
                        "points at {} and takes {} from later in the paragraph",
                        places.list[cl.hints[0]].id, places.list[p].id
                    )
                });
                (vec![p], PlaceHow::Inherited, a.sentence)
            } else {
                (vec![cl.hints[0]], PlaceHow::Named, a.sentence)
            }
        } else if let Some((own, h)) = last.and_then(|h| {
            // "Kharkiv mayor Ihor Terekhov said two people were killed" after a paragraph on
            // Lipetsk: the mayor's city, unless the place before lies in the same region
            let local: Vec<usize> = most_specific(places, &home)
                .into_iter()
                .filter(|&p| places.list[p].kind != PlaceKind::Country)
                .collect();
            let same_area = |p: usize| places.within(h.place, p) || places.region_of(h.place) == places.region_of(p);
            // ... unless a speaker of known side, whose description names his area, only goes on
            // without a claim: "Vladimir Rogov, a Russian-installed official from the occupied part
            // of Zaporizhzhia region, went further" goes on about the story
            let known_side =
                source.is_some_and(|s| matches!(rules.sources.list[s].side, crate::rules::sources::SideRef::Fixed(_)));
            let about_home = !c.kinds.is_empty() || !known_side || cl.speaker_places.is_empty();
            (!local.is_empty() && !local.iter().any(|&p| same_area(p)) && about_home).then_some((local, h))
        }) {
            trace.add(|| {
                format!(
                    "no place of its own; the speaker's {}, not {} from before",
                    places.list[own[0]].id, places.list[h.place].id
                )
            });
            // ... for that speaker alone, unless the title wrote it ("Dnipropetrovsk regional Gov.
            // Valentyn Reznichenko"): then the text named it, and what follows may be about it
            let written = own
                .iter()
                .any(|&p| cl.speaker_places.iter().any(|&q| places.nested(p, q)));
            if !written {
                owner = source;
            }
            (own, PlaceHow::Inherited, a.sentence)
        } else if let Some(h) = last {
            owner = h.owner;
            // "Kharkiv regional governor Oleh Syniehubov said ..." goes on about Kharkiv and names
            // it again in his title: the place is fresh for the sentences after
            let renamed = cl.speaker_places.iter().any(|&q| places.within(h.place, q));
            (
                vec![h.place],
                PlaceHow::Inherited,
                if renamed { a.sentence } else { h.named_at },
            )
        } else if let Some(p) = history.is_empty().then(|| opening(&clues, i)).flatten() {
            trace.add(|| format!("opens the article; takes {} from what follows", places.list[p].id));
            (vec![p], PlaceHow::Inherited, a.sentence)
        } else if !cl.speaker_places.is_empty() {
            trace.add(|| "no place but the speaker's".into());
            (
                most_specific(places, &speaker_home(cl, places)),
                PlaceHow::Inherited,
                a.sentence,
            )
        } else {
            (Vec::new(), PlaceHow::None, a.sentence)
        };
        let mut rule_ids = c.attributed.rules.clone();
        rule_ids.extend(c.rules.iter().cloned());
        if how == PlaceHow::Named {
            rule_ids.extend(chosen.iter().map(|&p| format!("places/{}", places.list[p].id)));
        }
        if let Some(t) = target {
            rule_ids.push(format!("targets/{}", rules.targets.list[t].id));
        }
        rule_ids.dedup();
        for &p in chosen.iter().filter(|&&p| places.list[p].kind != PlaceKind::Country) {
            let region = places.region_of(p);
            several_regions |= region_so_far.is_some_and(|r| r != region);
            region_so_far.get_or_insert(region);
        }
        // the story's place is the one before, and this paragraph turns away from it
        let elsewhere = how == PlaceHow::Named
            && cl.opens_with_place
            && last.is_some_and(|h| !chosen.iter().any(|&p| places.nested(p, h.place)));
        // "In August 2022, explosions at Saky destroyed seven warplanes. Moscow blamed an
        // accident ...": a statement of the same paragraph that goes on from a background
        // sentence about an earlier event, with no date of its own, is about that event too
        let background = how == PlaceHow::Inherited
            && !cl.date_named
            && history
                .last()
                .is_some_and(|h| h.earlier == Some(a.para) && chosen.first() == Some(&h.place));
        if background {
            trace.add(|| "goes on from the paragraph's sentence about an earlier event: no date of this story".into());
        }
        // "On Nov. 20, Gerasimov claimed Kupiansk had been taken. Kyiv called the claim a lie":
        // the same for a day long before publication, which the rest of the paragraph takes
        let same_city = |p: usize, q: usize| places.rollup(p, PlaceKind::City) == places.rollup(q, PlaceKind::City);
        // "On 5 December 2022, explosions hit the Engels base ... on 26 December that year": the
        // year of the day long before that the paragraph named
        let own_date = match (cl.same_year, cl.date) {
            (true, Some(d)) => history
                .iter()
                .rev()
                .find_map(|h| h.earlier_day.filter(|&(para, _)| para == a.para))
                .and_then(|(_, day)| d.with_year(day.year()))
                .or(cl.date),
            _ => cl.date,
        };
        let undated = !cl.date_named && !cl.earlier_year && !background;
        // the earlier event's day a context gives, when it is about this statement's town
        let day_here = |h: &Context| {
            h.earlier_day
                .filter(|_| chosen.first().is_some_and(|&p| same_city(p, h.place)))
        };
        let goes_on_day = undated
            .then(|| history.last())
            .flatten()
            .and_then(day_here)
            .filter(|&(para, _)| para == a.para)
            .map(|(_, day)| day)
            .or_else(|| {
                sentence_day
                    .filter(|&(sentence, _)| undated && sentence == a.sentence)
                    .map(|(_, day)| day)
            })
            // "Malkov said then that debris had sparked a fire", a paragraph after the one that
            // dated the earlier attack: the last such day named for this place, shortly before
            .or_else(|| {
                (undated && cl.says_then)
                    .then(|| {
                        history
                            .iter()
                            .rev()
                            .take_while(|h| h.sentence + THEN_REACH >= a.sentence)
                            .find_map(day_here)
                    })
                    .flatten()
                    .map(|(_, day)| day)
            });
        if cl.date_named {
            sentence_day = own_date.map(|d| (a.sentence, d));
        }
        if let Some(day) = goes_on_day {
            trace.add(|| format!("no date of its own; goes on from what the text said of {day}"));
        }
        let far_day = cl
            .date_named
            .then_some(own_date)
            .flatten()
            .filter(|&d| doc.date.is_some_and(|p| long_before(d, p)));
        if let (Some(h), Some(&p)) = (cl.unknown_name, chosen.first()) {
            if places.list[p].kind != PlaceKind::Country && !discovered.iter().any(|d| d.0 == h) {
                discovered.push((h, p));
            }
        }
        if let Some((_, p)) = mention {
            trace.add(|| format!("names a place introduced before as unknown, at {}", places.list[p].id));
        }
        if let Some(&p) = chosen.first() {
            history.push(Context {
                sentence: a.sentence,
                place: p,
                target,
                target_head: cl.target_head,
                named_at,
                unknown: cl.unknown_place,
                far_target: how == PlaceHow::Named && cl.target_far,
                owner,
                earlier: ((how == PlaceHow::Named && cl.earlier_year && !cl.date_named) || background)
                    .then_some(a.para),
                earlier_day: far_day.or(goes_on_day).map(|d| (a.para, d)),
                // ... and so is what the rest of that paragraph inherits from it ("No one was hurt,
                // he said")
                elsewhere: if elsewhere {
                    Some((a.para, speaker_hash))
                } else {
                    history
                        .last()
                        .filter(|h| how == PlaceHow::Inherited && h.place == p)
                        .and_then(|h| h.elsewhere)
                        .filter(|&(para, _)| para == a.para)
                },
            });
        }
        let date = if cl.earlier_year || background {
            None
        } else {
            goes_on_day.or(own_date).or(doc.date)
        };
        dated.push(cl.date_named || cl.earlier_year || background || goes_on_day.is_some());
        // "attacks on the plant" in an article about a nuclear power plant: the definite noun is
        // the facility the statement goes on about, whatever target the noun alone would be
        let mut retargeted: Option<Vec<usize>> = None;
        let facility = chosen.first().and_then(|&p| places.list[p].target);
        if let (PlaceHow::Inherited, Some(t), Some(ft)) = (how, cl.definite_target, facility) {
            if t != ft {
                let mut targets: Vec<usize> = cl.targets.iter().copied().filter(|&x| x != t && x != ft).collect();
                targets.insert(0, ft);
                retargeted = Some(targets);
                trace.add(|| {
                    format!(
                        "\"the {}\" is the {} it goes on about",
                        rules.targets.list[t].label, rules.targets.list[ft].label
                    )
                });
            }
        }
        out.push(Statement {
            doc: path.clone(),
            start: offset(a.start),
            end: offset(a.end),
            line: offset(a.line),
            para: offset(a.para),
            sentence: offset(a.sentence),
            text: doc.text[a.start..a.end].into(),
            speaker: a.speaker.as_ref().map(intern_speaker),
            side: match a.side {
                SideAttr::Side(s) => Some(s),
                _ => None,
            },
            cue: a.cue.as_deref().map(intern),
            kinds: intern_indexes(&c.kinds),
            actor: SideTag::new(c.actor),
            disputed: SideTag::new(c.disputed),
            denied: c
                .denied
                .iter()
                .filter(|&&k| k < u32::BITS as usize)
                .fold(0, |m, &k| m | 1 << k),
            quantities: c.quantities.into_boxed_slice(),
            places: intern_indexes(&chosen),
            place_how: how,
            dated_by_context: goes_on_day.is_some(),
            targets: intern_indexes(retargeted.as_deref().unwrap_or(&cl.targets)),
            date,
            incidents: intern_ids(&[]),
            rules: intern_ids(&rule_ids.iter().map(|r| intern(r)).collect::<Vec<_>>()),
            trace,
        });
        // a speaker whose side is their place's
        if a.side == SideAttr::FromPlace {
            let st = out.last_mut().expect("just pushed");
            // "A house in the village of Wyryki was damaged, local officials said" after a
            // paragraph on western Ukraine: the officials are the unknown village's, and a
            // country inherited says nothing about whose they are (a region would: the village
            // is taken to lie in it)
            let unknown_own = (how == PlaceHow::Inherited
                && cl.unknown_place.is_some()
                && st
                    .places
                    .first()
                    .is_some_and(|&p| places.list[p].kind == PlaceKind::Country))
                // ... nor does a place the village is measured from ("Yutanovka, 40 km north of
                // the border with Ukraine's Kharkiv region")
                || (how == PlaceHow::Named && cl.measured_only && cl.unknown_place.is_some());
            match st
                .places
                .first()
                .filter(|_| !unknown_own)
                .and_then(|&p| places.side_of(p))
            {
                Some(s) => {
                    st.side = Some(s);
                    st.trace.add(|| {
                        format!(
                            "side of the officials of {}: {}",
                            places.list[st.places[0]].id, rules.sides.list[s].id
                        )
                    });
                }
                None if unknown_own => st.trace.add(|| {
                    "it names a place the gazetteer does not know, and inherits only a country: unattributed".into()
                }),
                None => match other_than_actor(st, places, rules) {
                    // "In the southern Kherson region, Russian shelling wounded three people, local
                    // officials said": where both sides have officials, those who report one
                    // side's attack speak for the other
                    Some(s) => {
                        st.side = Some(s);
                        st.trace.add(|| {
                            format!(
                                "officials of a contested place who say the other side did it: {}",
                                rules.sides.list[s].id
                            )
                        });
                    }
                    None => st
                        .trace
                        .add(|| "the place gives no side (none, or contested): unattributed".into()),
                },
            }
        }
    }
    refine(&mut out, places, rules.language.article_date_tolerance_days);
    same_day(&mut out, &dated, doc.date, rules);
    // an article's statements share a few places and dates: each key is made once
    let mut made: FxHashMap<(usize, Option<NaiveDate>), Arc<str>> = FxHashMap::default();
    for st in &mut out {
        let keys: Vec<Arc<str>> = st
            .places
            .iter()
            .map(|&p| {
                let key = made
                    .entry((p, st.date))
                    .or_insert_with(|| intern(&incident_key(places, p, st.date)));
                Arc::clone(key)
            })
            .collect();
        st.incidents = intern_ids(&keys);
    }
    out
}

/// The warring side that is not the statement's actor, when the statement's place is one both
/// sides run: officials there who blame one side's forces are the other side's.
fn other_than_actor(st: &Statement, places: &Places, rules: &RuleSet) -> Option<usize> {
    let &p = st.places.first()?;
    if places.list[p].authority != Authority::Contested {
        return None;
    }
    rules.sides.opponent(st.actor.get()?)
}

/// An article published days after what it reports dates the event once ("shelled Belgorod on
/// Monday") and its replies not at all: where the text names days in the week before publication
/// for a place, all within the date tolerance of each other ("on Monday", "satellite images on
/// Tuesday"), the article's undated statements about that place are about the first of them, not
/// the day of publication. Statements dated only by "overnight" or "today" count as undated: a
/// late article uses them for the day it reports. Days further apart, or further back ("a
/// previous attack on January 8"), keep the publication date.
fn same_day(out: &mut [Statement], dated: &[bool], published: Option<NaiveDate>, rules: &RuleSet) {
    let Some(published) = published else {
        return;
    };
    let places = &rules.places;
    let tolerance = rules.language.date_tolerance_days;
    let recent = |d: NaiveDate| d < published && !long_before(d, published);
    // place -> (first, last) day named, or None when one is not recent or they are far apart
    let mut days: FxHashMap<usize, Option<(NaiveDate, NaiveDate)>> = FxHashMap::default();
    for (st, _) in out.iter().zip(dated).filter(|(_, d)| **d) {
        let (Some(&p), Some(day)) = (st.places.first(), st.date) else {
            continue;
        };
        let span = days
            .entry(places.rollup(p, PlaceKind::City))
            .or_insert(Some((day, day)));
        *span = span
            .filter(|_| recent(day))
            .map(|(first, last)| (first.min(day), last.max(day)))
            .filter(|(first, last)| (*last - *first).num_days() <= tolerance);
    }
    for (st, _) in out.iter_mut().zip(dated).filter(|(_, d)| !**d) {
        let Some(&p) = st.places.first() else {
            continue;
        };
        if let Some(&Some((day, _))) = days.get(&places.rollup(p, PlaceKind::City)) {
            st.date = Some(day);
            st.trace
                .add(|| format!("undated; the day the article names for {}: {day}", places.list[p].id));
        }
    }
}

/// How many sentences back "said then" looks for the earlier event it is about: the paragraph
/// before, about as far as a reader connects it.
const THEN_REACH: usize = 4;

/// Whether `day` is too long before `published` for the article's undated statements to be
/// about it: more than six days, a week's news.
fn long_before(day: NaiveDate, published: NaiveDate) -> bool {
    (published - day).num_days() > 6
}

/// The places of the finest level named (facility, then city...), in text order.
fn most_specific(places: &Places, named: &[usize]) -> Vec<usize> {
    let Some(finest) = named.iter().map(|&p| places.list[p].kind).max() else {
        return Vec::new();
    };
    let mut v: Vec<usize> = named
        .iter()
        .copied()
        .filter(|&p| places.list[p].kind == finest)
        .collect();
    v.dedup();
    v
}

/// The first place named later in the same paragraph that satisfies `ok`.
fn forward(clues: &[Clues], i: usize, ok: &dyn Fn(usize) -> bool) -> Option<usize> {
    let para = clues[i].para;
    clues
        .iter()
        .skip(i + 1)
        .take(6)
        .take_while(|c| c.para == para)
        .find_map(|c| c.named.iter().copied().find(|&p| ok(p)))
}

/// For a claim about the speaker's own territory: the nearest earlier place run by side `own`
/// (inside the region of the speaker's own `home` place when the speaker has one: a regional
/// governor speaks of his region, not of a city named before in another one), else the
/// speaker's place, else that
/// side's country; `None` when the side has no country (third parties).
fn own_territory(
    recent: impl Iterator<Item = Context>,
    places: &Places,
    rules: &RuleSet,
    own: usize,
    home: &[usize],
) -> Option<(Vec<usize>, Trace)> {
    let mut recent = recent.peekable();
    // at the level of the home's region: a mayor's interceptions happen on the approach to the
    // city as well ("air defence near Lyubertsy", in the Moscow region, for the Moscow mayor)
    let at_home = |p: usize| home.is_empty() || home.iter().any(|&h| places.within(p, places.region_of(h)));
    // a contested place the sentence before was about: both sides' air defences work there
    // ("rockets hit the building in Makiivka ... two were shot down, while four hit it")
    let contested_just_before = recent
        .peek()
        .filter(|h| places.list[h.place].authority == Authority::Contested && at_home(h.place))
        .copied();
    if let Some(h) =
        contested_just_before.or_else(|| recent.find(|h| places.side_of(h.place) == Some(own) && at_home(h.place)))
    {
        return Some((
            vec![h.place],
            Trace::line(|| {
                format!(
                    "about the speaker's own territory: {} from before",
                    places.list[h.place].id
                )
            }),
        ));
    }
    if !home.is_empty() {
        let home = most_specific(places, home);
        let why = Trace::line(|| {
            let names: Vec<&str> = home.iter().map(|&p| places.list[p].id.as_str()).collect();
            format!("about the speaker's own territory: the speaker's {}", names.join(", "))
        });
        return Some((home, why));
    }
    let mut countries: Vec<usize> = rules
        .sides
        .countries_of(own)
        .filter_map(|id| places.index(id))
        .collect();
    countries.sort_unstable();
    let country = *countries.first()?;
    Some((
        vec![country],
        Trace::line(|| "about the speaker's own territory, none named before: its country".into()),
    ))
}

/// The place of `kind` that recent statements are most often about (the latest among equals):
/// "the town" is the town the article is about, not one named in passing.
fn topic_place(recent: impl Iterator<Item = Context>, places: &Places, kind: PlaceKind) -> Option<usize> {
    let mut counts: Vec<(usize, usize, usize)> = Vec::new(); // (place, count, recency rank)
    for (rank, h) in recent.enumerate() {
        let p = places.rollup(h.place, kind);
        if places.list[p].kind != kind {
            continue;
        }
        match counts.iter_mut().find(|c| c.0 == p) {
            Some(c) => c.1 += 1,
            None => counts.push((p, 1, rank)),
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(_, n, rank)| (n, std::cmp::Reverse(rank)))
        .map(|c| c.0)
}

/// Where the latest place of `kind` lies when the gazetteer did not know it ("the village of
/// Novoselivka in the Donetsk region"), if no other place was named after it.
/// Only where that statement named the wider place itself: an inherited one says nothing about
/// where the unknown place lies.
fn unknown_named_last(recent: impl Iterator<Item = Context>, kind: PlaceKind) -> Option<usize> {
    for h in recent {
        if h.unknown == Some(kind) {
            return (h.named_at == h.sentence).then_some(h.place);
        }
        if h.named_at == h.sentence {
            return None;
        }
    }
    None
}

/// The first place named in the next few statements, for the opening of an article (a headline
/// and lede often name the place only later).
fn opening(clues: &[Clues], i: usize) -> Option<usize> {
    clues.iter().skip(i + 1).take(6).find_map(|c| c.named.first().copied())
}

/// A statement that names only a region is about the one city in it that the article's claims
/// are about, if there is exactly one. (A country is not narrowed: a statement about a country
/// is compared with every incident in it by the pairing stage.)
/// Dates count within `tolerance` days of each other, as the pairing stage counts them within
/// one article: the ministry's "on Wednesday" and the strike reported on Friday are one story.
fn refine(out: &mut [Statement], places: &Places, tolerance: i64) {
    // the distinct cities per date: a statement is compared with the gazetteer's cities, not
    // with every statement of the article
    let mut cities: BTreeMap<Option<NaiveDate>, BTreeSet<usize>> = BTreeMap::new();
    for s in out.iter().filter(|s| !s.kinds.is_empty()) {
        if let Some(&p) = s.places.first() {
            let c = places.rollup(p, PlaceKind::City);
            if places.list[c].kind >= PlaceKind::City {
                cities.entry(s.date).or_default().insert(c);
            }
        }
    }
    for st in out.iter_mut() {
        let mut refined = Vec::new();
        for &p in st.places.iter() {
            if !matches!(places.list[p].kind, PlaceKind::Region | PlaceKind::District) {
                refined.push(p);
                continue;
            }
            let near = |d: &Option<NaiveDate>| match (d, st.date) {
                (Some(d), Some(date)) => (*d - date).num_days().abs() <= tolerance,
                (d, date) => *d == date,
            };
            let mut inside: Vec<usize> = cities
                .iter()
                .filter(|(d, _)| near(d))
                .flat_map(|(_, cs)| cs.iter().copied())
                .filter(|&c| places.within(c, p))
                .collect();
            inside.sort_unstable();
            inside.dedup();
            if let [only] = inside.as_slice() {
                st.trace.add(|| {
                    format!(
                        "names {} only; the article's statements there are about {}",
                        places.list[p].id, places.list[*only].id
                    )
                });
                refined.push(*only);
                st.place_how = PlaceHow::Refined;
            } else {
                refined.push(p);
            }
        }
        refined.dedup();
        st.places = intern_indexes(&refined);
    }
}

/// An offset, line or index of an article as stored in a [`Statement`]: articles are refused
/// above 1 GiB ([`crate::input`]), so it always fits.
fn offset(n: usize) -> u32 {
    u32::try_from(n).expect("articles are at most 1 GiB")
}

/// Whether the target phrase at token `at` names what someone ferried, abandoned or ran short
/// of ("abandoned their armoured vehicles and ammunition"): a cargo word up to six tokens
/// before it, with only words, commas and possessives between.
fn is_cargo(toks: &Tokens, lang: &crate::rules::language::Language, at: usize) -> bool {
    (at.saturating_sub(6)..at)
        .rev()
        .take_while(|&k| matches!(toks.toks[k].kind, TokKind::Word | TokKind::Possessive) || toks.word(k) == ",")
        .any(|k| lang.cargo_words.has(toks.word(k)))
}

/// `<place>@<date>`: the place rolled up to its city (a plant is in its city), and the date.
pub fn incident_key(places: &Places, p: usize, date: Option<NaiveDate>) -> String {
    let at = places.rollup(p, PlaceKind::City);
    match date {
        Some(d) => format!("{}@{}", places.list[at].id, d),
        None => places.list[at].id.clone(),
    }
}

fn clues_of(
    doc: &Document,
    c: &Classified,
    rules: &RuleSet,
    lexer: &Lexer<'_>,
    vessels: &mut Vec<(usize, Option<usize>)>,
) -> Clues {
    let a = &c.attributed;
    let lexed = lexer.get(a.start, a.end);
    let toks: &Tokens = &lexed;
    let lang = &rules.language;
    let places = &rules.places;
    let in_attribution = |i: usize| {
        a.attribution
            .iter()
            .any(|&(s, e)| toks.toks[i].start >= s && toks.toks[i].end <= e)
    };
    let sources: Vec<(usize, usize)> = lexed
        .longest(Set::SourceNames)
        .into_iter()
        .map(|h| (h.a, h.b))
        .collect();
    let targets: Vec<(usize, usize, usize)> = lexed
        .longest(Set::Targets)
        .into_iter()
        .filter(|h| !is_cargo(toks, lang, h.a))
        .map(|h| (h.a, h.b, h.payload as usize))
        .collect();
    // "a Russian factory", "Ukraine's airfields", "the airfields of Ukraine": the country's; a
    // name that does not modify what follows only counts after the target ("accused Kyiv of
    // targeting residential buildings": the buildings are not Kyiv's); words and punctuation
    // both between end the noun phrase ("the Russian military \"strikes only military
    // targets\"", but "Ukraine's \"military airfields\"")
    let in_phrase = |b: usize, ta: usize| {
        let between = || (b..ta).filter(|&k| toks.toks[k].kind != TokKind::Possessive);
        // "The Russian armed forces strike only military targets": the demonym qualifies the
        // forces that act, a noun with words after it; "a Russian military airfield" qualifies
        // the target
        // ... and so does a plural body right before a verb read as a target ("Russian forces
        // target only military infrastructure"), where a singular one qualifies the target too
        let plural_body = ta > b && {
            let w = toks.word(ta - 1);
            lang.institution_nouns.has(w) && lang.singular(w) != w
        };
        let actor = plural_body
            || (b..ta.saturating_sub(1)).any(|k| {
                let w = toks.word(k);
                lang.institution_nouns.has(w) || lang.speaker_nouns.has(w)
            });
        // "Russian missiles hit a residential area", "Russian strikes on apartment blocks": a
        // verb or locative between ends the demonym's phrase, which names the attacker
        let attacker = (b..ta).any(|k| lang.locatives.has(toks.word(k)));
        !actor
            && !attacker
            && (between().all(|k| toks.toks[k].kind == TokKind::Word)
                || !between().any(|k| toks.toks[k].kind == TokKind::Word))
    };
    let near_target = |a: usize, b: usize, modifies: bool| {
        targets.iter().any(|&(ta, tb, _)| {
            (modifies && ta >= b && ta <= b + 3 && in_phrase(b, ta))
                || (a >= tb && a <= tb + 2 && lang.genitive_prepositions.has(toks.word(a - 1)))
        })
    };
    let mut clues = Clues {
        para: a.para,
        ..Clues::default()
    };
    clues.topic_shift = lang.topic_shifts_at(toks, 0) > 0;
    let hits = places.find(toks, lexed.longest(Set::PlaceNames), lang, &sources);
    let place_spans: Vec<(usize, usize)> = hits.iter().map(|h| (h.a, h.b)).collect();
    let listed_regions = before_plural_region_noun(&hits, toks, lang);
    let mut measured_from: Vec<usize> = Vec::new();
    let mut event_named: Vec<usize> = Vec::new();
    let mut origin_end: Option<usize> = None;
    let mut named_spans: Vec<(usize, usize)> = Vec::new();
    let mut ship_targets: Vec<usize> = Vec::new();
    // "In the city of Dnipro, a missile hit ...", "In the Kursk region, ...": a locative first,
    // the place (and its kind), then a comma
    clues.opens_with_place = !toks.is_empty()
        && lang.locatives.has(toks.word(0))
        && hits.first().is_some_and(|h| {
            let end = if h.b < toks.len() && lang.place_nouns.get(toks.word(h.b)).is_some() {
                h.b + 1
            } else {
                h.b
            };
            h.a <= OPENER_REACH
                && end < toks.len()
                && toks.word(end) == ","
                && (1..h.a).all(|k| toks.toks[k].kind == TokKind::Word)
                && places.list[h.place].kind != PlaceKind::Country
        });
    for (k, h) in hits.into_iter().enumerate() {
        let place = &places.list[h.place];
        // "Oleksandr Kamyshin": a surname, not the town
        if lang.after_given_name(toks, h.a) {
            continue;
        }
        // "the landing ship Novocherkassk", and "the Novocherkassk" after it: a ship named after
        // a town is no place, but the ship is what was hit
        // ... and "the Minsk, a large landing ship,": the noun in the appositive after it
        let apposed_vessel = (h.b + 1 < toks.len() && toks.word(h.b) == "," && lang.articles.has(toks.word(h.b + 1)))
            .then(|| {
                (h.b + 2..(h.b + 6).min(toks.len()))
                    .take_while(|&k| toks.toks[k].kind == TokKind::Word)
                    .find(|&k| lang.vessel_nouns.has(toks.word(k)))
            })
            .flatten();
        let vessel_before = h.a > 0 && lang.vessel_nouns.has(toks.word(h.a - 1));
        if !vessels.iter().any(|v| v.0 == h.place) && (vessel_before || apposed_vessel.is_some()) {
            let noun = targets
                .iter()
                .find(|&&(ta, tb, _)| (ta < h.a && h.a <= tb) || apposed_vessel.is_some_and(|k| ta <= k && k < tb))
                .map(|&(_, _, t)| t);
            vessels.push((h.place, noun));
        }
        if let Some(&(_, ship)) = vessels.iter().find(|v| v.0 == h.place) {
            ship_targets.extend(ship);
            continue;
        }
        // "the Yamal and the Azov, both large landing ships of Russia's Black Sea Fleet": a
        // country that owns a body the rules know (right after it, or in the body's own name) says
        // whose the body is, not where
        let owns_body = place.kind == PlaceKind::Country
            && h.b < toks.len()
            && toks.toks[h.b].kind == TokKind::Possessive
            && sources.iter().any(|&(a, b)| (a == h.b + 1 || a <= h.a) && h.b < b);
        if owns_body {
            continue;
        }
        let third_country = places
            .side_of(h.place)
            .is_some_and(|s| Some(s) == rules.sides.default_side());
        // "Speaking to reporters in Kyiv, Yusov said", "..., she told reporters in Geneva":
        // where the speaker spoke from, when that is a capital or a third country's (also when
        // the attribution takes it in: it is no home of the speaker's either)
        if lang.speaking_before(toks, h.a) && (place.capital || third_country) {
            continue;
        }
        // a place opening the sentence, set off by a comma: "In Moscow, ..."
        let opening = h.a == 1 && h.b < toks.len() && toks.word(h.b) == ",";
        // "In Moscow, Kremlin spokesman Dmitry Peskov said": where the government spoke from,
        // when the speaker is that government's (a national source with no place of its own)
        let seat = place.capital
            && opening
            && a.speaker.as_ref().and_then(|sp| sp.source).is_some_and(|s| {
                let src = &rules.sources.list[s];
                src.place.is_none()
                    && matches!(src.side, crate::rules::sources::SideRef::Fixed(side) if place.country.and_then(|c| places.side_of(c)) == Some(side))
            });
        // ... and "In Moscow, the defence ministry said", "In Ukraine, a source in the SBU told
        // Suspilne": a warring side's capital or country right before the speaker, whoever the
        // speaker is (a third country's is where its officials speak of their own country: "In
        // Warsaw, government spokesman ... said")
        let speaker_next = opening
            && lang.locatives.has(toks.word(0))
            && h.b + 1 < toks.len()
            && a.attribution.iter().any(|&(s, _)| s == toks.toks[h.b + 1].start);
        if seat || (speaker_next && !third_country && (place.capital || place.kind == PlaceKind::Country)) {
            continue;
        }
        if in_attribution(h.a) {
            // "Kamyshin said" after "Oleksandr Kamyshin": the speaker's surname, not the town
            let surname = h.b == h.a + 1
                && a.speaker.as_ref().is_some_and(|sp| {
                    sp.kind == SpeakerKind::Person
                        && sp
                            .name
                            .rsplit(' ')
                            .next()
                            .is_some_and(|last| last.eq_ignore_ascii_case(toks.word(h.a)))
                });
            if surname {
                continue;
            }
            // "the Voronezh governor": the region, but not the speaker's own country or capital,
            // unless the capital has an official of its own ("Kyiv mayor", "Kyiv governor")
            let local_title = (h.b..(h.b + 2).min(toks.len()))
                .any(|k| lang.city_titles.has(toks.word(k)) || lang.regional_titles.has(toks.word(k)));
            if place.kind != PlaceKind::Country && (!place.capital || local_title) {
                clues.speaker_places.push(h.place);
                clues.speaker_regional |= regional_title_near(toks, h.a, h.b, lang);
            }
            continue;
        }
        // "fired from the direction of Kurakhove": where the attack came from, not where it was
        // ... and the region it lies in: "from the Lyptsi area of the neighboring Kharkiv region"
        // ... or "over Russia's Kursk region": the region of the country named as the origin
        let of_origin = origin_end.is_some_and(|e| {
            let genitive = h.a >= e
                && h.a <= e + 5
                && (e..h.a).all(|k| toks.toks[k].kind == TokKind::Word)
                && (e..h.a).any(|k| lang.genitive_prepositions.has(toks.word(k)));
            let possessive = h.a > e && h.a <= e + 1 && (e..h.a).all(|k| toks.toks[k].kind == TokKind::Possessive);
            // ... or the next of a list: "fired from the Kursk and Voronezh regions"
            let listed = h.a == e + 1 && lang.conjunctions.has(toks.word(e));
            genitive || possessive || listed
        });
        // "the base had been used to launch attacks on Sumy": where its attacks went
        if of_origin || lang.origin_before(toks, h.a) || lang.purpose_before(toks, h.a) {
            origin_end = Some(h.b);
            continue;
        }
        // "He was on a visit to Sweden at the time": where a speaker went, not an incident
        // ... and "Zelenskiy said in a video address during a visit to the western city of
        // Ivano-Frankivsk": where the one speaking was, whatever the country
        let visiting = a.speaker.is_some() && lang.visit_while_speaking_before(toks, h.a);
        if (lang.travel_before(toks, h.a) && third_country) || visiting {
            continue;
        }
        // "a soldier killed near Popasna in 2022": an event of an earlier year
        if doc.date.is_some_and(|d| in_earlier_year(toks, h.b, d.year(), lang)) {
            continue;
        }
        // "retreating toward Kostiantynivka": where troops went
        if lang.destination_before(toks, h.a) {
            continue;
        }
        // "deployed around Kyiv in the first weeks of the war": the war's first events
        if lang.at_war_start(toks, h.b) {
            continue;
        }
        // "45 kilometres northeast of Kharkiv": where to measure from
        if lang.bearing_before(toks, h.a) {
            measured_from.push(h.place);
            continue;
        }
        // "came a day after Russian forces withdrew from Snake Island": another day's event
        if lang.in_other_event(toks, h.a) {
            continue;
        }
        // "officers who had planned the Belgorod attack": an event named by its place
        if lang.names_event(toks, h.a, h.b) {
            event_named.push(h.place);
            continue;
        }
        let metonym = place.names_government();
        // "to pin the deaths on Moscow": the government blamed
        if metonym && lang.blamed_before(toks, h.a) {
            continue;
        }
        let possessive = h.b < toks.len() && toks.toks[h.b].kind == TokKind::Possessive;
        // "Officials in Moscow did not comment": whose officials, not where anything happened
        // (a capital only, and people: "the offices of a news agency in Azerbaijan" are there,
        // and "air defence forces in Kyiv" fight there); a government sits in its capital: "the
        // ministry in Moscow announces a capture", "the regime in Kyiv"
        let affiliation = h.a >= 2 && lang.affiliation_prepositions.has(toks.word(h.a - 1)) && {
            let noun = toks.word(h.a - 2);
            (lang.speaker_nouns.has(noun) && !lang.institution_nouns.has(noun)) || lang.government_nouns.has(noun)
        };
        if place.capital && affiliation {
            continue;
        }
        // "appeal to the U.S. Congress": a country's body, not the country's ground; "weapons to
        // the Kyiv regime": a capital's government, not the city
        let body_after = (place.kind == PlaceKind::Country
            || (place.capital && h.b < toks.len() && lang.government_nouns.has(toks.word(h.b))))
            && h.b < toks.len()
            && (lang.institution_nouns.has(toks.word(h.b)) || lang.government_nouns.has(toks.word(h.b)));
        if metonym && (possessive || body_after || !after_locative(toks, h.a, lang)) {
            // "Kyiv said", "On Russia's attacks": a government; "Ukraine's airfields": a hint
            if let Some(country) = place.country.filter(|_| near_target(h.a, h.b, possessive)) {
                clues.hints.push(country);
            }
            continue;
        }
        if place.kind == PlaceKind::Country
            && h.a > 0
            && (h.a.saturating_sub(2)..h.a).any(|k| lang.scope_words.has(toks.word(k)))
        {
            clues.country_scope = true;
        }
        // "near Moscow": the region around the capital; "the Kostiantynivka sector": the front
        // around the town
        let direction = h.b < toks.len() && lang.directions.has(toks.word(h.b));
        // "the Bryansk and Kursk regions": each name is its region, not the city of that name
        let listed_region = listed_regions[k] && place.kind > PlaceKind::Region;
        let widen = (place.capital && near_vicinity(toks, h.a, lang)) || direction || listed_region;
        let p = if widen {
            place.parent.map(|par| places.region_of(par)).unwrap_or(h.place)
        } else {
            h.place
        };
        clues.named.push(p);
        if places.list[p].kind != PlaceKind::Country {
            named_spans.push((h.a, h.b));
        }
    }
    // ... unless nothing else is named, or only what contains it: "a village 10 km north of
    // Kupiansk" and "Dachenske, west of Pokrovsk, in the Donetsk region" are near it
    let named_before = !clues.named.is_empty();
    for p in measured_from {
        if clues.named.iter().all(|&q| places.within(p, q)) {
            clues.named.push(p);
        }
    }
    // a town one measures from is where its officials are ("just east of Belgorod"); a region or
    // country one measures from is often across a border
    clues.measured_only = !named_before
        && !clues.named.is_empty()
        && clues.named.iter().all(|&p| places.list[p].kind <= PlaceKind::Region);
    for h in lexed.longest(Set::Demonyms) {
        // "the Russians are hitting civilian infrastructure": a plural demonym names people, who
        // act; only an adjective ("a Russian ammunition factory") or a possessive says whose
        // the target is
        let word = toks.word(h.b - 1);
        let possessive = h.b < toks.len() && toks.toks[h.b].kind == TokKind::Possessive;
        let people = !possessive && places.people.contains(word);
        // "any attack on a Russian ship in that area", "two Russian vessels were destroyed": a
        // ship's flag is not where it was
        let flag = targets
            .iter()
            .any(|&(ta, tb, _)| ta >= h.b && ta <= h.b + 2 && lang.vessel_nouns.has(lang.singular(toks.word(tb - 1))));
        if !in_attribution(h.a) && !flag && near_target(h.a, h.b, !people) {
            clues.hints.push(h.payload as usize);
        }
    }
    clues.hints.dedup();
    for i in 1..toks.len() {
        if i >= 2
            && lang.definite_articles.has(toks.word(i - 1))
            && lang.locatives.has(toks.word(i - 2))
            && lang.area_nouns.has(toks.word(i))
        {
            clues.in_the_area = true;
        }
        if lang.definite_articles.has(toks.word(i - 1)) && clues.definite_place.is_none() {
            clues.definite_place = lang.place_nouns.get(toks.word(i)).copied();
        }
        // "the village of Novoselivka", a name the gazetteer does not have
        let named_unknown = clues.unknown_place.is_none()
            && i + 2 < toks.len()
            && lang.genitive_prepositions.has(toks.word(i + 1))
            && toks.toks[i + 2].cap
            && !place_spans.iter().any(|&(a, b)| a <= i + 2 && i + 2 < b);
        if named_unknown {
            clues.unknown_place = lang.place_nouns.get(toks.word(i)).copied();
            clues.unknown_name = clues.unknown_place.map(|_| cap_run_hash(toks, i + 2));
        }
    }
    // "Russia's Defense Ministry did not mention Rzhyshchiv": capitalised runs no place or
    // source covers, for names an earlier statement introduced as unknown places
    let mut k = 0;
    while k < toks.len() {
        let t = &toks.toks[k];
        let covered = |k: usize| {
            place_spans.iter().any(|&(a, b)| a <= k && k < b) || sources.iter().any(|&(a, b)| a <= k && k < b)
        };
        // ("In Novoselivka, ...": a word that never begins a name does not begin the run)
        if t.kind == TokKind::Word && t.cap && !covered(k) && !lang.not_names.has(toks.word(k)) {
            clues.cap_runs.push(cap_run_hash(toks, k));
            while k < toks.len() && toks.toks[k].kind == TokKind::Word && toks.toks[k].cap {
                k += 1;
            }
        } else {
            k += 1;
        }
    }
    // ... which is what the statement is about when it names nothing else ("Kyiv denied any
    // part in the Belgorod attack")
    if clues.named.is_empty() && clues.definite_place.is_none() {
        clues.named.extend(event_named);
    }
    // "a barracks at a prison camp in eastern Ukraine ..., killing prisoners ... of the steel
    // plant in Mariupol": the first target is far from every place below a country it names
    clues.target_far = targets.first().is_some_and(|&(ta, tb, _)| {
        !named_spans.is_empty()
            && named_spans.iter().all(|&(a, b)| {
                let gap = if a >= tb { a - tb } else { ta.saturating_sub(b) };
                gap > lang.target_place_window
            })
    });
    let head = |tb: usize| word_hash(toks.word(tb - 1));
    for &(ta, tb, t) in &targets {
        clues.targets.push(t);
        if clues.target_head.is_none() {
            clues.target_head = Some(head(tb));
        }
        let definite = !rules.targets.list[t].generic
            && (ta.saturating_sub(2)..ta).any(|i| lang.definite_articles.has(toks.word(i)));
        if ta > 0 && lang.dual_determiners.has(toks.word(ta - 1)) {
            clues.dual = true;
        }
        if definite && clues.definite_target.is_none() {
            clues.definite_target = Some(t);
            clues.definite_head = Some(head(tb));
        }
        let the_generic = rules.targets.list[t].generic && ta > 0 && lang.definite_articles.has(toks.word(ta - 1));
        if the_generic && clues.generic_head.is_none() {
            clues.generic_head = Some(head(tb));
        }
    }
    // a named ship is a target too: "the Novocherkassk would not sail again"
    for t in ship_targets {
        if !clues.targets.contains(&t) {
            clues.targets.push(t);
        }
    }
    // a named facility is also a target
    for &p in &clues.named {
        if let Some(t) = places.list[p].target {
            if !clues.targets.contains(&t) {
                clues.targets.insert(0, t);
            }
        }
    }
    // "air defence shot down 74 drones": a claim about the speaker's own territory (not the
    // other side's claim the speaker disputes)
    if let SideAttr::Side(side) = a.side {
        let kinds = || c.kinds.iter().map(|&k| &rules.claims.kinds[k]);
        if kinds().any(|k| k.own_territory) && !kinds().any(|k| k.disputes) {
            clues.own_side = Some(side);
        }
    }
    let dates = date_of(&lexed, doc.date, rules);
    (clues.date, clues.date_named, clues.same_year) = (dates.date, dates.named, dates.same_year);
    let other_month = dates.other_month;
    // "In 2022, ...": a sentence that opens with an earlier year is background
    clues.earlier_year = !clues.date_named
        && doc.date.is_some_and(|d| {
            toks.len() > 1
                && lang.locatives.has(toks.word(0))
                && toks.toks[1].kind == TokKind::Number
                && toks.word(1).len() == 4
                && toks.word(1).parse::<i32>().is_ok_and(|y| y < d.year())
        });
    // "The refinery was also targeted in January": a month without a day, other than the
    // article's, is another event
    clues.earlier_year |= !clues.date_named && other_month;
    clues.says_then = !clues.date_named && lang.says_then(toks);
    clues
}

/// "Krasnodar region's emergency headquarters gave a different account. Fragments fell on the
/// refinery, it said": a speaker met again by a pronoun keeps the regions its phrase named, so
/// "the refinery" is the one in its region, not another named in between.
fn carry_homes_to_pronouns(doc: &Document, classified: &[Classified], clues: &mut [Clues], rules: &RuleSet) {
    let mut homes: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (c, cl) in classified.iter().zip(clues.iter_mut()) {
        let a = &c.attributed;
        let Some(sp) = &a.speaker else { continue };
        if !cl.speaker_places.is_empty() {
            homes.insert(&sp.name, speaker_home(cl, &rules.places));
            continue;
        }
        let pronoun = a
            .speaker_span
            .and_then(|(x, y)| doc.text.get(x..y))
            .is_some_and(|p| rules.language.is_pronoun(&p.to_lowercase()));
        if let Some(home) = homes.get(&*sp.name).filter(|_| pronoun) {
            cl.pronoun_home.clone_from(home);
        }
    }
}

/// The places the speaker's title names, as regions for a regional official unless the statement
/// speaks of "the city" (the governor's "in the city" is the city his region is named after).
fn speaker_home(cl: &Clues, places: &Places) -> Vec<usize> {
    let city_meant = cl.definite_place == Some(PlaceKind::City);
    cl.speaker_places
        .iter()
        .map(|&p| {
            if cl.speaker_regional && !city_meant {
                places.region_of(p)
            } else {
                p
            }
        })
        .collect()
}

/// For each place hit, whether it belongs to a list of names ("Bryansk, Kaluga and Kursk": hits at
/// most two tokens apart) followed by a plural place noun of region level ("regions", "oblasts",
/// from `place_nouns` and `plural_suffixes`): the names are then regions even where the
/// gazetteer's entry for the bare name is a city.
fn before_plural_region_noun(
    hits: &[crate::rules::places::PlaceHit],
    toks: &Tokens,
    lang: &crate::rules::language::Language,
) -> Vec<bool> {
    let mut out = vec![false; hits.len()];
    let mut end = hits.len();
    while end > 0 {
        let last = end - 1;
        let mut start = last;
        while start > 0 && hits[start - 1].b <= hits[start].a && hits[start].a <= hits[start - 1].b + 2 {
            start -= 1;
        }
        let after = hits[last].b;
        let plural_region = after < toks.len() && {
            let w = toks.word(after);
            let one = lang.singular(w);
            one != w && lang.place_nouns.get(one) == Some(&PlaceKind::Region)
        };
        out[start..end].fill(plural_region);
        end = start;
    }
    out
}

/// Whether the title of a regional official stands right by the place at tokens `a..b` ("the
/// Belgorod governor", "governor of Belgorod", "Belgorod's governor").
fn regional_title_near(toks: &Tokens, a: usize, b: usize, lang: &crate::rules::language::Language) -> bool {
    let after = (b..(b + 2).min(toks.len())).any(|k| lang.regional_titles.has(toks.word(k)));
    let before = (a.saturating_sub(3)..a).any(|k| lang.regional_titles.has(toks.word(k)));
    after || before
}

/// Whether a locative word ("in", "over", "towards") stands before token `i`, with at most
/// articles and adjectives between ("in eastern Ukraine", "towards the capital Kyiv").
fn after_locative(toks: &Tokens, i: usize, lang: &crate::rules::language::Language) -> bool {
    // "the territory of Poland", "Russian airspace" aside: the ground named, as "in Poland"
    if i >= 2 && lang.genitive_prepositions.has(toks.word(i - 1)) && lang.territory_nouns.has(toks.word(i - 2)) {
        return true;
    }
    for back in 1..=3usize {
        let Some(k) = i.checked_sub(back) else { return false };
        if toks.toks[k].kind != TokKind::Word {
            return false;
        }
        let w = toks.word(k);
        if lang.locatives.has(w) {
            // "to destabilize Ukraine": an infinitive, not a direction; "to the Kharkiv region" is
            if lang.infinitive_markers.has(w) && back > 1 && !lang.determiners.has(toks.word(k + 1)) {
                return false;
            }
            // "pressure on Moscow", "sanctions against Russia": the government; "units fighting
            // against Ukraine": the side fought
            let fought = lang.opposing_prepositions.has(w)
                && (k.saturating_sub(2)..k).any(|j| lang.fighting_words.has(toks.word(j)));
            return !fought && !(k.saturating_sub(2)..k).any(|j| lang.pressure_nouns.has(toks.word(j)));
        }
        if lang.clause_words.has(w) || lang.np_prepositions.has(w) || lang.fillers.has(w) || toks.toks[k].cap {
            return false;
        }
    }
    false
}

/// Whether "in <year>" (or "in spring <year>", "in March <year>": see `period_words`), a year
/// before `this_year`, follows the place ending at `b` within a few words of the same clause
/// ("near Popasna in Luhansk Oblast in 2022").
fn in_earlier_year(toks: &Tokens, b: usize, this_year: i32, lang: &crate::rules::language::Language) -> bool {
    for k in b..(b + 6).min(toks.len()) {
        let t = &toks.toks[k];
        if t.kind == TokKind::Number {
            let year = toks
                .word(k)
                .parse::<i32>()
                .ok()
                .filter(|y| toks.word(k).len() == 4 && *y >= 1900);
            // "in 2022", "in spring 2022", "in the summer of 2023", "in March 2022"
            let period = |j: usize| lang.period_words.has(toks.word(j)) || lang.months.get(toks.word(j)).is_some();
            let mut j = k;
            while j > b && j + 4 > k && period(j - 1) {
                j -= 1;
            }
            return j > b && lang.locatives.has(toks.word(j - 1)) && year.is_some_and(|y| y < this_year);
        }
        if t.kind != TokKind::Word || lang.clause_breaks.has(toks.word(k)) {
            return false;
        }
    }
    false
}

fn near_vicinity(toks: &Tokens, i: usize, lang: &crate::rules::language::Language) -> bool {
    (i.saturating_sub(2)..i).any(|k| lang.vicinity.has(toks.word(k)))
}

/// A date the statement names: "January 14", "on Thursday", "yesterday". A date within the
/// incident tolerance of the article's date is the article's date. Also whether it names a month
/// without a day other than the article's ("in January"), outside a relative clause.
fn date_of(toks: &Lexed, doc_date: Option<NaiveDate>, rules: &RuleSet) -> DateClues {
    let lang = &rules.language;
    let n = toks.len();
    let mut found: Option<NaiveDate> = None;
    let mut other_month = false;
    let mut same_year = false;
    for i in 0..n {
        let w = toks.word(i).trim_end_matches('.');
        let month = lang.months.get(w);
        if month.is_none() && !lang.weekdays.contains_key(w) {
            continue;
        }
        if let (Some(&m), Some(doc), true) = (month, doc_date, i > 0) {
            other_month |= other_month_at(toks, i, m, doc, lang);
        }
        if (i.saturating_sub(4)..i).any(|k| lang.past_markers.has(toks.word(k))) {
            continue; // "in a previous attack on January 8"
        }
        // "extending a ban on gasoline exports until Sept. 30": a date that bounds a period
        // dates no event (the day may stand before the month: "until 30 September")
        let bound = |k: usize| lang.period_starts.has(toks.word(k));
        if i > 0 && (bound(i - 1) || (i > 1 && toks.word(i - 1).parse::<u32>().is_ok() && bound(i - 2))) {
            continue;
        }
        if let Some(&m) = month {
            let day_at = |k: usize| toks.word(k).parse::<u32>().ok().filter(|d| (1..=31).contains(d));
            // "Aug. 14": the abbreviation's point is a token of its own
            let next = past_point(toks, i);
            let day_after = (next < n).then(|| day_at(next)).flatten();
            let day = day_after.or_else(|| (i > 0).then(|| day_at(i - 1)).flatten());
            // "19 September 2023", "September 19, 2023": the year it names
            let year = [next, next + 1, next + 2]
                .into_iter()
                .filter(|&k| k < n && toks.word(k).len() == 4)
                .find_map(|k| toks.word(k).parse::<i32>().ok().filter(|y| (1900..=2200).contains(y)));
            // "26 December that year": the year named before, which the caller knows
            let after = if day_after.is_some() { next + 1 } else { next };
            same_year |= year.is_none() && day.is_some() && found.is_none() && lang.same_year_at(toks, after);
            if let (Some(d), Some(doc)) = (day, doc_date) {
                let mut cand = NaiveDate::from_ymd_opt(year.unwrap_or(doc.year()), m, d);
                if year.is_none() && cand.is_some_and(|c| c > doc + Duration::days(7)) {
                    cand = NaiveDate::from_ymd_opt(doc.year() - 1, m, d);
                }
                // "would hand the city over to the army on May 25": a day after publication is a
                // plan, not when anything reported happened
                if year.is_none() && cand.is_some_and(|c| c > doc + Duration::days(1)) {
                    continue;
                }
                found = found.or(cand);
            }
        } else if let (Some(&wd), Some(doc)) = (lang.weekdays.get(w), doc_date) {
            let doc_wd = doc.weekday().number_from_monday();
            let back = (doc_wd + 7 - wd) % 7;
            // "images released on Wednesday" in an article dated Tuesday: the day after (an
            // updated article), not six days before
            let day = if back == 6 {
                doc + Duration::days(1)
            } else {
                doc - Duration::days(i64::from(back))
            };
            found = found.or(Some(day));
        }
    }
    let named = found.is_some();
    if found.is_none() {
        if let (Some(h), Some(doc)) = (toks.longest(Set::RelativeDays).first(), doc_date) {
            found = Some(doc + Duration::days(lang.relative_offsets[h.payload as usize]));
        }
    }
    let date = match (found, doc_date) {
        (Some(f), Some(doc)) if (f - doc).num_days().abs() <= lang.date_tolerance_days => Some(doc),
        (f, _) => f,
    };
    DateClues {
        date,
        named,
        other_month,
        same_year,
    }
}

/// What [`date_of`] finds in a statement.
struct DateClues {
    /// The day it is about.
    date: Option<NaiveDate>,
    /// The text named that day (not the article's date by default).
    named: bool,
    /// It names a month other than the article's without a day.
    other_month: bool,
    /// The day was followed by "that year" (`language.same_year_phrases`): its year is the one
    /// named before, which the statement alone does not know.
    same_year: bool,
}

/// Whether the month `m` at token `i` (no day after it) is another month than the article's
/// `doc`, after a locative ("in January", "in January 2024") or a past marker ("last June"), and
/// outside a relative clause
/// ("Russia, which launched the invasion in February last year, denies ...": the clause's month
/// dates what it says of someone, not the statement).
/// The token after the month at `i`, past an abbreviation's point ("Aug. 14", "in Aug. 2023"):
/// the tokenizer gives the point a token of its own.
fn past_point(toks: &Lexed, i: usize) -> usize {
    if i + 2 < toks.len() && toks.word(i + 1) == "." {
        i + 2
    } else {
        i + 1
    }
}

fn other_month_at(toks: &Lexed, i: usize, m: u32, doc: NaiveDate, lang: &crate::rules::language::Language) -> bool {
    // "in Aug. 2023": past the abbreviation's point
    let next = past_point(toks, i);
    let year = match (next < toks.len() && toks.toks[next].kind == TokKind::Number).then(|| toks.word(next)) {
        Some(w) if w.len() == 4 => w.parse::<i32>().ok(),
        Some(_) => return false,
        None => Some(doc.year()),
    };
    let relative = || {
        (0..i)
            .rev()
            .take_while(|&k| toks.toks[k].kind != TokKind::Punct || toks.word(k) == "-")
            .any(|k| lang.relative_openers.has(toks.word(k)))
    };
    // "last June" is never the article's month, whichever that is
    // ... but "since last February" starts a period that runs to now
    let past = lang.past_markers.has(toks.word(i - 1)) && (i < 2 || !lang.period_starts.has(toks.word(i - 2)));
    (past || (lang.locatives.has(toks.word(i - 1)) && year.is_some_and(|y| (y, m) != (doc.year(), doc.month()))))
        && !relative()
}

#[cfg(test)]
mod tests {
    use crate::testkit::{find, place, side, statements, statements_dated};

    #[test]
    fn a_governors_interception_is_in_his_region() {
        let all = statements("The Belgorod governor said air defence shot down five drones.");
        assert_eq!(place(&all[0]), Some("belgorod-oblast"));
        // an earlier place in his region is more precise; one in another region is not his
        let all = statements(
            "Drones hit a depot in Shebekino. The Belgorod governor said air defence shot down five drones.",
        );
        assert_eq!(place(find(&all, "five drones")), Some("shebekino"));
        let all =
            statements("Drones hit a refinery in Ryazan. Vyacheslav Gladkov said air defence shot down five drones.");
        assert_eq!(place(find(&all, "five drones")), Some("belgorod-oblast"));
    }

    #[test]
    fn the_village_is_the_unknown_one_named_last_not_the_city_of_the_article() {
        let text = "Russian missiles struck the port of Odesa overnight, the governor said. \
                    The ministry also said its troops had captured the village of Novoselivka in the Donetsk region. \
                    Ukraine's General Staff denied that the village had been taken.";
        let all = statements(text);
        let denial = find(&all, "denied");
        assert_eq!(place(denial), Some("donetsk-oblast"), "{:?}", denial.trace);
        // a place named after it: "the village" no longer points back to it
        let text = "The ministry said its troops had captured the village of Novoselivka in the Donetsk region. \
                    Drones hit Odesa overnight. Officials said a fire broke out in the city.";
        let all = statements(text);
        assert_eq!(place(find(&all, "fire broke out")), Some("odesa"));
    }

    #[test]
    fn a_regional_officials_the_plant_is_the_one_in_his_region() {
        let all = statements(
            "Russia said Ukrainian forces had tried to attack the Kursk nuclear power plant with a drone. \
             A Ukrainian official said Russia had turned the Zaporizhzhia nuclear power plant into a military base. \
             Alexei Smirnov, the acting governor of the Kursk region, said the plant was operating normally.",
        );
        assert_eq!(place(find(&all, "operating normally")), Some("kurchatov"));
    }

    #[test]
    fn a_body_met_again_by_a_pronoun_keeps_its_region_for_the_plant() {
        let all = statements(
            "Ukraine's military said it had struck the Krasnodar oil refinery. \
             It said drones had also hit the Syzran refinery in the Samara region. \
             Krasnodar region's emergency headquarters gave a different account. \
             Fragments of a downed drone fell on the territory of the refinery, it said.",
        );
        assert_eq!(place(find(&all, "Fragments")), Some("krasnodar"));
    }

    #[test]
    fn in_the_capital_the_government_spoke_from_is_no_incident_place() {
        let all = statements(
            "Russian missiles struck Odesa overnight, officials said. \
             In Moscow, Kremlin spokesman Dmitry Peskov denied that Russia had targeted civilians.",
        );
        assert_eq!(place(find(&all, "Peskov")), Some("odesa"));
        // the city's own official speaks of the city
        let all = statements(
            "Russian missiles struck Odesa overnight, officials said. \
             In Moscow, Mayor Sergei Sobyanin said air defence had shot down a drone.",
        );
        assert_eq!(place(find(&all, "Sobyanin")), Some("moscow"));
    }

    #[test]
    fn a_warring_sides_capital_or_country_right_before_the_speaker_is_where_the_speaker_is() {
        let all = statements(
            "Drones hit an ammunition depot near Voronezh overnight, the governor said. \
             In Ukraine, a source in the SBU told Suspilne that the attack had been carried out by the agency's drones.",
        );
        assert_eq!(place(find(&all, "Suspilne")), Some("voronezh"));
        let all = statements(
            "Russian shelling killed 21 people in Merefa, Ukrainian officials said. \
             In Moscow, the defence ministry said its forces had struck military infrastructure in Merefa overnight.",
        );
        assert_eq!(place(find(&all, "infrastructure")), Some("merefa"));
    }

    #[test]
    fn a_ships_flag_is_not_where_it_was() {
        let all = statements(
            "Russia's defence ministry said its reconnaissance ship had destroyed six sea drones near Sevastopol. \
             \"We have no information about any attack on a Russian ship in that area,\" the navy spokesman said.",
        );
        assert_ne!(place(find(&all, "no information")), Some("russia"));
        let all = statements(
            "Ukraine's military intelligence said its sea drones had struck two boats in Vuzka Bay in Crimea. \
             \"As a result of the strike, two Russian vessels were destroyed,\" it said.",
        );
        assert_ne!(place(find(&all, "two Russian vessels")), Some("russia"));
    }

    #[test]
    fn a_plural_demonym_is_who_acts_not_whose_target() {
        let rules = crate::testkit::rules();
        assert!(rules.places.people.contains("russians"));
        assert!(!rules.places.people.contains("russian"));
        // the adjective still points at the country whose target it is
        let all = statements("Ukrainian rockets hit Belgorod. Drones also struck a Russian ammunition factory.");
        assert_eq!(place(find(&all, "ammunition factory")), Some("belgorod"));
        let all = statements(
            "Ukrainian rockets hit Belgorod. Russia struck Kharkiv overnight. \
             \"The Russians are hitting homes,\" the Kharkiv mayor said.",
        );
        assert_eq!(place(find(&all, "hitting homes")), Some("kharkiv"));
    }

    #[test]
    fn another_speakers_paragraph_after_one_on_another_place_goes_back_to_the_story() {
        let t = "A missile hit an apartment block in Uman, killing 23 people, the interior minister said.\n\n\
                 In the city of Dnipro, a missile hit a private house, killing two people, the governor said.\n\n\
                 Russia's Defence Ministry said its forces had struck places where reserve units were deployed.";
        assert_eq!(place(find(&statements(t), "reserve units")), Some("uman"));
        // ... also after the rest of that paragraph inherited the other place, and when the
        // paragraph opens on a region ("In the Kursk region,")
        let t = "A drone hit the Unecha oil pumping station, Ukraine's General Staff said.\n\n\
                 In the Kursk region, the governor said debris had set fire to a car in the town of Rylsk. \
                 No one was hurt, he said.\n\n\
                 Hungary's foreign minister said oil deliveries had been halted.";
        assert_eq!(place(find(&statements(t), "deliveries")), Some("unecha"));
        // the same speaker goes on about the place he turned to
        let t = "A missile hit an apartment block in Uman, killing 23 people, the interior minister said.\n\n\
                 In the city of Dnipro, a missile hit a private house, Serhiy Lysak said.\n\n\
                 Lysak said rescuers were still at the scene.";
        assert_eq!(place(find(&statements(t), "rescuers")), Some("dnipro"));
        // the locative may run five words before its place ("In the eastern city of Dnipro,")
        let t = "A missile hit an apartment block in Uman, killing 23 people, the interior minister said.\n\n\
                 In the eastern city of Dnipro, a missile hit a private house, the regional governor said.\n\n\
                 Ukraine's air force said Russia had fired 23 cruise missiles at Ukraine overnight.";
        assert_eq!(place(find(&statements(t), "23 cruise missiles")), Some("uman"));
    }

    #[test]
    fn a_demonym_that_qualifies_the_forces_is_not_whose_target() {
        let all = statements(
            "A missile hit the administration building in Mykolaiv. \
             \"The Russian armed forces strike only military targets,\" the ministry said.",
        );
        assert_eq!(place(find(&all, "only military targets")), Some("mykolaiv"));
        // an adjective right before the target is still its owner's
        let all = statements("Drones struck a Russian military airfield, officials said.");
        assert_eq!(place(find(&all, "airfield")), Some("russia"));
        // a verb between: the demonym is the attacker's ("Russian missiles hit a residential
        // area" is not in Russia, and the local authorities there are not Russia's)
        let all = statements(
            "A missile hit a hotel in Zaporizhzhia on Friday. On Wednesday, Russian missiles hit a residential area \
             and damaged a church, according to local authorities.",
        );
        assert_ne!(place(find(&all, "damaged a church")), Some("russia"));
        // the side fought is no place ("strikes against Kyiv" still are in Kyiv)
        let all = statements(
            "A missile hit the administration building in Mykolaiv. \
             The ministry said the fuel was used by units fighting against Ukraine.",
        );
        assert_eq!(place(find(&all, "fighting against Ukraine")), Some("mykolaiv"));
        // a plural body before a verb that reads as a target noun acts
        let all = statements(
            "A missile hit the administration building in Mykolaiv. \
             Peskov said Russian forces target only military infrastructure.",
        );
        assert_eq!(place(find(&all, "only military infrastructure")), Some("mykolaiv"));
    }

    /// The statement of undated `text` containing `needle` is placed at `expected`.
    fn assert_place(text: &str, needle: &str, expected: &str) {
        let all = statements(text);
        let s = find(&all, needle);
        assert_eq!(place(s), Some(expected), "{:?}", s.trace);
    }

    #[test]
    fn a_statement_that_opens_a_new_topic_inherits_no_place() {
        let text = "Russia's Defence Ministry said it had struck a plant in Zaporizhzhia. \
                    Separately, Ukraine's air force said it had downed 94 of the 143 drones Russia launched overnight.";
        let all = statements(text);
        assert_ne!(place(find(&all, "downed 94")), Some("zaporizhzhia"));
        // without the opener it is the strike's context
        let text = "Russia's Defence Ministry said it had struck a plant in Zaporizhzhia. \
                    Ukraine's air force said it had downed 94 of the 143 drones Russia launched overnight.";
        assert_place(text, "downed 94", "zaporizhzhia");
        // nor for the rest of its paragraph
        let text = "Russia's Defence Ministry said it had struck a plant in Zaporizhzhia. \
                    Separately, Ukraine's air force said Russia launched 78 drones overnight. It said 51 were shot down.";
        assert_ne!(place(find(&statements(text), "51 were")), Some("zaporizhzhia"));
    }

    #[test]
    fn officials_of_a_village_measured_from_a_region_take_no_side_from_it() {
        // the village lies north of the border with the Kharkiv region, so not in it: the local
        // channels are not Ukraine's
        let all = statements(
            "Videos posted on local Telegram channels showed smoke rising over tanks near the village of Yutanovka, \
             about 40 km north of the border with Ukraine's Kharkiv region.",
        );
        assert_eq!(find(&all, "smoke").side, None);
        // ... but a town one measures from is where its officials are
        let all = statements(
            "The depot is located in the village of Razumnoye just east of Belgorod, a source in the emergency services told TASS.",
        );
        let russian = crate::testkit::rules().sides.index("russian");
        assert_eq!(find(&all, "depot").side, russian);
    }

    #[test]
    fn a_place_measured_from_is_not_where_it_happened() {
        // the crash site is in the Belgorod region, 45 km from Kharkiv across the border
        assert_place(
            "The plane went down near the village of Yablonovo in Russia's Belgorod region, about 45 kilometers northeast of the Ukrainian city of Kharkiv.",
            "went down",
            "belgorod-oblast",
        );
        // named alone, or with only the region around it, it is the nearest place known
        assert_place(
            "Shelling hit a village 10 km north of Kupiansk, officials said.",
            "Shelling",
            "kupiansk",
        );
        assert_place(
            "Russia said it had captured Dachenske, west of the Ukrainian city of Pokrovsk, in the Donetsk region.",
            "captured",
            "pokrovsk",
        );
        // "the north of" is a part of the place, not a point to measure from
        assert_place(
            "Ukraine's army said it had struck an ammunition depot in the north of Crimea.",
            "depot",
            "crimea",
        );
    }

    #[test]
    fn a_date_that_bounds_a_period_dates_no_event() {
        let all = statements_dated(
            "Drones hit the Kirishi refinery on Sunday, the governor said. \
             The government has extended a ban on gasoline exports until Sept. 30.",
            "2025-09-14",
        );
        let ban = find(&all, "gasoline exports");
        assert_ne!(
            ban.date.map(|d| d.to_string()).as_deref(),
            Some("2024-09-30"),
            "{:?}",
            ban.trace
        );
    }

    #[test]
    fn the_rest_of_a_paragraph_about_an_earlier_event_is_about_it_too() {
        let all = statements_dated(
            "Ukraine said it struck the Saky air base overnight, destroying two jets.\n\n\
             In August 2022, a series of explosions at Saky destroyed seven warplanes. \
             Moscow blamed an accidental detonation of munitions.",
            "2025-11-03",
        );
        assert_eq!(
            find(&all, "struck the Saky").date.map(|d| d.to_string()).as_deref(),
            Some("2025-11-03")
        );
        assert_eq!(find(&all, "Moscow blamed").date, None);
    }

    #[test]
    fn a_place_of_an_earlier_years_event_is_not_where_this_happened() {
        let text = "Russian forces hit a cafe in the Kharkiv region, officials said. \
                    The missile struck as villagers held a wake for a soldier killed near Zolote in Luhansk Oblast in 2022.";
        let all = statements_dated(text, "2023-10-06");
        let wake = find(&all, "wake");
        assert_eq!(place(wake), Some("kharkiv-oblast"), "{:?}", wake.trace);
        // this year's is
        let text = "Russian forces hit a cafe in the Kharkiv region, officials said. \
                    A drone struck a depot near Hnativka in Luhansk Oblast in 2023, the governor said.";
        let all = statements_dated(text, "2023-10-06");
        assert_eq!(place(find(&all, "depot")), Some("luhansk-oblast"));
        // a season, a month or "the summer of" may stand between the locative and the year
        for when in [
            "in spring 2022",
            "in March 2022",
            "in the summer of 2022",
            "at the end of 2022",
        ] {
            let text = format!(
                "Russian forces hit a cafe in the Kharkiv region, officials said. \
                 The brigade took part in the occupation of Bucha {when}, the report said."
            );
            let all = statements_dated(&text, "2023-10-06");
            assert_eq!(place(find(&all, "brigade")), Some("kharkiv-oblast"), "{when}");
        }
    }

    #[test]
    fn a_paragraph_after_an_aside_on_last_months_event_goes_back_to_the_story() {
        let text = "A missile hit an apartment block in Dnipro on Saturday, officials said.\n\n\
                    A Kh-22 also hit a shopping mall in Kremenchuk last June, killing 20 people.\n\n\
                    Kremlin spokesman Dmitry Peskov said Russian forces do not strike residential buildings.";
        let all = statements_dated(text, "2023-01-15");
        let mall = find(&all, "mall");
        assert_eq!(place(mall), Some("kremenchuk"));
        assert_eq!(mall.date, None, "\"last June\" is another event: {:?}", mall.trace);
        let reply = find(&all, "Peskov");
        assert_eq!(place(reply), Some("dnipro"), "{:?}", reply.trace);
        // in the aside's own paragraph, a sentence goes on about the earlier event
        let text = "A missile hit an apartment block in Dnipro on Saturday, officials said.\n\n\
                    A Kh-22 also hit a shopping mall in Kremenchuk last June. That strike killed 20 people.";
        let all = statements_dated(text, "2023-01-15");
        assert_eq!(place(find(&all, "That strike")), Some("kremenchuk"));
        // "since last February" starts a period that runs to now
        let text = "Kherson has been shelled almost daily since last November, officials said.";
        let all = statements_dated(text, "2023-05-03");
        assert!(find(&all, "shelled").date.is_some());
    }

    #[test]
    fn the_weekday_after_publication_is_the_next_day_not_six_days_before() {
        // 2022-08-09 is a Tuesday
        let text = "Explosions hit the Saky air base. Satellite images released on Wednesday showed eight destroyed aircraft at the Saky air base.";
        assert_eq!(date_in(text, "2022-08-09", "Satellite").as_deref(), Some("2022-08-09"));
    }

    /// The date of the statement containing `needle` in `text`, an article of `published`.
    fn date_in(text: &str, published: &str, needle: &str) -> Option<String> {
        find(&statements_dated(text, published), needle)
            .date
            .map(|d| d.to_string())
    }

    #[test]
    fn a_day_after_publication_is_a_plan_not_the_events_date() {
        let text = "Prigozhin said Wagner had taken Bakhmut and would hand the city over to the army on May 25.";
        assert_eq!(date_in(text, "2023-05-21", "Prigozhin").as_deref(), Some("2023-05-21"));
    }

    #[test]
    fn a_town_a_ship_is_named_after_is_the_ship_in_every_mention() {
        let text = "Pilots fired cruise missiles at the Novocherkassk overnight. \
                    The landing ship Novocherkassk was moored in Feodosia, the air force said. \
                    The Novocherkassk would not sail again, the navy said.";
        let all = statements_dated(text, "2023-12-26");
        for s in &all {
            assert_ne!(place(s), Some("novocherkassk"), "{}", s.text);
        }
        let last = find(&all, "sail again");
        let targets: Vec<&str> = last
            .targets
            .iter()
            .map(|&t| crate::testkit::rules().targets.list[t].id.as_str())
            .collect();
        assert_eq!(targets, ["ship"]);
        // the country that owns the fleet says whose the ships are, not where they were hit
        let text = "Ukraine's military said it had struck two landing ships in Sevastopol.\n\n\
                    Navy spokesman Dmytro Pletenchuk said the Yamal and the Azov, both large landing ships of \
                    Russia's Black Sea Fleet, had been hit.";
        let all = statements_dated(text, "2024-03-24");
        assert_eq!(place(find(&all, "Yamal")), Some("sevastopol"));
    }

    #[test]
    fn where_a_speaker_spoke_from_is_not_where_it_happened() {
        let text = "Explosions hit a railway depot in Melitopol overnight.\n\n\
                    Speaking to reporters in Kyiv, military intelligence spokesman Andriy Yusov said the occupiers should expect more.";
        let all = statements_dated(text, "2023-06-19");
        assert_eq!(place(find(&all, "Speaking")), Some("melitopol"));
        // speaking in the struck city may be about it
        let text = "Explosions hit a railway depot in Melitopol overnight.\n\n\
                    Speaking to reporters in Kharkiv, the governor said two people were hurt.";
        let all = statements_dated(text, "2023-06-19");
        assert_eq!(place(find(&all, "Speaking")), Some("kharkiv"));
        // after the cue too, where the attribution takes the place in: not the speaker's home
        let text = "Explosions hit a railway depot in Melitopol overnight.\n\n\
                    \"There was no military target there,\" Elizabeth Throssell, a UN spokesperson, told reporters in Geneva.";
        let all = statements_dated(text, "2023-06-19");
        assert_eq!(place(find(&all, "Throssell")), Some("melitopol"));
        // ... and in a speech abroad
        let text = "Explosions hit a railway depot in Melitopol overnight.\n\n\
                    \"Against all odds, our forces have gained a foothold,\" Andriy Yermak said in a speech in Washington.";
        let all = statements_dated(text, "2023-06-19");
        assert_eq!(place(find(&all, "Yermak")), Some("melitopol"));
    }

    #[test]
    fn a_region_a_governors_title_writes_is_named_for_everyone_after() {
        let text = "A missile hit an apartment block in Dnipro on Saturday, officials said.\n\n\
                    The strike was part of a wave of attacks that also hit Kyiv and Lviv.\n\n\
                    Dnipropetrovsk regional Gov. Valentyn Reznichenko said 75 people had been wounded.\n\n\
                    At least 72 apartments were destroyed, according to the regional administration.";
        let all = statements_dated(text, "2023-01-15");
        assert_eq!(
            place(find(&all, "72 apartments")),
            Some("dnipro"),
            "{:?}",
            find(&all, "72 apartments").trace
        );
    }

    #[test]
    fn a_surname_spelt_like_a_town_is_a_person() {
        let text = "Russian missiles hit the station in Chaplyne, officials said. \
                    The head of Ukrainian Railways, Oleksandr Kamyshin, said four carriages were set on fire.";
        let all = statements_dated(text, "2022-08-25");
        let s = find(&all, "carriages");
        assert_eq!(place(s), Some("chaplyne"), "{:?}", s.trace);
        assert_eq!(crate::testkit::side(s), "ukrainian");
        // ... and so is the bare surname after it
        let text = format!("{text} Kamyshin said production of the drones would double.");
        let all = statements_dated(&text, "2022-08-25");
        assert_eq!(place(find(&all, "production")), Some("chaplyne"));
    }

    #[test]
    fn an_infinitive_is_not_a_direction() {
        let text = "A plane crashed near Belgorod, the governor said. \
                    Russia may have carried out the action to destabilize Ukraine, Yusov said, calling it a provocation.";
        assert_place(text, "destabilize", "belgorod");
        // "to" before the place, or before its article, still points there
        let text =
            "A plane crashed near Belgorod, the governor said. The ministry said drones flew to the Kharkiv region.";
        assert_place(text, "flew to", "kharkiv-oblast");
    }

    #[test]
    fn interceptions_just_after_a_contested_place_are_there() {
        let text = "Ukrainian rockets hit a building in Makiivka, officials said. Many residents live in Russia, the report said. \
                    Russia's Defence Ministry said the rockets hit the building in Makiivka. \
                    It said two of the rockets were shot down by air defences.";
        assert_place(text, "two of the rockets", "makiivka");
    }

    #[test]
    fn a_countrys_body_is_not_the_countrys_ground() {
        let text = "The governor said a missile hit a warehouse in Belgorod. \
                    Volodin said it was brought down with Patriot missiles and urged deputies to appeal to the U.S. Congress.";
        assert_place(text, "Volodin", "belgorod");
    }

    #[test]
    fn where_an_attack_came_from_is_not_where_it_happened() {
        let text = "Seven people were killed when shells hit a market in Donetsk, Denis Pushilin said. \
                    Pushilin said the shells had been fired from the direction of Kurakhove.";
        assert_place(text, "fired from", "donetsk");
        // "the" between, and the next of a list
        let text = "Two ballistic missiles hit the centre of Sumy on Sunday, the mayor said. \
                    Ukraine's military intelligence said the missiles had been fired from the Kursk and Voronezh regions.";
        assert_place(text, "military intelligence", "sumy");
        // the launch site and the region it lies in
        let text = "The governor said a plane crashed near Belgorod. \
                    The ministry said its radars had recorded the launch of two missiles from the Lyptsi area of the neighboring Kharkiv region.";
        assert_place(text, "radars", "belgorod");
        // people who fled somewhere are not where it happened
        let text = "A missile hit a cafe in Kupiansk, officials said. \
                    The SBU said two brothers who fled to Russia had passed on the date of the wake.";
        assert_place(text, "brothers", "kupiansk");
    }

    #[test]
    fn the_refinery_is_the_refinery_named_last_not_any_oil_site() {
        // the pumping station is an oil facility too, but "the refinery" is the refinery
        let text = "Ukraine's General Staff said its drones had hit the Moscow oil refinery. \
                    The Solnechnogorsk oil pumping station was also struck, it said. \
                    Sobyanin said one drone had been shot down near the refinery.";
        assert_place(text, "near the refinery", "moscow");
    }

    #[test]
    fn the_depot_is_the_depot_named_before_not_the_country_named_with_it() {
        // "fighting in Ukraine" says where the units fight; "the depot" is the one in Oryol
        let text = "A Ukrainian drone attack set fire to an oil depot in the Russian city of Oryol, the governor said. \
                    A source in Ukraine's military intelligence said the depot supplied fuel to Russian units fighting in Ukraine.";
        assert_place(text, "supplied fuel", "oryol");
    }

    #[test]
    fn a_country_named_before_a_governor_is_his_region() {
        let text = "A Russian missile strike on Kherson killed two people, the governor said. \
                    In Russia, the governor of the Bryansk region, Alexander Bogomaz, said air defences had shot down 12 Ukrainian drones overnight.";
        assert_place(text, "12 Ukrainian drones", "bryansk-oblast");
    }

    #[test]
    fn replies_are_about_the_day_the_article_names_not_the_day_it_was_published() {
        let text = "Russian officials said Ukrainian rockets hit Belgorod on Tuesday, killing two people. \
                    Ukraine's military said it had struck a military target in Belgorod. \
                    Russia's defence ministry said 12 rockets had been shot down over Belgorod overnight. \
                    Satellite images taken on Wednesday showed damage in Belgorod.";
        // published on Friday 2 October 2026
        let all = statements_dated(text, "2026-10-02");
        let reply = find(&all, "military target");
        assert_eq!(
            reply.date.map(|d| d.to_string()).as_deref(),
            Some("2026-09-29"),
            "{:?}",
            reply.trace
        );
        // "overnight" in an article published days later is the night it reports
        let overnight = find(&all, "overnight");
        assert_eq!(overnight.date.map(|d| d.to_string()).as_deref(), Some("2026-09-29"));
        // a day the text names within the tolerance of publication reads as the publication date:
        // the article reports something of that day there, and its undated statements stay with it
        let text = "Russian officials said Ukrainian rockets hit Belgorod on Wednesday. \
                    Ukraine's military said it had struck a military target in Belgorod. \
                    Satellite images taken on Thursday showed damage in Belgorod.";
        let all = statements_dated(text, "2026-10-02");
        let reply = find(&all, "military target");
        assert_eq!(reply.date.map(|d| d.to_string()).as_deref(), Some("2026-10-02"));
        // a day long before publication is an earlier event: the rest keeps the publication date
        let text = "A drone hit a plant in Kursk that was damaged in a previous attack on September 1. \
                    The governor said the drone was shot down over Kursk.";
        let all = statements_dated(text, "2026-10-02");
        let governor = find(&all, "shot down");
        assert_eq!(governor.date.map(|d| d.to_string()).as_deref(), Some("2026-10-02"));
    }

    #[test]
    fn both_sites_are_the_two_places_named_last() {
        let text = "Ukraine's General Staff said its drones had hit the Moscow oil refinery. \
                    The Solnechnogorsk oil pumping station was also struck, it said. \
                    Fires were recorded at both sites, the General Staff said.";
        let all = statements(text);
        let both = find(&all, "both sites");
        let ids: Vec<&str> = both
            .places
            .iter()
            .map(|&p| crate::testkit::rules().places.list[p].id.as_str())
            .collect();
        assert_eq!(ids, ["moscow", "solnechnogorsk"], "{:?}", both.trace);
    }

    #[test]
    fn names_listed_before_regions_are_regions() {
        let all = statements("The ministry said it destroyed 14 drones over the Bryansk and Kursk regions.");
        assert_eq!(place(&all[0]), Some("bryansk-oblast"));
        assert_eq!(all[0].places.len(), 2);
        let all = statements("Drones were shot down over the Bryansk, Kaluga and Kursk regions, the ministry said.");
        assert_eq!(all[0].places.len(), 3);
        assert_eq!(place(&all[0]), Some("bryansk-oblast"));
        // a list without the plural noun keeps its cities
        let all = statements("A drone hit a house in Kursk and Belgorod residents heard blasts, the governor said.");
        assert_eq!(place(&all[0]), Some("kursk"));
    }

    #[test]
    fn the_region_of_a_regional_official_is_his_own() {
        let text =
            "Ukraine's General Staff said its drones hit a fuel depot supplying troops that attack the Sumy region. \
                    Kursk governor Alexander Khinshtein said air defences shot down six drones over the region.";
        let all = statements(text);
        let governor = crate::testkit::find(&all, "Khinshtein");
        assert_eq!(place(governor), Some("kursk-oblast"), "{:?}", governor.trace);
        // without such a speaker, "the region" is still the one the article is about
        let all =
            statements("Drones attacked the Sumy region overnight. Power was cut across the region, officials said.");
        assert_eq!(place(crate::testkit::find(&all, "Power was cut")), Some("sumy-oblast"));
    }

    #[test]
    fn which_words_make_a_place_definite_is_the_rules_business() {
        let text =
            "Drones hit a fuel depot in Bryansk overnight, officials said. Later the Kursk region was attacked. \
                    Officials said a fire broke out in the city.";
        let with = statements(text);
        let mut rules = crate::testkit::rules().clone();
        rules.language.definite_articles = crate::rules::language::WordSet::default();
        let doc = crate::input::parse("t.txt".into(), text.as_bytes().to_vec(), &rules.language).expect("parses");
        let without = crate::pipeline::analyse(&doc, &rules);
        // "the city" is the city the article is about; without a definite article in the rules
        // it is just the last place named
        assert_eq!(place(find(&with, "fire broke out")), Some("bryansk"));
        assert_eq!(place(find(&without, "fire broke out")), Some("kursk-oblast"));
    }

    #[test]
    fn a_capital_accused_of_targeting_buildings_is_not_where_they_are() {
        // the buildings are in Moscow, where the article is; "Kyiv" is the government accused
        let all = statements("Drones hit an oil refinery in Moscow overnight. Foreign ministry spokeswoman Maria Zakharova accused Kyiv of deliberately targeting residential buildings.");
        assert_eq!(place(find(&all, "Zakharova")), Some("moscow"));
        // a possessive still makes the target the country's
        let all = statements(
            "Drones hit an oil refinery in Moscow overnight. Russia said it struck Ukraine's military airfields.",
        );
        assert_eq!(place(find(&all, "Russia said")), Some("ukraine"));
    }

    #[test]
    fn a_capital_that_speaks_is_not_a_place() {
        let all = statements("Drones hit a plant in Kursk, Kyiv said.");
        assert_eq!(place(&all[0]), Some("kursk"));
    }

    #[test]
    fn a_speakers_place_is_not_the_incident_place() {
        let all = statements("Drones attacked Engels overnight. Ukraine's defence ministry claimed the fire came from a drone, a report in Kiev said.");
        assert_eq!(place(find(&all, "report in Kiev")), Some("engels"));
    }

    #[test]
    fn near_a_capital_means_the_region_around_it() {
        let all = statements("A drone exploded near Moscow overnight.");
        assert_eq!(place(&all[0]), Some("moscow-oblast"));
    }

    #[test]
    fn a_statement_without_a_place_inherits_the_one_before() {
        let all = statements("A drone hit a depot in Voronezh. The governor said the fire was put out.");
        assert_eq!(place(find(&all, "put out")), Some("voronezh"));
    }

    #[test]
    fn a_region_named_two_days_before_the_report_is_the_city_the_article_is_about() {
        // 2024-05-17 is a Friday: the ministry spoke on Wednesday, of all of Crimea
        let all = statements_dated(
            "Ukraine struck the Belbek air base near Sevastopol, Ukrainian military sources said. \
             Russia's defence ministry said on Wednesday that its air defences had shot down all ten missiles launched at Crimea.",
            "2024-05-17",
        );
        assert_eq!(place(find(&all, "all ten")), Some("sevastopol"));
    }

    #[test]
    fn the_one_place_an_article_is_about_is_not_forgotten() {
        // twelve sentences on, nothing else named: the strike is still the one in Vinnytsia ...
        let t = "Missiles hit Vinnytsia. One. Two. Three. Four. Five. Six. Seven. Eight. Nine. Ten. Russia's defence ministry said its forces had struck the Officers' House.";
        assert_eq!(place(find(&statements(t), "Officers")), Some("vinnytsia"));
        // ... but once another region has come up, memory runs out as before
        let t = "Missiles hit Vinnytsia. Drones hit Kursk. One. Two. Three. Four. Five. Six. Seven. Eight. Nine. Ten. Russia's defence ministry said its forces had struck the Officers' House.";
        assert_eq!(place(find(&statements(t), "Officers")), None);
    }

    #[test]
    fn a_governor_whose_title_names_the_place_keeps_it_in_memory() {
        // eight sentences after Kharkiv was named, the governor of its region speaks; the mayor's
        // quotation four sentences later is still about Kharkiv
        let t = "A bomb hit a store in Kharkiv. One. Two. Three. Four. Five.\n\nKharkiv regional governor Oleh Syniehubov said six people were killed. \"Rescuers are searching the rubble.\" Six. Seven.\n\nThe mayor said 16 people were missing. \"The fire spread over a huge area,\" he told Ukrainian television.";
        assert_eq!(place(find(&statements(t), "huge area")), Some("kharkiv"));
    }

    #[test]
    fn a_place_the_article_introduced_as_unknown_is_where_it_put_it_when_named_again() {
        let t = "The ministry said its troops had captured the village of Novoselivka in the Donetsk region. \
                 Drones hit Odesa overnight, the governor said. \
                 Ukraine's General Staff denied that Russian troops were in Novoselivka.";
        assert_place(t, "General Staff denied", "donetsk-oblast");
        // ... also after a capitalised word that never begins a name
        let t = "The ministry said its troops had captured the village of Novoselivka in the Donetsk region. \
                 Drones hit Odesa overnight, the governor said. \
                 In Novoselivka, Ukraine's General Staff said, fighting went on.";
        assert_place(t, "fighting went on", "donetsk-oblast");
        // a name never introduced as a place is no place
        let t = "Drones hit Odesa overnight, the governor said. Ukraine's General Staff denied that Russian troops were in Novoselivka.";
        assert_place(t, "General Staff denied", "odesa");
    }

    #[test]
    fn an_unknown_village_lies_in_the_region_named_before_not_the_articles_city() {
        let t = "Russian glide bombs hit Kharkiv, injuring nine people, the governor said.\n\nIn the Zaporizhzhia region, Russian forces shelled 12 settlements, governor Ivan Fedorov said. A 67-year-old man was killed in the village of Bilenke.";
        assert_eq!(place(find(&statements(t), "67-year-old")), Some("zaporizhzhia-oblast"));
    }

    #[test]
    fn officials_of_a_contested_place_who_blame_one_side_speak_for_the_other() {
        let side = |t: &str| side(find(&statements(t), "shelling"));
        assert_eq!(
            side("In the southern Kherson region, Russian shelling wounded three people, local officials said."),
            "ukrainian"
        );
        assert_eq!(
            side("In the Kherson region, Ukrainian shelling wounded three people, local officials said."),
            "russian"
        );
        // no one blamed: no side
        assert_eq!(
            side("In the Kherson region, shelling wounded three people, local officials said."),
            "unattributed"
        );
    }

    #[test]
    fn the_territory_of_a_country_is_a_place_not_its_government() {
        let t = "Polish forces shot down several Russian drones that entered the territory of Poland overnight, the Polish military said.";
        assert_eq!(place(find(&statements(t), "Polish forces")), Some("poland"));
        // "from the territory of" is where the attack came from
        let t = "Drones launched from the territory of Ukraine hit a depot in Bryansk, the governor said.";
        assert_eq!(place(find(&statements(t), "depot")), Some("bryansk"));
        // a route is not a place either
        let t = "Russian missiles hit gas facilities in Kharkiv, Naftogaz said. Analysts said Ukraine would draw on imports via Poland.";
        assert_ne!(place(find(&statements(t), "imports")), Some("poland"));
    }

    #[test]
    fn a_known_governors_region_is_his_own_and_only_his() {
        // "over the region" after a paragraph on Kharkiv: Bogomaz's Bryansk region
        let t = "Russian drones struck Kharkiv, killing three people, Mayor Ihor Terekhov said.\n\nBryansk Governor Alexander Bogomaz said the attack had been repelled. In a post on Telegram, he said 37 drones had been destroyed over the region.";
        assert_eq!(place(find(&statements(t), "37 drones")), Some("bryansk-oblast"));
        // the area a speaker's office gives is his: the next speaker does not inherit it
        let t = "Ukrainian officials said 19 people were injured in Kharkiv.\n\nGovernor Vladimir Saldo said a drone had attacked an ambulance. He said those responsible would answer for it.\n\nOn Russia's attacks, Moscow said they had hit Ukraine's military airfields.";
        let all = statements(t);
        assert_eq!(place(find(&all, "ambulance")), Some("kherson-oblast"));
        assert_eq!(place(find(&all, "answer for it")), Some("kherson-oblast"));
        assert_eq!(place(find(&all, "military airfields")), Some("kharkiv"));
    }

    #[test]
    fn a_capitals_regime_is_its_government_not_the_city() {
        // "the Kyiv regime" took the Odesa strike's next statements to Kyiv
        let t = "A Russian missile strike wrecked the runway of Odesa airport. \"The airfield can no longer be used to deliver foreign weapons to the Kyiv regime,\" Konashenkov said.\n\nSerhiy Bratchuk, a spokesman for the Odesa regional administration, rejected the Russian account.";
        let all = statements(t);
        assert_eq!(place(find(&all, "foreign weapons")), Some("odesa"));
        assert_eq!(place(find(&all, "rejected the Russian")), Some("odesa"));
    }

    #[test]
    fn officials_in_a_capital_are_whose_officials_not_where() {
        // "Officials in Moscow" moved the rest of the Poltava article to Moscow
        let t = "Two missiles struck a military institute in Poltava, officials in Kyiv said. Officials in Moscow did not comment on the casualties. Russia's defence ministry said its forces had struck a training centre.";
        assert_eq!(place(find(&statements(t), "training centre")), Some("poltava"));
        // a government sits there; the forces that fight are there
        let t = "Russian troops entered the outskirts of Dachenske near Pokrovsk, Ukraine's army said. The enemy plants a flag and the ministry in Moscow announces a capture. Our units are holding positions.";
        assert_eq!(place(find(&statements(t), "holding positions")), Some("pokrovsk"));
        let t = "Zelensky said the strike on Odesa showed Russia was not preparing for peace and called on partners to increase pressure on Moscow.";
        assert_eq!(place(find(&statements(t), "pressure")), Some("odesa"));
        let t = "Air defence forces in Kyiv shot down 12 drones, the city's military administration said.";
        assert_eq!(place(find(&statements(t), "12 drones")), Some("kyiv"));
    }

    #[test]
    fn a_local_officials_statement_without_a_place_is_about_their_own_area() {
        // not the region of the paragraph before, which paired Kharkiv's dead with Lipetsk's debris
        let t = "The Lipetsk region's governor, Igor Artamonov, said drone debris had fallen near an industrial zone.\n\nKharkiv mayor Ihor Terekhov said two people were killed.";
        assert_eq!(place(find(&statements(t), "two people")), Some("kharkiv"));
        // a capital with a mayor of its own is his city, not the government of the country
        let t = "Smolensk governor Vasily Anokhin said debris fell on an empty lot.\n\nKyiv mayor Vitali Klitschko said three people were injured.";
        assert_eq!(place(find(&statements(t), "three people")), Some("kyiv"));
        // a place before in the official's own region stays: the prison at Olenivka, not the city
        let t = "A strike hit the prison in Olenivka.\n\nThe Donetsk governor said the prison had been hit by rockets.";
        assert_eq!(place(find(&statements(t), "rockets")), Some("olenivka"));
    }

    #[test]
    fn a_country_hint_takes_the_nearest_place_in_that_country() {
        let t = "Ukraine’s security services said they had struck a Russian ammunition factory in a border region. Drones were launched towards the capital Kyiv. A large fire was reported in the Russian region of Voronezh.";
        let all = statements(t);
        assert_eq!(place(find(&all, "ammunition factory")), Some("voronezh-oblast"));
    }

    #[test]
    fn a_target_named_far_from_the_place_does_not_take_it_to_later_references() {
        let lede = "An explosion ripped through a barracks at a prison camp in eastern Ukraine late Thursday, killing dozens of Ukrainian prisoners of war, many of them defenders of the Azovstal steel plant in Mariupol.";
        let text = format!(
            "{lede} Russia's Defence Ministry said Ukrainian forces had struck the prison in Olenivka. \
             Kyiv said Russian forces had shelled the barracks deliberately."
        );
        assert_place(&text, "shelled the barracks", "olenivka");
        // named close to its place, it does
        let text = "Drones struck a barracks in Mariupol overnight. Russia's Defence Ministry said Ukrainian forces had struck the prison in Olenivka. \
                    Kyiv said Russian forces had shelled the barracks deliberately.";
        assert_place(text, "shelled the barracks", "mariupol");
    }

    #[test]
    fn the_air_base_refers_back_to_the_air_base_named_before() {
        let t = "The images show Princess Olga Pskov International Airport near Estonia and Latvia. One of them was on the runway. Another plane remained on the trail. Local reports said drone strikes on the air base damaged four Il-76s.";
        let all = statements(t);
        let s = find(&all, "Local reports");
        assert_eq!(place(s), Some("pskov-airport"));
        assert_eq!(side(s), "russian");
    }

    #[test]
    fn local_authorities_speak_for_the_side_of_their_place() {
        let all = statements("Falling drone debris damaged energy infrastructure in the central region of Poltava, local authorities said.");
        assert_eq!(side(&all[0]), "ukrainian");
    }

    #[test]
    fn a_known_speaker_described_by_his_area_who_only_goes_on_stays_with_the_story() {
        let text = "A Russian missile hit the Hotel Bristol in Odesa on Friday, the governor said.\n\n\
                    Vladimir Rogov, a Russian-installed official from the occupied part of Zaporizhzhia region, \
                    went further. The hotel had housed the command of Ukrainian forces, he told Ria Novosti.";
        let all = statements(text);
        assert_eq!(place(find(&all, "went further")), Some("odesa"));
        assert_eq!(place(find(&all, "housed the command")), Some("odesa"));
    }

    #[test]
    fn the_rest_of_a_paragraph_about_a_day_long_before_is_about_that_day() {
        let text = "Russian troops shelled Pokrovsk on Monday, officials said.\n\n\
                    It is not the first such claim. On Nov. 20, Gerasimov claimed that Russian forces had taken \
                    Kupiansk. Ukraine's Joint Forces Task Force called the Kupiansk claim a lie.\n\n\
                    Ukraine's General Staff said on Monday that its troops held Kupiansk.";
        let all = statements_dated(text, "2025-12-01");
        let day = |needle: &str| find(&all, needle).date.map(|d| d.to_string());
        assert_eq!(day("claim a lie").as_deref(), Some("2025-11-20"));
        // a new paragraph goes back to the story's day
        assert_eq!(day("held Kupiansk").as_deref(), Some("2025-12-01"));
        // "said then" a paragraph later is about that day too
        let text = "Drones hit the Ryazan refinery on Monday, the governor said.\n\n\
                    The Ryazan refinery was previously targeted on Jan. 24. The General Staff said at the time that \
                    drones had hit the refinery.\n\n\
                    The Ryazan governor said then that falling debris had sparked a fire in Ryazan.";
        let all = statements_dated(text, "2025-03-05");
        let day = |needle: &str| find(&all, needle).date.map(|d| d.to_string());
        assert_eq!(day("falling debris").as_deref(), Some("2025-01-24"));
        assert_eq!(day("on Monday").as_deref(), Some("2025-03-03"));
        // a clause of a sentence that names a day is about that day, wherever it is
        let text = "On Jan. 18, Russia's defence ministry said it had shot down a drone over the Leningrad region, \
                    but a Ukrainian intelligence source told Reuters at the time that the drone had struck an oil terminal.";
        let all = statements_dated(text, "2025-02-05");
        assert_eq!(
            find(&all, "struck an oil terminal")
                .date
                .map(|d| d.to_string())
                .as_deref(),
            Some("2025-01-18")
        );
        // "that year" after a day and month is the year the paragraph named before
        let text = "Drones hit a fuel depot in Engels on Wednesday, the governor said.\n\n\
                    On 5 December 2022, explosions hit the Engels base. Three servicemen were killed when another \
                    drone was shot down over the base on 26 December that year, the ministry said.";
        let all = statements_dated(text, "2025-01-09");
        let day = |needle: &str| find(&all, needle).date.map(|d| d.to_string());
        assert_eq!(day("Three servicemen").as_deref(), Some("2022-12-26"));
    }

    #[test]
    fn dates_are_read_against_the_article_date() {
        let cases = [
            // 2024-09-07 is a Saturday; "Thursday" is two days earlier, beyond the tolerance
            ("Putin said Thursday that Russia’s objective was the Donbas.", "2024-09-07", "2024-09-05"),
            // an earlier attack's date is not the statement's
            (
                "Drones struck an industrial plant, igniting a fire at a depot damaged in a previous attack on January 8.",
                "2025-01-14",
                "2025-01-14",
            ),
            // "19 September 2023" after an article of 7 September: that year, not the one before
            (
                "Update, 19 September 2023: The New York Times found that a Ukrainian missile hit the market.",
                "2023-09-07",
                "2023-09-19",
            ),
            // a month and day after the article date with no year: the year before
            ("The market was hit on 18 September, officials said.", "2023-09-07", "2022-09-18"),
            // AP's abbreviated month, its point a token of its own
            ("Russia's Defense Ministry said on Aug. 14 that it had captured the village.", "2024-08-20", "2024-08-14"),
            ("Gerasimov told Putin on Nov. 20 that Russian troops had taken the city.", "2025-12-15", "2025-11-20"),
        ];
        for (text, published, want) in cases {
            let date = statements_dated(text, published)[0].date.map(|d| d.to_string());
            assert_eq!(date.as_deref(), Some(want), "{text}");
        }
        // a sentence that opens with an earlier year is background: no day, not the article's
        let all = statements_dated(
            "Shelling hit a market in Donetsk, officials said. In 2022, a strike on a nearby district killed 16 people.",
            "2024-01-21",
        );
        let past = find(&all, "In 2022");
        assert_eq!((past.date, past.incident()), (None, Some("donetsk")));
        assert_eq!(find(&all, "market").incident(), Some("donetsk@2024-01-21"));
        // a month without a day, other than the article's, is another event; one inside a
        // relative clause dates what the clause says, not the statement
        let all = statements_dated(
            "Drones hit a refinery in Tuapse, officials said. The refinery was also targeted in January, \
             officials said. Russia, which launched the invasion in February 2022, denies the strikes. \
             The refinery was hit again in February, the governor said.",
            "2024-02-09",
        );
        assert_eq!(find(&all, "in January").date, None);
        assert_eq!(find(&all, "which launched").incident(), Some("tuapse@2024-02-09"));
        assert_eq!(find(&all, "hit again").incident(), Some("tuapse@2024-02-09"));
    }

    #[test]
    fn the_plant_of_an_article_about_a_power_plant_is_that_power_plant() {
        let text = "Drones struck the Zaporizhzhia nuclear power plant, the Russian-installed management said. \
                    Ukraine's military intelligence said it was not involved in any attacks on the plant.";
        let all = statements(text);
        let denial = find(&all, "not involved");
        let rules = crate::testkit::rules();
        let targets: Vec<&str> = denial
            .targets
            .iter()
            .map(|&t| rules.targets.list[t].id.as_str())
            .collect();
        assert_eq!(targets, ["energy"], "{:?}", denial.trace);
        // named, a plant is what the noun says
        let all = statements(
            "Drones struck the Zaporizhzhia nuclear power plant. Officials said a chemical plant in Kursk was hit.",
        );
        let other = find(&all, "chemical plant");
        assert!(!other.targets.iter().any(|&t| rules.targets.list[t].id == "energy"));
    }

    #[test]
    fn a_region_named_alone_is_about_the_one_city_the_article_is_about() {
        let all = statements("Ukraine says it struck a weapons plant in Kaluga Oblast. Russia said a drone attack on Kaluga caused fires from falling wreckage.");
        assert_eq!(place(find(&all, "Kaluga Oblast")), Some("kaluga"));
    }
}
