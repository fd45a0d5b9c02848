//! The pipeline, stage after stage: input → segment → attribute → classify → locate, per
//! document (documents in parallel), then pairing over all of them. This is the only module that
//! calls the stages in order; the stages never call each other.

use rayon::prelude::*;

use crate::attribute::attribute;
use crate::classify::classify;
use crate::input::{self, Decoding, Document, InputError, Source};
use crate::locate::{locate, Statement};
use crate::rules::RuleSet;
use crate::segment::segment;

/// Every statement of one document.
pub fn analyse(doc: &Document, rules: &RuleSet) -> Vec<Statement> {
    let seg = segment(doc, &rules.language);
    let attributed = attribute(doc, &seg, rules);
    let classified = classify(doc, attributed, rules);
    locate(doc, classified, rules)
}

/// What reading and analysing a list of inputs gave.
#[derive(Debug, Default)]
pub struct Corpus {
    /// Documents read, sorted by path.
    pub documents: Vec<Document>,
    /// All statements, sorted by document path then offset.
    pub statements: Vec<Statement>,
    /// Inputs that could not be read, were skipped, or were read with a warning, in input order.
    pub problems: Vec<InputError>,
}

/// Read and analyse `sources` on the current rayon pool. Output order does not depend on the
/// number of threads or the order of the inputs.
pub fn run(sources: &[Source], rules: &RuleSet, decoding: Decoding) -> Corpus {
    let results: Vec<Result<(Document, Vec<Statement>), InputError>> = sources
        .par_iter()
        .map(|s| {
            let doc = input::read(s, &rules.language, decoding)?;
            let statements = analyse(&doc, rules);
            Ok((doc, statements))
        })
        .collect();
    let mut corpus = Corpus::default();
    let mut docs = Vec::new();
    for r in results {
        match r {
            Ok(d) => {
                corpus.problems.extend(d.0.warnings.iter().cloned());
                docs.push(d)
            }
            Err(e) => corpus.problems.push(e),
        }
    }
    docs.sort_by(|a, b| a.0.path.cmp(&b.0.path));
    for (doc, statements) in docs {
        corpus.statements.extend(statements);
        corpus.documents.push(doc);
    }
    corpus
}
