//! The column model that the table and Markdown renderers share: a title, a header and rows of
//! plain-text cells. Building it once keeps the two formats saying the same thing.

use crate::locate::Statement;
use crate::pairing::Comparison;
use crate::rules::RuleSet;

/// A titled grid of text cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grid {
    /// Heading above the grid (an incident), if any.
    pub title: Option<String>,
    /// Column names.
    pub header: Vec<String>,
    /// Rows of cells, as many as header columns.
    pub rows: Vec<Vec<String>>,
}

/// `“text” — speaker (file:line)`: a statement in a comparison cell.
pub fn statement_cell(s: &Statement) -> String {
    let file = s.doc.rsplit('/').next().unwrap_or(&s.doc);
    let who = s.speaker.as_ref().map(|sp| sp.name.as_str()).unwrap_or("unattributed");
    let cue = s.cue.as_deref().map(|c| format!(", {c}")).unwrap_or_default();
    format!("“{}” — {who}{cue} ({file}:{})", s.text.trim(), s.line)
}

/// Every statement as one row.
pub fn statements_grid(statements: &[Statement], rules: &RuleSet) -> Grid {
    let header = ["where", "side", "speaker", "kinds", "incident", "statement"]
        .map(String::from)
        .to_vec();
    let rows = statements
        .iter()
        .map(|s| {
            vec![
                format!("{}:{}", s.doc, s.line),
                rules.sides.id_of(s.side).to_string(),
                s.speaker.as_ref().map(|sp| sp.name.clone()).unwrap_or_default(),
                s.kinds
                    .iter()
                    .map(|&k| rules.claims.kinds[k].id.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                s.incident().unwrap_or("").to_string(),
                s.text.trim().to_string(),
            ]
        })
        .collect();
    Grid {
        title: None,
        header,
        rows,
    }
}

/// One grid per incident with conflicts: a row per conflicting pair, one column per side, and a
/// row per statement of a side that is in no pair (third parties beside the pair).
pub fn comparison_grids(statements: &[Statement], cmp: &Comparison, rules: &RuleSet) -> Vec<Grid> {
    let sides = &rules.sides.list;
    let mut grids = Vec::new();
    for inc in cmp.incidents.iter().filter(|i| !i.conflicts.is_empty()) {
        let mut header = vec!["conflict".to_string()];
        header.extend(sides.iter().map(|s| s.label.clone()));
        let mut rows = Vec::new();
        for c in &inc.conflicts {
            let mut row = vec![String::new(); sides.len() + 1];
            row[0] = rules.claims.conflicts[c.rule].label.clone();
            for &m in &[c.a, c.b] {
                if let Some(side) = statements[m].side {
                    row[side + 1] = statement_cell(&statements[m]);
                }
            }
            rows.push(row);
        }
        let in_pairs: Vec<usize> = inc.conflicts.iter().flat_map(|c| [c.a, c.b]).collect();
        let paired_sides: Vec<usize> = in_pairs.iter().filter_map(|&m| statements[m].side).collect();
        for &m in &inc.members {
            let Some(side) = statements[m].side else { continue };
            if in_pairs.contains(&m) || paired_sides.contains(&side) {
                continue;
            }
            let mut row = vec![String::new(); sides.len() + 1];
            row[0] = "also on this incident".to_string();
            row[side + 1] = statement_cell(&statements[m]);
            rows.push(row);
        }
        grids.push(Grid {
            title: Some(super::incident_heading(rules, inc)),
            header,
            rows,
        });
    }
    grids
}
