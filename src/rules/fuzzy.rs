//! Spelling-variant matching of names with strsim (Kiev/Kyiv, Andrey/Andriy, Lugansk/Luhansk).
//!
//! Exact aliases are matched by the phrase trie; this index is the fallback for capitalised
//! words that matched nothing. Candidates are bucketed by first letter and word count so one
//! lookup compares against a handful of aliases, and results are cached per thread because the
//! same names recur across a corpus. The cache is bounded: at most 100,000 entries per thread,
//! keys of at most 64 bytes.

use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};

static NEXT_INDEX_ID: AtomicU64 = AtomicU64::new(1);

/// Best match (payload, score) per index and candidate, or none.
type Cache = rustc_hash::FxHashMap<u64, rustc_hash::FxHashMap<String, Option<(u32, f64)>>>;

/// Entries the cache holds before it starts over.
const CACHE_ENTRIES: usize = 100_000;

/// Longest candidate (in bytes) the cache keeps. Names are short; a longer candidate (a 2,000-byte
/// "word" of a pathological file) is cheap to reject by length and would make the cache's memory
/// grow with the input instead of staying under `CACHE_ENTRIES` × this.
const CACHE_KEY_BYTES: usize = 64;

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(Cache::default());
}

/// How close a spelling variant must be.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FuzzyParams {
    /// Lowest Jaro-Winkler similarity.
    pub threshold: f64,
    /// Lowest normalised Levenshtein similarity.
    pub edit_similarity: f64,
    /// Shortest candidate, in characters.
    pub min_len: usize,
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
            buckets: HashMap::default(),
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

    /// Best alias for `candidate` (normalised, `words` words) scoring at least the thresholds
    /// of `params`, with its payload and Jaro-Winkler score. Candidates shorter than
    /// `params.min_len` characters never match.
    pub fn best(&self, candidate: &str, words: usize, params: FuzzyParams) -> Option<(u32, f64)> {
        let threshold = params.threshold;
        if candidate.chars().count() < params.min_len {
            return None;
        }
        let cacheable = candidate.len() <= CACHE_KEY_BYTES;
        if cacheable {
            let cached = CACHE.with(|c| c.borrow().get(&self.id).and_then(|m| m.get(candidate).copied()));
            if let Some(hit) = cached {
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
                if extends(candidate, alias) {
                    continue;
                }
                let score = strsim::jaro_winkler(candidate, alias);
                if score >= threshold
                    && best.is_none_or(|(_, s)| score > s)
                    && strsim::normalized_levenshtein(candidate, alias) >= params.edit_similarity
                    && same_last_word(candidate, alias, params)
                {
                    best = Some((*payload, score));
                }
            }
        }
        if cacheable {
            CACHE.with(|c| {
                let mut c = c.borrow_mut();
                let m = c.entry(self.id).or_default();
                if m.len() >= CACHE_ENTRIES {
                    m.clear();
                }
                m.insert(candidate.to_string(), best);
            });
        }
        best
    }
}

/// Whether one of the two is the other with two or more letters added at the end: a given name
/// and the surname made from it ("Vladimir" and "Vladimirov", "Ivan" and "Ivanov") are two
/// names, not two spellings of one (a spelling adds one letter at most: "Zelensky", "Zelenskyy").
fn extends(candidate: &str, alias: &str) -> bool {
    let (short, long) = if candidate.len() <= alias.len() {
        (candidate, alias)
    } else {
        (alias, candidate)
    };
    long.starts_with(short) && long.chars().count() >= short.chars().count() + 2
}

/// A variant of a full name keeps a variant of its last word: "Andrei Kravchenko" shares a
/// given name and a suffix with "Andriy Kovalenko" (0.90 over the whole name), but not a surname.
fn same_last_word(candidate: &str, alias: &str, params: FuzzyParams) -> bool {
    match (candidate.rsplit_once(' '), alias.rsplit_once(' ')) {
        (Some((_, c)), Some((_, a))) => {
            strsim::jaro_winkler(c, a) >= params.threshold
                && strsim::normalized_levenshtein(c, a) >= params.edit_similarity
        }
        _ => true,
    }
}

impl FuzzyIndex {
    /// The most similar alias for `candidate` (normalised, `words` words) whatever its score,
    /// for showing near misses to a rule author; not cached, not for the pipeline.
    pub fn nearest(&self, candidate: &str, words: usize) -> Option<(u32, f64, &str)> {
        let first = candidate.chars().next()?;
        self.buckets
            .get(&(first, words))?
            .iter()
            .map(|&i| {
                let (alias, payload) = &self.entries[i];
                (*payload, strsim::jaro_winkler(candidate, alias), alias.as_str())
            })
            .max_by(|x, y| x.1.total_cmp(&y.1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue_7_a_giant_candidate_is_answered_but_not_cached() {
        let mut f = FuzzyIndex::default();
        f.add("Luhansk", 2);
        let p = FuzzyParams {
            threshold: 0.9,
            edit_similarity: 0.7,
            min_len: 5,
        };
        let giant = "l".repeat(5000);
        assert_eq!(f.best(&giant, 1, p), None);
        assert!(CACHE.with(|c| c
            .borrow()
            .values()
            .all(|m| m.keys().all(|k| k.len() <= CACHE_KEY_BYTES))));
        assert_eq!(f.best("lugansk", 1, p).map(|b| b.0), Some(2));
    }

    #[test]
    fn transliteration_variants_match() {
        let mut f = FuzzyIndex::default();
        f.add("Andriy Yusov", 1);
        f.add("Luhansk", 2);
        f.add("Ukrainska Pravda", 3);
        f.add("Podolyak", 4);
        let p = FuzzyParams {
            threshold: 0.9,
            edit_similarity: 0.7,
            min_len: 5,
        };
        assert_eq!(f.best("andrey yusov", 2, p).map(|b| b.0), Some(1));
        assert_eq!(f.best("lugansk", 1, p).map(|b| b.0), Some(2));
        assert_eq!(f.best("ukrainskaya pravda", 2, p).map(|b| b.0), Some(3));
        assert_eq!(f.best("lviv", 1, p), None);
        // a shared beginning is not enough: another name, not a spelling of this one
        assert_eq!(f.best("podolsky", 1, p), None);
        // nor a shared given name and suffix: another surname
        f.add("Andriy Kovalenko", 5);
        assert_eq!(f.best("andrei kovalenko", 2, p).map(|b| b.0), Some(5));
        assert_eq!(f.best("andrei kravchenko", 2, p), None);
        // a given name is not its surname ("Vladimir Fityo" is not Vladimir Vladimirov) ...
        f.add("Vladimirov", 6);
        assert_eq!(f.best("vladimir", 1, p), None);
        // ... while a letter more or less is a spelling
        f.add("Zelenskyy", 7);
        assert_eq!(f.best("zelensky", 1, p).map(|b| b.0), Some(7));
    }
}
