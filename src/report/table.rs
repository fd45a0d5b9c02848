//! `--format table`: side-by-side tables for a terminal, wrapped to its width (comfy-table).
//! With colour on, side names are coloured (by the side's position in the rules, so the code
//! names no side); with colour off not one escape sequence is written.

use std::io::Write;

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Attribute, Cell, Color, ColumnConstraint, ContentArrangement, Table as Comfy, Width};

use super::columns::{comparison_grids, statements_grid, Grid};
use super::{Context, Render};
use crate::locate::Statement;
use crate::pairing::Comparison;

/// Terminal tables.
#[derive(Debug, Clone, Copy)]
pub struct Table;

/// Colours of the sides, by their position in the rules (first side, second, ...).
const SIDE_COLORS: [Color; 6] = [
    Color::Blue,
    Color::Red,
    Color::Green,
    Color::Magenta,
    Color::Cyan,
    Color::DarkYellow,
];

/// A cell, coloured for its side when colour is on.
fn cell(text: &str, side: Option<usize>, ctx: &Context) -> Cell {
    let c = Cell::new(text);
    match side {
        Some(s) if ctx.color => c.fg(SIDE_COLORS[s % SIDE_COLORS.len()]).add_attribute(Attribute::Bold),
        _ => c,
    }
}

fn draw(grid: &Grid, ctx: &Context) -> String {
    let mut t = Comfy::new();
    t.load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    if let Some(w) = ctx.width {
        t.set_width(w);
    }
    if ctx.color {
        // the decision is made once, in `app` (--color, NO_COLOR, terminal); comfy-table would
        // otherwise style only when it sees a terminal itself
        t.enforce_styling();
    }
    let side_at = |sides: &[Option<usize>], i: usize| sides.get(i).copied().flatten();
    t.set_header(
        grid.header
            .iter()
            .enumerate()
            .map(|(i, h)| cell(h, side_at(&grid.header_sides, i), ctx)),
    );
    for (r, row) in grid.rows.iter().enumerate() {
        let sides = grid.cell_sides.get(r).map(Vec::as_slice).unwrap_or(&[]);
        t.add_row(row.iter().enumerate().map(|(i, c)| cell(c, side_at(sides, i), ctx)));
    }
    for (i, max) in grid.max_widths.iter().enumerate() {
        if let (Some(max), Some(col)) = (max, t.column_mut(i)) {
            col.set_constraint(ColumnConstraint::UpperBoundary(Width::Fixed(*max)));
        }
    }
    t.to_string()
}

impl Render for Table {
    fn statements(&self, out: &mut dyn Write, statements: &[Statement], ctx: &Context) -> std::io::Result<()> {
        writeln!(out, "{}", draw(&statements_grid(statements, ctx.rules), ctx))
    }

    fn compare(
        &self,
        out: &mut dyn Write,
        statements: &[Statement],
        cmp: &Comparison,
        ctx: &Context,
    ) -> std::io::Result<()> {
        let grids = comparison_grids(statements, cmp, ctx.rules);
        if grids.is_empty() {
            return writeln!(
                out,
                "No conflicting claims found ({} statements, {} incidents).",
                statements.len(),
                cmp.incidents.len()
            );
        }
        for (i, g) in grids.iter().enumerate() {
            if i > 0 {
                writeln!(out)?;
            }
            if let Some(title) = &g.title {
                writeln!(out, "{title}")?;
            }
            writeln!(out, "{}", draw(g, ctx))?;
        }
        Ok(())
    }
}
