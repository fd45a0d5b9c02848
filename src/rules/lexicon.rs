//! Multi-phrase matching on token boundaries, shared by every rule kind.
//!
//! A [`PhraseSet`] is compiled once when rules load: every phrase is normalised with
//! [`crate::text::normalise_phrase`] and goes into one word trie ([`super::word_trie`]). Matching a sentence
//! is a single pass over its tokens, so the cost does not grow with the number of phrases.
//! Every match is reported, overlapping ones included; callers pick the matches they want
//! (usually the longest at each position with [`longest_first`]).
//!
//! Phrase syntax understood here, for rule authors:
//! - words separated by spaces, matched case-insensitively on whole tokens;
//! - a phrase that starts with a capital letter only matches text that starts with one
//!   (`Engels` the city, not `engels`);
//! - `word*` at the end of a phrase matches any token starting with `word` (`injur*`);
//! - `(a|b)` alternatives are expanded when the rules load (`(shot|brought) down`).

use super::word_trie::{Found, WordTrie};
use crate::text::{normalise_phrase, Tokens};

/// One phrase matched in a sentence: which entry, and which tokens it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// The payload given to [`PhraseSetBuilder::add`] for the phrase that matched.
    pub payload: u32,
    /// First token covered.
    pub a: usize,
    /// One past the last token covered.
    pub b: usize,
}

#[derive(Debug, Clone)]
struct Entry {
    payload: u32,
    needs_cap: bool,
    prefix: bool,
}

/// Collects phrases before compiling them into a [`PhraseSet`].
#[derive(Debug, Default)]
pub struct PhraseSetBuilder {
    patterns: Vec<String>,
    entries: Vec<Entry>,
    texts: Vec<String>,
}

/// Why a phrase could not be added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhraseError {
    /// Nothing left after normalisation (empty or only spaces).
    Empty,
    /// Unbalanced `(`/`)` or an empty alternative.
    BadAlternatives,
    /// More than 256 variants after expanding alternatives.
    TooManyVariants,
    /// `*` somewhere else than at the end of the phrase.
    MisplacedWildcard,
    /// A regular-expression quantifier after a group (`(still )?`), which phrases do not have:
    /// it would be matched as a word, so the phrase would never fire.
    QuantifiedGroup,
}

impl std::fmt::Display for PhraseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            PhraseError::Empty => "the phrase is empty",
            PhraseError::BadAlternatives => "unbalanced `(`, `)` or an empty `|` alternative",
            PhraseError::TooManyVariants => "the `(a|b)` alternatives expand to more than 256 phrases",
            PhraseError::MisplacedWildcard => "`*` may only end the last word of a phrase",
            PhraseError::QuantifiedGroup => "a `?` or `+` after `)`: phrases are not regular expressions",
        })
    }
}

impl PhraseError {
    /// What to write instead, for a rule author.
    pub fn hint(&self) -> &'static str {
        match self {
            PhraseError::Empty => "remove the empty entry (an empty string or a phrase of punctuation only)",
            PhraseError::BadAlternatives => {
                "close every `(` with `)` and put a word between the `|`s: `(shot|brought) down`; `(a|)` makes `a` optional"
            }
            PhraseError::TooManyVariants => "split the phrase into several shorter ones",
            PhraseError::MisplacedWildcard => {
                "`injur*` matches any word starting with `injur`; a `*` inside or at the start of a phrase is not supported: drop it or list the words"
            }
            PhraseError::QuantifiedGroup => "write an optional word as `(still|)`, not `(still )?`",
        }
    }
}

impl PhraseSetBuilder {
    /// Add `phrase` (with `(a|b)` alternatives and a trailing `*` allowed) under `payload`.
    pub fn add(&mut self, phrase: &str, payload: u32) -> Result<(), PhraseError> {
        // most phrases (every segment of a claim's phrase, whose alternatives the claims
        // expanded) are one variant already written with single spaces: added as they are,
        // without the list and the copy that expanding them makes
        if spaces_collapsed(phrase) && !phrase.contains(['(', ')']) {
            return self.add_variant(phrase, payload);
        }
        for variant in expand_alternatives(phrase)? {
            self.add_variant(&variant, payload)?;
        }
        Ok(())
    }

    fn add_variant(&mut self, phrase: &str, payload: u32) -> Result<(), PhraseError> {
        let trimmed = phrase.trim();
        let prefix = trimmed.ends_with('*');
        let body = trimmed.trim_end_matches('*');
        if body.contains('*') {
            return Err(PhraseError::MisplacedWildcard);
        }
        let mut norm = normalise_phrase(body).ok_or(PhraseError::Empty)?;
        if prefix {
            norm.pop(); // drop the closing space: the last token may go on
        }
        let needs_cap = body.chars().next().is_some_and(char::is_uppercase);
        self.patterns.push(norm);
        self.texts.push(trimmed.to_string());
        self.entries.push(Entry {
            payload,
            needs_cap,
            prefix,
        });
        Ok(())
    }

    /// Number of phrases added so far (after alternative expansion).
    pub fn len(&self) -> usize {
        self.patterns.len()
    }

    /// Whether nothing was added.
    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// Compile into a matcher.
    pub fn build(self) -> PhraseSet {
        PhraseSet {
            trie: std::sync::OnceLock::new(),
            entries: self.entries,
            texts: self.texts,
            patterns: self.patterns,
        }
    }
}

/// Several phrase sets in one trie, so that a sentence is scanned once for all of them.
///
/// Every stage looks for phrases of its own sets (sources, places, cues, claims, negations...);
/// scanning a sentence once per set cost most of the pipeline's time. A `Lexicon` holds the
/// patterns of all of them, each tagged with its set, and [`Lexicon::scan`] returns each set's
/// matches exactly as that set's [`PhraseSet::find_all`] would.
#[derive(Debug, Clone)]
pub struct Lexicon {
    trie: WordTrie,
    /// (set, entry) of each pattern.
    entries: Vec<(u8, Entry)>,
    sets: usize,
}

impl Default for Lexicon {
    fn default() -> Self {
        Lexicon::build(&[])
    }
}

impl Lexicon {
    /// Combine `sets` (set `i` is `sets[i]`).
    pub fn build(sets: &[&PhraseSet]) -> Lexicon {
        let mut lexicon = Lexicon::with_sets(sets.len());
        for (i, set) in sets.iter().enumerate() {
            lexicon.add_set(i, set);
        }
        lexicon
    }

    /// A lexicon of `sets` sets, each empty until [`Lexicon::add_set`] adds it.
    pub fn with_sets(sets: usize) -> Lexicon {
        Lexicon {
            trie: WordTrie::default(),
            entries: Vec::new(),
            sets,
        }
    }

    /// Add the phrases of set number `i`. Sets may be added in any order, each once: a
    /// sentence's matches come out the same (each set's sorted as [`PhraseSet::find_all`] sorts
    /// them), so the sets compiled first can go into the trie while others are compiled.
    pub fn add_set(&mut self, i: usize, set: &PhraseSet) {
        for (p, e) in set.patterns.iter().zip(&set.entries) {
            self.trie.insert(p, e.prefix, self.entries.len() as u32);
            self.entries.push((i as u8, e.clone()));
        }
    }

    /// The matches of every set in `tokens`, one list per set, each as
    /// [`PhraseSet::find_all`] orders it.
    pub fn scan(&self, tokens: &Tokens) -> Vec<Vec<Hit>> {
        let mut out: Vec<Vec<Hit>> = vec![Vec::new(); self.sets];
        if self.entries.is_empty() || tokens.is_empty() {
            return out;
        }
        self.trie.find(tokens, |m| {
            let (set, entry) = &self.entries[m.pattern];
            if let Some(hit) = resolve(tokens, entry, &m) {
                out[*set as usize].push(hit);
            }
        });
        for hits in &mut out {
            sort_hits(hits);
        }
        out
    }
}

/// The tokens a pattern match covers, if it respects capitals.
fn resolve(tokens: &Tokens, entry: &Entry, m: &Found) -> Option<Hit> {
    if entry.needs_cap && !tokens.toks[m.first].cap {
        return None;
    }
    Some(Hit {
        payload: entry.payload,
        a: m.first,
        b: m.last + 1,
    })
}

/// The order of [`PhraseSet::find_all`]: by first token, longest first, then payload; no
/// duplicates.
fn sort_hits(hits: &mut Vec<Hit>) {
    hits.sort_unstable_by(|x, y| x.a.cmp(&y.a).then(y.b.cmp(&x.b)).then(x.payload.cmp(&y.payload)));
    hits.dedup();
}

/// A phrase that can never be the match for its own words, because another phrase of the same
/// set covers exactly those words and is preferred (see [`PhraseSet::shadowed`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shadowed {
    /// The dead phrase, as written (after `(a|b)` expansion).
    pub phrase: String,
    /// Its payload.
    pub payload: u32,
    /// The phrase that wins instead.
    pub winner: String,
    /// The winner's payload.
    pub winner_payload: u32,
}

/// A compiled set of phrases. See the module documentation for the phrase syntax.
#[derive(Debug, Clone)]
pub struct PhraseSet {
    /// Built when the set is first matched on its own: the pipeline matches every set through
    /// the [`Lexicon`], so most sets never are, and building their tries was a tenth of loading
    /// the rules.
    trie: std::sync::OnceLock<WordTrie>,
    entries: Vec<Entry>,
    texts: Vec<String>,
    /// The normalised patterns, for combining sets into a [`Lexicon`].
    patterns: Vec<String>,
}

impl Default for PhraseSet {
    fn default() -> Self {
        PhraseSetBuilder::default().build()
    }
}

impl PhraseSet {
    /// Every match in `tokens`, overlapping ones included, ordered by first token then length
    /// (longest first).
    pub fn find_all(&self, tokens: &Tokens) -> Vec<Hit> {
        let mut hits: Vec<Hit> = self.entry_hits(tokens).into_iter().map(|(_, h)| h).collect();
        sort_hits(&mut hits);
        hits
    }

    /// Phrases that never match as themselves: matching a phrase's own words, another phrase
    /// with a different payload covers exactly the same tokens and wins the tie (the lower
    /// payload wins: the rule defined first). A rule author wants to know, because the later
    /// rule silently never fires there (two places given the same alias, a `word*` prefix that
    /// swallows another source's name).
    pub fn shadowed(&self) -> Vec<Shadowed> {
        let mut out = Vec::new();
        for (i, text) in self.texts.iter().enumerate() {
            let own = self.entries[i].payload;
            let toks = crate::text::tokenize(text.trim_end_matches('*'), 0);
            let full: Vec<(usize, Hit)> = self
                .entry_hits(&toks)
                .into_iter()
                .filter(|(_, h)| h.a == 0 && h.b == toks.len())
                .collect();
            if !full.iter().any(|(e, _)| *e == i) {
                continue;
            }
            if let Some((w, hit)) = full.iter().min_by_key(|(e, h)| (h.payload, *e)) {
                if hit.payload != own {
                    out.push(Shadowed {
                        phrase: text.clone(),
                        payload: own,
                        winner: self.texts[*w].clone(),
                        winner_payload: hit.payload,
                    });
                }
            }
        }
        out
    }

    /// The set's own trie.
    fn trie(&self) -> &WordTrie {
        self.trie.get_or_init(|| {
            let patterns: Vec<&str> = self.patterns.iter().map(String::as_str).collect();
            let prefix: Vec<bool> = self.entries.iter().map(|e| e.prefix).collect();
            WordTrie::new(&patterns, &prefix)
        })
    }

    /// Every match with the index of the entry that made it, unsorted.
    fn entry_hits(&self, tokens: &Tokens) -> Vec<(usize, Hit)> {
        let mut hits = Vec::new();
        if self.entries.is_empty() || tokens.is_empty() {
            return hits;
        }
        self.trie().find(tokens, |m| {
            if let Some(hit) = resolve(tokens, &self.entries[m.pattern], &m) {
                hits.push((m.pattern, hit));
            }
        });
        hits
    }

    /// Non-overlapping matches, preferring at each position the one that starts first and then
    /// the longest (so `caused no damage` wins over `damage`).
    pub fn find_longest(&self, tokens: &Tokens) -> Vec<Hit> {
        longest_first(self.find_all(tokens))
    }
}

/// Keep the leftmost-longest non-overlapping hits from a list sorted as [`PhraseSet::find_all`]
/// returns it.
pub fn longest_first(hits: Vec<Hit>) -> Vec<Hit> {
    let mut out: Vec<Hit> = Vec::with_capacity(hits.len());
    let mut covered_to = 0usize;
    for h in hits {
        if h.a >= covered_to || out.is_empty() {
            covered_to = h.b;
            out.push(h);
        }
    }
    out
}

/// Expand `(a|b) c` into `a c`, `b c`. Nesting is not supported; it is never needed for
/// phrases and keeps the syntax readable.
pub fn expand_alternatives(phrase: &str) -> Result<Vec<String>, PhraseError> {
    // most phrases (every segment between `...`) have no alternatives
    if !phrase.contains('(') {
        if phrase.contains(')') {
            return Err(PhraseError::BadAlternatives);
        }
        let one = collapse_spaces(phrase.to_string());
        return Ok(if one.is_empty() { Vec::new() } else { vec![one] });
    }
    let mut variants = vec![String::new()];
    let mut rest = phrase;
    while let Some(open) = rest.find('(') {
        let close = rest[open..]
            .find(')')
            .map(|c| open + c)
            .ok_or(PhraseError::BadAlternatives)?;
        let inner = &rest[open + 1..close];
        if rest[close + 1..].starts_with(['?', '+']) {
            return Err(PhraseError::QuantifiedGroup);
        }
        if inner.contains('(') {
            return Err(PhraseError::BadAlternatives);
        }
        let head = &rest[..open];
        if head.contains(')') {
            return Err(PhraseError::BadAlternatives);
        }
        let options: Vec<&str> = inner.split('|').map(str::trim).collect();
        // "(a|)" makes a optional; "()" or "(|)" means nothing and is a mistake.
        if options.iter().all(|o| o.is_empty()) {
            return Err(PhraseError::BadAlternatives);
        }
        let mut next = Vec::with_capacity(variants.len() * options.len());
        for v in &variants {
            for o in &options {
                let mut n = String::with_capacity(v.len() + head.len() + o.len());
                n.push_str(v);
                n.push_str(head);
                n.push_str(o);
                next.push(n);
            }
        }
        if next.len() > 256 {
            return Err(PhraseError::TooManyVariants);
        }
        variants = next;
        rest = &rest[close + 1..];
    }
    if rest.contains(')') {
        return Err(PhraseError::BadAlternatives);
    }
    Ok(variants
        .into_iter()
        .map(|mut v| {
            v.push_str(rest);
            collapse_spaces(v)
        })
        .filter(|v| !v.is_empty())
        .collect())
}

/// Whether `s` is written as [`collapse_spaces`] would leave it, as most phrases are: ASCII, one
/// space between words, none at the ends, not empty.
fn spaces_collapsed(s: &str) -> bool {
    let mut after_space = true;
    s.bytes().all(|b| {
        let space = b == b' ';
        let ok = b.is_ascii() && (space || !char::from(b).is_whitespace()) && !(space && after_space);
        after_space = space;
        ok
    }) && !after_space
}

/// `s` with its whitespace runs made single spaces and its ends trimmed; `s` itself, not a copy,
/// when it is written so already.
fn collapse_spaces(s: String) -> String {
    if spaces_collapsed(&s) {
        return s;
    }
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn set(phrases: &[&str]) -> PhraseSet {
        let mut b = PhraseSetBuilder::default();
        for (i, p) in phrases.iter().enumerate() {
            b.add(p, i as u32).unwrap();
        }
        b.build()
    }

    #[test]
    fn a_regex_quantifier_after_a_group_is_an_error_not_a_word() {
        assert_eq!(
            expand_alternatives("(still )? fighting off"),
            Err(PhraseError::QuantifiedGroup)
        );
        assert_eq!(expand_alternatives("(a|b)+ c"), Err(PhraseError::QuantifiedGroup));
        // a trailing `*` after a group is a wildcard on each alternative, as before
        assert_eq!(expand_alternatives("(injur|wound)*").unwrap(), vec!["injur*", "wound*"]);
        assert_eq!(
            expand_alternatives("(still|) fighting off").unwrap(),
            vec!["still fighting off", "fighting off"]
        );
    }

    #[test]
    fn matches_whole_tokens_only() {
        let s = set(&["hit"]);
        assert!(s.find_all(&tokenize("the white house", 0)).is_empty());
        assert_eq!(s.find_all(&tokenize("it was hit.", 0)).len(), 1);
    }

    #[test]
    fn capitalised_phrase_needs_capital_in_text() {
        let s = set(&["Engels"]);
        assert!(s.find_all(&tokenize("engels wrote", 0)).is_empty());
        assert_eq!(
            s.find_all(&tokenize("in Engels", 0)),
            vec![Hit { payload: 0, a: 1, b: 2 }]
        );
    }

    #[test]
    fn longest_match_wins_at_a_position() {
        let s = set(&["damage", "caused no damage", "no damage"]);
        let hits = s.find_longest(&tokenize("and caused no damage.", 0));
        assert_eq!(hits, vec![Hit { payload: 1, a: 1, b: 4 }]);
    }

    #[test]
    fn prefix_wildcard_and_alternatives() {
        let s = set(&["injur*", "(shot|brought) down"]);
        let t = tokenize("two injured; drones were brought down", 0);
        let hits = s.find_longest(&t);
        assert_eq!(hits.len(), 2);
        assert_eq!((hits[0].a, hits[0].b), (1, 2));
        assert_eq!(hits[1].payload, 1);
    }

    #[test]
    fn apostrophes_match_either_style() {
        let s = set(&["Moscow's mayor"]);
        assert_eq!(s.find_all(&tokenize("Moscow’s mayor said", 0)).len(), 1);
    }

    #[test]
    fn phrases_hidden_by_an_equal_one_are_found() {
        let mut b = PhraseSetBuilder::default();
        b.add("Kursk", 0).unwrap();
        b.add("Kursk region", 0).unwrap();
        b.add("Zelensk*", 1).unwrap();
        b.add("Zelenskyy", 2).unwrap();
        b.add("KURSK", 3).unwrap();
        b.add("Kursk Oblast", 3).unwrap();
        let dead = b.build().shadowed();
        let shown: Vec<(&str, &str)> = dead.iter().map(|d| (d.phrase.as_str(), d.winner.as_str())).collect();
        assert_eq!(shown, [("Zelenskyy", "Zelensk*"), ("KURSK", "Kursk")]);
    }

    #[test]
    fn a_lexicon_finds_what_each_set_finds() {
        let a = set(&["drone", "drone strike", "Kursk"]);
        let b = set(&["strike", "kursk region", "drone"]);
        let lex = Lexicon::build(&[&a, &b]);
        let toks = tokenize("A drone strike hit the Kursk region; kursk drones.", 0);
        let both = lex.scan(&toks);
        assert_eq!(both[0], a.find_all(&toks));
        assert_eq!(both[1], b.find_all(&toks));
        assert!(!both[0].is_empty() && !both[1].is_empty());
    }

    #[test]
    fn sets_added_in_any_order_are_found_as_each_set_finds() {
        // the loader puts the claims' segments in last, after sets numbered above them
        let a = set(&["drone", "drone strike", "Kursk", "injur*"]);
        let b = set(&["strike", "kursk region", "drone"]);
        let c = set(&["drone strike hit", "the"]);
        let mut lex = Lexicon::with_sets(3);
        lex.add_set(2, &c);
        lex.add_set(0, &a);
        lex.add_set(1, &b);
        let toks = tokenize("A drone strike hit the Kursk region, injuring two; kursk drones.", 0);
        let found = lex.scan(&toks);
        assert_eq!(found, Lexicon::build(&[&a, &b, &c]).scan(&toks));
        for (i, s) in [&a, &b, &c].into_iter().enumerate() {
            assert_eq!(found[i], s.find_all(&toks));
            assert!(!found[i].is_empty());
        }
    }

    #[test]
    fn bad_alternatives_are_reported() {
        assert_eq!(expand_alternatives("(a|b"), Err(PhraseError::BadAlternatives));
        assert_eq!(expand_alternatives("a)"), Err(PhraseError::BadAlternatives));
        assert_eq!(expand_alternatives("(a|) b").unwrap(), vec!["a b", "b"]);
        // without alternatives: the phrase with its spaces collapsed, or nothing
        assert_eq!(expand_alternatives("  drone   strike ").unwrap(), vec!["drone strike"]);
        assert!(expand_alternatives("   ").unwrap().is_empty());
        assert_eq!(expand_alternatives(" (a|b)  c ").unwrap(), vec!["a c", "b c"]);
    }

    proptest::proptest! {
        /// The shortcut for a phrase already written with single spaces gives what splitting it
        /// at whitespace gives, whatever the text (tabs, vertical tabs, no-break spaces).
        #[test]
        fn collapsing_spaces_is_joining_the_words_with_one_space(s in "[ a-z\t\x0b\u{a0}\u{2003}é.]{0,12}") {
            let words: Vec<&str> = s.split_whitespace().collect();
            proptest::prop_assert_eq!(collapse_spaces(s.clone()), words.join(" "));
        }
    }
}
