//! Attribute: who makes each statement, and which side that speaker speaks for.
//!
//! Responsible for: splitting a sentence into two statements when each half has its own speaker
//! ("..., regional Governor Roman Busargin said, while Andriy Kovalenko ... said ..."); finding
//! the speaker of a speech cue outside quotation marks; giving quoted sentences the speaker of
//! their quotation, wherever the cue stands ("“...,” Moscow’s mayor said" / "Yusov said: “...")
//! and carrying a speaker over to a bare quotation that continues them; resolving pronouns,
//! titles, surnames and bodies named without their country from the sentences before.
//! Must not: guess a side from the words of a claim. A statement with no speaker is
//! unattributed, and so is a speaker nothing ties to a side.

pub mod analysis;
pub mod phrase;
pub mod resolve;

use crate::trace::Trace;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use self::analysis::{analyse, is_person, Analysis, CueHit, Entity, EntityKind};
use self::phrase::{
    cited_phrase, is_comma, is_dash, only_punct_between, relayed_phrase, speaker_phrase, valid_speaker_phrase, Span,
    SpeakerPhrase,
};
use self::resolve::{resolve, span_text, Res};
use crate::input::Document;
use crate::rules::cues::SpeakerPosition;
use crate::rules::places::PlaceKind;
use crate::rules::sources::{SideRef, Source, SourceKind};
use crate::rules::RuleSet;
use crate::segment::Segmented;
use crate::text::TokKind;

/// Which side a statement speaks for, as far as attribution can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SideAttr {
    /// This side (index into the rules' sides).
    Side(usize),
    /// The side of the officials of the place the statement is about; the locate stage knows it.
    FromPlace,
    /// No identifiable source, or none that a side can be given to.
    Unattributed,
}

/// What kind of speaker, for pronouns that refer back to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SpeakerKind {
    /// A person (`he`, `she`).
    Person,
    /// Anything else (`it`, `they`).
    Other,
}

/// Who made a statement.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Speaker {
    /// Canonical name of a known source, else the words of the article.
    pub name: std::sync::Arc<str>,
    /// Index of the source in the rules, when known.
    pub source: Option<usize>,
    /// Person or other.
    pub kind: SpeakerKind,
}

/// One statement: a sentence, or a clause of a sentence that carries two speakers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attributed {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset after the last byte.
    pub end: usize,
    /// 1-based line of `start`.
    pub line: usize,
    /// Paragraph index.
    pub para: usize,
    /// Sentence index (two clauses of one sentence share it).
    pub sentence: usize,
    /// The speaker, if any.
    pub speaker: Option<Speaker>,
    /// The side.
    pub side: SideAttr,
    /// The cue phrase as written ("said", "according to").
    pub cue: Option<String>,
    /// Byte span of the speaker's words in this statement.
    pub speaker_span: Option<(usize, usize)>,
    /// Byte spans of the speaker phrases around every speech cue of the statement, chosen or
    /// not ("..., a report in Kiev said"): what is named there is who speaks, not what is claimed
    /// (no claim kind from "Center for Countering Disinformation", no incident place from "Kiev").
    pub attribution: Vec<(usize, usize)>,
    /// Rule ids that decided the attribution.
    pub rules: Vec<String>,
    /// Human-readable reasoning, for `rules explain`.
    pub trace: Trace,
}

/// A settled speaker with the evidence for it.
#[derive(Debug, Clone)]
struct Resolved {
    speaker: Speaker,
    side: SideAttr,
    rules: Vec<String>,
    trace: Trace,
    span: Option<(usize, usize)>,
    cue: Option<String>,
}

#[derive(Debug, Clone)]
struct Record {
    sentence: usize,
    para: usize,
    resolved: Resolved,
}

#[derive(Debug, Clone)]
struct PersonRef {
    last: String,
    /// The head word of the title written before the name ("governor" in "Poltava Governor
    /// Volodymyr Kohut"), so "the governor" later is this person even when the rules do not
    /// know them.
    title: Option<String>,
    /// The place the person speaks for: a known source's, or the one written before their
    /// title ("Poltava Governor"), so "In the Zaporizhzhia region, the governor" is not them.
    place: Option<usize>,
    speaker: Speaker,
    side: SideAttr,
    rules: Vec<String>,
}

/// The token where a dateline in capitals opening the sentence ends ("KYIV, Ukraine (AP) —"), or
/// 0: it names where the report was filed and by whom, no one the text goes on to speak of.
fn dateline_end(an: &Analysis, text: &str) -> usize {
    let capitals = an.toks.len() > 1
        && an.toks.toks[0].kind == TokKind::Word
        && text[an.toks.toks[0].start..an.toks.toks[0].end]
            .chars()
            .all(|c| !c.is_lowercase());
    capitals
        .then(|| (1..an.toks.len().min(10)).find(|&k| is_dash(an, k)))
        .flatten()
        .unwrap_or(0)
}

/// The place written just before token `end` ("Kursk" in "Kursk Governor", "Tula regional" in
/// "Tula regional Gov."): the place a title written there is held for.
fn place_ending_at(an: &Analysis, end: usize) -> Option<usize> {
    an.entities.iter().find_map(|p| match p.kind {
        EntityKind::Place(i, _) if p.b == end || p.b + 1 == end => Some(i),
        _ => None,
    })
}

/// A title written beside a name where the rules' titles do not reach the name: an abbreviation
/// before it ("Tula Gov. Dmitry Milyaev", `title_abbreviations`), the title set off by a comma
/// before it ("Rivne's regional governor, Oleksandr Koval"), or a description set off after it
/// whose head is a title ("Yevgeny Pervyshov, the acting governor of Tambov, said"), with the
/// place written with it (for the comma, one within four words before the title). "The governor"
/// a few sentences on is that person, and the rules need not know them.
fn title_beside(an: &Analysis, rules: &RuleSet, a: usize, b: usize) -> Option<(String, Option<usize>)> {
    let lang = &rules.language;
    let abbreviation = match a {
        k if k >= 2 && an.word(k - 1) == "." => Some(k - 2),
        k if k >= 1 => Some(k - 1),
        _ => None,
    };
    if let Some(k) = abbreviation {
        if let Some(title) = lang.title_abbreviations.get(an.word(k)) {
            return Some((title.to_lowercase(), place_ending_at(an, k)));
        }
    }
    // "Rivne's regional governor, Oleksandr Koval, said": the title set off before the name
    // (the word itself: "regional governor" there is a source's name, which hides the title)
    if a >= 2 && is_comma(an, a - 1) {
        let word = an.word(a - 2);
        if rules.sources.is_title_head(word) {
            let place = an.entities.iter().find_map(|p| match p.kind {
                EntityKind::Place(i, _) if p.b + 4 >= a - 2 && p.b < a - 2 => Some(i),
                _ => None,
            });
            return Some((word.to_string(), place));
        }
    }
    let app = phrase::appositive_after(an, lang, b, an.toks.len())?;
    let title = an
        .entities
        .iter()
        .find(|t| matches!(t.kind, EntityKind::Title(_)) && t.a >= app.a && t.b <= app.b)?;
    // the description's head, not a word before it ("the governor's spokesman" is not a governor)
    if heads_description(an, lang, title.b, app.b) {
        let place = an.entities.iter().find_map(|p| match p.kind {
            EntityKind::Place(i, _)
                if p.a >= app.a && p.b <= app.b && rules.places.list[i].kind != PlaceKind::Country =>
            {
                Some(i)
            }
            _ => None,
        });
        return Some((an.word(title.b - 1).to_string(), place));
    }
    None
}

/// Whether a title ending at token `end` heads a description ending at `app_end`: nothing
/// follows it but what it is of ("the governor of the Tambov region").
fn heads_description(an: &Analysis, lang: &crate::rules::language::Language, end: usize, app_end: usize) -> bool {
    end == app_end || lang.genitive_prepositions.has(an.word(end))
}

/// Attribute every statement of a document.
pub fn attribute(doc: &Document, seg: &Segmented, rules: &RuleSet, lexer: &crate::lexed::Lexer<'_>) -> Vec<Attributed> {
    let analyses: Vec<Analysis> = seg.sentences.iter().map(|s| analyse(lexer, seg, s, rules)).collect();
    let mut d = Discourse {
        doc,
        seg,
        rules,
        analyses: &analyses,
        records: Vec::new(),
        persons: vec![Vec::new(); analyses.len()],
        doc_persons: Vec::new(),
        person_by_last: HashMap::default(),
        person_names: HashSet::default(),
        quote_speakers: HashMap::default(),
        label_source: None,
        acronyms: HashMap::default(),
        given_names: HashMap::default(),
        own_outlet: std::cell::OnceCell::new(),
    };
    let mut out = Vec::new();
    for (si, an) in analyses.iter().enumerate() {
        let sent = &seg.sentences[si];
        d.note_source_label(si);
        let parts = clauses(&doc.text, an, rules);
        for (k, &clause) in parts.iter().enumerate() {
            // "Zakharova: Ukrainian casualty reports 'propaganda'": the name before the colon
            // speaks, whatever cue the rest seems to have
            let resolved = d
                .colon_speaker(si, clause)
                .or_else(|| d.own_speaker(si, clause))
                .or_else(|| d.frame_after_aside(si, &parts[k + 1..]))
                .or_else(|| d.speaker_before_aside(si, &parts[..k], clause))
                .or_else(|| d.participle_speaker(si, clause, out.last()))
                .or_else(|| d.quoted_speaker(si, clause))
                .or_else(|| d.label_speaker(si, clause))
                .or_else(|| d.carried_speaker(si, clause, out.last()))
                // "Phones blamed", a sub-heading: no one to refer back to as the statement's maker
                .filter(|r| r.side != SideAttr::Unattributed || !crosshead(seg, si, an));
            let (start, _) = an.toks.span(clause.a, clause.b);
            let end = if clause.b == an.toks.len() {
                sent.end
            } else {
                an.toks.toks[clause.b - 1].end
            };
            let start = if clause.a == 0 { sent.start } else { start };
            let line = sent.line + doc.text[sent.start..start].matches('\n').count();
            let attribution = attribution_spans(&doc.text, an, rules, clause);
            let mut agentless: Vec<String> = an
                .agentless
                .iter()
                .map(|&g| format!("agentless/{}", rules.cues.agentless_ids[g]))
                .collect();
            agentless.dedup();
            if let (0, Some(r)) = (k, &resolved) {
                if reports_the_sentence_before(an, rules) {
                    give_speaker_to_sentence_before(&mut out, si, r);
                }
            }
            let st = match resolved {
                Some(r) => {
                    d.records.push(Record {
                        sentence: si,
                        para: sent.para,
                        resolved: r.clone(),
                    });
                    Attributed {
                        start,
                        end,
                        line,
                        para: sent.para,
                        sentence: si,
                        speaker: Some(r.speaker),
                        side: r.side,
                        cue: r.cue,
                        speaker_span: r.span,
                        attribution,
                        rules: r.rules,
                        trace: r.trace,
                    }
                }
                None => Attributed {
                    start,
                    end,
                    line,
                    para: sent.para,
                    sentence: si,
                    speaker: None,
                    side: SideAttr::Unattributed,
                    cue: None,
                    speaker_span: None,
                    attribution,
                    rules: agentless,
                    trace: Trace::line(|| {
                        "no speech cue with a speaker, and not inside an attributed quotation".into()
                    }),
                },
            };
            out.push(st);
        }
        d.note_persons(si);
        d.note_acronyms(si);
        d.note_given_names(si);
    }
    d.name_titles_named_after(&mut out);
    out
}

/// Whether sentence `si` is a sub-heading inside the article: a paragraph of its own after the
/// first, of a few words, with no closing punctuation.
fn crosshead(seg: &Segmented, si: usize, an: &Analysis) -> bool {
    let para = seg.sentences[si].para;
    let alone = |k: Option<usize>| k.and_then(|k| seg.sentences.get(k)).is_none_or(|s| s.para != para);
    let first_para = seg.sentences.first().is_some_and(|s| s.para == para);
    let words = an.toks.toks.iter().filter(|t| t.kind == TokKind::Word).count();
    !first_para
        && alone(si.checked_sub(1))
        && alone(Some(si + 1))
        && words <= 5
        && an.toks.toks.last().is_some_and(|t| t.kind == TokKind::Word)
}

/// The clause's first word or number (a quotation mark or a dash may open it).
fn first_word(an: &Analysis, clause: Span) -> Option<usize> {
    (clause.a..clause.b).find(|&i| matches!(an.toks.toks[i].kind, TokKind::Word | TokKind::Number))
}

/// A body (not a person) with a side of its own: what a sentence about it, with no quotation,
/// lends its side to a later `it` or `they`.
fn sided_body(source: &Source) -> bool {
    source.kind != SourceKind::Person && matches!(source.side, SideRef::Fixed(_))
}

/// Whether the sentence opens with one of `labels` and a colon ("Source:", "Quote:").
fn opens_with_label(an: &Analysis, labels: &crate::rules::language::WordSet) -> bool {
    an.toks.len() > 1 && labels.has(an.word(0)) && an.word(1) == ":"
}

/// "This was reported on Telegram by ...": the sentence stands for the one before it.
fn reports_the_sentence_before(an: &Analysis, rules: &RuleSet) -> bool {
    let lang = &rules.language;
    an.toks.len() > 2
        && lang.report_anaphors.has(an.word(0))
        && lang.passive_auxiliaries.has(an.word(1))
        && an.cues.iter().any(|c| c.a <= 4)
}

/// The statements of the sentence before `si` that have no speaker take `r`'s.
fn give_speaker_to_sentence_before(out: &mut [Attributed], si: usize, r: &Resolved) {
    for st in out.iter_mut().rev().take_while(|st| st.sentence + 1 == si) {
        if st.speaker.is_some() {
            continue;
        }
        st.speaker = Some(r.speaker.clone());
        st.side = r.side;
        st.cue = r.cue.clone();
        st.rules = r.rules.clone();
        let name = r.speaker.name.clone();
        st.trace = Trace::line(|| format!("the next sentence says who reported it: {name}"));
    }
}

/// The speaker from a phrase and its appositive: a person (or a named body) in the appositive
/// is the speaker ("Sevastopol's governor, Mikhail Razvozhayev, wrote"), keeping the main
/// phrase's side if it has none of its own; an appositive otherwise only lends a side to a
/// speaker that has none ("Alexei Likhachev, head of ... Rosatom, said"). A known person in the
/// appositive also names the speaker a body's title only described ("The Kremlin spokesman,
/// Dmitry Peskov, said"; "The head of the Kupiansk military administration, Andriy Besedin").
fn combine_appositive(
    main: Option<Resolved>,
    app: Option<Resolved>,
    main_definite: bool,
    rules: &RuleSet,
) -> Option<Resolved> {
    let sources = &rules.sources.list;
    let Some(mut app) = app else { return main };
    let Some(mut main) = main else { return Some(app) };
    let person = |r: &Resolved| r.speaker.source.is_some_and(|s| sources[s].kind == SourceKind::Person);
    let app_named = app.speaker.source.is_some() || app.speaker.kind == SpeakerKind::Person;
    let main_named = main.speaker.source.is_some() || main.speaker.kind == SpeakerKind::Person;
    let named_person = person(&app) || (app.speaker.source.is_none() && app.speaker.kind == SpeakerKind::Person);
    let titled = named_person && main.speaker.source.is_some() && !person(&main);
    // "the foreign ministry spokesperson, Maria Zakharova": a title nobody held before is the
    // known person it names, and the title stays part of the phrase (what "the foreign ministry"
    // later refers to)
    let bare_title = person(&app)
        && main.speaker.source.is_none()
        && main.speaker.kind == SpeakerKind::Person
        && main.side == SideAttr::Unattributed
        && main
            .speaker
            .name
            .split_whitespace()
            .next()
            .is_some_and(|w| rules.language.articles.has(&w.to_lowercase()));
    // ... and so is a definite description with the person's own side ("the commander of the
    // military's Unmanned Systems Forces, Robert Brovdi, said"), whatever name its capitalised
    // words made of it
    let bare_title =
        bare_title || (person(&app) && main_definite && main.speaker.source.is_none() && main.side == app.side);
    if bare_title {
        if let (Some((a, b)), Some((c, d))) = (main.span, app.span) {
            app.span = Some((a.min(c), b.max(d)));
        }
    }
    if (app_named && !main_named) || titled || bare_title {
        let mut out = app;
        if out.side == SideAttr::Unattributed {
            out.side = main.side;
            out.rules.extend(main.rules);
        }
        return Some(out);
    }
    if main.side == SideAttr::Unattributed && app.side != SideAttr::Unattributed {
        main.side = app.side;
        main.rules.extend(app.rules);
        main.trace.append(&mut app.trace);
    }
    Some(main)
}

/// Whether a phrase resolution names a source or an affiliation (so may carry a side of its
/// own), not a title, pronoun or bare name that borrows one.
fn names_a_side(res: &Res) -> bool {
    matches!(res, Res::Source { .. } | Res::Side { .. } | Res::FromPlace { .. })
}

/// A speaker phrase and a member of it named after it ("bloggers, including Rybar"): the phrase
/// speaks; the member gives the side only when the phrase has none.
fn combine_member(main: Option<Resolved>, member: Option<Resolved>) -> Option<Resolved> {
    let Some(mut main) = main else { return member };
    if let Some(mut m) = member.filter(|m| main.side == SideAttr::Unattributed && m.side != SideAttr::Unattributed) {
        main.side = m.side;
        main.rules.append(&mut m.rules);
        main.trace.append(&mut m.trace);
    }
    Some(main)
}

/// Byte spans of the speaker phrases around the cues of a clause (cues that really are cues:
/// "air defence across Russia continues to fail" has no quotation, so no speaker).
/// Whether the speaker phrase `main` is an outlet, which passes on the words of those it cites
/// ("Ukrainian media, citing the Kursk governor"); anyone else citing something makes the claim
/// their own ("the think tank assessed ..., citing footage").
fn passes_on_citations(an: &Analysis, rules: &RuleSet, main: Span, speaker: Option<&Res>) -> bool {
    matches!(speaker, Some(Res::Source { src, .. }) if rules.sources.list[*src].kind == SourceKind::Media)
        || (main.a..main.b).any(|i| rules.language.media_nouns.has(an.word(i)))
}

fn attribution_spans(text: &str, an: &Analysis, rules: &RuleSet, clause: Span) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // where the words of a speaker named before an earlier cue begin: "Peskov said Kyiv's
    // attacks on civilian infrastructure showed ...": what is reported, not a speaker of its own
    let mut reported_from: Option<usize> = None;
    for hit in an.cues.iter().filter(|c| c.a >= clause.a && c.b <= clause.b) {
        // "struck a different note": the idiom's words are no strike, whoever speaks
        if rules.cues.list[hit.cue].idiom {
            out.push(an.toks.span(hit.a, hit.b));
        }
        let Some(sp) = valid_speaker_phrase(an, rules, hit, clause.a, clause.b) else {
            continue;
        };
        let reported = sp.how == phrase::Placement::Before && reported_from.is_some_and(|r| sp.main.a >= r);
        if !reported && resolve(text, an, sp.main, rules).is_some() {
            for s in [Some(sp.main), sp.appositive, sp.recipient].into_iter().flatten() {
                out.push(an.toks.span(s.a, s.b));
            }
            if sp.how == phrase::Placement::Before && reported_from.is_none() {
                reported_from = Some(hit.b);
            }
        }
        // (the speaker is resolved only when there is a citation to pass on)
        let cites = || passes_on_citations(an, rules, sp.main, resolve(text, an, sp.main, rules).as_ref());
        if let Some(s) = cited_phrase(an, &rules.language, hit, &sp, clause).filter(|_| cites()) {
            if resolve(text, an, s, rules).is_some_and(|r| names_a_side(&r)) {
                out.push(an.toks.span(s.a, s.b));
            }
        }
        if rules.cues.list[hit.cue].relay {
            if let Some(s) = relayed_phrase(an, &rules.language, hit, clause.a) {
                if resolve(text, an, s, rules).is_some() {
                    out.push(an.toks.span(s.a, s.b));
                }
            }
        }
    }
    out
}

/// `left`, then the rest of the sentence up to `n`, split again only where a contrast opens a
/// clause of its own ("..., while Kyiv said ..."), not inside what the rest reports ("told Putin
/// that Myrnohrad had been captured, according to the Kremlin").
fn left_then_contrasts(text: &str, an: &Analysis, rules: &RuleSet, left: Span, n: usize) -> Vec<Span> {
    let rest = clauses_from(text, an, rules, left.b);
    if rest[1..]
        .iter()
        .all(|p| rules.language.contrast_breaks.has(an.word(p.a)))
    {
        std::iter::once(left).chain(rest).collect()
    } else {
        vec![left, Span { a: left.b, b: n }]
    }
}

/// Whether the word at `i` completes a cue before it in the clause from `a0` ("described the
/// strikes as retaliation"): no unmasked comma between the cue and the word.
fn completes_cue(an: &Analysis, rules: &RuleSet, a0: usize, i: usize) -> bool {
    let w = an.word(i);
    an.cues.iter().any(|c| {
        c.a >= a0
            && c.b <= i
            && rules.cues.list[c.cue].complements.iter().any(|x| x == w)
            && !(c.b..i).any(|k| !an.masked[k] && is_comma(an, k))
    })
}

/// Split a sentence where a clause break separates two cues with different speakers: a
/// semicolon, a break word ("while", "as", "after"; with a short lead-in such as ", a day after"
/// kept in the second clause), or, headline style, a bare comma right before the second speaker
/// ("Russia claims capture of Chasiv Yar, Ukraine says fighting goes on"). Returns token spans.
fn clauses(text: &str, an: &Analysis, rules: &RuleSet) -> Vec<Span> {
    clauses_from(text, an, rules, 0)
}

/// The clauses of the sentence from token `a0` on (see [`clauses`]): after "in what Moscow
/// called an incursion" the rest may split again (", while Kyiv said ...").
fn clauses_from(text: &str, an: &Analysis, rules: &RuleSet, a0: usize) -> Vec<Span> {
    let n = an.toks.len();
    let whole = vec![Span { a: a0, b: n }];
    if an.cues.is_empty() {
        return whole;
    }
    let lang = &rules.language;
    let speaker_in = |part: Span, allow_pronoun: bool| -> Option<(usize, String)> {
        an.cues.iter().filter(|c| c.a >= part.a && c.b <= part.b).find_map(|c| {
            let sp = valid_speaker_phrase(an, rules, c, part.a, part.b)?;
            // "A pilot who asked to be identified only by his call sign, Sokil, said": the name
            // a speaker goes by is no new speaker
            if phrase::goes_by(an, &rules.language, sp.main.a) {
                return None;
            }
            match resolve(text, an, sp.main, rules)? {
                Res::Pronoun { .. } if !allow_pronoun => None,
                Res::Definite { noun: false, .. } => None,
                _ => Some((sp.main.a, span_text(text, an, sp.main).to_lowercase())),
            }
        })
    };
    // "According to the official, Russian forces claim ...": the comma closing an opening
    // frame opens no clause of its own; the frame covers what follows
    let frame_comma = opening_frame(an, rules, Span { a: a0, b: n }).map(|(_, comma)| comma);
    for i in a0 + 1..n.saturating_sub(1) {
        // "... the road was \"now open,\" a claim that Voloshyn called ...": a comma closing a
        // quotation breaks the clause before a claim noun as one after it would (not before a
        // trailing attribution: "\"...,\" the ministry said in a statement")
        let quoted_comma = an.masked[i]
            && an.toks.toks[i].kind == TokKind::Quote
            && is_comma(an, i - 1)
            && !an.masked[i + 1]
            && phrase::claim_opening(an, lang, i + 1, n);
        if (an.masked[i] && !quoted_comma) || Some(i) == frame_comma {
            continue;
        }
        let w = if quoted_comma { "," } else { an.word(i) };
        let relative = lang.relative_pronouns.has(w);
        // "..., TASS reported, adding that Moscow's troops were advancing on Kupiansk": a new claim
        // by the same speaker
        let participle = an.word(i - 1) == ","
            && an.cues.iter().any(|c| c.a == i && rules.cues.list[c.cue].separate)
            && speaker_in(Span { a: a0, b: i }, true).is_some();
        if participle {
            return vec![Span { a: a0, b: i }, Span { a: i, b: n }];
        }
        let split_at = if an.toks.toks[i].kind == TokKind::Punct && w == ";" {
            i + 1
        } else if relative {
            // "..., in what Ukrainian officials describe as retaliation"
            if lang.np_prepositions.has(an.word(i - 1)) {
                i - 1
            } else {
                i
            }
        } else if lang.clause_breaks.has(w)
            && (i < 2 || an.word(i - 2) != w)
            && (i + 2 >= n || an.word(i + 2) != w)
            && !completes_cue(an, rules, a0, i)
        {
            // ("as orderly as Moscow claimed" compares; it opens no clause)
            // keep ", a day after" together
            (i.saturating_sub(3)..i)
                .rev()
                .find(|&k| an.word(k) == "," && !an.masked[k])
                .map(|k| k + 1)
                .unwrap_or(i)
        } else if w == "," {
            i + 1
        } else if phrase::is_dash(an, i) && phrase::claim_opening(an, lang, i + 1, n) {
            // "... had been \"liberated\" - an assertion Kyiv rejected at the time"
            i + 1
        } else {
            continue;
        };
        if split_at <= a0 || split_at >= n {
            continue;
        }
        let left = Span { a: a0, b: split_at };
        let right = Span { a: split_at, b: n };
        // "..., a claim Kyiv swiftly rejected as fiction": the other side's answer opens after
        // the claim noun
        // (", a charge that John Kirby ... dismissed": "that" or "which" may come between)
        let claim_lead = if (w == "," || phrase::is_dash(an, i)) && phrase::claim_opening(an, lang, split_at, n) {
            let linked = split_at + 3 < n
                && (lang.complementizers.has(an.word(split_at + 2))
                    || lang.relative_pronouns.has(an.word(split_at + 2)));
            if linked {
                3
            } else {
                2
            }
        } else {
            0
        };
        let Some((r_start, r)) = speaker_in(
            Span {
                a: split_at + claim_lead,
                b: n,
            },
            false,
        ) else {
            continue;
        };
        // "officials saying a drone and glide bomb assault killed three, while Kyiv said ...":
        // the second speaker's clause opens at the break right before it, not at an earlier "and"
        let later_break =
            (split_at + 1..r_start).any(|k| !an.masked[k] && lang.clause_breaks.has(an.word(k)) && is_comma(an, k - 1));
        if later_break {
            continue;
        }
        if relative {
            // "Video from Russian channels, which Reuters could not verify, appeared to show": a
            // relative clause closed by a comma before the main clause goes on is an aside, not
            // the rest of the sentence
            let close = (i + 1..n).find(|&k| !an.masked[k] && is_comma(an, k));
            let aside = close.is_some_and(|k| {
                k + 1 < n
                    && an.toks.toks[k + 1].kind == TokKind::Word
                    && !an.toks.toks[k + 1].cap
                    && !lang.clause_breaks.has(an.word(k + 1))
                    && !lang.conjunctions.has(an.word(k + 1))
                    && !lang.clause_words.has(an.word(k + 1))
            });
            // "Rodion Miroshnik, an ambassador-at-large who documents what Moscow calls the
            // crimes of the Kyiv regime, said ...": a relative clause closed by a comma right
            // before a cue whose speaker comes before it is part of that speaker's description
            let in_subject = close.is_some_and(|k| {
                an.cues
                    .iter()
                    .any(|c| c.a == k + 1 && rules.cues.list[c.cue].position == SpeakerPosition::Before)
            });
            if in_subject {
                continue;
            }
            // the relative clause's own speaker right after the pronoun; the rest of the sentence
            // keeps its speaker, or none
            if r_start == i + 1 && speaker_in(left, true).is_none_or(|(_, l)| l != r) {
                return match close {
                    // the aside is a clause of its own; what follows it goes on without its speaker
                    Some(k) if aside => vec![left, Span { a: i, b: k + 1 }, Span { a: k + 1, b: n }],
                    // ... and what follows may split again at a contrast ("in what Moscow called
                    // an incursion, while Kyiv said ..."), not inside what it reports ("told Putin
                    // that Myrnohrad and Huliaipole had been captured, according to the Kremlin")
                    _ => left_then_contrasts(text, an, rules, left, n),
                };
            }
            continue;
        }
        // "Romania finds drone fragments on its territory; Moscow denies": after a semicolon, a
        // speaker who opens the clause speaks for that clause only
        let Some((_, l)) = speaker_in(left, true) else {
            // "In April 2022, a missile struck the station, an attack Moscow denied carrying
            // out": the answer to what the reporter said is its speaker's, the rest the reporter's
            if claim_lead > 0 && r_start == split_at + claim_lead {
                return left_then_contrasts(text, an, rules, left, n);
            }
            // ... and may split again ("...; Warsaw and Nato concluded ..., while Zelenskyy
            // insisted ...")
            if w == ";" && r_start == split_at {
                return std::iter::once(left)
                    .chain(clauses_from(text, an, rules, split_at))
                    .collect();
            }
            // "Ukrainian drones hit Lukoil refinery as Russia claims to have downed 71 drones":
            // a speaker right after a break word, with words of its own after its cue, speaks
            // for that clause only; the reporter says the rest
            // ... and "Ukrainian troops entered Kherson on Friday after Russia said it had
            // finished pulling back", but not "comes a day after Rutte told MEPs": after a time
            // noun the clause before only dates the speaker's (not "protested this week after
            // Russia said": that names when, not how long after)
            let sequel = lang.sequence_words.has(w) && i > 0 && !lang.measures_interval(&an.toks, i - 1);
            // "In Kyiv, a missile struck a house, and Mayor Vitali Klitschko said three people
            // had been killed": a conjunction after a comma joins two clauses, not two speakers
            let joined = lang.conjunctions.has(w) && is_comma(an, i - 1);
            if (lang.contrast_breaks.has(w) || sequel || joined)
                && r_start == i + 1
                && words_after_first_cue(an, r_start + 1)
            {
                // ... which may split again ("after Moscow claimed to have taken the village,
                // Lykhovyi acknowledged that ...": the main clause after it has its own speaker)
                // (only a new capitalised subject after a comma: "..., while Ukrainian forces
                // held the south and southwest, the think tank said" stays whole)
                let mut rest = clauses_from(text, an, rules, i);
                let new_subjects = rest[1..]
                    .iter()
                    .all(|p| p.a > 0 && is_comma(an, p.a - 1) && an.toks.toks[p.a].cap);
                // (a joined clause splits again wherever a clause of its own would: "..., and
                // officials said ..., allegations the Kremlin dismissed as a lie")
                if !new_subjects && !joined {
                    rest = vec![Span { a: i, b: n }];
                }
                // "In late February, after Moscow claimed ...": a short opening phrase of when
                // or where, with no cue, goes with the clause after it
                let opener = first_word(an, Span { a: a0, b: i }).map(|k| an.word(k));
                let fronted = i <= a0 + 6
                    && is_comma(an, i - 1)
                    && opener.is_some_and(|o| lang.np_prepositions.has(o) || lang.locatives.has(o))
                    && !an.cues.iter().any(|c| c.a >= a0 && c.b <= i);
                if fronted {
                    rest[0].a = a0;
                    return rest;
                }
                return std::iter::once(Span { a: a0, b: i }).chain(rest).collect();
            }
            continue;
        };
        // "the HUR said it had not been informed ..., and that Russia had not asked for ...": a
        // speaker after a complementizer is inside what the first speaker reports
        // (not "..., a charge that John Kirby dismissed": there "that" opens the answer)
        if r_start > right.a && lang.complementizers.has(an.word(r_start - 1)) && claim_lead != 3 {
            continue;
        }
        // "GUR confirmed that ... but said Russia had not asked Kyiv ...": a cue right after the
        // break goes on with the first speaker; a speaker after it is inside what it reports
        if lang.clause_breaks.has(w) && r_start > i + 1 && an.cues.iter().any(|c| c.a == i + 1) {
            continue;
        }
        // a bare comma splits only when the second speaker opens a clause of its own ("...,
        // Ukraine says fighting goes on"), not a trailing attribution ("..., a report in Kiev said.")
        if w == "," {
            // content right after the second clause's cue, before any punctuation
            let content_after_cue = words_after_first_cue(an, right.a);
            if r_start != split_at + claim_lead || (claim_lead == 0 && !content_after_cue) {
                continue;
            }
        }
        if l != r {
            // "..., a claim Ukraine's military swiftly rejected": the claim noun opens the
            // rejecting clause
            // ... and the second clause may split again at a contrast ("the Air Force said ...,
            // and Ukrainian officials said ..., while Moscow said ...")
            return left_then_contrasts(text, an, rules, left, n);
        }
    }
    whole
}

/// The words of a speaker's phrase as recorded (byte text), lower-cased, through the tokenizer:
/// what a later noun or title is looked for in.
fn phrase_words(phrase: &str) -> impl Iterator<Item = String> {
    let t = crate::text::tokenize(phrase, 0);
    (0..t.len()).map(move |i| t.word(i).to_lowercase())
}

/// A cue with its speaker after it opening `clause`, its speaker phrase set off by a comma
/// ("According to the spokesperson, Russian propaganda claims ..."), and that comma: the frame of
/// everything after it, which opens no clause of its own.
fn opening_frame<'a>(an: &'a Analysis, rules: &RuleSet, clause: Span) -> Option<(&'a CueHit, usize)> {
    let hit = an
        .cues
        .iter()
        .find(|c| Some(c.a) == first_word(an, clause) && rules.cues.list[c.cue].position == SpeakerPosition::After)?;
    let comma = valid_speaker_phrase(an, rules, hit, clause.a, clause.b)?.main.b;
    (comma < clause.b && is_comma(an, comma)).then_some((hit, comma))
}

/// Whether the first cue at or after token `from` is followed by words of its own (two or more
/// before any punctuation): "Russia claims to have downed 71 drones", not "..., a report said."
fn words_after_first_cue(an: &Analysis, from: usize) -> bool {
    an.cues.iter().find(|c| c.a >= from).is_some_and(|c| {
        (c.b..an.toks.len())
            .take_while(|&k| an.toks.toks[k].kind == TokKind::Word)
            .count()
            >= 2
    })
}

struct Discourse<'a> {
    doc: &'a Document,
    seg: &'a Segmented,
    rules: &'a RuleSet,
    analyses: &'a [Analysis],
    records: Vec<Record>,
    persons: Vec<Vec<PersonRef>>,
    doc_persons: Vec<PersonRef>,
    /// Index into `doc_persons` of the latest person with each last name, so a surname is looked
    /// up in constant time however many people an article names.
    person_by_last: HashMap<String, usize>,
    /// Names in `doc_persons`, to add each person once without a scan.
    person_names: HashSet<std::sync::Arc<str>>,
    quote_speakers: HashMap<usize, Option<Resolved>>,
    /// The speaker the latest "Source:" line named, for the "Quote:" paragraphs after it.
    label_source: Option<Resolved>,
    /// Acronyms introduced in parentheses ("Ukraine's special operations forces (SSO)"),
    /// normalised, with the latest speaker each was introduced after.
    acronyms: HashMap<String, Resolved>,
    /// Names a person was said to go by ("identified only by his call sign, Lys"), normalised,
    /// with the unnamed speaker they name.
    given_names: HashMap<String, Resolved>,
    /// The side and source index of the national outlet that published the article, looked up
    /// once: the search compares every source's names with the front matter.
    own_outlet: std::cell::OnceCell<Option<(usize, usize)>>,
}

impl Discourse<'_> {
    /// Whether a source is the outlet that published the article (`outlet:` in its front
    /// matter): what it says of its own checks is the reporter's voice, while the same outlet
    /// cited in another's article is an outside checker.
    fn is_own_outlet(&self, source: &Source) -> bool {
        let Some(outlet) = self.doc.meta.outlet.as_deref() else {
            return false;
        };
        let articles = &self.rules.language.definite_articles;
        let bare = |name: &str| {
            let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
            let skip = usize::from(words.len() > 1 && articles.has(&words[0]));
            words[skip..].join(" ")
        };
        let outlet = bare(outlet);
        !outlet.is_empty()
            && std::iter::once(&source.name)
                .chain(&source.aliases)
                .any(|n| bare(n) == outlet)
    }

    /// The side of the national outlet that published the article ("Kyiv Independent"), if it
    /// is one: armed forces it names without a country, with nothing else to tell whose, are its
    /// country's ("the Air Force reported" in a Kyiv Independent article).
    fn own_outlet_side(&self) -> Option<(usize, &Source)> {
        let found = self.own_outlet.get_or_init(|| {
            let third = self.rules.sides.default_side();
            self.rules
                .sources
                .list
                .iter()
                .enumerate()
                .find_map(|(i, s)| match (s.kind, s.side) {
                    (SourceKind::Media, SideRef::Fixed(side)) if Some(side) != third && self.is_own_outlet(s) => {
                        Some((side, i))
                    }
                    _ => None,
                })
        });
        found.map(|(side, i)| (side, &self.rules.sources.list[i]))
    }

    /// The speaker of the clause's own cues: the first cue whose speaker has a side, else the
    /// first with a named speaker.
    fn own_speaker(&self, si: usize, clause: Span) -> Option<Resolved> {
        let an = &self.analyses[si];
        if let Some(r) = self.closing_frame_speaker(si, clause) {
            return Some(r);
        }
        // "According to the spokesperson, Russian propaganda claims to destroy five planes a
        // week": a cue opening the clause, its speaker set off by a comma, frames all of it,
        // cues inside included, whether or not its speaker has a side
        if let Some((hit, _)) = opening_frame(an, self.rules, clause) {
            if let Some(r) = self.cue_speaker(si, hit, clause) {
                return Some(r);
            }
        }
        let mut named: Option<Resolved> = None;
        for hit in an.cues.iter().filter(|c| c.a >= clause.a && c.b <= clause.b) {
            if let Some(r) = self.cue_speaker(si, hit, clause) {
                if r.side != SideAttr::Unattributed {
                    return Some(r);
                }
                if named.is_none() {
                    named = Some(r);
                }
            }
        }
        named
    }

    /// "Russia has announced the capture of towns before, Trehubov said.": a speaker and cue set
    /// off by a comma at the end of the clause frame all that comes before, other cues included;
    /// the words are Trehubov's, not Russia's. Only when nothing but a few words of where or
    /// when follow the frame, and no "that" opens a claim of its own after it; and only a
    /// person or a body the rules know ("..., the ISW noted"), since outlets at the end relay.
    fn closing_frame_speaker(&self, si: usize, clause: Span) -> Option<Resolved> {
        let an = &self.analyses[si];
        let mut cues = an.cues.iter().filter(|c| c.a >= clause.a && c.b <= clause.b);
        let first = cues.next()?;
        let last = cues.next_back()?;
        let start = self.frame_start(si, last, clause)?;
        // `..., the governor said` or a quotation's `...," the governor said`
        let quote_then_comma = start >= 2 && an.toks.toks[start - 1].kind == TokKind::Quote && is_comma(an, start - 2);
        if start <= first.b || !(is_comma(an, start - 1) || quote_then_comma) {
            return None;
        }
        // a person, or a body the rules know that is no outlet ("..., the ISW noted"): an outlet
        // or a report at the end relays the claim it frames ("..., TASS reported", "..., a report
        // in Kiev said"), whose maker is named inside
        // ... or a pronoun for one who spoke before ("The absence of any condemnation from
        // Washington was telling, it said")
        let lang = &self.rules.language;
        let pronoun = lang.person_pronouns.has(an.word(start)) || lang.group_pronouns.has(an.word(start));
        self.cue_speaker(si, last, clause).filter(|r| {
            let outlet = is_outlet(r, self.rules);
            let known_body = r.speaker.source.is_some() && !outlet;
            r.side != SideAttr::Unattributed
                && (r.speaker.kind == SpeakerKind::Person || known_body || (pronoun && !outlet))
        })
    }

    /// Where the speaker and cue of `hit` begin when they close their clause, as a frame of what
    /// came before: a speaker before the cue or after it ("said the ministry"), and after them
    /// at most a few words of where and when, none of them "that".
    fn frame_start(&self, si: usize, hit: &CueHit, clause: Span) -> Option<usize> {
        let an = &self.analyses[si];
        let rules = self.rules;
        let sp = phrase::valid_speaker_phrase(an, rules, hit, clause.a, clause.b)?;
        let end = sp.main.b.max(hit.b);
        let tail = (end..clause.b).filter(|&k| an.toks.toks[k].kind == TokKind::Word);
        let short_tail =
            tail.clone().count() <= 6 && !tail.clone().any(|k| rules.language.complementizers.has(an.word(k)));
        (short_tail && matches!(sp.how, phrase::Placement::Before | phrase::Placement::Inverted))
            .then(|| sp.main.a.min(hit.a))
    }

    /// "Units "completed the liberation" of the town, | which Russia calls Dzerzhinsk, | the
    /// ministry said in a statement.": a last clause that is nothing but a speaker and a cue
    /// frames the clause before the aside (`rest` are the clauses after this one).
    fn frame_after_aside(&self, si: usize, rest: &[Span]) -> Option<Resolved> {
        let [aside, frame, ..] = rest else { return None };
        let an = &self.analyses[si];
        if rest.len() != 2 || !self.rules.language.relative_pronouns.has(an.word(aside.a)) {
            return None;
        }
        let hit = an.cues.iter().find(|c| c.a >= frame.a && c.b <= frame.b)?;
        if self.frame_start(si, hit, *frame)? != first_word(an, *frame)? {
            return None;
        }
        // "..., a claim Moscow has never acknowledged": an appositive about the claim, no frame
        let lang = &self.rules.language;
        if (frame.a..hit.a).any(|k| lang.speech_nouns.has(an.word(k)) || lang.claim_nouns.has(an.word(k))) {
            return None;
        }
        self.cue_speaker(si, hit, *frame).map(|mut r| {
            r.trace
                .add(|| "the last clause is only a speaker and a cue: it frames the words before the aside".into());
            r
        })
    }

    /// "Satellite images, which Reuters could not verify, | showed a fire": the clause after an
    /// aside goes on from the words before it, so a cue that opens it has its speaker there.
    /// `before` are the clauses of the sentence before this one: the aside last, what it
    /// interrupts before it.
    fn speaker_before_aside(&self, si: usize, before: &[Span], clause: Span) -> Option<Resolved> {
        let [.., head, aside] = before else { return None };
        let an = &self.analyses[si];
        let rules = self.rules;
        let lang = &rules.language;
        if aside.b != clause.a || head.b != aside.a || !lang.relative_pronouns.has(an.word(aside.a)) {
            return None;
        }
        let hit = an
            .cues
            .iter()
            .find(|c| c.a == clause.a && rules.cues.list[c.cue].position != SpeakerPosition::After)?;
        let end = if head.b > head.a && is_comma(an, head.b - 1) {
            head.b - 1
        } else {
            head.b
        };
        let span = phrase::phrase_before(an, lang, end, head.a)?;
        let res = resolve(&self.doc.text, an, span, rules)?;
        let mut r = self.settle(res, si, an, span)?;
        let (ca, cb) = an.toks.span(hit.a, hit.b);
        let cue = &rules.cues.list[hit.cue];
        r.rules.insert(0, format!("cues/{}", cue.id));
        r.trace.add(|| {
            format!(
                "cue `{}` (cues/{}) opens the clause after an aside: its speaker `{}` stands before the aside",
                &self.doc.text[ca..cb],
                cue.id,
                span_text(&self.doc.text, an, span)
            )
        });
        r.cue = Some(self.doc.text[ca..cb].to_string());
        Some(r)
    }

    /// `r` without the known person it names, when that person was only a spelling variant of
    /// the words at `span` and the title or description beside them (`beside`: its side, and
    /// whether it names a known source) gives another side: Andriy Bilousov, mayor of Kamianske,
    /// is not Andrei Belousov.
    fn unless_namesake(&self, si: usize, mut r: Resolved, beside: (SideAttr, bool), span: Span) -> Resolved {
        let an = &self.analyses[si];
        let sources = &self.rules.sources.list;
        let fuzzy_person = an.entities_in(span.a, span.b).find(|e| {
            matches!(e.kind, EntityKind::Source(s, Some(_)) if Some(s) == r.speaker.source && sources[s].kind == SourceKind::Person)
        });
        let (other_side, other_sourced) = beside;
        let conflict = matches!((r.side, other_side), (SideAttr::Side(a), SideAttr::Side(b)) if a != b);
        if let Some(e) = fuzzy_person.filter(|_| conflict && !other_sourced) {
            let was = r.speaker.name.clone();
            let name = span_text(&self.doc.text, an, Span { a: e.a, b: e.b }).to_string();
            r.speaker = Speaker {
                name: crate::intern::intern(&name),
                source: None,
                kind: SpeakerKind::Person,
            };
            r.side = SideAttr::Unattributed;
            r.rules.clear();
            r.trace =
                Trace::line(|| format!("`{name}` is only spelt like {was}, and the words beside it give another side"));
        }
        r
    }

    fn cue_speaker(&self, si: usize, hit: &CueHit, clause: Span) -> Option<Resolved> {
        let an = &self.analyses[si];
        let rules = self.rules;
        let cue = &rules.cues.list[hit.cue];
        let sp: SpeakerPhrase = valid_speaker_phrase(an, rules, hit, clause.a, clause.b)?;
        let text = &self.doc.text;
        let (ca, cb) = an.toks.span(hit.a, hit.b);
        let cue_text = text[ca..cb].to_string();
        let res = resolve(text, an, sp.main, rules);
        let mut trace = Trace::line(|| {
            format!(
                "cue `{cue_text}` (cues/{}): speaker phrase {} `{}`",
                cue.id,
                sp.how,
                span_text(text, an, sp.main)
            )
        });
        let cited = self.cited_speaker(si, hit, &sp, clause, res.as_ref());
        let mut main = res.and_then(|r| self.settle(r, si, an, sp.main));
        // "Putin has not commented. He added ...": one who adds has spoken; "he" is the person
        // who spoke shortly before, not one named since who did not
        let pronoun = sp.main.b - sp.main.a == 1 && rules.language.person_pronouns.has(an.word(sp.main.a));
        if let (true, true, Some(m)) = (cue.continues, pronoun, main.as_ref()) {
            let spoke = |rec: &&Record| rec.sentence + 4 >= si && rec.sentence < si;
            // "Putin has not commented" is his statement, but he said nothing to go on from
            let silent = |rec: &&Record| rec.resolved.rules.iter().any(|r| rules.cues.silent_rules.contains(r));
            let recent: Vec<&Record> = self
                .records
                .iter()
                .rev()
                .take_while(spoke)
                .filter(|rec| !silent(rec))
                .collect();
            // "Pentagon deputy press secretary Sabrina Singh said ... She added": the record may
            // carry the title with the name
            let named_spoke = recent.iter().any(|rec| {
                let said = &rec.resolved.speaker.name;
                said == &m.speaker.name || (m.speaker.kind == SpeakerKind::Person && said.ends_with(&*m.speaker.name))
            });
            let last_person = recent
                .iter()
                .find(|rec| rec.resolved.speaker.kind == SpeakerKind::Person)
                .map(|rec| rec.resolved.clone());
            if let (false, Some(mut r)) = (named_spoke, last_person) {
                let (was, now) = (m.speaker.name.clone(), r.speaker.name.clone());
                r.trace = Trace::line(|| {
                    format!(
                        "`{}` goes on from words before: {now}, who spoke, not {was}, who did not",
                        cue.id
                    )
                });
                main = Some(r);
            }
        }
        // "Pro-Kremlin military bloggers, including the popular Rybar channel,": a member of the
        // speakers, who may tell their side but does not rename them
        let member = sp
            .appositive
            .is_some_and(|app| rules.language.inclusion_words.has(an.word(app.a)));
        let app = sp.appositive.and_then(|app| {
            trace.add(|| format!("appositive `{}`", span_text(text, an, app)));
            self.appositive_speaker(si, app, true)
        });
        // the words are the relayed ("a spokesman for the navy cited by TASS") or cited
        // ("Ukrainian media, citing the Kursk governor") speaker's; the outlet only passed them on
        let passed_on = match self.relayed_speaker(si, hit, clause) {
            Some(r) => Some((
                r,
                "the phrase before the cue has a side of its own: it speaks, the outlet relays",
            )),
            None => cited.map(|r| {
                (
                    r,
                    "the outlet cites a speaker with a side of its own: it speaks, the outlet relays",
                )
            }),
        };
        if let Some((mut r, why)) = passed_on {
            r.rules.insert(0, format!("cues/{}", cue.id));
            trace.add(|| why.into());
            trace.append(&mut r.trace);
            r.trace = trace;
            r.cue = Some(cue_text);
            return Some(r);
        }
        // "Kamianske's mayor, Andriy Bilousov, said": a known person only spelt like the name,
        // set beside a title or description that gives the other side, is a namesake
        let (main, app) = match (main, app, sp.appositive) {
            (Some(m), Some(a), Some(app_span)) => {
                let (m_beside, a_beside) = (
                    (m.side, m.speaker.source.is_some()),
                    (a.side, a.speaker.source.is_some()),
                );
                (
                    Some(self.unless_namesake(si, m, a_beside, sp.main)),
                    Some(self.unless_namesake(si, a, m_beside, app_span)),
                )
            }
            (m, a, _) => (m, a),
        };
        let mut r = if member {
            combine_member(main, app)?
        } else {
            let main_definite = rules.language.definite_articles.has(an.word(sp.main.a));
            combine_appositive(main, app, main_definite, rules)?
        };
        // "Pro-Kremlin Telegram channels went further. Severny Veter, a channel that covers
        // fighting along the border, claimed": a name its description gives no side, described
        // by the noun of the group that spoke in the sentence before, is one of that group
        if r.side == SideAttr::Unattributed {
            if let Some(group) = sp.appositive.and_then(|app| self.group_described_before(si, app)) {
                let who = group.resolved.speaker.name.clone();
                r.trace
                    .add(|| format!("described as one of {who}, who spoke just before: their side"));
                r.side = group.resolved.side;
                r.rules.extend(group.resolved.rules.iter().cloned());
            }
        }
        // "Kyiv and Moscow traded accusations": the two warring sides together give no one side;
        // "Ukrainian officials and Western governments dismissed that account": a third party
        // joining one of them makes the claim that side's
        if let SideAttr::Side(own) = r.side {
            let other = self
                .coordinated_side(si, sp.main, clause)
                .filter(|&o| o != own)
                .or_else(|| self.sides_joined_inside(si, sp.main).into_iter().find(|&o| o != own));
            if let Some(other) = other {
                let third = rules.sides.default_side();
                if Some(own) != third && Some(other) != third {
                    r.trace
                        .add(|| "a speaker of the other warring side is named with it: no side".into());
                    r.side = SideAttr::Unattributed;
                } else if Some(own) == third {
                    r.trace
                        .add(|| "a third party joins a warring side's speaker: that side's claim".into());
                    r.side = SideAttr::Side(other);
                }
            }
        }
        // "The Kyiv Independent could not independently verify the ministry's claims": an outlet
        // checking claims speaks as an outside checker, not for its country
        // ... and so does one that the pictures were "reviewed by"
        let lang = &rules.language;
        let checked_by = sp.main.a >= 2
            && lang.agent_prepositions.has(an.word(sp.main.a - 1))
            && lang.checking_participles.has(an.word(sp.main.a - 2));
        if cue.checks || checked_by {
            let outlet = r.speaker.source.map(|s| &rules.sources.list[s]).filter(|s| {
                matches!((s.kind, s.side), (SourceKind::Media, SideRef::Fixed(side)) if rules.sides.default_side() != Some(side))
            });
            if let (Some(s), Some(third)) = (outlet, rules.sides.default_side()) {
                r.trace.add(|| {
                    format!(
                        "`{}` (sources/{}) checks others' claims: an outside checker",
                        s.name, s.id
                    )
                });
                r.side = SideAttr::Side(third);
            }
            // "Reuters could not independently verify the accounts" in a Reuters article: the
            // reporter speaking of its own checks, not a third party's finding ("Reuters was able
            // to confirm the location" is one)
            let failed = || {
                an.toks
                    .all(crate::rules::Set::Negations)
                    .iter()
                    .any(|n| n.a >= sp.main.b && n.b <= hit.a)
            };
            let own = r
                .speaker
                .source
                .map(|s| &rules.sources.list[s])
                .filter(|s| cue.checks && self.is_own_outlet(s) && failed());
            if let Some(s) = own {
                r.trace.add(|| {
                    format!(
                        "`{}` (sources/{}) is the article's own outlet (front matter) checking claims: the reporter's voice",
                        s.name, s.id
                    )
                });
                r.side = SideAttr::Unattributed;
            }
        }
        // ... and so does one a national outlet quotes ("RIA Novosti quoted a source in the
        // emergency services as saying")
        let quoter = (cue.quoted_by && sp.main.a > clause.a).then(|| {
            let before = Span {
                a: clause.a,
                b: sp.main.a,
            };
            let verb = (before.a..before.b)
                .rev()
                .find(|&k| an.toks.toks[k].kind == TokKind::Word);
            Span {
                a: before.a,
                b: verb.unwrap_or(before.b),
            }
        });
        // an anonymous source talking to a national outlet takes the outlet's side; a class of
        // officials ("a source in the emergency services") the outlet quotes is that outlet's
        // country's too, whatever place the statement turns out to be about
        let unaffiliated = match r.side {
            SideAttr::Unattributed => true,
            SideAttr::FromPlace => quoter.is_some() && sp.recipient.is_none(),
            _ => false,
        };
        if let (true, Some(rec)) = (unaffiliated, sp.recipient.or(quoter)) {
            if let Some(Res::Source { src, .. }) = resolve(text, an, rec, rules) {
                let s = &rules.sources.list[src];
                if let (SourceKind::Media, SideRef::Fixed(side)) = (s.kind, s.side) {
                    if rules.sides.default_side() != Some(side) {
                        r.trace.add(|| {
                            format!(
                                "an unaffiliated speaker told `{}` (sources/{}), a national outlet: its side",
                                s.name, s.id
                            )
                        });
                        r.side = SideAttr::Side(side);
                        r.rules.push(format!("sources/{}", s.id));
                    }
                }
            }
        }
        r.rules.insert(0, format!("cues/{}", cue.id));
        trace.append(&mut r.trace);
        r.trace = trace;
        r.cue = Some(cue_text);
        // the phrase with its appositive: "Viktor Trehubov, spokesman for Ukraine's Khortytsia
        // group of forces" is what a later "the group" or "the spokesman" looks back into
        let whole = sp.appositive.map_or(sp.main, |app| Span {
            a: sp.main.a.min(app.a),
            b: sp.main.b.max(app.b),
        });
        r.span = Some(an.toks.span(whole.a, whole.b));
        Some(r)
    }

    /// "A drone crashed in eastern Latvia, Latvia's defence minister has said. Andris Sprūds
    /// said ...": a person named for the first time, opening the sentence without a description,
    /// right after an unnamed holder of a title spoke, is that holder (a report's second paragraph
    /// naming whom its first gave by title).
    fn named_after_title(&self, si: usize, an: &Analysis, span: Span, name: &str) -> Option<Resolved> {
        let lang = &self.rules.language;
        let opens = first_word(an, Span { a: 0, b: an.toks.len() }) == Some(span.a);
        let described = span.b < an.toks.len() && is_comma(an, span.b);
        let first_mention = !self.person_by_last.contains_key(&last_word(name));
        // a given name and a surname, not "Residents" opening the sentence
        let full_name = span.b >= span.a + 2 && (span.a..span.b).all(|k| an.toks.toks[k].cap);
        if !opens || described || !first_mention || !full_name {
            return None;
        }
        let rec = self.records.last().filter(|r| r.sentence + 1 == si)?;
        // one person's title ("Latvia's defence minister"), not a body's noun nor a group
        let head = last_word(&rec.resolved.speaker.name).to_lowercase();
        let title_only = rec.resolved.speaker.source.is_none()
            && rec.resolved.side != SideAttr::Unattributed
            && lang.speaker_nouns.has(&head)
            && !lang.institution_nouns.has(&head)
            && !lang.media_nouns.has(&head)
            && lang.singular(&head) == head;
        if !title_only {
            return None;
        }
        let mut r = rec.resolved.clone();
        let title = rec.resolved.speaker.name.clone();
        r.speaker.name = crate::intern::intern(name);
        r.trace = Trace::line(|| format!("`{name}`, named for the first time, is {title}, who spoke just before"));
        Some(r)
    }

    /// "Drones attacked an oil depot, the regional governor said. ... Governor Gleb Nikitin
    /// said": a lead that gives a speaker only by a title ("the regional governor", "the
    /// governor of the Tula region"), with nobody
    /// of that side named before, is the first person of that side named with that title in the
    /// sentences just after (by the title written before the name, or as a source the rules give
    /// that title). The side stays as it was found; only who spoke gets a name.
    fn name_titles_named_after(&self, out: &mut [Attributed]) {
        const AHEAD: usize = 16;
        let lang = &self.rules.language;
        let sources = &self.rules.sources.list;
        let places = &self.rules.places;
        let holds = |p: &PersonRef, head: &str| {
            p.title.as_deref().is_some_and(|t| t.eq_ignore_ascii_case(head))
                || p.speaker
                    .source
                    .is_some_and(|s| sources[s].title_heads.iter().any(|t| t == head))
        };
        for i in 0..out.len() {
            let st = &out[i];
            let Some(sp) = st.speaker.as_ref().filter(|sp| sp.source.is_none()) else {
                continue;
            };
            if st.side == SideAttr::Unattributed {
                continue;
            }
            let words: Vec<&str> = sp.name.split_whitespace().collect();
            let (Some(first), Some(last)) = (words.first(), words.last()) else {
                continue;
            };
            // the head before what it is of: "the governor of the Tula region"
            let head = words
                .iter()
                .position(|w| lang.genitive_prepositions.has(&w.to_lowercase()))
                .filter(|&k| k >= 2)
                .map_or(*last, |k| words[k - 1])
                .to_lowercase();
            if words.len() < 2 || !lang.definite_articles.has(&first.to_lowercase()) || !lang.speaker_nouns.has(&head) {
                continue;
            }
            let si = st.sentence;
            let side_fits = |p: &PersonRef| match st.side {
                SideAttr::Side(x) => p.side == SideAttr::Side(x),
                _ => matches!(p.side, SideAttr::Side(_)),
            };
            // only a lead's title: once someone of that side has been named, a title is
            // `titled_holder`'s business, or a holder the rules do not know by that title
            if self.persons[..=si].iter().flatten().any(side_fits) {
                continue;
            }
            // "the Belgorod governor" is not the Kursk governor named after
            let an = &self.analyses[si];
            let named: Vec<usize> = st
                .speaker_span
                .map(|(a, b)| {
                    an.entities
                        .iter()
                        .filter(|e| an.toks.toks[e.a].start >= a && an.toks.toks[e.b - 1].end <= b)
                        .filter_map(|e| match e.kind {
                            EntityKind::Place(p, _) if places.list[p].kind != PlaceKind::Country => Some(p),
                            _ => None,
                        })
                        .collect()
                })
                .unwrap_or_default();
            let same_place =
                |p: &PersonRef| named.is_empty() || p.place.is_some_and(|q| named.iter().any(|&n| places.nested(n, q)));
            let mut later = (si + 1..self.persons.len().min(si + 1 + AHEAD))
                .flat_map(|k| self.persons[k].iter().map(move |p| (k, p)))
                .filter(|(_, p)| holds(p, &head) && side_fits(p) && same_place(p));
            let Some((named_at, person)) = later.next() else {
                continue;
            };
            // a title whose side the place decides ("the regional governor" of a region both
            // sides name a governor for) is a name only when every holder named after has one
            // side
            let from_place = st.side == SideAttr::FromPlace;
            if from_place && later.any(|(_, p)| p.side != person.side) {
                continue;
            }
            // ... and when the sentence names a place of the holder's whose officials are the
            // holder's side: "Russian shelling killed one person in the city of Kherson, according
            // to the regional governor" is not the Moscow-installed governor named after
            // (a sentence that names no place is about the place of the one before it: "The
            // regional governor said drones had been shot down over the city")
            let names_place = |an: &Analysis| {
                an.entities
                    .iter()
                    .any(|e| matches!(e.kind, EntityKind::Place(q, _) if places.list[q].kind != PlaceKind::Country))
            };
            let an = match si.checked_sub(1) {
                Some(prev) if !names_place(an) => &self.analyses[prev],
                _ => an,
            };
            // (a country counts, outside a dateline: "deep inside Russia, ... the regional
            // governor said" is the Russian governor of a region in it, and a country's officials
            // have one side)
            let filed = dateline_end(an, &self.doc.text);
            let officials_of = |p: &PersonRef| {
                let SideAttr::Side(side) = p.side else { return false };
                an.entities.iter().any(|e| match e.kind {
                    EntityKind::Place(q, _) => {
                        e.a >= filed && p.place.is_some_and(|h| places.nested(q, h)) && places.side_of(q) == Some(side)
                    }
                    _ => false,
                })
            };
            if from_place && !officials_of(person) {
                continue;
            }
            let title = sp.name.clone();
            let speaker = Speaker {
                kind: SpeakerKind::Person,
                ..person.speaker.clone()
            };
            let rule = speaker.source.map(|s| format!("sources/{}", sources[s].id));
            // the same unnamed holder carried on until the name comes
            for st in out[i..].iter_mut().take_while(|s| s.sentence < named_at) {
                if st
                    .speaker
                    .as_ref()
                    .is_some_and(|s| s.source.is_none() && s.name == title)
                {
                    st.speaker = Some(speaker.clone());
                    if let Some(rule) = &rule {
                        st.rules.push(rule.clone());
                    }
                    // the holder speaks for their side, checked above against the place named;
                    // the side of the place they hold (perhaps contested) no longer decides it
                    if st.side == SideAttr::FromPlace {
                        st.side = person.side;
                    }
                    st.trace
                        .add(|| format!("`{title}` is {}, named with that title just after", speaker.name));
                }
            }
        }
    }

    /// Whether a phrase that named speaker `name` in the records passes `pred`: who a person was
    /// when first named ("Air Force spokesperson Yurii Ihnat") still counts when later records
    /// name them by surname or pronoun.
    fn named_with(&self, name: &str, pred: impl Fn(&str) -> bool) -> bool {
        self.records.iter().any(|r| {
            *r.resolved.speaker.name == *name
                && r.resolved
                    .span
                    .and_then(|(a, b)| self.doc.text.get(a..b))
                    .is_some_and(&pred)
        })
    }

    /// The group that spoke in the sentence before `si` when the description `app` names one
    /// of its kind ("a channel" after "Pro-Kremlin Telegram channels"): a member of it.
    fn group_described_before(&self, si: usize, app: Span) -> Option<&Record> {
        let lang = &self.rules.language;
        let an = &self.analyses[si];
        let rec = self.records.last().filter(|r| r.sentence + 1 == si)?;
        let head = head_word(&rec.resolved.speaker.name, lang);
        let plural = lang.singular(&head) != head;
        let described = description_head(span_text(&self.doc.text, an, app), lang);
        let same = !described.is_empty() && lang.singular(&described) == lang.singular(&head);
        let sided = rec.resolved.side != SideAttr::Unattributed;
        (plural && same && sided && lang.speaker_nouns.has(&head)).then_some(rec)
    }

    /// Who an appositive says the name before it is ("X, head of Russian state nuclear
    /// corporation Rosatom"), when it tells that: the side a speaker's description gives, the
    /// same whether the person speaks in that sentence or only later ("he said"). A person's name
    /// in the appositive is the speaker only when `person_names_speaker` ("The Kremlin spokesman,
    /// Dmitry Peskov, said"); after a name it is the next item of a list.
    fn appositive_speaker(&self, si: usize, app: Span, person_names_speaker: bool) -> Option<Resolved> {
        let an = &self.analyses[si];
        let rules = self.rules;
        let text = &self.doc.text;
        // ", citing the Kursk governor," names whom the speaker cites, not who the speaker is
        if rules.language.citing_words.has(an.word(app.a)) {
            return None;
        }
        // "X, head of Russian state nuclear corporation Rosatom, said" tells who X is;
        // a relative clause ("X, who met Ukrainian officials, said") only through a named source
        // "John Smith, speaking from Moscow," and "based in Moscow": where the speaker was or
        // works, which is no affiliation ("appointed by Moscow" is one)
        let lang = &rules.language;
        let opener = an.word(app.a);
        let participle = opener.ends_with("ing")
            || lang.participle_adjectives.has(opener)
            || lang.verb_suffixes.iter().any(|suf| opener.ends_with(suf.as_str()));
        if participle
            && app.a + 1 < app.b
            && (lang.np_prepositions.has(an.word(app.a + 1)) || lang.locatives.has(an.word(app.a + 1)))
        {
            return None;
        }
        let relative = rules.language.clause_words.has(an.word(app.a));
        // "Video ..., which Reuters geolocated to the outskirts, showed": the relative
        // clause's own subject did something to the speaker; it is not the speaker
        if relative && app.a + 1 < app.b && an.toks.toks[app.a + 1].cap {
            return None;
        }
        // ", cited by TASS," passes the words on: it does not say who the speaker is
        if an
            .cues
            .iter()
            .any(|c| rules.cues.list[c.cue].relay && c.a >= app.a && c.a < app.b)
        {
            return None;
        }
        // "an ambassador-at-large who collects evidence of what he calls crimes by 'the Kyiv
        // regime'": what the speaker says or calls something tells what he thinks, not whose he is
        let app = match an.cues.iter().map(|c| c.a).filter(|&k| k > app.a && k < app.b).min() {
            Some(k) => Span { a: app.a, b: k },
            None => app,
        };
        let ar = match resolve(text, an, app, rules)? {
            // "Ivan Petrov, the city's mayor, said": the title describes the name before it,
            // it does not refer back to someone named earlier; its class of speaker (the
            // officials of the place) is what it tells
            Res::Title {
                name,
                fallback: Some(src),
                ..
            } => Res::FromPlace { name, src },
            other => other,
        };
        // "Ivan Petrov, the regional governor, said": a local title lends the side of the
        // officials of the place, as it does standing alone
        let usable = match &ar {
            // a person a relative clause names is someone the speaker dealt with ("who met
            // Zelensky"); a body, channel or outlet it names is what the speaker belongs to
            // ("who runs the Rybar channel")
            Res::Source { src, .. } => {
                let person = rules.sources.list[*src].kind == SourceKind::Person;
                !person || (!relative && person_names_speaker)
            }
            // ... and an affiliation marker says whose camp the speaker is in wherever it stands
            // ("which is close to the Russian air force"); a demonym there names whom it dealt with
            Res::Side { .. } => {
                !relative
                    || an
                        .entities_in(app.a, app.b)
                        .any(|e| matches!(e.kind, EntityKind::Marker(_)))
                    || (app.a + 1 < app.b && rules.language.command_verbs.has(an.word(app.a + 1)))
            }
            Res::Named { .. } | Res::FromPlace { .. } => !relative,
            _ => false,
        };
        if usable {
            self.settle(ar, si, an, app)
        } else {
            None
        }
    }

    /// The side an appositive gives the name that ends at token `name_end`: the appositive
    /// must be closed by a comma or the sentence's end, so that the name and its description
    /// stand apart from the rest of the sentence.
    fn described_by_appositive(&self, si: usize, name_start: usize, name_end: usize) -> Option<Resolved> {
        let an = &self.analyses[si];
        let lang = &self.rules.language;
        let n = an.toks.len();
        // only a name that opens the sentence: further in, the words after a comma are as
        // often where or when something happened ("hosting India's prime minister, Narendra
        // Modi, at his residence outside Moscow")
        let after_label = name_start > 0 && an.word(name_start - 1) == ":";
        if first_word(an, Span { a: 0, b: n }) != Some(name_start) && !after_label {
            return None;
        }
        let app = phrase::appositive_after(an, lang, name_end, n)?;
        let closed = app.b == n || matches!(an.word(app.b), "," | "." | ";");
        // a description opens with a noun phrase, not a preposition, a conjunction or a clause
        let opener = an.word(app.a);
        let describes = ![
            &lang.locatives,
            &lang.np_prepositions,
            &lang.coordinators,
            &lang.clause_words,
            &lang.complementizers,
            &lang.agent_prepositions,
        ]
        .iter()
        .any(|set| set.has(opener));
        if !closed || !describes {
            return None;
        }
        self.appositive_speaker(si, app, false)
            .filter(|r| r.side != SideAttr::Unattributed)
    }

    /// The side of the speaker joined to the phrase `main` by a conjunction before it ("Ukrainian
    /// officials and | Western governments"), when that phrase names one.
    fn coordinated_side(&self, si: usize, main: Span, clause: Span) -> Option<usize> {
        let an = &self.analyses[si];
        let lang = &self.rules.language;
        let and = main
            .a
            .checked_sub(1)
            .filter(|&k| k > clause.a && lang.conjunctions.has(an.word(k)))?;
        let start = (clause.a..and)
            .rev()
            .find(|&k| an.toks.toks[k].kind != TokKind::Word && an.toks.toks[k].kind != TokKind::Possessive)
            .map_or(clause.a, |k| k + 1);
        if start >= and {
            return None;
        }
        let span = Span { a: start, b: and };
        let res = resolve(&self.doc.text, an, span, self.rules)?;
        match self.settle(res, si, an, span)?.side {
            SideAttr::Side(s) => Some(s),
            _ => None,
        }
    }

    /// The sides of the two halves of a speaker phrase joined by a conjunction ("Ukraine and its
    /// Western allies say"): the whole phrase resolves to one of them, and the other may change
    /// whose claim it is.
    fn sides_joined_inside(&self, si: usize, main: Span) -> Vec<usize> {
        let an = &self.analyses[si];
        let lang = &self.rules.language;
        let Some(and) = (main.a + 1..main.b.saturating_sub(1)).find(|&k| lang.conjunctions.has(an.word(k))) else {
            return Vec::new();
        };
        // "The UN Resident and Humanitarian Coordinator in Ukraine": capitalised words that no
        // name covers on both sides of "and" are one title, not two speakers
        let title_word = |k: usize| {
            an.toks.toks[k].kind == TokKind::Word
                && an.toks.toks[k].cap
                && !an
                    .entities
                    .iter()
                    .any(|e| e.a <= k && k < e.b && !matches!(e.kind, EntityKind::Title(_) | EntityKind::Name))
        };
        if title_word(and - 1) && title_word(and + 1) {
            return Vec::new();
        }
        [Span { a: main.a, b: and }, Span { a: and + 1, b: main.b }]
            .into_iter()
            .filter_map(|half| {
                let res = resolve(&self.doc.text, an, half, self.rules)?;
                match self.settle(res, si, an, half)?.side {
                    SideAttr::Side(s) => Some(s),
                    _ => None,
                }
            })
            .collect()
    }

    /// The speaker whose words a relay cue passes on ("a spokesman for the Ukrainian navy cited
    /// by TASS"), when that phrase names a source or an affiliation with a side.
    fn relayed_speaker(&self, si: usize, hit: &CueHit, clause: Span) -> Option<Resolved> {
        let rules = self.rules;
        if !rules.cues.list[hit.cue].relay {
            return None;
        }
        let an = &self.analyses[si];
        let span = relayed_phrase(an, &rules.language, hit, clause.a)?;
        self.speaker_with_own_side(si, span)
    }

    /// The speaker an outlet cites ("TASS reported, citing the Ukrainian General Staff, that"),
    /// when the cited phrase names a source or an affiliation with a side. Only outlets relay:
    /// an official citing someone makes the claim their own.
    fn cited_speaker(
        &self,
        si: usize,
        hit: &CueHit,
        sp: &SpeakerPhrase,
        clause: Span,
        speaker: Option<&Res>,
    ) -> Option<Resolved> {
        let rules = self.rules;
        let an = &self.analyses[si];
        if !passes_on_citations(an, rules, sp.main, speaker) {
            return None;
        }
        let span = cited_phrase(an, &rules.language, hit, sp, clause)?;
        self.speaker_with_own_side(si, span)
    }

    /// The phrase `span` of sentence `si` as a speaker, if it names a source or an affiliation
    /// and has a side of its own, not one borrowed from the speaker before ("a military source").
    fn speaker_with_own_side(&self, si: usize, span: Span) -> Option<Resolved> {
        let an = &self.analyses[si];
        let res = resolve(&self.doc.text, an, span, self.rules).filter(names_a_side)?;
        let mut r = self.settle(res, si, an, span)?;
        if !self.side_of_its_own(&r, an, span) {
            return None;
        }
        r.span = Some(an.toks.span(span.a, span.b));
        Some(r)
    }

    /// The one body with a side that the article named before sentence `si` with the noun
    /// `words`, whether it spoke then or was only named: a company by the head noun of its name
    /// ("The consortium" after "the Caspian Pipeline Consortium"), any body by a noun the rules
    /// say it is called by (`called`: "the agency" after the SBU). A body speaks for itself, not
    /// for whoever spoke just before it. A government's noun only by `called`: "the ministry"
    /// may be any government's, whoever alone was named so.
    fn only_body_called(&self, si: usize, words: &[String]) -> Option<Resolved> {
        let lang = &self.rules.language;
        let [word] = words else { return None };
        let head = lang.singular(word).to_string();
        let company = lang.company_nouns.has(word);
        let calls = |source: &Source| {
            source.called.iter().any(|w| lang.singular(w) == head)
                || (company && lang.singular(&head_word(&source.name, lang)) == head)
        };
        // (no source so called: nothing to look for in the article)
        if !self.rules.sources.list.iter().any(&calls) {
            return None;
        }
        // (not the outlet of the dateline: "KYIV (AP) —" files the report)
        let mentions = (0..si).rev().flat_map(|k| {
            let an = &self.analyses[k];
            let filed = dateline_end(an, &self.doc.text);
            an.entities.iter().filter_map(move |e| match e.kind {
                EntityKind::Source(src, None) if e.b > filed => Some((k, e, src)),
                _ => None,
            })
        });
        // (a news agency named so is one too: "the agency" after Interfax is not the FSB, and
        // is no speaker with a side of its own either)
        let named = mentions.filter(|&(_, _, src)| calls(&self.rules.sources.list[src]));
        let (k, e, src) = the_only(named, |x, y| x.2 == y.2)?;
        let source = &self.rules.sources.list[src];
        if !sided_body(source) || source.kind == SourceKind::Media {
            return None;
        }
        let an = &self.analyses[k];
        let span = Span { a: e.a, b: e.b };
        let mut r = self.settle(resolve(&self.doc.text, an, span, self.rules)?, k, an, span)?;
        if !matches!(r.side, SideAttr::Side(_)) {
            return None;
        }
        r.trace = Trace::line(|| {
            format!(
                "`{word}`: the only body so called that the article named before, {}",
                r.speaker.name
            )
        });
        Some(r)
    }

    /// Whether a relayed or cited speaker has a side of its own: a fixed one, or that of a place
    /// its own words name ("the Kursk governor"). "Local emergency services" would take the side
    /// of whatever place the statement is about, which may be a guess; the outlet's is surer.
    fn side_of_its_own(&self, r: &Resolved, an: &Analysis, span: Span) -> bool {
        match r.side {
            SideAttr::Side(_) => true,
            SideAttr::FromPlace => an
                .entities_in(span.a, span.b)
                .any(|e| matches!(e.kind, EntityKind::Place(..))),
            SideAttr::Unattributed => false,
        }
    }

    /// The person this article named earlier with surname `word` (written `as_written`): a bare
    /// surname stands for them, whoever else the rules know by it.
    fn person_by_surname(&self, word: &str, as_written: &str) -> Option<Resolved> {
        let p = self.person_by_last.get(word).map(|&i| &self.doc_persons[i])?;
        let mut rules = p.rules.clone();
        // "Governor Vitalii Bunechko wrote ... Bunechko said at the time": a name the rules do
        // not know takes the side its title gave it when the person spoke
        let mut side = p.side;
        if side == SideAttr::Unattributed {
            if let Some(rec) = spoke_with_side(self.records.iter().rev(), &p.speaker.name) {
                side = rec.resolved.side;
                rules.extend(rec.resolved.rules.iter().cloned());
            }
        }
        rules.dedup();
        Some(Resolved {
            speaker: Speaker {
                kind: SpeakerKind::Person,
                ..p.speaker.clone()
            },
            side,
            rules,
            trace: Trace::line(|| format!("surname `{as_written}` of {}, named earlier", p.speaker.name)),
            span: None,
            cue: None,
        })
    }

    /// Turn a phrase resolution into a speaker, using the sentences before for what the phrase
    /// alone cannot tell.
    fn settle(&self, res: Res, si: usize, an: &Analysis, span: Span) -> Option<Resolved> {
        let rules = self.rules;
        let mk =
            |name: &str, source: Option<usize>, kind: SpeakerKind, side: SideAttr, rules: Vec<String>, why: Trace| {
                Resolved {
                    speaker: Speaker {
                        name: crate::intern::intern(name),
                        source,
                        kind,
                    },
                    side,
                    rules,
                    trace: why,
                    span: None,
                    cue: None,
                }
            };
        // "Federal Agency for Maritime and River Transport": a name after a capitalised word and a
        // preposition or "and" is part of a body's name, not a person
        let in_body_name = |e: &Entity| {
            e.a >= 2
                && (rules.language.np_prepositions.has(an.word(e.a - 1))
                    || rules.language.conjunctions.has(an.word(e.a - 1)))
                && an.toks.toks[e.a - 2].cap
                && an.toks.toks[e.a - 2].kind == TokKind::Word
        };
        let person_in_span = an
            .entities_in(span.a, span.b)
            .any(|e| is_person(e, rules) && !in_body_name(e));
        let kind_of = |person: bool| {
            if person {
                SpeakerKind::Person
            } else {
                SpeakerKind::Other
            }
        };
        // a speaker phrase that names someone, and nothing ties to a side ... unless it is an
        // official's title after a capital or country that opens the sentence ("In Warsaw,
        // government spokesman Piotr Müller said", "In Bratislava, the economy minister, Denisa
        // Saková, said"); without a title the place may be only where someone was
        let titled = (span.a..span.b).any(|k| rules.language.speaker_nouns.has(an.word(k)));
        let capital = titled
            .then(|| opening_place(an, rules, span.a))
            .flatten()
            .filter(|&p| rules.places.list[p].names_government())
            .and_then(|p| place_side(rules, p));
        let unsided = |name: &str| match &capital {
            Some((side, rule)) => mk(
                name,
                None,
                kind_of(person_in_span),
                SideAttr::Side(*side),
                vec![rule.clone()],
                Trace::line(|| format!("an official's title after the opening `{rule}`: its country's")),
            ),
            None => mk(
                name,
                None,
                kind_of(person_in_span),
                SideAttr::Unattributed,
                Vec::new(),
                Trace::line(|| "a speaker nothing ties to a side".into()),
            ),
        };
        match res {
            Res::Source { src, name, fuzzy } => {
                let s = &rules.sources.list[src];
                // "Kuleba said" after "Deputy Prime Minister Oleksii Kuleba": the Kuleba this
                // article named, not another Kuleba the rules know by surname
                if s.kind == SourceKind::Person && span.b == span.a + 1 {
                    if let Some(r) = self
                        .person_by_surname(an.word(span.a), an.word(span.a))
                        .filter(|r| r.speaker.source != Some(src))
                    {
                        return Some(r);
                    }
                }
                // "Andrey Marochko, ... a military expert, told TASS ... According to the expert":
                // a group's noun in the singular after an article is the person who spoke just
                // before, described by that noun
                let lang = &rules.language;
                let noun = an.word(span.b - 1);
                if s.kind == SourceKind::Group
                    && span.b == span.a + 2
                    && lang.definite_articles.has(an.word(span.a))
                    && lang.singular(noun) == noun
                {
                    let rec = self.records.last().filter(|r| {
                        r.sentence + 2 >= si
                            && r.resolved.speaker.kind == SpeakerKind::Person
                            && self.named_with(&r.resolved.speaker.name, |p| phrase_words(p).any(|w| w == noun))
                    });
                    if let Some(rec) = rec {
                        return Some(again(rec, |who| format!("`{name}` is {who}, described so when named")));
                    }
                }
                let side = match s.side {
                    SideRef::Fixed(x) => SideAttr::Side(x),
                    SideRef::FromPlace => SideAttr::FromPlace,
                };
                let why = Trace::line(|| match fuzzy {
                    Some(score) => format!(
                        "source `{}` (sources/{}) by spelling variant, similarity {score:.2}",
                        s.name, s.id
                    ),
                    None => format!("source `{}` (sources/{})", s.name, s.id),
                });
                Some(mk(
                    &name,
                    Some(src),
                    kind_of(s.kind == SourceKind::Person),
                    side,
                    vec![format!("sources/{}", s.id)],
                    why,
                ))
            }
            Res::Side { side, name, rule } => {
                if let Some(r) = self.titled_holder(si, an, span, side) {
                    return Some(r);
                }
                // "Kamyshin rejected the Russian account" after "Oleksandr Kamyshin": the person
                // the article named, not the town spelt the same
                // ("Shadura's family" after "Tymofiy Shadura": his, not the town of Shatura's)
                let possessive = span.b == span.a + 2 && an.toks.toks[span.a + 1].kind == TokKind::Possessive;
                if (span.b == span.a + 1 || possessive) && an.toks.toks[span.a].cap {
                    if let Some(r) = self.person_by_surname(an.word(span.a), an.word(span.a)) {
                        return Some(r);
                    }
                }
                Some(mk(
                    &name,
                    None,
                    kind_of(person_in_span),
                    SideAttr::Side(side),
                    vec![rule.clone()],
                    Trace::line(|| format!("affiliation `{rule}` gives side {}", rules.sides.list[side].id)),
                ))
            }
            Res::FromPlace { name, src } => {
                // "regional governor Ihor Moroz": the person the title goes with, by name
                let person = an
                    .entities
                    .iter()
                    .find(|e| matches!(e.kind, EntityKind::Name) && e.a > span.a && e.b == span.b);
                let (name, kind) = match person {
                    Some(e) => (
                        span_text(&self.doc.text, an, Span { a: e.a, b: e.b }).to_string(),
                        SpeakerKind::Person,
                    ),
                    None => (name, SpeakerKind::Other),
                };
                Some(mk(
                    &name,
                    None,
                    kind,
                    SideAttr::FromPlace,
                    vec![format!("sources/{}", rules.sources.list[src].id)],
                    Trace::line(|| "a class of speaker whose side is that of the place".into()),
                ))
            }
            Res::Ambiguous { name } => Some(mk(
                &name,
                None,
                SpeakerKind::Other,
                SideAttr::Unattributed,
                Vec::new(),
                Trace::line(|| "affiliations of two sides: no side".into()),
            )),
            Res::Named { name } => self
                .role_in_body_before(an, span, &name)
                .or_else(|| self.named_after_title(si, an, span, &name))
                .or_else(|| Some(unsided(&name))),
            Res::Remainder { name } => self.remainder_group(si, &name),
            Res::Pronoun { person } => {
                let word = an.word(span.a).to_string();
                // "Russian military bloggers circulated what they said were photographs": a plural
                // pronoun inside its clause is the group the sentence opens with, sided or not
                let inner_plural = !person
                    && !self.rules.language.singular_pronouns.has(&word)
                    && span.a > 0
                    && an.toks.toks[span.a - 1].kind == TokKind::Word;
                let same_sentence = self.same_sentence_antecedent(an, span.a, person);
                if inner_plural && same_sentence.is_none() {
                    if let Some(found) = self.subject_group(si) {
                        let mut r = found?;
                        r.trace = Trace::line(|| {
                            format!(
                                "pronoun `{word}` refers to {}, the group the sentence opens with",
                                r.speaker.name
                            )
                        });
                        return Some(r);
                    }
                }
                // "The agency said ... the operation, which it called \"Spider's Web\"": a
                // singular pronoun inside its clause is the body the sentence opens with, and
                // when that body is no speaker the rules know, neither is the pronoun (it is not
                // whoever spoke before)
                let inner_singular = !person
                    && self.rules.language.singular_pronouns.has(&word)
                    && span.a > 0
                    && an.toks.toks[span.a - 1].kind == TokKind::Word;
                if inner_singular && same_sentence.is_none() {
                    if let Some(subject) = self.definite_body_subject(si, span.a) {
                        return self.settle(resolve(&self.doc.text, an, subject, rules)?, si, an, subject);
                    }
                }
                let mut r = same_sentence.or_else(|| {
                    if person {
                        self.person_antecedent(si)
                    } else {
                        self.group_antecedent(si, self.rules.language.singular_pronouns.has(&word))
                    }
                })?;
                r.trace = Trace::line(|| format!("pronoun `{word}` refers to {}", r.speaker.name));
                r.rules.push(format!(
                    "language/{}",
                    if person { "person_pronouns" } else { "group_pronouns" }
                ));
                Some(r)
            }
            Res::Title {
                candidates,
                name,
                fallback,
            } => {
                // the most recently named candidate, or a person the rules do not know who was
                // named with the same title ("Poltava Governor Volodymyr Kohut")
                let title = an
                    .entities
                    .iter()
                    .rev()
                    .find(|t| matches!(t.kind, EntityKind::Title(_)) && t.a >= span.a && t.b <= span.b)
                    .map(|t| an.word(t.b - 1));
                // a place named in the sentence that the person does not speak for
                let named: Vec<usize> = an
                    .entities
                    .iter()
                    .filter_map(|e| match e.kind {
                        EntityKind::Place(i, _) => Some(i),
                        _ => None,
                    })
                    .collect();
                let places = &rules.places;
                let elsewhere = |p: Option<usize>| {
                    p.is_some_and(|p| !named.is_empty() && !named.iter().any(|&q| places.nested(q, p)))
                };
                for p in self.title_antecedents(si) {
                    let same_title = title.is_some() && p.title.as_deref() == title;
                    let holds = same_title || p.speaker.source.is_some_and(|s| candidates.contains(&s));
                    if holds && elsewhere(p.place) {
                        continue;
                    }
                    if holds {
                        return Some(self.named_person(
                            p,
                            Trace::line(|| {
                                format!("title `{name}` refers to {}, named shortly before", p.speaker.name)
                            }),
                        ));
                    }
                }
                match fallback {
                    Some(src) => Some(mk(
                        &name,
                        None,
                        SpeakerKind::Other,
                        SideAttr::FromPlace,
                        vec![format!("sources/{}", rules.sources.list[src].id)],
                        Trace::line(|| "a title nobody named shortly before holds: the officials of the place".into()),
                    )),
                    None => Some(mk(
                        &name,
                        None,
                        SpeakerKind::Person,
                        SideAttr::Unattributed,
                        Vec::new(),
                        Trace::line(|| "a title, but nobody with it was named shortly before".into()),
                    )),
                }
            }
            Res::Institution { name, words } => {
                // "Poland scrambled jets, its operational command said": the body of the clause's
                // subject, not of the speaker before
                if let Some(owner) = self.possessive_owner(si, an, span, false) {
                    return Some(owner);
                }
                // "Russian war bloggers offered a more cautious picture. Rybar ... said ... Another
                // prominent military blogger wrote": one more of a group of that noun that spoke
                // shortly before, on its side
                let lang = &rules.language;
                if lang.alternative_determiners.has(an.word(span.a)) {
                    let head = lang.singular(&head_word(&name, lang)).to_string();
                    let group = self.records.iter().rev().take(3).find(|rec| {
                        let theirs = head_word(&rec.resolved.speaker.name, lang);
                        rec.resolved.side != SideAttr::Unattributed && lang.singular(&theirs) == head
                    });
                    if let Some(rec) = group {
                        let why = format!("`{name}` is one more like {}, on its side", rec.resolved.speaker.name);
                        return Some(as_speaker_before(rec, &name, why));
                    }
                }
                // "Rostov governor Vasily Golubev said ... His office declined to say": the body of
                // the person spoken of before, with that person's side
                if rules.language.person_possessives.has(an.word(span.a)) {
                    if let Some(r) = self.belonging_to_person_before(si, &name) {
                        return Some(r);
                    }
                }
                let lang = &rules.language;
                // (a body, not a person: "the ministry" is not "the foreign minister")
                // ... by its name or by its description ("DeepState, a Ukrainian open-source
                // monitoring group, ... the group wrote")
                let described = |rec: &Record| {
                    rec.resolved
                        .span
                        .and_then(|(a, b)| self.doc.text.get(a..b))
                        .is_some_and(|phrase| {
                            let head = description_head(phrase, lang);
                            names_every_word(lang, phrase, &words)
                                && words.iter().any(|w| lang.singular(w) == lang.singular(&head))
                        })
                };
                let refers_back = |rec: &Record| {
                    (rec.resolved.speaker.kind != SpeakerKind::Person
                        && (names_all(lang, &rec.resolved.speaker.name, &words) || described(rec))
                        && rec.resolved.side != SideAttr::Unattributed)
                        .then(|| again(rec, |who| format!("`{name}` refers back to {who}")))
                };
                // "In Ukraine, the air force said": the clause opens with the country
                // ... but a town or region only says where it happened when the body is an armed
                // force, which speaks of where it struck ("In Chornomorske, the staff said, the
                // strike destroyed a radar")
                let opening = opening_place(an, rules, span.a);
                let town = opening.is_some_and(|p| !rules.places.list[p].names_government());
                let armed = words.iter().any(|w| lang.armed_forces_nouns.has(w));
                let opened = opening
                    .filter(|_| !(town && armed))
                    .and_then(|p| place_side(rules, p))
                    .map(|found| (found, "the clause opens in a place"));
                // "Russia's Defense Ministry claimed ... In Cherkasy, the ministry said, the strike
                // targeted ...": a town or region opening the clause is where it happened, not whose
                // body speaks, when a body of that name spoke in the sentence before (a country or
                // capital still names the government: "In Ukraine, the air force said")
                if town {
                    if let Some(r) = self
                        .records
                        .last()
                        .filter(|rec| rec.sentence + 1 == si)
                        .and_then(refers_back)
                    {
                        return Some(r);
                    }
                }
                // "... the UK Ministry of Defence said ... Moscow was highly likely to ..., the
                // ministry added": after the words it frames, the body that spoke just before,
                // not the capital its words are about
                // (also past a cue before it: "..., according to the Air Force", "..., said the
                // ministry")
                let phrase_start = an.cues.iter().find(|c| c.b == span.a).map_or(span.a, |c| c.a);
                let after_its_words = phrase_start > 0 && phrase::is_comma(an, phrase_start - 1);
                if opened.is_none() && after_its_words {
                    let sent_para = self.seg.sentences[si].para;
                    if let Some(r) = self
                        .records
                        .last()
                        .filter(|rec| rec.para == sent_para || rec.sentence + 1 == si)
                        .and_then(refers_back)
                    {
                        return Some(r);
                    }
                }
                // After the words it frames, the side of the capital or country those words are
                // about ("Russia launched 85 drones at Ukraine, the Air Force said"): no body of
                // that side speaks of it in the third person, so neither the subject nor a
                // speaker before of that side lends it
                let framed_about = after_its_words
                    .then(|| subject_capital_side(an, rules, span.a))
                    .flatten()
                    .map(|(side, _)| side);
                // ... or opens with a capital or country as its subject ("Moscow last gave a
                // figure on 2 March, when the defence ministry said"), when the body does not
                // come after the words it frames
                let opened = opened.or_else(|| {
                    (!after_its_words)
                        .then(|| subject_capital_side(an, rules, span.a))
                        .flatten()
                        .map(|found| (found, "the sentence's subject is a capital or country"))
                });
                // the body, of a side the context gives, for the reason `why`
                let of_side = |side: usize, rule: String, why: String| {
                    mk(
                        &name,
                        None,
                        SpeakerKind::Other,
                        SideAttr::Side(side),
                        vec![rule],
                        Trace::line(|| why),
                    )
                };
                if let Some(((side, rule), why)) = opened {
                    let why = format!("`{name}` has no country; {why} of side {}", rules.sides.list[side].id);
                    return Some(of_side(side, rule, why));
                }
                // "Foreign Ministry spokesperson Heorhii Tykhyi said ... The ministry urged": a
                // body named in the title of a later person is the one meant, not an older
                // speaker of that name (the Russian Defence Ministry three paragraphs up)
                let recent = || self.records.iter().rev().take(RECENT_RECORDS);
                // "Estonia's defence ministry said ... \"...,\" a ministry spokesperson said": the
                // voice of the body named by the other words, when that body spoke more recently
                // than anyone whose description names it
                let body_words: Vec<String> = words.iter().filter(|w| !lang.body_voices.has(w)).cloned().collect();
                let voiced = !body_words.is_empty() && body_words.len() < words.len();
                // "Hungary's foreign minister, Péter Szijjártó, said ... The ministry said": the body
                // the person who spoke just before heads, by their title, on their side
                // (by any phrase that named them: "he wrote" after it names no title)
                let heads = |p: &str| {
                    phrase_words(p).any(|w| {
                        lang.title_offices
                            .get(&w)
                            .is_some_and(|office| words.len() == 1 && lang.singular(&words[0]) == *office)
                    })
                };
                let headed_by_last = self.records.last().filter(|rec| {
                    rec.resolved.speaker.kind == SpeakerKind::Person
                        && rec.resolved.side != SideAttr::Unattributed
                        && rec.sentence + 2 >= si
                        && self.named_with(&rec.resolved.speaker.name, heads)
                });
                if let Some(rec) = headed_by_last {
                    let why = format!(
                        "`{name}` is the body {} heads, who spoke just before",
                        rec.resolved.speaker.name
                    );
                    return Some(as_speaker_before(rec, &name, why));
                }
                // "the Estonian Defence Forces said ... The military said": an armed force named by
                // its noun alone, right after another armed force spoke in the same paragraph, is
                // that one, not one of that noun further back ("Ukraine's military")
                let armed_just_before = self.records.last().filter(|rec| {
                    armed
                        && words.len() == 1
                        && rec.sentence + 1 == si
                        && rec.para == self.seg.sentences[si].para
                        && !self.contested(rec.sentence)
                        && rec.resolved.speaker.kind != SpeakerKind::Person
                        && rec.resolved.side != SideAttr::Unattributed
                        && self.armed_force(rec)
                });
                if let Some(rec) = armed_just_before {
                    return Some(again(rec, |who| {
                        format!("`{name}` is the armed force that spoke just before, {who}")
                    }));
                }
                // "... tents set up by the State Emergency Service and the Red Cross, according to
                // the service": a body the sentence itself named before, by that noun (only one)
                if let Some(src) = named_earlier_in_sentence(an, rules, span.a, &words) {
                    let source = &rules.sources.list[src];
                    if let SideRef::Fixed(side) = source.side {
                        return Some(mk(
                            &source.name,
                            Some(src),
                            SpeakerKind::Other,
                            SideAttr::Side(side),
                            vec![format!("sources/{}", source.id)],
                            Trace::line(|| format!("`{name}` is {}, named earlier in the sentence", source.name)),
                        ));
                    }
                }
                // "It is not the first time Moscow has presented a setback as a deliberate choice.
                // In late March, the defence ministry announced": in a new paragraph, the body of
                // the government the sentence before shows acting, not a foreign body of that name
                // heard paragraphs before (Britain's, with its intelligence update)
                let sent_para = self.seg.sentences[si].para;
                let acting = si
                    .checked_sub(1)
                    .filter(|&k| self.seg.sentences[k].para == sent_para)
                    .and_then(|k| acting_government(&self.analyses[k], rules));
                if let Some((side, rule)) = acting {
                    let older = recent()
                        .find_map(|rec| refers_back(rec).map(|r| (rec.para, r)))
                        .filter(|(para, r)| {
                            // ... a foreign body (third party) only: "the General Staff" after
                            // "Russia has so far managed" is still Ukraine's, named paragraphs up
                            let foreign = rules.sides.default_side().is_some_and(|d| r.side == SideAttr::Side(d));
                            *para != sent_para && foreign && r.side != SideAttr::Side(side)
                        });
                    if let Some((_, r)) = older {
                        let why = format!(
                            "`{name}` is the body of the government acting in the sentence before, not {} from an earlier paragraph",
                            r.speaker.name
                        );
                        return Some(of_side(side, rule, why));
                    }
                }
                for (k, rec) in recent().enumerate() {
                    if let Some(r) = refers_back(rec) {
                        return Some(r);
                    }
                    // "The Energy Ministry said ... The ministry added", with no country known for
                    // the Energy Ministry: the nearest body of that name is meant, not a ministry
                    // of known side further back (a name no more precise than the noun, "the
                    // country's Defense Ministry" for "the Defense Ministry", tells no other body)
                    let unknown_namesake = rec.resolved.speaker.kind != SpeakerKind::Person
                        && rec.resolved.side == SideAttr::Unattributed
                        && names_all(lang, &rec.resolved.speaker.name, &words)
                        && names_more(lang, &rec.resolved.speaker.name, &words);
                    if unknown_namesake {
                        let who = rec.resolved.speaker.name.clone();
                        return Some(mk(
                            &name,
                            None,
                            SpeakerKind::Other,
                            SideAttr::Unattributed,
                            Vec::new(),
                            Trace::line(|| format!("`{name}` refers back to {who}, whose side is unknown")),
                        ));
                    }
                    let voice_of = voiced
                        && rec.resolved.speaker.kind != SpeakerKind::Person
                        && rec.resolved.side != SideAttr::Unattributed
                        && names_all(lang, &rec.resolved.speaker.name, &body_words);
                    if voice_of {
                        let why = format!("`{name}` speaks for {}, which spoke before", rec.resolved.speaker.name);
                        return Some(as_speaker_before(rec, &name, why));
                    }
                    let in_phrase = rec.resolved.speaker.kind == SpeakerKind::Person
                        && rec
                            .resolved
                            .span
                            .and_then(|(a, b)| self.doc.text.get(a..b))
                            .is_some_and(|phrase| names_every_word(lang, phrase, &words))
                        && !names_all(lang, &rec.resolved.speaker.name, &words);
                    if in_phrase {
                        // ... by its own name when it spoke itself before, on the same side
                        // ("Russia's Defence Ministry said ... ministry spokesman Igor Konashenkov")
                        let named = recent()
                            .skip(k + 1)
                            .filter_map(refers_back)
                            .find(|r| r.side == rec.resolved.side);
                        if named.is_some() {
                            return named;
                        }
                        // ... or by the name the rules know it by ("Russian Defense Ministry
                        // spokesman Igor Konashenkov")
                        let why = format!("`{name}` is the body named with {}", rec.resolved.speaker.name);
                        if let Some(src) = self.known_body_in_phrase(rec, &words) {
                            let source = &rules.sources.list[src];
                            let side = match source.side {
                                SideRef::Fixed(x) => SideAttr::Side(x),
                                SideRef::FromPlace => rec.resolved.side,
                            };
                            return Some(mk(
                                &source.name,
                                Some(src),
                                SpeakerKind::Other,
                                side,
                                vec![format!("sources/{}", source.id)],
                                Trace::line(|| why),
                            ));
                        }
                        return Some(mk(
                            &name,
                            None,
                            SpeakerKind::Other,
                            rec.resolved.side,
                            rec.resolved.rules.clone(),
                            Trace::line(|| why),
                        ));
                    }
                }
                // "Russian state news agency RIA Novosti went further. ... the agency claimed": an
                // outlet's noun is the outlet that spoke recently described with it, when no body
                // of that name did ("The BBC has not been able to verify ... The agency said" after
                // the SBU is not the BBC)
                if words.iter().any(|w| lang.media_nouns.has(w)) {
                    let outlet = recent().find(|rec| {
                        let phrase = rec.resolved.span.and_then(|(a, b)| self.doc.text.get(a..b));
                        is_outlet(&rec.resolved, rules)
                            && rec.resolved.side != SideAttr::Unattributed
                            && phrase.is_some_and(|p| names_every_word(lang, p, &words))
                    });
                    if let Some(rec) = outlet {
                        return Some(again(rec, |who| {
                            format!("`{name}` is the outlet {who}, which spoke before")
                        }));
                    }
                    if let Some(r) = self.outlet_about_before(si, &name, &words) {
                        return Some(r);
                    }
                }
                // "Ukraine's Special Operations Forces said ... The Special Operations Forces later
                // said", many statements on: a body's name of two words or more is still the body
                // named so, however far back ("the ministry" only among recent ones)
                if words.len() >= 2 {
                    if let Some(r) = self.records.iter().rev().skip(RECENT_RECORDS).find_map(refers_back) {
                        return Some(r);
                    }
                }
                // "Russia's Defence Ministry gave a different account. Its spokesman ... said ...
                // "...," the ministry said": a body a recent sentence is about, by its name
                for k in (si.saturating_sub(BODY_LOOKBACK)..si).rev() {
                    if let Some(mut r) = self.subject_body(k) {
                        if names_all(lang, &r.speaker.name, &words) && matches!(r.side, SideAttr::Side(_)) {
                            r.trace = Trace::line(|| {
                                format!("`{name}` refers back to {}, named shortly before", r.speaker.name)
                            });
                            return Some(r);
                        }
                    }
                }
                // "The vehicle, used by the International Atomic Energy Agency, was hit ... the
                // agency said": the one body the rules know that the sentence before names with
                // every word, wherever it stands in that sentence
                if let Some(r) = si.checked_sub(1).and_then(|k| self.only_body_named_in(k, &words)) {
                    return Some(r);
                }
                // "The Caspian Pipeline Consortium (CPC) said ..." and, many statements on, "...
                // according to Ukraine's Security Service, while the consortium said": a company's
                // one-word noun, or a noun the rules say a body is called by ("the agency" after
                // the SBU), is the article's only known source so called, however far back, before
                // a body or speaker just before can lend it a side
                if let Some(r) = self.only_body_called(si, &words) {
                    return Some(r);
                }
                // "Ukraine's military offered a different account. In a statement, the General
                // Staff said": the body the sentence before is about, when nobody spoke in it
                if !self.spoke_just_before(si) {
                    if let Some(mut r) = si.checked_sub(1).and_then(|k| self.subject_body(k)) {
                        // an outlet is no body of a country ("ties to the Russian Air Force"
                        // after "The Times geolocated one of the videos")
                        let outlet = is_outlet(&r, rules);
                        if let (SideAttr::Side(s), false) = (r.side, outlet) {
                            r.trace = Trace::line(|| {
                                format!(
                                    "`{name}` has no country; the body the sentence before is about ({}) gives it",
                                    r.speaker.name
                                )
                            });
                            return Some(mk(&name, None, SpeakerKind::Other, SideAttr::Side(s), r.rules, r.trace));
                        }
                    }
                }
                // "Ukraine's military said ..., while the Russian-installed head said ... \"...,\"
                // the General Staff said": when both warring sides spoke in the sentence before,
                // an armed force is the one of them that is an armed force too, and no other
                // guess is made for it
                let latest = self.records.last().and_then(|last| {
                    if !armed || !self.contested(last.sentence) {
                        return Some(last);
                    }
                    self.records_of(last.sentence).find(|o| self.armed_force(o))
                });
                if let Some(rec) = latest {
                    // (a quotation that opens in the sentence before and is attributed in this one
                    // is said where it opens: "\"The strike found its target. Secondary detonations
                    // were recorded,\" the General Staff said" right after the lead)
                    let from = if self.quote_continues_into(si) { si - 1 } else { si };
                    let sent_para = self.seg.sentences[from].para;
                    let near = rec.para == sent_para || rec.sentence + 1 == from;
                    // an outlet checking the claims ("Reuters could not verify") lends no side
                    // to the body named after it
                    let outlet = is_outlet(&rec.resolved, rules);
                    // "the governor added ... By late morning the regional government said": a
                    // regional body after a person speaks for the region that person does
                    let regional = words.iter().any(|w| lang.regional_titles.has(w))
                        && rec
                            .resolved
                            .speaker
                            .source
                            .and_then(|src| rules.sources.list[src].place)
                            .is_some();
                    // "Russia's Defense Ministry ... It did not refer to any casualties. \"This was
                    // a parcel warehouse,\" the company's chief executive said": a company's people
                    // do not speak for a government or army that spoke before
                    let company = words.iter().any(|w| lang.company_nouns.has(w));
                    // ... nor does a formation ("The unit then said" after Russia's defence
                    // ministry answered Ukraine's special forces)
                    let formation = words.iter().any(|w| lang.unit_nouns.has(w));
                    // ... nor does a unit named by its number: "the 11th Army Corps" after
                    // Russia's Defence Ministry may be either army's, and often answers it
                    let unit = resolve::numbered_unit(an, lang, span);
                    let state_body = rec
                        .resolved
                        .speaker
                        .name
                        .to_lowercase()
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| lang.government_nouns.has(w));
                    if near
                        && (rec.resolved.speaker.kind == SpeakerKind::Other || regional)
                        && !outlet
                        && !((company || formation) && state_body)
                        && !unit
                    {
                        // ... and neither do unnamed analysts or experts: "the Defense Ministry"
                        // after open-source analysts is still a warring side's ("the agency" after
                        // the IAEA, a body the rules know, is the IAEA)
                        let known_body = rec
                            .resolved
                            .speaker
                            .source
                            .is_some_and(|src| rules.sources.list[src].kind == SourceKind::Body);
                        // ... but an armed force of a country outside the war is that country's
                        // army later too ("the Estonian Defence Forces said ... the military said")
                        let same_kind_force = armed && self.armed_force(rec);
                        // ... but an armed force is no think tank's ("the country's air force said"
                        // after the ISW's analysts spoke)
                        let known_body = known_body && (!armed || same_kind_force);
                        if let Some(s) = match rec.resolved.side {
                            SideAttr::Side(s) if Some(s) == framed_about => None,
                            SideAttr::Side(s)
                                if known_body || same_kind_force || Some(s) != rules.sides.default_side() =>
                            {
                                Some(s)
                            }
                            _ => None,
                        } {
                            return Some(mk(
                                &name,
                                None,
                                SpeakerKind::Other,
                                SideAttr::Side(s),
                                rec.resolved.rules.clone(),
                                Trace::line(|| {
                                    format!(
                                        "`{name}` has no country; the speaker just before ({}) gives it",
                                        rec.resolved.speaker.name
                                    )
                                }),
                            ));
                        }
                    }
                }
                if let Some((side, outlet)) = self.own_outlet_side().filter(|_| armed) {
                    return Some(mk(
                        &name,
                        None,
                        SpeakerKind::Other,
                        SideAttr::Side(side),
                        vec![format!("sources/{}", outlet.id)],
                        Trace::line(|| {
                            format!(
                                "`{name}` has no country, and no speaker before gives one: the country of the article's outlet, {}",
                                outlet.name
                            )
                        }),
                    ));
                }
                Some(mk(
                    &name,
                    None,
                    SpeakerKind::Other,
                    SideAttr::Unattributed,
                    Vec::new(),
                    Trace::line(|| "a body without a country, and no speaker before gives one".into()),
                ))
            }
            Res::Surname { name, word } => {
                if let Some(r) = self.given_names.get(&word) {
                    let mut r = r.clone();
                    r.trace = Trace::line(|| format!("`{name}` is what {} was said to go by", r.speaker.name));
                    r.speaker.name = crate::intern::intern(&name);
                    r.speaker.kind = SpeakerKind::Person;
                    return Some(r);
                }
                if let Some(r) = self.acronyms.get(&word) {
                    let mut r = r.clone();
                    r.trace =
                        Trace::line(|| format!("`{name}` was introduced in parentheses after {}", r.speaker.name));
                    return Some(r);
                }
                if let Some(r) = self.person_by_surname(&word, &name) {
                    return Some(r);
                }
                Some(mk(
                    &name,
                    None,
                    SpeakerKind::Person,
                    SideAttr::Unattributed,
                    Vec::new(),
                    Trace::line(|| "a name the rules do not know".into()),
                ))
            }
            Res::Definite { name, words, noun } => {
                // "Guterres condemns the strikes, his spokesperson said": the subject's spokesperson
                // (a known source only: "Russian missiles struck Odesa, its spokesman said" has none)
                if let Some(owner) = self.possessive_owner(si, an, span, true) {
                    return Some(owner);
                }
                // "Sergei Aksyonov ... said ... His adviser, Oleg Kryuchkov, said": with no subject
                // before it in the sentence, the adviser of the person spoken of before, with that
                // person's side (a name set off after it names the speaker)
                let lang = &rules.language;
                let no_subject_before = phrase::clause_subject(an, lang, 0, span.a)
                    .filter(|s| s.b <= span.a)
                    .is_none();
                let person_noun = words
                    .iter()
                    .any(|w| lang.speaker_nouns.has(w) && !lang.speech_nouns.has(w));
                if lang.person_possessives.has(an.word(span.a)) && no_subject_before && person_noun {
                    if let Some(r) = self.belonging_to_person_before(si, &name) {
                        return Some(r);
                    }
                }
                // "a spokesman" brings someone in; only "the spokesman" refers back
                let first = name.split_whitespace().next().unwrap_or("").to_lowercase();
                let indefinite = lang.is_indefinite_article(&first);
                // "The statement said": the statement of the speaker just before ("it published a
                // report accusing ...": a new report, not the one before)
                if !lang.indefinite_articles.has(&first) && words.iter().any(|w| lang.speech_nouns.has(w)) {
                    if let Some(rec) = self.records.last().filter(|r| r.sentence + 2 >= si) {
                        return Some(again(rec, |who| format!("`{name}` is what {who} said just before")));
                    }
                }
                let partitive = lang.partitives.has(&first);
                for rec in self.records.iter().rev().take(3).filter(|_| !indefinite) {
                    let head = head_word(&rec.resolved.speaker.name, &rules.language);
                    // "An official with Ukraine's Security Service told AP ... the official said":
                    // the person of the phrase, though the body it names gives the side; "a
                    // spokesman for the Tavria group, Dmytro Lykhovyi, ... the spokesman said": the
                    // named person, when every word of the title is in the phrase ("the interior
                    // minister" is not "Ukraine's prime minister, Denys Shmyhal")
                    let phrase = rec.resolved.span.and_then(|(a, b)| self.doc.text.get(a..b));
                    let whole_title = |p: &str| {
                        rec.resolved.speaker.kind != SpeakerKind::Person || has_every_word(lang, p, &words, |_| false)
                    };
                    let phrase_head = phrase
                        .filter(|p| whole_title(p))
                        .map(|p| head_word(p, &rules.language))
                        .filter(|h| *h != head && lang.speaker_nouns.has(h));
                    // "the official" after "two Ukrainian officials": one of them; "One official"
                    // only after a group, and "One popular channel wrote" after Russian military
                    // bloggers is one of the group's outlets
                    let same_noun = |w: &String| {
                        lang.singular(w) == lang.singular(&head)
                            || phrase_head
                                .as_ref()
                                .is_some_and(|h| lang.singular(w) == lang.singular(h))
                            || (partitive && lang.media_nouns.has(w) && lang.media_nouns.has(&head))
                    };
                    let group = !partitive || lang.singular(&head) != head;
                    // "Baza reported ... According to the channel": an outlet's noun is the
                    // outlet named just before, whatever its name
                    // ("another outlet" is a new one)
                    // (not "The program's website": what a possessive owns is the owner's)
                    let outlet_again = lang.definite_articles.has(&first)
                        && !(span.a..span.b).any(|k| an.toks.toks[k].kind == TokKind::Possessive)
                        && words.iter().any(|w| lang.media_nouns.has(w))
                        && is_outlet(&rec.resolved, rules);
                    if outlet_again || (!head.is_empty() && group && words.iter().any(same_noun)) {
                        // "Rybar, a popular pro-Kremlin channel, wrote ... Another channel
                        // posted": one more of the same kind, on the same side, not the same one
                        if lang.alternative_determiners.has(&first) {
                            let why = format!("`{name}` is one more like {}, on its side", rec.resolved.speaker.name);
                            return Some(as_speaker_before(rec, &name, why));
                        }
                        return Some(again(rec, |who| format!("`{name}` refers back to {who}")));
                    }
                }
                // "The UN human rights office said it was appalled. \"...,\" a spokesperson
                // said": the voice of the body that spoke just before (not of an outlet)
                let voice = indefinite && words.len() == 1 && lang.body_voices.has(&words[0]);
                if let Some(rec) = self.records.last().filter(|r| voice && r.sentence + 1 >= si) {
                    let body = rec.resolved.speaker.kind == SpeakerKind::Other && !is_outlet(&rec.resolved, rules);
                    if body && rec.resolved.side != SideAttr::Unattributed {
                        let why = format!(
                            "`{name}` speaks for {}, which spoke just before",
                            rec.resolved.speaker.name
                        );
                        return Some(as_speaker_before(rec, &name, why));
                    }
                }
                // "a source in Ukraine's security and defense forces told ... The source
                // claimed": the one the sentence before brought in with that noun, whatever its
                // phrase was cut to
                if let Some(rec) = self.records.last().filter(|r| r.sentence + 1 == si) {
                    let prev = &self.analyses[rec.sentence];
                    let noun_at = |k: usize| {
                        words
                            .iter()
                            .any(|w| lang.speaker_nouns.has(w) && lang.singular(w) == lang.singular(prev.word(k)))
                    };
                    let brought_in =
                        (1..prev.toks.len()).any(|k| lang.is_indefinite_article(prev.word(k - 1)) && noun_at(k));
                    if brought_in && rec.resolved.side != SideAttr::Unattributed {
                        let why = format!("`{name}` is the one the sentence before brought in");
                        return Some(as_speaker_before(rec, &name, why));
                    }
                    // "Foreign Minister Andrii Sybiha said ... The minister said", "The transport
                    // minister, Abdulkadir Uraloglu, said ... The minister added": the person who
                    // spoke just before under that title, written before their name
                    // ("the interior minister" is not the prime minister named before)
                    let whole_title = |k: usize| {
                        words
                            .iter()
                            .all(|w| (k.saturating_sub(3)..=k).any(|j| lang.singular(w) == lang.singular(prev.word(j))))
                    };
                    let titled = rec.resolved.speaker.kind == SpeakerKind::Person
                        && (0..prev.toks.len()).any(|k| {
                            noun_at(k)
                                && whole_title(k)
                                && prev.entities.iter().any(|e| {
                                    is_person(e, rules)
                                        && (e.a == k + 1 || (e.a == k + 2 && phrase::is_comma(prev, k + 1)))
                                })
                        });
                    // ... or under that title when first named ("Air Force spokesperson Yurii
                    // Ihnat said ... Ihnat said. According to the spokesperson, ...")
                    let titled_when_named = rec.resolved.speaker.kind == SpeakerKind::Person
                        && words.iter().all(|w| lang.speaker_nouns.has(w))
                        && self.named_with(&rec.resolved.speaker.name, |p| names_every_word(lang, p, &words));
                    if (titled || titled_when_named) && rec.resolved.side != SideAttr::Unattributed {
                        return Some(again(rec, |who| {
                            format!("`{name}` is {who}, who spoke just before with that title")
                        }));
                    }
                    // "..., according to Taburets. ..., the official added", "A source in
                    // Ukraine's SBU told Reuters ... \"...,\" the official said": a noun any
                    // speaker goes by is the one person who spoke just before
                    let generic =
                        !indefinite && !partitive && words.len() == 1 && lang.generic_speaker_nouns.has(&words[0]);
                    let their_head = head_word(&rec.resolved.speaker.name, lang);
                    let one_person = rec.resolved.speaker.kind == SpeakerKind::Person
                        || (lang.generic_speaker_nouns.has(&their_head) && lang.singular(&their_head) == their_head);
                    if generic && one_person && rec.resolved.side != SideAttr::Unattributed {
                        let why = format!("`{name}` is the one who spoke just before");
                        return Some(as_speaker_before(rec, &name, why));
                    }
                }
                // "A source in Ukraine's Security Service gave a very different account.
                // According to the source, ...": brought in as the subject of the sentence
                // before, without speaking in it
                if noun && !indefinite && !self.spoke_just_before(si) {
                    if let Some(r) = si.checked_sub(1).and_then(|k| self.subject_brought_in(k, &words)) {
                        return Some(r);
                    }
                }
                // "Source: Ukrainska Pravda source in the SSU ... Details: The source said": the
                // one the last "Source:" line named, by a noun of its phrase
                if let Some(label) = self.label_source.as_ref().filter(|_| noun && !indefinite && !partitive) {
                    let label_words: Vec<String> = label
                        .speaker
                        .name
                        .split(|c: char| !c.is_alphanumeric())
                        .map(|w| lang.singular(&w.to_lowercase()).to_string())
                        .collect();
                    if words
                        .iter()
                        .any(|w| lang.speaker_nouns.has(w) && label_words.iter().any(|l| *l == lang.singular(w)))
                    {
                        let mut r = label.clone();
                        r.trace = Trace::line(|| {
                            format!("`{name}` is the one the \"Source:\" line named, {}", label.speaker.name)
                        });
                        return Some(r);
                    }
                }
                // "The Telegram channel Shot ... filled in some of the gaps. ... the channel
                // wrote": an outlet's noun is the outlet a recent sentence is about
                // ("another channel" is a new one; "the program's website" the owner's)
                let definite = lang.definite_articles.has(&first)
                    && !(span.a..span.b).any(|k| an.toks.toks[k].kind == TokKind::Possessive);
                if noun && definite && words.iter().any(|w| lang.media_nouns.has(w)) {
                    if let Some(r) = self.outlet_about_before(si, &name, &words) {
                        return Some(r);
                    }
                }
                noun.then(|| unsided(&name))
            }
        }
    }

    /// A pronoun whose referent is named earlier in its own sentence, outside quotation marks:
    /// "Lt Gen Mykola Oleshchuk thanked his pilots for what he called a successful operation",
    /// "Russia releases video it says shows ...".
    fn same_sentence_antecedent(&self, an: &Analysis, pronoun: usize, person: bool) -> Option<Resolved> {
        let rules = self.rules;
        // only a pronoun inside its clause ("video it says", "what he called"); one that opens a
        // reporting clause (", they say", "” he said") refers to the speaker before
        if pronoun == 0 || an.toks.toks[pronoun - 1].kind != TokKind::Word {
            return None;
        }
        // "KYIV, Ukraine (AP) — ... explosions so powerful they registered": a dateline in
        // capitals opening the sentence names where the report was filed, no one in it
        let dateline_end = dateline_end(an, &self.doc.text);
        let dateline = |e: &&Entity| e.b <= dateline_end;
        let e = an
            .entities
            .iter()
            .filter(|e| e.b <= pronoun && !an.masked[e.a] && !dateline(e))
            .find(|e| {
                if person {
                    is_person(e, rules)
                } else {
                    match e.kind {
                        EntityKind::Source(s, _) => {
                            rules.sources.list[s].kind != SourceKind::Person
                                && rules.sources.list[s].side != SideRef::FromPlace
                        }
                        // a country as the subject ("Russia denied it had ..."), not as where
                        // ("samples taken near the front line in Ukraine ..., but it did not say")
                        EntityKind::Place(p, _) => {
                            rules.places.list[p].names_government()
                                && rules.places.side_of(p).is_some()
                                && !(e.a > 0 && rules.language.locatives.has(an.word(e.a - 1)))
                        }
                        _ => false,
                    }
                }
            });
        // "Arestovych apologised for what he called ...": a person named earlier, here by surname
        // alone, before any other person of the sentence
        if person {
            let before = e.map_or(pronoun, |e| e.a);
            let surname = (0..before)
                .filter(|&k| !an.masked[k] && an.toks.toks[k].kind == TokKind::Word && an.toks.toks[k].cap)
                .find_map(|k| self.person_by_surname(an.word(k), an.word(k)));
            if surname.is_some() {
                return surname;
            }
        }
        let e = e?;
        let res = resolve(&self.doc.text, an, Span { a: e.a, b: e.b }, rules)?;
        let mut r = self.settle(res, 0, an, Span { a: e.a, b: e.b })?;
        if let EntityKind::Name = e.kind {
            let (side, fired) = name_side(an, rules, e.a);
            r.side = side;
            r.rules = fired;
        }
        Some(r)
    }

    /// A person named earlier in the article as the speaker a later title refers to, with the
    /// source rule that knows them.
    fn named_person(&self, p: &PersonRef, why: Trace) -> Resolved {
        let mut rules = p.rules.clone();
        if let Some(src) = p.speaker.source {
            rules.push(format!("sources/{}", self.rules.sources.list[src].id));
        }
        rules.dedup();
        Resolved {
            speaker: Speaker {
                kind: SpeakerKind::Person,
                ..p.speaker.clone()
            },
            side: p.side,
            rules,
            trace: why,
            span: None,
            cue: None,
        }
    }

    /// "Volodymyr Zelenskyy said ... \"...,\" the Ukrainian president wrote": a definite title
    /// with a side and no name is the person of that side named shortly before who holds it
    /// (by the title written before their name, or as the source the title belongs to); so is a
    /// title a country owns ("Ukraine's president said").
    fn titled_holder(&self, si: usize, an: &Analysis, span: Span, side: usize) -> Option<Resolved> {
        let lang = &self.rules.language;
        // ... or a title owned by a country: "Ukraine's president said" after "Volodymyr
        // Zelensky"
        let country_first = an.entities.iter().any(|c| {
            c.a == span.a
                && matches!(c.kind, EntityKind::Place(p, _) if self.rules.places.list[p].kind == PlaceKind::Country)
        });
        let country_owned = |e: &Entity| {
            let owned = an.toks.toks[span.a + 1..e.b]
                .iter()
                .any(|t| t.kind == TokKind::Possessive);
            e.a == span.a && owned && country_first
        };
        if span.b <= span.a + 1 {
            return None;
        }
        let definite = lang.definite_articles.has(an.word(span.a));
        let title = an.entities.iter().find(|e| {
            matches!(e.kind, EntityKind::Title(_)) && e.b == span.b && ((definite && e.a > span.a) || country_owned(e))
        });
        if !definite && title.is_none() {
            return None;
        }
        let head = an.word(span.b - 1);
        if title.is_none() && !lang.speaker_nouns.has(head) {
            return None;
        }
        // "The Ukrainian official, Andriy Yusov, said": the name set off after it is who it is
        let named_after = span.b + 1 < an.toks.len()
            && is_comma(an, span.b)
            && an
                .entities
                .iter()
                .any(|e| e.a == span.b + 1 && matches!(e.kind, EntityKind::Name | EntityKind::Source(..)));
        if named_after {
            return None;
        }
        let title_src = title.and_then(|e| match e.kind {
            EntityKind::Title(src) => Some(src),
            _ => None,
        });
        // "The Murmansk regional governor" is not the Irkutsk governor named before
        let places = &self.rules.places;
        let named: Vec<usize> = an
            .entities
            .iter()
            .filter(|e| e.a >= span.a && e.b <= span.b)
            .filter_map(|e| match e.kind {
                EntityKind::Place(i, _) if places.list[i].kind != PlaceKind::Country => Some(i),
                _ => None,
            })
            .collect();
        let same_place =
            |p: Option<usize>| named.is_empty() || p.is_some_and(|p| named.iter().any(|&q| places.nested(q, p)));
        for p in self.title_antecedents(si) {
            let holds = p.title.as_deref().is_some_and(|t| t.eq_ignore_ascii_case(head))
                || (title_src.is_some() && p.speaker.source == title_src);
            if holds && p.side == SideAttr::Side(side) && same_place(p.place) {
                return Some(self.named_person(
                    p,
                    Trace::line(|| {
                        format!(
                            "`{}` is {}, named shortly before",
                            span_text(&self.doc.text, an, span),
                            p.speaker.name
                        )
                    }),
                ));
            }
        }
        None
    }

    /// The people named up to sentence `si`, latest first, whom a title there ("the governor")
    /// may refer back to: anyone named in the last six sentences, and further back only a person
    /// of a place the sentence (or the one before it, when it names none) names, whose officials
    /// are that person's side, since the paragraphs between may have moved on to another region.
    fn title_antecedents(&self, si: usize) -> Vec<&PersonRef> {
        let places = &self.rules.places;
        let named_in = |k: usize| -> Vec<usize> {
            self.analyses[k]
                .entities
                .iter()
                .filter_map(|e| match e.kind {
                    EntityKind::Place(i, _) if places.list[i].kind != PlaceKind::Country => Some(i),
                    _ => None,
                })
                .collect()
        };
        let around = match (named_in(si), si.checked_sub(1)) {
            (here, Some(prev)) if here.is_empty() => named_in(prev),
            (here, _) => here,
        };
        // ... whose officials are the person's side: Kherson's Ukrainian governor, not the
        // Moscow-installed one of the same region named in between
        let still_about = |p: &PersonRef| {
            p.place.is_some_and(|home| {
                around
                    .iter()
                    .any(|&q| places.nested(q, home) && places.side_of(q).is_some_and(|x| p.side == SideAttr::Side(x)))
            })
        };
        (0..=si.min(self.persons.len().saturating_sub(1)))
            .rev()
            .flat_map(|k| self.persons[k].iter().rev().map(move |p| (si - k, p)))
            .filter(|&(back, p)| back <= 6 || still_about(p))
            .map(|(_, p)| p)
            .collect()
    }

    /// "His office", "His adviser": what belongs to the person spoken of before, with that
    /// person's side; `None` when that person has no side.
    fn belonging_to_person_before(&self, si: usize, name: &str) -> Option<Resolved> {
        let person = self
            .person_antecedent(si)
            .filter(|r| matches!(r.side, SideAttr::Side(_)))?;
        let why = format!(
            "`{name}` belongs to {}, the person spoken of before",
            person.speaker.name
        );
        Some(Resolved {
            speaker: Speaker {
                name: crate::intern::intern(name),
                source: None,
                kind: SpeakerKind::Other,
            },
            side: person.side,
            rules: person.rules,
            trace: Trace::line(|| why),
            span: None,
            cue: None,
        })
    }

    /// `he`/`she`: the first person named in the nearest sentence before that names one.
    fn person_antecedent(&self, si: usize) -> Option<Resolved> {
        // "\"Nobody is sitting in Robotyne. There is nothing left,\" he said": the sentences
        // of the same quotation before the cue are the speaker's own words; the one who spoke
        // right before them is the sentence before in the sense below
        let quote = self.seg.quotation_at(self.seg.sentences[si].start);
        let mut top = si;
        while let Some(k) = top.checked_sub(1) {
            let same_quote = quote.is_some() && self.seg.quotation_at(self.seg.sentences[k].start) == quote;
            if !(same_quote && self.analyses[k].cues.is_empty() && self.persons[k].is_empty()) {
                break;
            }
            top = k;
        }
        let nearest = top.checked_sub(1);
        for back in 1..=3usize {
            let k = si.checked_sub(back)?;
            // "A 67-year-old woman who gave only her first name said ... \"...,\" she said": the
            // sentence before has a speaker nobody could name; "she" is that one, not a person
            // named further back
            let spoke = self.records_of(k).next();
            let unnamed_spoke = back == 1
                && self.persons[k].is_empty()
                && self.analyses[k].cues.iter().any(|c| !self.rules.cues.list[c.cue].relay)
                && spoke.is_none();
            if unnamed_spoke {
                return None;
            }
            // "One Engels resident ... told Reuters she had been woken ... \"...,\" she said": a
            // person the sentence before described without a name spoke in it
            // (or two back, past a sentence that names nobody and reports nothing: "A spokesperson
            // for the 72nd brigade told the Kyiv Independent ... He spoke on condition that only
            // his call sign be used. \"...,\" he said")
            let past_plain = back == 2
                && self.persons[si - 1].is_empty()
                && self.analyses[si - 1].cues.is_empty()
                && self.records_of(si - 1).next().is_none();
            if (back == 1 || Some(k) == nearest || past_plain) && self.persons[k].is_empty() {
                if let Some(rec) = spoke {
                    let lang = &self.rules.language;
                    let head = head_word(&rec.resolved.speaker.name, lang);
                    // ... also one a body stands behind ("A source in Ukraine's SBU")
                    let one_person = rec.resolved.speaker.kind == SpeakerKind::Other && lang.person_nouns.has(&head);
                    // ... or one official by title alone, when nobody is named there ("The head of
                    // the district administration told Don24 ... Evacuation, he said, ...")
                    let titled = (1..=3).all(|b| si.checked_sub(b).is_none_or(|j| self.persons[j].is_empty()))
                        && lang.speaker_nouns.has(&head)
                        && !lang.institution_nouns.has(&head)
                        && !lang.media_nouns.has(&head)
                        && lang.singular(&head) == head;
                    if one_person || titled {
                        return Some(carried(rec));
                    }
                }
            }
            // "Speaking at a meeting of his Security Council, he said he was sympathetic to
            // Trump's appeal ... The Ukrainian side, he said, must ...": the person who spoke in
            // the sentence before without being named in it (a pronoun went on with them), not
            // the first one it names ("Pistorius's visit comes a day after Rutte told ...
            // \"...,\" he said" is Pistorius)
            if let Some(rec) = spoke.filter(|r| {
                r.resolved.speaker.kind == SpeakerKind::Person
                    && r.resolved.side != SideAttr::Unattributed
                    && !self.persons[k].is_empty()
                    && !self.persons[k]
                        .iter()
                        .any(|p| p.speaker.name == r.resolved.speaker.name)
            }) {
                return Some(carried(rec));
            }
            if let Some(p) = self.persons[k].first() {
                // "Irkutsk Governor Igor Kobzev said ... \"...,\" he wrote": a name the rules do
                // not know takes the side its title gave it when the person spoke
                let spoken = (p.side == SideAttr::Unattributed)
                    .then(|| spoke_with_side(self.records_of(k), &p.speaker.name))
                    .flatten();
                if let Some(rec) = spoken {
                    return Some(Resolved {
                        speaker: p.speaker.clone(),
                        side: rec.resolved.side,
                        rules: rec.resolved.rules.clone(),
                        trace: Trace::default(),
                        span: None,
                        cue: None,
                    });
                }
                return Some(Resolved {
                    speaker: p.speaker.clone(),
                    side: p.side,
                    rules: p.rules.clone(),
                    trace: Trace::default(),
                    span: None,
                    cue: None,
                });
            }
        }
        None
    }

    /// Whether a record's speaker is an armed force, by its name or by the phrase that named it
    /// ("Ukraine's military", "the Estonian Defence Forces"): another armed force named by its
    /// noun alone may be the same one.
    fn armed_force(&self, rec: &Record) -> bool {
        let armed = |p: &str| phrase_words(p).any(|w| self.rules.language.armed_forces_nouns.has(&w));
        armed(&rec.resolved.speaker.name)
            || rec
                .resolved
                .span
                .and_then(|(a, b)| self.doc.text.get(a..b))
                .is_some_and(armed)
    }

    /// Whether a quotation opens in the sentence before `si` and closes in `si`: its speaker,
    /// named in `si`, speaks from the sentence before.
    fn quote_continues_into(&self, si: usize) -> bool {
        let Some(prev) = si.checked_sub(1).map(|k| &self.seg.sentences[k]) else {
            return false;
        };
        let cur = &self.seg.sentences[si];
        self.seg
            .quotation_at(cur.start)
            .map(|qi| &self.seg.quotations[qi])
            .is_some_and(|q| q.start >= prev.start && q.end <= cur.end)
    }

    /// Whether speakers of both warring sides spoke in sentence `si`.
    fn contested(&self, si: usize) -> bool {
        let third = self.rules.sides.default_side();
        // ("Ukraine's military said ..., while the regional governor said ...": an official whose
        // side comes from the place, known only once the place is, answers the side that spoke)
        let (mut first, mut two_sides, mut place_official) = (None, false, false);
        for r in self.records_of(si) {
            match r.resolved.side {
                SideAttr::Side(x) if Some(x) != third => {
                    two_sides |= first.is_some_and(|f| f != x);
                    first.get_or_insert(x);
                }
                SideAttr::FromPlace => place_official = true,
                _ => {}
            }
        }
        two_sides || (first.is_some() && place_official)
    }

    /// The statements made in sentence `si`, last first (records are in sentence order).
    fn records_of(&self, si: usize) -> impl Iterator<Item = &Record> {
        self.records
            .iter()
            .rev()
            .skip_while(move |r| r.sentence > si)
            .take_while(move |r| r.sentence == si)
    }

    /// Whether someone spoke in sentence `si` or the one before it: then a body the sentence
    /// before is about, without speaking, is not what a later reference points to.
    fn spoke_just_before(&self, si: usize) -> bool {
        self.records.last().is_some_and(|rec| rec.sentence + 1 >= si)
    }

    /// "Russia's Investigative Committee said ... \"...,\" committee spokeswoman Svetlana
    /// Petrenko said": a person whose role before the name is in a body (`institution_nouns`)
    /// that spoke in the last three statements, with its side; `None` otherwise.
    fn role_in_body_before(&self, an: &Analysis, span: Span, name: &str) -> Option<Resolved> {
        let lang = &self.rules.language;
        let person = an
            .entities_in(span.a, span.b)
            .find(|e| matches!(e.kind, EntityKind::Name) && e.a > span.a)?;
        // the body is named by the role's words up to its noun ("foreign ministry" in "foreign
        // ministry chief spokesman")
        let end = (span.a..person.a).find(|&k| lang.institution_nouns.has(an.word(k)))?;
        let role: Vec<String> = (span.a..=end)
            .filter(|&k| an.toks.toks[k].kind == TokKind::Word && !lang.determiners.has(an.word(k)))
            .map(|k| an.word(k).to_string())
            .collect();
        let noun = an.word(end).to_string();
        // every word of it names the body: "foreign ministry spokesman" is not the defence
        // ministry's
        let rec = self.records.iter().rev().take(3).find(|rec| {
            matches!(rec.resolved.side, SideAttr::Side(_))
                && lang.singular(&head_word(&rec.resolved.speaker.name, lang)) == lang.singular(&noun)
                && names_all(lang, &rec.resolved.speaker.name, &role)
        })?;
        let mut r = rec.resolved.clone();
        r.speaker = Speaker {
            name: crate::intern::intern(name),
            source: None,
            kind: SpeakerKind::Person,
        };
        r.trace = Trace::line(|| format!("`{noun}` is {}, which spoke just before", rec.resolved.speaker.name));
        Some(r)
    }

    /// "Some Russian military bloggers questioned ... Others dismissed the figures": the group
    /// that spoke in this sentence or the one before, or that the sentence before is about, when
    /// it is a group (a plural head) with a side; a single body or person has no rest.
    fn remainder_group(&self, si: usize, name: &str) -> Option<Resolved> {
        let lang = &self.rules.language;
        let mut r = match self.records.last().filter(|rec| rec.sentence + 1 >= si) {
            Some(rec) => {
                let head = head_word(&rec.resolved.speaker.name, lang);
                if lang.singular(&head) == head || rec.resolved.side == SideAttr::Unattributed {
                    return None;
                }
                rec.resolved.clone()
            }
            None => self.subject_group(si.checked_sub(1)?)??,
        };
        r.trace = Trace::line(|| format!("`{name}` are more of {}", r.speaker.name));
        Some(r)
    }

    /// `it`/`they`: the speaker of the nearest statement before (for `it`, not a person); for
    /// `it`, else a body the sentence before is about without quoting it ("Russia's Defence
    /// Ministry did not comment on the strike. In its daily report, it said ...").
    fn group_antecedent(&self, si: usize, it: bool) -> Option<Resolved> {
        let spoke_before = self.spoke_just_before(si);
        if it && !spoke_before {
            if let Some(r) = self.subject_body(si.checked_sub(1)?) {
                return Some(r);
            }
        }
        // "Russian war bloggers celebrated the capture. One of them, ..., said": the group the
        // sentence before is about, not the analysts who spoke before it
        if !it && !spoke_before {
            if let Some(found) = self.subject_group(si.checked_sub(1)?) {
                return found;
            }
        }
        // "it" is not a group named in the plural ("ISW said ... Russian sources indicated ...
        // It said"): the one who spoke before it
        let lang = &self.rules.language;
        let plural = |rec: &&Record| {
            let head = head_word(&rec.resolved.speaker.name, lang);
            rec.resolved.speaker.source.is_none()
                && lang.speaker_nouns.has(&head)
                && lang.singular(&head) != head
                && lang.speaker_nouns.has(lang.singular(&head))
        };
        let rec = self
            .records
            .iter()
            .rev()
            .take_while(|rec| rec.sentence + 3 >= si)
            .find(|rec| !(it && plural(rec)))?;
        // "it" after a person: not anyone further back (a wrong side is worse than none), but the
        // body the person spoke for, when it spoke shortly before
        if it && rec.resolved.speaker.kind == SpeakerKind::Person {
            return self.body_of_person(rec);
        }
        Some(rec.resolved.clone())
    }

    /// "Russia's Defense Ministry made no mention of the dam. ... ministry spokesman Igor
    /// Konashenkov said ... It said": the body whose noun stands in the person's phrase, when a
    /// body of that noun spoke among the last few statements.
    fn body_of_person(&self, person: &Record) -> Option<Resolved> {
        let lang = &self.rules.language;
        let phrase = person.resolved.span.and_then(|(a, b)| self.doc.text.get(a..b))?;
        let noun = phrase_words(phrase).find(|w| lang.institution_nouns.has(w))?;
        let body = self.records.iter().rev().skip(1).take(4).find(|r| {
            r.resolved.speaker.kind != SpeakerKind::Person
                && r.resolved.side != SideAttr::Unattributed
                && names_all(lang, &r.resolved.speaker.name, std::slice::from_ref(&noun))
        })?;
        let who = person.resolved.speaker.name.clone();
        Some(again(body, |b| {
            format!("`it` after {who}: {b}, the body they spoke for")
        }))
    }

    /// For a phrase opened by a possessive determiner ("its operational command") after the
    /// sentence's own subject: the speaker, with that subject's side or, when the subject has
    /// none, no side; `None` when the phrase has no such owner (or, with `source_only`, when the
    /// subject is not a source the rules know).
    fn possessive_owner(&self, si: usize, an: &Analysis, span: Span, source_only: bool) -> Option<Resolved> {
        let lang = &self.rules.language;
        if !lang.possessive_determiners.has(an.word(span.a)) {
            return None;
        }
        // "The UN monitoring mission said it was appalled. Its head, Matilda Bogner, said": "its"
        // is the body spoken of before, as "it" would be; only a body that spoke in the sentence
        // right before, which names nothing else "its" could mean ("A missile struck the
        // hospital. Its director said" is the hospital's)
        let body_before = || {
            if !lang.body_possessives.has(an.word(span.a)) {
                return None;
            }
            let prev = si.checked_sub(1)?;
            let rec = self.records.last().filter(|r| r.sentence == prev)?;
            let body = rec.resolved.speaker.kind != SpeakerKind::Person && rec.resolved.side != SideAttr::Unattributed;
            if !body || !self.analyses[prev].toks.longest(crate::rules::Set::Targets).is_empty() {
                return None;
            }
            // ... nor one the sentence itself names before it ("In a video recorded in one of
            // the monastery's cellars, its abbot said" is the monastery's)
            if an
                .toks
                .longest(crate::rules::Set::Targets)
                .iter()
                .any(|h| h.b <= span.a)
            {
                return None;
            }
            let mut r = rec.resolved.clone();
            let name = span_text(&self.doc.text, an, span).to_string();
            // "Its analysts said": the body itself speaks through them
            if span.b == span.a + 2 && lang.analyst_nouns.has(an.word(span.a + 1)) {
                r.trace = Trace::line(|| format!("`{name}`: {} speaks through them", r.speaker.name));
                return Some(r);
            }
            r.trace = Trace::line(|| format!("`{name}` belongs to {}, the body spoken of before", r.speaker.name));
            // no name of its own: a name set off after it ("Its head, Matilda Bogner") names it
            r.speaker.source = None;
            r.speaker.name = name.into();
            Some(r)
        };
        let Some(subject) = phrase::clause_subject(an, lang, 0, span.a).filter(|s| s.b <= span.a) else {
            // ... opening the sentence
            if !only_punct_between(an, 0, span.a) {
                return None;
            }
            return body_before();
        };
        if !an.toks.toks[subject.a].cap {
            return None;
        }
        let name = span_text(&self.doc.text, an, span).to_string();
        let resolved = resolve(&self.doc.text, an, subject, self.rules);
        // "Zelenskyy did not name the ship, but its operator, ... said": "its" is never a person's
        let person_subject = matches!(resolved, Some(Res::Source { src, .. })
            if self.rules.sources.list[src].kind == SourceKind::Person);
        if person_subject && lang.body_possessives.has(an.word(span.a)) {
            return None;
        }
        // ... or after the words it frames, when their subject names no one ("Disruption of rail
        // traffic forces them to rely on convoys, its analysts added" after the ISW spoke)
        let after_its_words = span.a > 0 && is_comma(an, span.a - 1);
        if after_its_words && !matches!(resolved, Some(Res::Source { .. } | Res::Side { .. })) {
            if let Some(r) = body_before() {
                return Some(r);
            }
        }
        if source_only && !matches!(resolved, Some(Res::Source { .. })) {
            return None;
        }
        let owner = resolved
            .filter(|r| matches!(r, Res::Source { .. } | Res::Side { .. }))
            .and_then(|r| self.settle(r, si, an, subject));
        let mut r = match owner {
            Some(mut r) => {
                r.speaker.source = None;
                r
            }
            None => {
                let mut r = self.settle(Res::Named { name: name.clone() }, si, an, span)?;
                r.trace = Trace::line(|| format!("`{name}` belongs to the sentence's subject, which has no side"));
                r
            }
        };
        r.speaker.name = name.into();
        Some(r)
    }

    /// The subject of sentence `si` when it names a body of one side (not a person, nor a
    /// country or a capital as a place).
    fn subject_body(&self, si: usize) -> Option<Resolved> {
        let an = &self.analyses[si];
        let lang = &self.rules.language;
        let subject = self.opening_subject(si)?;
        let res = resolve(&self.doc.text, an, subject, self.rules)?;
        let body = match &res {
            Res::Source { src, .. } => sided_body(&self.rules.sources.list[*src]),
            // "Ukraine's military intelligence agency went further. It said ...": a body the
            // rules do not list, with its country on it
            Res::Side { .. } => lang.institution_nouns.has(an.word(subject.b - 1)),
            // "The ministry gave no evidence for its figures. It added": a body named before,
            // when the look-back finds whose it is
            Res::Institution { .. } => true,
            _ => false,
        };
        if !body {
            return None;
        }
        let institution = matches!(res, Res::Institution { .. });
        let mut r = self.settle(res, si, an, subject)?;
        if institution && !matches!(r.side, SideAttr::Side(_)) {
            return None;
        }
        r.trace.add(|| "the body the sentence before is about".into());
        Some(r)
    }

    /// The outlet a recent sentence is about, when that sentence describes it with every one of
    /// `words` ("The Telegram channel Shot ... filled in some of the gaps. ... the channel wrote";
    /// "Baza, a Telegram channel close to the police, went further"): an outlet's noun in a
    /// sentence soon after is that outlet, though it had not yet spoken.
    fn outlet_about_before(&self, si: usize, name: &str, words: &[String]) -> Option<Resolved> {
        let lang = &self.rules.language;
        // the nearest sentence of the few before that opens with a subject decides
        let (k, subject) = (si.saturating_sub(BODY_LOOKBACK)..si)
            .rev()
            .find_map(|k| self.opening_subject(k).map(|s| (k, s)))?;
        let an = &self.analyses[k];
        // the outlet is the subject, or named right after its noun ("The Telegram channel Shot")
        let outlets = an.entities.iter().filter(|e| {
            matches!(e.kind, EntityKind::Source(src, None)
                if self.rules.sources.list[src].kind == SourceKind::Media)
                && e.a >= subject.a
                && e.a <= subject.b
        });
        let e = the_only(outlets, |x, y| x.kind == y.kind)?;
        let described = words
            .iter()
            .all(|w| (0..an.toks.len()).any(|i| lang.singular(an.word(i)) == lang.singular(w)));
        if !described {
            return None;
        }
        let span = Span { a: e.a, b: e.b };
        let mut r = self.settle(resolve(&self.doc.text, an, span, self.rules)?, k, an, span)?;
        if !matches!(r.side, SideAttr::Side(_)) {
            return None;
        }
        r.trace = Trace::line(|| {
            format!(
                "`{name}` is the outlet {}, which a sentence just before is about",
                r.speaker.name
            )
        });
        Some(r)
    }

    /// The one body with a side of its own that sentence `si` names, by a name holding every one
    /// of `words` ("the agency" for the International Atomic Energy Agency), when it names no
    /// other such body: what a body without a country in the next sentence refers to.
    fn only_body_named_in(&self, si: usize, words: &[String]) -> Option<Resolved> {
        let an = &self.analyses[si];
        let lang = &self.rules.language;
        let mut found: Option<&Entity> = None;
        for e in &an.entities {
            let EntityKind::Source(src, None) = e.kind else {
                continue;
            };
            let source = &self.rules.sources.list[src];
            if !sided_body(source) || !names_all(lang, &source.name, words) {
                continue;
            }
            match found {
                Some(f) if f.kind != e.kind => return None,
                Some(_) => {}
                None => found = Some(e),
            }
        }
        let e = found?;
        let span = Span { a: e.a, b: e.b };
        let res = resolve(&self.doc.text, an, span, self.rules)?;
        let mut r = self.settle(res, si, an, span)?;
        if !matches!(r.side, SideAttr::Side(_)) || is_outlet(&r, self.rules) {
            return None;
        }
        r.trace = Trace::line(|| format!("refers back to {}, named in the sentence before", r.speaker.name));
        Some(r)
    }

    /// The subject of sentence `si` before token `end` when it is a definite body ("The agency",
    /// "The ministry"): what a pronoun inside the sentence refers to.
    fn definite_body_subject(&self, si: usize, end: usize) -> Option<Span> {
        let an = &self.analyses[si];
        let lang = &self.rules.language;
        let subject = self.opening_subject(si).filter(|s| s.b <= end)?;
        let head = an.word(subject.b - 1);
        let body = lang.institution_nouns.has(head) || lang.media_nouns.has(head);
        (body && lang.definite_articles.has(an.word(subject.a))).then_some(subject)
    }

    /// The subject of sentence `si`'s main clause: after the opening adverbial and its comma ("In
    /// Moscow, the Russian Defense Ministry offered a different account").
    fn opening_subject(&self, si: usize) -> Option<Span> {
        let an = &self.analyses[si];
        let lang = &self.rules.language;
        let floor = phrase::after_opening_adverbial(an, lang, 0, an.toks.len());
        phrase::clause_subject(an, lang, floor, an.toks.len())
    }

    /// The speaker sentence `si` brings in as its subject with an indefinite article and one of
    /// `words` as a speaker noun ("A source in the SBU gave a different account"), when it has a
    /// side: who "the source" after it is.
    fn subject_brought_in(&self, si: usize, words: &[String]) -> Option<Resolved> {
        let an = &self.analyses[si];
        let lang = &self.rules.language;
        let opening = self.opening_subject(si)?;
        // the whole phrase, past a possessive: "A source in Ukraine's Security Service"
        let subject = phrase::phrase_after(an, lang, opening.a, an.toks.len())?;
        let noun_in = (subject.a + 1..subject.b).any(|k| {
            let w = an.word(k);
            lang.speaker_nouns.has(w) && words.iter().any(|x| lang.singular(x) == lang.singular(w))
        });
        if !lang.is_indefinite_article(an.word(subject.a)) || !noun_in {
            return None;
        }
        let res = resolve(&self.doc.text, an, subject, self.rules)?;
        let institution = matches!(res, Res::Institution { .. });
        let mut r = self.settle(res, si, an, subject)?;
        if institution && !matches!(r.side, SideAttr::Side(_)) {
            return None;
        }
        r.trace.add(|| "the one the sentence before brought in".into());
        Some(r)
    }

    /// The plural speakers that open sentence `si` without speaking in it ("Russian war
    /// bloggers, however, celebrated"): `Some` of their resolution (`None` inside when they have
    /// no side), so a later `they` is that group; `None` when the sentence opens otherwise.
    fn subject_group(&self, si: usize) -> Option<Option<Resolved>> {
        let an = &self.analyses[si];
        let lang = &self.rules.language;
        let start = (0..an.toks.len()).find(|&i| an.toks.toks[i].kind == TokKind::Word)?;
        if lang.clause_words.has(an.word(start)) || lang.is_pronoun(an.word(start)) {
            return None;
        }
        let subject = phrase::phrase_after(an, lang, start, an.toks.len())?;
        // people who could speak ("bloggers", "officials"), not what they did it with ("drones")
        // nor the bodies that fight ("forces"); the head stands before any preposition
        // ("Relatives in Zabaykalsky Krai")
        let head_end = (subject.a + 1..subject.b)
            .find(|&k| lang.np_prepositions.has(an.word(k)))
            .unwrap_or(subject.b);
        let head = an.word(head_end - 1);
        if lang.singular(head) == head || !lang.speaker_nouns.has(head) || lang.institution_nouns.has(head) {
            return None;
        }
        let res = resolve(&self.doc.text, an, subject, self.rules);
        let sided = match &res {
            Some(Res::Side { .. }) => true,
            Some(Res::Source { src, .. }) => sided_body(&self.rules.sources.list[*src]),
            _ => false,
        };
        if !sided {
            return Some(None);
        }
        let mut r = self.settle(res?, si, an, subject)?;
        r.trace.add(|| "the group the sentence before is about".into());
        Some(Some(r))
    }

    /// A clause that starts inside a quotation takes the quotation's speaker.
    fn quoted_speaker(&mut self, si: usize, clause: Span) -> Option<Resolved> {
        let an = &self.analyses[si];
        let first_word = first_word(an, clause)?;
        let qi = an.quote[first_word]?;
        if !self.quote_speakers.contains_key(&qi) {
            let r = self.find_quote_speaker(qi);
            self.quote_speakers.insert(qi, r);
        }
        let mut r = self.quote_speakers.get(&qi)?.clone()?;
        r.trace
            .add_first(|| "inside a quotation whose speaker is named next to it".into());
        r.span = None;
        Some(r)
    }

    /// The cue next to a quotation: after its closing mark (",” X said") or before its opening
    /// mark ("X said: “").
    fn find_quote_speaker(&self, qi: usize) -> Option<Resolved> {
        let q = &self.seg.quotations[qi];
        // sentences are in text order and do not overlap: a binary search, not a scan per quotation
        let sentence_of = |pos: usize| {
            let i = self.seg.sentences.partition_point(|s| s.start <= pos).checked_sub(1)?;
            (pos < self.seg.sentences[i].end).then_some(i)
        };
        if q.closed {
            if let Some(si) = sentence_of(q.end - 1) {
                let an = &self.analyses[si];
                if let Some(close) = an
                    .toks
                    .toks
                    .iter()
                    .position(|t| t.kind == TokKind::Quote && t.end == q.end)
                {
                    // the cue may follow a speaker with a long title ("," Volodymyr Fito,
                    // spokesperson for Ukraine's Ground Forces, said"): only punctuation may stand
                    // between the closing mark and the speaker phrase, checked below
                    for hit in an.cues.iter().filter(|c| c.a > close && c.a <= close + 24) {
                        if let Some(sp) = speaker_phrase(an, self.rules, hit, 0, an.toks.len()) {
                            let first = sp.main.a.min(hit.a);
                            if (close + 1..first)
                                .all(|i| !matches!(an.toks.toks[i].kind, TokKind::Word | TokKind::Number))
                            {
                                return self.cue_speaker(si, hit, Span { a: 0, b: an.toks.len() });
                            }
                        }
                    }
                }
            }
        }
        let si = sentence_of(q.start)?;
        let an = &self.analyses[si];
        let open = an.toks.toks.iter().position(|t| t.start == q.start)?;
        for hit in an.cues.iter().rev().filter(|c| c.b <= open) {
            let sp = speaker_phrase(an, self.rules, hit, 0, an.toks.len())?;
            let last = sp.main.b.max(hit.b);
            let gap_ok = (last..open).all(|i| {
                !matches!(an.toks.toks[i].kind, TokKind::Word | TokKind::Number)
                    || self.rules.language.complementizers.has(an.word(i))
            });
            if gap_ok && last <= open {
                return self.cue_speaker(si, hit, Span { a: 0, b: an.toks.len() });
            }
        }
        None
    }

    /// A clause that opens with a participle cue ("adding that ...") split off its sentence goes on
    /// with the speaker of the clause before.
    fn participle_speaker(&self, si: usize, clause: Span, prev: Option<&Attributed>) -> Option<Resolved> {
        let an = &self.analyses[si];
        let hit = an.cues.iter().find(|c| c.a == clause.a && clause.a > 0)?;
        if self.rules.cues.list[hit.cue].position != SpeakerPosition::Subject {
            return None;
        }
        let prev = prev.filter(|p| p.sentence == si && p.speaker.is_some())?;
        let rec = self.records.last().filter(|r| r.sentence == si)?;
        let mut r = rec.resolved.clone();
        r.trace = Trace::line(|| {
            format!(
                "`{}` goes on with {}",
                an.word(hit.a),
                prev.speaker.as_ref().map(|s| &*s.name).unwrap_or("")
            )
        });
        r.span = None;
        r.rules.retain(|x| !x.starts_with("cues/"));
        r.rules.insert(0, format!("cues/{}", self.rules.cues.list[hit.cue].id));
        Some(r)
    }

    /// Headline style, "Russian MoD: strike destroys ammunition depot": a known source, or a
    /// phrase with a side and a speaker or institution noun (not a place: "Kyiv:" is a dateline,
    /// "Ukraine war:" a topic), opening the sentence before a colon.
    fn colon_speaker(&self, si: usize, clause: Span) -> Option<Resolved> {
        let an = &self.analyses[si];
        let rules = self.rules;
        // a live page's "10:15 a.m. ET — Zakharova: ...": after the time and its dash
        let start = (clause.a..(clause.a + 8).min(clause.b))
            .rfind(|&i| phrase::is_dash(an, i) && !an.masked[i])
            .map_or(clause.a, |d| d + 1);
        let colon = (start..(start + 8).min(clause.b)).find(|&i| an.word(i) == ":" && !an.masked[i])?;
        let span = phrase::phrase_before(an, &rules.language, colon, start)?;
        if !(start..span.a).all(|i| an.toks.toks[i].kind != TokKind::Word) || colon + 2 >= clause.b {
            return None;
        }
        let res = resolve(&self.doc.text, an, span, rules)?;
        let usable = match &res {
            Res::Source { .. } => true,
            // "Russian MoD:", not "Ukraine war:"
            Res::Side { .. } => (span.a..span.b).any(|i| {
                let w = an.word(i);
                rules.language.speaker_nouns.has(w) || rules.language.institution_nouns.has(w)
            }),
            _ => false,
        };
        if !usable {
            return None;
        }
        let mut r = self.settle(res, si, an, span)?;
        r.trace.add(|| "the speaker before a colon opens the sentence".into());
        Some(r)
    }

    /// "Source: Oleh Syniehubov, Head of Kharkiv Oblast Military Administration, on Telegram": a
    /// line that opens with a source label names the speaker of the "Quote:" paragraphs after it.
    fn note_source_label(&mut self, si: usize) {
        let an = &self.analyses[si];
        let lang = &self.rules.language;
        if an.toks.len() < 3 || !opens_with_label(an, &lang.source_labels) {
            return;
        }
        let Some(span) = phrase::phrase_after(an, lang, 2, an.toks.len()) else {
            return;
        };
        let res = resolve(&self.doc.text, an, span, self.rules);
        let usable = matches!(res, Some(Res::Source { .. } | Res::Side { .. } | Res::Named { .. }));
        self.label_source = res
            .filter(|_| usable)
            .and_then(|res| self.settle(res, si, an, span))
            .map(|mut r| {
                let name = r.speaker.name.clone();
                r.trace.add_first(|| {
                    format!("a quotation labelled as from the source the \"Source:\" line names, {name}")
                });
                r.span = None;
                r
            });
    }

    /// The speaker of a quotation, or a sentence, opened by a quote label ("Quote: \"The
    /// occupiers struck ...\""): the one the last "Source:" line named.
    fn label_speaker(&self, si: usize, clause: Span) -> Option<Resolved> {
        let source = self.label_source.as_ref()?;
        let an = &self.analyses[si];
        let lang = &self.rules.language;
        let labelled = |before: &str| {
            let line = before[before.rfind('\n').map_or(0, |n| n + 1)..].trim();
            line.strip_suffix(':')
                .is_some_and(|label| lang.quote_labels.has(&label.trim().to_lowercase()))
        };
        let first_word = first_word(an, clause)?;
        let opened_here = clause.a == 0 && opens_with_label(an, &lang.quote_labels);
        let in_labelled_quote =
            an.quote[first_word].is_some_and(|qi| labelled(&self.doc.text[..self.seg.quotations[qi].start]));
        (opened_here || in_labelled_quote).then(|| source.clone())
    }

    /// A bare quotation right after a statement by a named speaker continues that speaker.
    fn carried_speaker(&self, si: usize, clause: Span, prev: Option<&Attributed>) -> Option<Resolved> {
        let an = &self.analyses[si];
        let first_word = first_word(an, clause)?;
        an.quote[first_word]?;
        let prev = prev?;
        if prev.sentence + 1 != si || prev.speaker.is_none() {
            return None;
        }
        let rec = self.records.last().filter(|r| r.sentence + 1 == si)?;
        let mut r = rec.resolved.clone();
        r.trace = Trace::line(|| {
            format!(
                "a quotation with no cue right after a statement by {}: the same speaker goes on",
                r.speaker.name
            )
        });
        r.span = None;
        Some(r)
    }

    /// Remember acronyms introduced in parentheses after a speaker phrase with a side.
    fn note_acronyms(&mut self, si: usize) {
        let an = &self.analyses[si];
        let text = &self.doc.text;
        for i in 1..an.toks.len().saturating_sub(2) {
            if an.word(i) != "(" || an.word(i + 2) != ")" || an.masked[i] {
                continue;
            }
            let t = &an.toks.toks[i + 1];
            let raw = &text[t.start..t.end];
            if !(2..=6).contains(&raw.len()) || !raw.chars().all(|c| c.is_ascii_uppercase()) {
                continue;
            }
            let Some(np) = phrase::phrase_before(an, &self.rules.language, i, 0) else {
                continue;
            };
            let Some(res) = resolve(text, an, np, self.rules) else {
                continue;
            };
            if let Some(r) = self
                .settle(res, si, an, np)
                .filter(|r| r.side != SideAttr::Unattributed)
            {
                self.acronyms.insert(an.word(i + 1).to_string(), r);
            }
        }
    }

    /// Remember a name an unnamed speaker was said to go by ("a soldier ... described weeks of
    /// combat. He asked to be identified only by his call sign, Lys"), so that "Lys said" later
    /// is that soldier: the latest speaker, a person of one side, from this sentence or the one
    /// before.
    fn note_given_names(&mut self, si: usize) {
        let an = &self.analyses[si];
        let lang = &self.rules.language;
        for i in 3..an.toks.len().saturating_sub(1) {
            let named = an.toks.toks[i].kind == TokKind::Word
                && an.toks.toks[i].cap
                && phrase::goes_by(an, lang, i)
                && matches!(an.word(i + 1), "," | "." | ";")
                && (i.saturating_sub(5)..i - 2).any(|k| lang.person_possessives.has(an.word(k)));
            if !named || an.masked[i] {
                continue;
            }
            let Some(rec) = self.records.last().filter(|r| r.sentence + 1 >= si) else {
                continue;
            };
            let person = lang
                .person_nouns
                .has(lang.singular(&head_word(&rec.resolved.speaker.name, lang)));
            if person && rec.resolved.side != SideAttr::Unattributed {
                self.given_names.insert(an.word(i).to_string(), rec.resolved.clone());
            }
        }
    }

    /// Remember the people named in sentence `si` (and its speaker) for later pronouns and
    /// surnames.
    fn note_persons(&mut self, si: usize) {
        let an = &self.analyses[si];
        let rules = self.rules;
        let text = &self.doc.text;
        let mut found: Vec<(usize, PersonRef)> = Vec::new();
        for e in &an.entities {
            let title_at = an
                .entities
                .iter()
                .find(|t| matches!(t.kind, EntityKind::Title(_)) && t.b >= e.a && t.a < e.b && t.b <= e.b);
            let (title, title_place) = match title_at {
                Some(t) => (Some(an.word(t.b - 1).to_string()), Some(place_ending_at(an, t.a))),
                None => title_beside(an, rules, e.a, e.b).unzip(),
            };
            let title_place = title_place.flatten();
            // "Nazar Voloshyn ... Voloshyn said": a surname alone is the person of that surname
            // the article named, not another one the rules know by it
            // (another person the rules know: an unknown name spelt differently may be this one)
            let named_before = (e.b == e.a + 1)
                .then(|| self.person_by_last.get(&last_word(an.word(e.a))))
                .flatten()
                .map(|&k| &self.doc_persons[k])
                .filter(|p| matches!(e.kind, EntityKind::Source(s, _) if p.speaker.source.is_some_and(|x| x != s)));
            // ... and a namesake the statement's speaker turned out to be (`unless_namesake`)
            let surface = span_text(text, an, Span { a: e.a, b: e.b });
            let namesake_spoke = matches!(e.kind, EntityKind::Source(_, Some(_)))
                .then(|| {
                    self.records_of(si)
                        .find(|r| r.resolved.speaker.source.is_none() && &*r.resolved.speaker.name == surface)
                })
                .flatten();
            let person = match e.kind {
                EntityKind::Source(..) if named_before.is_some() => named_before.cloned(),
                EntityKind::Source(..) if namesake_spoke.is_some() => namesake_spoke.map(|rec| PersonRef {
                    last: an.word(e.b - 1).to_string(),
                    title,
                    place: title_place,
                    speaker: rec.resolved.speaker.clone(),
                    side: rec.resolved.side,
                    rules: rec.resolved.rules.clone(),
                }),
                EntityKind::Source(s, _) if rules.sources.list[s].kind == SourceKind::Person => {
                    let src = &rules.sources.list[s];
                    let side = match src.side {
                        SideRef::Fixed(x) => SideAttr::Side(x),
                        SideRef::FromPlace => SideAttr::FromPlace,
                    };
                    Some(PersonRef {
                        last: last_word(&src.name),
                        title,
                        // "Kursk Governor Roman Starovoit": the place before the title when the
                        // rules give the person none
                        place: src.place.or(title_place),
                        speaker: Speaker {
                            name: crate::intern::intern(&src.name),
                            source: Some(s),
                            kind: SpeakerKind::Person,
                        },
                        side,
                        rules: vec![format!("sources/{}", src.id)],
                    })
                }
                // "Vasily Y. Golubev": the given name and initial of the person named next
                EntityKind::Name
                    if an.word(e.b - 1).chars().count() == 1
                        && e.b + 1 < an.toks.len()
                        && an.word(e.b) == "."
                        && an.entities.iter().any(|n| n.a == e.b + 1) =>
                {
                    None
                }
                // "the military's Unmanned Systems Forces": capitalised words before a body's
                // noun are the body's name, nobody a pronoun could mean
                EntityKind::Name
                    if e.b < an.toks.len()
                        && an.toks.toks[e.b].cap
                        && (rules.language.institution_nouns.has(an.word(e.b))
                            || rules.language.armed_forces_nouns.has(an.word(e.b))) =>
                {
                    None
                }
                EntityKind::Name => {
                    let name = span_text(text, an, Span { a: e.a, b: e.b }).to_string();
                    let (mut side, mut rules_fired) = name_side(an, rules, e.a);
                    // "Oleg Nikolenko, a spokesman for Ukraine's foreign ministry, went further.
                    // \"...,\" he said": the appositive tells who the person is, whether or not
                    // they speak in this sentence
                    if side == SideAttr::Unattributed {
                        if let Some(r) = self.described_by_appositive(si, e.a, e.b) {
                            side = r.side;
                            rules_fired = r.rules;
                        }
                    }
                    // "Rivne's regional governor, Oleksandr Koval, said": the person speaks here,
                    // with the side the title before the name gave them
                    if side == SideAttr::Unattributed {
                        if let Some(rec) = self
                            .records_of(si)
                            .find(|r| r.resolved.speaker.source.is_none() && *r.resolved.speaker.name == *name)
                        {
                            side = rec.resolved.side;
                            rules_fired = rec.resolved.rules.clone();
                        }
                    }
                    Some(PersonRef {
                        last: an.word(e.b - 1).to_string(),
                        title,
                        place: title_place,
                        speaker: Speaker {
                            name: crate::intern::intern(&name),
                            source: None,
                            kind: SpeakerKind::Person,
                        },
                        side,
                        rules: rules_fired,
                    })
                }
                _ => None,
            };
            if let Some(p) = person {
                found.push((e.a, p));
            }
        }
        // surnames of people named earlier ("Pistorius's visit")
        for i in 0..an.toks.len() {
            let t = &an.toks.toks[i];
            if t.kind != TokKind::Word || !t.cap || an.entities.iter().any(|e| e.a <= i && i < e.b) {
                continue;
            }
            if let Some(p) = self.person_by_last.get(an.word(i)).map(|&k| &self.doc_persons[k]) {
                found.push((i, p.clone()));
            }
        }
        // the statement's own speaker counts as named
        if found.is_empty() {
            // records are in sentence order: this sentence's are the last ones
            if let Some(rec) = self
                .records_of(si)
                .find(|r| r.resolved.speaker.kind == SpeakerKind::Person)
            {
                let r = &rec.resolved;
                found.push((
                    usize::MAX,
                    PersonRef {
                        last: last_word(&r.speaker.name),
                        title: None,
                        place: r.speaker.source.and_then(|s| rules.sources.list[s].place),
                        speaker: r.speaker.clone(),
                        side: r.side,
                        rules: r.rules.clone(),
                    },
                ));
            }
        }
        // a person who spoke in this sentence keeps the side their statement got
        for (_, p) in found.iter_mut() {
            if let Some(rec) = self
                .records_of(si)
                .find(|r| r.resolved.speaker.name == p.speaker.name && r.resolved.side != SideAttr::Unattributed)
            {
                p.side = rec.resolved.side;
                p.rules = rec.resolved.rules.clone();
            }
        }
        // "Yevhen Ryshchuk, the town's Ukrainian mayor, said": the name that opens the sentence
        // is the speaker its appositive gave a side to
        let opening = first_word(an, Span { a: 0, b: an.toks.len() });
        let spoke: Vec<&Record> = self.records_of(si).collect();
        if let ([rec], Some(first)) = (spoke.as_slice(), opening) {
            let unnamed = rec
                .resolved
                .speaker
                .source
                .is_none_or(|s| rules.sources.list[s].kind != SourceKind::Person);
            if unnamed && rec.resolved.side != SideAttr::Unattributed {
                for (at, p) in found.iter_mut() {
                    if *at == first && p.side == SideAttr::Unattributed && p.speaker.source.is_none() {
                        p.side = rec.resolved.side;
                        p.rules = rec.resolved.rules.clone();
                    }
                }
            }
        }
        // "\"Today, Putin effectively rejected the proposal,\" Zelenskiy said. He said ...": a
        // person named only inside a quotation is the speaker's words; "he" after it is someone
        // the sentence itself names, so those come first
        let quoted = |at: usize| at < an.quote.len() && an.quote[at].is_some();
        found.sort_by_key(|f| (quoted(f.0), f.0));
        for (_, p) in &found {
            if self.person_names.insert(p.speaker.name.clone()) {
                self.person_by_last.insert(p.last.clone(), self.doc_persons.len());
                self.doc_persons.push(p.clone());
            }
        }
        self.persons[si] = found.into_iter().map(|f| f.1).collect();
    }
}

impl Discourse<'_> {
    /// A body the rules know, named inside the speaker phrase of `rec` by every one of `words`
    /// ("Russian Defense Ministry" in "Russian Defense Ministry spokesman Igor Konashenkov"): what
    /// "the ministry" after that person means.
    fn known_body_in_phrase(&self, rec: &Record, words: &[String]) -> Option<usize> {
        let rules = self.rules;
        let (a, b) = rec.resolved.span?;
        let an = &self.analyses[rec.sentence];
        an.entities.iter().find_map(|e| match e.kind {
            EntityKind::Source(src, _)
                if rules.sources.list[src].kind == SourceKind::Body
                    && an.toks.toks[e.a].start >= a
                    && an.toks.toks[e.b - 1].end <= b
                    && names_all(&rules.language, &rules.sources.list[src].name, words) =>
            {
                Some(src)
            }
            _ => None,
        })
    }
}

/// How many statements back a body's noun ("the ministry") looks for the speaker it names: a
/// reader keeps a few paragraphs of speakers in mind, not the whole article.
const RECENT_RECORDS: usize = 24;

/// How many sentences back a body without a country ("the ministry") looks for a body the
/// reporter named as a sentence's subject: a paragraph's reach, as far as a reader keeps it.
const BODY_LOOKBACK: usize = 3;

/// Whether every word of `words` is a word of `phrase`, allowing for plurals only: a body named
/// inside another speaker's phrase ("Foreign Ministry spokesperson Heorhii Tykhyi") must be named
/// by its own word, since "the foreign minister" is a person, not "the ministry".
fn names_every_word(lang: &crate::rules::language::Language, phrase: &str, words: &[String]) -> bool {
    has_every_word(lang, phrase, words, |_| false)
}

/// Whether every word of `words` is a word of `name`, allowing for plurals and spellings ("the
/// defence ministry" for the Ministry of Defense): how a body without a country is matched to one
/// named before. The body's own noun counts by its word only: "the ministry" is not "the foreign
/// minister".
fn names_all(lang: &crate::rules::language::Language, name: &str, words: &[String]) -> bool {
    has_every_word(lang, name, words, |w| !lang.institution_nouns.has(w))
}

/// Whether `name` has a capitalised word beyond `words` ("The Energy Ministry" against "the
/// ministry"): a body named more precisely than by its noun, so another body than one named
/// only by that noun.
fn names_more(lang: &crate::rules::language::Language, name: &str, words: &[String]) -> bool {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|n| n.chars().next().is_some_and(char::is_uppercase))
        .map(str::to_lowercase)
        .any(|n| !lang.definite_articles.has(&n) && !words.iter().any(|w| lang.singular(w) == lang.singular(&n)))
}

/// The word match both share: every word of `words` is a word of `name` in the singular, or a
/// spelling variant of one when `fuzzy` allows it for that word.
fn has_every_word(
    lang: &crate::rules::language::Language,
    name: &str,
    words: &[String],
    fuzzy: impl Fn(&str) -> bool,
) -> bool {
    let name = name.to_lowercase();
    words.iter().all(|w| {
        name.split(|c: char| !c.is_alphanumeric()).any(|n| {
            lang.singular(n) == lang.singular(w) || (fuzzy(w) && strsim::jaro_winkler(n, w) >= lang.fuzzy_threshold)
        })
    })
}

/// Whether `r`'s speaker is an outlet the rules know: it reports, and lends no country's body
/// its side.
fn is_outlet(r: &Resolved, rules: &RuleSet) -> bool {
    r.speaker
        .source
        .is_some_and(|src| rules.sources.list[src].kind == SourceKind::Media)
}

/// The speaker of `rec` carried to a pronoun of a later sentence: who and which side, not where
/// in the text they spoke or by which cue.
fn carried(rec: &Record) -> Resolved {
    let mut r = rec.resolved.clone();
    r.trace = Trace::default();
    r.span = None;
    r.cue = None;
    r
}

/// The speaker of `rec` again, with why (formatted only when `rules explain` records).
fn again(rec: &Record, why: impl FnOnce(&str) -> String) -> Resolved {
    let mut r = rec.resolved.clone();
    r.trace = Trace::line(|| why(&r.speaker.name));
    r
}

/// A phrase that stands for the speaker of `rec` ("a spokesperson", "the source"): that
/// speaker's side under the phrase's own name.
fn as_speaker_before(rec: &Record, name: &str, why: String) -> Resolved {
    let mut r = rec.resolved.clone();
    r.speaker.name = name.into();
    r.speaker.source = None;
    r.trace = Trace::line(|| why);
    r
}

/// The head noun of a speaker's name: the last word before its first preposition ("source" in
/// "a source in Ukraine's SBU", "images" in "satellite images").
fn head_word(name: &str, lang: &crate::rules::language::Language) -> String {
    let t = crate::text::tokenize(name, 0);
    // the noun before a prepositional phrase, a participle or an adjective that describes it: "A
    // Ukrainian officer serving near the city" is an officer, "an industry source familiar with
    // the matter" a source (a last word in -ing is the noun itself: "the morning briefing")
    let participle = |i: usize| i > 1 && i + 1 < t.len() && t.word(i).len() > 5 && t.word(i).ends_with("ing");
    let end = (0..t.len())
        .find(|&i| {
            i > 0
                && (lang.np_prepositions.has(t.word(i))
                    || lang.membership_prepositions.has(t.word(i))
                    || lang.speaker_complements.has(t.word(i))
                    || participle(i))
        })
        .unwrap_or(t.len());
    (0..end)
        .rev()
        .map(|i| t.word(i))
        .find(|w| w.chars().all(char::is_alphanumeric))
        .unwrap_or("")
        .to_string()
}

/// The head noun of the description set off after a name ("group" in "DeepState, a Ukrainian
/// open-source monitoring group"): the last word before a preposition or clause word. Unlike
/// [`head_word`], a word in -ing before it is an adjective here ("monitoring group").
fn description_head(phrase: &str, lang: &crate::rules::language::Language) -> String {
    let description = phrase.split_once(',').map_or(phrase, |(_, d)| d);
    let t = crate::text::tokenize(description, 0);
    (0..t.len())
        .map(|i| t.word(i))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .take_while(|w| !lang.np_prepositions.has(w) && !lang.clause_words.has(w))
        .last()
        .unwrap_or("")
        .to_string()
}

/// The last of `records` whose speaker, with a side, is written with `name` ("Governor Vitalii
/// Bunechko" for "Vitalii Bunechko"): the side a title gave a person the rules do not know.
fn spoke_with_side<'r>(mut records: impl Iterator<Item = &'r Record>, name: &str) -> Option<&'r Record> {
    records.find(|rec| rec.resolved.side != SideAttr::Unattributed && rec.resolved.speaker.name.contains(name))
}

/// The place that opens the clause before token `before`, set off by a comma ("In Ukraine, ...").
fn opening_place(an: &Analysis, rules: &RuleSet, before: usize) -> Option<usize> {
    let lang = &rules.language;
    let first = (0..before).find(|&i| an.toks.toks[i].kind == TokKind::Word)?;
    if !lang.locatives.has(an.word(first)) {
        return None;
    }
    let e = an
        .entities
        .iter()
        .find(|e| e.a > first && e.a <= first + 3 && e.b < before)?;
    let comma_after = an.word(e.b) == ",";
    match e.kind {
        EntityKind::Place(p, _) if comma_after => Some(p),
        _ => None,
    }
}

/// The side of a capital or country that opens the sentence as its subject, before token
/// `before` ("Moscow last gave a figure ..."): not an owner ("Moscow's"), nor set off ("Moscow,
/// ...") or a place inside a longer name, nor the first words of a quotation.
fn subject_capital_side(an: &Analysis, rules: &RuleSet, before: usize) -> Option<(usize, String)> {
    let first = (0..before).find(|&i| an.toks.toks[i].kind == TokKind::Word)?;
    // not the first words of a quotation: those are what was said
    if an.quote[first].is_some() {
        return None;
    }
    let e = an.entities.iter().find(|e| e.a == first && e.b < before)?;
    let EntityKind::Place(p, _) = e.kind else { return None };
    let place = &rules.places.list[p];
    let next = &an.toks.toks[e.b];
    let verb_next = next.kind == TokKind::Word && !next.cap;
    if !place.names_government() || !verb_next {
        return None;
    }
    place_side(rules, p)
}

/// The one body (a source of the rules, not a person) named before `before` in the sentence
/// whose name every word of `words` is in ("the service" after "the State Emergency Service");
/// None when there is none, or two.
fn named_earlier_in_sentence(an: &Analysis, rules: &RuleSet, before: usize, words: &[String]) -> Option<usize> {
    let bodies = an
        .entities
        .iter()
        .filter(|e| e.b <= before)
        .filter_map(|e| match e.kind {
            EntityKind::Source(src, _)
                if rules.sources.list[src].kind == SourceKind::Body
                    && names_all(&rules.language, &rules.sources.list[src].name, words) =>
            {
                Some(src)
            }
            _ => None,
        });
    the_only(bodies, |x, y| x == y)
}

/// The first of `items` when every other is `same` as it; None when there are none, or two
/// that differ: what a reader can take as meant only when nothing else could be.
fn the_only<T>(items: impl IntoIterator<Item = T>, same: impl Fn(&T, &T) -> bool) -> Option<T> {
    let mut items = items.into_iter();
    let first = items.next()?;
    items.all(|other| same(&first, &other)).then_some(first)
}

/// The one side whose government a sentence shows acting: a country or capital followed by its
/// verb ("Kyiv has kept tight-lipped", "In December, Russia said"; not "central Russia and"),
/// outside quotations. None
/// when governments of two sides act, so a body named next is not guessed.
fn acting_government(an: &Analysis, rules: &RuleSet) -> Option<(usize, String)> {
    let lang = &rules.language;
    let acting = an.entities.iter().filter_map(|e| {
        let EntityKind::Place(p, _) = e.kind else { return None };
        let verb_next = an.toks.toks.get(e.b).is_some_and(|t| t.kind == TokKind::Word && !t.cap)
            && !lang.conjunctions.has(an.word(e.b))
            && !lang.np_prepositions.has(an.word(e.b));
        let government = an.quote[e.a].is_none() && rules.places.list[p].names_government() && verb_next;
        government.then(|| place_side(rules, p)).flatten()
    });
    the_only(acting, |x, y| x.0 == y.0)
}

/// The side of place `p` and the rule that gives it (`places/<id>`), for the trace.
pub(crate) fn place_side(rules: &RuleSet, p: usize) -> Option<(usize, String)> {
    rules
        .places
        .side_of(p)
        .map(|s| (s, format!("places/{}", rules.places.list[p].id)))
}

fn last_word(name: &str) -> String {
    // most names are plain words ("Vitaly Kim", a token already normalised): tokenising them is
    // only lower-casing, and this is asked for every name of every sentence
    if name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b' ') {
        return name
            .split(' ')
            .rfind(|w| !w.is_empty())
            .unwrap_or("")
            .to_ascii_lowercase();
    }
    last_normalised_word(name)
}

/// [`last_word`] of any name: the last word of its normalised form.
fn last_normalised_word(name: &str) -> String {
    crate::text::normalise_phrase(name)
        .map(|n| n.trim().rsplit(' ').next().unwrap_or("").to_string())
        .unwrap_or_default()
}

/// Side of an unknown name from an affiliation word right before it ("German Defense Minister
/// Boris Pistorius").
fn name_side(an: &Analysis, rules: &RuleSet, name_start: usize) -> (SideAttr, Vec<String>) {
    let lo = name_start.saturating_sub(4);
    if (lo..name_start).any(|i| !matches!(an.toks.toks[i].kind, TokKind::Word | TokKind::Possessive)) {
        // only within one phrase: stop at punctuation
        let last_punct = (lo..name_start)
            .rev()
            .find(|&i| !matches!(an.toks.toks[i].kind, TokKind::Word | TokKind::Possessive));
        if let Some(p) = last_punct {
            return name_side_from(an, rules, p + 1, name_start);
        }
    }
    name_side_from(an, rules, lo, name_start)
}

fn name_side_from(an: &Analysis, rules: &RuleSet, lo: usize, hi: usize) -> (SideAttr, Vec<String>) {
    for e in an.entities.iter().filter(|e| e.a >= lo && e.b <= hi) {
        let found = match e.kind {
            EntityKind::Marker(s) => Some((s, format!("sides/{}", rules.sides.list[s].id))),
            EntityKind::Demonym(c) | EntityKind::Place(c, _) => place_side(rules, c),
            // "State Department spokesman Tommy Pigott": the body a title names
            EntityKind::Source(src, _) if sided_body(&rules.sources.list[src]) => match rules.sources.list[src].side {
                SideRef::Fixed(s) => Some((s, format!("sources/{}", rules.sources.list[src].id))),
                _ => None,
            },
            _ => None,
        };
        if let Some((s, r)) = found {
            return (SideAttr::Side(s), vec![r]);
        }
    }
    (SideAttr::Unattributed, Vec::new())
}

#[cfg(test)]
mod tests {
    use crate::testkit::who;

    fn side_of(text: &str, needle: &str) -> &'static str {
        who(text, needle).0
    }

    /// `first`, then `n` statements by Maria Zakharova, then `last`: a body named long before.
    fn with_statements_between(first: &str, n: usize, last: &str) -> String {
        let mut t = String::from(first);
        (0..n).for_each(|i| t.push_str(&format!("Maria Zakharova said the attack number {i} was terrorism. ")));
        t.push_str(last);
        t
    }

    #[test]
    fn a_names_last_word_is_its_last_normalised_word_whichever_way_it_is_found() {
        for name in [
            "Vitaly Kim",
            "kim",
            "Oleh  Syniehubov ",
            "MAIN 2",
            "",
            "  ",
            "O'Brien",
            "Jean-Luc Picard",
            "Kim's",
        ] {
            assert_eq!(super::last_word(name), super::last_normalised_word(name), "{name:?}");
        }
        assert_eq!(super::last_word("Vitaly Kim"), "kim");
    }

    #[test]
    fn a_leads_title_is_the_holder_named_just_after() {
        // Reuters' lead gives the governor by title; the next paragraph names him
        let t = "Drones set fire to an oil depot in Russia's Bryansk region overnight, the regional governor said. \
                 \n\nGovernor Alexander Bogomaz said no one had been hurt.\n\nThe governor said the fire was out.";
        assert_eq!(who(t, "oil depot"), ("russian", Some("Alexander Bogomaz".into())));
        assert_eq!(who(t, "fire was out"), ("russian", Some("Alexander Bogomaz".into())));
        // a person the rules do not know, by the title written before the name
        let t = "Drones hit a depot in Russia's Lipetsk region, the regional governor said.\n\nLipetsk Governor \
                 Pavel Ivanchenko said no one had been hurt.";
        assert_eq!(who(t, "hit a depot"), ("russian", Some("Pavel Ivanchenko".into())));
        // ... and a title written with what it is of
        let t = "Drones hit a depot near Yelets, the governor of Russia's Lipetsk region said.\n\nLipetsk Governor \
                 Pavel Ivanchenko said no one had been hurt.";
        assert_eq!(who(t, "hit a depot"), ("russian", Some("Pavel Ivanchenko".into())));
        // a region's governor in the country the lead names, the dateline's aside
        let t = "KYIV, Ukraine (AP) — Ukrainian drones struck an aircraft factory deep inside Russia, an official \
                 in Ukraine's Security Service said, while the regional governor said air defenses had shot the \
                 drones down.\n\nUlyanovsk Gov. Alexei Russkikh said seven drones had been destroyed.";
        assert_eq!(
            who(t, "shot the drones down"),
            ("russian", Some("Alexei Russkikh".into()))
        );
        // ... who speaks for their side, not for the side of the region they hold (contested)
        let t = "KYIV, Ukraine (AP) — Russian missiles slammed into residential neighborhoods of two cities in \
                 eastern Ukraine at dawn, killing three people, the regional governor said.\n\nDonetsk Gov. Pavlo \
                 Kyrylenko said rescuers were still searching the rubble.";
        assert_eq!(who(t, "slammed into"), ("ukrainian", Some("Pavlo Kyrylenko".into())));
        // a title someone of that side held before the lead is not a name still to come
        let t = "Governor Vyacheslav Gladkov said a drone fell. Drones hit a depot in Russia's Bryansk region, \
                 the regional governor said.\n\nGovernor Alexander Bogomaz said no one had been hurt.";
        assert_ne!(who(t, "hit a depot").1.as_deref(), Some("Alexander Bogomaz"));
        // the other side's holder named after is not the one the place's officials speak through
        let t = "Russian shelling killed one person in the city of Kherson, according to the regional governor.\n\n\
                 Vladimir Saldo, whom Moscow installed as governor of the Kherson region, called the attack terrorism.";
        assert_eq!(who(t, "killed one person").1.as_deref(), Some("the regional governor"));
    }

    #[test]
    fn the_governor_is_the_person_named_with_that_title_in_any_of_the_ways_it_is_written() {
        // an abbreviated title before the name (`language.title_abbreviations`)
        let t = "Tula Gov. Dmitry Milyaev said air defences had shot down drones over the Aleksin district. \
                 The governor said residents had been moved to a school.";
        assert_eq!(who(t, "moved to a school"), ("russian", Some("Dmitry Milyaev".into())));
        // a description set off after the name whose head is the title
        let t = "Yevgeny Pervyshov, the acting governor of Tambov, said a massive attack had been repelled. \
                 There were no casualties, the governor said.";
        assert_eq!(who(t, "no casualties"), ("russian", Some("Yevgeny Pervyshov".into())));
        // the title set off before the name
        let t = "Rivne's regional governor, Oleksandr Koval, said an energy facility had been hit. \
                 The governor later said no one had been injured.";
        assert_eq!(
            who(t, "no one had been injured"),
            ("ukrainian", Some("Oleksandr Koval".into()))
        );
        // a person the rules know without that title holds the one the text gives them
        let t = "Primorye Governor Oleg Kozhemyako said the brigade had held its positions. \
                 The marines were carrying out their combat tasks, the governor wrote.";
        assert_eq!(who(t, "combat tasks"), ("russian", Some("Oleg Kozhemyako".into())));
        // a description whose head is not the title is not the title's holder
        let t = "Ivan Petrenko, the governor's spokesman, said a school had been hit. \
                 The governor said two people had been wounded.";
        assert_ne!(who(t, "two people").1.as_deref(), Some("Ivan Petrenko"));
    }

    #[test]
    fn the_governor_far_on_is_the_one_named_early_when_the_text_is_back_in_their_region() {
        let t = "Kaluga Governor Vladislav Shapsha said a fire had broken out at an enterprise in Lyudinovo. \
                 Ukraine's General Staff said the station supplied the army. It said the strike was precise. \
                 It gave no figures. Hungary's foreign minister said deliveries had been cut. He said it was not \
                 Hungary's war. Ukraine's foreign ministry said Budapest should complain to Moscow. It said so on \
                 Monday. An analyst said stations were hard to knock out.\n\nLyudinovo has been targeted before. \
                 In April, three drones fell on an oil depot in the town, the governor said at the time.";
        assert_eq!(
            who(t, "fell on an oil depot"),
            ("russian", Some("Vladislav Shapsha".into()))
        );
        // ... not when the text has moved to another region since
        let t = "Kaluga Governor Vladislav Shapsha said a fire had broken out at an enterprise in Lyudinovo. \
                 Ukraine's General Staff said the station supplied the army. It said the strike was precise. \
                 It gave no figures. Hungary's foreign minister said deliveries had been cut. He said it was not \
                 Hungary's war. Ukraine's foreign ministry said Budapest should complain to Moscow. It said so on \
                 Monday. An analyst said stations were hard to knock out.\n\nIn the Belgorod region, drones hit \
                 a substation, the governor said.";
        assert_ne!(who(t, "hit a substation").1.as_deref(), Some("Vladislav Shapsha"));
    }

    #[test]
    fn a_bodys_analysts_are_the_body_and_lend_no_side_to_a_countrys_air_force() {
        let t = "The Institute for the Study of War, a Washington-based think tank, said Russian forces appeared \
                 to be intensifying attacks. Its analysts noted that Russian officials had claimed strikes on the \
                 plant several times.\n\nOvernight, Russia launched 87 drones at Ukraine, the country's air force \
                 said.";
        assert_eq!(
            who(t, "Its analysts"),
            ("third_party", Some("Institute for the Study of War".into()))
        );
        // the think tank is no armed force: "the country's air force" takes no side from it
        assert_ne!(who(t, "87 drones").0, "third_party");
    }

    #[test]
    fn a_body_is_the_one_the_rules_call_by_that_noun_that_the_article_named() {
        // `called: [agency, service]` on the SBU
        let t = "Ukraine's Security Service (SBU) said its drones had hit four airfields. \
                 The agency estimated the damage at $7 billion.";
        assert_eq!(
            who(t, "estimated the damage"),
            ("ukrainian", Some("Security Service of Ukraine (SBU)".into()))
        );
        // the outlet of the dateline files the report; it is not the agency spoken of
        let t = "KYIV, Ukraine (AP) — Russia's Federal Security Service said it had detained a saboteur. \
                 The man had confessed, the agency said.";
        assert_eq!(who(t, "confessed"), ("russian", Some("FSB".into())));
        // two bodies so called: no guess at which
        let t = "The FSB said it had detained a saboteur, Interfax reported. The Interfax report cited a video. \
                 The man had confessed, the agency said.";
        assert_ne!(who(t, "confessed").1.as_deref(), Some("FSB"));
    }

    #[test]
    fn a_body_without_a_country_is_the_one_named_as_a_subject_shortly_before() {
        // the ministry was named two sentences before, as the subject of a sentence with no cue;
        // its spokesman spoke in between
        let t = "Russia's Defence Ministry gave a different account. Its spokesman, Major General Igor Konashenkov, \
                 said Russian forces had hit a command post. \"The Russian armed forces strike only military targets,\" \
                 the ministry said in a statement.";
        assert_eq!(side_of(t, "only military targets"), "russian");
        // a body with other words is not that one
        let t = "Russia's Defence Ministry gave a different account. Its spokesman, Major General Igor Konashenkov, \
                 said Russian forces had hit a command post. \"We were not there,\" the foreign ministry said.";
        assert_eq!(side_of(t, "not there"), "unattributed");
    }

    #[test]
    fn bodies_reports_and_pictures_are_the_ones_the_text_means() {
        // (text, words of the statement, side)
        let cases = [
            // a bare body in a new paragraph, after a sentence showing one government acting, is
            // that government's, not a foreign body of the name from paragraphs before
            (
                "Britain's Ministry of Defence said in its intelligence update that Russia had likely ordered a \
                 withdrawal.\n\nIt is not the first time Moscow has presented a setback as a deliberate choice. In \
                 late March, the defence ministry announced it would reduce military activity around Kyiv.",
                "reduce military activity",
                "russian",
            ),
            // ... while a body of one of the sides named before stays that body
            (
                "Ukraine's General Staff said drones had hit the refinery.\n\nRussia has so far managed to cover \
                 domestic demand. The General Staff said the plant had stopped.",
                "had stopped",
                "ukrainian",
            ),
            // the time an event sets is no part of the pictures that speak
            (
                "Satellite images published after that attack showed scorch marks near the hangars.",
                "scorch marks",
                "third_party",
            ),
            (
                "Satellite images taken by the US company Maxar days before the strike showed aircraft on the apron.",
                "aircraft on the apron",
                "third_party",
            ),
            // a body's noun is the body the sentence named before it, not a ministry that spoke
            (
                "Russia's Defence Ministry said it had hit a military target. About 105 people sought help in tents \
                 set up by the State Emergency Service and the Red Cross, according to the service.",
                "About 105 people",
                "ukrainian",
            ),
            // a report brought in by "a" is new, not the statement before (Amnesty's, not the ministry's)
            (
                "Russia's Defence Ministry said it had struck a deployment point of foreign mercenaries. Earlier this \
                 month, Amnesty International drew fury in Kyiv when it published a report accusing Ukrainian forces \
                 of endangering civilians.",
                "endangering civilians",
                "unattributed",
            ),
            // ... while "the statement" still is the one just before
            (
                "Russia's Defence Ministry said it had struck a deployment point of foreign mercenaries. The \
                 statement said ten drones had been shot down.",
                "ten drones",
                "russian",
            ),
            // a name set off by its abbreviation and a relative clause speaks, not "shareholders
            // include Russian"
            (
                "The Caspian Pipeline Consortium (CPC), whose shareholders include Russian, Kazakh and US \
                 companies, said uncrewed boats had attacked its marine terminal.",
                "uncrewed boats",
                "third_party",
            ),
        ];
        for (text, words, side) in cases {
            assert_eq!(side_of(text, words), side, "{text}");
        }
    }

    #[test]
    fn a_bodys_one_word_name_after_a_given_name_is_a_persons_surname() {
        // the Antonov company is Ukrainian; Anatoly Antonov was Russia's ambassador
        let t = "Russia's ambassador to Washington, Anatoly Antonov, who was summoned to the State Department on \
                 Tuesday, said afterwards that Moscow did not want a confrontation.";
        assert_eq!(side_of(t, "did not want"), "russian");
        let t = "The Antonov company said it could not report on the aircraft's condition.";
        assert_eq!(side_of(t, "could not report"), "ukrainian");
    }

    #[test]
    fn a_closing_frame_after_a_quotation_or_by_pronoun_frames_the_clause() {
        // "...," the governor said: the governor's words, not the experts' he quotes
        let t = "Sevastopol governor Mikhail Razvozhayev said four tanks had burned. Experts who examined the site \
                 concluded that \"only a drone could have reached the tank,\" the governor said.";
        assert_eq!(side_of(t, "only a drone"), "russian");
        // ", it said" after a noun cue naming someone else
        let t = "Russia's foreign ministry said the attack was terrorism. The absence of any condemnation from \
                 Washington was telling, it said.";
        assert_eq!(side_of(t, "absence of any condemnation"), "russian");
    }

    #[test]
    fn a_known_person_after_a_bare_title_names_the_speaker_and_their_body() {
        let t = "\"Washington has fed another terrorist cell,\" the foreign ministry spokesperson, Maria Zakharova, \
                 wrote on Telegram. In a separate statement, the foreign ministry said responsibility lay with the \
                 United States.";
        assert_eq!(
            who(t, "another terrorist cell"),
            ("russian", Some("Maria Zakharova".into()))
        );
        assert_eq!(side_of(t, "responsibility lay"), "russian");
        // a named speaker keeps their name: the appositive is about someone else
        let t = "Swedish Prime Minister Ulf Kristersson, speaking alongside Zelenskyy in the city of Linkoping, \
                 called the strike a terrible reminder.";
        assert_eq!(side_of(t, "terrible reminder"), "third_party");
    }

    #[test]
    fn it_is_not_a_country_named_as_where_nor_a_plural_group() {
        let t = "The OPCW said samples taken near the front line in Ukraine had tested positive for CS gas, but it \
                 did not say who had used it.";
        assert_eq!(side_of(t, "did not say who"), "third_party");
        let t = "The Institute for the Study of War said geolocated footage and Russian sources indicated Ukrainian \
                 forces had liberated several settlements. It said Ukraine was conducting counteroffensive operations.";
        assert_eq!(side_of(t, "conducting counteroffensive"), "third_party");
    }

    #[test]
    fn speaker_phrases_take_counted_complements_adjectival_verbs_and_coordinated_groups() {
        let cases = [
            (
                "A pro-Kremlin military blogger with more than 300,000 followers acknowledged that a vessel had been hit.",
                "vessel had been hit",
            ),
            (
                "A pro-Kremlin military blogger with more than half a million followers on Telegram claimed the damage \
                 had been caused by a Ukrainian air defense missile.",
                "the damage",
            ),
            ("Russian-installed authorities on the left bank said 17 people had died.", "17 people"),
            (
                "Russian pro-war Telegram channels and war correspondents, meanwhile, claimed that the clinic was a hospital.",
                "the clinic was",
            ),
        ];
        for (t, needle) in cases {
            assert_eq!(side_of(t, needle), "russian", "{t}");
        }
        // a body named apart after "and" is no part of a group
        let t = "Ukrainian officials and the agency said the team was safe.";
        assert_ne!(side_of(t, "team was safe"), "ukrainian");
    }

    #[test]
    fn a_relative_clause_without_that_after_an_event_has_its_own_subject() {
        // not "Kyiv on an attack the Kremlin", which Kyiv's name would make Ukrainian
        let t = "Kostenko called it good work, the most direct comment yet from Kyiv on an attack the Kremlin has \
                 blamed on Ukraine.";
        assert_eq!(side_of(t, "blamed on Ukraine"), "russian");
    }

    #[test]
    fn he_after_an_official_named_by_title_alone_is_that_official() {
        let t = "The head of the Proletarsk district administration told Don24 that the fire was localised. \
                 Evacuation, he said, was not being considered.";
        let (_, speaker) = who(t, "Evacuation");
        assert_eq!(
            speaker.as_deref(),
            Some("The head of the Proletarsk district administration")
        );
        // ... but not when someone was named shortly before: "he" may be that person
        let t = "Mayor Ihor Terekhov said a drone hit a school. The head of the district administration said the \
                 fire was out. He said nobody was hurt.";
        assert_eq!(side_of(t, "nobody was hurt"), "ukrainian");
    }

    #[test]
    fn a_dateline_in_capitals_is_no_ones_voice() {
        // "they" is the explosions, not Kyiv or Ukraine of the dateline
        let t = "KYIV, Ukraine (AP) — Ukrainian drones struck a depot, setting off explosions so powerful they \
                 registered on seismic monitors, officials on both sides said.";
        assert_eq!(side_of(t, "KYIV"), "unattributed");
    }

    #[test]
    fn one_of_a_group_named_with_a_capitalised_modifier_is_of_that_group() {
        let t = "Several Russian pro-war Telegram channels echoed the ministry's version, saying the restaurant was \
                 frequented by soldiers. One channel with more than a million subscribers described it as a legitimate target.";
        assert_eq!(
            who(t, "echoed"),
            ("russian", Some("Several Russian pro-war Telegram channels".into()))
        );
        assert_eq!(side_of(t, "legitimate target"), "russian");
    }

    #[test]
    fn armed_forces_without_a_country_are_the_national_outlets() {
        let t = "---\noutlet: Kyiv Independent\n---\nRussia launched 14 cruise missiles at Ukraine overnight, the Air Force reported.";
        assert_eq!(side_of(t, "14 cruise missiles"), "ukrainian");
        // a wire service has no country to lend
        let t = "---\noutlet: Reuters\n---\nRussia launched 14 cruise missiles at Ukraine overnight, the Air Force reported.";
        assert_eq!(side_of(t, "14 cruise missiles"), "unattributed");
        // nor is a directorate armed forces: it may be any country's
        let t = "---\noutlet: Kyiv Independent\n---\nA cargo ship was hit near Odesa, the directorate said.";
        assert_eq!(side_of(t, "cargo ship"), "unattributed");
    }

    #[test]
    fn a_body_named_in_full_is_found_however_far_back() {
        // thirty other speakers in between: "the ministry" would be too far to follow, but "The
        // Special Operations Forces" names the body in full
        let mut t = String::from("Ukraine's Special Operations Forces said they had hit two airfields. ");
        for name in [
            "Ivanov",
            "Petrov",
            "Sidorov",
            "Smirnov",
            "Kuznetsov",
            "Popov",
            "Sokolov",
            "Lebedev",
            "Kozlov",
            "Novikov",
            "Morozov",
            "Volkov",
            "Alekseev",
            "Lebedeva",
            "Semenov",
            "Egorov",
            "Pavlov",
            "Kozlova",
            "Stepanov",
            "Nikolaev",
            "Orlov",
            "Andreev",
            "Makarov",
            "Nikitin",
            "Zakharov",
            "Zaitsev",
            "Soloviev",
            "Borisov",
            "Yakovlev",
            "Grigoriev",
        ] {
            t.push_str(&format!("Russian official Pavel {name} said the fire was small. "));
        }
        t.push_str("The Special Operations Forces later said 34 officers had been killed.");
        assert_eq!(side_of(&t, "34 officers"), "ukrainian");
    }

    #[test]
    fn an_outlet_noun_is_the_outlet_described_with_it() {
        let t = "Russian state news agency RIA Novosti went further. The agency claimed that Western instructors \
                 had been living at the hotel.";
        assert_eq!(side_of(t, "Western instructors"), "russian");
        // an outlet not described with the noun is not "the agency" (the SBU, an agency, is)
        let t = "The BBC has not been able to verify the claims. The agency said 41 aircraft had been hit.";
        assert_eq!(side_of(t, "41 aircraft"), "unattributed");
    }

    #[test]
    fn the_source_is_the_one_the_sentence_before_brought_in_without_a_cue() {
        let t = "A source in Ukraine's Security Service (SBU) gave a very different account. According to the source, \
                 the operation, carried out jointly with the army, destroyed at least six aircraft.";
        assert_eq!(
            who(t, "six aircraft"),
            ("ukrainian", Some("A source in Ukraine's Security Service (SBU)".into()))
        );
        // nobody was brought in: the source stays unknown
        let t = "Drones attacked the airfield overnight. According to the source, six aircraft were destroyed.";
        assert_eq!(side_of(t, "six aircraft"), "unattributed");
    }

    #[test]
    fn a_definite_description_set_beside_a_known_person_is_that_person() {
        let t = "In Ukraine, the commander of the military's Unmanned Systems Forces, Robert Brovdi, said his \
                 drones had hit the depot. \"The birds paid a night visit,\" he wrote.";
        assert_eq!(who(t, "hit the depot"), ("ukrainian", Some("Robert Brovdi".into())));
        // ... and "he" is him, not the capitalised words of his forces' name
        assert_eq!(who(t, "night visit"), ("ukrainian", Some("Robert Brovdi".into())));
        // a description that names no one does not become a name
        let t = "The commander of a Ukrainian drone unit said his drones had hit the depot.";
        assert_ne!(who(t, "hit the depot").1.as_deref(), Some("Robert Brovdi"));
    }

    #[test]
    fn a_possessive_subject_goes_on_with_its_noun() {
        let t =
            "Ukraine's military intelligence agency, the HUR, went further, claiming that the building had been mined.";
        // (the rules know the agency by that description: its canonical name)
        assert_eq!(
            who(t, "mined"),
            ("ukrainian", Some("Ukrainian military intelligence (GUR)".into()))
        );
    }

    #[test]
    fn a_namesake_is_not_the_source() {
        // another given name: someone the rules do not know, so no side of their own
        let t = "Deputy Mayor Taras Kuleba said the train was carrying passengers.";
        assert_eq!(
            who(t, "train"),
            ("unattributed", Some("Deputy Mayor Taras Kuleba".into()))
        );
        // another spelling of the same given name, or none, is still the source
        let t = "Foreign Minister Dmitry Kuleba said the train was carrying passengers.";
        assert_eq!(who(t, "train"), ("ukrainian", Some("Dmytro Kuleba".into())));
        let t = "Kuleba said the train was carrying passengers.";
        assert_eq!(who(t, "train"), ("ukrainian", Some("Dmytro Kuleba".into())));
    }

    #[test]
    fn a_marker_outweighs_the_speakers_nationality() {
        // Russian citizens fighting for Ukraine speak for Ukraine, wherever the marker stands
        let t = "A group of Russian citizens fighting for Ukraine said its fighters had crossed the border.";
        assert_eq!(side_of(t, "crossed"), "ukrainian");
        let t = "A pro-Russian Ukrainian politician said the strike hit a school.";
        assert_eq!(side_of(t, "school"), "russian");
        // a nationality alone still gives the side
        let t = "A group of Russian citizens said its fighters had crossed the border.";
        assert_eq!(side_of(t, "crossed"), "russian");
    }

    #[test]
    fn side_comes_from_the_maker_not_from_who_is_mentioned() {
        let t = "Ukraine downed 34 out of 55 drones launched by Russia in an overnight attack, the Ukrainian air force said on Thursday.";
        assert_eq!(who(t, "downed"), ("ukrainian", Some("Ukrainian air force".into())));
    }

    #[test]
    fn governor_of_russian_region_is_russian() {
        assert_eq!(
            side_of(
                "The governor of Russia's Belgorod region said a drone was shot down.",
                "drone"
            ),
            "russian"
        );
    }

    #[test]
    fn unlisted_official_gets_side_from_the_gazetteer() {
        assert_eq!(
            side_of(
                "A drone hit a fuel depot, the Tver regional governor wrote on Telegram.",
                "depot"
            ),
            "russian"
        );
        assert_eq!(
            side_of(
                "The Kharkiv mayor told reporters that two missiles hit the city.",
                "missiles"
            ),
            "ukrainian"
        );
    }

    #[test]
    fn capital_as_speaker_gives_the_side() {
        assert_eq!(
            who("A factory was hit by Ukraine's latest drone, Kiev claims.", "factory"),
            ("ukrainian", Some("Kiev".into()))
        );
        assert_eq!(side_of("Moscow claimed to have annexed them.", "annexed"), "russian");
    }

    #[test]
    fn an_official_with_a_body_speaks_for_it_and_is_the_official_later() {
        let t = "An official with Ukraine's Security Service, or SBU, told The Associated Press that eight drones hit the refinery. \
                 \"These are direct hits,\" the official said.";
        assert_eq!(who(t, "eight drones").0, "ukrainian");
        assert_eq!(who(t, "direct hits").0, "ukrainian");
        // "with" elsewhere still opens a clause of its own: the officials speak, not "the drones
        // ... with officials"
        let t = "The drones struck overnight, with officials saying two people were hurt.";
        assert_eq!(who(t, "struck").1.as_deref(), Some("officials"));
    }

    #[test]
    fn a_numbered_unit_takes_its_side_from_the_rules_not_from_the_speaker_before() {
        // sides: numbered_units gives a unit named by its number the side whose units speak
        let t = "Russia's Defense Ministry said its troops had captured Yampil. \
                 \"Yampil remains under our control,\" the 11th Army Corps, which is responsible for the sector, said.";
        assert_eq!(who(t, "remains"), ("ukrainian", Some("the 11th Army Corps".into())));
        // ... and "the corps" after it is that unit
        let t = "The 11th Army Corps said Yampil remained under Ukrainian control. \
                 The corps said Russian infantry had tried to slip into the village.";
        assert_eq!(who(t, "infantry").0, "ukrainian");
        // whose army the phrase names comes first
        let t = "Russia's 3rd Army Corps said its units had advanced near Siversk.";
        assert_eq!(who(t, "advanced").0, "russian");
        // a unit noun in lower case still names the unit
        let t = "The 59th brigade said in a statement that it had repelled 14 assaults.";
        assert_eq!(who(t, "assaults").0, "ukrainian");
        // a number that is no unit's
        let t = "The 24th session of the council said the talks would resume.";
        assert_eq!(who(t, "talks").0, "unattributed");
        // a named body's group noun still refers back to it
        let t = "The Russian Volunteer Corps posted video of its fighters. \
                 The group denied firing on residential areas of Shebekino.";
        assert_eq!(who(t, "denied").0, "ukrainian");
    }

    #[test]
    fn after_a_relative_clause_of_its_own_the_rest_splits_again_at_a_contrast() {
        let t = "Troops crossed the border, in what Moscow called an incursion by Ukrainian \"saboteurs\", \
                 while Kyiv said it was an internal matter.";
        assert_eq!(who(t, "saboteurs"), ("russian", Some("Moscow".into())));
        assert_eq!(who(t, "internal matter"), ("ukrainian", Some("Kyiv".into())));
        // not inside what the relative clause reports
        let t = "The Kremlin released video of a meeting, at which Valery Gerasimov told Putin that Myrnohrad \
                 and the town of Huliaipole had both been captured, according to the Kremlin.";
        assert_eq!(who(t, "Myrnohrad").1, who(t, "Huliaipole").1);
    }

    #[test]
    fn analysts_after_a_possessive_are_the_owners_people() {
        let t = "DeepState, a Ukrainian open-source mapping project, showed the town in the gray zone. \
                 Its analysts wrote that the withdrawal was largely complete.";
        assert_eq!(side_of(t, "withdrawal"), "ukrainian");
        // analysts at large are still outside observers
        let t = "Russian forces struck the city. Military analysts said the claim was premature.";
        assert_eq!(side_of(t, "premature"), "third_party");
    }

    #[test]
    fn an_aside_that_says_where_is_no_appositive_name() {
        let t = "Commercial satellite images of Russia's Olenya air base, inside the Arctic Circle, show burned-out bombers.";
        assert_eq!(
            who(t, "bombers"),
            (
                "third_party",
                Some("Commercial satellite images of Russia's Olenya air base".into())
            )
        );
        // an aside that says whose still names the speaker
        let t = "Serhiy Tsekhotskyi, of Ukraine's 59th Separate Motorised Infantry Brigade, said commanders had pulled the units back.";
        assert_eq!(side_of(t, "pulled"), "ukrainian");
    }

    #[test]
    fn he_after_a_quotation_of_two_sentences_is_the_unnamed_person_who_spoke_before_it() {
        let t = "Vladimir Rogov said fighting was still going on along the northern edge. \
                 A Ukrainian soldier fighting in the sector described Robotyne as a gray zone. \
                 \"Nobody is really sitting in Robotyne itself. There is nothing left to sit in,\" he said.";
        assert_eq!(side_of(t, "nothing left"), "ukrainian");
        assert_eq!(side_of(t, "Nobody"), "ukrainian");
    }

    #[test]
    fn he_goes_on_with_the_person_who_spoke_before_not_one_named_there() {
        let t = "Trump said he had asked Putin to spare the soldiers. Putin answered within hours. \
                 Speaking at a meeting of his Security Council, he said he was sympathetic to Trump's appeal. \
                 The Ukrainian side, he said, must give its troops the order to surrender.";
        assert_eq!(who(t, "surrender"), ("russian", Some("Vladimir Putin".into())));
        // a person named as the speaker of a clause inside is no pronoun's chain
        let t = "Hours after the attacks, German Defense Minister Boris Pistorius arrived in Kyiv. \
                 Pistorius's visit comes a day after NATO chief Mark Rutte told members of the European Parliament that Ukraine was not ready for talks. \
                 \"This visit proves that Germany stands with Ukraine,\" he said.";
        assert_eq!(who(t, "This visit").1.as_deref(), Some("Boris Pistorius"));
    }

    #[test]
    fn a_part_of_the_day_goes_with_its_day_before_the_verb() {
        let t = "DeepState, a Ukrainian open-source mapping project, on Wednesday morning showed the complex in the gray zone.";
        assert_eq!(who(t, "complex"), ("ukrainian", Some("DeepState".into())));
        let t = "DeepState on Wednesday morning showed the complex in the gray zone.";
        assert_eq!(who(t, "complex"), ("ukrainian", Some("DeepState".into())));
    }

    #[test]
    fn a_bare_title_is_the_person_a_phrase_with_that_title_brought_in() {
        let t = "On Sunday, a spokesman for the Tavria group, Dmytro Lykhovyi, dismissed the figure as fantasy. \
                 Russian military bloggers have claimed that hundreds of Ukrainian soldiers surrendered. \
                 \"Claims that hundreds of our soldiers were taken prisoner are not true,\" the spokesman said.";
        assert_eq!(who(t, "prisoner"), ("ukrainian", Some("Dmytro Lykhovyi".into())));
        // every word of the title: the interior minister is not the prime minister named before
        let t = "Ukraine's prime minister, Denys Shmyhal, said 16 people had been killed. \
                 On Thursday the interior minister, Ihor Klymenko, raised the death toll to 17 and said rescuers had finished searching the rubble.";
        assert_ne!(who(t, "rescuers").1.as_deref(), Some("Denys Shmyhal"));
    }

    #[test]
    fn a_body_named_in_a_later_persons_title_is_the_one_meant() {
        let t = "Russia's Defense Ministry said its forces had struck military targets. \
                 Foreign Ministry spokesperson Heorhii Tykhyi called the claims a lie. \
                 The ministry urged Ukraine's partners to send more air defence systems.";
        assert_eq!(who(t, "urged").0, "ukrainian");
        // the same side, by the name the rules know the body by
        let t = "Russian Defense Ministry spokesman Igor Konashenkov said the troops had left the island. \
                 The garrison suffered no losses, the ministry said.";
        assert_eq!(who(t, "garrison"), ("russian", Some("Russian Defence Ministry".into())));
        // a minister is no ministry
        let t = "Russia's Defense Ministry said 49 drones had been shot down. \
                 The foreign minister of Ukraine said no such attack had taken place. \
                 The ministry later said 41 of the drones were downed over Novgorod region.";
        assert_eq!(who(t, "Novgorod").0, "russian");
    }

    #[test]
    fn role_only_speaker_resolves_to_the_known_source() {
        let t = "“Today, air defense forces near Lyubertsy thwarted another attempt to fly a drone into Moscow,” Moscow’s mayor said.";
        assert_eq!(who(t, "thwarted"), ("russian", Some("Sergey Sobyanin".into())));
    }

    #[test]
    fn title_refers_back_to_the_person_named_before() {
        let t = "Sir Keir Starmer visited Kyiv on Thursday. The Prime Minister said the UK would “never let up” on support for Ukraine.";
        assert_eq!(who(t, "never let up"), ("third_party", Some("Keir Starmer".into())));
    }

    #[test]
    fn anonymous_source_in_a_body_takes_its_side_and_keeps_its_words() {
        let t = "A source in the SBU told AFP that Kyiv was targeting military airfields.";
        assert_eq!(who(t, "targeting"), ("ukrainian", Some("A source in the SBU".into())));
    }

    #[test]
    fn anonymous_source_takes_the_side_of_the_national_outlet_it_told() {
        let t =
            "“It was the GUR’s operation, it was a success and more will follow,” a source told Ukrainskaya Pravda.";
        assert_eq!(side_of(t, "GUR"), "ukrainian");
        // an international agency is only the channel
        assert_eq!(
            side_of("“The strike was a success,” a source told AFP.", "success"),
            "unattributed"
        );
    }

    #[test]
    fn an_outlet_checking_claims_lends_no_side_to_the_body_named_after_it() {
        let text = "By Tuesday, Russian military bloggers had put the number of dead at about 200. Reuters could not independently verify either side's account.\n\nThe General Staff did not say whether any of its air defence systems had been in the area.";
        assert_eq!(side_of(text, "General Staff"), "unattributed");
    }

    #[test]
    fn a_warring_country_joined_by_its_allies_inside_the_speaker_phrase_gives_its_side() {
        let t = "Ukraine and its Western allies say Russian troops are regrouping.";
        assert_eq!(side_of(t, "regrouping"), "ukrainian");
        // the two warring sides together still give none
        let t = "Russia and Ukraine say the talks will resume.";
        assert_eq!(side_of(t, "talks"), "unattributed");
    }

    #[test]
    fn a_companys_people_do_not_take_the_side_of_a_ministry_that_spoke_before() {
        let t = "Russia's Defense Ministry said it had struck a weapons depot. It did not refer to any casualties.\n\n\"This was a parcel warehouse, not an arsenal,\" the company's chief executive said.";
        assert_eq!(side_of(t, "parcel warehouse"), "unattributed");
        // a body of the state after it still is the ministry's country's
        let t = "Russia's Defense Ministry said it had struck a weapons depot. It did not refer to any casualties.\n\nThe general staff said the strike had been a success.";
        assert_eq!(side_of(t, "a success"), "russian");
    }

    #[test]
    fn a_capitalised_day_is_no_person_a_pronoun_could_refer_to() {
        let t = "In his Independence Day address, President Volodymyr Zelenskiy said Ukraine could hit back. He did not refer to the Kursk plant.";
        assert_eq!(
            who(t, "did not refer"),
            ("ukrainian", Some("Volodymyr Zelensky".to_string()))
        );
    }

    #[test]
    fn what_a_speaker_calls_something_in_his_description_is_not_his_affiliation() {
        let t = "Ivan Petrov, an envoy who collects evidence of what he calls crimes by \"the Kyiv regime\", said 20 shells had landed.";
        assert_eq!(side_of(t, "20 shells"), "unattributed");
        // the description before the cue still tells
        let t = "Ivan Petrov, a Russian envoy who says he collects evidence, said 20 shells had landed.";
        assert_eq!(side_of(t, "20 shells"), "russian");
    }

    #[test]
    fn the_articles_own_outlet_checking_claims_is_the_reporters_voice() {
        let side_in = |text: &str, needle: &str| {
            let all = crate::testkit::statements(text);
            crate::testkit::side(crate::testkit::find(&all, needle))
        };
        let body = "Russia's defence ministry said all drones were shot down. The Kyiv Independent could not independently verify the ministry's claims.";
        let own = |outlet: &str| side_in(&format!("---\noutlet: {outlet}\n---\n{body}"), "could not");
        // its own check, with or without "The", in any case
        assert_eq!(own("Kyiv Independent"), "unattributed");
        assert_eq!(own("the kyiv independent"), "unattributed");
        // cited in another outlet's article, it is an outside checker
        assert_eq!(own("Reuters"), "third_party");
        assert_eq!(side_of(body, "could not"), "third_party");
        // what the outlet saw or confirmed for itself is still its finding, not the reporter's voice
        let confirmed = "---\noutlet: Reuters\n---\nReuters was able to confirm the location of the footage.";
        assert_eq!(side_in(confirmed, "location"), "third_party");
        let saw = "---\noutlet: Reuters\n---\nReuters journalists saw the burnt-out hulls of two aircraft.";
        assert_eq!(side_in(saw, "hulls"), "third_party");
    }

    #[test]
    fn an_outlet_that_relays_a_speaker_with_a_side_does_not_lend_its_own() {
        // a wrong side here was the outlet's: TASS is Russian, the navy spokesman Ukrainian
        let t = "A spokesman for the Ukrainian navy cited by TASS said two boats were destroyed.";
        assert_eq!(side_of(t, "boats"), "ukrainian");
        let t = "The Belgorod governor, quoted by Ukrainian media, said nobody was injured.";
        assert_eq!(side_of(t, "nobody"), "russian");
        // the relayed words still claim what they say
        let all = crate::testkit::statements(t);
        let kinds = crate::testkit::kinds(&all[0]);
        assert!(kinds.contains(&"no_casualties"), "{kinds:?}");
        let t = "According to the Belgorod governor, cited by Ukrainska Pravda, nobody was injured.";
        assert_eq!(side_of(t, "nobody"), "russian");
        // a speaker with no side of its own takes the outlet's, not the speaker's before
        let t =
            "Satellite images showed a fire. A military source cited by RIA Novosti said the drones were shot down.";
        assert_eq!(side_of(t, "drones were"), "russian");
        assert_eq!(
            side_of("Two drones were shot down, a spokesman cited by TASS said.", "Two"),
            "russian"
        );
    }

    #[test]
    fn an_outlet_citing_a_speaker_with_a_side_passes_the_words_on() {
        // each of these was the outlet's side: a wrong side
        let t = "TASS reported, citing the Ukrainian General Staff, that two boats were destroyed.";
        assert_eq!(side_of(t, "boats"), "ukrainian");
        let t = "Ukrainian media, citing the Kursk governor, said all the drones had been shot down.";
        assert_eq!(who(t, "drones"), ("russian", Some("the Kursk governor".into())));
        let t = "Citing the Belgorod governor, Ukrainian media said nobody was injured.";
        assert_eq!(side_of(t, "nobody"), "russian");
        let t = "Reuters, citing a Ukrainian security source, said the depot had been hit.";
        assert_eq!(side_of(t, "depot"), "ukrainian");
        // the cited words still claim what they say
        let all = crate::testkit::statements("Ukrainian media, citing the Kursk governor, said nobody was injured.");
        let kinds = crate::testkit::kinds(&all[0]);
        assert!(kinds.contains(&"no_casualties"), "{kinds:?}");
        // services that would take the side of whatever place the statement is about: the outlet's
        let t = "A drone hit a bus in Zaporizhzhia, Ukrainian officials said. \
                 RIA Novosti, citing local emergency services, said 11 people had been injured.";
        assert_eq!(side_of(t, "11 people"), "russian");
        // nothing with a side cited: the outlet's side
        let t = "TASS, citing witnesses, said a fire broke out at the depot.";
        assert_eq!(who(t, "fire"), ("russian", Some("TASS".into())));
        // no outlet: an official citing someone makes the claim their own
        let t = "The Russian defence ministry, citing Ukrainian officials, said the attack had failed.";
        assert_eq!(side_of(t, "attack"), "russian");
        let t = "Officials, citing the Ukrainian navy, said two boats were destroyed.";
        assert_eq!(side_of(t, "boats"), "unattributed");
    }

    #[test]
    fn what_follows_according_to_x_is_the_claim_not_an_appositive() {
        // the clause after "According to X," was taken for an appositive: speaker words, no claim
        let all = crate::testkit::statements(
            "According to the Belgorod governor, two people were injured in a drone strike on Shebekino.",
        );
        let kinds = crate::testkit::kinds(&all[0]);
        assert!(kinds.contains(&"casualties") && kinds.contains(&"strike"), "{kinds:?}");
        assert_eq!(crate::testkit::place(&all[0]), Some("shebekino"));
        // a real appositive still names the speaker
        let t = "According to the governor, Vyacheslav Gladkov, two people were injured.";
        assert_eq!(who(t, "injured"), ("russian", Some("Vyacheslav Gladkov".into())));
    }

    #[test]
    fn a_member_named_after_the_speakers_does_not_rename_them() {
        let t = "Pro-Kremlin military bloggers, including the popular Rybar channel, had reported heavy fighting in the town.";
        assert_eq!(
            who(t, "heavy fighting"),
            ("russian", Some("Pro-Kremlin military bloggers".into()))
        );
        // speakers with no side of their own take the member's
        let t = "Military bloggers, including the popular Rybar channel, had reported heavy fighting in the town.";
        assert_eq!(side_of(t, "heavy fighting"), "russian");
    }

    #[test]
    fn an_aside_between_commas_keeps_its_speaker_to_itself() {
        // the rest of the sentence was the aside's: Ukraine's (the governor said it) and Reuters'
        let t = "The depot, which Ukraine said stored shells, was hit, the governor of Belgorod region said.";
        assert_eq!(side_of(t, "stored shells"), "ukrainian");
        assert_eq!(side_of(t, "was hit"), "russian");
        let t = "Video circulating on Russian Telegram channels, which Reuters could not independently verify, appeared to show the ship listing.";
        assert_eq!(side_of(t, "listing"), "unattributed");
        // a relative clause that runs to the end of the sentence is still a clause of its own
        // a cue that opens the clause after the aside has its speaker before the aside
        let t = "Satellite images from NASA's fire-monitoring system, which Reuters could not independently verify, showed a large fire near the depot.";
        assert_eq!(
            who(t, "large fire"),
            (
                "third_party",
                Some("Satellite images from NASA's fire-monitoring system".into())
            )
        );
        let t = "Russian forces shelled the town of Kupiansk, which Ukrainian officials said killed two people.";
        assert_eq!(side_of(t, "shelled"), "unattributed");
        assert_eq!(side_of(t, "killed"), "ukrainian");
    }

    #[test]
    fn pronoun_resolves_to_the_person_named_before() {
        let t = "“No-one was injured” but the drone sparked a fire, Gusev continued.\n\n“A decision was taken to evacuate residents of a village” because of the blaze, he said.";
        assert_eq!(who(t, "evacuate"), ("russian", Some("Alexander Gusev".into())));
    }

    #[test]
    fn a_pronoun_goes_on_with_the_person_a_pronoun_carried_before() {
        // the sentence before names nobody: its speaker, carried by "he" and the quotation, is
        // the one "he" means in the next paragraph (not the Wagner chief's group further back)
        let t = "The report came from Mr. Prigozhin himself. In a video posted on Tuesday, the Wagner chief \
                 accused regular Russian troops of abandoning a foothold. \"The 72nd brigade lost three square \
                 kilometers,\" he said. \"They just packed up and ran.\"\n\n\
                 On Friday he returned to the theme, saying the Defense Ministry had fibbed a little.";
        assert_eq!(who(t, "fibbed").1.as_deref(), Some("Yevgeny Prigozhin"));
        // ... and after a counted time and a filler ("Two days later he ..., saying")
        let t = "Yevgeny Prigozhin threatened to pull his fighters out of Bakhmut.\n\n\
                 Two days later he reversed course, saying he had been promised the shells he needed.";
        assert_eq!(who(t, "promised").1.as_deref(), Some("Yevgeny Prigozhin"));
    }

    #[test]
    fn a_pronoun_goes_past_a_sentence_that_names_nobody_to_the_unnamed_speaker() {
        let t = "\"The enemy lost up to 1,400 servicemen,\" Konashenkov said.\n\n\
                 A spokesperson for Ukraine's 72nd Mechanized Brigade told the Kyiv Independent the village was a \"gray zone\". \
                 He spoke on condition that only his call sign be used.\n\n\
                 \"They raise a flag over a ruined house for the cameras and call it liberation,\" he said.";
        assert_eq!(side_of(t, "raise a flag"), "ukrainian");
    }

    #[test]
    fn a_surname_alone_is_the_person_of_that_surname_the_article_named() {
        let t = "\"This is yet another lie,\" Lieutenant Colonel Nazar Voloshyn told Interfax-Ukraine.\n\n\
                 Voloshyn said Russian troops were keeping up pressure across the sector.\n\n\
                 Russia lost 274 soldiers in the sector over the past day, Voloshyn said.";
        assert_eq!(who(t, "274 soldiers").1.as_deref(), Some("Nazar Voloshyn"));
    }

    #[test]
    fn a_pronoun_after_an_unnamed_blogger_is_the_blogger() {
        let t = "Ukraine's foreign ministry spokesman Heorhiy Tykhyi said its troops were striking only military targets.\n\n\
                 A prominent pro-war Russian military blogger wrote on Telegram that Sudzha had been lost. \
                 He accused commanders of hiding the scale of the setback.";
        assert_eq!(side_of(t, "hiding the scale"), "russian");
    }

    #[test]
    fn pronoun_prefers_the_first_person_of_the_sentence_before() {
        let t = "Pistorius's visit comes a day after NATO chief Mark Rutte told members of the European Parliament that Ukraine cannot start talks.\n\n\"This visit proves that Germany stands in solidarity with Ukraine,\" he said.";
        assert_eq!(who(t, "This visit proves").1.as_deref(), Some("Boris Pistorius"));
    }

    #[test]
    fn group_pronoun_takes_the_speaker_before() {
        let t = "Russia, for their part, also complains of being hit back by the country it invaded. Ukraine launched “over 50 projectiles” at the Belgorod region, they say.";
        assert_eq!(who(t, "50 projectiles"), ("russian", Some("Russia".into())));
    }

    #[test]
    fn outlet_noun_is_the_outlet_a_sentence_just_before_is_about() {
        // Baza has not spoken yet: "the channel" is still the outlet the sentence before is about
        let t = "The Telegram channel Baza filled in some of the gaps. In total, 67 settlements lost power, the channel wrote.";
        assert_eq!(who(t, "67 settlements"), ("russian", Some("Baza".into())));
        // ... not when that sentence is about no outlet
        let t =
            "The regional governor filled in some of the gaps. In total, 67 settlements lost power, the channel wrote.";
        assert_eq!(side_of(t, "67 settlements"), "unattributed");
    }

    #[test]
    fn a_person_described_by_a_body_noun_is_no_body() {
        // "A railway engineer" is someone brought in, not a railway without a country that the
        // Ukrainian channels before lend their side
        let t = "Several popular Ukrainian Telegram channels claimed the bridge had been blown up. A railway engineer told Meduza that a span of that type does not come down on its own.";
        assert_ne!(side_of(t, "a span of that type"), "ukrainian");
        // a body's spokesman still speaks for the body
        let t =
            "Russia's Defence Ministry said the attack was repelled. A ministry spokesman said 20 drones were downed.";
        assert_eq!(side_of(t, "20 drones"), "russian");
    }

    #[test]
    fn company_noun_is_the_company_named_before_not_the_speaker_just_before() {
        // the consortium was named without speaking; the SBU speaking just before it does not
        // lend it Ukraine's side
        let t = "Drones struck a pumping station of the Caspian Pipeline Consortium on Monday.\n\nThe station was knocked out of service. It is not the first time the station has been hit.\n\nIn August 2023, a sea drone damaged a landing ship, according to Ukraine's Security Service, while the consortium said at the time that its terminal was operating normally.";
        assert_eq!(
            who(t, "the consortium said"),
            ("third_party", Some("Caspian Pipeline Consortium".into()))
        );
    }

    #[test]
    fn plural_pronoun_inside_its_clause_is_the_group_before_a_preposition() {
        // the group is "Relatives", not "Krai": the place after it no longer hides the head, and
        // `they` is not Umerov, who spoke in the sentence before
        let t = "Rustem Umerov said the strike killed 60 soldiers. Relatives in Zabaykalsky Krai have been posting the names of men they say were killed in the strike.";
        assert_ne!(side_of(t, "Relatives in"), "ukrainian");
        let t = "Rustem Umerov said the strike killed 60 soldiers. Relatives have been posting the names of men they say were killed in the strike.";
        assert_eq!(side_of(t, "Relatives have"), "unattributed");
    }

    #[test]
    fn quotation_continued_over_paragraphs_keeps_its_speaker() {
        let t = "Intelligence spokesman Andrey Yusov said: “A workshop that produces electronics for missiles is on fire.\n\nWhy it burns and who lit it, we do not comment. But the fact is that it burns.\n\n“And the statements of the Moscow authorities do not correspond to reality.”";
        assert_eq!(who(t, "the fact is"), ("ukrainian", Some("Andriy Yusov".into())));
        assert_eq!(who(t, "Moscow authorities"), ("ukrainian", Some("Andriy Yusov".into())));
    }

    #[test]
    fn bare_quotation_after_a_statement_continues_its_speaker() {
        let t = "“The enterprise is one of the main suppliers,” said Andriy Kovalenko, the head of Ukraine’s Centre for Countering Disinformation.\n“With the start of the full-scale war, production increased significantly.”";
        assert_eq!(
            who(t, "production increased"),
            ("ukrainian", Some("Andriy Kovalenko".into()))
        );
    }

    #[test]
    fn quotation_whose_speaker_comes_after_it_gets_that_speaker() {
        let t =
            "“Air defences were working all night. Two drones were downed over the city,” the Bryansk governor said.";
        assert_eq!(side_of(t, "working all night"), "russian");
    }

    #[test]
    fn spelling_variants_of_a_name_match() {
        assert_eq!(
            who(
                "Intelligence spokesman Andrey Yusov said the workshop burns.",
                "workshop"
            )
            .1
            .as_deref(),
            Some("Andriy Yusov")
        );
    }

    #[test]
    fn agentless_reports_stay_unattributed() {
        assert_eq!(
            side_of(
                "It was said that this was an attack organized by Ukrainian military intelligence.",
                "organized"
            ),
            "unattributed"
        );
        assert_eq!(
            side_of("Drones were reportedly downed in 11 regions across Ukraine.", "downed"),
            "unattributed"
        );
        assert_eq!(
            side_of(
                "A large fire and several explosions were reported overnight in the Russian region of Voronezh.",
                "fire"
            ),
            "unattributed"
        );
    }

    #[test]
    fn a_speaker_after_a_complementizer_is_inside_the_report() {
        let t = "Ukraine's military intelligence, the HUR, said it had not been informed that prisoners would be flown, as had been done before, and that Russia had not asked for the airspace to be guaranteed.";
        assert_eq!(side_of(t, "Russia had not asked"), "ukrainian");
        assert_eq!(
            side_of(
                &format!("{t} \"Russia is acting in a planned manner,\" the agency said."),
                "planned manner"
            ),
            "ukrainian"
        );
    }

    #[test]
    fn a_body_of_an_owner_the_rules_do_not_know_is_not_one_named_before() {
        let t = "Russia's Defence Ministry said it struck a command post. Three Ruritanian nationals were among the injured, Ruritania's foreign ministry said.";
        assert_eq!(
            who(t, "Three Ruritanian"),
            ("unattributed", Some("Ruritania's foreign ministry".into()))
        );
        assert_eq!(
            side_of(
                "Russia's Defence Ministry said it struck a command post. The ministry said two generals were killed.",
                "two generals"
            ),
            "russian"
        );
    }

    #[test]
    fn a_cue_joined_to_the_subjects_first_verb_has_the_subject_for_speaker() {
        assert_eq!(
            side_of("Andriy Yusov, a spokesperson for Ukraine's military intelligence, declined to confirm the attack but said every target is legitimate.", "every target"),
            "ukrainian"
        );
        assert_eq!(
            side_of("Zelensky visited the site and said Russia would pay.", "would pay"),
            "ukrainian"
        );
        // another clause before the coordinator: its subject is not the speaker
        assert_eq!(
            side_of(
                "After Russian troops shelled the village, officials went there and said five people died.",
                "five people"
            ),
            "unattributed"
        );
    }

    #[test]
    fn this_was_reported_by_gives_the_sentence_before_its_speaker() {
        let t = "Overnight, Russian drones attacked port infrastructure in the Odesa region.\n\nThis was reported on Telegram by the head of the regional administration, Oleh Kiper.";
        assert_eq!(who(t, "Overnight"), ("ukrainian", Some("Oleh Kiper".into())));
        // an agentless report stays without a speaker
        let t = "Overnight, drones attacked port infrastructure in the Odesa region. Explosions were reported near the port.";
        assert_eq!(side_of(t, "Overnight"), "unattributed");
    }

    #[test]
    fn the_agent_of_a_passive_speech_verb_is_the_speaker() {
        assert_eq!(
            side_of(
                "The strike on the airfield was confirmed by Ukraine's General Staff.",
                "airfield"
            ),
            "ukrainian"
        );
    }

    #[test]
    fn a_speaker_opening_the_clause_after_a_semicolon_speaks_for_it_alone() {
        let t = "Romania finds drone fragments on its territory; Moscow denies";
        assert_eq!(side_of(t, "Romania finds"), "unattributed");
        assert_eq!(side_of(t, "Moscow denies"), "russian");
    }

    #[test]
    fn a_speaker_before_a_colon_opens_a_headline() {
        assert_eq!(
            side_of(
                "Russian MoD: strike destroys Ukrainian ammunition depot near Kharkiv",
                "depot"
            ),
            "russian"
        );
        assert_eq!(
            side_of("Zelensky: Russia attacked our energy system again", "energy"),
            "ukrainian"
        );
        // a live page's entry, after its time; the name speaks even where a noun looks like a cue
        assert_eq!(
            who(
                "10:15 a.m. ET — Zakharova: Ukrainian casualty reports 'propaganda'",
                "propaganda"
            ),
            ("russian", Some("Maria Zakharova".into()))
        );
        // a topic or a dateline is no speaker
        assert_eq!(
            side_of("Ukraine war: drones hit an oil depot in Bryansk", "oil depot"),
            "unattributed"
        );
        assert_eq!(
            side_of("Kyiv: explosions heard across the capital overnight", "explosions"),
            "unattributed"
        );
    }

    #[test]
    fn an_outlets_noun_refers_back_to_the_outlet_named_before() {
        let t = "The pro-Kremlin Telegram channel Baza reported that the drone was a converted light aircraft. \
                 According to the channel, the plane flew in low over the river.";
        assert_eq!(who(t, "flew in low"), ("russian", Some("Baza".into())));
        // "another" brings a new one in
        let t = "The pro-Kremlin Telegram channel Baza reported that the drone was a converted light aircraft. \
                 Another channel said the plane flew in low over the river.";
        assert_eq!(side_of(t, "flew in low"), "unattributed");
        // and what a possessive owns is the owner's, not the outlet's
        let t = "Meduza reviewed the footage. The program's website says Gurtsiev led the air component.";
        assert_eq!(side_of(t, "led the air"), "unattributed");
    }

    #[test]
    fn one_of_a_group_and_the_singular_refer_back_to_the_group() {
        let t = "Ukrainian forces struck an S-400 in Crimea, two Ukrainian officials told The Washington Post. \
                 One of the officials, who spoke on condition of anonymity, said two launchers were destroyed. \
                 Their air defence is getting thinner, the official said.";
        assert_eq!(side_of(t, "two launchers"), "ukrainian");
        assert_eq!(side_of(t, "getting thinner"), "ukrainian");
    }

    #[test]
    fn its_body_belongs_to_the_sentences_subject() {
        let t = "Russia's Defence Ministry said all targets had been hit. Poland scrambled fighter jets as a precaution, its operational command said.";
        assert_eq!(side_of(t, "Poland scrambled"), "third_party");
        // an owner the rules do not know gives no side, not the speaker before's
        let t = "Russia's Defence Ministry said all targets had been hit. Ruritania scrambled fighter jets as a precaution, its operational command said.";
        assert_eq!(side_of(t, "Ruritania scrambled"), "unattributed");
    }

    #[test]
    fn its_opening_a_sentence_is_the_body_spoken_of_before() {
        let text = "The UN nuclear watchdog said it was concerned. Its inspectors said they had heard explosions.";
        assert_eq!(who(text, "inspectors").0, "third_party");
        // nor the last speaker's when the sentence before names what "its" may mean
        let t = "Russia's defence ministry said it had hit military targets in Kyiv. Russian missiles struck the Okhmatdyt children's hospital. Its director said two people were killed.";
        assert_eq!(who(t, "two people").0, "unattributed");
        let t = "Russia's defence ministry said the hospital was not hit. Its director said two people were killed.";
        assert_eq!(who(t, "two people").0, "unattributed");
        // not a person's: "its" after someone who spoke is nobody's
        let text = "Zelensky said the strike was terror. Its inspectors said they had heard explosions.";
        assert_eq!(who(text, "inspectors").0, "unattributed");
    }

    #[test]
    fn a_body_after_the_words_it_frames_takes_no_side_from_their_subject() {
        let t = "Russia launched 415 drones and 43 missiles at Ukraine overnight, the Air Force reported.";
        assert_eq!(side_of(t, "415 drones"), "unattributed");
        let t = "Russia launched 28 cruise missiles, 16 of which were shot down, according to the Air Force.";
        assert_eq!(side_of(t, "28 cruise missiles"), "unattributed");
        // ... nor from a body of that side that spoke just before
        let t = "Russia's defence ministry said it had destroyed 74 drones.\n\nRussia launched 85 drones at Ukraine overnight, the Air Force said.";
        assert_eq!(side_of(t, "85 drones"), "unattributed");
        // before its words, the capital the sentence opens with still gives it
        let t = "Moscow last gave a figure on 2 March, when the defence ministry said 498 soldiers had been killed.";
        assert_eq!(side_of(t, "498 soldiers"), "russian");
    }

    #[test]
    fn a_capitalised_body_with_its_noun_inside_is_no_person() {
        let t = "Ukraine's Operational Command East said that fighting continues. The command said Russian troops had tried to gain a foothold.";
        assert_eq!(side_of(t, "foothold"), "ukrainian");
    }

    #[test]
    fn a_surname_takes_the_side_its_title_gave_when_the_person_spoke() {
        let t = "\"The enemy struck Zhytomyr Oblast with drones,\" Governor Vitalii Bunechko wrote on Telegram. Later, Bunechko said two people had been hurt.";
        assert_eq!(side_of(t, "two people"), "ukrainian");
        // a name that never spoke under a title stays without a side
        let t = "Vitalii Bunechko was in the city. Later, Bunechko said two people had been hurt.";
        assert_eq!(side_of(t, "two people"), "unattributed");
    }

    #[test]
    fn a_participle_with_its_object_is_no_speaker() {
        let t = "President Volodymyr Zelensky, who learned of the strike while attending a summit of European leaders in Granada, Spain, called it a brutal Russian crime.";
        assert_ne!(side_of(t, "brutal Russian crime"), "third_party");
    }

    #[test]
    fn the_unit_is_no_ministry_that_spoke_before() {
        let t = "The Special Operations Forces later said that 34 officers had been killed, while the Russian defence ministry said one serviceman was missing. The unit then said it was clarifying its information.";
        assert_ne!(side_of(t, "clarifying"), "russian");
    }

    #[test]
    fn a_body_named_in_a_speakers_description_is_what_the_body_noun_means_later() {
        let t = "Viktor Trehubov, spokesman for Ukraine's Khortytsia group of forces, dismissed the claim. The group's daily update said the enemy had carried out 30 strikes.";
        assert_eq!(who(t, "30 strikes").0, "ukrainian");
        // ... and a description names the body it describes: "the group" after DeepState's
        let t = "Viktor Trehubov, spokesman for Ukraine's Khortytsia group of forces, dismissed the claim. According to DeepState, a Ukrainian open-source monitoring group, Ukrainian forces held the south. \"The occupiers do not control the city,\" the group wrote.";
        assert_eq!(who(t, "do not control").1.as_deref(), Some("DeepState"));
    }

    #[test]
    fn another_of_a_kind_is_on_the_same_side_not_the_same_speaker() {
        let t = "Rybar, a popular pro-Kremlin channel, wrote that the village had fallen. Another channel posted a video of a flag.";
        assert_eq!(who(t, "video of a flag"), ("russian", Some("Another channel".into())));
    }

    #[test]
    fn a_spokesperson_of_the_body_that_spoke_last_is_its_voice() {
        let t = "Maria Zakharova, the Russian foreign ministry spokesperson, accused Kyiv. Estonia's defence ministry said its radars had detected no drones. \"Estonia had nothing to do with this,\" a ministry spokesperson said.";
        assert_eq!(side_of(t, "nothing to do with"), "third_party");
    }

    #[test]
    fn capitalised_words_joined_by_and_are_one_title() {
        let t = "The UN Resident and Humanitarian Coordinator in Ukraine, Denise Brown, said she was appalled by reports of civilian deaths.";
        assert_eq!(side_of(t, "appalled"), "third_party");
        // two sides joined by "and" still give none
        let t = "Kyiv and Moscow said the talks had failed.";
        assert_eq!(side_of(t, "talks had failed"), "unattributed");
    }

    #[test]
    fn a_countrys_title_is_the_holder_named_before() {
        let t = "Volodymyr Zelensky has been keen to talk about it. \"We hit targets 1,400km away,\" Ukraine's president said at a press conference with Jonas Gahr Store, Norway's prime minister. He called it a real success.";
        assert_eq!(who(t, "real success").1.as_deref(), Some("Volodymyr Zelensky"));
    }

    #[test]
    fn his_adviser_opening_a_sentence_is_the_person_spoken_of_befores() {
        let t = "Sergei Aksyonov, the Moscow-installed head of Crimea, said one person had been killed. His adviser, Oleg Kryuchkov, said there was no sign of sabotage.";
        assert_eq!(
            who(t, "no sign of sabotage"),
            ("russian", Some("Oleg Kryuchkov".into()))
        );
        // not after someone with no side
        let t = "Ivan Petrov, a local resident, said one person had been killed. His adviser, Oleg Kryuchkov, said there was no sign of sabotage.";
        assert_eq!(who(t, "no sign of sabotage").0, "unattributed");
    }

    #[test]
    fn it_after_a_person_is_no_one_further_back() {
        let t = "A source in Ukraine's SBU said drones hit the tanker. Russia's Federal Agency for Maritime and River Transport said the tanker had been damaged. None of the crew were hurt, it said.";
        assert_eq!(side_of(t, "None of the crew"), "russian");
        let t = "A source in Ukraine's SBU said drones hit the tanker. Ivan Petrov, a sailor, said the tanker had been damaged. None of the crew were hurt, it said.";
        assert_eq!(side_of(t, "None of the crew"), "unattributed");
    }

    #[test]
    fn according_to_him_refers_back_to_the_person() {
        let t = "\"A fire broke out,\" Oleh Kiper said. According to him, two port workers were injured.";
        assert_eq!(side_of(t, "two port workers"), "ukrainian");
    }

    #[test]
    fn a_body_named_without_its_country_refers_back_only_to_a_body_of_that_name() {
        let t = "Ukraine's General Staff said the jet was lost while repelling the attack. Russian military bloggers claimed the jet had been shot down. A lawmaker suggested it may have been friendly fire, a claim the air force called shameful.";
        assert_ne!(
            who(t, "called shameful").1,
            Some("General Staff of the Armed Forces of Ukraine".into())
        );
        // a spelling or a plural of the same words is the same body
        // (a ministry the rules do not list: Russia's is one of their sources by this name too)
        let t = "Belarus's Ministry of Defense said 20 drones were downed. Russian military bloggers claimed a hit. The defence ministry said later that no damage was done.";
        assert_eq!(
            who(t, "no damage"),
            ("third_party", Some("Belarus's Ministry of Defense".into()))
        );
    }

    #[test]
    fn a_body_named_without_its_country_is_the_one_named_long_before_not_the_last_speaker() {
        // (first, statements by others between, last, words of the statement, side)
        let cases = [
            (
                "Russia's Defence Ministry said six boats were destroyed. ",
                10,
                "Earlier, Ukrainian Telegram channels claimed that a vessel was damaged. The Defense Ministry said no vessel had been hit.",
                "no vessel",
                "russian",
            ),
            // a company's noun is the article's only known source named with it, however far back
            (
                "The Caspian Pipeline Consortium said sea drones had attacked its terminal. ",
                30,
                "The consortium said the mooring could not be used.",
                "mooring could not",
                "third_party",
            ),
        ];
        for (first, n, last, words, side) in cases {
            let t = with_statements_between(first, n, last);
            assert_eq!(side_of(&t, words), side, "{t}");
        }
    }

    #[test]
    fn a_surname_is_the_person_the_article_named_not_another_the_rules_know() {
        let t = "Deputy Mayor Taras Kuleba said the Russians had struck the train twice. \"This is a typical Russian tactic,\" Kuleba said.";
        assert_eq!(who(t, "typical Russian tactic").1, Some("Taras Kuleba".into()));
        // ... and one the rules know by the full name, not the namesake with the surname alone
        let t = "Deputy Prime Minister Oleksii Kuleba said the Russians had struck the train twice. \"This is a typical Russian tactic,\" Kuleba said.";
        assert_eq!(who(t, "typical Russian tactic").1, Some("Oleksiy Kuleba".into()));
        // the one the rules know, when the article names him
        let t = "Foreign Minister Dmytro Kuleba said the strike was a war crime. Kuleba said Russia must pay.";
        assert_eq!(who(t, "must pay").1, Some("Dmytro Kuleba".into()));
    }

    #[test]
    fn the_subject_of_a_relative_clause_beside_the_speaker_is_not_the_speaker() {
        let t = "Video posted on social media, which Reuters geolocated to the outskirts of Novoshakhtinsk, showed a column of smoke rising from the plant.";
        assert_ne!(who(t, "column of smoke").1, Some("Reuters".into()));
        // a relative clause that says who the speaker is still lends its side
        let t = "Mykhailo Podolyak, who advises Zelensky, said the bridge was a legitimate target.";
        assert_eq!(side_of(t, "legitimate target"), "ukrainian");
    }

    #[test]
    fn a_long_appositive_between_the_name_and_the_cue() {
        let t = "Andriy Kovalenko, the head of the Center for Countering Disinformation at Ukraine's National Security and Defense Council, wrote that the refinery processes 15 million tons of oil a year.";
        assert_eq!(
            who(t, "refinery processes"),
            ("ukrainian", Some("Andriy Kovalenko".into()))
        );
    }

    #[test]
    fn a_ministers_portfolio_is_no_persons_name() {
        // "Deputy Health" is a title's words (language.not_names), not a name before "Minister"
        let t = "First Deputy Health Minister Serhii Dubrov said about 150 patients were inside the hospital.";
        assert_eq!(who(t, "about 150").1, Some("Serhii Dubrov".into()));
    }

    #[test]
    fn he_after_a_quotation_naming_someone_is_the_one_who_spoke_it() {
        let t = "\"Today, Putin effectively rejected the proposal for a full ceasefire,\" Zelenskiy said. He said Ukraine would support a pause in strikes on energy.";
        assert_eq!(who(t, "support a pause").0, "ukrainian");
        // the person the sentence itself names first, outside any quotation
        let t = "\"Zelensky is lying,\" the Russian ambassador Vasily Nebenzya said. He said the drones had been shot down.";
        assert_eq!(who(t, "drones had been").0, "russian");
    }

    #[test]
    fn a_possessive_surname_spelt_like_a_town_is_the_person_named_before() {
        // Shadura is a spelling variant of Shatura, a Russian town
        let t = "The brigade identified the man as one of its soldiers, Tymofiy Shadura. Shadura's family has said they still believe the man in the video is their relative.";
        assert_ne!(who(t, "still believe").0, "russian");
    }

    #[test]
    fn the_source_after_a_source_line_is_the_one_it_named() {
        let t = "Drones struck two oil depots near Anapa.\n\nSource: Ukrainska Pravda source in the Security Service of Ukraine\n\nDetails: The source said the depots supplied fuel to Russian troops.";
        assert_eq!(who(t, "depots supplied").0, "ukrainian");
        // "a source" is someone new
        let t = "Drones struck two oil depots near Anapa.\n\nSource: Ukrainska Pravda source in the Security Service of Ukraine\n\nDetails: A source said the depots supplied fuel to Russian troops.";
        assert_eq!(who(t, "depots supplied").0, "unattributed");
    }

    #[test]
    fn a_name_only_spelt_like_a_known_persons_beside_a_title_of_the_other_side_is_a_namesake() {
        // Andriy Bilousov, mayor of Kamianske, is a spelling variant of Andrei Belousov
        let t = "Kamianske's mayor, Andriy Bilousov, said the explosion had torn off roofs. All patients had been moved to other hospitals, he added.";
        assert_eq!(who(t, "torn off"), ("ukrainian", Some("Andriy Bilousov".into())));
        assert_eq!(who(t, "All patients").0, "ukrainian");
        let t = "Andriy Bilousov, Kamianske's mayor, said the explosion had torn off roofs.";
        assert_eq!(who(t, "torn off").0, "ukrainian");
        // the known person's own name with their title is still them
        let t = "Russia's defence minister, Andrei Belousov, said the troops had advanced.";
        assert_eq!(who(t, "troops had").1, Some("Andrei Belousov".into()));
    }

    #[test]
    fn an_answer_set_off_after_the_reporters_clause_speaks_for_itself_only() {
        let t = "Russian troops have captured the village, a claim Kyiv has rejected.";
        assert_eq!(who(t, "Russian troops").0, "unattributed");
        assert_eq!(who(t, "a claim Kyiv").0, "ukrainian");
        // a noun of an event, before a name, opens the answer as a claim noun does
        let t = "Poland shot down several drones over its territory, an incursion Warsaw called a provocation.";
        assert_eq!(who(t, "Poland shot").0, "unattributed");
    }

    #[test]
    fn a_time_set_off_before_the_subject_of_a_participle_cue_is_no_subject() {
        let t = "A day later, the Ukrainian leader went further, telling reporters in Kyiv that his government had the names of 155 fighters.";
        assert_eq!(who(t, "his government").0, "ukrainian");
    }

    #[test]
    fn the_expert_after_a_person_described_as_one_is_that_person() {
        let t = "Andrey Marochko, a retired officer of the Luhansk militia and a military expert, told TASS that the village had been fortified. According to the expert, Ukrainian units in the area have suffered heavy losses.";
        assert_eq!(who(t, "Ukrainian units").0, "russian");
        // experts nobody named are the rules' group (a third party)
        let t = "Russian troops shelled the village. According to the expert, Ukrainian units in the area have suffered heavy losses.";
        assert_eq!(who(t, "Ukrainian units").0, "third_party");
    }

    #[test]
    fn an_appositive_that_ends_in_a_quoted_call_sign_still_sets_off_the_speaker() {
        // the comma closing the aside stands inside the quotation marks
        let t = "Oleh Petrenko, a Ukrainian drone commander known by his call sign \"Kit,\" said his unit had hit the depot.";
        assert_eq!(who(t, "his unit"), ("ukrainian", Some("Oleh Petrenko".into())));
    }

    #[test]
    fn she_after_someone_nobody_named_spoke_is_not_a_person_named_earlier() {
        let t = "Kyiv Mayor Vitali Klitschko said water supplies had been disrupted. Residents swept glass from the courtyard. A 67-year-old woman who gave only her first name, Halyna, said she had been hiding in the corridor. \"I thought the whole house was falling,\" she said.";
        assert_ne!(who(t, "whole house").1, Some("Vitali Klitschko".into()));
        // a person described without a name who spoke in the sentence before is "she"
        let t = "Saratov Governor Roman Busargin said there was no threat to residents. One Engels resident, who asked not to be named, told Reuters she had been woken by two loud bangs. \"The windows shook, then it went quiet,\" she said.";
        // (a resident speaks for no side: language.outsider_nouns)
        assert_eq!(
            who(t, "windows shook"),
            ("unattributed", Some("One Engels resident".into()))
        );
        // a title is no one described without a name: it refers to the person named before
        let t = "President Volodymyr Zelensky visited the hospital. The Ukrainian president called the strike terror. In an interview, he urged Western leaders to visit Kyiv.";
        assert_eq!(who(t, "urged Western").1, Some("Volodymyr Zelensky".into()));
    }

    #[test]
    fn two_sides_that_trade_blame_are_no_one_speaker() {
        let t = "Russia, Ukraine trade blame as Zaporizhzhia nuclear plant loses outside power";
        assert_eq!(side_of(t, "outside power"), "unattributed");
    }

    #[test]
    fn a_middle_initial_is_part_of_the_name_he_refers_to() {
        let t = "Vasily Y. Golubev, the governor of the Rostov region, said the attack had been repelled. He said an electrical substation had been damaged.";
        assert_eq!(who(t, "substation"), ("russian", Some("Vasily Golubev".into())));
    }

    #[test]
    fn the_second_speakers_clause_opens_at_the_break_right_before_it() {
        let t = "Russia and Ukraine traded attacks, with Ukrainian officials saying a Russian drone and glide bomb assault on Kharkiv killed three people, while Kyiv said its own drones hit a chemical plant in Russia's Bryansk region.";
        let all = crate::testkit::statements(t);
        let officials = all.iter().find(|s| s.text.contains("killed three")).unwrap();
        assert!(officials.text.contains("glide bomb"), "{}", officials.text);
        let kyiv = all.iter().find(|s| s.text.contains("chemical plant")).unwrap();
        assert!(kyiv.text.starts_with("while Kyiv"), "{}", kyiv.text);
    }

    #[test]
    fn a_speaker_after_as_speaks_for_that_clause_only() {
        let t = "Ukrainian drones hit Lukoil refinery in Volgograd as Russia claims to have downed 71 drones";
        assert_eq!(side_of(t, "refinery"), "unattributed");
        assert_eq!(side_of(t, "71 drones"), "russian");
        // not after "and": "Kyiv and Moscow" are one subject
        let t = "Kyiv and Moscow trade accusations over deaths of prisoners in Olenivka";
        assert_ne!(side_of(t, "deaths"), "russian");
        // "as orderly as Moscow claimed" compares: the analysts' sentence is whole
        let t = "The Institute for the Study of War said the retreat was unlikely to have been as orderly as Moscow claimed.";
        assert_eq!(side_of(t, "orderly"), "third_party");
    }

    #[test]
    fn a_speaker_after_a_comma_and_and_speaks_for_that_clause_only() {
        let t = "In Kyiv, a missile struck a two-storey residential building, and Mayor Vitali Klitschko said three people had been killed.";
        assert_eq!(side_of(t, "a missile struck"), "unattributed");
        assert_eq!(side_of(t, "three people"), "ukrainian");
        // the joined clause splits again where a clause of its own would
        let t = "Investigators began exhuming bodies outside Izium on Friday, and Ukrainian officials said some of the dead bore signs of torture, allegations the Kremlin dismissed as a lie.";
        assert_eq!(side_of(t, "Investigators"), "unattributed");
        assert_eq!(side_of(t, "signs of torture"), "ukrainian");
        assert_eq!(side_of(t, "dismissed as a lie"), "russian");
    }

    #[test]
    fn an_opening_adverbial_does_not_hide_the_speaker_set_off_by_an_appositive() {
        let t = "Later on Wednesday, Andriy Yusov, a spokesperson for Ukraine's military intelligence agency, said the Minsk, a large landing ship, had been struck.";
        assert_eq!(who(t, "struck"), ("ukrainian", Some("Andriy Yusov".into())));
        // a place set off after an opening place is no speaker
        let t = "In Kryvyi Rih, Zelenskyy's home town, 10 people were killed when a missile hit an industrial site, said Oleksandr Vilkul, the head of the city's military administration.";
        assert_eq!(who(t, "10 people").0, "ukrainian");
        assert_ne!(who(t, "10 people").1.as_deref(), Some("Volodymyr Zelensky"));
    }

    #[test]
    fn a_speaker_after_after_speaks_for_that_clause_unless_a_time_comes_before() {
        let t = "Ukrainian troops entered the city of Kherson on Friday after Russia said it had finished pulling its forces back.";
        assert_eq!(side_of(t, "entered"), "unattributed");
        assert_eq!(side_of(t, "pulling"), "russian");
        // "a day after": the clause before only dates the speaker's
        let t = "Pistorius's visit comes a day after NATO chief Mark Rutte told members of the European Parliament that Ukraine cannot start talks.";
        assert_eq!(side_of(t, "visit comes"), "third_party");
    }

    #[test]
    fn a_claim_the_other_side_rejected_is_that_sides_clause() {
        let t = "Russia's defence ministry said its forces had taken full control of Kupiansk, a claim Kyiv swiftly rejected as fiction, saying its troops were holding positions in the city.";
        assert_eq!(who(t, "holding positions"), ("ukrainian", Some("Kyiv".into())));
        assert_eq!(side_of(t, "full control"), "russian");
    }

    #[test]
    fn it_after_a_body_that_did_not_speak_is_that_body() {
        let t = "Zelensky called it madness. Russia's Defence Ministry did not comment on the strike. In its daily report, it said its aircraft had hit deployment points.";
        assert_eq!(
            who(t, "its aircraft"),
            ("russian", Some("Russian Defence Ministry".into()))
        );
        // after an opening adverbial: "In Moscow, the ministry ..." is the ministry, not Moscow
        let t = "Zelensky condemned the attack. He said Russia chose the hour. In Moscow, the Russian Defense Ministry offered a very different account. It said its forces had carried out a precision strike.";
        assert_eq!(
            who(t, "precision strike"),
            ("russian", Some("Russian Defence Ministry".into()))
        );
        // a speaker in the sentence before comes first
        let t = "Russia's Defence Ministry said drones were shot down. Ukraine's air force said it had hit the base.";
        assert_eq!(side_of(t, "hit the base"), "ukrainian");
        // a body the rules do not list, with its country on it
        let t = "Russia's Defense Ministry blamed Kyiv. The explosion killed dozens. Ukraine's military intelligence agency went further. It said the barracks had been destroyed from inside.";
        assert_eq!(side_of(t, "destroyed from inside"), "ukrainian");
    }

    #[test]
    fn saying_after_the_subjects_verb_phrase_has_the_subject_for_speaker() {
        // after an opening adverbial
        let t = "On Monday, Russia's defence ministry made a rare admission of battlefield losses, saying 63 soldiers had been killed.";
        assert_eq!(side_of(t, "63 soldiers"), "russian");
        // an article and a capitalised adjective go on with their nouns
        let t = "On Tuesday, the Russian defence ministry released a video of the strike, saying that a deployment point had been destroyed.";
        assert_eq!(
            who(t, "deployment point"),
            ("russian", Some("Russian Defence Ministry".into()))
        );
        // a body without its country, with its article
        let t = "Russia's Defense Ministry blamed Kyiv for the blast. By Saturday, the ministry had raised the death toll to 50 and published a list of names, saying that eight guards had also been hurt.";
        assert_eq!(side_of(t, "eight guards"), "russian");
    }

    #[test]
    fn he_after_a_name_whose_appositive_gave_the_side_keeps_that_side() {
        let t = "Yevhen Ryshchuk, the town's Ukrainian mayor, who now works from Kyiv-controlled territory, said people were sitting on their roofs. \"The occupiers are not evacuating anyone,\" he told Ukrainian television.";
        assert_eq!(side_of(t, "not evacuating"), "ukrainian");
    }

    #[test]
    fn a_cue_right_after_but_goes_on_with_the_first_speaker() {
        let t = "Ukraine's Military Intelligence Directorate, known as GUR, confirmed that a prisoner exchange had been scheduled for Wednesday but said Russia had not asked Kyiv to ensure the safety of the airspace.";
        assert_eq!(side_of(t, "safety of the airspace"), "ukrainian");
    }

    #[test]
    fn a_sub_heading_is_no_one_to_refer_back_to() {
        let t = "Russia's defence ministry said 89 servicemen had died.\n\nPhones blamed\n\n\"The main reason was the use of mobile phones,\" the statement said.";
        assert_ne!(who(t, "mobile phones").1, Some("Phones".into()));
    }

    #[test]
    fn what_pictures_show_is_not_where_they_come_from() {
        let t = "Images of Engels's airfield showed Tu-95 bombers still parked on the tarmac, with no visible damage.";
        assert_eq!(side_of(t, "still parked"), "unattributed");
        // a source on the head still speaks
        let t = "Satellite images of the Belbek airfield showed burnt-out aircraft.";
        assert_eq!(side_of(t, "burnt-out"), "third_party");
        // where they come from still is
        let t = "Images from Maxar showed the hangar was destroyed.";
        assert_eq!(side_of(t, "hangar"), "third_party");
    }

    #[test]
    fn a_body_without_its_country_takes_it_from_the_body_the_sentence_before_is_about() {
        let t = "Russia's Defense Ministry blamed Kyiv. Footage showed a charred building.\n\nUkraine's military offered a starkly different version of events. In a statement, the General Staff of the armed forces said Russian forces had shelled the barracks.";
        assert_eq!(side_of(t, "shelled the barracks"), "ukrainian");
        // an outlet the sentence before is about is no body of a country
        let t = "Videos showed flashes. The Times geolocated one of the videos to a residential street.\n\nA popular military blogger who writes under the name Fighterbomber and is believed to have ties to the Russian Air Force acknowledged that the base had been attacked.";
        assert_ne!(side_of(t, "base had been attacked"), "third_party");
    }

    #[test]
    fn named_official_who_does_not_speak_is_unattributed() {
        assert_eq!(
            side_of(
                "Roman Busargin (right), the governor of Russia's Saratov region, visits an industrial site.",
                "visits"
            ),
            "unattributed"
        );
        assert_eq!(
            side_of("Kremlin forces have attacked Ukraine with numerous salvos.", "salvos"),
            "unattributed"
        );
    }

    #[test]
    fn two_speakers_in_one_sentence_become_two_statements() {
        let t = "Two industrial facilities in Russia's western Saratov region were damaged in a drone attack, regional Governor Roman Busargin said on social media, while Andriy Kovalenko, head of Ukraine's Center for Countering Disinformation, said five Russian cities had been targeted.";
        assert_eq!(
            who(t, "Two industrial facilities"),
            ("russian", Some("Roman Busargin".into()))
        );
        assert_eq!(
            who(t, "five Russian cities"),
            ("ukrainian", Some("Andriy Kovalenko".into()))
        );
    }

    #[test]
    fn body_without_country_takes_it_from_the_speaker_before() {
        let t = "In the meanwhile, Russia said on Saturday it had seized another village. The defence ministry said Russian forces “have liberated the village of Kalynove”.";
        assert_eq!(side_of(t, "liberated"), "russian");
        let t = "The British Ministry of Defence has shown Ukraine losing territory. These attacks underline Russia’s inability to defend its own territory, the Ministry of Defence said.";
        assert_eq!(side_of(t, "inability"), "third_party");
    }

    #[test]
    fn two_sides_on_one_phrase_give_no_side() {
        assert_eq!(
            side_of(
                "The Ukrainian and Russian governments both claimed successes.",
                "successes"
            ),
            "unattributed"
        );
    }

    #[test]
    fn affiliation_to_a_country_is_not_affiliation_of() {
        assert_eq!(
            side_of("Ukraine's ambassador to Russia said the talks had failed.", "talks"),
            "ukrainian"
        );
    }

    #[test]
    fn a_body_one_is_sent_to_is_not_the_one_that_speaks() {
        // the UN and NATO are third parties of the rules; their envoys are not
        assert_eq!(
            side_of(
                "Russia's deputy ambassador to the UN said the strike hit a military target.",
                "strike"
            ),
            "russian"
        );
        assert_eq!(
            side_of(
                "A spokesman for Ukraine's mission to NATO said the plant had been hit.",
                "plant"
            ),
            "ukrainian"
        );
        // a body in an affiliation phrase still speaks: "a source in the SBU"
        assert_eq!(
            side_of("A spokesman for the UN said the plant had been hit.", "plant"),
            "third_party"
        );
    }

    #[test]
    fn occupation_officials_are_russian_and_contested_places_give_no_side() {
        assert_eq!(
            side_of(
                "The Russian-installed head of the occupied Zaporizhzhia region said two people died.",
                "died"
            ),
            "russian"
        );
        assert_eq!(
            side_of(
                "Two people were injured in Melitopol, local authorities said.",
                "injured"
            ),
            "unattributed"
        );
    }

    #[test]
    fn a_person_nothing_ties_to_a_side_stays_unattributed() {
        assert_eq!(
            who("John Mercer said the drones hit a depot.", "depot"),
            ("unattributed", Some("John Mercer".into()))
        );
    }

    #[test]
    fn speaker_before_a_parenthetical_is_found() {
        let t = "President Volodymyr Zelenskyy, who was in Poland ahead of a NATO summit, said more than 40 missiles had been fired.";
        assert_eq!(who(t, "40 missiles"), ("ukrainian", Some("Volodymyr Zelensky".into())));
        let t = "The Security Service of Ukraine, or SBU, said fragments came from a Russian missile.";
        assert_eq!(side_of(t, "fragments"), "ukrainian");
    }

    #[test]
    fn a_known_person_in_the_appositive_names_a_bodys_spokesman() {
        // the title only described the speaker, whom the appositive names
        let t = "The Kremlin spokesman, Dmitry Peskov, told reporters that the army strikes only military targets.";
        assert_eq!(who(t, "army"), ("russian", Some("Dmitry Peskov".into())));
        // the other way round the name was already the speaker
        let t = "Dmitry Peskov, the Kremlin spokesman, said the strike hit a military target.";
        assert_eq!(who(t, "strike"), ("russian", Some("Dmitry Peskov".into())));
        // a person the rules do not know names the speaker the same way
        let t =
            "The head of the Kupiansk military administration, Andriy Besedin, said Russian troops shelled the town.";
        assert_eq!(who(t, "shelled"), ("ukrainian", Some("Andriy Besedin".into())));
    }

    #[test]
    fn they_after_a_group_that_did_not_speak_is_that_group() {
        let t = "Analysts at the Institute for the Study of War said they had seen no evidence. Russian war bloggers, however, celebrated the capture. One of them, Yuri Podolyaka, said Ukrainian troops had retreated.";
        assert_eq!(who(t, "retreated"), ("russian", Some("Yuri Podolyaka".into())));
        // what was used is no speaker: "they" is still the officials
        let t =
            "Ukrainian officials said the city was attacked. Russian drones hit two houses. They said nobody was hurt.";
        assert_eq!(who(t, "nobody").0, "ukrainian");
    }

    #[test]
    fn a_bare_frame_after_an_aside_is_the_speaker_of_the_words_before_it() {
        let t = "Russia's Defense Ministry claimed that its troops had taken Toretsk. Units of the Southern group of forces completed the liberation of the town, which Russia calls Dzerzhinsk, the ministry said in a statement on Telegram.";
        assert_eq!(who(t, "Units of").0, "russian");
        // an appositive about a claim is no frame
        let t = "The base was also targeted in an attack in May, which Ukraine's military intelligence agency said damaged several aircraft, a claim Moscow has never acknowledged.";
        assert_eq!(who(t, "The base").0, "unattributed");
    }

    #[test]
    fn a_body_without_a_country_is_that_of_the_capital_the_sentence_opens_with() {
        let t = "Britain's Ministry of Defence said Russia had lost helicopters. Moscow last gave a figure for its own losses on 2 March, when the defence ministry said 498 Russian soldiers had been killed.";
        assert_eq!(who(t, "498").0, "russian");
        // not the first words of a quotation
        let t = "Russia's defence ministry said the drones came from Estonia. \"Estonia had nothing to do with this,\" a ministry spokesperson said.";
        assert_ne!(who(t, "nothing to do").0, "third_party");
    }

    #[test]
    fn one_who_adds_is_the_titled_person_who_just_spoke() {
        let t = "Kremlin spokesman Dmitry Peskov told reporters that Washington had been notified. Pentagon deputy press secretary Sabrina Singh said it was an experimental missile. She added that the United States had been told shortly before the launch.";
        assert_eq!(who(t, "She added").0, "third_party");
    }

    #[test]
    fn a_person_set_off_at_the_end_frames_the_cues_before() {
        let t = "Russia has announced the capture of towns before Ukrainian forces actually left them, Trehubov said.";
        assert_eq!(who(t, "capture"), ("ukrainian", Some("Viktor Trehubov".into())));
        // an outlet at the end relays
        let t = "Ukraine's Defense Ministry claimed the fire came from a drone, a report in Kiev said.";
        assert_eq!(who(t, "drone").0, "ukrainian");
        let t = "The United States has urged Kyiv to halt such attacks, the Financial Times reported.";
        assert_eq!(who(t, "halt").0, "third_party");
        // "that" after the last cue opens a claim of its own
        let t = "Moscow claimed the town, but Kyiv said that fighting continued.";
        assert_eq!(who(t, "claimed").0, "russian");
    }

    #[test]
    fn dashes_set_off_an_aside_between_speaker_and_cue() {
        let t = "Mikhail Razvozhayev — the Moscow-installed governor of Sevastopol — wrote on Telegram that the attack had been repelled.";
        assert_eq!(who(t, "repelled"), ("russian", Some("Mikhail Razvozhayev".into())));
        let t = "Ukraine's navy — which has used sea drones to push Russia's fleet out of the western Black Sea — said it had hit a landing ship.";
        assert_eq!(who(t, "landing ship").0, "ukrainian");
        // "--" for a dash: the places inside the aside are not the speaker
        let t = "Flights at airports in the area -- which serve cities including Saratov, Penza, and Kaluga -- saw operations limited.";
        assert_eq!(who(t, "operations").0, "unattributed");
        // the day is no part of the speaker's name
        let t =
            "Satellite images published by a Ukrainian monitoring group on Friday appeared to show the ship listing.";
        assert_eq!(who(t, "listing").1, Some("a Ukrainian monitoring group".into()));
        // a publisher nobody names leaves the pictures as the speaker
        let t = "Satellite images published by a commercial provider on Tuesday showed three tanks destroyed.";
        assert_eq!(who(t, "tanks"), ("third_party", Some("Satellite images".into())));
    }

    #[test]
    fn a_quote_label_takes_the_source_the_source_line_names() {
        // Ukrainska Pravda's layout: a "Source:" line, then a "Quote:" paragraph with no cue
        let t = "Russian forces attacked Kharkiv with guided bombs.\n\nSource: Oleh Syniehubov, Head of Kharkiv Oblast Military Administration, on Telegram\n\nQuote: \"The occupiers struck the Kyivskyi district. Five people were injured.\"\n\nSource: Russian Defence Ministry\n\nQuote: \"All designated targets were hit.\"";
        assert_eq!(who(t, "Five people"), ("ukrainian", Some("Oleh Syniehubov".into())));
        assert_eq!(
            who(t, "designated"),
            ("russian", Some("Russian Defence Ministry".into()))
        );
        // the lede the source line follows stays the reporter's
        assert_eq!(who(t, "guided bombs").0, "unattributed");
        // without a source line a quote label names nobody
        let t = "Quote: \"The occupiers struck the Kyivskyi district.\"";
        assert_eq!(who(t, "occupiers").0, "unattributed");
    }

    #[test]
    fn a_titled_demonym_is_the_holder_of_that_side_named_before() {
        let t = "Volodymyr Zelenskyy said only scum could do this. \"Missiles hit an ordinary city street,\" the Ukrainian president wrote on Telegram.";
        assert_eq!(
            who(t, "ordinary city"),
            ("ukrainian", Some("Volodymyr Zelensky".into()))
        );
        // not the holder of another place
        let t = "Irkutsk Governor Igor Kobzev said a drone hit a truck. The Murmansk regional governor, Andrei Chibis, confirmed a drone attack.";
        assert_eq!(who(t, "confirmed").1, Some("Andrei Chibis".into()));
        // nor one of the other side
        let t = "Vladimir Putin said the strikes would go on. The Ukrainian president said they would fail.";
        assert_ne!(who(t, "would fail").1, Some("Vladimir Putin".into()));
    }

    #[test]
    fn given_and_middle_names_before_a_known_surname_are_that_person() {
        // "he" is Grossi, not an unknown "Rafael Mariano" beside him
        let t = "\"There is no debris,\" Rafael Mariano Grossi, the agency's director general, told the board. He urged both sides to exercise restraint.";
        assert_eq!(who(t, "urged"), ("third_party", Some("Rafael Grossi".into())));
        let t = "Vladimir Vladimirovich Putin said the strike was a response. He said more strikes would follow.";
        assert_eq!(who(t, "more strikes"), ("russian", Some("Vladimir Putin".into())));
        // another given name before the surname is not the known person's
        let t = "Maria Grossi, a teacher, said the school was hit. She said the children were safe.";
        assert_ne!(who(t, "children").1, Some("Rafael Grossi".into()));
    }

    #[test]
    fn a_body_named_anywhere_in_the_sentence_before_is_the_one_its_noun_refers_to() {
        let t = "The vehicle, an armored car used by the International Atomic Energy Agency, was hit on Tuesday near the plant. \
                 No one was hurt, but the vehicle was severely damaged, the agency said.";
        assert_eq!(
            who(t, "severely damaged"),
            ("third_party", Some("International Atomic Energy Agency".into()))
        );
    }

    #[test]
    fn a_rank_abbreviation_is_no_part_of_the_name() {
        // "Lt Col Oleksii Bielskyi": the name is two words, and his surname alone finds him later
        let t = "Lt Col Oleksii Bielskyi, a spokesperson for Ukraine's Dnipro group of forces, rejected the claim. \
                 Later on Monday, Bielskyi said the advance had been stopped.";
        assert_eq!(who(t, "advance"), ("ukrainian", Some("Oleksii Bielskyi".into())));
    }

    #[test]
    fn a_plural_people_after_an_article_speaks() {
        // "the Russians claim": the people speak; "the Russian claim" is a noun
        let t = "Details: The Russians claim that all the boats were destroyed by the ship's weapons.";
        assert_eq!(who(t, "boats").0, "russian");
        let t = "The Russian claim that all the boats were destroyed could not be verified.";
        assert_eq!(who(t, "boats").0, "unattributed");
    }

    #[test]
    fn a_local_title_before_an_unknown_name_names_the_person() {
        let t = "Klitschko said debris fell in Kyiv. In the Donetsk region, Russian shelling killed two civilians in Toretsk, regional governor Ihor Moroz said. Russian forces also struck Kostiantynivka, he added.";
        assert_eq!(who(t, "two civilians").1, Some("Ihor Moroz".into()));
        // "he added" is the governor who just spoke, not the mayor before him
        assert_eq!(who(t, "also struck").1, Some("Ihor Moroz".into()));
    }

    #[test]
    fn a_name_opening_the_clause_speaks_past_a_description_with_a_comma_of_its_own() {
        let t = "Stephane Dujarric, the spokesman for the UN secretary-general, Antonio Guterres, said the UN was concerned.";
        assert_eq!(who(t, "concerned").1, Some("Stéphane Dujarric".into()));
        // an aside holds no verb: the place after the cue stays the statement's
        let t = "NORSAR, the Norwegian seismic monitoring institute, said its station in Romania, about 620km away, had registered signals.";
        let all = crate::testkit::statements(t);
        assert_eq!(
            crate::testkit::place(crate::testkit::find(&all, "signals")),
            Some("romania")
        );
    }

    #[test]
    fn a_title_refers_to_whichever_holder_was_named_last() {
        // "governor" is the title of many sources; only the first of them was ever a candidate
        let t = "Belgorod Region Governor Vyacheslav Gladkov said a woman was injured. The governor added that two houses were damaged.";
        assert_eq!(who(t, "two houses"), ("russian", Some("Vyacheslav Gladkov".into())));
        let t = "Zaporizhzhia Governor Ivan Fedorov said a woman was injured. The governor added that two houses were damaged.";
        assert_eq!(who(t, "two houses"), ("ukrainian", Some("Ivan Fedorov".into())));
        // a governor the rules do not know, named after a known one, is the one meant
        let t = "Belgorod Region Governor Vyacheslav Gladkov said a woman was injured.\n\nPoltava Governor Volodymyr Kohut said a man was injured. The governor added that two houses were damaged.";
        assert_eq!(who(t, "two houses").1, Some("Volodymyr Kohut".into()));
        // nor is a governor of another region than the one the sentence names
        let t = "Belgorod Region Governor Vyacheslav Gladkov said a woman was injured.\n\nIn the Zaporizhzhia region, the governor said a man was injured.";
        assert_ne!(who(t, "a man"), ("russian", Some("Vyacheslav Gladkov".into())));
    }

    #[test]
    fn a_name_set_off_by_its_appositive_is_no_inverted_quotation() {
        // "said the attack used missiles" was read as "..., said the governor": the words after
        // the cue became the speaker (third party, from "North Korean")
        let t = "Kyrylo Budanov, Ukraine's military intelligence chief, said the attack used North Korean missiles.";
        assert_eq!(who(t, "attack"), ("ukrainian", Some("Kyrylo Budanov".into())));
        let t = "Budanov, the intelligence chief, said the drones fly low over the river.";
        assert_eq!(who(t, "drones"), ("ukrainian", Some("Kyrylo Budanov".into())));
        // a clause before the comma still lets the speaker come after the cue
        let t = "In Kharkiv, three people were hurt, said the regional governor, Oleh Syniehubov.";
        assert_eq!(who(t, "three"), ("ukrainian", Some("Oleh Syniehubov".into())));
    }

    #[test]
    fn a_quotation_s_first_sentence_belongs_to_the_speaker_after_a_long_title() {
        let t = "Russia's Defense Ministry said its forces had liberated the village. \"The enemy claims that it has already captured Tabaivka. This is not true,\" Volodymyr Fito, spokesperson for Ukraine's Ground Forces, said on national television.";
        assert_eq!(who(t, "already captured"), ("ukrainian", Some("Volodymyr Fito".into())));
    }

    #[test]
    fn unnamed_analysts_lend_no_side_to_a_body_without_a_country() {
        let t = "Open-source analysts said each aircraft costs tens of millions of dollars. The attack was part of what the Defense Ministry described as the largest wave of drone strikes in months.";
        assert_eq!(who(t, "largest wave").0, "unattributed");
    }

    #[test]
    fn a_local_title_in_the_appositive_gives_the_side_of_the_place() {
        // an unknown name, described by a title that names no place: the officials of the place
        // the article is about
        let t =
            "Drones attacked Belgorod on Saturday. Ivan Petrov, the regional governor, said two people were injured.";
        assert_eq!(who(t, "two people"), ("russian", Some("Ivan Petrov".into())));
        let t = "A missile hit Chernihiv on Saturday. Oleksandr Lomako, the city's acting mayor, told Ukrainian television that there had been no alert.";
        assert_eq!(who(t, "no alert"), ("ukrainian", Some("Oleksandr Lomako".into())));
        let t = "Drones attacked Belgorod on Saturday. Ivan Petrov, a local resident, said two people were injured.";
        assert_eq!(who(t, "two people").0, "unattributed");
    }

    #[test]
    fn a_person_in_the_appositive_is_the_speaker() {
        let t = "Sevastopol’s Russian-installed governor, Mikhail Razvozhayev, wrote on Telegram that one serviceman was missing.";
        assert_eq!(who(t, "serviceman"), ("russian", Some("Mikhail Razvozhayev".into())));
        let t = "Pyotr Sidorenko, head of Russian state nuclear corporation Rosatom, said the plant was attacked.";
        assert_eq!(who(t, "attacked"), ("russian", Some("Pyotr Sidorenko".into())));
    }

    #[test]
    fn a_contracted_negation_is_no_part_of_the_speakers_name() {
        let t = "Bloomberg couldn't independently verify what was being handled at the port.";
        assert_eq!(who(t, "verify"), ("third_party", Some("Bloomberg".into())));
    }

    #[test]
    fn an_aside_with_a_few_quoted_words_still_stands_between_speaker_and_cue() {
        let t = "Russia, which calls its invasion a \"special military operation\", denies deliberately targeting civilians.";
        assert_eq!(side_of(t, "denies"), "russian");
    }

    #[test]
    fn the_name_a_relative_pronoun_stands_for_is_the_speaker() {
        let t = "The first claim of victory came from Yevgeny Prigozhin, the head of the Wagner mercenary group, who said late on Tuesday that his fighters had taken Soledar.";
        assert_eq!(who(t, "victory"), ("russian", Some("Yevgeny Prigozhin".into())));
        let t = "The first reports came from Bryansk Governor Alexander Bogomaz, who wrote on Telegram that saboteurs had crossed the border.";
        assert_eq!(side_of(t, "saboteurs"), "russian");
        // a town does not speak, and a name opening the clause has a verb of its own after the aside
        assert_eq!(
            side_of(
                "Russian missiles hit the city of Kharkiv, which said nothing.",
                "missiles"
            ),
            "unattributed"
        );
        // a silence is the silent one's (cues/no_comment), not the soldiers' of the aside
        let t = "President Vladimir Putin, who recorded his New Year address surrounded by soldiers, has not commented on the strike.";
        assert_eq!(who(t, "commented"), ("russian", Some("Vladimir Putin".into())));
    }

    #[test]
    fn a_relative_clause_with_its_own_speaker_is_its_own_statement() {
        let t = "The reservoir was drained after the destruction of the Kakhovka dam in June 2023, which Kyiv blamed on Russia.";
        assert_eq!(side_of(t, "reservoir"), "unattributed");
        assert_eq!(side_of(t, "which Kyiv blamed"), "ukrainian");
        let t = "Lt Gen Mykola Oleshchuk thanked his pilots for what he called a successful operation.";
        assert_eq!(side_of(t, "thanked"), "ukrainian");
    }

    #[test]
    fn a_passive_speech_verb_has_no_speaker_before_it() {
        assert_eq!(
            side_of("A state of emergency was declared in the Belgorod region.", "emergency"),
            "unattributed"
        );
    }

    #[test]
    fn an_acronym_introduced_in_parentheses_refers_back() {
        let t = "Ukraine’s special operations forces (SOF) said 34 officers were killed. On Tuesday the SOF said it was clarifying the information.";
        assert_eq!(side_of(t, "clarifying"), "ukrainian");
    }

    #[test]
    fn a_definite_description_and_a_statement_refer_back() {
        let t = "A source in Ukraine's SBU security service said drones hit the refinery. The source said the strikes would continue.";
        assert_eq!(side_of(t, "strikes would continue"), "ukrainian");
        let t = "Ukraine’s special operations forces said the strike killed 34 officers. The statement, posted on Telegram, said the strike was timed to a meeting.";
        assert_eq!(side_of(t, "timed to a meeting"), "ukrainian");
    }

    #[test]
    fn headline_with_two_claims_splits_at_the_comma() {
        let t = "Russia claims capture of Chasiv Yar, Ukraine says fighting for the town goes on";
        assert_eq!(side_of(t, "Russia claims"), "russian");
        assert_eq!(side_of(t, "Ukraine says"), "ukrainian");
    }

    #[test]
    fn a_place_inside_a_source_name_gives_no_side() {
        let t = "\"The effect is significant,\" said Sergey Vakulenko, a former executive now at the Carnegie Russia Eurasia Center in Berlin.";
        assert_eq!(side_of(t, "significant"), "third_party");
    }

    #[test]
    fn a_compound_or_short_name_is_no_spelling_variant_of_a_place() {
        let t =
            "Ruslan Pukhov, director of the Moscow-based Centre for Strategic Stuff, told AFP that the attack was new.";
        assert_ne!(side_of(t, "attack was new"), "russian");
        assert_eq!(
            side_of("\"I was holding my son's hand,\" said Olena.", "holding"),
            "unattributed"
        );
    }

    #[test]
    fn a_noun_that_looks_like_a_cue_is_no_speaker() {
        assert_eq!(
            side_of(
                "The serious claim by Russian state media was made without corroborating evidence, however.",
                "serious"
            ),
            "unattributed"
        );
        assert_eq!(
            side_of(
                "Ukrainian state media says there were several people injured.",
                "injured"
            ),
            "ukrainian"
        );
    }
}
