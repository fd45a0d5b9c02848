//! The pipeline, stage after stage: input → segment → attribute → classify → locate, per
//! document (documents in parallel), then pairing over all of them. This is the only module that
//! calls the stages in order; the stages never call each other.

use rayon::prelude::*;

use crate::attribute::attribute;
use crate::classify::classify;
use crate::input::{self, Decoding, Document, InputError, Source};
use crate::lexed::Lexer;
use crate::locate::{locate, Statement};
use crate::rules::RuleSet;
use crate::segment::segment;

/// Every statement of one document.
pub fn analyse(doc: &Document, rules: &RuleSet) -> Vec<Statement> {
    let lexer = Lexer::new(&doc.text, rules);
    let seg = segment(doc, &rules.language);
    let attributed = attribute(doc, &seg, rules, &lexer);
    let classified = classify(doc, attributed, rules, &lexer);
    locate(doc, classified, rules, &lexer)
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

/// Documents analysed per thread between two hand-overs to the sink: enough to keep both cores
/// busy past the barrier at the end of a chunk, few enough that a chunk of 3–6 KB articles and
/// its output stay a few megabytes.
const DOCS_PER_THREAD: usize = 64;

/// Read and analyse `sources` in order of their path as shown in the output, a chunk at a time
/// on the current rayon pool, and hand `sink` what `work` made of each document (or why it could
/// not be read), in that order. Memory holds one chunk, not the corpus; `work` runs in the
/// worker threads, so rendering can happen there too. The order, and so the output, does not
/// depend on the number of threads or the order of the inputs. Stops at the first error of
/// `sink`.
pub fn stream<T: Send, E>(
    sources: &[Source],
    rules: &RuleSet,
    decoding: Decoding,
    work: impl Fn(Document, Vec<Statement>) -> T + Sync,
    mut sink: impl FnMut(Result<T, InputError>) -> Result<(), E>,
) -> Result<(), E> {
    let mut ordered: Vec<&Source> = sources.iter().collect();
    ordered.sort_by_cached_key(|s| s.shown());
    let chunk = DOCS_PER_THREAD * rayon::current_num_threads().max(1);
    for part in ordered.chunks(chunk) {
        let results: Vec<Result<T, InputError>> = part
            .par_iter()
            .map(|s| {
                let doc = input::read(s, &rules.language, decoding)?;
                let statements = analyse(&doc, rules);
                Ok(work(doc, statements))
            })
            .collect();
        for r in results {
            sink(r)?;
        }
    }
    Ok(())
}

/// Read and analyse `sources` on the current rayon pool, keeping every document and statement.
/// Output order does not depend on the number of threads or the order of the inputs.
pub fn run(sources: &[Source], rules: &RuleSet, decoding: Decoding) -> Corpus {
    collect(sources, rules, decoding, |doc, statements| (doc, statements), || {})
}

/// [`run`], keeping of each document what `keep` returns (in the worker threads), and calling
/// `each` once per input done, read or not (for a progress bar). `compare` keeps only the
/// statements that can be part of an incident, so a large corpus fits in memory.
pub fn collect(
    sources: &[Source],
    rules: &RuleSet,
    decoding: Decoding,
    keep: impl Fn(Document, Vec<Statement>) -> (Document, Vec<Statement>) + Sync,
    mut each: impl FnMut(),
) -> Corpus {
    let mut corpus = Corpus::default();
    let _ = stream(sources, rules, decoding, keep, |r| -> Result<(), ()> {
        each();
        match r {
            Ok((doc, statements)) => {
                corpus.problems.extend(doc.warnings.iter().cloned());
                corpus.statements.extend(statements);
                corpus.documents.push(doc);
            }
            Err(e) => corpus.problems.push(e),
        }
        Ok(())
    });
    corpus
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::testkit::rules;

    /// What the `pipeline` fuzz target does with its bytes (see `fuzz/fuzz_targets/pipeline.rs`):
    /// up to two articles split at 0x1E, each parsed, analysed and checked, then all paired.
    fn like_the_fuzz_target(data: &[u8]) {
        let mut statements = Vec::new();
        for (i, part) in data.splitn(2, |&b| b == 0x1e).enumerate() {
            if let Ok(doc) = input::parse(format!("doc{i}.txt"), part.to_vec(), &rules().language) {
                for s in analyse(&doc, rules()) {
                    assert_span(&doc, &s);
                    statements.push(s);
                }
            }
        }
        crate::pairing::pair(&statements, rules());
    }

    /// A statement's span lies on character boundaries inside its document and its text is the
    /// document's bytes there.
    fn assert_span(doc: &Document, s: &Statement) {
        assert!(
            s.start < s.end && s.end as usize <= doc.text.len(),
            "span {}..{}",
            s.start,
            s.end
        );
        assert!(doc.text.is_char_boundary(s.start as usize) && doc.text.is_char_boundary(s.end as usize));
        assert_eq!(&*s.text, &doc.text[s.range()]);
    }

    #[test]
    fn issue_7_fuzz_crash_a_document_of_one_control_character() {
        // fuzz/artifacts pipeline-crash-27acb8cd: the second article is a lone BEL, a sentence
        // without a token, and attribution indexed its first token
        like_the_fuzz_target(b"--osed\ndate: 2024-02-31\n---\x0eText.\n\xff\xff\xff\xff\xff\xff\x1e\x07");
        like_the_fuzz_target(b"Drones hit a plant.\n\n\x07\x07\n");
    }

    /// Pieces of news copy and of what goes wrong with it, for texts that reach every stage.
    const PIECES: &[&str] = &[
        "Drones",
        "hit",
        "an",
        "oil",
        "depot",
        "in",
        "Bryansk",
        "Russia's",
        "Ukraine’s",
        "General",
        "Staff",
        "said",
        "told",
        "according to",
        "the",
        "governor",
        "Alexander Gusev",
        "Gusev",
        "he",
        "they",
        "it",
        "which",
        "while",
        "shot down",
        "intercepted",
        "debris",
        "fire",
        "34 out of 55",
        "drones",
        "Kyiv",
        "Moscow",
        "Voronezh region",
        "Mr.",
        "U.S.",
        "2.5",
        "13:03",
        "Sept.",
        " ",
        " ",
        " ",
        ",",
        ",",
        ".",
        ". ",
        "! ",
        "? ",
        "…",
        ";",
        ":",
        "(",
        ")",
        "—",
        "-",
        "“",
        "”",
        "\"",
        "‘",
        "’",
        "'",
        "«",
        "»",
        "\n",
        "\n\n",
        "\r\n",
        "\r",
        "\t",
        "\u{a0}",
        "\u{feff}",
        "\u{7}",
        "\u{1a}",
        "é",
        "ж",
        "🚀",
        "SEE ALSO:",
        "---\n",
        "date: 2024-09-07\n",
        "On Thursday",
        "September 1, 2023",
    ];

    fn news_like() -> impl Strategy<Value = String> {
        prop_oneof![
            3 => prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|v| v.join(" ")),
            1 => prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|v| v.concat()),
            1 => any::<String>(),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

        #[test]
        fn issue_7_spans_are_the_files_bytes_on_character_boundaries(text in news_like()) {
            if let Ok(doc) = input::parse("t.txt".into(), text.into_bytes(), &rules().language) {
                for s in analyse(&doc, rules()) {
                    assert_span(&doc, &s);
                }
            }
        }

        #[test]
        fn issue_7_any_bytes_read_lossily_keep_their_offsets(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
            if let Ok(doc) = input::parse_with("t.txt".into(), bytes.clone(), &rules().language, Decoding::Lossy) {
                prop_assert_eq!(doc.text.len(), bytes.len());
                for s in analyse(&doc, rules()) {
                    assert_span(&doc, &s);
                }
            }
            like_the_fuzz_target(&bytes);
        }

        #[test]
        fn issue_7_attributing_twice_gives_the_same_result(text in news_like()) {
            if let Ok(doc) = input::parse("t.txt".into(), text.into_bytes(), &rules().language) {
                let first = format!("{:?}", analyse(&doc, rules()));
                prop_assert_eq!(&first, &format!("{:?}", analyse(&doc, rules())));
                // on a fresh thread, with an empty spelling-variant cache
                let again = std::thread::scope(|s| s.spawn(|| format!("{:?}", analyse(&doc, rules()))).join());
                prop_assert_eq!(&first, &again.expect("no panic"));
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

        #[test]
        fn issue_7_output_does_not_depend_on_input_order(
            texts in prop::collection::vec(news_like(), 1..5),
            seed in any::<u64>(),
        ) {
            let dir = tempfile::tempdir().expect("temp dir");
            let mut sources: Vec<Source> = texts
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    let p = dir.path().join(format!("{i}.txt"));
                    std::fs::write(&p, t).expect("write");
                    Source::File(p)
                })
                .collect();
            let render = |c: &Corpus| {
                let pairs = crate::pairing::pair(&c.statements, rules());
                format!("{:?}\n{:?}\n{:?}", c.statements, c.problems, pairs)
            };
            let first = render(&run(&sources, rules(), Decoding::Strict));
            // a deterministic shuffle
            let mut x = seed | 1;
            for i in (1..sources.len()).rev() {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                sources.swap(i, (x % (i as u64 + 1)) as usize);
            }
            let shuffled = render(&run(&sources, rules(), Decoding::Strict));
            prop_assert_eq!(first, shuffled);
        }
    }
}
