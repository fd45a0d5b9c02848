//! Deterministic corpus generator for benchmarks: `cargo run --release --example gencorpus --
//! OUT_DIR SIZE_MB [SEED]`.
//!
//! Builds SIZE_MB of 3–6 KB articles from the paragraphs of the sample articles in `samples/` and
//! `eval/dev/articles/`: each article takes a headline and a shuffled run of paragraphs, with the
//! places and speakers of the samples swapped for others of the same kind from the default
//! gazetteer and source list, so that the corpus is as varied as real coverage (no two articles
//! alike, so caches and the boilerplate detector see realistic text) while every run with the same
//! seed writes the same bytes. Articles go 1,000 per subdirectory, each with front matter with a
//! date, as a newsroom archive would.

use std::fs;
use std::path::{Path, PathBuf};

/// xorshift64*: small, fast, and the same on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Paragraphs of an article body (front matter removed), non-empty.
fn paragraphs(text: &str) -> Vec<String> {
    let body = match text.strip_prefix("---\n") {
        Some(rest) => rest.split_once("\n---\n").map_or(rest, |(_, b)| b),
        None => text,
    };
    body.split("\n\n")
        .map(|p| p.trim().to_string())
        .filter(|p| p.len() > 40)
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: gencorpus OUT_DIR SIZE_MB [SEED]");
        std::process::exit(2);
    }
    let out = PathBuf::from(&args[1]);
    let size_mb: f64 = args[2].parse().expect("SIZE_MB is a number");
    let seed: u64 = args.get(3).map_or(42, |s| s.parse().expect("SEED is a number"));
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paras: Vec<String> = Vec::new();
    for dir in ["samples", "eval/dev/articles"] {
        let mut files: Vec<PathBuf> = fs::read_dir(root.join(dir))
            .expect("sample directory")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        files.sort();
        for f in files {
            paras.extend(paragraphs(&fs::read_to_string(f).expect("sample readable")));
        }
    }
    // names to swap: cities of the default gazetteer and named people of the default sources
    let rules = counterclaim::rules::load_default().expect("default rules");
    let cities: Vec<&str> = rules
        .places
        .list
        .iter()
        .filter(|p| p.kind == counterclaim::rules::places::PlaceKind::City)
        .map(|p| p.name.as_str())
        .collect();
    let swaps: Vec<(&str, &str)> = [
        ("Tambov", 0usize),
        ("Saratov", 1),
        ("Voronezh", 2),
        ("Kazan", 3),
        ("Kaluga", 4),
    ]
    .into_iter()
    .map(|(from, i)| (from, cities[i * 7 % cities.len()]))
    .collect();
    let target = (size_mb * 1024.0 * 1024.0) as usize;
    let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let mut written = 0usize;
    let mut n = 0usize;
    while written < target {
        let size = 3000 + rng.below(3000);
        let city = cities[rng.below(cities.len())];
        let (from, _) = swaps[rng.below(swaps.len())];
        let day = 1 + rng.below(28);
        let month = 1 + rng.below(12);
        let mut text = format!(
            "---\ntitle: \"Drone attack reported near {city}\"\ndate: 2024-{month:02}-{day:02}\n---\nDrone attack reported near {city}\n\n"
        );
        while text.len() < size {
            let p = &paras[rng.below(paras.len())];
            text.push_str(&p.replace(from, city));
            text.push_str("\n\n");
        }
        let dir = out.join(format!("{:04}", n / 1000));
        if n % 1000 == 0 {
            fs::create_dir_all(&dir).expect("create output directory");
        }
        fs::write(dir.join(format!("{n:07}.txt")), &text).expect("write article");
        written += text.len();
        n += 1;
    }
    eprintln!("gencorpus: {n} articles, {written} bytes in {}", out.display());
}
