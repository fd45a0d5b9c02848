//! What a speaker phrase says about its speaker, before looking at the rest of the article.
//!
//! Order of evidence, strongest first: a named person of the rules; a named body or outlet, on
//! the head of the phrase or in an affiliation phrase after it ("a source in the SBU"; not "an
//! envoy to the UN", who speaks for the country that sent them); an
//! affiliation word on the head of the phrase ("Russia's", "Ukrainian", "Voronezh",
//! "Russian-installed"), then in an affiliation phrase after it ("of Russia's Belgorod region",
//! "in Tatarstan", not "to Russia"); a class of speaker with a fixed side ("military experts");
//! a class whose side is the place's ("local authorities"). What is left needs the discourse: a
//! pronoun, a title ("the Prime Minister"), a body without a country ("the defence ministry"), a
//! surname, a definite description ("the images"). Two sides on one head ("the Ukrainian and
//! Russian governments") give no side: a wrong side is worse than none.

use super::analysis::{Analysis, EntityKind};
use super::phrase::Span;
use crate::rules::language::Language;
use crate::rules::sources::{SideRef, SourceKind};
use crate::rules::RuleSet;
use crate::text::TokKind;

/// Why a phrase gets its side, as far as the phrase alone tells.
#[derive(Debug, Clone, PartialEq)]
pub enum Res {
    /// A source of the rules.
    Source {
        /// Source index.
        src: usize,
        /// Speaker name to show (canonical, or the phrase when the source is only its affiliation:
        /// "a source in the SBU").
        name: String,
        /// Fuzzy score when matched by spelling variant.
        fuzzy: Option<f64>,
    },
    /// An affiliation word gives the side.
    Side {
        /// Side index.
        side: usize,
        /// The phrase.
        name: String,
        /// Rule id of the evidence (`places/voronezh`, `sides/russian`).
        rule: String,
    },
    /// The side is that of the officials of the statement's place.
    FromPlace {
        /// The phrase.
        name: String,
        /// Source index of the class.
        src: usize,
    },
    /// Affiliations of two sides: no side.
    Ambiguous {
        /// The phrase.
        name: String,
    },
    /// "Others" standing alone: the rest of the group that spoke or was spoken of just before.
    Remainder {
        /// The phrase.
        name: String,
    },
    /// A pronoun.
    Pronoun {
        /// `he`/`she` rather than `it`/`they`.
        person: bool,
    },
    /// A title of one or more sources named shortly before.
    Title {
        /// Candidate sources.
        candidates: Vec<usize>,
        /// The phrase.
        name: String,
        /// A class of speaker to fall back on when none was named ("the mayor": local
        /// authorities).
        fallback: Option<usize>,
    },
    /// A body named without its country ("the defence ministry").
    Institution {
        /// The phrase.
        name: String,
        /// All its words but determiners and prepositions (an institution word among them): "the
        /// air force" refers back to a body named with "air" and "force", not to the General
        /// Staff of the Armed Forces.
        words: Vec<String>,
    },
    /// One capitalised word: a surname of someone named earlier.
    Surname {
        /// The word as written.
        name: String,
        /// Its normalised form.
        word: String,
    },
    /// "the images ...": refers back to a speaker with the same head word.
    Definite {
        /// The phrase.
        name: String,
        /// Its content words.
        words: Vec<String>,
        /// Whether it has a speaker noun ("the official"): a speaker even when it refers to
        /// nobody named before.
        noun: bool,
    },
    /// A speaker the rules do not know and nothing gives a side to.
    Named {
        /// The phrase (or the person's name inside it).
        name: String,
    },
}

/// Text of a span as written in the article, trimmed of surrounding punctuation.
pub fn span_text<'a>(text: &'a str, an: &Analysis, s: Span) -> &'a str {
    let (a, b) = an.toks.span(s.a, s.b);
    text[a..b].trim_matches(|c: char| c.is_whitespace() || c == ',' || c == '\'' || c == '\u{2019}' || c == '\u{2018}')
}

/// Resolve a phrase on its own. `None`: not a plausible speaker at all ("a video", "the other").
pub fn resolve(text: &str, an: &Analysis, span: Span, rules: &RuleSet) -> Option<Res> {
    // the text and rules are those of the analysis's document on every call; they are in the
    // key so that a caller with others could never be handed an answer about them
    let key = [
        span.a,
        span.b,
        text.as_ptr() as usize,
        std::ptr::from_ref(rules) as usize,
    ];
    if let Some((_, res)) = an.resolved_memo.borrow().iter().find(|(k, _)| *k == key) {
        return res.clone();
    }
    let res = work_out(text, an, span, rules);
    an.resolved_memo.borrow_mut().push((key, res.clone()));
    res
}

/// [`resolve`], worked out.
fn work_out(text: &str, an: &Analysis, span: Span, rules: &RuleSet) -> Option<Res> {
    let lang = &rules.language;
    // "One of the officials": a member of the group named
    if span.b - span.a > 2
        && lang.number_words.contains_key(an.word(span.a))
        && lang.genitive_prepositions.has(an.word(span.a + 1))
    {
        return resolve(
            text,
            an,
            Span {
                a: span.a + 2,
                b: span.b,
            },
            rules,
        );
    }
    let name = span_text(text, an, span).to_string();
    if span.b - span.a == 1 && lang.remainder_words.has(an.word(span.a)) {
        return Some(Res::Remainder { name });
    }
    let words: Vec<&str> = (span.a..span.b).map(|i| an.word(i)).collect();
    // what names the speaker: not articles, prepositions or dates ("On Tuesday the SSO")
    let content: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| {
            !lang.determiners.has(w)
                && !lang.np_prepositions.has(w)
                && *w != "'s"
                && *w != "'"
                && !lang.weekdays.contains_key(w)
                && !lang.months.contains_key(w)
        })
        .collect();
    if content.is_empty() {
        return None;
    }
    if content.len() == 1 && lang.is_pronoun(content[0]) && span.b - span.a == 1 {
        return Some(Res::Pronoun {
            person: lang.person_pronouns.has(content[0]),
        });
    }
    // "A Ukrainian soldier captured by Russian forces": a captive's words are no side's, and
    // the captors named after "by" are not the speaker
    let captive = (span.a + 1..span.b.saturating_sub(1))
        .any(|i| lang.captive_participles.has(an.word(i)) && lang.agent_prepositions.has(an.word(i + 1)));
    if captive {
        return Some(Res::Named { name });
    }
    let ents: Vec<_> = an.entities_in(span.a, span.b).copied().collect();
    // 1. a named person
    if let Some(e) = ents
        .iter()
        .rev()
        .find(|e| matches!(e.kind, EntityKind::Source(s, _) if rules.sources.list[s].kind == SourceKind::Person))
    {
        let EntityKind::Source(src, fuzzy) = e.kind else {
            unreachable!()
        };
        return Some(Res::Source {
            src,
            name: rules.sources.list[src].name.clone(),
            fuzzy,
        });
    }
    // the head, then the affiliation phrases after it ("of Russia's Belgorod region", "in
    // Tatarstan"; not "to the UN": Russia's ambassador to the UN speaks for Russia)
    let head_end = head_chunk_end(an, rules, span);
    let mut chunks = vec![(span.a, head_end)];
    let mut i = head_end;
    while i < span.b {
        let start = i;
        // "an adviser to Ukraine's interior minister": attached to whom the object names
        let affiliating =
            lang.affiliation_prepositions.has(an.word(i)) || (i > span.a && lang.attached_nouns.has(an.word(i - 1)));
        i += 1;
        // a preposition inside a name ("of the Group of Seven nations") does not end the phrase
        let in_name = |i: usize| ents.iter().any(|e| e.a < i && i < e.b);
        while i < span.b && !(is_word(an, i) && lang.np_prepositions.has(an.word(i)) && !in_name(i)) {
            i += 1;
        }
        if affiliating {
            chunks.push((start, i));
        }
    }
    // "Images of Engels's airfield": what pictures show is no affiliation ("Images from Maxar"
    // still is)
    if head_end > span.a && lang.depiction_nouns.has(an.word(head_end - 1)) {
        chunks.retain(|&(a, _)| a == span.a || !lang.genitive_prepositions.has(an.word(a)));
    }
    // "a former head of strategy at Gazprom Neft who is now a senior fellow at the Carnegie
    // Centre": what comes before "now" was a past job
    if let Some(now) = (head_end..span.b).find(|&k| lang.present_markers.has(an.word(k))) {
        chunks.retain(|&(a, _)| a == span.a || a > now);
    }
    // "a senior fellow at the Carnegie Center and a former head of strategy at Gazprom Neft":
    // of several descriptions (set apart by commas or "and"), one a former marker opens was a
    // past job, and its bodies tell no side while another description is of today
    let opened_by_former = |a: usize| {
        let start = (span.a..a)
            .rev()
            .find(|&k| super::phrase::is_comma(an, k) || lang.conjunctions.has(an.word(k)))
            .map_or(span.a, |k| k + 1);
        (start..a).any(|k| lang.former_markers.has(an.word(k)))
    };
    let affiliation_chunks = &chunks[1..];
    if affiliation_chunks.iter().any(|&(a, _)| opened_by_former(a))
        && affiliation_chunks.iter().any(|&(a, _)| !opened_by_former(a))
    {
        chunks.retain(|&(a, _)| a == span.a || !opened_by_former(a));
    }
    let in_affiliation = |a: usize, b: usize| chunks[1..].iter().any(|&(ca, cb)| a >= ca && b <= cb);
    // 2. a named body or outlet: on the head (rightmost first), else in an affiliation phrase
    let bodies: Vec<_> = ents.iter().filter(|e| matches!(e.kind, EntityKind::Source(s, _) if matches!(rules.sources.list[s].kind, SourceKind::Body | SourceKind::Media))).collect();
    if let Some(e) = bodies
        .iter()
        .rev()
        .find(|e| e.a < head_end)
        .or_else(|| bodies.iter().find(|e| in_affiliation(e.a, e.b)))
    {
        let EntityKind::Source(src, fuzzy) = e.kind else {
            unreachable!()
        };
        // canonical name when the source is the head ("The Kremlin", "Russia's Defence Ministry"),
        // the words of the article when it is only the affiliation ("a source in the SBU")
        let shown = if e.b == head_end {
            rules.sources.list[src].name.clone()
        } else {
            name.clone()
        };
        return Some(Res::Source {
            src,
            name: shown,
            fuzzy,
        });
    }
    // 3. a marker anywhere on the phrase says which side the speaker is on; a demonym or a place
    // only where they are from: "Russian citizens fighting for Ukraine", "a pro-Russian Ukrainian
    // politician"
    let mut marked = ents.iter().filter_map(|e| match e.kind {
        EntityKind::Marker(s) => Some(s),
        _ => None,
    });
    if let Some(side) = marked.next() {
        if marked.all(|s| s == side) {
            return Some(Res::Side {
                side,
                name: person_name(text, an, span, rules).unwrap_or(name),
                rule: format!("sides/{}", rules.sides.list[side].id),
            });
        }
    }
    // "Ukraine's allies", "Russia's partners": other countries, whose side the owner's name
    // does not tell
    if head_end > span.a && lang.outsider_nouns.has(an.word(head_end - 1)) {
        return Some(Res::Named { name });
    }
    // 4. affiliation words: on the head, then in affiliation phrases after it; after a
    // possessive ("Its representative in Ukraine") the owner is whose the speaker is, and the
    // phrase after the head only says where they work
    let owned = lang.possessive_determiners.has(an.word(span.a));
    let affiliations = &chunks[..if owned { 1 } else { chunks.len() }];
    // "now at the Carnegie Russia Eurasia Center in Berlin": the body one works at speaks for its
    // own side, whatever city it sits in; and whatever country the job is about ("the director
    // of Russia studies at the US research organisation CNA")
    // "Its analysts wrote" after DeepState: the owner's people, not analysts at large (the
    // discourse finds the owner)
    let owned_group = lang.possessive_determiners.has(an.word(span.a));
    // "A Ukrainian defence industry source": a demonym or place before a group that yields to
    // one is whose the speaker is
    let placed_before = |at: usize| {
        ents.iter()
            .any(|e| e.b <= at && e.a >= span.a && matches!(e.kind, EntityKind::Place(..) | EntityKind::Demonym(..)))
    };
    let employer = affiliations.iter().filter(|_| !owned_group).find_map(|&(a, b)| {
        ents.iter().filter(|e| e.a >= a && e.b <= b).find_map(|e| match e.kind {
            EntityKind::Source(s, fuzzy)
                if rules.sources.list[s].kind == SourceKind::Group
                    && matches!(rules.sources.list[s].side, SideRef::Fixed(_))
                    && !(rules.sources.list[s].affiliation_wins && placed_before(e.a)) =>
            {
                Some((s, fuzzy))
            }
            _ => None,
        })
    });
    if let Some((src, fuzzy)) = employer {
        return Some(Res::Source { src, name, fuzzy });
    }
    // "Crimean Wind, a Telegram channel that tracks the movements of Russian troops": a
    // relative clause inside the description says what the speaker does; a demonym or place in
    // it is whom or where they deal with, not whose they are (an affiliation marker still is;
    // so is the body of one who "commands Ukrainian forces")
    let relative_from = (span.a + 1..span.b)
        .find(|&k| {
            is_word(an, k)
                && (lang.relative_openers.has(an.word(k)) || lang.complementizers.has(an.word(k)))
                && !(k + 1 < span.b && lang.command_verbs.has(an.word(k + 1)))
        })
        .unwrap_or(span.b);
    for &(a, b) in affiliations {
        // an outlet named after an occupied place ("the Crimean Wind Telegram channel") may be
        // on either side: local media are not the officials who run the place
        let outlet = (a..b).any(|i| lang.media_nouns.has(an.word(i)));
        let mut sides: Vec<(usize, String)> = Vec::new();
        for e in ents.iter().filter(|e| e.a >= a && e.b <= b) {
            let found = match e.kind {
                EntityKind::Marker(s) => Some((s, format!("sides/{}", rules.sides.list[s].id))),
                EntityKind::Demonym(..) | EntityKind::Place(..) if e.a > relative_from => None,
                EntityKind::Demonym(c) => super::place_side(rules, c),
                EntityKind::Place(p, _) if outlet && rules.places.occupied(p) => None,
                // "an officer serving with a unit near Sudzha": where the unit stands, on a
                // front that moves, not whose it is
                EntityKind::Place(..) if e.a > span.a && lang.vicinity.has(an.word(e.a - 1)) => None,
                // ... nor "The fields south of Orikhiv", with no one in the phrase to speak: a
                // point to measure from ("an officer from one of the brigades fighting west of
                // Pokrovsk" still has the town's side)
                EntityKind::Place(..)
                    if e.a > span.a + 1
                        && lang.genitive_prepositions.has(an.word(e.a - 1))
                        && lang.bearings.has(an.word(e.a - 2))
                        && !(span.a..e.a)
                            .any(|k| lang.person_nouns.has(an.word(k)) || lang.speaker_nouns.has(an.word(k))) =>
                {
                    None
                }
                EntityKind::Place(p, _) => super::place_side(rules, p),
                _ => None,
            };
            if let Some(f) = found {
                sides.push(f);
            }
        }
        sides.dedup_by_key(|s| s.0);
        let distinct: std::collections::BTreeSet<usize> = sides.iter().map(|s| s.0).collect();
        match distinct.len() {
            0 => continue,
            1 => {
                let (side, rule) = sides.swap_remove(0);
                return Some(Res::Side {
                    side,
                    name: person_name(text, an, span, rules).unwrap_or(name),
                    rule,
                });
            }
            _ => return Some(Res::Ambiguous { name }),
        }
    }
    // 4b. "the 24th Brigade wrote on Telegram": a formation speaking under its number, with
    // nothing above that tells whose it is (sides: numbered_units)
    if let Some(side) = rules
        .sides
        .numbered_unit_side()
        .filter(|_| numbered_unit(an, lang, span))
    {
        return Some(Res::Side {
            side,
            name,
            rule: format!("sides/{}", rules.sides.list[side].id),
        });
    }
    // 5. classes of speaker, and titles of people named shortly before ("the mayor" is the mayor
    // named in the last sentences before it is any mayor of the place)
    let titles: Vec<usize> = ents
        .iter()
        .filter_map(|e| {
            if let EntityKind::Title(s) = e.kind {
                Some(s)
            } else {
                None
            }
        })
        .collect();
    let group = ents.iter().rev().filter(|_| !owned_group).find_map(|e| match e.kind {
        EntityKind::Source(s, fuzzy) if rules.sources.list[s].kind == SourceKind::Group => Some((s, fuzzy)),
        _ => None,
    });
    if let Some((src, fuzzy)) = group {
        if let SideRef::Fixed(_) = rules.sources.list[src].side {
            return Some(Res::Source { src, name, fuzzy });
        }
    }
    if !titles.is_empty() {
        return Some(Res::Title {
            candidates: titles,
            name,
            fallback: group.map(|g| g.0),
        });
    }
    if let Some((src, _)) = group {
        return Some(Res::FromPlace { name, src });
    }
    // 6. needs the discourse
    // "A railway engineer" is a person brought in, not the railway: after an indefinite article,
    // a body's noun before a head that is neither a body nor one who speaks for one (as
    // "spokesman" is) names no body
    // (a bare phrase only: in "an officer serving with a unit near Sudzha" the unit is named)
    let bare = words
        .iter()
        .all(|w| !lang.np_prepositions.has(w) && !lang.membership_prepositions.has(w) && !lang.relative_openers.has(w))
        && content.len() == words.len() - 1;
    let person_brought_in = bare
        && lang.is_indefinite_article(an.word(span.a))
        && content
            .last()
            .is_some_and(|h| !lang.institution_nouns.has(h) && !lang.speaker_nouns.has(h));
    let institution = content.iter().any(|w| lang.institution_nouns.has(w)) && !person_brought_in;
    if institution && !has_name(an, rules, span) {
        // "Colombia's foreign ministry": the body of a country or owner the rules do not know
        // is no body named before, and has no side
        if unknown_owner(an, span) || unknown_company(an, lang, span) {
            return Some(Res::Named { name });
        }
        // "The group's daily update": what the body issued names the body by the words before
        // the possessive only
        let owner_end = (span.a..span.b).find(|&k| {
            an.toks.toks[k].kind == TokKind::Possessive && (k + 1..span.b).any(|j| lang.speech_nouns.has(an.word(j)))
        });
        let words = match owner_end {
            Some(end) => (span.a..end)
                .map(|i| an.word(i))
                .filter(|w| content.contains(w))
                .map(str::to_string)
                .collect(),
            None => content.iter().map(|w| w.to_string()).collect(),
        };
        return Some(Res::Institution { name, words });
    }
    // "Mr Müller said", "Dr. Petrenko said": an abbreviated title before a surname is still the
    // surname of someone named before
    let surname = match content.as_slice() {
        [one] => Some(*one),
        [title, one] | [title, ".", one] if lang.abbreviations.has(title) => Some(*one),
        _ => None,
    };
    if let Some(word) = surname.filter(|w| {
        an.toks.toks[span.b - 1].cap && an.toks.toks[span.b - 1].kind == TokKind::Word && !lang.not_names.has(w)
    }) {
        return Some(Res::Surname {
            name,
            word: word.to_string(),
        });
    }
    if let Some(p) = person_name(text, an, span, rules) {
        return Some(Res::Named { name: p });
    }
    let noun = content.iter().any(|w| lang.speaker_nouns.has(w));
    // "One official" refers back as "the official" does, to a group (see `partitives`)
    if lang.determiners.has(words[0]) || lang.partitives.has(words[0]) {
        return Some(Res::Definite {
            name,
            words: content.iter().map(|w| w.to_string()).collect(),
            noun,
        });
    }
    noun.then_some(Res::Named { name })
}

fn is_word(an: &Analysis, i: usize) -> bool {
    an.toks.toks[i].kind == TokKind::Word
}

/// Whether the phrase names a formation by its number: an ordinal ("24th") and, after it over
/// capitalised words only ("Separate Mechanized", "Army"), a unit noun ("Brigade", "Corps").
/// A soldier or spokesperson "of the 24th Brigade" is the unit's too; "the 59th brigade" in
/// lower case is a unit as well. The one test of what a numbered unit is: both the side it
/// speaks for and the speaker before it refers to (or not) go by it.
pub(crate) fn numbered_unit(an: &Analysis, lang: &Language, span: Span) -> bool {
    let ordinal =
        |w: &str| w.starts_with(|c: char| c.is_ascii_digit()) && w.ends_with(|c: char| c.is_ascii_alphabetic());
    (span.a..span.b).any(|k| {
        is_word(an, k)
            && ordinal(an.word(k))
            && (k + 1..span.b)
                .take_while(|&j| {
                    is_word(an, j)
                        && (an.toks.toks[j].cap
                            || lang.unit_nouns.has(an.word(j))
                            || lang.unit_adjectives.has(an.word(j)))
                })
                .any(|j| lang.unit_nouns.has(an.word(j)))
    })
}

/// End of the head chunk: the first preposition inside the phrase (not one inside a name).
fn head_chunk_end(an: &Analysis, rules: &RuleSet, span: Span) -> usize {
    let inside_entity = |i: usize| an.entities.iter().any(|e| e.a < i && i < e.b);
    (span.a..span.b)
        .find(|&i| is_word(an, i) && rules.language.np_prepositions.has(an.word(i)) && i > span.a && !inside_entity(i))
        .unwrap_or(span.b)
}

/// Whether a capitalised word the rules do not know owns the phrase ("Colombia's foreign
/// ministry"): a body of somebody the article names, not one named before.
fn unknown_owner(an: &Analysis, span: Span) -> bool {
    (span.a + 1..span.b).any(|i| {
        an.toks.toks[i].kind == TokKind::Possessive
            && an.toks.toks[i - 1].kind == TokKind::Word
            && an.toks.toks[i - 1].cap
            && !an.entities.iter().any(|e| e.a < i && i - 1 < e.b)
    })
}

/// "The director of Factor Group": a company whose capitalised name the rules do not know (no
/// place or source in it), as against "the North group of forces", an army's.
fn unknown_company(an: &Analysis, lang: &Language, span: Span) -> bool {
    let toks = &an.toks.toks;
    (span.a + 2..span.b).any(|i| {
        lang.company_nouns.has(an.word(i))
            && toks[i - 1].kind == TokKind::Word
            && toks[i - 1].cap
            && !lang.institution_nouns.has(an.word(i - 1))
            && !an.entities.iter().any(|e| e.a < i && i - 1 < e.b)
            && !(i + 1 < toks.len() && lang.np_prepositions.has(an.word(i + 1)))
    })
}

fn has_name(an: &Analysis, rules: &RuleSet, span: Span) -> bool {
    person_name_span(an, rules, span).is_some()
}

fn person_name_span(an: &Analysis, rules: &RuleSet, span: Span) -> Option<(usize, usize)> {
    an.entities_in(span.a, span.b)
        .find(|e| {
            matches!(e.kind, EntityKind::Name)
                || matches!(e.kind, EntityKind::Source(s, _) if rules.sources.list[s].kind == SourceKind::Person)
        })
        .map(|e| (e.a, e.b))
}

/// The person's name inside a phrase like "regional Governor Roman Busargin".
fn person_name(text: &str, an: &Analysis, span: Span, rules: &RuleSet) -> Option<String> {
    let (a, b) = person_name_span(an, rules, span)?;
    Some(span_text(text, an, Span { a, b }).to_string())
}
