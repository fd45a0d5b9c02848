//! `--format table`: side-by-side tables for a terminal, wrapped to its width (comfy-table).

use std::io::Write;

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Cell, ColumnConstraint, ContentArrangement, Table as Comfy, Width};

use super::columns::{comparison_grids, statements_grid, Grid};
use super::{Context, Render};
use crate::locate::Statement;
use crate::pairing::Comparison;

/// Terminal tables.
#[derive(Debug, Clone, Copy)]
pub struct Table;

fn draw(grid: &Grid, ctx: &Context) -> String {
    let mut t = Comfy::new();
    t.load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    if let Some(w) = ctx.width {
        t.set_width(w);
    }
    if !ctx.color {
        t.force_no_tty();
    }
    t.set_header(grid.header.iter().map(Cell::new));
    for row in &grid.rows {
        t.add_row(row.iter().map(Cell::new));
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
