//! `--format jsonl`: one JSON object per line — statements, or incidents for `compare` — so a
//! corpus streams into `jq` or a database without holding it all.

use std::io::Write;

use super::{wire_comparison, wire_statement, Context, Render};
use crate::locate::Statement;
use crate::pairing::Comparison;

/// JSON Lines.
#[derive(Debug, Clone, Copy)]
pub struct JsonLines;

impl Render for JsonLines {
    fn statements(&self, out: &mut dyn Write, statements: &[Statement], ctx: &Context) -> std::io::Result<()> {
        for s in statements {
            serde_json::to_writer(&mut *out, &wire_statement(s, ctx.rules, None))?;
            writeln!(out)?;
        }
        Ok(())
    }

    fn compare(
        &self,
        out: &mut dyn Write,
        statements: &[Statement],
        cmp: &Comparison,
        ctx: &Context,
    ) -> std::io::Result<()> {
        for inc in wire_comparison(statements, cmp, ctx.rules).incidents {
            serde_json::to_writer(&mut *out, &inc)?;
            writeln!(out)?;
        }
        Ok(())
    }
}
