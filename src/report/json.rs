//! `--format json`: the output contract of [`super::wire`] as one JSON document.

use std::io::Write;

use super::{wire_comparison, wire_statement, Context, Render};
use crate::locate::Statement;
use crate::pairing::Comparison;

/// One JSON document.
#[derive(Debug, Clone, Copy)]
pub struct Json;

impl Render for Json {
    fn statements(&self, out: &mut dyn Write, statements: &[Statement], ctx: &Context) -> std::io::Result<()> {
        let list: Vec<_> = statements.iter().map(|s| wire_statement(s, ctx.rules, None)).collect();
        serde_json::to_writer_pretty(&mut *out, &list)?;
        writeln!(out)
    }

    fn compare(
        &self,
        out: &mut dyn Write,
        statements: &[Statement],
        cmp: &Comparison,
        ctx: &Context,
    ) -> std::io::Result<()> {
        serde_json::to_writer_pretty(&mut *out, &wire_comparison(statements, cmp, ctx.rules))?;
        writeln!(out)
    }
}
