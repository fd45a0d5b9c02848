//! Tokens with byte spans, and the normalised form every rule phrase is matched against.
//!
//! All matching in counterclaim (source aliases, places, speech cues, claim phrases) runs on a
//! normalised copy of a sentence: its tokens, lower-cased, with typographic apostrophes, quotes
//! and dashes folded to ASCII, joined by single spaces and framed by a space on each side
//! (`" russia 's defence ministry said "`). A phrase compiled the same way (`" said "`) can then
//! only match whole tokens, whatever the whitespace (no-break spaces, line breaks) or the quote
//! style in the article. Each token remembers its byte span in the original file, so a match is
//! mapped back to exact offsets.
//!
//! This module knows nothing about the war or about English words; it only splits text.

/// What a token is, as far as punctuation-level structure goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Letters (and digits) with internal hyphens or apostrophes: `Il-76s`, `so-called`, `U.S.`.
    Word,
    /// Digits with internal separators: `1,000`, `13:03`, `2.5`.
    Number,
    /// The possessive clitic split from its word: the `'s` of `Russia's`.
    Possessive,
    /// A double quotation mark, straight or curly.
    Quote,
    /// Any other single punctuation character (comma, colon, dash, bracket, single quote...).
    Punct,
}

/// One token: its kind, byte span in the original text and span in [`Tokens::norm`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Kind of token.
    pub kind: TokKind,
    /// Byte offset of the first byte in the original text.
    pub start: usize,
    /// Byte offset one past the last byte in the original text.
    pub end: usize,
    /// Start of this token's normalised form inside [`Tokens::norm`].
    pub norm_start: u32,
    /// End of this token's normalised form inside [`Tokens::norm`].
    pub norm_end: u32,
    /// Whether the token starts with an upper-case letter in the original text.
    pub cap: bool,
}

/// A tokenised piece of text together with its normalised, space-framed form.
#[derive(Debug, Clone, Default)]
pub struct Tokens {
    /// `" tok tok tok "`: normalised tokens joined by single spaces, with a space at each end.
    pub norm: String,
    /// The tokens, in order.
    pub toks: Vec<Token>,
}

impl Tokens {
    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// Whether there are no tokens.
    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    /// Normalised text of token `i`.
    pub fn word(&self, i: usize) -> &str {
        let t = &self.toks[i];
        &self.norm[t.norm_start as usize..t.norm_end as usize]
    }

    /// Index of the token whose normalised form starts at byte `pos` of [`Tokens::norm`].
    pub fn token_at_norm(&self, pos: usize) -> Option<usize> {
        self.toks.binary_search_by_key(&(pos as u32), |t| t.norm_start).ok()
    }

    /// Original-text byte span covered by tokens `a..b` (b exclusive, a < b).
    pub fn span(&self, a: usize, b: usize) -> (usize, usize) {
        (self.toks[a].start, self.toks[b - 1].end)
    }

    /// Normalised text of tokens `a..b`, joined by spaces.
    pub fn words(&self, a: usize, b: usize) -> &str {
        if a >= b {
            return "";
        }
        &self.norm[self.toks[a].norm_start as usize..self.toks[b - 1].norm_end as usize]
    }
}

/// Split `text` (which starts at byte `base` of its file) into tokens.
///
/// Offsets in the result are `base + offset in text`, so tokens of a sentence point into the
/// whole file. Never panics, whatever the input.
pub fn tokenize(text: &str, base: usize) -> Tokens {
    if text.is_ascii() {
        tokenize_ascii(text, base)
    } else {
        tokenize_chars(text, base)
    }
}

fn empty_tokens(text: &str) -> Tokens {
    // the normalised text is the sentence's plus a space before each punctuation mark and
    // possessive set against a word: room for two bytes more than the sentence was outgrown by
    // any sentence ending in a full stop, and the text reallocated while it was written; a
    // quarter more is seldom outgrown
    let mut out = Tokens {
        norm: String::with_capacity(text.len() + text.len() / 4 + 8),
        toks: Vec::with_capacity(text.len() / 4 + 4),
    };
    out.norm.push(' ');
    out
}

/// Most sentences: a character is a byte. The same rules as [`split_tokens`], written for bytes:
/// decoding and testing characters was a tenth of tokenising (472 → 421 M instructions over
/// 1,000 articles). A rule changed in one must be changed in the other:
/// `ascii_text_splits_as_decoded_text` compares the two on random text.
fn tokenize_ascii(text: &str, base: usize) -> Tokens {
    let mut out = empty_tokens(text);
    let bytes = text.as_bytes();
    let n = bytes.len();
    // byte `i`, a space past the end
    let at = |i: usize| -> u8 { bytes.get(i).copied().unwrap_or(b' ') };
    let alnum = |i: usize| at(i).is_ascii_alphanumeric();
    let alpha = |i: usize| at(i).is_ascii_alphabetic();
    let digit = |i: usize| at(i).is_ascii_digit();
    let apostrophe = |b: u8| b == b'\'' || b == b'`';
    // the `s` of a possessive 's at byte `k`: no letter or digit after it
    let possessive_s = |k: usize| matches!(at(k), b's' | b'S') && !alnum(k + 1);
    let mut i = 0;
    while i < n {
        let c = bytes[i];
        // whitespace and control characters
        if c <= b' ' || c == 0x7f {
            i += 1;
            continue;
        }
        let start = i;
        let kind;
        // whether the token has a backtick, which normalises to an apostrophe: only as its
        // first byte or as an inner apostrophe
        let mut backtick = c == b'`';
        if c.is_ascii_alphanumeric() {
            let mut j = i + 1;
            let mut all_digits = c.is_ascii_digit();
            loop {
                let d = at(j);
                if d.is_ascii_alphanumeric() {
                    all_digits &= d.is_ascii_digit();
                    j += 1;
                    continue;
                }
                match d {
                    // digit groups and times: 1,000 / 2.5 / 13:03
                    b',' | b'.' | b':' if all_digits && digit(j + 1) && digit(j - 1) => {
                        j += 1;
                        continue;
                    }
                    // internal hyphen: so-called, Il-76s, U.S.-made
                    b'-' if alnum(j + 1) && (alnum(j - 1) || at(j - 1) == b'.') => {
                        all_digits = false;
                        j += 1;
                        continue;
                    }
                    // internal apostrophe, but not the possessive 's
                    d if apostrophe(d) && alpha(j + 1) && alpha(j - 1) && !possessive_s(j + 1) => {
                        backtick |= d == b'`';
                        j += 1;
                        continue;
                    }
                    // a name's closing plus: Exilenova+
                    b'+' if alpha(j - 1) && !alnum(j + 1) && at(j + 1) != b'+' => {
                        j += 1;
                        break;
                    }
                    // dotted initialisms: U.S. / a.m.
                    b'.' if alpha(j - 1) && (j - 1 == start || (j >= 2 && at(j - 2) == b'.')) => {
                        if alpha(j + 1) && at(j + 2) == b'.' {
                            all_digits = false;
                            j += 2;
                            continue;
                        }
                        if j - 1 > start {
                            j += 1;
                            continue;
                        }
                    }
                    _ => {}
                }
                break;
            }
            kind = if all_digits { TokKind::Number } else { TokKind::Word };
            i = j;
        } else if apostrophe(c) && possessive_s(i + 1) && i > 0 && alnum(i - 1) {
            kind = TokKind::Possessive;
            i += 2;
        } else {
            kind = if c == b'"' { TokKind::Quote } else { TokKind::Punct };
            i += 1;
        }
        push_token(
            &mut out,
            text,
            base,
            (start, i.min(n)),
            kind,
            c.is_ascii_uppercase(),
            !backtick,
        );
    }
    out
}

/// Any text: characters decoded once, with their byte offsets.
fn tokenize_chars(text: &str, base: usize) -> Tokens {
    let mut out = empty_tokens(text);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let at = |i: usize| -> char { chars.get(i).map_or(' ', |c| c.1) };
    let pos = |i: usize| -> usize { chars.get(i).map_or(text.len(), |c| c.0) };
    split_tokens(text, base, n, at, pos, &mut out);
    out
}

/// The tokenizer proper, over `n` characters of `text`: `at(i)` is character `i` (a space past
/// the end), `pos(i)` its byte offset (`text.len()` past the end).
fn split_tokens(
    text: &str,
    base: usize,
    n: usize,
    at: impl Fn(usize) -> char,
    pos: impl Fn(usize) -> usize,
    out: &mut Tokens,
) {
    let mut i = 0;
    while i < n {
        let c = at(i);
        if is_between_tokens(c) {
            i += 1;
            continue;
        }
        let start = i;
        let kind;
        if c.is_alphanumeric() {
            let starts_digit = c.is_ascii_digit();
            let mut j = i + 1;
            let mut all_digits = starts_digit;
            loop {
                let d = at(j);
                if d.is_alphanumeric() {
                    all_digits &= d.is_ascii_digit();
                    j += 1;
                    continue;
                }
                // Digit groups and times: 1,000 / 2.5 / 13:03.
                if all_digits
                    && matches!(d, ',' | '.' | ':')
                    && at(j + 1).is_ascii_digit()
                    && at(j - 1).is_ascii_digit()
                {
                    j += 1;
                    continue;
                }
                // Internal hyphen: so-called, Il-76s, anti-air, U.S.-made.
                if matches!(d, '-' | '\u{2011}')
                    && at(j + 1).is_alphanumeric()
                    && (at(j - 1).is_alphanumeric() || at(j - 1) == '.')
                {
                    all_digits = false;
                    j += 1;
                    continue;
                }
                // Internal apostrophe (o'clock, don't) but not the possessive 's.
                if is_apostrophe(d) && at(j + 1).is_alphabetic() && at(j - 1).is_alphabetic() {
                    let possessive = matches!(at(j + 1), 's' | 'S') && !at(j + 2).is_alphanumeric();
                    if !possessive {
                        j += 1;
                        continue;
                    }
                }
                // A name's closing plus: Exilenova+, Disney+.
                if d == '+' && at(j - 1).is_alphabetic() && !at(j + 1).is_alphanumeric() && at(j + 1) != '+' {
                    j += 1;
                    break;
                }
                // Dotted initialisms: U.S. / a.m. (single letters separated by dots).
                let single_letter_before =
                    at(j - 1).is_alphabetic() && (j - 1 == start || (j >= 2 && at(j - 2) == '.'));
                if d == '.' && single_letter_before {
                    if at(j + 1).is_alphabetic() && at(j + 2) == '.' {
                        all_digits = false;
                        j += 2;
                        continue;
                    }
                    if j - 1 > start {
                        // the closing dot of U.S.
                        j += 1;
                        continue;
                    }
                }
                break;
            }
            kind = if all_digits { TokKind::Number } else { TokKind::Word };
            i = j;
        } else if is_apostrophe(c)
            && matches!(at(i + 1), 's' | 'S')
            && !at(i + 2).is_alphanumeric()
            && i > 0
            && at(i - 1).is_alphanumeric()
        {
            kind = TokKind::Possessive;
            i += 2;
        } else if matches!(c, '"' | '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{ab}' | '\u{bb}') {
            kind = TokKind::Quote;
            i += 1;
        } else {
            kind = TokKind::Punct;
            i += 1;
        }
        push_token(out, text, base, (pos(start), pos(i)), kind, c.is_uppercase(), false);
    }
}

/// Append the token `text[s..e]` to `out`: its normalised form, then the token with its spans.
/// `plain` says the token is known to be ASCII without a backtick, so that it is only lowercased
/// (the ASCII tokenizer knows; looking for a backtick in every token was 1 % of analysing an
/// article). Inlined into both tokenizers: as a call, with the check of each token for ASCII,
/// it cost 0.9 % of analysing an article.
#[inline(always)]
fn push_token(
    out: &mut Tokens,
    text: &str,
    base: usize,
    (s, e): (usize, usize),
    kind: TokKind,
    cap: bool,
    plain: bool,
) {
    let norm_start = out.norm.len() as u32;
    let piece = &text[s..e];
    if plain || (piece.is_ascii() && !piece.contains('`')) {
        // most tokens: what `push_norm` does to an ASCII character that is not whitespace (a
        // token has none) and not a backtick, a whole token at a time
        out.norm.push_str(piece);
        out.norm[norm_start as usize..].make_ascii_lowercase();
    } else {
        for ch in piece.chars() {
            push_norm(&mut out.norm, ch);
        }
    }
    let norm_end = out.norm.len() as u32;
    out.norm.push(' ');
    out.toks.push(Token {
        kind,
        start: base + s,
        end: base + e,
        norm_start,
        norm_end,
        cap,
    });
}

/// Whether `c` separates tokens and is never part of one: whitespace, control characters and
/// the byte order mark.
pub fn is_between_tokens(c: char) -> bool {
    c.is_whitespace() || c.is_control() || c == '\u{feff}'
}

/// Whether `text` has at least one token: anything but whitespace, control characters and byte
/// order marks. Stages index the tokens of a sentence, so a sentence must have one.
pub fn has_tokens(text: &str) -> bool {
    !text.chars().all(is_between_tokens)
}

/// Cut `text` into pieces of at most `max` bytes (at least 4), for work that must stay bounded
/// whatever the input. A piece ends before the last whitespace that fits, or at a character
/// boundary when there is none; whitespace at a cut belongs to no piece, and no other byte is
/// left out. Returns byte spans into `text`, in order, never empty.
pub fn bounded_pieces(text: &str, max: usize) -> Vec<(usize, usize)> {
    let max = max.max(4);
    let mut out = Vec::new();
    let mut s = 0;
    let e = text.len();
    while e - s > max {
        let mut limit = s + max;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let window = &text[s..limit];
        let cut = match window.rfind(char::is_whitespace) {
            Some(w) if !window[..w].trim_end().is_empty() => s + window[..w].trim_end().len(),
            _ => limit,
        };
        out.push((s, cut));
        s = cut + (text[cut..].len() - text[cut..].trim_start().len());
    }
    if e > s {
        out.push((s, e));
    }
    out
}

/// Whether `c` is an apostrophe or a single quotation mark used as one.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02bc}' | '`' | '\u{b4}')
}

fn push_norm(out: &mut String, ch: char) {
    match ch {
        '\u{2019}' | '\u{2018}' | '\u{02bc}' | '`' | '\u{b4}' => out.push('\''),
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{ab}' | '\u{bb}' => out.push('"'),
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' => out.push('-'),
        c if c.is_whitespace() => out.push('_'),
        c => {
            for l in c.to_lowercase() {
                out.push(l);
            }
        }
    }
}

/// Normalise a rule phrase the way article text is normalised: `"Russia’s  MoD"` →
/// `" russia 's mod "`. Returns `None` when the phrase has no tokens.
pub fn normalise_phrase(phrase: &str) -> Option<String> {
    // most phrases are words of letters and digits with one space between them, which the
    // tokenizer would only lowercase and frame with spaces: tokenising the 29,000 phrases of the
    // default rules was a sixth of loading them
    if plain_words(phrase) {
        let mut norm = String::with_capacity(phrase.len() + 2);
        norm.push(' ');
        norm.push_str(phrase);
        norm.make_ascii_lowercase();
        norm.push(' ');
        return Some(norm);
    }
    normalise_tokenized(phrase)
}

/// [`normalise_phrase`] of any phrase, through the tokenizer.
fn normalise_tokenized(phrase: &str) -> Option<String> {
    // a phrase's part after `...` may open with the possessive ("dismissed ... 's claims"),
    // which the tokenizer takes for one only after a word: without this it is a quote and an `s`,
    // and never matches
    for apostrophe in ['\'', '\u{2019}'] {
        let rest = phrase
            .trim_start()
            .strip_prefix(apostrophe)
            .and_then(|r| r.strip_prefix(['s', 'S']));
        if let Some(rest) = rest.filter(|r| r.starts_with(char::is_whitespace)) {
            return Some(match normalise_tokenized(rest) {
                Some(n) => format!(" 's{n}"),
                None => " 's ".to_string(),
            });
        }
    }
    let t = tokenize(phrase, 0);
    if t.is_empty() {
        None
    } else {
        Some(t.norm)
    }
}

/// Whether `phrase` is ASCII letters and digits in words set apart by single spaces, with none
/// at the ends: text every token of which is a whole word the tokenizer leaves as it is.
fn plain_words(phrase: &str) -> bool {
    let mut after_space = true;
    phrase.bytes().all(|b| {
        let space = b == b' ';
        let ok = if space { !after_space } else { b.is_ascii_alphanumeric() };
        after_space = space;
        ok
    }) && !after_space
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        let t = tokenize(s, 0);
        (0..t.len()).map(|i| t.word(i).to_string()).collect()
    }

    #[test]
    fn possessive_is_split_from_its_word() {
        assert_eq!(
            words("Russia’s defence ministry"),
            ["russia", "'s", "defence", "ministry"]
        );
        assert_eq!(words("Moscow's mayor"), ["moscow", "'s", "mayor"]);
        // a phrase part that opens with the possessive ("dismissed ... 's claims") keeps it
        assert_eq!(normalise_phrase("'s claims").as_deref(), Some(" 's claims "));
        assert_eq!(normalise_phrase("\u{2019}s claims").as_deref(), Some(" 's claims "));
        assert_eq!(
            normalise_phrase("Moscow's claims").as_deref(),
            Some(" moscow 's claims ")
        );
    }

    #[test]
    fn hyphens_numbers_and_initialisms_stay_whole() {
        assert_eq!(
            words("two Il-76s, 1,000 days at 13:03 GMT"),
            ["two", "il-76s", ",", "1,000", "days", "at", "13:03", "gmt"]
        );
        assert_eq!(
            words("the so-called U.S.-made bombs"),
            ["the", "so-called", "u.s.-made", "bombs"]
        );
        assert_eq!(words("the U.S. said"), ["the", "u.s.", "said"]);
    }

    #[test]
    fn a_closing_plus_belongs_to_the_name() {
        // a channel's name, not a plus sign: the speaker phrase must not stop at it
        assert_eq!(words("Exilenova+, a channel"), ["exilenova+", ",", "a", "channel"]);
        assert_eq!(
            words("18+ and C++ and a+b"),
            ["18", "+", "and", "c", "+", "+", "and", "a", "+", "b"]
        );
    }

    #[test]
    fn curly_quotes_and_dashes_are_folded() {
        let t = tokenize("“No-one was injured” — he said", 0);
        assert_eq!(t.norm, " \" no-one was injured \" - he said ");
        assert_eq!(t.toks[0].kind, TokKind::Quote);
    }

    #[test]
    fn spans_point_into_the_original_bytes() {
        let text = "Gusev\u{a0}said “hi”";
        let t = tokenize(text, 100);
        assert_eq!(t.toks[1].start, 100 + "Gusev\u{a0}".len());
        assert_eq!(&text[t.toks[1].start - 100..t.toks[1].end - 100], "said");
        assert!(t.toks[0].cap && !t.toks[1].cap);
        assert_eq!(t.token_at_norm(t.toks[1].norm_start as usize), Some(1));
    }

    #[test]
    fn bounded_pieces_cut_at_whitespace_and_keep_every_other_byte() {
        assert_eq!(bounded_pieces("aaa bbb ccc", 8), [(0, 7), (8, 11)]);
        assert_eq!(bounded_pieces("aaaaaaaaaa", 4), [(0, 4), (4, 8), (8, 10)]);
        assert_eq!(bounded_pieces("жжж", 4), [(0, 4), (4, 6)]);
        assert_eq!(bounded_pieces("", 4), []);
        assert_eq!(bounded_pieces("short", 100), [(0, 5)]);
    }

    proptest::proptest! {
        /// The ASCII shortcut of `tokenize` normalises exactly as `push_norm` does.
        #[test]
        fn every_token_is_normalised_character_by_character(
            text in "([A-Za-z0-9`'’.,:\\-–“” ]|Ж|É|\u{a0}){0,40}"
        ) {
            let t = tokenize(&text, 0);
            let mut expected = String::from(" ");
            for tok in &t.toks {
                for ch in text[tok.start..tok.end].chars() {
                    push_norm(&mut expected, ch);
                }
                expected.push(' ');
            }
            proptest::prop_assert_eq!(t.norm, expected);
        }

        /// ASCII text is split by bytes exactly as any text is split by characters.
        #[test]
        fn ascii_text_splits_as_decoded_text(text in "([A-Za-z0-9`'.,:;!?()+\\-\" \n\t\u{b}\u{7f}\u{1}]|'s|s|U\\.S\\.|1,0|\\+\\+){0,60}") {
            let fast = tokenize_ascii(&text, 7);
            let slow = tokenize_chars(&text, 7);
            proptest::prop_assert_eq!(&fast.norm, &slow.norm);
            proptest::prop_assert_eq!(&fast.toks, &slow.toks);
        }

        /// A phrase of plain words is normalised as the tokenizer would normalise it (`'s`, the
        /// punctuation and the odd spaces send the text the tokenizer's way).
        #[test]
        fn plain_phrases_are_normalised_as_tokenized(phrase in "([A-Za-z0-9 ]|'s|s|  |\\.|-|\u{a0}|É){0,30}") {
            proptest::prop_assert_eq!(normalise_phrase(&phrase), normalise_tokenized(&phrase));
        }
    }

    #[test]
    fn scare_quote_apostrophes_are_punctuation() {
        assert_eq!(words("the ‘Typhoon’ plant"), ["the", "'", "typhoon", "'", "plant"]);
        assert_eq!(words("the forces’ chief"), ["the", "forces", "'", "chief"]);
    }
}
