//! Pairing (the match stage; `match` is a Rust keyword): incidents, and the conflicting claims
//! about each.
//!
//! Responsible for: grouping statements by incident — blocking on the place of their incident
//! key, then clustering dates within the rules' tolerance (a longer one for statements of one
//! article, which follows its incident over days), so the cost grows with the number of
//! statements, not its square — and, inside an incident, pairing statements of different sides
//! whose claim kinds contradict by the `conflicts` table or whose numbers for the same thing
//! differ, when their targets can be the same target (or the conflict rule is `across_targets`:
//! "military vs civilian target" is a dispute about what was hit).
//! Must not: change a statement. It only reads them.

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::NaiveDate;

use crate::locate::{PlaceHow, Statement};
use crate::rules::places::PlaceKind;
use crate::rules::RuleSet;

/// Two statements that contradict each other.
///
/// Twelve bytes: a large corpus has millions of conflicts (every pair of contradicting
/// statements of an incident), all held until they are written. The score is kept in hundredths,
/// which is all it is ever rounded to; a rule table has far fewer than 65,536 conflicts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Conflict {
    a: u32,
    b: u32,
    rule: u16,
    percent: u8,
}

impl Conflict {
    /// Statements `a` and `b` contradict under conflict rule `rule` with confidence `score`
    /// (0–1, rounded to hundredths).
    pub fn new(rule: usize, a: usize, b: usize, score: f64) -> Conflict {
        let index = |i: usize| u32::try_from(i).expect("fewer than 4 billion statements");
        Conflict {
            rule: u16::try_from(rule).expect("fewer than 65,536 conflict rules"),
            a: index(a),
            b: index(b),
            percent: (score.clamp(0.0, 1.0) * 100.0).round() as u8,
        }
    }

    /// Index of the conflict in the rules' table.
    pub fn rule(&self) -> usize {
        self.rule as usize
    }

    /// Statement index (the side that comes first in the rules).
    pub fn a(&self) -> usize {
        self.a as usize
    }

    /// Statement index.
    pub fn b(&self) -> usize {
        self.b as usize
    }

    /// Confidence, 0–1: the rule's weight, lowered when a place was inherited, not named.
    pub fn score(&self) -> f64 {
        f64::from(self.percent) / 100.0
    }
}

/// One incident: a place (at city level where known) and a date, with its statements.
#[derive(Debug, Clone, PartialEq)]
pub struct Incident {
    /// `<place>@<date>`.
    pub id: String,
    /// Place index.
    pub place: usize,
    /// Date, if known.
    pub date: Option<NaiveDate>,
    /// The target most of its statements name.
    pub target: Option<usize>,
    /// Statement indexes, in document order.
    pub members: Vec<usize>,
    /// Conflicting pairs.
    pub conflicts: Vec<Conflict>,
}

/// The pairing stage's output.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Comparison {
    /// Incidents, ordered by their first statement.
    pub incidents: Vec<Incident>,
}

/// Whether a statement can be part of an incident: it has a place, and a side or a claim. The
/// others can be dropped before pairing (`compare` keeps only these, to hold a large corpus).
pub fn can_pair(s: &Statement) -> bool {
    !s.places.is_empty() && (s.side.is_some() || !s.kinds.is_empty())
}

/// Group statements into incidents and find the conflicts in each. `statements` must be sorted by
/// document and offset.
pub fn pair(statements: &[Statement], rules: &RuleSet) -> Comparison {
    let places = &rules.places;
    let tolerance = rules.language.date_tolerance_days;
    // block: incident place -> statements (a statement with several places is in several blocks)
    let mut blocks: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, s) in statements.iter().enumerate() {
        if !can_pair(s) {
            continue;
        }
        for &p in s.places.iter() {
            blocks.entry(places.rollup(p, PlaceKind::City)).or_default().push(i);
        }
    }
    // clusters of dates within the tolerance; without a date, nothing ties two articles to one
    // incident, so undated statements stay with their own article
    let mut clusters: Vec<(usize, Option<NaiveDate>, Vec<usize>)> = Vec::new();
    let article_tolerance = rules.language.article_date_tolerance_days;
    let doc_id = |i: usize| Arc::as_ptr(&statements[i].doc).cast::<u8>() as usize;
    for (&place, members) in &blocks {
        let mut by_date: Vec<usize> = members.clone();
        by_date.sort_by_key(|&i| (statements[i].date, i));
        let mut current: Option<(Option<NaiveDate>, Vec<usize>)> = None;
        // the articles of the current cluster: one of them may go on a day or two longer
        let mut docs: FxHashSet<usize> = FxHashSet::default();
        for i in by_date {
            let d = statements[i].date;
            match current.as_mut() {
                Some((start, list))
                    if (close(*start, d, tolerance)
                        && (d.is_some() || statements[list[0]].doc == statements[i].doc))
                        || (d.is_some() && close(*start, d, article_tolerance) && docs.contains(&doc_id(i))) =>
                {
                    list.push(i);
                    docs.insert(doc_id(i));
                }
                _ => {
                    if let Some((start, list)) = current.take() {
                        clusters.push((place, start, list));
                    }
                    current = Some((d, vec![i]));
                    docs.clear();
                    docs.insert(doc_id(i));
                }
            }
        }
        if let Some((start, list)) = current {
            clusters.push((place, start, list));
        }
    }
    // a region-level cluster joins the one city-level cluster inside the region on its dates,
    // any of them: one article may follow the city's incident over days (a cluster's members are
    // in date order, so its first and last give its span)
    let span = |c: &(usize, Option<NaiveDate>, Vec<usize>)| {
        let date = |k: Option<&usize>| k.and_then(|&i| statements[i].date);
        (date(c.2.first()), date(c.2.last()))
    };
    let spans: Vec<(Option<NaiveDate>, Option<NaiveDate>)> = clusters.iter().map(span).collect();
    let on_its_dates = |date: Option<NaiveDate>, cj: usize| {
        let (first, last) = spans[cj];
        within_span(date, first, last, tolerance)
    };
    let mut merged_into: Vec<Option<usize>> = vec![None; clusters.len()];
    // an undated claim about a lasting state joins its article's one dated cluster of the same
    // place: the article ties them ("In November, Gerasimov told Putin that Kupiansk had been
    // taken" in a report of Zelensky's visit there on 12 December); an earlier strike there is
    // another event. Only the (place, article) pairs such claims have are looked up, so a large
    // corpus keeps no index of every article's places.
    let lasting = |i: usize| {
        let kinds = &statements[i].kinds;
        !kinds.is_empty() && kinds.iter().all(|&k| rules.claims.kinds[k].lasting)
    };
    let key_of = |c: &(usize, Option<NaiveDate>, Vec<usize>)| c.2.first().map(|&i| (c.0, doc_id(i)));
    // (place, article) -> its one dated cluster (`usize::MAX` once a second one is found)
    let mut dated_of: FxHashMap<(usize, usize), Option<usize>> = clusters
        .iter()
        .filter(|c| c.1.is_none() && c.2.iter().all(|&i| lasting(i)))
        .filter_map(key_of)
        .map(|k| (k, None))
        .collect();
    if !dated_of.is_empty() {
        for (ci, (place, date, list)) in clusters.iter().enumerate() {
            if date.is_none() {
                continue;
            }
            for &i in list {
                if let Some(slot) = dated_of.get_mut(&(*place, doc_id(i))) {
                    *slot = match *slot {
                        None => Some(ci),
                        Some(c) if c == ci => Some(c),
                        Some(_) => Some(usize::MAX),
                    };
                }
            }
        }
        for (ci, c) in clusters.iter().enumerate() {
            if c.1.is_some() {
                continue;
            }
            if let Some(Some(only)) = key_of(c).and_then(|k| dated_of.get(&k)).copied() {
                if only != usize::MAX {
                    merged_into[ci] = Some(only);
                }
            }
        }
    }
    let city_clusters_within = within_index(places, clusters.iter().map(|c| c.0), |p| {
        places.list[p].kind >= PlaceKind::City
    });
    // the region- and district-level clusters inside each place: finer incidents that are not a city
    let finer_within = within_index(places, clusters.iter().map(|c| c.0), |p| {
        matches!(places.list[p].kind, PlaceKind::Region | PlaceKind::District)
    });
    for (ci, (place, date, _)) in clusters.iter().enumerate() {
        if places.list[*place].kind > PlaceKind::District || merged_into[ci].is_some() {
            continue;
        }
        let inside: Vec<usize> = city_clusters_within
            .get(place)
            .into_iter()
            .flatten()
            .copied()
            .filter(|&cj| cj != ci && on_its_dates(*date, cj))
            .collect();
        let same_article = |a: usize, b: usize| {
            clusters[a]
                .2
                .iter()
                .any(|&x| clusters[b].2.iter().any(|&y| statements[x].doc == statements[y].doc))
        };
        // "airfields in the Murmansk and Irkutsk regions" beside Smolensk's attack: a region
        // named on its own is a second finer incident, and the country's statement is about
        // both, not the one city
        let kind = places.list[*place].kind;
        let other_region = |only: usize| {
            finer_within.get(place).into_iter().flatten().any(|&cj| {
                let p = clusters[cj].0;
                cj != ci && places.list[p].kind > kind && !places.within(clusters[only].0, p) && on_its_dates(*date, cj)
            })
        };
        if let [only] = inside.as_slice() {
            if (date.is_some() || same_article(ci, *only)) && !other_region(*only) {
                merged_into[ci] = Some(*only);
            }
        }
    }
    let mut incidents: Vec<Incident> = Vec::new();
    let mut index_of: Vec<Option<usize>> = vec![None; clusters.len()];
    for (ci, (place, date, list)) in clusters.iter().enumerate() {
        if merged_into[ci].is_some() {
            continue;
        }
        index_of[ci] = Some(incidents.len());
        incidents.push(Incident {
            id: key(rules, *place, *date),
            place: *place,
            date: *date,
            target: None,
            members: list.clone(),
            conflicts: Vec::new(),
        });
    }
    // a cluster may have joined one that joined another in turn (an undated statement of a
    // region, the region's dated cluster, its one city)
    let last_target = |mut t: usize| {
        while let Some(next) = merged_into[t] {
            t = next;
        }
        t
    };
    for (ci, target) in merged_into.iter().enumerate() {
        if let Some(t) = target.and_then(|t| index_of[last_target(t)]) {
            incidents[t].members.extend(clusters[ci].2.iter().copied());
        }
    }
    // each incident's pairs on their own: both cores share the work (every pair of an incident is
    // compared, so a large incident costs the square of its size)
    incidents.par_iter_mut().for_each(|inc| {
        inc.members.sort_unstable();
        inc.members.dedup();
        inc.target = common_target(statements, &inc.members, rules);
        inc.conflicts = conflicts_in(statements, &inc.members, rules);
    });
    umbrella(statements, &mut incidents, rules);
    // held until written: no spare capacity (the umbrella's pairs grew some lists)
    for inc in &mut incidents {
        inc.members.shrink_to_fit();
        inc.conflicts.shrink_to_fit();
    }
    incidents.sort_by_key(|inc| inc.members.first().copied());
    // undated incidents of one place in several articles: keep ids apart
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for inc in &mut incidents {
        let n = seen.entry(inc.id.clone()).or_default();
        *n += 1;
        if *n > 1 {
            inc.id = format!("{}#{n}", inc.id);
        }
    }
    Comparison { incidents }
}

/// A statement about a whole country or region ("strikes on strategic facilities across Russia",
/// "74 drones shot down over the Moscow region") is also compared with every finer incident inside
/// it on its dates, when both come from the same article: the article itself ties the wave to its
/// parts. Across articles that tie is missing.
fn umbrella(statements: &[Statement], incidents: &mut [Incident], rules: &RuleSet) {
    let places = &rules.places;
    let tolerance = rules.language.date_tolerance_days;
    let wide: Vec<usize> = (0..incidents.len())
        .filter(|&i| places.list[incidents[i].place].kind <= PlaceKind::District)
        .collect();
    let inside = within_index(places, incidents.iter().map(|i| i.place), |_| true);
    for c in wide {
        let finer = inside.get(&incidents[c].place).cloned().unwrap_or_default();
        for f in finer {
            let (inc_c, inc_f) = (&incidents[c], &incidents[f]);
            if f == c || !close(inc_c.date, inc_f.date, tolerance) {
                continue;
            }
            let wide: Vec<usize> = inc_c
                .members
                .iter()
                .copied()
                .filter(|&m| inc_f.members.iter().any(|&n| statements[n].doc == statements[m].doc))
                .collect();
            if wide.is_empty() {
                continue;
            }
            let mut all = inc_f.members.clone();
            all.extend(&wide);
            all.sort_unstable();
            all.dedup();
            let new: Vec<Conflict> = conflicts_in(statements, &all, rules)
                .into_iter()
                .filter(|k| wide.contains(&k.a()) != wide.contains(&k.b()))
                .map(|k| Conflict::new(k.rule(), k.a(), k.b(), (k.score() - 0.2).max(0.1)))
                .collect();
            if new.is_empty() {
                continue;
            }
            let inc_f = &mut incidents[f];
            for k in &new {
                for m in [k.a(), k.b()] {
                    if !inc_f.members.contains(&m) {
                        inc_f.members.push(m);
                    }
                }
            }
            inc_f.members.sort_unstable();
            inc_f.conflicts.extend(new);
            inc_f.conflicts.sort_by_key(|k| (k.a, k.b));
        }
    }
}

/// For each place, the items (by index, in order) whose place lies in it or is it, among those
/// whose place passes `keep`: what lets a region's incident find the incidents inside it without
/// comparing every incident with every other (quadratic in a large corpus).
fn within_index(
    places: &crate::rules::places::Places,
    item_places: impl Iterator<Item = usize>,
    keep: impl Fn(usize) -> bool,
) -> rustc_hash::FxHashMap<usize, Vec<usize>> {
    let mut index: rustc_hash::FxHashMap<usize, Vec<usize>> = rustc_hash::FxHashMap::default();
    for (i, p) in item_places.enumerate() {
        if keep(p) {
            for anc in places.chain(p) {
                let items = index.entry(anc).or_default();
                if items.last() != Some(&i) {
                    items.push(i);
                }
            }
        }
    }
    index
}

/// Whether `date` falls on the days from `first` to `last`, or within the tolerance of either end.
fn within_span(date: Option<NaiveDate>, first: Option<NaiveDate>, last: Option<NaiveDate>, tolerance: i64) -> bool {
    close(date, first, tolerance)
        || close(date, last, tolerance)
        || matches!((date, first, last), (Some(d), Some(f), Some(l)) if f <= d && d <= l)
}

fn close(a: Option<NaiveDate>, b: Option<NaiveDate>, tolerance: i64) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => (y - x).num_days().abs() <= tolerance,
        (None, None) => true,
        _ => false,
    }
}

fn key(rules: &RuleSet, place: usize, date: Option<NaiveDate>) -> String {
    match date {
        Some(d) => format!("{}@{d}", rules.places.list[place].id),
        None => rules.places.list[place].id.clone(),
    }
}

fn common_target(statements: &[Statement], members: &[usize], rules: &RuleSet) -> Option<usize> {
    // the most named concrete target; a generic one ("facility") only when there is nothing else
    let mut counts: BTreeMap<(bool, usize), usize> = BTreeMap::new();
    for &m in members {
        for &t in statements[m].targets.iter() {
            *counts.entry((!rules.targets.list[t].generic, t)).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .max_by_key(|&((concrete, t), c)| (concrete, c, std::cmp::Reverse(t)))
        .map(|((_, t), _)| t)
}

/// Every pair of statements of different sides in `members` that contradict each other.
pub fn conflicts_in(statements: &[Statement], members: &[usize], rules: &RuleSet) -> Vec<Conflict> {
    let mut out = Vec::new();
    for (x, &i) in members.iter().enumerate() {
        for &j in &members[x + 1..] {
            let (si, sj) = (&statements[i], &statements[j]);
            let (Some(side_i), Some(side_j)) = (si.side, sj.side) else {
                continue;
            };
            if side_i == side_j {
                continue;
            }
            if (si.dated_by_context || sj.dated_by_context) && si.doc != sj.doc {
                continue;
            }
            let same_target = rules.targets.compatible(&si.targets, &sj.targets);
            let Some(rule) = contradiction(si, sj, same_target, rules) else {
                continue;
            };
            let (a, b) = if side_i <= side_j { (i, j) } else { (j, i) };
            let inherited = [si, sj].iter().filter(|s| s.place_how != PlaceHow::Named).count();
            let score = rules.claims.conflicts[rule].weight * (1.0 - 0.1 * inherited as f64);
            out.push(Conflict::new(rule, a, b, score));
        }
    }
    // held until written, with millions more: no spare capacity
    out.shrink_to_fit();
    out
}

/// The first conflict of the rules' table that two statements fall under; `same_target` says
/// whether the targets they name can be one (only a rule `across_targets` pairs them otherwise).
fn contradiction(x: &Statement, y: &Statement, same_target: bool, rules: &RuleSet) -> Option<usize> {
    let units = &rules.language;
    rules.claims.conflicts.iter().position(|c| {
        if !same_target && !c.across_targets {
            return false;
        }
        let allowed = |side: Option<usize>| side.is_some_and(|s| c.sides.contains(&s));
        let sides_ok = c.sides.is_empty() || (allowed(x.side) && allowed(y.side));
        if !sides_ok {
            return false;
        }
        if c.both_targets && (x.targets.is_empty() || y.targets.is_empty()) {
            return false;
        }
        if c.concrete_targets && !names_what_was_hit(x, y, rules) {
            return false;
        }
        // both say the same side did it: they agree on that
        if c.distinct_actors && x.actor.get().is_some() && x.actor == y.actor {
            return false;
        }
        if c.numbers {
            return x.quantities.iter().any(|qx| {
                y.quantities.iter().any(|qy| {
                    (qx.max < qy.value || qy.max < qx.value)
                        && units.same_unit(&qx.unit, &qy.unit)
                        && (qx.kind == qy.kind
                            || qx.kind.is_none()
                            || qy.kind.is_none()
                            || qx
                                .kind
                                .zip(qy.kind)
                                .is_some_and(|(kx, ky)| c.alike.contains(&kx) && c.alike.contains(&ky)))
                })
            });
        }
        let has = |s: &Statement, ks: &[usize]| s.kinds.iter().any(|k| ks.contains(k));
        // "Russia's claims ... were propaganda" rejects what Moscow says, not what Kyiv says;
        // "called the claims propaganda" rejects a side's claims, not what a third party says
        let answers = |p: &Statement, q: &Statement| {
            !c.named_claims
                || match p.disputed.get() {
                    Some(d) => q.side.is_some_and(|s| s == d),
                    None => q.side.is_none_or(|s| Some(s) != rules.sides.default_side()),
                }
        };
        // "rejected suggestions that Russia had targeted civilians" answers the charge it names;
        // "denied striking the theater" answers all that is said of the strike
        let denies = |p: &Statement, k: usize| k < u32::BITS as usize && p.denied & (1 << k) != 0;
        let what_denied = |p: &Statement, q: &Statement| {
            if p.denied == 0 {
                return true;
            }
            // "denies the attacks had a major impact" against "the plant makes military
            // electronics": a denial of something else does not answer what the site was for
            let answered = |k: &usize| c.b.contains(k);
            if !c.bare_denial_kinds.is_empty()
                && q.kinds
                    .iter()
                    .filter(|&k| answered(k))
                    .all(|k| c.bare_denial_kinds.contains(k))
                && !q
                    .kinds
                    .iter()
                    .any(|&k| c.bare_denial_kinds.contains(&k) && denies(p, k))
            {
                return false;
            }
            let whole = c.b.iter().any(|&k| denies(p, k) && !c.denied_kinds.contains(&k));
            let mut narrow = c.denied_kinds.iter().copied().filter(|&k| denies(p, k)).peekable();
            whole || narrow.peek().is_none() || narrow.any(|k| q.kinds.contains(&k))
        };
        let fits = |p: &Statement, q: &Statement| {
            has(p, &c.a)
                && has(q, &c.b)
                && !has(q, &c.unless)
                && !has(p, &c.unless_a)
                && answers(p, q)
                && what_denied(p, q)
        };
        fits(x, y) || fits(y, x)
    })
}

/// Whether two statements label something that was hit: one of them must name it (a cafe, an
/// air base, energy facilities), and then the other's "we strike only military targets" or "a
/// war crime against civilians" is its label of that thing. Two generic labels ("killed
/// civilians", "hit military targets") may be about different things.
fn names_what_was_hit(x: &Statement, y: &Statement, rules: &RuleSet) -> bool {
    has_concrete(&x.targets, rules) || has_concrete(&y.targets, rules)
}

fn has_concrete(targets: &[usize], rules: &RuleSet) -> bool {
    targets.iter().any(|&t| !rules.targets.list[t].generic)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::{rules, statements, statements_dated};

    #[test]
    fn issue_6_a_conflict_is_twelve_bytes_and_keeps_its_score_to_the_hundredth() {
        // `compare` on 100 MB of coverage holds two million of them
        assert_eq!(std::mem::size_of::<Conflict>(), 12);
        for weight in [1.0, 0.9, 0.85, 0.7, 0.63, 0.5, 0.1, 0.0] {
            for inherited in 0..=2 {
                let score = weight * (1.0 - 0.1 * f64::from(inherited));
                let k = Conflict::new(3, 7, 1_000_000, score);
                assert_eq!(k.score(), (score * 100.0).round() / 100.0, "{score}");
                assert_eq!((k.rule(), k.a(), k.b()), (3, 7, 1_000_000));
            }
        }
    }

    #[test]
    fn issue_6_a_statement_stays_small() {
        // every statement `compare` keeps costs this much before its text and quantities:
        // lists, names and speakers are interned, offsets are u32 (see `crate::intern`), the
        // trace is a pointer and the quantities a boxed slice (264 bytes before: 586,071
        // statements on 100 MB of coverage, 33 MB more)
        assert!(
            std::mem::size_of::<Statement>() <= 208,
            "{}",
            std::mem::size_of::<Statement>()
        );
    }

    /// The statements of `first` and of `second` as two articles of the same date.
    fn in_two_articles(first: &str, second: &str, date: &str) -> Vec<Statement> {
        let mut all = statements_dated(first, date);
        let mut other = statements_dated(second, date);
        for s in &mut other {
            s.doc = Arc::from("u.txt");
        }
        all.append(&mut other);
        all
    }

    /// How many conflicts pairing finds among `all`, over every incident.
    fn conflict_count(all: &[Statement]) -> usize {
        pair(all, rules()).incidents.iter().map(|i| i.conflicts.len()).sum()
    }

    fn pairs(text: &str) -> Vec<(String, String, String)> {
        let all = statements(text);
        let cmp = pair(&all, rules());
        cmp.incidents
            .iter()
            .flat_map(|i| {
                i.conflicts.iter().map(|c| {
                    (
                        rules().claims.conflicts[c.rule()].id.clone(),
                        all[c.a()].text.to_string(),
                        all[c.b()].text.to_string(),
                    )
                })
            })
            .collect()
    }

    #[test]
    fn a_reply_dated_by_its_articles_claim_answers_only_that_article() {
        // two articles repeat one background paragraph: each reply pairs with its own
        // article's claim, not with the other article's (which would grow as the square of the
        // articles that repeat it)
        let text = "Russian forces shelled Pokrovsk on Monday, officials said.\n\n\
                    On Nov. 20, Russia's Defense Ministry claimed its forces had captured Kupiansk. Ukraine's \
                    military rejected the claim and said its troops held Kupiansk.";
        let mut all = statements_dated(text, "2025-12-01");
        let mut other = statements_dated(text, "2025-12-02");
        for s in &mut other {
            s.doc = std::sync::Arc::from("u.txt");
        }
        all.extend(other);
        let cmp = pair(&all, rules());
        let kupiansk: Vec<_> = cmp.incidents.iter().filter(|i| i.id.starts_with("kupiansk")).collect();
        assert_eq!(kupiansk.len(), 1, "both articles' Kupiansk statements are one incident");
        assert!(!kupiansk[0].conflicts.is_empty());
        for c in &kupiansk[0].conflicts {
            assert_eq!(all[c.a()].doc, all[c.b()].doc, "a reply pairs within its article");
        }
    }

    #[test]
    fn a_countrys_claim_stays_wide_when_a_region_is_named_beside_the_one_city() {
        // the SBU's Russia-wide count, the ministry's fires in two regions, and an attack on
        // Smolensk the same day: the count is compared with the regions' claims too
        let text = "Ukrainian drones struck an air base near Smolensk on Tuesday, the SBU said. The Smolensk \
                    governor said air defences had repelled the attack.\n\n\
                    The SBU said it had hit 41 aircraft across Russia. Russia's defence ministry acknowledged \
                    that several aircraft had caught fire at airfields in the Murmansk and Irkutsk regions.";
        let p = pairs(text);
        assert!(
            p.iter()
                .any(|(_, a, b)| a.contains("41 aircraft") && b.contains("several aircraft")),
            "{p:#?}"
        );
    }

    #[test]
    fn hit_and_interception_claims_about_one_place_are_paired() {
        let p = pairs("Ukraine’s SBU said it had hit an ammunition depot in Voronezh. Voronezh governor Alexander Gusev wrote on Telegram that air defence detected and neutralised a drone over the region.");
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].0, "hit_vs_intercepted");
    }

    #[test]
    fn fire_from_falling_debris_contradicts_a_hit() {
        let p = pairs("Ukraine's General Staff said drones struck the refinery in Ryazan. Ryazan governor Pavel Malkov said the fire was caused by falling debris.");
        assert_eq!(p.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(), ["hit_vs_debris"]);
    }

    #[test]
    fn targets_destroyed_by_air_defence_are_the_drones_not_the_thing_hit() {
        // "all the targets had been destroyed by air defences" says nothing of how badly the
        // arsenal was hit: no "destroyed vs only damaged" against a fire there
        let p = pairs("Ukraine's navy said secondary detonations had been recorded at the port in Feodosia. Russia's defence ministry said all the targets over the port in Feodosia had been destroyed by air defences.");
        assert!(p.iter().all(|x| x.0 != "destroyed_vs_damaged"), "{p:?}");
        let p = pairs("Ukraine's navy said it destroyed a large landing ship in Feodosia. Russia's defence ministry said the landing ship in Feodosia was damaged.");
        assert!(p.iter().any(|x| x.0 == "destroyed_vs_damaged"), "{p:?}");
    }

    #[test]
    fn a_bomber_destroyed_or_dismissing_the_accident_contradicts_the_accident() {
        let t = "Ukraine's air force said its missile units had destroyed the Tu-22M3 bomber over Stavropol region. \
                 Russia's defence ministry said the bomber crashed in Stavropol region because of a technical malfunction.";
        let p = pairs(t);
        assert!(p.iter().any(|x| x.0 == "shot_down_vs_accident"), "{p:?}");
        let t = "Russia's defence ministry said the bomber crashed in Stavropol region because of a technical malfunction. \
                 Ukraine's air force denied the Russian version about Stavropol region.";
        let p = pairs(t);
        assert!(p.iter().any(|x| x.0 == "denial"), "{p:?}");
    }

    #[test]
    fn a_thing_destroyed_contradicts_fire_from_falling_debris() {
        // satellite images of a destroyed ship: it was hit, not set alight by debris
        let p = pairs("Satellite images reviewed by Reuters showed the ship in Novorossiysk had been destroyed. Novorossiysk mayor Andrei Kravchenko said falling debris had caused a small fire on the ship.");
        assert_eq!(p.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(), ["hit_vs_debris"]);
    }

    #[test]
    fn a_denial_answers_the_other_sides_accusation() {
        let p = pairs(
            "Russia's defence ministry said Ukrainian troops had staged a provocation at the gas station in Sudzha. \
             Ukraine's General Staff said on Telegram that this was another Russian fake.",
        );
        assert_eq!(p.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(), ["denial"]);
    }

    #[test]
    fn two_sides_naming_the_same_actor_do_not_blame_each_other() {
        // both say Ukrainian drones did it: no "each blames the other"
        let p = pairs(
            "Ukrainian drones struck the Ryazan oil refinery overnight, Ukraine's General Staff said. \
                       Ryazan governor Pavel Malkov said Ukrainian drones had attacked the refinery, causing a fire.",
        );
        assert!(p.iter().all(|x| x.0 != "mutual_blame"), "{p:?}");
        // each names the other side
        let p = pairs("A drone hit a bus in Vasylivka in the Zaporizhzhia region, killing five, and Governor Yevgeny Balitsky blamed the Ukrainian armed forces. \
                       Ukraine's Ivan Fedorov said the bus had been hit by a Russian drone in the Zaporizhzhia region.");
        assert!(p.iter().any(|x| x.0 == "mutual_blame"), "{p:?}");
    }

    #[test]
    fn a_side_naming_itself_as_the_doer_answers_the_charge() {
        // "to blame Russia" names Russia, but a Russian official saying it rejects the charge
        let p = pairs(
            "A Russian drone struck a passenger bus in Kherson on Saturday, regional governor Oleksandr Prokudin said. \
             Vladimir Saldo, the Russian-installed governor of the Kherson region, wrote: \"The Kyiv regime is once again trying to blame Russia for what it does itself.\"",
        );
        assert!(p.iter().any(|x| x.0 == "mutual_blame"), "{p:?}");
    }

    #[test]
    fn a_denial_of_one_sides_claims_answers_only_that_side() {
        let text = "Belgorod governor Vyacheslav Gladkov said a shopping centre in Belgorod had been hit. \
                    A source in Ukraine's SBU said the damage in Belgorod was caused by Russian air defence missiles that failed. \
                    The Czech foreign ministry said Russia's claims about the Belgorod attack were propaganda.";
        let denials: Vec<_> = pairs(text).into_iter().filter(|x| x.0 == "denial").collect();
        assert_eq!(denials.len(), 1, "{denials:?}");
        assert!(
            denials[0].1.contains("Gladkov") || denials[0].2.contains("Gladkov"),
            "{denials:?}"
        );
    }

    #[test]
    fn statements_of_one_side_are_never_paired() {
        let p = pairs("Ukraine's air force said 40 drones were shot down over Kyiv. Kyiv mayor Vitali Klitschko said a drone hit a building in Kyiv.");
        assert!(p.is_empty(), "{p:?}");
    }

    #[test]
    fn claims_about_different_places_are_never_paired() {
        let p = pairs("Ukraine's General Staff said drones hit a refinery in Tuapse.\n\nThe Bryansk governor said air defence shot down all drones over Bryansk.");
        assert!(p.is_empty(), "{p:?}");
    }

    #[test]
    fn different_targets_in_one_city_are_not_paired() {
        let p = pairs("Ukraine's General Staff said drones hit an oil depot in Engels. The Saratov governor said a drone over the Engels air base was shot down.");
        assert!(p.is_empty(), "{p:?}");
    }

    #[test]
    fn what_was_hit_is_the_disagreement_when_the_rule_says_across_targets() {
        let text = "Russia's defence ministry said its forces struck a workshop producing naval drones in Odesa. \
                    Odesa governor Oleh Kiper said a Russian missile hit a residential building in Odesa.";
        let found = pairs(text);
        assert!(found.iter().any(|p| p.0 == "military_vs_civilian"), "{found:?}");
        // the same two statements with the rule's `across_targets` off: a workshop and a
        // residential building are two targets, and nothing pairs them
        let mut rules = rules().clone();
        for c in &mut rules.claims.conflicts {
            c.across_targets = false;
        }
        let all = statements(text);
        assert!(pair(&all, &rules).incidents.iter().all(|i| i.conflicts.is_empty()));
    }

    #[test]
    fn military_and_civilian_labels_conflict_when_one_names_what_was_hit_or_both_sides_label_it() {
        let same = pairs("Ukraine said Russian missiles hit a hospital in Kharkiv. Russia's defence ministry said it struck a military facility and the hospital in Kharkiv was a legitimate target.");
        assert!(same.iter().any(|p| p.0 == "military_vs_civilian"), "{same:?}");
        // two bare labels: not the rule that needs a named target, but the one for the two
        // sides' labels of one incident
        let different = pairs("Ukraine said Russian missiles killed civilians in Kharkiv. Russia's defence ministry said its strikes on Kharkiv hit military targets.");
        assert!(
            !different.iter().any(|p| p.0 == "military_vs_civilian"),
            "{different:?}"
        );
        assert!(
            different.iter().any(|p| p.0 == "military_vs_civilian_labels"),
            "{different:?}"
        );
        // a third party's bare label is a principle, not a label of this strike
        let principle = pairs("The UN human rights office said civilians in Kharkiv must never be targeted. Russia's defence ministry said its strikes on Kharkiv hit military targets.");
        assert!(
            !principle.iter().any(|p| p.0.starts_with("military_vs_civilian")),
            "{principle:?}"
        );
        let labelled = pairs("Ukraine said a Russian missile hit a cafe in Kharkiv. The Kremlin said its military strikes only military targets in Kharkiv.");
        assert!(labelled.iter().any(|p| p.0 == "military_vs_civilian"), "{labelled:?}");
    }

    #[test]
    fn a_denial_of_involvement_answers_the_charge_that_civilians_were_the_target() {
        let p = pairs("The Donetsk governor said the missile deliberately targeted civilians at the Kramatorsk station. \
                       Russia's defence ministry denied that its forces were behind the attack on the Kramatorsk station.");
        assert!(p.iter().any(|x| x.0 == "involvement"), "{p:?}");
        // ... and the other side's report of an attack from its territory
        let p = pairs("Russian state news agency RIA Novosti said drones launched from Ukraine had attacked the oil depot in Bryansk. \
                       Kyiv denied any involvement in the attack on the oil depot in Bryansk.");
        assert!(p.iter().any(|x| x.0 == "involvement"), "{p:?}");
    }

    #[test]
    fn military_industrial_facilities_against_a_residential_building() {
        let t = "In Kyiv, the head of the city military administration said debris damaged a residential building in the Darnytskyi district of Kyiv. \
                 The Russian Defence Ministry said it had struck military-industrial facilities in Kyiv.";
        let p = pairs(t);
        assert!(p.iter().any(|x| x.0 == "military_vs_civilian"), "{p:?}");
    }

    #[test]
    fn a_denial_of_unnamed_claims_answers_a_side_not_a_third_party() {
        let t = "Russia's defence ministry said it had struck transport infrastructure at the Shostka station. \
                 The EU ambassador condemned the strike on the Shostka station, calling it a war crime. \
                 Ukraine's Center for Countering Disinformation called the claims about the Shostka station propaganda.";
        let p = pairs(t);
        let denials: Vec<&(String, String, String)> = p.iter().filter(|x| x.0 == "denial").collect();
        assert_eq!(denials.len(), 1, "{p:?}");
        assert!(denials[0].1.contains("defence ministry") || denials[0].2.contains("defence ministry"));
    }

    #[test]
    fn a_denial_answers_only_the_charge_it_names_unless_it_denies_the_strike() {
        let t = "Ukraine's emergency service said firefighters had put out a blaze in Odesa. \
                 Oleh Kiper, the governor of the Odesa region, said there were no military facilities anywhere near the building in Odesa. \
                 Kremlin spokesman Dmitry Peskov rejected suggestions that Russia had targeted civilians in Odesa.";
        let p = pairs(t);
        let denials: Vec<&(String, String, String)> = p.iter().filter(|x| x.0 == "denial").collect();
        assert_eq!(denials.len(), 1, "{p:?}");
        assert!(
            denials[0].1.contains("Kiper") || denials[0].2.contains("Kiper"),
            "{p:?}"
        );
        // denying the strike itself answers what is said of it
        let t = "Ukraine's emergency service said firefighters had put out a blaze in Odesa. \
                 Russia's defence ministry denied striking Odesa.";
        assert_eq!(pairs(t).iter().filter(|x| x.0 == "denial").count(), 1, "{:?}", pairs(t));
    }

    #[test]
    fn a_denial_answers_the_other_sides_claim_that_a_military_site_was_hit() {
        // the Russian claim says what the site was used for; Kyiv's rejection is the answer
        let t = "Russia's defence ministry said the port in Odesa was being used to receive Western weapons. \
                 Ukraine's navy rejected the claim about the port in Odesa.";
        let p = pairs(t);
        assert!(p.iter().any(|x| x.0 == "denial"), "{p:?}");
        // a denial by the side that made the claim answers nothing of its own
        let t = "Russia's defence ministry said the port in Odesa was being used to receive Western weapons. \
                 Kremlin spokesman Dmitry Peskov rejected the Ukrainian account of the port in Odesa.";
        assert!(!pairs(t).iter().any(|x| x.0 == "denial"), "{:?}", pairs(t));
        // a denial of something else about the strike does not answer what the site was for
        let t = "Ukraine's General Staff said the plant in Kaluga makes military electronics. \
                 Russia denies the attacks on the plant in Kaluga had a major impact.";
        assert!(!pairs(t).iter().any(|x| x.0 == "denial"), "{:?}", pairs(t));
    }

    #[test]
    fn a_denial_of_targeting_civilians_answers_the_other_sides_civilian_target() {
        let t = "Dnipropetrovsk regional governor Valentyn Reznichenko said there were no military facilities anywhere near the apartment block in Dnipro. \
                 Kremlin spokesman Dmitry Peskov said the Russian armed forces do not strike residential buildings in Dnipro. \
                 Western officials and independent analysts disputed Moscow's account of the Dnipro strike.";
        let p = pairs(t);
        let denials: Vec<&(String, String, String)> = p.iter().filter(|x| x.0 == "denial").collect();
        // Peskov against the governor; the third party disputing Moscow's account sides with Kyiv
        assert_eq!(denials.len(), 1, "{p:?}");
        assert!(
            denials[0].1.contains("Peskov") || denials[0].2.contains("Peskov"),
            "{p:?}"
        );
    }

    #[test]
    fn differing_numbers_for_the_same_thing_conflict() {
        let p = pairs("Satellite images showed drones destroyed two Il-76 aircraft at the Pskov air base. Local reports said drone strikes on the Pskov air base damaged four Il-76s.");
        assert_eq!(p.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(), ["numbers"]);
    }

    #[test]
    fn a_vague_number_differs_only_from_numbers_outside_its_range() {
        let names = |t: &str| pairs(t).into_iter().map(|x| x.0).collect::<Vec<_>>();
        // a strike and damage count the same aircraft (claims.yaml `numbers.alike`)
        assert_eq!(
            names("Ukraine's SBU said its drones hit 41 Russian warplanes at the Olenya air base. Russia's defence ministry said \"several\" aircraft caught fire at the Olenya air base."),
            ["numbers"]
        );
        assert!(names("Ukraine's SBU said its drones hit five Russian warplanes at the Olenya air base. Russia's defence ministry said several aircraft caught fire at the Olenya air base.").is_empty());
    }

    #[test]
    fn a_number_counts_for_the_narrowest_claim_beside_it() {
        // "have hit" is a strike; the wider "Ukrainian drones have hit" says who did it (blame),
        // which counts no aircraft
        let p = pairs("Ukrainian drones have hit 12 warplanes at the Millerovo air base, Ukraine said. Russian military bloggers claimed that only two jets had been damaged at the Millerovo air base.");
        assert!(p.iter().any(|x| x.0 == "numbers"), "{p:?}");
    }

    #[test]
    fn a_shared_modifier_does_not_make_two_counts_count_the_same_thing() {
        let p = pairs("Budanov said two Russian generals were killed in Sevastopol. Russia's defence ministry said several Russian military bloggers were wrong about Sevastopol.");
        assert!(p.iter().all(|x| x.0 != "numbers"), "{p:?}");
    }

    #[test]
    fn a_toll_and_a_count_of_soldiers_killed_differ_in_number() {
        let p = pairs("Russia's defence ministry said 89 servicemen died in Makiivka. Ukraine's military put the number of dead at about 400 in Makiivka.");
        assert_eq!(p.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(), ["numbers"]);
    }

    #[test]
    fn one_article_follows_its_incident_for_up_to_four_days() {
        // 2022-04-04 is a Monday: the ministry spoke on Thursday, four days before; the governor
        // speaks on the day of the article
        let text = "The Russian Defence Ministry said on Thursday its forces had struck a military command post in Mykolaiv. \
                    \"There were no military headquarters here, only civil servants,\" Mykolaiv governor Vitaliy Kim said on Monday.";
        let all = statements_dated(text, "2022-04-04");
        assert_eq!(conflict_count(&all), 1);
        // six days apart is another incident, even in one article (a second attack on the place)
        let text = text.replace("on Thursday", "on 29 March");
        assert_eq!(conflict_count(&statements_dated(&text, "2022-04-04")), 0);
    }

    #[test]
    fn an_undated_claim_of_who_holds_a_place_joins_its_articles_dated_incident_there() {
        let ukraine = "On Friday, Ukraine's general staff said Kupiansk remains under Ukrainian control.";
        let russia = "In November, Russia's defence ministry claimed its forces had captured Kupiansk.";
        let one = statements_dated(&format!("{russia} {ukraine}"), "2025-12-12");
        assert!(one[0].date.is_none() && one[1].date.is_some(), "{one:#?}");
        assert_eq!(conflict_count(&one), 1);
        // in another article nothing ties the undated claim to that day
        let two = in_two_articles(ukraine, russia, "2025-12-12");
        assert_eq!(conflict_count(&two), 0);
        // an earlier strike is another event than the one the article reports
        let strike = "In March, Ukraine's General Staff said its drones had hit the Kremniy El plant in Bryansk. \
                      On Saturday, Bryansk governor Alexander Bogomaz said air defences had shot down all the drones over Bryansk.";
        let all = statements_dated(strike, "2024-10-19");
        assert!(all[0].date.is_none() && all[1].date.is_some(), "{all:#?}");
        assert_eq!(conflict_count(&all), 0);
    }

    #[test]
    fn one_article_follows_its_incident_over_a_longer_span_than_two_articles_share() {
        // 2023-01-03 is a Tuesday: Sunday is two days back, beyond the one-day tolerance
        let ukraine = "On Sunday, Ukraine's military said about 400 Russian soldiers had been killed in Makiivka.";
        let russia = "On Tuesday, Russia's defence ministry said 89 servicemen died in Makiivka.";
        let one = statements_dated(&format!("{ukraine} {russia}"), "2023-01-03");
        assert_eq!(conflict_count(&one), 1);
        // the same two claims in two articles are two days apart: nothing ties them
        let two = in_two_articles(ukraine, russia, "2023-01-03");
        assert_eq!(conflict_count(&two), 0);
    }

    #[test]
    fn a_country_wide_claim_meets_its_parts_in_the_same_article_only() {
        let t = "Ukraine's air force commander said air defence across Russia continues to fail, allowing strikes on refineries.\n\nIn Kazan, officials in Tatarstan attributed the blaze to falling debris from intercepted drones.";
        assert_eq!(pairs(t).len(), 1);
    }

    #[test]
    fn pairing_scales_with_incidents_not_with_all_statements() {
        // 200 incidents of 2 statements each: every incident is paired inside its own block
        let mut t = String::new();
        let cities = [
            "Kursk", "Bryansk", "Belgorod", "Voronezh", "Tambov", "Kaluga", "Ryazan", "Tula", "Lipetsk", "Oryol",
        ];
        for c in cities {
            t.push_str(&format!("Ukraine's General Staff said drones hit a refinery in {c}.\n\nThe {c} governor said all drones over {c} were shot down.\n\n"));
        }
        assert_eq!(pairs(&t).len(), cities.len());
    }
}
