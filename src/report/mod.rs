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
pub mod markdown;
pub mod table;
pub mod wire;

use std::io::Write;

use crate::input::Document;
use crate::locate::Statement;
use crate::pairing::Comparison;
use crate::rules::places::PlaceKind;
use crate::rules::RuleSet;

use self::wire::{WireComparison, WireConflict, WireIncident, WireStatement, VERSION};

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
        start: s.start,
        end: s.end,
        line: s.line,
        text: s.text.clone(),
        side: rules.sides.id_of(s.side).to_string(),
        speaker: s.speaker.as_ref().map(|sp| sp.name.clone()),
        source: s
            .speaker
            .as_ref()
            .and_then(|sp| sp.source)
            .map(|i| rules.sources.list[i].id.clone()),
        cue: s.cue.clone(),
        kinds: s.kinds.iter().map(|&k| rules.claims.kinds[k].id.clone()).collect(),
        place: s.places.first().map(|&p| rules.places.list[p].id.clone()),
        incident: incident
            .map(str::to_string)
            .or_else(|| s.incident().map(str::to_string)),
        rules: s.rules.clone(),
    }
}

/// The wire form of a comparison.
pub fn wire_comparison(statements: &[Statement], cmp: &Comparison, rules: &RuleSet) -> WireComparison {
    let incidents = cmp
        .incidents
        .iter()
        .map(|inc| {
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
                        kind: rules.claims.conflicts[c.rule].id.clone(),
                        a: wire_statement(&statements[c.a], rules, Some(&inc.id)),
                        b: wire_statement(&statements[c.b], rules, Some(&inc.id)),
                        score: c.score,
                    })
                    .collect(),
            }
        })
        .collect();
    WireComparison {
        version: VERSION,
        incidents,
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
