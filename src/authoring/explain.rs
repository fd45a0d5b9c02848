//! `counterclaim rules explain`: why a sentence got its side, speaker, kinds and incident, and
//! which rules came close without firing.
//!
//! A rule author editing `rules/*.yaml` needs to see the pipeline's reasoning for one sentence:
//! how it was split, which cue and which source rule fired and why (the affiliation and gazetteer
//! steps come from the attribution trace), spelling-variant matches with their scores, every claim
//! phrase found with what became of it, and the near misses (a name below the fuzzy threshold, a
//! cue inside quotation marks, a source named but not speaking) — with what to change.

use std::fmt::Write as _;

use crate::attribute::analysis::{self, EntityKind};
use crate::attribute::{attribute, Attributed};
use crate::classify::{classify, phrase_matches, Fate};
use crate::input::Document;
use crate::lexed::Lexer;
use crate::locate::{locate, PlaceHow, Statement};
use crate::rules::RuleSet;
use crate::segment::segment;
use crate::text::TokKind;

/// Lowest spelling-variant score worth showing as a near miss.
const NEAR_MISS_SCORE: f64 = 0.75;

/// Explain every sentence of `doc` (only those starting on `line`, when given). Returns the
/// report as text, or `None` when no sentence starts on that line.
pub fn explain(doc: &Document, rules: &RuleSet, line: Option<usize>) -> Option<String> {
    let _reasons = crate::trace::Recording::start();
    let lexer = Lexer::new(&doc.text, rules);
    let seg = segment(doc, &rules.language);
    let attributed = attribute(doc, &seg, rules, &lexer);
    let spans: Vec<Attributed> = attributed.clone();
    let statements = locate(doc, classify(doc, attributed, rules, &lexer), rules, &lexer);
    let mut out = String::new();
    let mut shown = 0;
    for (si, s) in seg.sentences.iter().enumerate() {
        let end_line = s.line + doc.text[s.start..s.end].matches('\n').count();
        if line.is_some_and(|l| l < s.line || l > end_line) {
            continue;
        }
        shown += 1;
        let text = one_line(&doc.text[s.start..s.end]);
        let _ = writeln!(out, "sentence {} (line {}): {text}", si + 1, s.line);
        let a = analysis::analyse(&lexer, &seg, s, rules);
        describe_sentence(&mut out, &a, &doc.text, rules);
        let mine: Vec<(usize, &Statement)> = statements
            .iter()
            .enumerate()
            .filter(|(_, st)| st.sentence as usize == si)
            .collect();
        for (n, (i, st)) in mine.iter().enumerate() {
            let span = spans
                .iter()
                .find(|x| x.start == st.start as usize && x.end == st.end as usize);
            if mine.len() > 1 {
                let _ = writeln!(out, "  statement {}: {}", n + 1, one_line(&st.text));
            }
            describe_statement(&mut out, st, span, doc, rules);
            let _ = i;
        }
        if mine.is_empty() {
            let _ = writeln!(out, "  no statement: the sentence is not reporting");
        }
        near_misses(&mut out, &a, &doc.text, &mine, rules);
        out.push('\n');
    }
    if shown == 0 {
        return None;
    }
    let boilerplate = seg.paragraphs.iter().filter(|p| p.boilerplate.is_some()).count();
    if boilerplate > 0 && line.is_none() {
        let _ = writeln!(
            out,
            "{boilerplate} paragraph(s) left out as boilerplate (language.boilerplate)"
        );
    }
    Some(out.trim_end().to_string() + "\n")
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Segmentation and the names, cues and quotations found in the sentence.
fn describe_sentence(out: &mut String, a: &analysis::Analysis, text: &str, rules: &RuleSet) {
    let mut quotes: Vec<usize> = a.quote.iter().flatten().copied().collect();
    quotes.dedup();
    for _q in &quotes {
        let toks: Vec<usize> = (0..a.toks.len()).filter(|&i| a.quote[i] == Some(*_q)).collect();
        if let (Some(&f), Some(&l)) = (toks.first(), toks.last()) {
            let (s, e) = (a.toks.toks[f].start, a.toks.toks[l].end);
            let _ = writeln!(out, "  quotation: {}", clip(&one_line(&text[s..e]), 90));
        }
    }
    for c in &a.cues {
        let cue = &rules.cues.list[c.cue];
        let _ = writeln!(
            out,
            "  cue:       `{}` (cues/{}), speaker {}{}",
            orig(text, &a.toks, c.a, c.b),
            cue.id,
            match cue.position {
                crate::rules::cues::SpeakerPosition::Before => "before it",
                crate::rules::cues::SpeakerPosition::After => "after it",
                crate::rules::cues::SpeakerPosition::Subject => "is the clause's subject",
            },
            if cue.inverted { " (or after it)" } else { "" }
        );
    }
    for &g in &a.agentless {
        let _ = writeln!(
            out,
            "  agentless: agentless/{} (reported speech without a speaker)",
            rules.cues.agentless_ids[g]
        );
    }
    for e in &a.entities {
        let words = orig(text, &a.toks, e.a, e.b);
        let what = match e.kind {
            EntityKind::Source(i, fuzzy) => {
                let s = &rules.sources.list[i];
                format!(
                    "sources/{} ({}, side {}){}",
                    s.id,
                    s.name,
                    source_side(rules, i),
                    variant(fuzzy, rules)
                )
            }
            EntityKind::Place(p, fuzzy) => {
                let pl = &rules.places.list[p];
                let country = pl
                    .country
                    .map(|c| format!(", in {}", rules.places.list[c].id))
                    .unwrap_or_default();
                format!("places/{} ({:?}{country}){}", pl.id, pl.kind, variant(fuzzy, rules)).to_lowercase()
            }
            EntityKind::Demonym(c) => format!(
                "demonym of places/{} (side {})",
                rules.places.list[c].id,
                rules
                    .places
                    .side_of(c)
                    .map_or("none", |s| rules.sides.list[s].id.as_str())
            ),
            EntityKind::Marker(s) => format!("affiliation marker of sides/{}", rules.sides.list[s].id),
            EntityKind::Title(i) => format!("title of sources/{}", rules.sources.list[i].id),
            EntityKind::Name => "a name the rules do not know (no side of its own)".into(),
        };
        let _ = writeln!(out, "  name:      `{words}` → {what}");
    }
}

fn source_side(rules: &RuleSet, i: usize) -> String {
    match rules.sources.list[i].side {
        crate::rules::sources::SideRef::Fixed(s) => rules.sides.list[s].id.clone(),
        crate::rules::sources::SideRef::FromPlace => "from the place it speaks for".into(),
    }
}

fn variant(fuzzy: Option<f64>, rules: &RuleSet) -> String {
    match fuzzy {
        Some(score) => format!(
            ", spelling variant: score {score:.2} ≥ fuzzy_threshold {:.2}",
            rules.language.fuzzy_threshold
        ),
        None => String::new(),
    }
}

fn describe_statement(out: &mut String, st: &Statement, span: Option<&Attributed>, doc: &Document, rules: &RuleSet) {
    let side = rules.sides.id_of(st.side);
    let _ = writeln!(out, "  side:      {side}");
    match &st.speaker {
        Some(sp) => {
            let src = sp
                .source
                .map(|i| format!(" (sources/{})", rules.sources.list[i].id))
                .unwrap_or_default();
            let _ = writeln!(out, "  speaker:   {}{src}", sp.name);
        }
        None => {
            let _ = writeln!(out, "  speaker:   none");
        }
    }
    if let Some(cue) = &st.cue {
        let _ = writeln!(out, "  cue used:  `{cue}`");
    }
    for t in st.trace.lines() {
        let _ = writeln!(out, "  because:   {t}");
    }
    // claim phrases, with what became of each
    let toks = crate::lexed::Lexed::new(&doc.text[st.range()], st.start as usize, rules);
    let skip: Vec<bool> = toks
        .toks
        .iter()
        .map(|t| span.is_some_and(|a| a.attribution.iter().any(|&(s, e)| t.start >= s && t.end <= e)))
        .collect();
    let matches = phrase_matches(&toks, &skip, rules);
    if st.kinds.is_empty() {
        let _ = writeln!(out, "  kinds:     none");
    }
    for m in &matches {
        // a shorter phrase of the same kind inside a longer one says nothing new
        let inside_same_kind = m.fate == Fate::Overlapped
            && matches
                .iter()
                .any(|o| o.fate != Fate::Overlapped && o.kind == m.kind && o.a <= m.a && m.b <= o.b);
        if inside_same_kind {
            continue;
        }
        let kind = &rules.claims.kinds[m.kind].id;
        let words = orig(&doc.text, &toks, m.a, m.b);
        let why = match m.fate {
            Fate::Counted => {
                let _ = writeln!(out, "  kind:      {kind} ← `{words}` (claims/{kind})");
                continue;
            }
            Fate::InSpeakerWords => "part of the speaker's own words, which claim nothing".to_string(),
            Fate::Overlapped => "a longer phrase at the same words won".to_string(),
            Fate::Negated => format!(
                "a negation comes just before it (language.negations, window {})",
                rules.language.negation_window
            ),
            Fate::Modal => "a modal comes just before it (language.modals): hypothetical".to_string(),
            Fate::Purpose => "a purpose phrase comes just before it (language.purposes): another event".to_string(),
            Fate::ClauseNegated => "its clause is negated (language.clause_negations)".to_string(),
            Fate::SuppressedBy(k) => format!("claims/{} suppresses it", rules.claims.kinds[k].id),
        };
        let _ = writeln!(out, "  not kind:  {kind} from `{words}`: {why}");
    }
    for q in &st.quantities {
        let value = if q.max == q.value {
            q.value.to_string()
        } else {
            format!("{}–{}", q.value, q.max)
        };
        let _ = writeln!(out, "  number:    {value} {}", q.unit.join(" "));
    }
    let place = |p: usize| format!("places/{}", rules.places.list[p].id);
    let how = match st.place_how {
        PlaceHow::Named => "named in it",
        PlaceHow::Inherited => "inherited from the sentences around it",
        PlaceHow::Refined => "a region it names, narrowed to the one city in it the article is about",
        PlaceHow::None => "none",
    };
    if st.places.is_empty() {
        let _ = writeln!(out, "  place:     none");
    } else {
        let list: Vec<String> = st.places.iter().map(|&p| place(p)).collect();
        let _ = writeln!(out, "  place:     {} ({how})", list.join(", "));
    }
    for t in st.targets.iter() {
        let _ = writeln!(out, "  target:    targets/{}", rules.targets.list[*t].id);
    }
    let date = st.date.map_or("unknown".to_string(), |d| d.to_string());
    let _ = writeln!(out, "  date:      {date}");
    let _ = writeln!(out, "  incident:  {}", st.incident().unwrap_or("none"));
    if !st.rules.is_empty() {
        let _ = writeln!(out, "  fired:     {}", st.rules.join(", "));
    }
}

/// Rules that matched words of the sentence without deciding anything, with the reason.
fn near_misses(out: &mut String, a: &analysis::Analysis, text: &str, mine: &[(usize, &Statement)], rules: &RuleSet) {
    let fired: Vec<&str> = mine.iter().flat_map(|(_, s)| s.rules.iter().map(|r| &**r)).collect();
    let mut lines = Vec::new();
    // cue forms the attribution could not use
    for h in rules.cues.forms.find_longest(&a.toks) {
        let cue = &rules.cues.list[h.payload as usize];
        let id = format!("cues/{}", cue.id);
        if fired.contains(&id.as_str()) {
            continue;
        }
        let words = orig(text, &a.toks, h.a, h.b);
        let reason = if a.masked[h.a..h.b].iter().any(|m| *m) {
            "it stands inside quotation marks (or an agentless phrase): those are the quoted speaker's words, not a cue"
        } else if !a.cues.iter().any(|c| c.a == h.a) {
            "it follows an article or a possessive (\"the claim\", \"its report\", \"the Russian claim\"): a noun, not a speech verb"
        } else if cue.needs_quote {
            "needs_quote: it only attributes next to a quotation"
        } else if cue.ends_clause {
            "ends_clause: it only attributes where its clause ends right after it"
        } else {
            "no speaker phrase where the cue's `speaker:` setting looks for one"
        };
        lines.push(format!("cue `{words}` ({id}) did not fire: {reason}"));
    }
    // sources named but not speaking
    for e in &a.entities {
        if let EntityKind::Source(i, _) = e.kind {
            let id = format!("sources/{}", rules.sources.list[i].id);
            if !fired.contains(&id.as_str()) {
                lines.push(format!(
                    "`{}` ({id}) is named but is not the speaker: a side comes from who makes the statement, not who is mentioned",
                    orig(text, &a.toks, e.a, e.b)
                ));
            }
        }
    }
    // capitalised words that are almost a known name
    let lang = &rules.language;
    let covered = |i: usize| a.entities.iter().any(|e| e.a <= i && i < e.b);
    // surnames the rules know after someone else's given name
    for h in rules.sources.names.find_longest(&a.toks) {
        if analysis::namesake(&a.toks, rules, h.a, h.b, h.payload as usize, false) {
            let src = &rules.sources.list[h.payload as usize];
            lines.push(format!(
                "`{}` is the surname of sources/{} ({}), but after the given name `{}` (language given_names): a namesake, not the source",
                orig(text, &a.toks, h.a, h.b),
                src.id,
                src.name,
                orig(text, &a.toks, h.a - 1, h.a)
            ));
        }
    }
    for i in 0..a.toks.len() {
        let t = &a.toks.toks[i];
        if t.kind != TokKind::Word || !t.cap || covered(i) || lang.not_names.has(a.toks.word(i)) {
            continue;
        }
        let cand = a.toks.word(i);
        let best_source = rules.sources.fuzzy.nearest(cand, 1).map(|(p, s, alias)| {
            let src = &rules.sources.list[p as usize];
            (format!("sources/{} ({})", src.id, src.name), s, alias)
        });
        let best_place = rules.places.fuzzy.nearest(cand, 1).map(|(p, s, alias)| {
            let pl = &rules.places.list[p as usize];
            (format!("places/{} ({})", pl.id, pl.name), s, alias)
        });
        let best = [best_source, best_place]
            .into_iter()
            .flatten()
            .max_by(|x, y| x.1.total_cmp(&y.1));
        if let Some((what, score, alias)) = best.filter(|b| b.1 >= NEAR_MISS_SCORE) {
            let edit = strsim::normalized_levenshtein(cand, alias);
            let reason = if cand.chars().count() < lang.fuzzy_min_length {
                format!("shorter than fuzzy_min_length {}", lang.fuzzy_min_length)
            } else if score < lang.fuzzy_threshold {
                format!("below fuzzy_threshold {:.2}", lang.fuzzy_threshold)
            } else if edit < lang.fuzzy_edit_similarity {
                format!(
                    "but its edit similarity {edit:.2} is below fuzzy_edit_similarity {:.2}",
                    lang.fuzzy_edit_similarity
                )
            } else {
                "the lengths differ too much for a spelling variant".to_string()
            };
            lines.push(format!(
                "`{}` is like {what}: score {score:.2}, {reason}; add it as an alias if it is the same",
                orig(text, &a.toks, i, i + 1)
            ));
        }
    }
    if !lines.is_empty() {
        let _ = writeln!(out, "  near misses:");
        for l in lines {
            let _ = writeln!(out, "    - {l}");
        }
    }
}

/// The original text of tokens `a..b`, on one line.
fn orig(text: &str, toks: &crate::text::Tokens, a: usize, b: usize) -> String {
    let (s, e) = toks.span(a, b);
    one_line(&text[s..e])
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        s.chars().take(n - 1).collect::<String>() + "…"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn explain_text(text: &str) -> String {
        let rules = crate::testkit::rules();
        let doc = crate::input::parse("<explain>".into(), text.as_bytes().to_vec(), &rules.language).unwrap();
        explain(&doc, rules, None).unwrap()
    }

    #[test]
    fn says_which_cue_and_source_decided() {
        let out = explain_text("“Air defence thwarted an attempt to fly a drone into Moscow,” Sobyanin said.");
        assert!(out.contains("side:      russian"), "{out}");
        assert!(out.contains("speaker:   Sergey Sobyanin (sources/sobyanin)"), "{out}");
        assert!(out.contains("cue:       `said` (cues/said)"), "{out}");
        assert!(
            out.contains("kind:      interception ← `Air defence thwarted`"),
            "{out}"
        );
        assert!(out.contains("fired:     cues/said, sources/sobyanin"), "{out}");
    }

    #[test]
    fn shows_near_misses_with_their_reason() {
        let out = explain_text("Kovalenko did not say the depot was hit, and Sabyanin said nothing.");
        assert!(out.contains("not kind:  strike from `was hit`: a negation"), "{out}");
        assert!(
            out.contains(
                "`Sabyanin` is like sources/sobyanin (Sergey Sobyanin): score 0.88, below fuzzy_threshold 0.90"
            ),
            "{out}"
        );
    }

    #[test]
    fn a_cue_inside_quotation_marks_is_explained() {
        let out = explain_text("The governor wrote: “They said the drone was downed.”");
        assert!(
            out.contains("cue `said` (cues/said) did not fire: it stands inside quotation marks"),
            "{out}"
        );
    }
}
