//! `--format csv`: one row per statement (or per conflicting pair for `compare`), quoted by the
//! csv crate so commas and quotation marks in article text survive a spreadsheet.

use std::io::Write;

use super::{wire_statement, Context, Render, Rows};
use crate::locate::Statement;
use crate::pairing::Comparison;

/// Comma-separated values.
#[derive(Debug, Clone, Copy)]
pub struct Csv;

const STATEMENT_COLUMNS: [&str; 12] = [
    "doc", "start", "end", "line", "side", "speaker", "source", "cue", "kinds", "place", "incident", "text",
];

fn statement_fields(s: &super::wire::WireStatement) -> Vec<String> {
    vec![
        s.doc.clone(),
        s.start.to_string(),
        s.end.to_string(),
        s.line.to_string(),
        s.side.clone(),
        s.speaker.clone().unwrap_or_default(),
        s.source.clone().unwrap_or_default(),
        s.cue.clone().unwrap_or_default(),
        s.kinds.join(";"),
        s.place.clone().unwrap_or_default(),
        s.incident.clone().unwrap_or_default(),
        s.text.clone(),
    ]
}

fn io(e: csv::Error) -> std::io::Error {
    std::io::Error::other(e)
}

impl Rows for Csv {
    fn head(&self, _: &Context) -> Vec<u8> {
        let mut w = csv::Writer::from_writer(Vec::new());
        // writing to memory cannot fail
        let _ = w.write_record(STATEMENT_COLUMNS);
        w.into_inner().unwrap_or_default()
    }

    fn rows(&self, out: &mut Vec<u8>, statements: &[Statement], ctx: &Context) -> std::io::Result<()> {
        let mut w = csv::Writer::from_writer(out);
        for s in statements {
            w.write_record(statement_fields(&wire_statement(s, ctx.rules, None)))
                .map_err(io)?;
        }
        w.flush()
    }
}

impl Render for Csv {
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
        let mut w = csv::Writer::from_writer(out);
        let mut header = vec!["incident".to_string(), "conflict".to_string(), "score".to_string()];
        for p in ["a", "b"] {
            header.extend(
                STATEMENT_COLUMNS
                    .iter()
                    .filter(|c| **c != "incident")
                    .map(|c| format!("{p}_{c}")),
            );
        }
        w.write_record(&header).map_err(io)?;
        // a pair at a time: an incident of a large corpus has tens of thousands of them
        for inc in &cmp.incidents {
            for c in &inc.conflicts {
                let kind = &ctx.rules.claims.conflicts[c.rule()].id;
                let mut row = vec![inc.id.clone(), kind.clone(), c.score().to_string()];
                for s in [c.a(), c.b()] {
                    let mut f = statement_fields(&wire_statement(&statements[s], ctx.rules, Some(&inc.id)));
                    f.remove(10); // incident is the first column
                    row.extend(f);
                }
                w.write_record(&row).map_err(io)?;
            }
        }
        w.flush()
    }
}
