//! Tokens and phrase matches of a span of text, computed once per document span and shared by
//! every stage.
//!
//! Attribution, classification and location all look at the same sentence: its tokens, and the
//! source names, places, cues, claim phrases and negations in it. Tokenising and scanning it
//! again in each stage cost most of the pipeline's time, so a [`Lexer`] (one per document) does
//! both once per span — with all phrase sets in one trie ([`crate::rules::lexicon::Lexicon`])
//! — and hands the same [`Lexed`] to every stage that asks. The answers are exactly those of
//! tokenising and scanning the span on the spot.

use std::cell::RefCell;
use std::ops::Deref;
use std::rc::Rc;

use rustc_hash::FxHashMap;

use crate::rules::lexicon::{longest_first, Hit};
use crate::rules::{RuleSet, Set};
use crate::text::{tokenize, Tokens};

/// A tokenised span with the matches of every phrase set in it.
#[derive(Debug, Clone)]
pub struct Lexed {
    toks: Tokens,
    hits: Vec<Vec<Hit>>,
}

impl Lexed {
    /// Tokenise `text` (starting at byte `base` of its file) and scan it with every set.
    pub fn new(text: &str, base: usize, rules: &RuleSet) -> Lexed {
        let toks = tokenize(text, base);
        let hits = rules.lexicon.scan(&toks);
        Lexed { toks, hits }
    }

    /// The tokens.
    pub fn tokens(&self) -> &Tokens {
        &self.toks
    }

    /// Every match of `set`, overlapping ones included (as `PhraseSet::find_all`).
    pub fn all(&self, set: Set) -> &[Hit] {
        self.hits.get(set as usize).map_or(&[], Vec::as_slice)
    }

    /// The leftmost-longest matches of `set` (as `PhraseSet::find_longest`).
    pub fn longest(&self, set: Set) -> Vec<Hit> {
        longest_first(self.all(set).to_vec())
    }
}

impl Deref for Lexed {
    type Target = Tokens;

    fn deref(&self) -> &Tokens {
        &self.toks
    }
}

/// The spans of one document already lexed. Not shared between threads: a document is analysed
/// by one thread from start to end.
pub struct Lexer<'a> {
    text: &'a str,
    rules: &'a RuleSet,
    cache: RefCell<FxHashMap<(usize, usize), Rc<Lexed>>>,
}

impl<'a> Lexer<'a> {
    /// A lexer for the document `text` (the whole file: spans are file offsets).
    pub fn new(text: &'a str, rules: &'a RuleSet) -> Self {
        Lexer {
            text,
            rules,
            cache: RefCell::new(FxHashMap::default()),
        }
    }

    /// The span `start..end` of the document, lexed (once).
    pub fn get(&self, start: usize, end: usize) -> Rc<Lexed> {
        if let Some(l) = self.cache.borrow().get(&(start, end)) {
            return Rc::clone(l);
        }
        let lexed = Rc::new(Lexed::new(&self.text[start..end], start, self.rules));
        self.cache.borrow_mut().insert((start, end), Rc::clone(&lexed));
        lexed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_are_lexed_once_and_match_a_fresh_scan() {
        let rules = crate::testkit::rules();
        let text = "Drones hit a depot in Kursk, the Kursk governor said.";
        let lexer = Lexer::new(text, rules);
        let a = lexer.get(0, text.len());
        let b = lexer.get(0, text.len());
        assert!(Rc::ptr_eq(&a, &b));
        let fresh = tokenize(text, 0);
        assert_eq!(a.tokens().norm, fresh.norm);
        assert_eq!(a.longest(Set::PlaceNames), rules.places.names.find_longest(&fresh));
        assert_eq!(
            a.all(Set::ClaimSegments),
            rules.claims.segments.find_all(&fresh).as_slice()
        );
    }
}
