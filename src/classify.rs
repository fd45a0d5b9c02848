//! Classify: the claim kinds a statement makes, and the numbers it states.
//!
//! Responsible for: matching the claim phrases of the rules over the whole statement (quotations
//! included, since what a speaker is quoted saying is their claim), keeping the longest phrase at
//! each position, dropping a phrase that a negation or a modal cancels ("did not hit", "could
//! hit"), applying `suppresses`, and reading counts ("34 out of 55 drones", "two Il-76s").
//! Must not: change who said it. Kinds never give a side.

use crate::attribute::{Attributed, SideAttr};
use crate::input::Document;
use crate::lexed::Lexed;
use crate::rules::claims::MAX_GAP;
use crate::rules::lexicon::{longest_first, Hit};
use crate::rules::{RuleSet, Set};
use crate::text::{TokKind, Tokens};

/// A number stated for a kind of thing ("four Il-76s").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quantity {
    /// The value: the least it can be, for a vague number ("several": 3).
    pub value: u64,
    /// The most it can be: `value` for an exact number, more for a vague one ("several": 9).
    pub max: u64,
    /// The counted thing, as normalised words ("il-76s", "strike drones").
    pub unit: std::sync::Arc<[std::sync::Arc<str>]>,
    /// The claim kind nearest the number in the statement, if any.
    pub kind: Option<usize>,
    /// Byte span of the number and its unit.
    pub span: (usize, usize),
}

/// A statement with its claim kinds.
#[derive(Debug, Clone)]
pub struct Classified {
    /// The attribution stage's output.
    pub attributed: Attributed,
    /// Claim kind indexes, in order of first appearance, without repeats.
    pub kinds: Vec<usize>,
    /// Byte spans of the phrases that gave each kind (kind, start, end).
    pub evidence: Vec<(usize, usize, usize)>,
    /// Numbers stated.
    pub quantities: Vec<Quantity>,
    /// The side its phrases of an `actor` kind name as having done it ("Ukrainian drones ...
    /// struck": Ukraine's), when they name exactly one.
    pub actor: Option<usize>,
    /// The side whose claims it names ("Russia's claims", "the Ukrainian allegations"), when it
    /// names one: what a denial in it rejects.
    pub disputed: Option<usize>,
    /// Kinds it denies (see [`KindMatches::denied`]).
    pub denied: Vec<usize>,
    /// Rule ids that fired (`claims/interception`).
    pub rules: Vec<String>,
}

/// Classify every statement of a document.
pub fn classify(
    doc: &Document,
    statements: Vec<Attributed>,
    rules: &RuleSet,
    lexer: &crate::lexed::Lexer<'_>,
) -> Vec<Classified> {
    let _ = doc;
    statements
        .into_iter()
        .map(|a| {
            let toks = lexer.get(a.start, a.end);
            let speaker_tokens: Vec<bool> = toks
                .toks
                .iter()
                .map(|t| a.attribution.iter().any(|&(s, e)| t.start >= s && t.end <= e))
                .collect();
            let KindMatches {
                kinds,
                evidence,
                hits,
                denied,
            } = kinds_of(&toks, &speaker_tokens, rules);
            let quantities = quantities_of(&toks, &hits, rules);
            let actor = actor_of(&toks, &hits, rules, &a.side);
            // only a statement that can answer another with `named_claims` needs it
            let answers = rules
                .claims
                .conflicts
                .iter()
                .any(|c| c.named_claims && kinds.iter().any(|k| c.a.contains(k)));
            let disputed = if answers { disputed_of(&toks, rules) } else { None };
            let rules_fired = kinds
                .iter()
                .map(|&k| format!("claims/{}", rules.claims.kinds[k].id))
                .collect();
            Classified {
                attributed: a,
                kinds,
                evidence,
                quantities,
                actor,
                disputed,
                denied,
                rules: rules_fired,
            }
        })
        .collect()
}

/// Words that may stand between a purpose phrase and the claim phrase it governs ("used to
/// launch | glide-bomb | attacks").
const PURPOSE_REACH: usize = 3;

/// Tokens past a phrase of an `actor` kind where its actor may still stand ("blamed the attack
/// on | Russia").
const ACTOR_REACH: usize = 2;

/// The side of the one country (or capital) named inside, or right after, the statement's
/// phrases of an `actor` kind; `None` when they name none, or several sides, or when only
/// accusations name the speaker's own side: "Kyiv is trying to blame Russia for what it does
/// itself", said by a Russian official, answers a charge and names no doer.
fn actor_of(toks: &Lexed, hits: &[Hit], rules: &RuleSet, side: &SideAttr) -> Option<usize> {
    let actor_hits: Vec<&Hit> = hits
        .iter()
        .filter(|h| rules.claims.kinds[h.payload as usize].actor)
        .collect();
    let spans: Vec<(usize, usize)> = actor_hits
        .iter()
        .map(|h| (h.a, (h.b + ACTOR_REACH).min(toks.len())))
        .collect();
    if spans.is_empty() {
        return None;
    }
    let actor = one_side(toks, rules, |h| spans.iter().any(|&(a, b)| h.a >= a && h.b <= b))?;
    let accusing = |h: &&&Hit| (h.a..h.b).any(|k| rules.language.accusation_verbs.has(toks.word(k)));
    let own_side_accused = *side == SideAttr::Side(actor) && actor_hits.iter().all(|h| accusing(&h));
    (!own_side_accused).then_some(actor)
}

/// The side of the demonyms, countries and capitals that `keep` accepts, when they name exactly
/// one side.
fn one_side(toks: &Lexed, rules: &RuleSet, keep: impl Fn(&Hit) -> bool) -> Option<usize> {
    let places = &rules.places;
    let demonyms = toks
        .longest(Set::Demonyms)
        .into_iter()
        .filter(&keep)
        .map(|h| h.payload as usize);
    let names = toks
        .longest(Set::PlaceNames)
        .into_iter()
        .filter(&keep)
        .map(|h| h.payload as usize)
        .filter(|&p| places.list[p].names_government());
    let mut sides = demonyms.chain(names).filter_map(|p| places.side_of(p));
    let first = sides.next()?;
    sides.all(|s| s == first).then_some(first)
}

/// The side of the one country, capital or demonym right before a claim noun ("Russia's
/// claims", "the Russian version", "Kyiv's latest allegations"; one word may stand between);
/// `None` when none does, or several sides do.
fn disputed_of(toks: &Lexed, rules: &RuleSet) -> Option<usize> {
    let lang = &rules.language;
    let before_claim_noun = |b: usize| {
        let mut k = b;
        if k < toks.len() && toks.toks[k].kind == crate::text::TokKind::Possessive {
            k += 1;
        }
        (k..(k + 2).min(toks.len())).any(|i| lang.claim_nouns.has(toks.word(i)))
    };
    one_side(toks, rules, |h| before_claim_noun(h.b))
}

/// What a statement's claim phrases came to: the kinds it claims, their evidence, the phrase
/// hits kept, and the kinds it denies.
pub struct KindMatches {
    /// Kind indexes, in order of first appearance, without repeats.
    pub kinds: Vec<usize>,
    /// (kind, start byte, end byte) of each phrase counted.
    pub evidence: Vec<(usize, usize, usize)>,
    /// The phrase hits counted.
    pub hits: Vec<Hit>,
    /// Kinds whose phrases a negation cancelled and none counted ("rejected suggestions that
    /// Russia had targeted civilians"): what a denial in the statement denies.
    pub denied: Vec<usize>,
}

/// What became of a claim phrase found in a statement; `rules explain` shows the ones that did
/// not count, with this as the reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fate {
    /// It gives the statement its kind.
    Counted,
    /// It is part of the speaker's own words (a title such as "Center for Countering
    /// Disinformation" claims nothing).
    InSpeakerWords,
    /// A longer phrase starting at the same place, or overlapping it, won.
    Overlapped,
    /// A negation shortly before it ("did not hit").
    Negated,
    /// A modal shortly before it ("could hit").
    Modal,
    /// A purpose phrase shortly before it ("used to launch attacks"): what a base or weapon
    /// was for, another event than the statement's.
    Purpose,
    /// It stands in a clause opened by a clause negation ("no evidence that ... hit").
    ClauseNegated,
    /// Another kind found in the statement suppresses this one (kind index).
    SuppressedBy(usize),
}

/// One claim phrase found in a statement: the kind it stands for, its tokens, and its fate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseMatch {
    /// Kind index.
    pub kind: usize,
    /// First token.
    pub a: usize,
    /// One past the last token.
    pub b: usize,
    /// Whether it counted, and if not, why.
    pub fate: Fate,
}

/// Kinds found in `toks` outside the tokens flagged in `skip` (the speaker's own words: a title
/// like "Center for Countering Disinformation" claims nothing), their evidence spans, and the
/// kept phrase hits (payload = kind).
pub fn kinds_of(toks: &Lexed, skip: &[bool], rules: &RuleSet) -> KindMatches {
    let matches = phrase_matches(toks, skip, rules);
    let kept: Vec<Hit> = matches
        .iter()
        .filter(|m| m.fate == Fate::Counted)
        .map(|m| Hit {
            payload: m.kind as u32,
            a: m.a,
            b: m.b,
        })
        .collect();
    let mut kinds: Vec<usize> = Vec::new();
    for h in &kept {
        if !kinds.contains(&(h.payload as usize)) {
            kinds.push(h.payload as usize);
        }
    }
    let mut evidence: Vec<(usize, usize, usize)> = kept
        .iter()
        .map(|h| (h.payload as usize, toks.toks[h.a].start, toks.toks[h.b - 1].end))
        .collect();
    let mut denied: Vec<usize> = Vec::new();
    for m in &matches {
        if matches!(m.fate, Fate::Negated | Fate::ClauseNegated)
            && !kinds.contains(&m.kind)
            && !denied.contains(&m.kind)
        {
            denied.push(m.kind);
        }
    }
    // "had not yet seen evidence that Russian forces had seized the town": ground still held
    for m in &matches {
        if !denied.contains(&m.kind) || !matches!(m.fate, Fate::Negated | Fate::ClauseNegated) {
            continue;
        }
        if let Some(k) = rules.claims.kinds[m.kind].negated_as {
            if !kinds.contains(&k) {
                kinds.push(k);
                evidence.push((k, toks.toks[m.a].start, toks.toks[m.b - 1].end));
            }
        }
    }
    KindMatches {
        kinds,
        evidence,
        hits: kept,
        denied,
    }
}

/// Every claim phrase found in `toks`, in text order, each with what became of it.
pub fn phrase_matches(toks: &Lexed, skip: &[bool], rules: &RuleSet) -> Vec<PhraseMatch> {
    let claims = &rules.claims;
    let lang = &rules.language;
    let seg_hits = toks.all(Set::ClaimSegments);
    let mut found: Vec<Hit> = Vec::new();
    let mut out: Vec<PhraseMatch> = Vec::new();
    // where a `...` gap must stop ("destroyed a workshop assembling drones"): found once, since
    // most sentences have none and the phrases below would ask about the same words many times
    let breakers: Vec<usize> = (0..toks.toks.len())
        .filter(|&i| lang.gap_breakers.has(toks.word(i)))
        .collect();
    // the segments found, by segment and first token: a common first segment ("attack") starts
    // a hundred patterns, most of which need a segment the sentence does not have at all, so
    // that is ruled out first, and a later segment is looked up rather than searched for
    let mut by_seg: Vec<(u32, usize, usize)> = seg_hits.iter().map(|x| (x.payload, x.a, x.b)).collect();
    by_seg.sort_unstable();
    let mut present: Vec<u32> = by_seg.iter().map(|&(p, _, _)| p).collect();
    present.dedup();
    let nearest_end = |seg: u32, from: usize, to: usize| {
        let lo = by_seg.partition_point(|&(p, a, _)| (p, a) < (seg, from));
        by_seg[lo..]
            .iter()
            .take_while(|&&(p, a, _)| p == seg && a <= to)
            .map(|&(_, _, b)| b)
            .min()
    };
    for h in seg_hits {
        for &pi in &claims.starts[h.payload as usize] {
            let p = &claims.patterns[pi];
            if !p.segments[1..].iter().all(|s| present.binary_search(s).is_ok()) {
                continue;
            }
            let mut end = h.b;
            let mut ok = true;
            for &seg in &p.segments[1..] {
                let reach = breakers
                    .iter()
                    .copied()
                    .find(|&i| i >= end && i < end + MAX_GAP)
                    .unwrap_or(end + MAX_GAP);
                match nearest_end(seg, end, reach) {
                    Some(b) => end = b,
                    None => {
                        ok = false;
                        break;
                    }
                }
            }
            if !ok {
                continue;
            }
            let hit = Hit {
                payload: p.kind as u32,
                a: h.a,
                b: end,
            };
            if skip.get(h.a..end).is_some_and(|s| s.iter().any(|&x| x)) {
                out.push(PhraseMatch {
                    kind: p.kind,
                    a: h.a,
                    b: end,
                    fate: Fate::InSpeakerWords,
                });
            } else {
                found.push(hit);
            }
        }
    }
    found.sort_by(|x, y| x.a.cmp(&y.a).then(y.b.cmp(&x.b)).then(x.payload.cmp(&y.payload)));
    found.dedup();
    // the longest phrase at the same words wins ("no damage" over "damage"), except that a kind
    // counted `alongside` ("Russian drones ... struck": who did it) leaves the claims inside it
    let (alongside, contested): (Vec<Hit>, Vec<Hit>) =
        found.iter().partition(|h| claims.kinds[h.payload as usize].alongside);
    let mut kept = longest_first(contested);
    kept.extend(longest_first(alongside));
    for h in &found {
        if !kept.contains(h) {
            out.push(PhraseMatch {
                kind: h.payload as usize,
                a: h.a,
                b: h.b,
                fate: Fate::Overlapped,
            });
        }
    }
    // negations and modals just before a phrase cancel it
    let negs = toks.all(Set::Negations);
    // "had not observed evidence that ...": everything to the end of the clause
    let clause_negs = toks.all(Set::ClauseNegations);
    let clause_negated = |a: usize| {
        clause_negs.iter().any(|n| {
            n.b <= a
                && (n.b..a).all(|i| {
                    !matches!(toks.toks[i].kind, TokKind::Punct | TokKind::Quote)
                        && !lang.clause_breaks.has(toks.word(i))
                })
        })
    };
    let mut counted: Vec<Hit> = Vec::new();
    for &h in &kept {
        let lo = h.a.saturating_sub(lang.negation_window);
        let punct_between =
            |from: usize| (from..h.a).any(|i| toks.toks[i].kind == TokKind::Punct && toks.word(i) != "-");
        let modal = !rules.claims.kinds[h.payload as usize].hedged
            && (lo..h.a).any(|i| lang.modals.has(toks.word(i)) && !punct_between(i));
        // a phrase that opens with a negation of its own is not cancelled by one before it in
        // another clause ("no casualties and no serious damage"; "neither confirmed nor denied"
        // is still no denial)
        let own_negation = negs.iter().any(|n| n.a == h.a);
        // ... nor by one that belongs to a phrase before it in another clause ("suffered no
        // losses and called the figures fantasy": the "no" is the losses')
        let owned = |n: &Hit| kept.iter().any(|k| k.a <= n.a && n.b <= k.b && k.b <= h.a);
        let negated = negs.iter().any(|n| {
            n.b <= h.a
                && n.b >= lo
                && !punct_between(n.b)
                && !((own_negation || owned(n)) && (n.b..h.a).any(|i| lang.clause_breaks.has(toks.word(i))))
        });
        // "the base was used to launch glide-bomb attacks": what it was for, another event
        // (one that opens with the claim's own words, "supplied fuel to Russian units", is the claim)
        let purpose = lang
            .purpose_within(toks, h.b, h.b - h.a + PURPOSE_REACH, false)
            .is_some_and(|start| start < h.a);
        let fate = if negated {
            Fate::Negated
        } else if modal {
            Fate::Modal
        } else if purpose {
            Fate::Purpose
        } else if clause_negated(h.a) {
            Fate::ClauseNegated
        } else {
            counted.push(h);
            continue;
        };
        out.push(PhraseMatch {
            kind: h.payload as usize,
            a: h.a,
            b: h.b,
            fate,
        });
    }
    let present: Vec<usize> = counted.iter().map(|h| h.payload as usize).collect();
    for h in counted {
        let kind = h.payload as usize;
        let by = present
            .iter()
            .copied()
            .find(|&k| k != kind && claims.kinds[k].suppresses.contains(&kind));
        out.push(PhraseMatch {
            kind,
            a: h.a,
            b: h.b,
            fate: by.map_or(Fate::Counted, Fate::SuppressedBy),
        });
    }
    out.sort_by_key(|m| (m.a, std::cmp::Reverse(m.b), m.kind));
    out
}

/// Numbers with what they count. Measures ("400 miles"), years and times are not counts.
fn quantities_of(toks: &Tokens, kind_hits: &[Hit], rules: &RuleSet) -> Vec<Quantity> {
    let lang = &rules.language;
    let n = toks.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let w = toks.word(i);
        let is_num = matches!(toks.toks[i].kind, TokKind::Number | TokKind::Word);
        let Some([value, max]) = is_num.then(|| lang.number_range(w)).flatten() else {
            i += 1;
            continue;
        };
        let vague = max != value;
        if toks.toks[i].kind == TokKind::Number && w.len() == 4 && (1900..2100).contains(&value) {
            i += 1;
            continue; // a year
        }
        // "34 out of 55 drones": the unit comes after the second number
        let mut j = i + 1;
        let ratio = lang.ratio_words_at(toks, j);
        if ratio > 0 && j + ratio < n && lang.number_value(toks.word(j + ratio)).is_some() {
            j += ratio + 1;
        }
        // Moscow says "several" aircraft; "dozens of drones"
        if vague {
            while j < n && toks.toks[j].kind == TokKind::Quote {
                j += 1;
            }
            if j + 1 < n && lang.genitive_prepositions.has(toks.word(j)) {
                j += 1;
            }
        }
        let mut unit = Vec::new();
        while j < n && unit.len() < 4 {
            let t = &toks.toks[j];
            let u = toks.word(j);
            if t.kind != TokKind::Word
                || lang.clause_words.has(u)
                || lang.clause_breaks.has(u)
                || lang.determiners.has(u)
                || lang.np_prepositions.has(u)
                || lang.fillers.has(u)
                || (!t.cap && lang.looks_like_verb(u))
                || lang.passive_auxiliaries.has(u)
                || lang.number_value(u).is_some()
            {
                break;
            }
            unit.push(crate::intern::intern(u));
            j += 1;
        }
        if unit.is_empty() {
            if let Some(toll) = toll_before(toks, i, lang) {
                unit.push(crate::intern::intern(toks.word(toll)));
                j = i + 1;
            }
        }
        if !unit.is_empty() && !unit.iter().any(|u| lang.measure_units.has(u)) {
            let nearest = kind_hits
                .iter()
                // the nearest claim, and of two as near the narrower ("hit", not "Ukrainian drones
                // have hit", which says who did it)
                .min_by_key(|h| (if h.b <= i { i - h.b } else { h.a.saturating_sub(j) }, h.b - h.a))
                .map(|h| h.payload as usize);
            out.push(Quantity {
                value,
                max,
                unit: crate::intern::intern_ids(&unit),
                kind: nearest,
                span: (toks.toks[i].start, toks.toks[j - 1].end),
            });
        }
        i += 1;
    }
    // `compare` holds them with hundreds of thousands of statements: no spare capacity
    out.shrink_to_fit();
    out
}

/// A toll noun a few words before a number that has no unit of its own ("the number of dead at
/// about 400", "raised the death toll to 50"): the words between are not a clause of their own
/// (no number, punctuation or clause break).
fn toll_before(toks: &Tokens, i: usize, lang: &crate::rules::language::Language) -> Option<usize> {
    (i.saturating_sub(4)..i).rev().find(|&k| {
        let between_ok =
            (k + 1..i).all(|m| toks.toks[m].kind == TokKind::Word && !lang.clause_breaks.has(toks.word(m)));
        toks.toks[k].kind == TokKind::Word && lang.toll_nouns.has(toks.word(k)) && between_ok
    })
}

#[cfg(test)]
mod tests {
    use crate::testkit::{find, kinds, statements};

    fn kinds_of_text(t: &str) -> Vec<&'static str> {
        let all = statements(t);
        kinds(&all[0])
    }

    #[test]
    fn a_negation_inside_an_earlier_phrase_does_not_reach_into_the_next_clause() {
        let k = kinds_of_text("The Legion said it had suffered no losses and called the figures fantasy.");
        assert!(k.contains(&"no_casualties") && k.contains(&"denial"), "{k:?}");
        // in the same clause it still negates: "did not strike civilians" claims no civilian target
        let k = kinds_of_text("Peskov said Russian forces did not strike civilians.");
        assert!(!k.contains(&"target_civilian"), "{k:?}");
    }

    #[test]
    fn the_longest_phrase_wins_so_no_damage_is_not_damage() {
        let k =
            kinds_of_text("Moscow Mayor Sergey Sobyanin suggested that the drone was shot down and caused no damage.");
        assert!(
            k.contains(&"interception") && k.contains(&"no_damage") && !k.contains(&"damage"),
            "{k:?}"
        );
    }

    #[test]
    fn who_did_it_is_counted_alongside_what_was_done() {
        // the blame phrase spans the strike verb; both count, so the strike can be contradicted
        let k = kinds_of_text("Russian missiles struck a power plant in Kharkiv, the regional governor said.");
        assert!(k.contains(&"blame") && k.contains(&"strike"), "{k:?}");
        // the longest phrase still wins among ordinary kinds
        let k = kinds_of_text("The drone caused no damage, the mayor said.");
        assert!(k.contains(&"no_damage") && !k.contains(&"damage"), "{k:?}");
    }

    #[test]
    fn a_negated_capture_is_ground_still_held() {
        // advance's `negated_as: hold`: no evidence of a capture answers the capture claim
        let k = kinds_of_text("The think tank said it had seen no evidence that Russian forces had captured the town.");
        assert!(k.contains(&"hold") && !k.contains(&"advance"), "{k:?}");
        // a capture claimed elsewhere in the statement counts, and nothing is added
        let k = kinds_of_text(
            "It had not seen evidence that Russian forces had seized the whole town, but said they had captured most of it.",
        );
        assert!(k.contains(&"advance") && !k.contains(&"hold"), "{k:?}");
    }

    #[test]
    fn a_modal_makes_a_claim_hypothetical() {
        let k =
            kinds_of_text("Zelensky said his country had developed a weapon that could hit a target 400 miles away.");
        assert!(!k.contains(&"strike"), "{k:?}");
    }

    #[test]
    fn a_negation_cancels_the_claim_after_it() {
        let k = kinds_of_text("The governor said the drones did not hit the refinery.");
        assert!(!k.contains(&"strike"), "{k:?}");
    }

    #[test]
    fn no_comment_suppresses_what_it_refuses_to_explain() {
        let k = kinds_of_text("“Why it burns and who lit it, we do not comment,” the spokesman said.");
        assert_eq!(k, ["no_comment"]);
    }

    #[test]
    fn debris_and_no_casualties_from_the_governors_account() {
        let k =
            kinds_of_text("“No-one was injured” but when the drone fell, it sparked a large fire, Gusev continued.");
        assert!(
            k.contains(&"no_casualties") && k.contains(&"debris") && !k.contains(&"casualties"),
            "{k:?}"
        );
    }

    #[test]
    fn a_speakers_title_claims_nothing() {
        let all = statements("Andriy Kovalenko, head of Ukraine's Center for Countering Disinformation, said five Russian cities had been targeted.");
        assert!(!kinds(&all[0]).contains(&"denial"));
    }

    #[test]
    fn counts_keep_their_unit_and_skip_measures() {
        let all = statements("Ukraine downed 34 out of 55 drones, the air force said. A weapon could hit a target 400 miles away. Local reports said strikes damaged four Il-76s.");
        let q = &find(&all, "downed").quantities;
        assert_eq!(
            q.iter().map(|q| (q.value, q.unit.join(" "))).collect::<Vec<_>>(),
            [(34, "drones".to_string()), (55, "drones".to_string())]
        );
        assert!(find(&all, "400 miles").quantities.is_empty());
        let four = &find(&all, "Il-76s").quantities[0];
        assert_eq!((four.value, four.unit.join(" ")), (4, "il-76s".to_string()));
    }

    #[test]
    fn not_saying_whether_is_no_claim() {
        let k = kinds_of_text("In a statement, the General Staff did not say whether its forces had downed the plane.");
        assert!(!k.contains(&"interception"), "{k:?}");
        let k = kinds_of_text("The General Staff said its forces had downed the plane.");
        assert!(k.contains(&"interception"), "{k:?}");
    }

    #[test]
    fn a_toll_counts_the_dead_with_the_number_it_gives() {
        let all = statements("Its military has put the number of dead at about 400, with 300 more wounded. Officials raised the death toll to 50 on Friday. The blast came 2 hours later.");
        let units = |needle: &str| {
            find(&all, needle)
                .quantities
                .iter()
                .map(|q| (q.value, q.unit.join(" ")))
                .collect::<Vec<_>>()
        };
        assert_eq!(units("number of dead")[0], (400, "dead".to_string()));
        assert_eq!(units("death toll"), [(50, "toll".to_string())]);
        // a toll noun far before, or across a clause, counts nothing
        assert!(units("blast").iter().all(|(_, u)| u != "dead" && u != "toll"));
    }

    #[test]
    fn the_words_of_a_part_of_a_count_are_the_rules_business() {
        let text = "Ukraine downed 34 of 55 drones, the air force said.";
        let units = |rules: &crate::rules::RuleSet| {
            let doc = crate::input::parse("t.txt".into(), text.as_bytes().to_vec(), &rules.language).expect("parses");
            let all = crate::pipeline::analyse(&doc, rules);
            all[0].quantities.iter().map(|q| q.unit.join(" ")).collect::<Vec<_>>()
        };
        // "of" alone is not one of the default ratio words: 34 counts nothing
        assert_eq!(units(crate::testkit::rules()), ["drones"]);
        let mut rules = crate::testkit::rules().clone();
        rules.language.ratio_words.push(vec!["of".to_string()]);
        assert_eq!(units(&rules), ["drones", "drones"]);
    }
}
