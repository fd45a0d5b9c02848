//! The wire format written straight from the pipeline's statements, without building the
//! [`super::wire`] structs first.
//!
//! One incident of a large corpus can hold thousands of statements and tens of thousands of
//! conflicting pairs, each pair printed with both of its statements: building its
//! [`WireIncident`](super::wire::WireIncident) copied every string of every statement once per
//! appearance (tens of megabytes per incident, on each worker thread at once). These views
//! borrow instead, and serialise exactly as the wire structs do — same struct names, keys, order
//! and values — so the bytes written do not change (tests below compare them).

use serde::ser::{SerializeMap, SerializeStruct, Serializer};
use serde::Serialize;

use crate::locate::Statement;
use crate::pairing::{Conflict, Incident};
use crate::rules::RuleSet;

/// A statement as [`WireStatement`](super::wire::WireStatement) writes it.
pub struct StatementView<'a> {
    /// The statement.
    pub statement: &'a Statement,
    /// The rules (for ids).
    pub rules: &'a RuleSet,
    /// The incident it is listed under, if it is (else its own primary incident is written).
    pub incident: Option<&'a str>,
}

impl<'a> StatementView<'a> {
    /// `statement` on its own (`statements` output): its own primary incident is written.
    pub fn new(statement: &'a Statement, rules: &'a RuleSet) -> Self {
        StatementView {
            statement,
            rules,
            incident: None,
        }
    }
}

impl Serialize for StatementView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (s, rules) = (self.statement, self.rules);
        let mut st = serializer.serialize_struct("WireStatement", 13)?;
        st.serialize_field("doc", &*s.doc)?;
        st.serialize_field("start", &s.start)?;
        st.serialize_field("end", &s.end)?;
        st.serialize_field("line", &s.line)?;
        st.serialize_field("text", &*s.text)?;
        st.serialize_field("side", rules.sides.id_of(s.side))?;
        st.serialize_field("speaker", &s.speaker.as_ref().map(|sp| &*sp.name))?;
        let source = s.speaker.as_ref().and_then(|sp| sp.source);
        st.serialize_field("source", &source.map(|i| rules.sources.list[i].id.as_str()))?;
        st.serialize_field("cue", &s.cue.as_deref())?;
        st.serialize_field("kinds", &KindIds(&s.kinds, rules))?;
        let place = s.places.first().map(|&p| rules.places.list[p].id.as_str());
        st.serialize_field("place", &place)?;
        st.serialize_field("incident", &self.incident.or_else(|| s.incident()))?;
        st.serialize_field("rules", &Strs(&s.rules))?;
        st.end()
    }
}

/// Claim kind ids of a list of kind indexes, as a sequence of strings.
struct KindIds<'a>(&'a [usize], &'a RuleSet);

impl Serialize for KindIds<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let kinds = &self.1.claims.kinds;
        serializer.collect_seq(self.0.iter().map(|&k| kinds[k].id.as_str()))
    }
}

/// Shared strings as a sequence of strings.
struct Strs<'a>(&'a [std::sync::Arc<str>]);

impl Serialize for Strs<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(|s| &**s))
    }
}

/// An incident as [`WireIncident`](super::wire::WireIncident) writes it.
pub struct IncidentView<'a> {
    /// All statements (the incident holds indexes into them).
    pub statements: &'a [Statement],
    /// The incident.
    pub incident: &'a Incident,
    /// The rules (for ids and labels).
    pub rules: &'a RuleSet,
}

impl IncidentView<'_> {
    fn statement(&self, i: usize) -> StatementView<'_> {
        StatementView {
            statement: &self.statements[i],
            rules: self.rules,
            incident: Some(&self.incident.id),
        }
    }
}

impl Serialize for IncidentView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (inc, rules) = (self.incident, self.rules);
        let mut st = serializer.serialize_struct("WireIncident", 6)?;
        st.serialize_field("id", &inc.id)?;
        st.serialize_field("place", &rules.places.list[inc.place].id)?;
        st.serialize_field("date", &inc.date.map(|d| d.to_string()))?;
        st.serialize_field("target", &inc.target.map(|t| rules.targets.list[t].label.as_str()))?;
        st.serialize_field("statements", &BySide(self))?;
        st.serialize_field("conflicts", &Conflicts(self))?;
        st.end()
    }
}

/// The incident's statements under each side id, in the rules' side order, every side present.
struct BySide<'a>(&'a IncidentView<'a>);

impl Serialize for BySide<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let view = self.0;
        let sides = &view.rules.sides.list;
        let mut map = serializer.serialize_map(Some(sides.len()))?;
        for (side, s) in sides.iter().enumerate() {
            map.serialize_entry(&s.id, &OfSide(view, side))?;
        }
        map.end()
    }
}

/// The incident's statements of one side, in document order.
struct OfSide<'a>(&'a IncidentView<'a>, usize);

impl Serialize for OfSide<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let OfSide(view, side) = *self;
        let members = view.incident.members.iter().copied();
        serializer.collect_seq(
            members
                .filter(|&m| view.statements[m].side == Some(side))
                .map(|m| view.statement(m)),
        )
    }
}

/// The incident's conflicting pairs.
struct Conflicts<'a>(&'a IncidentView<'a>);

impl Serialize for Conflicts<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let view = self.0;
        serializer.collect_seq(view.incident.conflicts.iter().map(|c| ConflictView(view, c)))
    }
}

/// One pair, as [`WireConflict`](super::wire::WireConflict) writes it.
struct ConflictView<'a>(&'a IncidentView<'a>, &'a Conflict);

impl Serialize for ConflictView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let ConflictView(view, c) = *self;
        let mut st = serializer.serialize_struct("WireConflict", 4)?;
        st.serialize_field("kind", &view.rules.claims.conflicts[c.rule()].id)?;
        st.serialize_field("a", &view.statement(c.a()))?;
        st.serialize_field("b", &view.statement(c.b()))?;
        st.serialize_field("score", &c.score())?;
        st.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{wire_incident, wire_statement};
    use crate::testkit::rules;

    /// A view and its wire struct serialise to the same JSON, compact and pretty.
    fn same_json(view: &impl serde::Serialize, wire: &impl serde::Serialize) {
        assert_eq!(
            serde_json::to_string(view).unwrap(),
            serde_json::to_string(wire).unwrap()
        );
        assert_eq!(
            serde_json::to_string_pretty(view).unwrap(),
            serde_json::to_string_pretty(wire).unwrap()
        );
    }

    #[test]
    fn views_write_the_bytes_of_the_wire_structs() {
        let rules = rules();
        // the five sample articles: every side, cues, quantities, several places, conflicts
        let sources = crate::input::expand(&["samples".into()]).0;
        let corpus = crate::pipeline::run(&sources, rules, crate::input::Decoding::Strict);
        let cmp = crate::pairing::pair(&corpus.statements, rules);
        let statements = corpus.statements;
        assert!(cmp.incidents.iter().any(|i| !i.conflicts.is_empty()));
        for inc in &cmp.incidents {
            let view = IncidentView {
                statements: &statements,
                incident: inc,
                rules,
            };
            same_json(&view, &wire_incident(&statements, inc, rules));
        }
        for s in &statements {
            let view = StatementView::new(s, rules);
            same_json(&view, &wire_statement(s, rules, None));
        }
    }
}
