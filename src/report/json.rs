//! `--format json`: the output contract of [`super::wire`] as one JSON document.

use std::io::Write;

use super::{Context, Render, Rows};
use crate::locate::Statement;
use crate::pairing::Comparison;

/// One JSON document.
#[derive(Debug, Clone, Copy)]
pub struct Json;

/// The array is written as serde_json's pretty printer writes a `Vec`: `[`, each element indented
/// by two spaces and separated by `,`, then `]` on a line of its own (`[]` when empty). JSON
/// strings hold no raw line break, so indenting every line of an element is safe.
impl Rows for Json {
    fn head(&self, _: &Context) -> Vec<u8> {
        b"[\n".to_vec()
    }

    fn rows(&self, out: &mut Vec<u8>, statements: &[Statement], ctx: &Context) -> std::io::Result<()> {
        let mut element = Vec::new();
        for (i, s) in statements.iter().enumerate() {
            if i > 0 {
                out.extend_from_slice(self.separator());
            }
            element.clear();
            serde_json::to_writer_pretty(&mut element, &super::lazy::StatementView::new(s, ctx.rules))?;
            for (j, line) in element.split(|&b| b == b'\n').enumerate() {
                if j > 0 {
                    out.push(b'\n');
                }
                out.extend_from_slice(b"  ");
                out.extend_from_slice(line);
            }
        }
        Ok(())
    }

    fn separator(&self) -> &'static [u8] {
        b",\n"
    }

    fn tail(&self) -> &'static [u8] {
        b"\n]\n"
    }

    fn empty(&self, _: &Context) -> Vec<u8> {
        b"[]\n".to_vec()
    }
}

impl Render for Json {
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
        let lazy = super::LazyComparison {
            statements,
            cmp,
            rules: ctx.rules,
        };
        serde_json::to_writer_pretty(&mut *out, &lazy)?;
        writeln!(out)
    }
}
