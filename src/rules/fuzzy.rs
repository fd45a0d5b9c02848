//! Spelling-variant matching of names with strsim (Kiev/Kyiv, Andrey/Andriy, Lugansk/Luhansk).
//!
//! Exact aliases are matched by the phrase automaton; this index is the fallback for capitalised
//! words that matched nothing. Candidates are bucketed by first letter and word count so one
//! lookup compares against a handful of aliases, and results are cached per thread because the
//! same names recur across a corpus. The cache is bounded: at most 100,000 entries per thread,
//! keys of at most 64 bytes.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};

static NEXT_INDEX_ID: AtomicU64 = AtomicU64::new(1);

/// Best match (payload, score) per (index, candidate), or none.
type Cache = HashMap<(u64, String), Option<(u32, f64)>>;

/// Entries the cache holds before it starts over.
const CACHE_ENTRIES: usize = 100_000;

/// Longest candidate (in bytes) the cache keeps. Names are short; a longer candidate (a 2,000-byte
/// "word" of a pathological file) is cheap to reject by length and would make the cache's memory
/// grow with the input instead of staying under `CACHE_ENTRIES` × this.
const CACHE_KEY_BYTES: usize = 64;

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(HashMap::new());
}

/// Aliases (normalised, lower case) bucketed for fuzzy lookup.
#[derive(Debug, Clone)]
pub struct FuzzyIndex {
    id: u64,
    entries: Vec<(String, u32)>,
    buckets: HashMap<(char, usize), Vec<usize>>,
}

impl Default for FuzzyIndex {
    fn default() -> Self {
        FuzzyIndex {
            id: NEXT_INDEX_ID.fetch_add(1, Ordering::Relaxed),
            entries: Vec::new(),
            buckets: HashMap::new(),
        }
    }
}

impl FuzzyIndex {
    /// Add a capitalised alias (only names take part in fuzzy matching) under `payload`.
    pub fn add(&mut self, alias: &str, payload: u32) {
        if !alias.chars().next().is_some_and(char::is_uppercase) {
            return;
        }
        let Some(norm) = crate::text::normalise_phrase(alias) else {
            return;
        };
        let norm = norm.trim().to_string();
        let words = norm.split(' ').count();
        let Some(first) = norm.chars().next() else { return };
        let i = self.entries.len();
        self.entries.push((norm, payload));
        self.buckets.entry((first, words)).or_default().push(i);
    }

    /// Best alias for `candidate` (normalised, `words` words) scoring at least `threshold`,
    /// with its payload and score. Candidates shorter than `min_len` characters never match.
    pub fn best(&self, candidate: &str, words: usize, threshold: f64, min_len: usize) -> Option<(u32, f64)> {
        if candidate.chars().count() < min_len {
            return None;
        }
        let cacheable = candidate.len() <= CACHE_KEY_BYTES;
        if cacheable {
            let key = (self.id, candidate.to_string());
            if let Some(hit) = CACHE.with(|c| c.borrow().get(&key).copied()) {
                return hit;
            }
        }
        let first = candidate.chars().next()?;
        let mut best: Option<(u32, f64)> = None;
        let len = candidate.chars().count();
        if let Some(bucket) = self.buckets.get(&(first, words)) {
            for &i in bucket {
                let (alias, payload) = &self.entries[i];
                // a variant spelling has about the same length and no extra compound part
                // ("Moscow-based" is not "Moscow")
                let alen = alias.chars().count();
                if len.min(alen) * 5 < len.max(alen) * 4 || candidate.contains('-') != alias.contains('-') {
                    continue;
                }
                let score = strsim::jaro_winkler(candidate, alias);
                if score >= threshold && best.is_none_or(|(_, s)| score > s) {
                    best = Some((*payload, score));
                }
            }
        }
        if cacheable {
            CACHE.with(|c| {
                let mut c = c.borrow_mut();
                if c.len() >= CACHE_ENTRIES {
                    c.clear();
                }
                c.insert((self.id, candidate.to_string()), best);
            });
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue_7_a_giant_candidate_is_answered_but_not_cached() {
        let mut f = FuzzyIndex::default();
        f.add("Luhansk", 2);
        let giant = "l".repeat(5000);
        assert_eq!(f.best(&giant, 1, 0.9, 5), None);
        assert!(CACHE.with(|c| c.borrow().keys().all(|(_, k)| k.len() <= CACHE_KEY_BYTES)));
        assert_eq!(f.best("lugansk", 1, 0.9, 5).map(|b| b.0), Some(2));
    }

    #[test]
    fn transliteration_variants_match() {
        let mut f = FuzzyIndex::default();
        f.add("Andriy Yusov", 1);
        f.add("Luhansk", 2);
        f.add("Ukrainska Pravda", 3);
        assert_eq!(f.best("andrey yusov", 2, 0.9, 5).map(|b| b.0), Some(1));
        assert_eq!(f.best("lugansk", 1, 0.9, 5).map(|b| b.0), Some(2));
        assert_eq!(f.best("ukrainskaya pravda", 2, 0.9, 5).map(|b| b.0), Some(3));
        assert_eq!(f.best("lviv", 1, 0.9, 5), None);
    }
}
