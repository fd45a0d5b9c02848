//! Running the `examples:` of every rule (`counterclaim rules test`).
//!
//! An example is a sentence (or a few, for context) and what the pipeline must make of it: side,
//! speaker, claim kinds, place, and whether the rule that carries it fires. Each example runs
//! through the whole pipeline as a one-paragraph article, exactly as an article would, so an
//! example that passes here behaves the same in `compare`.

use std::collections::BTreeSet;

use rayon::prelude::*;
use serde::Serialize;

use crate::locate::Statement;
use crate::rules::examples::Example;
use crate::rules::{RuleExample, RuleSet};

/// What running one example gave.
#[derive(Debug, Clone, Serialize)]
pub struct ExampleResult {
    /// `<kind>/<id>` of the rule carrying the example.
    pub rule: String,
    /// `file:line` of the example.
    pub at: String,
    /// The example's text.
    pub text: String,
    /// Passed, failed, or a known gap.
    pub status: Status,
    /// What did not match, one line each (empty when passed).
    pub problems: Vec<String>,
    /// What the pipeline made of the checked statement.
    pub got: Got,
}

/// The outcome of one example.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Everything it expects holds.
    Passed,
    /// Something it expects does not hold.
    Failed,
    /// Marked `todo` and still failing: a known gap, not counted as a failure.
    Todo,
    /// Marked `todo` but passing: the mark can go.
    Fixed,
}

/// The answer for the statement an example checks, in the terms an example is written in.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Got {
    /// The statement checked (the focused one, or the last).
    pub statement: Option<String>,
    /// Side id or `unattributed`.
    pub side: String,
    /// Speaker name.
    pub speaker: Option<String>,
    /// Claim kind ids.
    pub kinds: Vec<String>,
    /// Primary place id.
    pub place: Option<String>,
    /// Every place id of the statement, the primary one first.
    #[serde(skip)]
    pub places: Vec<String>,
    /// Every rule that fired on the statement, in stage order.
    pub fired: Vec<String>,
}

/// All results, with the rules that some example made fire (for coverage warnings).
#[derive(Debug, Clone, Default, Serialize)]
pub struct TestReport {
    /// One per example, in rule-file order.
    pub results: Vec<ExampleResult>,
    /// Rule ids that fired on at least one example statement.
    #[serde(skip)]
    pub fired: BTreeSet<String>,
}

impl TestReport {
    /// Number of results with `status`.
    pub fn count(&self, status: Status) -> usize {
        self.results.iter().filter(|r| r.status == status).count()
    }
}

/// Run the examples of `rules` whose rule id contains `only` (all when `None`), in parallel;
/// results keep rule-file order.
pub fn run(rules: &RuleSet, only: Option<&str>) -> TestReport {
    let picked: Vec<&RuleExample> = rules
        .examples
        .iter()
        .filter(|e| only.is_none_or(|o| e.rule_id.contains(o)))
        .collect();
    let outcomes: Vec<(ExampleResult, Vec<String>)> = picked.par_iter().map(|e| run_one(rules, e)).collect();
    let mut report = TestReport::default();
    for (result, fired_anywhere) in outcomes {
        report.fired.extend(fired_anywhere);
        report.results.push(result);
    }
    report
}

/// The statements of an example text, read as a one-article document.
pub fn analyse_text(rules: &RuleSet, text: &str) -> Vec<Statement> {
    match crate::input::parse("<example>".into(), text.as_bytes().to_vec(), &rules.language) {
        Ok(doc) => crate::pipeline::analyse(&doc, rules),
        Err(_) => Vec::new(),
    }
}

fn run_one(rules: &RuleSet, e: &RuleExample) -> (ExampleResult, Vec<String>) {
    let statements = analyse_text(rules, &e.example.text);
    let fired_anywhere: Vec<String> = statements
        .iter()
        .flat_map(|s| s.rules.iter().map(|r| r.to_string()))
        .collect();
    let chosen = match &e.example.focus {
        Some(f) => statements.iter().find(|s| s.text.contains(f.as_str())),
        None => statements.last(),
    };
    let got = chosen.map(|s| describe(rules, s)).unwrap_or_else(|| Got {
        side: crate::rules::sides::UNATTRIBUTED.into(),
        ..Got::default()
    });
    let mut problems = Vec::new();
    match (chosen, &e.example.focus) {
        (None, Some(f)) => problems.push(format!("no statement contains the focus `{f}`")),
        (None, None) => problems.push("the text holds no statement".into()),
        (Some(_), _) => problems = compare(&e.example, &got, &e.rule_id),
    }
    let status = match (problems.is_empty(), e.example.todo) {
        (true, false) => Status::Passed,
        (false, false) => Status::Failed,
        (false, true) => Status::Todo,
        (true, true) => Status::Fixed,
    };
    let result = ExampleResult {
        rule: e.rule_id.clone(),
        at: format!("{}:{}", e.file, e.line),
        text: e.example.text.clone(),
        status,
        problems,
        got,
    };
    (result, fired_anywhere)
}

fn describe(rules: &RuleSet, s: &Statement) -> Got {
    Got {
        statement: Some(s.text.to_string()),
        side: rules.sides.id_of(s.side).to_string(),
        speaker: s.speaker.as_ref().map(|sp| sp.name.to_string()),
        kinds: s.kinds.iter().map(|&k| rules.claims.kinds[k].id.clone()).collect(),
        place: s.places.first().map(|&p| rules.places.list[p].id.clone()),
        places: s.places.iter().map(|&p| rules.places.list[p].id.clone()).collect(),
        fired: s.rules.iter().map(|r| r.to_string()).collect(),
    }
}

/// What an example expects and the statement does not give, one line each.
fn compare(ex: &Example, got: &Got, rule_id: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(side) = &ex.side {
        if *side != got.side {
            out.push(format!("side: expected {side}, got {}", got.side));
        }
    }
    if let Some(sp) = &ex.speaker {
        // a speaker the rules do not list is named by the article's words, capitalised as there
        let same = got
            .speaker
            .as_deref()
            .is_some_and(|g| g.to_lowercase() == sp.to_lowercase());
        if !same {
            out.push(format!(
                "speaker: expected {sp}, got {}",
                got.speaker.as_deref().unwrap_or("none")
            ));
        }
    }
    for k in ex.kinds.iter().flatten() {
        if !got.kinds.contains(k) {
            out.push(format!("kinds: expected {k} among [{}]", got.kinds.join(", ")));
        }
    }
    for k in ex.not_kinds.iter().flatten() {
        if got.kinds.contains(k) {
            out.push(format!("kinds: {k} must not be found"));
        }
    }
    if let Some(p) = &ex.place {
        let got_place = got.place.as_deref().unwrap_or("none");
        if p != got_place {
            out.push(format!("place: expected {p}, got {got_place}"));
        }
    }
    let fired = fires(rule_id, got);
    if fired != ex.fires {
        out.push(if ex.fires {
            format!("{rule_id} did not fire")
        } else {
            format!("{rule_id} fired on a counter-example")
        });
    }
    out
}

/// Whether the rule `rule_id` counts as having fired for a statement: a side fires when it is the
/// statement's side, a place when it is one of the statement's places (a place that only tells
/// the speaker's side, as in "Moscow said", is not the statement's place); every other rule when
/// its id is among the rules the pipeline recorded.
fn fires(rule_id: &str, got: &Got) -> bool {
    match rule_id.split_once('/') {
        Some(("sides", id)) => got.side == id || got.fired.iter().any(|f| f == rule_id),
        Some(("places", id)) => got.places.iter().any(|p| p == id),
        _ => got.fired.iter().any(|f| f == rule_id),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_example(yaml: &str) -> RuleSet {
        let files = vec![crate::rules::RuleFile {
            name: "mine.yaml".into(),
            text: yaml.into(),
        }];
        crate::rules::load(&[crate::rules::default_files(), files]).expect("rules load")
    }

    #[test]
    fn a_passing_and_a_failing_example() {
        let rules = with_example(
            "sources:\n  - id: hrytsenko\n    name: Oksana Hrytsenko\n    kind: person\n    side: ukrainian\n    examples:\n      - text: \"Oksana Hrytsenko said the depot burned.\"\n        side: ukrainian\n        kinds: [damage]\n      - text: \"Oksana Hrytsenko said the depot burned.\"\n        side: russian\n",
        );
        let report = run(&rules, Some("sources/hrytsenko"));
        assert_eq!(report.results.len(), 2);
        assert_eq!(report.results[0].status, Status::Passed, "{:?}", report.results[0]);
        assert_eq!(report.results[1].status, Status::Failed);
        assert_eq!(report.results[1].problems, ["side: expected russian, got ukrainian"]);
        assert_eq!(report.results[1].at, "mine.yaml:10");
        assert!(report.results[1].got.fired.contains(&"sources/hrytsenko".to_string()));
    }

    #[test]
    fn counter_examples_and_todo() {
        let rules = with_example(
            "cues:\n  - id: grumbled\n    forms: [grumbled]\n    speaker: before\n    examples:\n      - text: \"The mayor said it burned.\"\n        fires: false\n      - text: \"The Russian mayor grumbled that the drone was downed.\"\n        side: ukrainian\n        todo: true\n      - text: \"The Russian mayor grumbled that the drone was downed.\"\n        side: russian\n        todo: true\n",
        );
        let report = run(&rules, Some("cues/grumbled"));
        let statuses: Vec<Status> = report.results.iter().map(|r| r.status).collect();
        assert_eq!(statuses, [Status::Passed, Status::Todo, Status::Fixed]);
    }

    #[test]
    fn focus_picks_the_statement() {
        let rules = with_example(
            "targets:\n  - id: silo\n    label: grain silo\n    phrases: [grain silo]\n    examples:\n      - text: \"A grain silo burned in Odesa. Officials said nothing else.\"\n        focus: grain silo\n      - text: \"A grain silo burned in Odesa.\"\n        focus: nowhere\n",
        );
        let report = run(&rules, Some("targets/silo"));
        assert_eq!(report.results[0].status, Status::Passed, "{:?}", report.results[0]);
        assert_eq!(
            report.results[1].problems,
            ["no statement contains the focus `nowhere`"]
        );
        assert!(report.fired.contains("targets/silo"));
    }
}
