//! `--format jsonl`: one JSON object per line — statements, or incidents for `compare` — so a
//! corpus streams into `jq` or a database without holding it all.

use std::io::Write;

use super::{Context, Render, Rows};
use crate::locate::Statement;
use crate::pairing::Comparison;

/// JSON Lines.
#[derive(Debug, Clone, Copy)]
pub struct JsonLines;

impl Rows for JsonLines {
    fn head(&self, _: &Context) -> Vec<u8> {
        Vec::new()
    }

    fn rows(&self, out: &mut Vec<u8>, statements: &[Statement], ctx: &Context) -> std::io::Result<()> {
        // a line is its text and about 300 bytes of fields: grow the buffer once, not per line
        out.reserve(statements.iter().map(|s| s.text.len() + 320).sum());
        for s in statements {
            serde_json::to_writer(&mut *out, &super::lazy::StatementView::new(s, ctx.rules))?;
            out.push(b'\n');
        }
        Ok(())
    }
}

impl Render for JsonLines {
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
        super::write_incidents_in_parallel(out, cmp, |inc, buf| {
            let view = super::lazy::IncidentView {
                statements,
                incident: inc,
                rules: ctx.rules,
            };
            serde_json::to_writer(&mut *buf, &view)?;
            buf.write_all(b"\n")
        })
    }
}
