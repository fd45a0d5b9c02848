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
    /// Widest a column may get in a terminal table (`None`: no limit), so the statement text
    /// keeps the room.
    pub max_widths: Vec<Option<u16>>,
}

/// The file name of a document path (tables are read by people; JSON keeps the path).
pub fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// A statement in a comparison cell: its text, then `— speaker (file:line)`.
pub fn statement_cell(s: &Statement) -> String {
    let file = file_name(&s.doc);
    let who = s.speaker.as_ref().map(|sp| sp.name.as_str()).unwrap_or("unattributed");
    format!("{}\n— {who} ({file}:{})", s.text.trim(), s.line)
}

/// Every statement as one row: where, side, speaker, and the statement with its claim kinds
/// and incident on a second line.
pub fn statements_grid(statements: &[Statement], rules: &RuleSet) -> Grid {
    let header = ["where", "side", "speaker", "statement"].map(String::from).to_vec();
    let rows = statements
        .iter()
        .map(|s| {
            let kinds: Vec<&str> = s.kinds.iter().map(|&k| rules.claims.kinds[k].id.as_str()).collect();
            let mut text = s.text.trim().to_string();
            let mut notes = Vec::new();
            if !kinds.is_empty() {
                notes.push(format!("[{}]", kinds.join(", ")));
            }
            if let Some(inc) = s.incident() {
                notes.push(format!("@ {inc}"));
            }
            if !notes.is_empty() {
                text.push('\n');
                text.push_str(&notes.join(" "));
            }
            vec![
                format!("{}:{}", file_name(&s.doc), s.line),
                rules.sides.id_of(s.side).to_string(),
                s.speaker.as_ref().map(|sp| sp.name.clone()).unwrap_or_default(),
                text,
            ]
        })
        .collect();
    let max_widths = vec![Some(24), Some(14), Some(22), None];
    Grid {
        title: None,
        header,
        rows,
        max_widths,
    }
}

/// One grid per incident with conflicts. Each row is one kind of conflict between a group of
/// statements and another group in which every statement contradicts every statement of the
/// other (so "five Ukrainian hit claims vs two Russian interception claims" is one row, not
/// ten); statements of a side that is in no pair follow, beside the pairs. Only sides with
/// something to show get a column.
pub fn comparison_grids(statements: &[Statement], cmp: &Comparison, rules: &RuleSet) -> Vec<Grid> {
    let sides = &rules.sides.list;
    let mut grids = Vec::new();
    for inc in cmp.incidents.iter().filter(|i| !i.conflicts.is_empty()) {
        // rows as (label, statements per side)
        let mut rows: Vec<(String, Vec<Vec<usize>>)> = Vec::new();
        let mut kinds: Vec<usize> = Vec::new();
        for c in &inc.conflicts {
            if !kinds.contains(&c.rule) {
                kinds.push(c.rule);
            }
        }
        for &k in &kinds {
            // b -> its a's, then b's with the same a's share a row
            let mut by_b: Vec<(usize, Vec<usize>)> = Vec::new();
            for c in inc.conflicts.iter().filter(|c| c.rule == k) {
                match by_b.iter_mut().find(|(b, _)| *b == c.b) {
                    Some((_, a)) => a.push(c.a),
                    None => by_b.push((c.b, vec![c.a])),
                }
            }
            let mut groups: Vec<(Vec<usize>, Vec<usize>)> = Vec::new();
            for (b, mut a) in by_b {
                a.sort_unstable();
                match groups.iter_mut().find(|(ga, _)| *ga == a) {
                    Some((_, gb)) => gb.push(b),
                    None => groups.push((a, vec![b])),
                }
            }
            for (a, b) in groups {
                let mut cells = vec![Vec::new(); sides.len()];
                for m in a.into_iter().chain(b) {
                    if let Some(side) = statements[m].side {
                        if !cells[side].contains(&m) {
                            cells[side].push(m);
                        }
                    }
                }
                rows.push((rules.claims.conflicts[k].label.clone(), cells));
            }
        }
        let in_pairs: Vec<usize> = inc.conflicts.iter().flat_map(|c| [c.a, c.b]).collect();
        let paired_sides: Vec<usize> = in_pairs.iter().filter_map(|&m| statements[m].side).collect();
        for &m in &inc.members {
            let Some(side) = statements[m].side else { continue };
            if in_pairs.contains(&m) || paired_sides.contains(&side) {
                continue;
            }
            let mut cells = vec![Vec::new(); sides.len()];
            cells[side].push(m);
            rows.push(("also on this incident".to_string(), cells));
        }
        let shown: Vec<usize> = (0..sides.len())
            .filter(|&s| rows.iter().any(|(_, cells)| !cells[s].is_empty()))
            .collect();
        let mut header = vec!["conflict".to_string()];
        header.extend(shown.iter().map(|&s| sides[s].label.clone()));
        let rows = rows
            .into_iter()
            .map(|(label, cells)| {
                let mut row = vec![label];
                for &s in &shown {
                    row.push(
                        cells[s]
                            .iter()
                            .map(|&m| statement_cell(&statements[m]))
                            .collect::<Vec<_>>()
                            .join("\n\n"),
                    );
                }
                row
            })
            .collect();
        let max_widths = std::iter::once(Some(20)).chain(shown.iter().map(|_| None)).collect();
        grids.push(Grid {
            title: Some(super::incident_heading(rules, inc)),
            header,
            rows,
            max_widths,
        });
    }
    grids
}
