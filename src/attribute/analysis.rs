//! Per-sentence analysis: tokens, which of them are quoted, every entity mention, every speech
//! cue and the noun phrase next to it. Nothing here looks at other sentences.

use crate::rules::places::PlaceKind;
use crate::rules::sources::SourceKind;
use crate::rules::{RuleSet, Set};
use crate::segment::{Segmented, Sentence};
use crate::text::TokKind;

/// What an entity mention is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum EntityKind {
    /// A source of the rules (index), with the fuzzy score when matched by spelling variant.
    Source(usize, Option<f64>),
    /// A place of the gazetteer (index), with the fuzzy score when matched by spelling variant.
    Place(usize, Option<f64>),
    /// A demonym of a country (country place index): "Russian".
    Demonym(usize),
    /// An affiliation marker of a side (side index): "Russian-installed".
    Marker(usize),
    /// A title of a source (index): "Prime Minister".
    Title(usize),
    /// A capitalised name the rules do not know: two or three capitalised words.
    Name,
}

/// One entity mention, by token range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Entity {
    /// First token.
    pub a: usize,
    /// One past the last token.
    pub b: usize,
    /// What it is.
    pub kind: EntityKind,
}

/// A speech cue found outside quotation marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CueHit {
    /// Cue index in the rules.
    pub cue: usize,
    /// First token of the cue phrase.
    pub a: usize,
    /// One past its last token.
    pub b: usize,
}

/// Everything known about one sentence before looking at its neighbours.
#[derive(Debug, Clone)]
pub struct Analysis {
    /// Tokens of the sentence (offsets into the file), with its phrase matches.
    pub toks: std::rc::Rc<crate::lexed::Lexed>,
    /// Per token: the quotation it lies in.
    pub quote: Vec<Option<usize>>,
    /// Per token: inside a quotation or an agentless phrase, so never part of a cue or speaker.
    pub masked: Vec<bool>,
    /// Entity mentions, ordered by position.
    pub entities: Vec<Entity>,
    /// Speech cues, ordered by position.
    pub cues: Vec<CueHit>,
    /// Agentless groups that matched (indexes).
    pub agentless: Vec<usize>,
    /// The speaker phrases already worked out for a cue hit in a clause: several stages of
    /// attribution ask for the same cue's speaker in the same clause, and working it out is a
    /// tenth of the pipeline's time. Filled by [`super::phrase::valid_speaker_phrase`] only.
    pub speaker_memo: SpeakerMemo,
    /// What the phrases of the sentence already resolved to, by token span (and the text and
    /// rules asked with): the same speaker phrase is resolved by each stage that weighs it.
    /// Filled by [`super::resolve::resolve`] only, which reads nothing but this sentence, the
    /// text and the rules.
    pub resolved_memo: std::cell::RefCell<Vec<([usize; 4], Option<super::resolve::Res>)>>,
}

/// Answers of [`super::phrase::valid_speaker_phrase`] by (cue, cue start, cue end, clause start,
/// clause end, rules). A sentence has few cues, so a list.
pub type SpeakerMemo = std::cell::RefCell<Vec<([usize; 6], Option<super::phrase::SpeakerPhrase>)>>;

impl Analysis {
    /// Normalised word of token `i`.
    pub fn word(&self, i: usize) -> &str {
        self.toks.word(i)
    }

    /// Entities overlapping tokens `a..b`.
    pub fn entities_in(&self, a: usize, b: usize) -> impl Iterator<Item = &Entity> {
        self.entities.iter().filter(move |e| e.a < b && e.b > a)
    }
}

/// Analyse one sentence.
pub fn analyse(lexer: &crate::lexed::Lexer<'_>, seg: &Segmented, s: &Sentence, rules: &RuleSet) -> Analysis {
    let toks = lexer.get(s.start, s.end);
    let quote: Vec<Option<usize>> = toks
        .toks
        .iter()
        .map(|t| {
            if t.kind == TokKind::Quote {
                seg.quotation_at(t.start)
                    .or_else(|| seg.quotation_at(t.start.saturating_sub(1)))
            } else {
                seg.quotation_at(t.start)
            }
        })
        .collect();
    let mut masked: Vec<bool> = quote.iter().map(Option::is_some).collect();
    let mut agentless = Vec::new();
    for h in toks.longest(Set::Agentless) {
        // "was reported on Telegram by Oleh Kiper" has an agent
        let agent = (h.b..(h.b + 4).min(toks.len()))
            .take_while(|&i| toks.toks[i].kind == TokKind::Word && !masked[i])
            .any(|i| rules.language.agent_prepositions.has(toks.word(i)));
        if agent {
            continue;
        }
        for m in &mut masked[h.a..h.b] {
            *m = true;
        }
        agentless.push(h.payload as usize);
    }
    let entities = find_entities(&toks, rules);
    let determiner = |i: usize| toks.toks[i].kind == TokKind::Possessive || rules.language.articles.has(toks.word(i));
    let cues = toks
        .longest(Set::CueForms)
        .into_iter()
        .filter(|h| !masked[h.a..h.b].iter().any(|m| *m))
        // "the IAEA's calls", "the claim", "its report", "the Russian claim": a noun, not a speech
        // verb
        .filter(|h| {
            let demonym_before = entities
                .iter()
                .find(|e| e.b == h.a && matches!(e.kind, EntityKind::Demonym(_)));
            // "Russian claims were aimed at...": an adjective demonym makes the cue a noun even
            // without an article ("Russians claim" is a plural people, who speak, and so is "the
            // Russians claim")
            let adjective = demonym_before.is_some_and(|e| !toks.word(e.b - 1).ends_with('s'));
            h.a == 0 || !(determiner(h.a - 1) || adjective)
        })
        // "Moscow's battlefield claims have been disputed": a claim noun before a finite verb
        .filter(|h| {
            let lang = &rules.language;
            !(h.b == h.a + 1
                && h.b < toks.len()
                && lang.claim_nouns.has(toks.word(h.a))
                && lang.auxiliaries.has(toks.word(h.b)))
        })
        // "seized on the first day of the war": an idiom's preposition before a time is the
        // literal verb
        .filter(|h| {
            !(rules.cues.list[h.payload as usize].idiom
                && rules.language.np_prepositions.has(toks.word(h.b - 1))
                && dates_what_follows(&toks, &rules.language, h.b))
        })
        .map(|h| CueHit {
            cue: h.payload as usize,
            a: h.a,
            b: h.b,
        })
        .collect();
    Analysis {
        toks,
        quote,
        masked,
        entities,
        cues,
        agentless,
        speaker_memo: SpeakerMemo::default(),
        resolved_memo: Default::default(),
    }
}

/// Whether the words from `i` name a time ("Monday", "24 February", "the first day"): a number
/// right at `i`, or a word of time within the next three words, with nothing but words before it.
fn dates_what_follows(toks: &crate::lexed::Lexed, lang: &crate::rules::language::Language, i: usize) -> bool {
    let Some(t) = toks.toks.get(i) else { return false };
    t.kind == TokKind::Number
        || (i..(i + 3).min(toks.len()))
            .take_while(|&j| toks.toks[j].kind == TokKind::Word)
            .any(|j| lang.names_time(toks.word(j)))
}

/// Whether a person's surname at `a..b` follows a given name that is not theirs ("Oleksiy Kuleba"
/// is not Dmytro Kuleba): a namesake, whom the rules do not know, so the surname names no
/// source. Given names the language lists count, with all their spellings; for a surname only
/// spelt like theirs (`spelt_alike`: the capitalised word before it is in the same name), any
/// name word unlike their given name does ("Rehina Kharchenko" is not Ruslan Kravchenko). A
/// body's one-word name after a given name is a person's surname ("Anatoly Antonov").
pub fn namesake(
    toks: &crate::lexed::Lexed,
    rules: &RuleSet,
    a: usize,
    b: usize,
    src: usize,
    spelt_alike: bool,
) -> bool {
    let source = &rules.sources.list[src];
    let lang = &rules.language;
    if b - a != 1 || a == 0 {
        return false;
    }
    // "Anatoly Antonov", Russia's ambassador, is not the Antonov company: after a given name, a
    // body's one-word name is someone's surname
    if source.kind != SourceKind::Person {
        return lang.after_given_name(toks, a);
    }
    let mut words = source.name.split_whitespace();
    let (Some(first), Some(_)) = (words.next(), words.next()) else {
        return false;
    };
    let first = first.to_lowercase();
    let before = toks.word(a - 1);
    let groups = &lang.given_name_group;
    match lang.after_given_name(toks, a).then(|| groups.get(before)).flatten() {
        Some(given) => match groups.get(&first) {
            Some(own) => own != given,
            None => first != before,
        },
        None => {
            spelt_alike
                && lang.is_plain_name_word(before)
                && strsim::jaro_winkler(&first, before) < lang.fuzzy_threshold
        }
    }
}

fn find_entities(toks: &crate::lexed::Lexed, rules: &RuleSet) -> Vec<Entity> {
    let lang = &rules.language;
    let mut out = Vec::new();
    for h in toks.longest(Set::SourceNames) {
        if namesake(toks, rules, h.a, h.b, h.payload as usize, false) {
            continue;
        }
        out.push(Entity {
            a: h.a,
            b: h.b,
            kind: EntityKind::Source(h.payload as usize, None),
        });
    }
    for h in toks.longest(Set::PlaceNames) {
        // "Oleksandr Kamyshin": a surname spelt like a town, after a given name, is a person
        if rules.language.after_given_name(toks, h.a) {
            continue;
        }
        // "the Ukraine War Environmental Consequences Work Group": a topic, not a place
        if h.b < toks.len() && lang.topic_nouns.has(toks.word(h.b)) {
            continue;
        }
        out.push(Entity {
            a: h.a,
            b: h.b,
            kind: EntityKind::Place(h.payload as usize, None),
        });
    }
    for h in toks.longest(Set::Demonyms) {
        out.push(Entity {
            a: h.a,
            b: h.b,
            kind: EntityKind::Demonym(h.payload as usize),
        });
    }
    for h in toks.longest(Set::Markers) {
        out.push(Entity {
            a: h.a,
            b: h.b,
            kind: EntityKind::Marker(h.payload as usize),
        });
    }
    // every source holding a title is a candidate ("governor" is the title of a dozen
    // governors): the same words are kept once per source, not only for the first
    let titles = toks.longest(Set::SourceTitles);
    for h in toks
        .all(Set::SourceTitles)
        .iter()
        .filter(|h| titles.iter().any(|t| t.a == h.a && t.b == h.b))
    {
        out.push(Entity {
            a: h.a,
            b: h.b,
            kind: EntityKind::Title(h.payload as usize),
        });
    }
    let covered = |out: &[Entity], i: usize| {
        out.iter()
            .any(|e| e.a <= i && i < e.b && !matches!(e.kind, EntityKind::Title(_)))
    };
    // Capitalised runs the rules do not know: spelling variants first, then unknown names.
    let n = toks.len();
    let is_cap_word =
        |i: usize| toks.toks[i].kind == TokKind::Word && toks.toks[i].cap && !lang.not_names.has(toks.word(i));
    let mut i = 0;
    while i < n {
        if !is_cap_word(i) || covered(&out, i) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < n && is_cap_word(j) && !covered(&out, j) && j - i < 4 {
            j += 1;
        }
        // try the longest spelling variant first (two words, then one)
        let mut matched = false;
        'outer: for len in (1..=(j - i).min(2)).rev() {
            for start in i..=(j - len) {
                let cand = toks.words(start, start + len);
                let variant = rules.sources.fuzzy.best(cand, len, lang.fuzzy());
                if let Some((src, score)) =
                    variant.filter(|v| !namesake(toks, rules, start, start + len, v.0 as usize, start > i))
                {
                    out.push(Entity {
                        a: start,
                        b: start + len,
                        kind: EntityKind::Source(src as usize, Some(score)),
                    });
                    matched = true;
                    break 'outer;
                }
                // "Yaroslav Yanushevych" is a person, not Yaroslavl: one word of a run of
                // capitalised words is a misspelt place only beside a place's or an official's
                // own word ("Kharkov Oblast", "Belgorod Governor")
                let in_name = len < j - i
                    && (i..j)
                        .filter(|&k| k < start || k >= start + len)
                        .any(|k| lang.is_plain_name_word(toks.word(k)));
                if in_name {
                    continue;
                }
                if let Some((p, score)) = rules.places.fuzzy.best(cand, len, lang.fuzzy()) {
                    out.push(Entity {
                        a: start,
                        b: start + len,
                        kind: EntityKind::Place(p as usize, Some(score)),
                    });
                    matched = true;
                    break 'outer;
                }
            }
        }
        // "the 7th Rapid Response Corps": a run ending in a body's noun names a body, not a
        // person; "Regional Gov.": one ending in a title's abbreviation is a title; "Independence
        // Day": one ending in a time noun is a date; one after "the village of" is a place
        let last = toks.word(j - 1);
        let abbreviated = lang.abbreviations.has(last) && j < n && toks.word(j) == ".";
        // "in the village of Novi Petrivtsi": a run named as a place the gazetteer lacks
        let named_place =
            i >= 2 && lang.np_prepositions.has(toks.word(i - 1)) && lang.place_nouns.get(toks.word(i - 2)).is_some();
        // ... and so does one with a body's noun inside it ("Operational Command East")
        let body_noun = (i..j).any(|k| lang.institution_nouns.has(toks.word(k)));
        let not_a_name = body_noun || abbreviated || lang.time_nouns.has(last) || named_place;
        // "Rafael Mariano Grossi", "Vladimir Vladimirovich Putin": given and middle names before a
        // known person's surname, opening with the given name the rules spell, are that person
        // (not a second, unknown one that "he" would then refer to)
        if !matched && !not_a_name {
            if let Some(e) = out
                .iter_mut()
                .find(|e| e.a == j && opens_with_given_name(e, toks.word(i), rules))
            {
                e.a = i;
                i = j;
                continue;
            }
        }
        if !matched && (2..=3).contains(&(j - i)) && !not_a_name {
            out.push(Entity {
                a: i,
                b: j,
                kind: EntityKind::Name,
            });
        }
        i = if matched { i } else { j };
        if matched {
            // re-scan the rest of the run without the matched part
            while i < n && covered(&out, i) {
                i += 1;
            }
        }
    }
    // a place or demonym inside a source's name ("Carnegie Russia Eurasia Center", "Kyiv
    // Independent") is part of the name, not an affiliation
    let sources: Vec<(usize, usize)> = out
        .iter()
        .filter(|e| matches!(e.kind, EntityKind::Source(..)))
        .map(|e| (e.a, e.b))
        .collect();
    out.retain(|e| {
        matches!(e.kind, EntityKind::Source(..))
            || !sources
                .iter()
                .any(|&(a, b)| a <= e.a && e.b <= b && (a, b) != (e.a, e.b))
    });
    out.sort_by_key(|e| (e.a, std::cmp::Reverse(e.b)));
    out
}

/// Whether `e` is a known person whose name, as the rules write it, opens with `given` (a
/// normalised word): what lets the names before a surname join it.
fn opens_with_given_name(e: &Entity, given: &str, rules: &RuleSet) -> bool {
    let EntityKind::Source(s, None) = e.kind else {
        return false;
    };
    let source = &rules.sources.list[s];
    source.kind == SourceKind::Person
        && source
            .name
            .split_whitespace()
            .next()
            .map(|w| crate::text::tokenize(w, 0))
            .is_some_and(|t| !t.is_empty() && t.word(0) == given)
}

/// Whether an entity refers to a person (for pronoun antecedents).
pub fn is_person(e: &Entity, rules: &RuleSet) -> bool {
    match e.kind {
        EntityKind::Source(s, _) => rules.sources.list[s].kind == SourceKind::Person,
        EntityKind::Name => true,
        _ => false,
    }
}

/// Whether a place mention is a whole country.
pub fn is_country(p: usize, rules: &RuleSet) -> bool {
    rules.places.list[p].kind == PlaceKind::Country
}
