//! Arbitrary YAML as a user's rule file, over a small base, then the pipeline with whatever
//! loaded.
//!
//! The first byte picks the base: no defaults (the file alone must define everything, so most
//! inputs fail the semantic checks), or the default `language` and `sides` files (so a file with a
//! few places, sources or claims compiles and runs). Loading must never panic; an error must name
//! the fuzz file or a rules file. A rule set that loads is run on a short article, because a
//! compiled matcher that panics on text is as bad as a loader that panics on YAML.
#![no_main]

use counterclaim::rules::{self, RuleFile};
use libfuzzer_sys::fuzz_target;

const ARTICLE: &str = "---\ndate: 2024-09-07\n---\n\
KYIV - Ukraine's security services said Saturday they had struck a Russian ammunition depot \
in the Voronezh region.\n\n\
“Two drones were downed over the city,” the Voronezh governor Alexander Gusev wrote on Telegram, \
adding that debris started a fire.\n\n\
He said: “No-one was injured.” Moscow claims 34 out of 55 drones were shot down.\n";

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let mut layers = Vec::new();
    if mode % 2 == 1 {
        layers.push(
            rules::default_files()
                .into_iter()
                .filter(|f| f.name.ends_with("language.yaml") || f.name.ends_with("sides.yaml"))
                .collect(),
        );
    }
    layers.push(vec![RuleFile {
        name: "fuzz.yaml".into(),
        text: text.to_string(),
    }]);
    match rules::load(&layers) {
        Err(errors) => {
            for d in errors.errors() {
                assert!(d.file == "fuzz.yaml" || d.file.starts_with("rules"), "{d}");
                assert!(!d.message.is_empty());
            }
            let _ = errors.to_string();
        }
        Ok(rs) => {
            if let Ok(doc) = counterclaim::input::parse("a.txt".into(), ARTICLE.as_bytes().to_vec(), &rs.language) {
                let statements = counterclaim::pipeline::analyse(&doc, &rs);
                let _ = counterclaim::pairing::pair(&statements, &rs);
            }
        }
    }
});
