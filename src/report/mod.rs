//! Report: every output format behind one [`Render`] trait.
//!
//! Responsible for: turning statements and comparisons into text for people (table, Markdown,
//! an HTML page) and for programs (JSON, JSON Lines, CSV, ClaimReview JSON-LD),
//! deterministically (document order, rule order, no timestamps).
//! Must not: decide anything about the statements; it only presents them.

pub mod claimreview;
pub mod columns;
pub mod csv;
pub mod html;
pub mod json;
pub mod jsonl;
pub mod lazy;
pub mod markdown;
pub mod table;
pub mod wire;

use std::io::Write;

use crate::input::Document;
use crate::locate::Statement;
use crate::pairing::Comparison;
use crate::rules::places::PlaceKind;
use crate::rules::RuleSet;

#[cfg(test)]
use self::wire::{WireConflict, WireIncident};
use self::wire::{WireStatement, VERSION};

/// What every renderer gets besides the data.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The rules (for ids and labels).
    pub rules: &'a RuleSet,
    /// The articles the statements come from, sorted by path: their front matter (title,
    /// outlet, date, `url`) and text, for formats that link to a source or show a statement in
    /// its context. Formats of the output contract do not use them.
    pub documents: &'a [Document],
    /// Width to wrap tables to; `None`: the terminal's.
    pub width: Option<u16>,
    /// Whether to use colour.
    pub color: bool,
}

impl Context<'_> {
    /// The article a statement's `doc` names.
    pub fn document(&self, path: &str) -> Option<&Document> {
        self.documents
            .binary_search_by(|d| d.path.as_str().cmp(path))
            .ok()
            .map(|i| &self.documents[i])
            .or_else(|| self.documents.iter().find(|d| d.path == path))
    }
}

/// An output format.
pub trait Render {
    /// Write every statement.
    fn statements(&self, out: &mut dyn Write, statements: &[Statement], ctx: &Context) -> std::io::Result<()>;
    /// Write a comparison.
    fn compare(
        &self,
        out: &mut dyn Write,
        statements: &[Statement],
        cmp: &Comparison,
        ctx: &Context,
    ) -> std::io::Result<()>;
}

/// A statements format that can be written a document at a time: what lets `statements` stream
/// a corpus of any size in the memory of a few articles, and render in the worker threads.
///
/// The whole output is `head`, then the rows of each document that has statements joined by
/// `separator`, then `tail`; with no statements at all it is [`Rows::empty`]. Rendering every
/// statement at once through [`Rows::write_all`] gives the same bytes as rendering them a
/// document at a time.
pub trait Rows: Sync {
    /// Written before the first row (a CSV or Markdown header, JSON's `[`).
    fn head(&self, ctx: &Context) -> Vec<u8>;
    /// The rows of `statements` (all from one document, or the whole corpus), joined by
    /// `separator` where the format needs one.
    fn rows(&self, out: &mut Vec<u8>, statements: &[Statement], ctx: &Context) -> std::io::Result<()>;
    /// Between the rows of two documents.
    fn separator(&self) -> &'static [u8] {
        b""
    }
    /// Written after the last row.
    fn tail(&self) -> &'static [u8] {
        b""
    }
    /// The whole output when there is no statement.
    fn empty(&self, ctx: &Context) -> Vec<u8> {
        let mut out = self.head(ctx);
        out.extend_from_slice(self.tail());
        out
    }
    /// Everything at once.
    fn write_all(&self, out: &mut dyn Write, statements: &[Statement], ctx: &Context) -> std::io::Result<()> {
        if statements.is_empty() {
            return out.write_all(&self.empty(ctx));
        }
        let mut buf = self.head(ctx);
        self.rows(&mut buf, statements, ctx)?;
        buf.extend_from_slice(self.tail());
        out.write_all(&buf)
    }
}

/// The error of a format that presents conflicting claims when asked for a list of statements:
/// `app` refuses this before any work, so this is the last line of defence.
pub fn compare_only(format: &str) -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::Unsupported,
        format!("--format {format} presents conflicting claims: use it with `compare`"),
    )
}

/// The streaming form of a statements format, when it has one (the table needs every row to size
/// its columns, so it has none).
pub fn rows(format: &str) -> Option<&'static dyn Rows> {
    Some(match format {
        "markdown" => &markdown::Markdown,
        "json" => &json::Json,
        "jsonl" => &jsonl::JsonLines,
        "csv" => &csv::Csv,
        _ => return None,
    })
}

/// The renderer for a format name (`table`, `markdown`, `json`, `jsonl`, `csv`, `html`,
/// `claimreview`).
pub fn renderer(format: &str) -> Option<Box<dyn Render>> {
    Some(match format {
        "table" => Box::new(table::Table),
        "markdown" => Box::new(markdown::Markdown),
        "json" => Box::new(json::Json),
        "jsonl" => Box::new(jsonl::JsonLines),
        "csv" => Box::new(csv::Csv),
        "html" => Box::new(html::Html),
        "claimreview" => Box::new(claimreview::ClaimReview),
        _ => return None,
    })
}

/// The wire form of a statement, as listed under `incident` (or its own key).
pub fn wire_statement(s: &Statement, rules: &RuleSet, incident: Option<&str>) -> WireStatement {
    WireStatement {
        doc: s.doc.to_string(),
        start: s.start as usize,
        end: s.end as usize,
        line: s.line as usize,
        text: s.text.to_string(),
        side: rules.sides.id_of(s.side).to_string(),
        speaker: s.speaker.as_ref().map(|sp| sp.name.to_string()),
        source: s
            .speaker
            .as_ref()
            .and_then(|sp| sp.source)
            .map(|i| rules.sources.list[i].id.clone()),
        cue: s.cue.as_deref().map(str::to_string),
        kinds: s.kinds.iter().map(|&k| rules.claims.kinds[k].id.clone()).collect(),
        place: s.places.first().map(|&p| rules.places.list[p].id.clone()),
        incident: incident
            .map(str::to_string)
            .or_else(|| s.incident().map(str::to_string)),
        rules: s.rules.iter().map(|r| r.to_string()).collect(),
    }
}

/// The wire form of one incident, built whole: the reference [`lazy::IncidentView`] is tested
/// against (renderers use the view, which copies nothing).
#[cfg(test)]
pub fn wire_incident(statements: &[Statement], inc: &crate::pairing::Incident, rules: &RuleSet) -> WireIncident {
    {
        let mut by_side: indexmap::IndexMap<String, Vec<WireStatement>> =
            rules.sides.list.iter().map(|s| (s.id.clone(), Vec::new())).collect();
        for &m in &inc.members {
            if let Some(side) = statements[m].side {
                by_side[side].push(wire_statement(&statements[m], rules, Some(&inc.id)));
            }
        }
        WireIncident {
            id: inc.id.clone(),
            place: rules.places.list[inc.place].id.clone(),
            date: inc.date.map(|d| d.to_string()),
            target: inc.target.map(|t| rules.targets.list[t].label.clone()),
            statements: by_side,
            conflicts: inc
                .conflicts
                .iter()
                .map(|c| WireConflict {
                    kind: rules.claims.conflicts[c.rule()].id.clone(),
                    a: wire_statement(&statements[c.a()], rules, Some(&inc.id)),
                    b: wire_statement(&statements[c.b()], rules, Some(&inc.id)),
                    score: c.score(),
                })
                .collect(),
        }
    }
}

/// Incidents rendered by the worker threads a batch at a time and written in order: the formats
/// that write one record per incident spend as long writing a large comparison as pairing it.
///
/// A batch is bounded by what its output costs, not only by its number of incidents: one incident
/// of a large corpus can list thousands of statements and tens of thousands of pairs (tens of
/// megabytes of JSON), so an incident that large is written straight to `out` on this thread,
/// and the others are batched up to [`BATCH_STATEMENTS`] statement renderings per thread.
pub fn write_incidents_in_parallel(
    out: &mut dyn Write,
    cmp: &Comparison,
    render: impl Fn(&crate::pairing::Incident, &mut dyn Write) -> std::io::Result<()> + Sync,
) -> std::io::Result<()> {
    use rayon::prelude::*;
    let threads = rayon::current_num_threads().max(1);
    let (most_incidents, most_statements) = (64 * threads, BATCH_STATEMENTS * threads);
    let mut rest = cmp.incidents.as_slice();
    while let Some(first) = rest.first() {
        if renderings(first) >= BATCH_STATEMENTS {
            render(first, out)?;
            rest = &rest[1..];
            continue;
        }
        let (mut n, mut cost) = (0, 0);
        while let Some(inc) = rest.get(n) {
            let c = renderings(inc);
            if n == most_incidents || c >= BATCH_STATEMENTS || cost + c > most_statements {
                break;
            }
            cost += c;
            n += 1;
        }
        let (batch, later) = rest.split_at(n);
        let rendered: Vec<std::io::Result<Vec<u8>>> = batch
            .par_iter()
            .map(|inc| {
                let mut buf = Vec::new();
                render(inc, &mut buf).map(|()| buf)
            })
            .collect();
        for r in rendered {
            out.write_all(&r?)?;
        }
        rest = later;
    }
    Ok(())
}

/// Statement renderings per thread in one batch of [`write_incidents_in_parallel`]: about three
/// megabytes of JSON at 600 bytes a statement.
pub const BATCH_STATEMENTS: usize = 4_096;

/// How many statements writing an incident renders: each member once, both statements of each
/// conflict.
fn renderings(inc: &crate::pairing::Incident) -> usize {
    inc.members.len() + 2 * inc.conflicts.len()
}

/// Serialises exactly as [`wire::WireComparison`] does, writing each incident from borrowed views.
pub struct LazyComparison<'a> {
    /// All statements.
    pub statements: &'a [Statement],
    /// The comparison to write.
    pub cmp: &'a Comparison,
    /// The rules (for ids and labels).
    pub rules: &'a RuleSet,
}

impl serde::Serialize for LazyComparison<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        struct Incidents<'b>(&'b LazyComparison<'b>);
        impl serde::Serialize for Incidents<'_> {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let c = self.0;
                serializer.collect_seq(c.cmp.incidents.iter().map(|incident| lazy::IncidentView {
                    statements: c.statements,
                    incident,
                    rules: c.rules,
                }))
            }
        }
        let mut st = serializer.serialize_struct("WireComparison", 2)?;
        st.serialize_field("version", &VERSION)?;
        st.serialize_field("incidents", &Incidents(self))?;
        st.end()
    }
}

/// "Lyubertsy, Moscow Oblast, Russia": where an incident happened, with its region and country
/// for places below a region.
pub fn incident_place(rules: &RuleSet, inc: &crate::pairing::Incident) -> String {
    let places = &rules.places;
    let p = &places.list[inc.place];
    let mut parts = vec![p.name.clone()];
    if p.kind > PlaceKind::Region {
        let region = places.region_of(inc.place);
        if region != inc.place {
            parts.push(places.list[region].name.clone());
        }
    }
    if let Some(c) = p.country.filter(|&c| c != inc.place) {
        parts.push(places.list[c].name.clone());
    }
    parts.join(", ")
}

/// "Lyubertsy, Moscow Oblast — electronics plant (2023-09-01)": an incident heading.
pub fn incident_heading(rules: &RuleSet, inc: &crate::pairing::Incident) -> String {
    let mut h = incident_place(rules, inc);
    if let Some(t) = inc.target {
        h.push_str(&format!(" — {}", rules.targets.list[t].label));
    }
    match inc.date {
        Some(d) => h.push_str(&format!(" ({d})")),
        None => h.push_str(" (date unknown)"),
    }
    h
}

#[cfg(test)]
mod tests {
    use super::wire::WireComparison;
    use super::*;
    use crate::testkit;

    #[test]
    fn issue_6_incidents_are_written_in_order_whatever_their_size() {
        use crate::pairing::{Conflict, Incident};
        let incident = |n: usize, members: usize, conflicts: usize| Incident {
            id: format!("i{n}"),
            place: 0,
            date: None,
            target: None,
            members: (0..members).collect(),
            conflicts: vec![Conflict::new(0, 0, 1, 1.0); conflicts],
        };
        // small ones batched, one over a batch written alone, several that fill a batch together
        let sizes = [1, 2, BATCH_STATEMENTS, 3, BATCH_STATEMENTS / 2, BATCH_STATEMENTS / 2, 5];
        let mut cmp = Comparison::default();
        for (n, &s) in sizes.iter().enumerate() {
            cmp.incidents.push(incident(n, s, s / 4));
        }
        for _ in 0..200 {
            let n = cmp.incidents.len();
            cmp.incidents.push(incident(n, 1, 0));
        }
        let expected: String = cmp
            .incidents
            .iter()
            .map(|i| format!("{}:{}\n", i.id, i.members.len()))
            .collect();
        for threads in [1, 2, 3] {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
            let mut out = Vec::new();
            pool.install(|| {
                write_incidents_in_parallel(&mut out, &cmp, |inc, w| writeln!(w, "{}:{}", inc.id, inc.members.len()))
            })
            .unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), expected, "{threads} threads");
        }
    }

    fn ctx(rules: &RuleSet) -> Context<'_> {
        Context {
            rules,
            documents: &[],
            width: None,
            color: false,
        }
    }

    /// What `statements` writes when it streams: head, each part's rows joined by the separator,
    /// tail; or `empty`.
    fn streamed(rows: &dyn Rows, parts: &[&[Statement]], ctx: &Context) -> Vec<u8> {
        let mut out = Vec::new();
        let mut any = false;
        for part in parts.iter().filter(|p| !p.is_empty()) {
            out.extend(if any { rows.separator().to_vec() } else { rows.head(ctx) });
            rows.rows(&mut out, part, ctx).unwrap();
            any = true;
        }
        out.extend(if any { rows.tail().to_vec() } else { rows.empty(ctx) });
        out
    }

    #[test]
    fn issue_6_rows_written_a_document_at_a_time_are_the_whole_output() {
        let rules = testkit::rules();
        let ctx = ctx(rules);
        let all = testkit::statements(
            "Kyiv said its drones hit a depot in Kursk. The governor said debris fell.\n\n\
             \"We shot them all down,\" the Russian defence ministry said. Nobody was hurt.",
        );
        assert!(all.len() >= 3);
        let (a, b) = all.split_at(1);
        for format in ["json", "jsonl", "csv", "markdown"] {
            let rows = super::rows(format).unwrap();
            let mut whole = Vec::new();
            rows.write_all(&mut whole, &all, &ctx).unwrap();
            assert_eq!(streamed(rows, &[a, &[], b], &ctx), whole, "{format}");
            let mut none = Vec::new();
            rows.write_all(&mut none, &[], &ctx).unwrap();
            assert_eq!(streamed(rows, &[&[]], &ctx), none, "{format} without statements");
        }
        assert!(
            super::rows("table").is_none(),
            "a table sizes its columns from every row"
        );
    }

    #[test]
    fn issue_6_streamed_json_is_what_serde_json_pretty_prints() {
        let rules = testkit::rules();
        let all = testkit::statements("Kyiv said its drones hit a depot in Kursk. The governor denied it.");
        let list: Vec<_> = all.iter().map(|s| wire_statement(s, rules, None)).collect();
        let mut expected = serde_json::to_vec_pretty(&list).unwrap();
        expected.push(b'\n');
        let mut got = Vec::new();
        super::rows("json")
            .unwrap()
            .write_all(&mut got, &all, &ctx(rules))
            .unwrap();
        assert_eq!(String::from_utf8(got).unwrap(), String::from_utf8(expected).unwrap());
        let mut empty = Vec::new();
        super::rows("json")
            .unwrap()
            .write_all(&mut empty, &[], &ctx(rules))
            .unwrap();
        assert_eq!(empty, b"[]\n");
    }

    /// The comparison built whole, as [`LazyComparison`] must write it.
    fn wire_comparison(statements: &[Statement], cmp: &Comparison, rules: &RuleSet) -> WireComparison {
        WireComparison {
            version: VERSION,
            incidents: cmp
                .incidents
                .iter()
                .map(|inc| wire_incident(statements, inc, rules))
                .collect(),
        }
    }

    #[test]
    fn issue_6_lazy_comparison_serialises_as_the_wire_comparison() {
        let rules = testkit::rules();
        let all = testkit::statements_dated(
            "Ukraine's SBU said its drones hit an oil depot in Kursk. \
             Kursk governor Alexei Smirnov said the drones were shot down and debris started a fire.",
            "2024-05-01",
        );
        let cmp = crate::pairing::pair(&all, rules);
        assert!(!cmp.incidents.is_empty());
        let lazy = LazyComparison {
            statements: &all,
            cmp: &cmp,
            rules,
        };
        assert_eq!(
            serde_json::to_string_pretty(&lazy).unwrap(),
            serde_json::to_string_pretty(&wire_comparison(&all, &cmp, rules)).unwrap()
        );
    }
}
