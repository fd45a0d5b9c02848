//! Phrase matching over whole words: a trie keyed by word, walked token by token.
//!
//! Every rule phrase matches whole tokens of the normalised text (see [`crate::text`]), so the
//! matches of a phrase list are exactly the runs of tokens that spell a phrase. Looking each
//! token up once in the vocabulary of the phrases and walking a word-keyed trie from every token
//! finds them in a few hash probes per token; a byte automaton over the normalised text
//! (Aho-Corasick in overlapping mode) did the same work a byte at a time and cost about half of
//! lexing. A phrase whose last word ends in `*` matches any token starting with that word; there
//! are few, so they are kept beside the trie node they hang from and compared directly.
//!
//! A match is reported as the tokens it covers, first to last (scare quotes inside a phrase
//! included), which is what the lexicon's hits are.

use rustc_hash::FxHashMap;

use crate::text::{TokKind, Tokens};

/// No word: a token that is in no phrase, or no node.
const NONE: u32 = u32::MAX;

#[derive(Debug, Clone, Default)]
struct Node {
    /// Patterns that end at this node.
    ends: Vec<u32>,
    /// Patterns whose last word is a prefix (`injur*`) hanging from this node: (prefix, pattern).
    prefixes: Vec<(Box<str>, u32)>,
}

/// Normalised patterns (`" russia 's mod "`, or `" injur"` for `injur*`) compiled for
/// [`WordTrie::find`].
#[derive(Debug, Clone)]
pub struct WordTrie {
    /// Every whole word of a pattern, numbered.
    vocab: FxHashMap<Box<str>, u32>,
    /// Child of the root for each word (most walks stop here, so no hash probe).
    root: Vec<u32>,
    /// Child of (node, word) below the root.
    edges: FxHashMap<(u32, u32), u32>,
    nodes: Vec<Node>,
}

impl Default for WordTrie {
    /// A trie with no pattern yet: only the root.
    fn default() -> Self {
        WordTrie {
            vocab: FxHashMap::default(),
            root: Vec::new(),
            edges: FxHashMap::default(),
            nodes: vec![Node::default()],
        }
    }
}

/// One pattern found: its index and the tokens it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    /// Index of the pattern in the list given to [`WordTrie::new`], or the number given to
    /// [`WordTrie::insert`].
    pub pattern: usize,
    /// The first token covered.
    pub first: usize,
    /// The last token covered (the one the prefix is part of, for a prefix pattern).
    pub last: usize,
}

impl WordTrie {
    /// Compile `patterns`, each normalised and framed as described in the module documentation;
    /// `prefix[i]` says whether pattern `i` ends in a word prefix.
    pub fn new(patterns: &[&str], prefix: &[bool]) -> WordTrie {
        let mut trie = WordTrie::default();
        for (p, (pattern, &is_prefix)) in patterns.iter().zip(prefix).enumerate() {
            trie.insert(pattern, is_prefix, p as u32);
        }
        trie
    }

    /// Add `pattern` (framed as for [`WordTrie::new`]) as pattern number `p`. Patterns may be
    /// added in any order of their numbers: a match reports the number, whatever the order.
    pub fn insert(&mut self, pattern: &str, is_prefix: bool, p: u32) {
        // the words are walked as they are split, with the last one looked ahead at: a list of
        // them made for each of the 29,000 patterns of the default rules was a sixth of building
        // the trie (62 → 52 M instructions)
        let mut words = pattern.split(' ').filter(|w| !w.is_empty()).peekable();
        let mut node = 0u32;
        while let Some(w) = words.next() {
            if is_prefix && words.peek().is_none() {
                self.nodes[node as usize].prefixes.push((w.into(), p));
                return;
            }
            let id = self.word_id(w);
            node = self.child_or_insert(node, id);
        }
        if node != 0 {
            self.nodes[node as usize].ends.push(p);
        }
    }

    fn word_id(&mut self, w: &str) -> u32 {
        // looked up before a key is made: most words of most patterns are already known
        if let Some(&id) = self.vocab.get(w) {
            return id;
        }
        let id = self.vocab.len() as u32;
        self.vocab.insert(w.into(), id);
        self.root.push(NONE);
        id
    }

    fn child_or_insert(&mut self, node: u32, word: u32) -> u32 {
        if let Some(c) = self.child(node, word) {
            return c;
        }
        let c = self.nodes.len() as u32;
        self.nodes.push(Node::default());
        if node == 0 {
            self.root[word as usize] = c;
        } else {
            self.edges.insert((node, word), c);
        }
        c
    }

    fn child(&self, node: u32, word: u32) -> Option<u32> {
        if word == NONE {
            return None;
        }
        let c = if node == 0 {
            self.root[word as usize]
        } else {
            self.edges.get(&(node, word)).copied().unwrap_or(NONE)
        };
        (c != NONE).then_some(c)
    }

    /// Every occurrence of every pattern in `tokens`, overlapping ones included, in no
    /// particular order.
    pub fn find(&self, tokens: &Tokens, mut found: impl FnMut(Found)) {
        let n = tokens.len();
        if n == 0 || self.nodes.len() == 1 && self.nodes[0].prefixes.is_empty() {
            return;
        }
        let ids: Vec<u32> = (0..n)
            .map(|i| self.vocab.get(tokens.word(i)).copied().unwrap_or(NONE))
            .collect();
        for i in 0..n {
            let mut node = 0u32;
            for (j, (t, &id)) in tokens.toks.iter().zip(&ids).enumerate().skip(i) {
                // scare quotes inside a phrase do not break it: sites where "terrorist acts"
                // were being prepared
                if node != 0 && t.kind == TokKind::Quote {
                    continue;
                }
                let word = &tokens.norm[t.norm_start as usize..t.norm_end as usize];
                for (pre, p) in &self.nodes[node as usize].prefixes {
                    if word.starts_with(&**pre) {
                        found(Found {
                            pattern: *p as usize,
                            first: i,
                            last: j,
                        });
                    }
                }
                match self.child(node, id) {
                    Some(c) => node = c,
                    None => break,
                }
                for p in &self.nodes[node as usize].ends {
                    found(Found {
                        pattern: *p as usize,
                        first: i,
                        last: j,
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    /// The bytes of [`Tokens::norm`] the tokens of `f` cover, as its pattern would: from the
    /// space before the first token to the space after the last, or to the end of the prefix.
    fn byte_span(toks: &Tokens, f: &Found, pattern: &str, prefix: bool) -> (usize, usize) {
        let start = toks.toks[f.first].norm_start as usize - 1;
        let last = &toks.toks[f.last];
        let end = if prefix {
            last.norm_start as usize + pattern.rsplit(' ').next().unwrap_or("").len()
        } else {
            last.norm_end as usize + 1
        };
        (start, end)
    }

    fn spans(patterns: &[&str], prefix: &[bool], text: &str) -> Vec<(usize, String)> {
        let trie = WordTrie::new(patterns, prefix);
        let toks = tokenize(text, 0);
        let mut out = Vec::new();
        trie.find(&toks, |f| {
            let (s, e) = byte_span(&toks, &f, patterns[f.pattern], prefix[f.pattern]);
            out.push((f.pattern, toks.norm[s..e].to_string()));
        });
        out.sort();
        out
    }

    /// What `patterns` find in `text`: (pattern, the normalised text it covers), sorted.
    fn finds(patterns: &[&str], prefix: &[bool], text: &str, expected: &[(usize, &str)]) {
        let expected: Vec<(usize, String)> = expected.iter().map(|&(p, t)| (p, t.to_string())).collect();
        assert_eq!(spans(patterns, prefix, text), expected);
    }

    #[test]
    fn whole_words_only_and_overlaps_kept() {
        finds(
            &[" drone ", " drone strike ", " strike ", " drones "],
            &[false; 4],
            "A drone strike, then drones.",
            &[(0, " drone "), (1, " drone strike "), (2, " strike "), (3, " drones ")],
        );
    }

    #[test]
    fn a_prefix_word_matches_any_ending() {
        finds(
            &[" injur", " were injur", " injured "],
            &[true, true, false],
            "Two were injured; one injury.",
            &[(0, " injur"), (0, " injur"), (1, " were injur"), (2, " injured ")],
        );
    }

    #[test]
    fn quotation_marks_inside_a_phrase_are_passed_over() {
        // the span runs over the quote; a phrase cannot start at one
        finds(
            &[" where terrorist acts ", " terrorist "],
            &[false, false],
            "sites where \"terrorist acts\" were",
            &[(0, " where \" terrorist acts "), (1, " terrorist ")],
        );
    }

    #[test]
    fn nothing_to_find_in_nothing() {
        assert!(spans(&[], &[], "Drones.").is_empty());
        assert!(spans(&[" drone "], &[false], "").is_empty());
    }

    /// Every occurrence of every pattern string in the normalised text, found the slow way.
    fn brute_force(patterns: &[String], toks: &Tokens) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        for (p, pat) in patterns.iter().enumerate() {
            for start in 0..toks.norm.len() {
                if toks.norm[start..].starts_with(pat.as_str()) {
                    out.push((p, start, start + pat.len()));
                }
            }
        }
        out.sort_unstable();
        out
    }

    proptest::proptest! {
        /// The trie finds exactly the occurrences of the pattern strings in the normalised
        /// text (what a byte automaton in overlapping mode reports).
        #[test]
        fn finds_what_a_substring_search_finds(
            text in proptest::collection::vec("(drone|drones|dr|strike|s|the|'s|,|Kursk)", 0..12),
            phrases in proptest::collection::vec(
                (proptest::collection::vec("(drone|drones|dr|strike|s|the|'s|kursk)", 1..4), proptest::bool::ANY),
                0..8,
            ),
        ) {
            let patterns: Vec<String> = phrases
                .iter()
                .map(|(words, prefix)| {
                    let mut p = format!(" {} ", words.join(" "));
                    if *prefix {
                        p.pop();
                    }
                    p
                })
                .collect();
            let prefix: Vec<bool> = phrases.iter().map(|(_, p)| *p).collect();
            let refs: Vec<&str> = patterns.iter().map(String::as_str).collect();
            let trie = WordTrie::new(&refs, &prefix);
            let toks = tokenize(&text.join(" "), 0);
            let mut got = Vec::new();
            trie.find(&toks, |f| {
                let (s, e) = byte_span(&toks, &f, &patterns[f.pattern], prefix[f.pattern]);
                got.push((f.pattern, s, e));
            });
            got.sort_unstable();
            proptest::prop_assert_eq!(got, brute_force(&patterns, &toks));
        }
    }
}
