//! How long loading the rules takes: every command pays it once at start-up, so it must stay
//! well under 50 ms for the default set (issue: rule authoring). Run with
//! `cargo bench --bench rules_load`; criterion prints the median.

use criterion::{criterion_group, criterion_main, Criterion};

fn load(c: &mut Criterion) {
    let mut g = c.benchmark_group("rules");
    g.sample_size(50);
    // parse every YAML file, run the semantic checks, build the Aho-Corasick automata
    g.bench_function("load_default", |b| {
        b.iter(|| counterclaim::rules::load_default().expect("default rules load"))
    });
    // only the YAML parsing: what loading the defaults cost before build.rs parsed them at build
    // time (they are read from its JSON now; user rule files still pay this)
    g.bench_function("parse_yaml_only", |b| {
        b.iter(|| {
            for (name, text) in counterclaim::rules::DEFAULT_FILES {
                let v: serde_yaml::Value = serde_yaml::from_str(text).expect(name);
                criterion::black_box(v);
            }
        })
    });
    g.finish();
}

criterion_group!(benches, load);
criterion_main!(benches);
