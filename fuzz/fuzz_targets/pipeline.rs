//! Arbitrary bytes through the whole pipeline: input parsing (front matter, encodings),
//! segmentation, attribution, classification, location and pairing, with the default rules.
//!
//! The bytes are split at the first 0x1E (record separator) into up to two articles, so pairing
//! across documents is exercised too. Besides "no panic", every statement span must lie on
//! character boundaries inside its document.
#![no_main]

use std::sync::OnceLock;

use counterclaim::rules::RuleSet;
use libfuzzer_sys::fuzz_target;

fn rules() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| counterclaim::rules::load_default().expect("default rules load"))
}

fuzz_target!(|data: &[u8]| {
    let rules = rules();
    let parts: Vec<&[u8]> = data.splitn(2, |&b| b == 0x1e).collect();
    let mut docs = Vec::new();
    for (i, part) in parts.iter().enumerate() {
        if let Ok(doc) = counterclaim::input::parse(format!("doc{i}.txt"), part.to_vec(), &rules.language) {
            docs.push(doc);
        }
    }
    let mut statements = Vec::new();
    for doc in &docs {
        for s in counterclaim::pipeline::analyse(doc, rules) {
            assert!(s.start <= s.end && s.end <= doc.text.len(), "span out of the text");
            assert!(doc.text.is_char_boundary(s.start) && doc.text.is_char_boundary(s.end));
            assert_eq!(s.text, doc.text[s.start..s.end], "statement text is the file's bytes");
            statements.push(s);
        }
    }
    let _ = counterclaim::pairing::pair(&statements, rules);
});
