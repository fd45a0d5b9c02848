//! The column model that the table and Markdown renderers share: a title, a header and rows of
//! plain-text cells. Building it once keeps the two formats saying the same thing.

use crate::locate::Statement;
use crate::pairing::{Comparison, Incident};
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
    /// The side each header column stands for, if any, so a terminal table can colour it.
    pub header_sides: Vec<Option<usize>>,
    /// The side each cell names, if any (the `side` column of the statements list), so a
    /// terminal table can colour it; as many rows and columns as `rows`.
    pub cell_sides: Vec<Vec<Option<usize>>>,
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
    let who = s.speaker.as_ref().map(|sp| &*sp.name).unwrap_or("unattributed");
    format!("{}\n— {who} ({file}:{})", s.text.trim(), s.line)
}

/// Every statement as one row: where, side, speaker, and the statement with its claim kinds
/// and incident on a second line.
pub fn statements_grid(statements: &[Statement], rules: &RuleSet) -> Grid {
    let header = ["where", "side", "speaker", "statement"].map(String::from).to_vec();
    let cell_sides = statements.iter().map(|s| vec![None, s.side, None, None]).collect();
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
                s.speaker.as_ref().map(|sp| sp.name.to_string()).unwrap_or_default(),
                text,
            ]
        })
        .collect();
    let max_widths = vec![Some(24), Some(14), Some(22), None];
    Grid {
        title: None,
        header,
        rows,
        header_sides: vec![None; 4],
        cell_sides,
        max_widths,
    }
}

/// Label of a row that holds statements beside the conflicting pairs.
pub const ALSO_LABEL: &str = "also on this incident";

/// One row of a comparison: a kind of conflict between groups of statements, or statements of
/// a side that is in no pair, beside the pairs. Kept as statement indexes so each renderer
/// presents the same rows its own way (text cells, HTML with links and context).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Index of the conflict rule (`rules.claims.conflicts`); `None` for statements beside the
    /// pairs.
    pub conflict: Option<usize>,
    /// Statement indexes per side index (as many as the rules have sides).
    pub cells: Vec<Vec<usize>>,
}

impl Row {
    /// The row label people read: the conflict's label, or [`ALSO_LABEL`].
    pub fn label<'r>(&self, rules: &'r RuleSet) -> &'r str {
        match self.conflict {
            Some(k) => &rules.claims.conflicts[k].label,
            None => ALSO_LABEL,
        }
    }
}

/// The rows of one incident. Each row is one kind of conflict between a group of statements
/// and another group in which every statement contradicts every statement of the other (so
/// "five Ukrainian hit claims vs two Russian interception claims" is one row, not ten);
/// statements of a side that is in no pair follow, beside the pairs.
pub fn incident_rows(statements: &[Statement], inc: &Incident, rules: &RuleSet) -> Vec<Row> {
    let n_sides = rules.sides.list.len();
    let mut rows = Vec::new();
    let mut kinds: Vec<usize> = Vec::new();
    for c in &inc.conflicts {
        if !kinds.contains(&c.rule()) {
            kinds.push(c.rule());
        }
    }
    for &k in &kinds {
        // b -> its a's, then b's with the same a's share a row
        let mut by_b: Vec<(usize, Vec<usize>)> = Vec::new();
        for c in inc.conflicts.iter().filter(|c| c.rule() == k) {
            match by_b.iter_mut().find(|(b, _)| *b == c.b()) {
                Some((_, a)) => a.push(c.a()),
                None => by_b.push((c.b(), vec![c.a()])),
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
            let mut cells = vec![Vec::new(); n_sides];
            for m in a.into_iter().chain(b) {
                if let Some(side) = statements[m].side {
                    if !cells[side].contains(&m) {
                        cells[side].push(m);
                    }
                }
            }
            rows.push(Row {
                conflict: Some(k),
                cells,
            });
        }
    }
    let in_pairs: Vec<usize> = inc.conflicts.iter().flat_map(|c| [c.a(), c.b()]).collect();
    let paired_sides: Vec<usize> = in_pairs.iter().filter_map(|&m| statements[m].side).collect();
    for &m in &inc.members {
        let Some(side) = statements[m].side else { continue };
        if in_pairs.contains(&m) || paired_sides.contains(&side) {
            continue;
        }
        let mut cells = vec![Vec::new(); n_sides];
        cells[side].push(m);
        rows.push(Row { conflict: None, cells });
    }
    rows
}

/// The side indexes that have something to show in `rows`, in the rules' side order: only
/// they get a column.
pub fn shown_sides(rows: &[Row], n_sides: usize) -> Vec<usize> {
    (0..n_sides)
        .filter(|&s| rows.iter().any(|r| !r.cells[s].is_empty()))
        .collect()
}

/// One grid per incident with conflicts, with the rows of [`incident_rows`]. Only sides with
/// something to show get a column.
pub fn comparison_grids(statements: &[Statement], cmp: &Comparison, rules: &RuleSet) -> Vec<Grid> {
    let sides = &rules.sides.list;
    let mut grids = Vec::new();
    for inc in cmp.incidents.iter().filter(|i| !i.conflicts.is_empty()) {
        let rows = incident_rows(statements, inc, rules);
        let shown = shown_sides(&rows, sides.len());
        let mut header = vec!["conflict".to_string()];
        header.extend(shown.iter().map(|&s| sides[s].label.clone()));
        let mut header_sides = vec![None];
        header_sides.extend(shown.iter().map(|&s| Some(s)));
        let text_rows: Vec<Vec<String>> = rows
            .iter()
            .map(|row| {
                let mut cells = vec![row.label(rules).to_string()];
                for &s in &shown {
                    cells.push(
                        row.cells[s]
                            .iter()
                            .map(|&m| statement_cell(&statements[m]))
                            .collect::<Vec<_>>()
                            .join("\n\n"),
                    );
                }
                cells
            })
            .collect();
        let max_widths = std::iter::once(Some(20)).chain(shown.iter().map(|_| None)).collect();
        grids.push(Grid {
            title: Some(super::incident_heading(rules, inc)),
            header,
            header_sides,
            cell_sides: vec![vec![None; shown.len() + 1]; text_rows.len()],
            rows: text_rows,
            max_widths,
        });
    }
    grids
}
