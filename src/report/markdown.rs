//! `--format markdown`: the same grids as the table, as GitHub-flavoured Markdown.

use std::io::Write;

use super::columns::{comparison_grids, statements_grid, Grid};
use super::{Context, Render, Rows};
use crate::locate::Statement;
use crate::pairing::Comparison;

/// Markdown tables.
#[derive(Debug, Clone, Copy)]
pub struct Markdown;

fn cell(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace("\n\n", "<br><br>")
        .replace(['\n', '\r'], " ")
}

fn write_grid(out: &mut dyn Write, g: &Grid) -> std::io::Result<()> {
    write_head(out, g)?;
    write_rows(out, g)
}

fn write_head(out: &mut dyn Write, g: &Grid) -> std::io::Result<()> {
    if let Some(t) = &g.title {
        writeln!(out, "### {}\n", cell(t))?;
    }
    writeln!(
        out,
        "| {} |",
        g.header.iter().map(|h| cell(h)).collect::<Vec<_>>().join(" | ")
    )?;
    writeln!(out, "|{}", "---|".repeat(g.header.len()))
}

fn write_rows(out: &mut dyn Write, g: &Grid) -> std::io::Result<()> {
    for row in &g.rows {
        writeln!(
            out,
            "| {} |",
            row.iter().map(|c| cell(c)).collect::<Vec<_>>().join(" | ")
        )?;
    }
    Ok(())
}

impl Rows for Markdown {
    fn head(&self, ctx: &Context) -> Vec<u8> {
        let mut out = Vec::new();
        // writing to memory cannot fail
        let _ = write_head(&mut out, &statements_grid(&[], ctx.rules));
        out
    }

    fn rows(&self, out: &mut Vec<u8>, statements: &[Statement], ctx: &Context) -> std::io::Result<()> {
        write_rows(out, &statements_grid(statements, ctx.rules))
    }
}

impl Render for Markdown {
    fn statements(&self, out: &mut dyn Write, statements: &[Statement], ctx: &Context) -> std::io::Result<()> {
        self.write_all(out, statements, ctx)
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
            return writeln!(out, "No conflicting claims found.");
        }
        for (i, g) in grids.iter().enumerate() {
            if i > 0 {
                writeln!(out)?;
            }
            write_grid(out, g)?;
        }
        Ok(())
    }
}
