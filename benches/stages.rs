//! Time per pipeline stage on the five sample articles (about 40 KB), so a change to one stage
//! shows in that stage's figure and not only in the end-to-end MB/s of `scripts/bench.sh`.
//! Run with `cargo bench --bench stages`; criterion prints each median and, on a second run, the
//! change against the first. Each stage is timed on the output of the stages before it, computed
//! once outside the timed loop.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

use counterclaim::attribute::attribute;
use counterclaim::classify::classify;
use counterclaim::input::{self, Document, Source};
use counterclaim::lexed::{Lexed, Lexer};
use counterclaim::locate::locate;
use counterclaim::pairing::pair;
use counterclaim::report::{self, Context};
use counterclaim::segment::segment;

fn samples(rules: &counterclaim::rules::RuleSet) -> Vec<Document> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/samples");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("samples/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| input::read(&Source::File(p), &rules.language, Default::default()).expect("sample reads"))
        .collect()
}

fn stages(c: &mut Criterion) {
    let rules = counterclaim::rules::load_default().expect("default rules load");
    let docs = samples(&rules);
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mut g = c.benchmark_group("stage");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(30);

    g.bench_function("lex", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(Lexed::new(&d.text, 0, &rules));
            }
        })
    });
    g.bench_function("segment", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(segment(d, &rules.language));
            }
        })
    });
    let segmented: Vec<_> = docs.iter().map(|d| segment(d, &rules.language)).collect();
    g.bench_function("attribute", |b| {
        b.iter(|| {
            for (d, s) in docs.iter().zip(&segmented) {
                let lexer = Lexer::new(&d.text, &rules);
                black_box(attribute(d, s, &rules, &lexer));
            }
        })
    });
    g.bench_function("attribute_classify_locate", |b| {
        b.iter(|| {
            for (d, s) in docs.iter().zip(&segmented) {
                let lexer = Lexer::new(&d.text, &rules);
                let a = attribute(d, s, &rules, &lexer);
                let c = classify(d, a, &rules, &lexer);
                black_box(locate(d, c, &rules, &lexer));
            }
        })
    });
    let statements: Vec<_> = docs
        .iter()
        .flat_map(|d| counterclaim::pipeline::analyse(d, &rules))
        .collect();
    g.bench_function("pair", |b| b.iter(|| black_box(pair(&statements, &rules))));
    let ctx = Context {
        rules: &rules,
        documents: &docs,
        width: Some(120),
        color: false,
    };
    g.bench_function("render_jsonl", |b| {
        let rows = report::rows("jsonl").expect("jsonl streams");
        b.iter(|| {
            let mut out = Vec::with_capacity(1 << 20);
            rows.write_all(&mut out, &statements, &ctx).expect("renders");
            black_box(out)
        })
    });
    g.bench_function("whole_pipeline", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(counterclaim::pipeline::analyse(d, &rules));
            }
        })
    });
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
