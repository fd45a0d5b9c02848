//! Finding the speaker's noun phrase next to a speech cue.
//!
//! The phrase is read off the tokens around the cue: "Moscow Mayor Sergey Sobyanin previously
//! suggested" (before, over fillers), "..., said Andriy Kovalenko, the head of ..." (inverted),
//! "according to civic chiefs" (after), "Russia, for their part, also complains" (over a
//! parenthesis), "Starmer visited Kyiv, vowing" (the clause subject). Which words may sit inside a
//! phrase and which end it comes from the `language` rules.

use super::analysis::{Analysis, CueHit, EntityKind};
use crate::rules::cues::SpeakerPosition;
use crate::rules::language::Language;
use crate::rules::RuleSet;
use crate::text::TokKind;

/// A token range `a..b`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// First token.
    pub a: usize,
    /// One past the last token.
    pub b: usize,
}

/// The phrase that names a cue's speaker, with an appositive beside it when there is one
/// ("Andriy Kovalenko, head of Ukraine's Center ...").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpeakerPhrase {
    /// The main phrase.
    pub main: Span,
    /// An appositive that may tell the side when the main phrase does not.
    pub appositive: Option<Span>,
    /// The recipient, for cues like "told" ("told Ukrainskaya Pravda").
    pub recipient: Option<Span>,
    /// How the phrase was found, for `rules explain`.
    pub how: Placement,
}

/// Where the speaker phrase stood relative to the cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// Before the cue.
    Before,
    /// After the cue.
    After,
    /// After an inverted cue ("said X").
    Inverted,
    /// The subject of the clause a participle ends.
    Subject,
}

impl std::fmt::Display for Placement {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Placement::Before => "before the cue",
            Placement::After => "after the cue",
            Placement::Inverted => "after the cue (inverted)",
            Placement::Subject => "the clause's subject",
        })
    }
}

fn is_word(an: &Analysis, i: usize) -> bool {
    matches!(an.toks.toks[i].kind, TokKind::Word | TokKind::Possessive)
}

/// A comma token: where asides and appositives open and close.
pub fn is_comma(an: &Analysis, i: usize) -> bool {
    an.toks.toks[i].kind == TokKind::Punct && an.word(i) == ","
}

/// Whether the word at `k` is set off after a noun of what a person goes by ("his call sign,
/// Lys"): a name the speaker spoken of goes by, not a new speaker.
pub fn goes_by(an: &Analysis, lang: &Language, k: usize) -> bool {
    k >= 2 && is_comma(an, k - 1) && lang.name_nouns.has(an.word(k - 2))
}

/// Whether tokens `i` and `i + 1` date something ("on Friday", "in March"): a preposition
/// before a weekday or a month.
fn dated_at(an: &Analysis, lang: &Language, i: usize) -> bool {
    i + 1 < an.toks.len()
        && lang.np_prepositions.has(an.word(i))
        && (lang.weekdays.get(an.word(i + 1)).is_some() || lang.months.get(an.word(i + 1)).is_some())
}

/// Where a time set by an event that ends at `end` (exclusive) starts, past the time nouns
/// before it: "after that attack", "days before the strike" (`sequence_words`, `event_nouns`,
/// `time_nouns`), with only words between, after the pictures and their participle it belongs
/// to ("Satellite images published after ..."): anything else is no such time.
fn event_time_before(an: &Analysis, lang: &Language, end: usize, floor: usize) -> Option<usize> {
    let last = end
        .checked_sub(1)
        .filter(|&k| k > floor && lang.event_nouns.has(an.word(k)))?;
    let seq = (last.saturating_sub(5).max(floor + 1)..last)
        .rev()
        .take_while(|&k| is_word(an, k) && !an.masked[k])
        .find(|&k| lang.sequence_words.has(an.word(k)))?;
    let mut start = seq;
    while start > floor + 1 && is_word(an, start - 1) && lang.time_nouns.has(an.word(start - 1)) {
        start -= 1;
    }
    // ... the pictures a participle after them describes, a few words before
    let pictures = (start.saturating_sub(8).max(floor)..start)
        .rev()
        .take_while(|&k| matches!(an.toks.toks[k].kind, TokKind::Word | TokKind::Possessive))
        .any(|k| lang.depiction_nouns.has(an.word(k)));
    pictures.then_some(start)
}

/// Where a date that ends at `end` (exclusive) starts: "on Monday", "in September", "on Dec. 1",
/// "on 1 December", "on December 1".
fn date_before(an: &Analysis, lang: &Language, end: usize, floor: usize) -> Option<usize> {
    let mut k = end;
    // "on Wednesday morning": the part of the day goes with its day
    if k > floor + 1 && lang.time_nouns.has(an.word(k - 1)) && lang.weekdays.contains_key(an.word(k - 2)) {
        k -= 1;
    }
    while k > floor && an.toks.toks[k - 1].kind == TokKind::Number {
        k -= 1;
    }
    let numbered = k < end;
    if numbered && k > floor + 1 && an.word(k - 1) == "." && lang.months.get(an.word(k - 2)).is_some() {
        k -= 1;
    }
    if k > floor + 1 && dated_at(an, lang, k - 2) {
        return Some(k - 2);
    }
    // "on 1 December"
    (!numbered
        && k > floor + 2
        && lang.months.get(an.word(k - 1)).is_some()
        && an.toks.toks[k - 2].kind == TokKind::Number
        && lang.np_prepositions.has(an.word(k - 3)))
    .then(|| k - 3)
}

/// The token after a date that opens a clause at `a` ("On Thursday", "On July 5", "Hours
/// later"), or `a` when none does: what a clause's subject comes after.
fn past_opening_date(an: &Analysis, lang: &Language, a: usize, end: usize) -> usize {
    // a time and a filler: "Hours later the foreign ministry summoned ... and told"
    if a + 2 <= end && is_word(an, a + 1) && lang.names_time(an.word(a)) && lang.fillers.has(an.word(a + 1)) {
        return a + 2;
    }
    // ... with how many before it: "Two days later he reversed course, saying"
    let counted = |k: usize| lang.number_value(an.word(k)).is_some() || lang.determiners.has(an.word(k));
    if a + 3 <= end && counted(a) && is_word(an, a + 1) && is_word(an, a + 2) {
        let later = past_opening_date(an, lang, a + 1, end);
        if later == a + 3 {
            return later;
        }
    }
    if a + 2 > end || !dated_at(an, lang, a) {
        return a;
    }
    let mut k = a + 2;
    while k < end && an.toks.toks[k].kind == TokKind::Number {
        k += 1;
    }
    k
}

/// Whether a determiner and a claim noun open the words at `a` with more after them before
/// `end` ("a claim Kyiv swiftly rejected"): the one rejecting the claim speaks after those two
/// words. A noun of an event does the same before a name ("an attack Moscow blamed on Kyiv",
/// "an incursion Warsaw called a provocation").
pub(crate) fn claim_opening(an: &Analysis, lang: &Language, a: usize, end: usize) -> bool {
    a + 2 < end
        && lang.determiners.has(an.word(a))
        && (lang.claim_nouns.has(an.word(a + 1)) || (lang.event_nouns.has(an.word(a + 1)) && an.toks.toks[a + 2].cap))
}

/// Whether token `i` is the dot after an abbreviation (`Gov.`, `Lt.`), which ends no phrase;
/// `i` must be past the phrase's first token.
fn abbreviation_dot(an: &Analysis, lang: &Language, i: usize) -> bool {
    an.word(i) == "." && lang.abbreviations.has(an.word(i - 1))
}

/// A dash standing alone (folded to `-`): it sets off an aside as commas do ("Mikhail
/// Razvozhayev — the Moscow-installed governor — wrote").
pub fn is_dash(an: &Analysis, i: usize) -> bool {
    an.toks.toks[i].kind == TokKind::Punct && an.word(i) == "-"
}

/// May token `i` be part of a speaker phrase?
fn np_token(an: &Analysis, lang: &Language, i: usize, prev_in_np: Option<usize>) -> bool {
    let t = &an.toks.toks[i];
    match t.kind {
        TokKind::Possessive => true,
        TokKind::Word => {
            let w = an.word(i);
            if lang.clause_words.has(w) && !speaker_complement(an, lang, i) && !counted_complement(an, lang, i) {
                return false;
            }
            if lang.conjunctions.has(w) {
                // "the Ukrainian and Russian governments": only between names or adjectives ...
                if prev_in_np.is_some_and(|p| an.toks.toks[p].cap) {
                    return true;
                }
                // ... or between speakers' nouns ("Russian pro-war Telegram channels and war
                // correspondents claimed")
                // (not "Ukrainian officials and the agency said": a body named apart)
                if prev_in_np.is_some_and(|p| lang.speaker_nouns.has(an.word(p)))
                    && i + 1 < an.toks.len()
                    && !lang.determiners.has(an.word(i + 1))
                    && !lang.articles.has(an.word(i + 1))
                    && (i + 1..(i + 4).min(an.toks.len())).any(|k| lang.speaker_nouns.has(an.word(k)))
                {
                    return true;
                }
                // ... or inside the "of" of a title ("Azerbaijan's minister of digital
                // development and transport said"), before a noun
                let titled_of = (i.saturating_sub(5)..i).any(|k| {
                    k > 0 && lang.genitive_prepositions.has(an.word(k)) && lang.speaker_nouns.has(an.word(k - 1))
                });
                let noun_after = i + 1 < an.toks.len()
                    && an.toks.toks[i + 1].kind == TokKind::Word
                    && !lang.looks_like_verb(an.word(i + 1))
                    && !lang.clause_words.has(an.word(i + 1))
                    && !lang.determiners.has(an.word(i + 1));
                return titled_of && noun_after;
            }
            // "the left bank", "the occupied left bank": a verb's form after an article or an
            // adjective describes
            let describes =
                i > 0 && (lang.articles.has(an.word(i - 1)) || lang.participle_adjectives.has(an.word(i - 1)));
            if !t.cap && lang.looks_like_verb(w) && !describes {
                return false;
            }
            if lang.fillers.has(w) && !lang.np_prepositions.has(w) && !lang.determiners.has(w) {
                return false;
            }
            true
        }
        // a single quote around a name ("Ukraine’s ‘National Security and Defense Council’s Center")
        TokKind::Punct => an.word(i) == "'" && i > 0 && i + 1 < an.toks.len(),
        // "a blogger with (more than) 300,000 followers"
        TokKind::Number => {
            i > 0 && (lang.absolute_prepositions.has(an.word(i - 1)) || counted_complement(an, lang, i - 1))
        }
        _ => false,
    }
}

/// Whether the clause word at `i` opens a complement of the speaker ("a source familiar with
/// the matter", "a person with direct knowledge of the talks") and so ends no phrase: it follows
/// one of `language.speaker_complements`, or it is a preposition of `absolute_prepositions`
/// with one of `knowledge_nouns` in the next two words.
fn speaker_complement(an: &Analysis, lang: &Language, i: usize) -> bool {
    let after_adjective = i > 0 && lang.speaker_complements.has(an.word(i - 1));
    // "an official with Ukraine's Security Service": the body the person serves
    let membership = i > 0 && lang.membership_prepositions.has(an.word(i)) && lang.speaker_nouns.has(an.word(i - 1));
    let before_knowledge = lang.absolute_prepositions.has(an.word(i))
        && (i + 1..(i + 3).min(an.toks.len())).any(|k| lang.knowledge_nouns.has(an.word(k)));
    after_adjective || before_knowledge || membership
}

/// Whether the comparison word at `i` only counts what a speaker has: "a blogger with more than
/// 300,000 followers", "a channel with more than a million subscribers", "with more than half a
/// million followers": a number in the next two words and "with" two words before.
fn counted_complement(an: &Analysis, lang: &Language, i: usize) -> bool {
    let counts = |k: usize| {
        an.toks.toks[k].kind == TokKind::Number
            || lang.number_words.contains_key(an.word(k))
            || lang.articles.has(an.word(k))
    };
    i >= 2
        && lang.comparison_words.has(an.word(i))
        && lang.absolute_prepositions.has(an.word(i - 2))
        && (i + 1..(i + 3).min(an.toks.len())).any(counts)
}

/// Whether the word at `i` is an event ("an attack the Kremlin has blamed on Ukraine", "the
/// strike the ministry said hit a depot"): the noun a relative clause without "that" tells
/// about. Not a claim noun: "..., allegations the Kremlin dismissed as a lie" closes another
/// speaker's sentence, and the sentence stays theirs.
fn event_noun(an: &Analysis, lang: &Language, i: usize) -> bool {
    !an.masked[i] && an.toks.toks[i].kind == TokKind::Word && lang.event_nouns.has(an.word(i))
}

/// Skip fillers leftwards from `end` (exclusive); returns the new end.
fn skip_fillers_left(an: &Analysis, lang: &Language, mut end: usize, floor: usize) -> usize {
    loop {
        if end > floor
            && !an.masked[end - 1]
            && is_word(an, end - 1)
            && lang.is_filler(an.word(end - 1))
            && !an.toks.toks[end - 1].cap
        {
            end -= 1;
            continue;
        }
        // "Kyiv has in the past repeatedly said"
        let k = lang.filler_phrase_before(&an.toks, end);
        if k > 0 && end > floor + k && (end - k..end).all(|i| !an.masked[i]) {
            end -= k;
            continue;
        }
        return end;
    }
}

/// The noun phrase that ends at `end` (exclusive), not going before `floor`.
pub fn phrase_before(an: &Analysis, lang: &Language, end: usize, floor: usize) -> Option<Span> {
    let cue_at = end;
    // "published by a Ukrainian monitoring group on Friday appeared to show", "taken by Maxar
    // Technologies later on September 18 showed"
    // ("published by the New York Times on 18 September found": the day before the month)
    let end = match date_before(an, lang, end, floor) {
        Some(d) if d > floor && (d..end).all(|i| !an.masked[i]) => d,
        _ => end,
    };
    // "Satellite images published after that attack showed", "... days before the strike
    // showed": a time an event sets is when, not who
    let end = event_time_before(an, lang, end, floor).unwrap_or(end);
    let end = skip_fillers_left(an, lang, end, floor + 1);
    // "called it a monstrous act by Kyiv and said": a verb coordinated with an earlier one has
    // the clause's subject (`coordinated_subject`), not the words before "and"
    if end > floor && !an.masked[end - 1] && is_word(an, end - 1) && lang.coordinators.has(an.word(end - 1)) {
        return None;
    }
    let mut j = end;
    let mut extended = false;
    let mut trailing_participle = false;
    // a pronoun right before the cue is the whole phrase ("the video it says shows")
    if end > floor
        && !an.masked[end - 1]
        && an.toks.toks[end - 1].kind == TokKind::Word
        && lang.is_pronoun(an.word(end - 1))
    {
        return Some(Span { a: end - 1, b: end });
    }
    while j > floor {
        let t = j - 1;
        if an.masked[t] {
            break;
        }
        // a parenthesis inside the phrase: "Ukraine's special operations forces (SSO)"
        if an.word(t) == ")" {
            match (t.saturating_sub(8).max(floor)..t).rev().find(|&k| an.word(k) == "(") {
                Some(k) if k > floor && (k + 1..t).all(|m| !an.masked[m]) => {
                    j = k;
                    continue;
                }
                _ => break,
            }
        }
        // the dot of a title's abbreviation: "Donetsk Gov. Pavlo Kyrylenko"
        if t > floor && !an.masked[t - 1] && abbreviation_dot(an, lang, t) {
            j -= 1;
            continue;
        }
        // "the most direct comment yet from Kyiv on an attack the Kremlin has blamed on Ukraine":
        // "the" right after an event noun opens a phrase of its own (a relative clause without
        // "that"), which the event noun before is no part of
        if j < end && t > floor && lang.definite_articles.has(an.word(t)) && event_noun(an, lang, t - 1) {
            j = t;
            break;
        }
        let prev_in_np = (t > floor).then(|| t - 1);
        if np_token(an, lang, t, prev_in_np) {
            j -= 1;
            continue;
        }
        // a reduced relative clause: "The images captured on Thursday show"
        let w = an.word(t);
        if !extended
            && an.toks.toks[t].kind == TokKind::Word
            && lang.looks_like_verb(w)
            && t + 1 < cue_at
            && (lang.np_prepositions.has(an.word(t + 1)) || lang.sequence_words.has(an.word(t + 1)))
            && t > floor
            && np_token(an, lang, t - 1, None)
        {
            extended = true;
            // "Satellite images published on Tuesday showed": the participle before the date
            // is no part of the name
            trailing_participle = t + 1 == end;
            j -= 1;
            continue;
        }
        break;
    }
    // "A Ukrainian soldier captured by Russian forces said": the captive before the participle
    // speaks, not the captors after "by"
    if j >= floor + 3
        && (j - 2..j).all(|i| !an.masked[i] && is_word(an, i) && !an.toks.toks[i].cap)
        && lang.agent_prepositions.has(an.word(j - 1))
        && lang.captive_participles.has(an.word(j - 2))
    {
        // not pictures: "Footage captured by a Ukrainian drone showed" is the drone's
        if let Some(held) =
            phrase_before(an, lang, j - 2, floor).filter(|h| !lang.depiction_nouns.has(an.word(h.b - 1)))
        {
            return Some(Span { a: held.a, b: end });
        }
    }
    // "Satellite images published by a commercial provider showed": an agent that names no
    // one leaves the pictures as what speaks
    if let Some(shown) = unnamed_agent_of_depiction(an, lang, Span { a: j, b: end }, floor) {
        return Some(shown);
    }
    // "By late morning the regional government said", "Later that day the ministry said": an
    // article right after a time opens the phrase; the time is no part of the name
    if let Some(k) = (j + 1..end).find(|&k| {
        lang.articles.has(an.word(k))
            && (lang.names_time(an.word(k - 1)) || an.toks.toks[k - 1].kind == TokKind::Number)
    }) {
        j = k;
    }
    // drop a leading "and"/"of" left dangling
    while j < end && is_word(an, j) && (lang.np_prepositions.has(an.word(j)) || lang.conjunctions.has(an.word(j))) {
        j += 1;
    }
    let end = if trailing_participle { end - 1 } else { end };
    (j < end).then_some(Span { a: j, b: end })
}

/// Whether `main` is the noun of an absolute phrase whose participle is the cue at `cue`: "with
/// Russian control confirmed only in the south" says nothing of who confirmed it (a form in -ing
/// still speaks: "with officials saying").
fn absolute_phrase(an: &Analysis, lang: &Language, main: Span, cue: usize) -> bool {
    // ("Reporters Without Borders said": a preposition inside a name opens nothing)
    main.a > 0
        && is_word(an, main.a - 1)
        && lang.absolute_prepositions.has(an.word(main.a - 1))
        && !an.word(cue).ends_with("ing")
        && !an.entities.iter().any(|e| e.a + 1 < main.a && main.a <= e.b)
}

/// The pictures before a participle and `by` when the agent phrase `agent_span` brings in
/// someone new and names no source, side, place or title: "Satellite images taken later in the
/// day and published by a commercial provider" are the images, whose side the rules give, since
/// nobody is named.
fn unnamed_agent_of_depiction(an: &Analysis, lang: &Language, agent_span: Span, floor: usize) -> Option<Span> {
    let agent = agent_span.a;
    if agent_span.b <= agent
        || agent < floor + 3
        || !lang.agent_prepositions.has(an.word(agent - 1))
        || !lang.looks_like_verb(an.word(agent - 2))
        || !lang.is_indefinite_article(an.word(agent))
        || an.entities_in(agent, agent_span.b).next().is_some()
    {
        return None;
    }
    // the pictures a few words before the participle, within the clause
    let noun = (agent.saturating_sub(12).max(floor)..agent - 2)
        .rev()
        .take_while(|&k| !an.masked[k] && an.toks.toks[k].kind == TokKind::Word)
        .find(|&k| lang.depiction_nouns.has(an.word(k)))?;
    phrase_before(an, lang, noun + 1, floor)
}

/// The noun phrase that starts at `start`, not going past `ceil`.
pub fn phrase_after(an: &Analysis, lang: &Language, start: usize, ceil: usize) -> Option<Span> {
    let mut j = start;
    while j < ceil {
        if an.masked[j] {
            break;
        }
        if an.word(j) == "(" && j > start {
            match (j + 1..(j + 8).min(ceil)).find(|&k| an.word(k) == ")") {
                Some(k) => {
                    j = k + 1;
                    continue;
                }
                None => break,
            }
        }
        let prev = (j > start).then(|| j - 1);
        let w = an.word(j);
        // the dot of a title's abbreviation: "according to Gov. Oleh Syniehubov"
        let next_cap = j + 1 < ceil && an.toks.toks[j + 1].kind == TokKind::Word && an.toks.toks[j + 1].cap;
        if j > start && next_cap && abbreviation_dot(an, lang, j) {
            j += 1;
            continue;
        }
        // "a Ukrainian monitoring group on Friday": the day is no part of the name
        if j > start && j + 1 < ceil && dated_at(an, lang, j) {
            break;
        }
        let ok = (lang.determiners.has(w) || !lang.fillers.has(w)) && np_token(an, lang, j, prev);
        if !ok {
            break;
        }
        j += 1;
    }
    // trailing prepositions/determiners do not end a phrase
    while j > start
        && is_word(an, j - 1)
        && (lang.np_prepositions.has(an.word(j - 1)) || lang.determiners.has(an.word(j - 1)))
    {
        j -= 1;
    }
    // "according to a report by the Royal United Services Institute": the report's author speaks
    if j > start
        && j + 1 < ceil
        && !an.masked[j]
        && lang.speech_nouns.has(an.word(j - 1))
        && lang.agent_prepositions.has(an.word(j))
    {
        if let Some(author) = phrase_after(an, lang, j + 1, ceil) {
            return Some(author);
        }
    }
    (j > start).then_some(Span { a: start, b: j })
}

/// The subject at the start of the clause `floor..end`: its first noun phrase.
pub fn clause_subject(an: &Analysis, lang: &Language, floor: usize, end: usize) -> Option<Span> {
    let mut a = floor;
    // skip punctuation and clause words at the start
    while a < end && (!is_word(an, a) || lang.clause_words.has(an.word(a))) {
        a += 1;
    }
    // and a date it opens with: "On Thursday the interior minister ... said"
    a = past_opening_date(an, lang, a, end);
    // "On Friday he returned to the theme, saying": a pronoun after the date is the subject
    if a < end && !an.masked[a] && is_word(an, a) && !an.toks.toks[a].cap && lang.is_pronoun(an.word(a)) {
        return Some(Span { a, b: a + 1 });
    }
    let mut b = a;
    while b < end && !an.masked[b] {
        let t = &an.toks.toks[b];
        let w = an.word(b);
        let ok = match t.kind {
            TokKind::Possessive => true,
            TokKind::Word => {
                t.cap
                    || lang.determiners.has(w)
                    || (b > a && lang.np_prepositions.has(w) && b + 1 < end && an.toks.toks[b + 1].cap)
            }
            _ => false,
        };
        if !ok {
            break;
        }
        b += 1;
    }
    // a possessive goes on with the noun it owns: "Ukraine's military intelligence agency, the
    // HUR, went further, claiming..." is the agency, not "Ukraine's"; an article with its noun:
    // "the ministry had raised the toll, saying" is the ministry, not "the"
    let owns = |k: usize| an.toks.toks[k].kind == TokKind::Possessive || lang.determiners.has(an.word(k));
    if b > a && owns(b - 1) {
        while b < end && !an.masked[b] && an.toks.toks[b].kind == TokKind::Word && np_token(an, lang, b, Some(b - 1)) {
            b += 1;
        }
    } else if b > a + 1 && lang.determiners.has(an.word(a)) {
        // "the Russian defence ministry released ..., saying": an article and a capitalised
        // adjective go on with the common nouns after them, not with a preposition
        b = common_nouns_from(an, lang, b, end);
    } else if b > a && !lang.determiners.has(an.word(a)) {
        // "Russian foreign ministry spokeswoman Maria Zakharova went further, suggesting": a
        // capitalised adjective, common nouns of a title, then the name they title
        let k = common_nouns_from(an, lang, b, end);
        // (only a title: "Ukraine rarely claims attacks inside Russia" is no subject)
        let titled = k > b && {
            let last = an.word(k - 1);
            lang.speaker_nouns.has(last) || lang.body_voices.has(last) || lang.attached_nouns.has(last)
        };
        let no_cue = !an.cues.iter().any(|c| c.a >= b && c.a < k);
        if titled && no_cue && k < end && !an.masked[k] && an.toks.toks[k].kind == TokKind::Word && an.toks.toks[k].cap
        {
            b = k;
            while b < end && !an.masked[b] && an.toks.toks[b].kind == TokKind::Word && an.toks.toks[b].cap {
                b += 1;
            }
        }
    }
    // "Moscow and Kyiv agreed ... but have since accused each other": two names joined by a
    // conjunction are one subject, and the sides of both count
    let named = b > a && (a..b).all(|k| an.toks.toks[k].cap);
    if named && b + 1 < end && !an.masked[b] && is_word(an, b) && lang.conjunctions.has(an.word(b)) {
        let second = (b + 1..end)
            .take_while(|&k| !an.masked[k] && an.toks.toks[k].kind == TokKind::Word && an.toks.toks[k].cap)
            .last();
        if let Some(last) = second {
            b = last + 1;
        }
    }
    (b > a).then_some(Span { a, b })
}

/// The end of the run of common nouns from `b` (lower-case words of a noun phrase, no
/// preposition) before `end`: what goes on a phrase opened by capitalised words.
fn common_nouns_from(an: &Analysis, lang: &Language, mut b: usize, end: usize) -> usize {
    // a capitalised word inside goes on when a speaker's noun follows it ("Several Russian
    // pro-war Telegram channels")
    let named_modifier = |k: usize| {
        an.toks.toks[k].cap
            && k + 1 < end
            && !an.masked[k + 1]
            && !an.toks.toks[k + 1].cap
            && lang.speaker_nouns.has(an.word(k + 1))
    };
    while b < end
        && !an.masked[b]
        && an.toks.toks[b].kind == TokKind::Word
        && (!an.toks.toks[b].cap || named_modifier(b))
        && !lang.np_prepositions.has(an.word(b))
        && np_token(an, lang, b, Some(b - 1))
    {
        b += 1;
    }
    b
}

/// Where the clause `floor..end` goes on after an opening adverbial and its comma ("On Monday,",
/// "By Saturday,", "In Moscow,"), so that its subject is found after it; `floor` when it opens
/// otherwise.
pub fn after_opening_adverbial(an: &Analysis, lang: &Language, floor: usize, end: usize) -> usize {
    let Some(mut first) = (floor..end).find(|&i| is_word(an, i)) else {
        return floor;
    };
    // "Later on Wednesday,", "Earlier,": a filler first
    while first + 1 < end && lang.fillers.has(an.word(first)) {
        first += 1;
    }
    if is_comma(an, first) && first > floor {
        return first + 1;
    }
    // "A day later, the Ukrainian leader went further, telling": a time set off by a comma
    let dated = past_opening_date(an, lang, first, end);
    if dated > first && dated < end && is_comma(an, dated) {
        return dated + 1;
    }
    let w = an.word(first);
    if !(lang.np_prepositions.has(w) || lang.locatives.has(w) || lang.clause_words.has(w)) {
        return floor;
    }
    (first + 1..end.min(first + 6))
        .find(|&i| is_comma(an, i))
        .map_or(floor, |comma| comma + 1)
}

/// Whether the tokens between `a` and `b` are only punctuation (commas, colons, quotes): what
/// opens a sentence or a clause.
pub fn only_punct_between(an: &Analysis, a: usize, b: usize) -> bool {
    (a..b).all(|i| !is_word(an, i))
}

/// Whether a quotation touches the cue and its phrase (for cues that need one): a closing mark
/// right before them (",” Gusev continued") or an opening mark right after (continued: “...").
pub fn next_to_quote(an: &Analysis, first: usize, last: usize) -> bool {
    let is_quote = |i: usize| an.toks.toks[i].kind == TokKind::Quote;
    let is_sep = |i: usize| matches!(an.word(i), "," | ":");
    let before = (first.saturating_sub(2)..first)
        .rev()
        .find(|&i| !is_sep(i))
        .is_some_and(is_quote);
    let after = (last..(last + 2).min(an.toks.len()))
        .find(|&i| !is_sep(i))
        .is_some_and(is_quote);
    before || after
}

/// The phrase whose words a relay cue passes on: the noun phrase right before the cue, past a
/// comma ("The Belgorod governor, quoted by Ukrainian media, said"), not going before `floor`.
pub fn relayed_phrase(an: &Analysis, lang: &Language, hit: &CueHit, floor: usize) -> Option<Span> {
    let mut end = skip_fillers_left(an, lang, hit.a, floor);
    if end > floor && is_comma(an, end - 1) {
        end -= 1;
    }
    phrase_before(an, lang, end, floor)
}

/// The phrase a speaker cites when it passes on someone else's words: "Ukrainian media, citing
/// the Kursk governor, said", "TASS reported, citing the Ukrainian General Staff, that", "Citing
/// the Belgorod governor, Ukrainian media said". The citing word opens the appositive, follows
/// the cue or the speaker (past a comma), or opens the clause before the speaker.
pub fn cited_phrase(an: &Analysis, lang: &Language, hit: &CueHit, sp: &SpeakerPhrase, clause: Span) -> Option<Span> {
    let citing = |i: usize| i < clause.b && !an.masked[i] && is_word(an, i) && lang.citing_words.has(an.word(i));
    if let Some(app) = sp.appositive.filter(|app| citing(app.a)) {
        return phrase_after(an, lang, app.a + 1, app.b);
    }
    let mut k = hit.b.max(sp.main.b);
    if k < clause.b && is_comma(an, k) {
        k += 1;
    }
    if citing(k) {
        return phrase_after(an, lang, k + 1, clause.b);
    }
    // "had reported the attack, citing an anonymous source in the SBU": after what was reported
    if let Some(c) = (k..clause.b).find(|&i| is_comma(an, i)) {
        if citing(c + 1) {
            return phrase_after(an, lang, c + 2, clause.b);
        }
    }
    let first = sp.main.a.min(hit.a);
    if citing(clause.a) && clause.a < first {
        return phrase_after(an, lang, clause.a + 1, first).filter(|p| p.b < first && is_comma(an, p.b));
    }
    None
}

/// The speaker phrase of a cue that really is one: it has a phrase, a cue that needs a
/// quotation has one next to it, and the phrase does not open a relative clause inside a longer
/// clause ("the dam, which Kyiv blamed on Russia").
pub fn valid_speaker_phrase(
    an: &Analysis,
    rules: &RuleSet,
    hit: &CueHit,
    floor: usize,
    ceil: usize,
) -> Option<SpeakerPhrase> {
    let key = [hit.cue, hit.a, hit.b, floor, ceil, std::ptr::from_ref(rules) as usize];
    if let Some((_, sp)) = an.speaker_memo.borrow().iter().find(|(k, _)| *k == key) {
        return *sp;
    }
    let sp = work_out_speaker_phrase(an, rules, hit, floor, ceil);
    an.speaker_memo.borrow_mut().push((key, sp));
    sp
}

/// [`valid_speaker_phrase`], worked out.
fn work_out_speaker_phrase(
    an: &Analysis,
    rules: &RuleSet,
    hit: &CueHit,
    floor: usize,
    ceil: usize,
) -> Option<SpeakerPhrase> {
    let lang = &rules.language;
    // "Kyiv rarely claims responsibility": a habit, no statement
    if hit.a > floor && lang.habit_adverbs.has(an.word(hit.a - 1)) {
        return None;
    }
    let mut sp = speaker_phrase(an, rules, hit, floor, ceil)?;
    // "A Ukrainian defence official contacted by Reuters declined to comment": the one the
    // outlet reached speaks, not the outlet
    let contacted = sp.main.a >= floor + 3
        && sp.main.b <= hit.a
        && lang.agent_prepositions.has(an.word(sp.main.a - 1))
        && lang.contact_participles.has(an.word(sp.main.a - 2));
    if contacted {
        if let Some(span) = phrase_before(an, lang, sp.main.a - 2, floor) {
            sp.main = span;
        }
    }
    // "..., a claim Kyiv swiftly rejected": the clause opens with the claim, and the speaker is
    // the name after it
    if sp.main.a == floor && claim_opening(an, lang, sp.main.a, sp.main.b) {
        sp.main.a += 2;
    }
    if rules.cues.list[hit.cue].needs_quote && !next_to_quote(an, sp.main.a.min(hit.a), sp.main.b.max(hit.b)) {
        return None;
    }
    // "Ukrainian troops went further into the forest": a cue that must end its clause is
    // followed by the sentence's end, a colon or a quotation ("went further, saying" is the
    // participle's to attribute)
    let ends_at = |k: usize| {
        k >= an.toks.len()
            || an.toks.toks[k].kind == TokKind::Quote
            || matches!(an.word(k), "." | ":" | ";" | "!" | "?" | "—" | "–")
    };
    // ... or after a comparison's second term ("were more cautious than the ministry.")
    let compared_to = |k: usize| {
        k < an.toks.len()
            && lang.comparison_words.has(an.word(k))
            && (k + 1..(k + 6).min(an.toks.len() + 1)).any(|e| {
                ends_at(e) && (k + 1..e).all(|j| matches!(an.toks.toks[j].kind, TokKind::Word | TokKind::Possessive))
            })
    };
    let clause_ends = ends_at(hit.b) || compared_to(hit.b);
    if rules.cues.list[hit.cue].ends_clause && !clause_ends {
        return None;
    }
    if let Some(r) = sp
        .main
        .a
        .checked_sub(1)
        .filter(|&r| lang.relative_pronouns.has(an.word(r)))
    {
        let pronoun = sp.main.b - sp.main.a == 1 && lang.is_pronoun(an.word(sp.main.a));
        if !pronoun && r > floor + 1 {
            return None;
        }
    }
    // "Zelensky, who learned of the strike while attending a summit ..., called it": a
    // participle with its object ("attending a summit") is no subject
    let participle_clause = sp.main.b > sp.main.a + 1
        && !an.toks.toks[sp.main.a].cap
        && an.word(sp.main.a).ends_with("ing")
        && !lang.citing_words.has(an.word(sp.main.a))
        && lang.determiners.has(an.word(sp.main.a + 1));
    if participle_clause {
        return None;
    }
    // "In a statement posted on Telegram, it said": the statement is where the words were
    // posted, the object of "In"; the clause's own speaker comes after it
    // ("according to the statement" is the cue's own preposition)
    let in_speech = sp.main.a > floor
        && sp.main.b <= hit.a
        && lang.np_prepositions.has(an.word(sp.main.a - 1))
        && (sp.main.a..sp.main.b).any(|i| lang.speech_nouns.has(an.word(i)));
    if in_speech {
        return None;
    }
    // "Satellite images published after the Morozovsk attack showed ...": an event is what was
    // seen or spoken of, never who speaks
    if lang.event_nouns.has(an.word(sp.main.b - 1)) {
        return None;
    }
    // "Residents accused Russia of staging attacks to blame Kyiv": a phrase right after another
    // cue verb is that verb's object, not the subject of the cue after it
    let object_of_cue = sp.main.b <= hit.a
        && an
            .cues
            .iter()
            .any(|c| c.b == sp.main.a && c.a >= floor && rules.cues.list[c.cue].position == SpeakerPosition::Before);
    if object_of_cue {
        return None;
    }
    Some(sp)
}

/// The speaker phrase of a cue hit within the clause `floor..ceil`, if the words around the cue
/// give one.
pub fn speaker_phrase(
    an: &Analysis,
    rules: &RuleSet,
    hit: &CueHit,
    floor: usize,
    ceil: usize,
) -> Option<SpeakerPhrase> {
    let lang = &rules.language;
    let cue = &rules.cues.list[hit.cue];
    let recipient = if cue.recipient {
        phrase_after(an, lang, hit.b, ceil)
    } else {
        None
    };
    // "a state of emergency was declared": a passive verb's subject is what was said
    let mut k = hit.a;
    while k > floor
        && an.toks.toks[k - 1].kind == TokKind::Word
        && lang
            .filler_suffixes
            .iter()
            .any(|s| an.word(k - 1).ends_with(s.as_str()))
        && an.word(k - 1).len() > 4
    {
        k -= 1;
    }
    if cue.position != SpeakerPosition::After && k > floor && lang.passive_auxiliaries.has(an.word(k - 1)) {
        // "This was reported on Telegram by the head of the region, Oleh Kiper": the agent
        return passive_agent(an, lang, hit.b, ceil).map(|main| SpeakerPhrase {
            main,
            appositive: appositive_after(an, lang, main.b, ceil),
            recipient,
            how: Placement::After,
        });
    }
    let before_end = skip_fillers_left(an, lang, hit.a, floor);
    // "DeepState, which maps the front line ..., on Dec. 1 showed": the date after an aside
    let before_end = match date_before(an, lang, before_end, floor) {
        Some(d) if d > floor && is_comma(an, d - 1) => d,
        _ => before_end,
    };
    let comma_before = before_end > floor
        && (is_comma(an, before_end - 1)
            || is_dash(an, before_end - 1)
            || an.toks.toks[before_end - 1].kind == TokKind::Quote);
    match cue.position {
        SpeakerPosition::After => {
            let main = phrase_after(an, lang, hit.b, ceil)?;
            Some(SpeakerPhrase {
                main,
                // what follows a relaying outlet is the relayed speaker's verb, not an appositive
                appositive: if cue.relay {
                    None
                } else {
                    // "According to the governor, Vyacheslav Gladkov, two people were injured": a
                    // noun phrase; "According to the governor, two people were injured" goes on
                    // with what the governor said
                    // ... and "According to the source, the operation, carried out jointly,
                    // destroyed" goes on with what was done: an appositive names someone
                    // ("according to Igor Kimakovsky, an adviser to the head of the
                    // Russian-installed administration": an article and a speaker noun open the
                    // description of a person, whatever follows it)
                    // ... or a speaker noun opening it without an article ("according to
                    // Homayoun Falakshahi, head of crude oil analysis at Kpler")
                    appositive_after(an, lang, main.b, ceil).filter(|app| {
                        let described = lang.articles.has(an.word(app.a))
                            && (app.a + 1..(app.a + 4).min(app.b)).any(|k| lang.speaker_nouns.has(an.word(k)));
                        let titled = !an.toks.toks[app.a].cap && lang.speaker_nouns.has(an.word(app.a));
                        described
                            || titled
                            || phrase_after(an, lang, app.a, app.b) == Some(*app)
                                && (app.a..app.b).any(|k| an.toks.toks[k].cap || lang.speaker_nouns.has(an.word(k)))
                    })
                },
                recipient,
                how: Placement::After,
            })
        }
        SpeakerPosition::Subject if comma_before => {
            let opened = after_opening_adverbial(an, lang, floor, before_end - 1);
            let main = clause_subject(an, lang, opened, before_end - 1)?;
            Some(SpeakerPhrase {
                main,
                appositive: None,
                recipient,
                how: Placement::Subject,
            })
        }
        SpeakerPosition::Before | SpeakerPosition::Subject => {
            // "..., said Andriy Kovalenko" / "..., says the ministry": the inverted speaker starts
            // with a name or an article ("said fragments came from a missile" is no speaker)
            let opens_np = hit.b < ceil && (an.toks.toks[hit.b].cap || lang.articles.has(an.word(hit.b)));
            // "Budanov, the intelligence chief, said the attack used missiles": a clause that
            // opens with a name set off by its appositive is the speaker, not a quotation
            // (after an opening adverbial: "Later on Wednesday, Andriy Yusov, a spokesperson
            // ..., said the Minsk, a large landing ship, ...")
            let apposed = comma_before
                .then(|| apposed_phrase(an, lang, before_end, floor))
                .flatten()
                .filter(|(main, app)| {
                    let opened = after_opening_adverbial(an, lang, floor, main.a);
                    // a time only: "In Kryvyi Rih, Zelenskyy's home town, 10 people were
                    // killed" sets off a place, no speaker
                    let timed = (floor..opened).any(|k| lang.fillers.has(an.word(k)) || lang.names_time(an.word(k)));
                    // ... unless the aside describes a speaker: "In Moscow, Maj. Gen. Igor
                    // Konashenkov, the Defense Ministry spokesman, said Russian forces \"...\""
                    let described = app.is_some_and(|app| (app.a..app.b).any(|k| lang.speaker_nouns.has(an.word(k))));
                    only_punct_between(an, floor, main.a)
                        || ((timed || described) && only_punct_between(an, opened, main.a))
                });
            if comma_before && cue.inverted && apposed.is_none() {
                if let Some(main) = phrase_after(an, lang, hit.b, ceil) {
                    // ... or a relative clause of the speaker's own runs to the end ("..., said one
                    // energy analyst who tracks Russian refining.")
                    let ends_clause = main.b >= ceil
                        || !is_word(an, main.b)
                        || (lang.relative_openers.has(an.word(main.b))
                            && (main.b..ceil).all(|k| !an.cues.iter().any(|c| c.a == k)));
                    // "..., said air force spokesman Yuriy Ihnat.": a title in lower case may
                    // open it when a name follows and nothing but the clause's end comes after
                    // ("said on Tuesday afternoon" is when, not who)
                    let titled = (main.a..main.b).any(|k| an.toks.toks[k].cap)
                        && !lang.np_prepositions.has(an.word(main.a))
                        && !dated_at(an, lang, main.a);
                    if ends_clause && (opens_np || titled) {
                        return Some(SpeakerPhrase {
                            main,
                            appositive: appositive_after(an, lang, main.b, ceil),
                            recipient,
                            how: Placement::Inverted,
                        });
                    }
                }
            }
            if let Some((main, appositive)) = relative_antecedent(an, lang, before_end, floor) {
                return Some(SpeakerPhrase {
                    main,
                    appositive,
                    recipient,
                    how: Placement::Before,
                });
            }
            let found = phrase_before(an, lang, before_end, floor)
                .map(|main| (main, Placement::Before))
                .or_else(|| coordinated_subject(an, lang, before_end, floor).map(|main| (main, Placement::Subject)))
                .filter(|&(main, _)| !absolute_phrase(an, lang, main, hit.a));
            // "Independent weapons experts who reviewed videos of the strike said": a relative
            // clause without commas between the clause's subject and the cue, when the relative
            // pronoun is its subject ("drones which Russia said were shot down" has its own)
            if !comma_before {
                let who = (before_end.saturating_sub(20).max(floor)..before_end)
                    .rev()
                    .take_while(|&k| {
                        matches!(
                            an.toks.toks[k].kind,
                            TokKind::Word | TokKind::Possessive | TokKind::Number
                        )
                    })
                    .find(|&k| lang.relative_openers.has(an.word(k)))
                    .filter(|&k| found.is_none_or(|(f, _)| f.a > k + 1 || opens_with_verb(an, lang, f)));
                if let Some(main) = who.and_then(|k| subject_of_relative(an, lang, k, floor)) {
                    return Some(SpeakerPhrase {
                        main,
                        appositive: None,
                        recipient,
                        how: Placement::Before,
                    });
                }
            }
            if let Some((main, how)) = found {
                // "The interior minister, Ihor Klymenko, raised the toll and said": the name set
                // off after a coordinated verb's subject says who the title is
                let appositive = (how == Placement::Subject)
                    .then(|| appositive_after(an, lang, main.b, before_end))
                    .flatten()
                    .filter(|app| phrase_after(an, lang, app.a, app.b) == Some(*app) && is_comma(an, app.b));
                return Some(SpeakerPhrase {
                    main,
                    appositive,
                    recipient,
                    how,
                });
            }
            if !comma_before || before_end == floor {
                return None;
            }
            // "X, <appositive, relative clause or parenthesis>, said"
            let comma = before_end - 1;
            // (an aside whose comma closes a quotation inside it was found above)
            if !is_comma(an, comma) && !is_dash(an, comma) && apposed.is_none() {
                return None;
            }
            // "A Ukrainian marine who gave only his call sign, Chornyi, in line with military
            // rules, described": the person opening the clause, whose relative clause runs on
            // past names and commas
            if let Some(main) = (floor + 1..before_end)
                .find(|&k| is_word(an, k) && lang.relative_openers.has(an.word(k)))
                .filter(|&k| k + 24 >= before_end)
                .and_then(|k| subject_of_relative(an, lang, k, floor).filter(|m| m.b == k))
                .filter(|m| lang.person_nouns.has(an.word(m.b - 1)) && lang.is_indefinite_article(an.word(m.a)))
            {
                return Some(SpeakerPhrase {
                    main,
                    appositive: None,
                    recipient,
                    how: Placement::Before,
                });
            }
            let nested = || opening_name_aside(an, lang, before_end, floor);
            if let Some((main, inner)) = apposed
                .or_else(nested)
                .or_else(|| opening_name_relative(an, lang, before_end, floor))
                .or_else(|| apposed_phrase(an, lang, before_end, floor))
            {
                return Some(SpeakerPhrase {
                    main,
                    appositive: inner,
                    recipient,
                    how: Placement::Before,
                });
            }
            let seg = phrase_before(an, lang, comma, floor)?;
            if seg.a == floor || only_punct_between(an, floor, seg.a) {
                return Some(SpeakerPhrase {
                    main: seg,
                    appositive: None,
                    recipient,
                    how: Placement::Before,
                });
            }
            None
        }
    }
}

/// Whether a phrase found right after a relative pronoun opens with the clause's verb rather
/// than a subject of its own: "who studies Russian air power said" (a word in lower case that is
/// no article, determiner or pronoun), not "which Russia said" or "which the ministry said".
fn opens_with_verb(an: &Analysis, lang: &Language, found: Span) -> bool {
    let t = &an.toks.toks[found.a];
    let w = an.word(found.a);
    t.kind == TokKind::Word && !t.cap && !lang.determiners.has(w) && !lang.articles.has(w) && !lang.is_pronoun(w)
}

/// The noun phrase before the relative pronoun at `k` when it opens the clause ("A man who
/// lives nearby said", "A Ukrainian marine who gave only his call sign, ..., said"): the
/// speaker, past the relative clause.
fn subject_of_relative(an: &Analysis, lang: &Language, k: usize, floor: usize) -> Option<Span> {
    // after an opening adverbial ("On Tuesday, an SBU official who declined to be named said")
    // or a participle of asking ("Asked about the U.S. estimate, an SBU official who ...")
    let mut opened = after_opening_adverbial(an, lang, floor, k);
    if opened == floor {
        let first = (floor..k).find(|&i| is_word(an, i));
        if let Some(f) = first.filter(|&f| an.cues.iter().any(|c| c.a == f)) {
            opened = (f + 1..k.min(f + 10))
                .find(|&i| is_comma(an, i))
                .map_or(floor, |c| c + 1);
        }
    }
    phrase_before(an, lang, k, floor).filter(|m| {
        m.a == floor || only_punct_between(an, floor, m.a) || (opened > floor && only_punct_between(an, opened, m.a))
    })
}

/// "The first claim came from Yevgeny Prigozhin, the head of Wagner, who said": the relative
/// pronoun right before the cue is its subject and stands for the name set off by the comma
/// before it, past that name's own appositive. Only a name: "a blast hit the depot, which
/// said" and "a missile hit Kharkiv, which said" are no speakers.
fn relative_antecedent(
    an: &Analysis,
    lang: &Language,
    before_end: usize,
    floor: usize,
) -> Option<(Span, Option<Span>)> {
    let who = before_end
        .checked_sub(1)
        .filter(|&k| k > floor + 1 && !an.masked[k] && is_word(an, k) && lang.relative_openers.has(an.word(k)))?;
    let comma = who - 1;
    if !is_comma(an, comma) {
        return None;
    }
    // the capitalised words right before `end`, when they name a source or a person the rules
    // do not know (a town does not speak)
    let name_before = |end: usize| {
        let a = (floor..end)
            .rev()
            .take_while(|&i| !an.masked[i] && is_word(an, i) && an.toks.toks[i].cap)
            .last()?;
        // ... the object of a word before it: a name opening the clause ("Putin, who recorded
        // his address, has not commented") has a verb of its own after the aside, and one after
        // a comma is itself an aside ("according to the governor, Vyacheslav Gladkov, who said")
        let object = a > floor && is_word(an, a - 1);
        (object
            && an
                .entities_in(a, end)
                .any(|e| e.b == end && matches!(e.kind, EntityKind::Source(..) | EntityKind::Name)))
        .then_some(Span { a, b: end })
    };
    if let Some(name) = name_before(comma) {
        return Some((name, None));
    }
    // "Prigozhin, the head of the Wagner group, who said": an appositive between two commas
    let open = aside_open(an, comma.saturating_sub(24).max(floor), comma, is_comma)?;
    if open + 1 >= comma || !lang.articles.has(an.word(open + 1)) {
        return None;
    }
    Some((name_before(open)?, Some(Span { a: open + 1, b: comma })))
}

/// "Russia, which controls about 18% of Ukraine's territory, including almost all of the
/// Luhansk region, has accused" and "The Caspian Pipeline Consortium (CPC), whose shareholders
/// include Russian, Kazakh and US companies, said": a name opening the clause, set off by a
/// relative clause that runs on past further commas (and names of its own), speaks.
fn opening_name_relative(
    an: &Analysis,
    lang: &Language,
    before_end: usize,
    floor: usize,
) -> Option<(Span, Option<Span>)> {
    let comma = before_end
        .checked_sub(1)
        .filter(|&c| is_comma(an, c) || is_dash(an, c))?;
    let first = (floor..before_end).find(|&k| an.toks.toks[k].kind != TokKind::Punct)?;
    let opens = |a: usize| a == first || (a == first + 1 && lang.definite_articles.has(an.word(first)));
    let e = an
        .entities
        .iter()
        .find(|e| opens(e.a) && matches!(e.kind, EntityKind::Place(..) | EntityKind::Source(..)))?;
    // past the name's abbreviation in parentheses: "(CPC)"
    let mut end = e.b;
    if end < comma && an.word(end) == "(" {
        end = (end + 1..(end + 4).min(comma)).find(|&k| an.word(k) == ")")? + 1;
    }
    (end + 1 < comma && is_comma(an, end) && lang.relative_openers.has(an.word(end + 1)))
        .then_some((Span { a: e.a, b: e.b }, Some(Span { a: end + 1, b: comma })))
}

/// "Stephane Dujarric, the spokesman for the UN secretary-general, Antonio Guterres, said": a
/// name opening the clause, and a description after it that holds a comma of its own (the
/// name of whom the speaker works for); the name speaks.
fn opening_name_aside(an: &Analysis, lang: &Language, before_end: usize, floor: usize) -> Option<(Span, Option<Span>)> {
    let close = before_end.checked_sub(1).filter(|&c| c > floor && is_comma(an, c))?;
    let first = (floor..close).find(|&i| is_comma(an, i))?;
    if close - first > 24 || first + 1 >= close {
        return None;
    }
    let main = phrase_before(an, lang, first, floor)?;
    let opens = main.a == floor || only_punct_between(an, floor, main.a);
    let describes = lang.articles.has(an.word(first + 1)) || an.toks.toks[first + 1].cap;
    // ... and holds no verb of its own: "NORSAR, the institute, said its station in Romania, ..."
    // is no aside up to the next comma
    let plain = (first + 1..close).all(|i| !an.masked[i] && an.toks.toks[i].kind != TokKind::Quote)
        && !an.cues.iter().any(|c| c.a > first && c.a < close)
        && (first + 1..close).filter(|&i| is_comma(an, i)).count() == 1;
    // "Late Sunday, Ukraine's Khortytsia group of forces, which ..., said": a time opens the
    // clause, and the speaker is the phrase after it
    let timed = (main.a..main.b).any(|i| lang.names_time(an.word(i)));
    (opens && main.b == first && an.toks.toks[main.a].cap && describes && plain && !timed)
        .then_some((main, Some(Span { a: first + 1, b: close })))
}

/// "X, <appositive, relative clause or parenthesis>, said": the phrase before the comma that
/// opens the aside ending at `before_end` (just past its closing comma), and the aside.
fn apposed_phrase(an: &Analysis, lang: &Language, before_end: usize, floor: usize) -> Option<(Span, Option<Span>)> {
    let mut comma = before_end.checked_sub(1).filter(|&c| c >= floor)?;
    // "Robert Brovdi, better known by his call sign \"Madyar,\" said": a short quotation ends
    // the aside, with the comma that closes it inside the quotation marks
    if an.toks.toks[comma].kind == TokKind::Quote
        && comma > floor
        && is_comma(an, comma - 1)
        && an.quote[comma - 1].is_some()
    {
        comma -= 1;
    }
    // an aside opens with the mark that closes it; dashes set off longer ones than commas
    let (mark, reach): (fn(&Analysis, usize) -> bool, usize) = if is_comma(an, comma) {
        (is_comma, 24)
    } else if is_dash(an, comma) {
        (is_dash, 30)
    } else {
        return None;
    };
    // "--" typed for a dash is two tokens: the aside lies between the runs
    let mut close = comma;
    while close > floor && mark(an, close - 1) {
        close -= 1;
    }
    let mut open = aside_open(an, close.saturating_sub(reach).max(floor), close, mark)?;
    let inner_start = open + 1;
    while open > floor && mark(an, open - 1) {
        open -= 1;
    }
    let main = phrase_before(an, lang, open, floor)?;
    // "Mykhailo Fedorov, the minister for digital transformation, who oversees the drone
    // programme, wrote": a relative clause after a title that is itself set off after the name
    // opening the clause; the name speaks, the title says who they are
    let title_like = lang.articles.has(an.word(main.a)) || !an.toks.toks[main.a].cap;
    if inner_start < close
        && lang.relative_openers.has(an.word(inner_start))
        && title_like
        && main.a > floor + 1
        && is_comma(an, main.a - 1)
    {
        let opens =
            |n: &Span| n.a == floor || only_punct_between(an, floor, n.a) || lang.clause_words.has(an.word(n.a - 1));
        let named = |n: &Span| an.toks.toks[n.a].cap && !(n.a..n.b).any(|k| lang.names_time(an.word(k)));
        if let Some(name) = phrase_before(an, lang, main.a - 1, floor).filter(|n| opens(n) && named(n)) {
            return Some((name, Some(main)));
        }
    }
    // "images of Russia's Olenya air base, inside the Arctic Circle, show": an aside that opens
    // with a preposition says where, not who
    // ("Serhiy Tsekhotskyi, of Ukraine's 59th Brigade," and "Justin Bronk, at RUSI," still say
    // who: language.affiliation_prepositions)
    let locative = inner_start < close
        && lang.locatives.has(an.word(inner_start))
        && !lang.affiliation_prepositions.has(an.word(inner_start));
    Some((
        main,
        (inner_start < close && !locative).then_some(Span {
            a: inner_start,
            b: close,
        }),
    ))
}

/// The mark that opens an aside closed at `close`, searching back to `lo`: the aside holds no
/// quotation but a few quoted words of its own ("Russia, which calls its invasion a \"special
/// military operation\", denies"), and no agentless phrase.
fn aside_open(an: &Analysis, lo: usize, close: usize, mark: fn(&Analysis, usize) -> bool) -> Option<usize> {
    let mut i = close;
    while i > lo {
        i -= 1;
        if an.masked[i] || an.toks.toks[i].kind == TokKind::Quote {
            let q = an.quote[i]?;
            let first = (lo..i)
                .rev()
                .take_while(|&k| an.quote[k] == Some(q))
                .last()
                .unwrap_or(i);
            if first == lo || i - first > 8 || an.toks.toks[first].kind != TokKind::Quote {
                return None;
            }
            i = first;
            continue;
        }
        if mark(an, i) {
            return Some(i);
        }
    }
    None
}

/// The subject of a cue joined to the clause's first verb ("Yusov declined to confirm the
/// strike but said ..."): the clause opens with it, and nothing between it and the coordinator
/// opens another clause ("After Russian troops shelled the town, officials went there and
/// said" has none).
fn coordinated_subject(an: &Analysis, lang: &Language, before_end: usize, floor: usize) -> Option<Span> {
    let coordinator = before_end.checked_sub(1).filter(|&c| c > floor && is_word(an, c))?;
    if an.masked[coordinator] || !lang.coordinators.has(an.word(coordinator)) {
        return None;
    }
    let main = clause_subject(an, lang, floor, coordinator)?;
    // the subject opens the clause, after punctuation or a date ("On Thursday the minister")
    let opens = (floor..main.a)
        .find(|&i| is_word(an, i))
        .is_none_or(|f| only_punct_between(an, past_opening_date(an, lang, f, main.a), main.a));
    // "Grossi visited the plant in August, weeks after troops launched an incursion, and warned":
    // an aside between commas right before ", and" belongs to neither clause
    let own_end = if coordinator > 0 && is_comma(an, coordinator - 1) {
        (main.b..coordinator - 1)
            .find(|&i| is_comma(an, i))
            .unwrap_or(coordinator)
    } else {
        coordinator
    };
    let one_clause = (main.b..own_end).all(|i| !is_word(an, i) || !lang.clause_words.has(an.word(i)));
    let has_verb = (main.b..own_end).any(|i| is_word(an, i) && !an.toks.toks[i].cap);
    (opens && one_clause && has_verb).then_some(main)
}

/// The agent of a passive speech verb: the phrase after `by`, the verb's next word or past a
/// short adjunct ("reported on Telegram by").
fn passive_agent(an: &Analysis, lang: &Language, after_cue: usize, ceil: usize) -> Option<Span> {
    let by = (after_cue..(after_cue + 4).min(ceil))
        .take_while(|&i| !an.masked[i] && is_word(an, i))
        .find(|&i| lang.agent_prepositions.has(an.word(i)))?;
    phrase_after(an, lang, by + 1, ceil)
}

/// ", the head of Ukraine's Centre for Countering Disinformation" after an inverted speaker:
/// everything up to the next punctuation mark.
pub(crate) fn appositive_after(an: &Analysis, _lang: &Language, b: usize, ceil: usize) -> Option<Span> {
    if b >= ceil || !is_comma(an, b) {
        return None;
    }
    let end = (b + 1..ceil)
        .find(|&i| {
            an.masked[i]
                || matches!(an.toks.toks[i].kind, TokKind::Punct | TokKind::Quote)
                    && an.word(i) != "'"
                    && an.word(i) != "-"
        })
        .unwrap_or(ceil);
    (end > b + 1).then_some(Span { a: b + 1, b: end })
}
