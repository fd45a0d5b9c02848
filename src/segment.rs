//! Segment: paragraphs, sentences and quotations with byte spans into the original file.
//!
//! Responsible for: where sentences begin and end (abbreviations, initials, decimals, a no-break
//! space after a full stop), which spans are inside quotation marks (a quotation may run over
//! sentences and paragraphs, the way news copy continues a quote in a new paragraph), and which
//! lines are boilerplate rather than reporting (captions printed twice, "SEE ALSO:", tag junk).
//! Sub-headings like "Kazan, Tatarstan:" stay: they carry no claim but tell where the paragraphs
//! under them are.
//! Must not: decide who speaks. Every decision about words comes from the `language` rules.

use crate::input::Document;
use crate::rules::language::Language;
use crate::text::{bounded_pieces, has_tokens};

/// A paragraph: a block of lines separated from the next by a blank line, or a line that ends a
/// sentence in an article that puts each paragraph on one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// Byte offset of the first non-space byte.
    pub start: usize,
    /// Byte offset after the last non-space byte.
    pub end: usize,
    /// Why the paragraph is not reporting, if it is not.
    pub boilerplate: Option<Boilerplate>,
}

/// Why a paragraph is left out of the statements.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Boilerplate {
    /// Starts with or contains a boilerplate phrase of the rules.
    Phrase,
    /// The same text appears more than once (photo captions printed twice).
    Repeated,
}

/// One sentence of a reporting paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset after the last byte.
    pub end: usize,
    /// Index of its paragraph.
    pub para: usize,
    /// 1-based line of `start`.
    pub line: usize,
}

/// A quotation: from its opening mark (or the start of a paragraph that continues it) to its
/// closing mark (or the end of the paragraph where it stays open).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quotation {
    /// Byte offset of the opening mark, or of the paragraph start for a continued quotation.
    pub start: usize,
    /// Byte offset after the closing mark, or the end of the last paragraph it covers.
    pub end: usize,
    /// Whether an opening mark was seen (a closing-only quotation is ignored).
    pub opened: bool,
    /// Whether a closing mark was seen.
    pub closed: bool,
}

/// The segment stage's output for one document.
#[derive(Debug, Clone, Default)]
pub struct Segmented {
    /// Every paragraph of the body, boilerplate included.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences of reporting paragraphs, in order.
    pub sentences: Vec<Sentence>,
    /// Quotations, in order, not overlapping.
    pub quotations: Vec<Quotation>,
}

impl Segmented {
    /// The quotation covering byte `pos`, if any.
    pub fn quotation_at(&self, pos: usize) -> Option<usize> {
        let i = self.quotations.partition_point(|q| q.start <= pos);
        let i = i.checked_sub(1)?;
        (pos < self.quotations[i].end).then_some(i)
    }
}

/// Segment a document's body.
pub fn segment(doc: &Document, lang: &Language) -> Segmented {
    let text = &doc.text;
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let line_of = |pos: usize| line_starts.partition_point(|&s| s <= pos);
    let mut paragraphs = split_paragraphs(text, doc.body_start);
    mark_boilerplate(text, &mut paragraphs, lang);
    let quotations = find_quotations(text, &paragraphs);
    let mut sentences = Vec::new();
    for (pi, p) in paragraphs.iter().enumerate() {
        if p.boilerplate.is_some() {
            continue;
        }
        for (s, e) in split_sentences(&text[p.start..p.end], p.start, lang) {
            sentences.push(Sentence {
                start: s,
                end: e,
                para: pi,
                line: line_of(s),
            });
        }
    }
    Segmented {
        paragraphs,
        sentences,
        quotations,
    }
}

/// `text` cut after each `\n` and each `\r`, as `split_inclusive(['\n', '\r'])` cuts it, found
/// a byte at a time instead of a character at a time.
fn lines_inclusive(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let cut = rest
            .bytes()
            .position(|b| b == b'\n' || b == b'\r')
            .map_or(rest.len(), |k| k + 1);
        let (line, after) = rest.split_at(cut);
        rest = after;
        Some(line)
    })
}

fn is_blank(line: &str) -> bool {
    line.chars().all(|c| c.is_whitespace() || c == '\u{feff}')
}

fn ends_sentence(line: &str) -> bool {
    let t = line.trim_end();
    t.ends_with(['.', '!', '?', ':', '"', '\u{201d}', '\u{2019}', ')', ']', '\u{2026}'])
}

/// Split the body into paragraphs: a blank line always separates; a line break separates when
/// the line ends a sentence or the next line does not continue it in lower case.
fn split_paragraphs(text: &str, body_start: usize) -> Vec<Paragraph> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, usize)> = None;
    let mut prev_line: &str = "";
    let mut pos = body_start;
    let body = &text[body_start..];
    for raw in lines_inclusive(body) {
        let line_start = pos;
        pos += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        if is_blank(line) {
            if let Some(p) = cur.take() {
                out.push(p);
            }
            prev_line = "";
            continue;
        }
        // a byte order mark opening the file is no more part of the text than indentation
        let lead = line.len()
            - line
                .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
                .len();
        let content_start = line_start + lead;
        let content_end = line_start + line.trim_end().len();
        match cur {
            Some((s, _)) => {
                let next_lower = line.trim_start().chars().next().is_some_and(char::is_lowercase);
                let wrapped = !ends_sentence(prev_line) && (next_lower || prev_line.trim_end().chars().count() >= 60);
                if wrapped {
                    cur = Some((s, content_end));
                } else {
                    out.push(cur.take().unwrap_or((s, s)));
                    cur = Some((content_start, content_end));
                }
            }
            None => cur = Some((content_start, content_end)),
        }
        prev_line = line;
    }
    if let Some(p) = cur {
        out.push(p);
    }
    out.into_iter()
        .map(|(start, end)| Paragraph {
            start,
            end,
            boilerplate: None,
        })
        .collect()
}

fn mark_boilerplate(text: &str, paragraphs: &mut [Paragraph], lang: &Language) {
    let mut counts: rustc_hash::FxHashMap<&str, usize> = rustc_hash::FxHashMap::default();
    for p in paragraphs.iter() {
        *counts.entry(&text[p.start..p.end]).or_default() += 1;
    }
    for p in paragraphs.iter_mut() {
        let t = &text[p.start..p.end];
        if lang.boilerplate_prefixes.iter().any(|b| t.starts_with(b.as_str()))
            || lang.boilerplate_contains.iter().any(|b| t.contains(b.as_str()))
        {
            p.boilerplate = Some(Boilerplate::Phrase);
        } else if counts.get(t).copied().unwrap_or(0) > 1 {
            p.boilerplate = Some(Boilerplate::Repeated);
        }
    }
}

fn is_open_quote(c: char) -> bool {
    matches!(c, '\u{201c}' | '\u{201e}' | '\u{ab}')
}

fn is_close_quote(c: char) -> bool {
    matches!(c, '\u{201d}' | '\u{bb}')
}

/// Find quotations in reporting paragraphs. A quotation left open at the end of a paragraph
/// continues into the next when that one opens with a quotation mark (news convention), or runs
/// on without marks until a paragraph that does, at most two paragraphs later.
fn find_quotations(text: &str, paragraphs: &[Paragraph]) -> Vec<Quotation> {
    let reporting: Vec<&Paragraph> = paragraphs.iter().filter(|p| p.boilerplate.is_none()).collect();
    let mut out: Vec<Quotation> = Vec::new();
    let mut open: Option<Quotation> = None;
    let mut idx = 0;
    while idx < reporting.len() {
        let p = reporting[idx];
        let body = &text[p.start..p.end];
        if let Some(mut q) = open.take() {
            let first = body.chars().next().unwrap_or(' ');
            let has_marks = body.chars().any(|c| is_open_quote(c) || is_close_quote(c) || c == '"');
            if first == '"' || is_open_quote(first) {
                // continuation: the opening mark re-opens the same quotation
                q.end = p.end;
                open = Some(q);
                scan_paragraph(text, p, 1 + first.len_utf8() - 1, &mut open, &mut out);
                idx += 1;
                continue;
            }
            if !has_marks && continues_later(text, &reporting[idx + 1..]) {
                q.end = p.end;
                open = Some(q);
                idx += 1;
                continue;
            }
            // the quotation ends with its last paragraph
            out.push(q);
        }
        scan_paragraph(text, p, 0, &mut open, &mut out);
        idx += 1;
    }
    if let Some(q) = open {
        out.push(q);
    }
    out.retain(|q| q.opened);
    out
}

/// Whether an unmarked paragraph sits inside a quotation: one of the next two paragraphs opens
/// with a quotation mark or closes one before opening any.
fn continues_later(text: &str, next: &[&Paragraph]) -> bool {
    for p in next.iter().take(2) {
        let body = &text[p.start..p.end];
        let first = body.chars().next().unwrap_or(' ');
        if is_open_quote(first) || first == '"' {
            return true;
        }
        for c in body.chars() {
            if is_close_quote(c) {
                return true;
            }
            if is_open_quote(c) || c == '"' {
                return false;
            }
        }
    }
    false
}

/// Scan one paragraph from byte `skip` for quotation marks; an unclosed quotation stays in `open`
/// with its end at the paragraph end.
fn scan_paragraph(text: &str, p: &Paragraph, skip: usize, open: &mut Option<Quotation>, out: &mut Vec<Quotation>) {
    let body = &text[p.start..p.end];
    let bytes = body.as_bytes();
    let mut i = skip;
    while i < body.len() {
        // only `"` and the curly and angle marks (first bytes 0xE2 and 0xC2, never inside a
        // character) can open or close a quotation: the characters between are skipped a byte
        // at a time, not decoded
        match bytes[i..].iter().position(|&b| matches!(b, b'"' | 0xE2 | 0xC2)) {
            Some(next) => i += next,
            None => break,
        }
        let c = char_at(body, i);
        let prev = body[..i].chars().next_back().unwrap_or(' ');
        let at = p.start + i;
        let straight = c == '"';
        let opening = is_open_quote(c)
            || (straight
                && open.is_none()
                && (prev.is_whitespace() || matches!(prev, '(' | '[' | '-' | '\u{2014}' | ' ') || i == 0));
        let closing = is_close_quote(c) || (straight && open.is_some());
        if opening && open.is_none() {
            *open = Some(Quotation {
                start: at,
                end: p.end,
                opened: true,
                closed: false,
            });
        } else if closing {
            if let Some(mut q) = open.take() {
                q.end = at + c.len_utf8();
                q.closed = true;
                out.push(q);
            }
            // a closing mark with nothing open is ignored
        }
        i += c.len_utf8();
    }
    if let Some(q) = open.as_mut() {
        q.end = p.end;
    }
}

/// The longest sentence, in bytes, that the later stages see as one piece.
///
/// Attribution and classification compare tokens of a sentence with each other, so their cost
/// grows faster than the sentence's length. A real sentence of news copy is under 500 bytes (the
/// longest in `samples/` is 417); text with no sentence punctuation at all (a scraped table, a
/// page that lost its full stops, 10 MB on one line) would otherwise be one "sentence" as long as
/// the file. Longer sentences are cut into pieces of at most this many bytes, at the last
/// whitespace before the limit (or at a character boundary when a piece has none), so the work
/// per piece is bounded and the work per file is linear in its size. No byte is dropped: every
/// piece is a statement of its own, it merely loses a speaker named in another piece.
///
/// A constant rather than a rule-file setting: it is a resource guarantee of the program, not a
/// fact about a language, and a rule file must not be able to switch it off.
pub const MAX_SENTENCE_BYTES: usize = 2000;

/// The character starting at byte `i` of `s` (`i` must be a character boundary inside `s`).
fn char_at(s: &str, i: usize) -> char {
    s[i..].chars().next().unwrap_or(' ')
}

/// Split a paragraph into sentences; offsets are absolute.
///
/// Works on byte offsets without collecting the paragraph's characters, so a paragraph of
/// hundreds of megabytes (a file on one line) needs no memory beyond the list of sentences.
fn split_sentences(para: &str, base: usize, lang: &Language) -> Vec<(usize, usize)> {
    let n = para.len();
    let bytes = para.as_bytes();
    let mut out = Vec::new();
    let mut start = 0usize; // byte offset in para
    let mut i = 0usize;
    while i < n {
        // only `.`, `!`, `?` and `…` (whose first byte is 0xE2, never inside a character) can
        // end a sentence: the characters between are skipped a byte at a time, not decoded
        match bytes[i..].iter().position(|&b| matches!(b, b'.' | b'!' | b'?' | 0xE2)) {
            Some(skip) => i += skip,
            None => break,
        }
        let c = char_at(para, i);
        if matches!(c, '.' | '!' | '?' | '\u{2026}') {
            // extend over closing quotes/brackets and repeated punctuation
            let mut j = i + c.len_utf8();
            while j < n {
                let d = char_at(para, j);
                if !matches!(d, '.' | '!' | '?' | '"' | '\u{201d}' | '\u{2019}' | '\'' | ')' | ']') {
                    break;
                }
                j += d.len_utf8();
            }
            // need whitespace, then an upper-case letter, digit or opening mark
            let mut k = j;
            while k < n {
                let d = char_at(para, k);
                if !d.is_whitespace() {
                    break;
                }
                k += d.len_utf8();
            }
            let boundary = k > j
                && k < n
                && {
                    let nc = char_at(para, k);
                    nc.is_uppercase()
                        || nc.is_ascii_digit()
                        || is_open_quote(nc)
                        || matches!(nc, '"' | '\u{2018}' | '\'' | '(' | '[')
                }
                && !(c == '.' && j == i + 1 && is_abbreviation(para, i, lang));
            if boundary {
                push_capped(para, base, start, j, &mut out);
                start = k;
                i = k;
                continue;
            }
            i = j;
            continue;
        }
        i += c.len_utf8();
    }
    if start < n {
        let e = para.trim_end().len();
        if e > start {
            push_capped(para, base, start, e, &mut out);
        }
    }
    out
}

/// Push the sentence `s..e` of `para`, cut into pieces of at most [`MAX_SENTENCE_BYTES`]. A
/// piece without a token (only control characters) is no sentence: every later stage may rely
/// on a sentence having at least one token.
fn push_capped(para: &str, base: usize, s: usize, e: usize, out: &mut Vec<(usize, usize)>) {
    for (a, b) in bounded_pieces(&para[s..e], MAX_SENTENCE_BYTES) {
        if has_tokens(&para[s + a..s + b]) {
            out.push((base + s + a, base + s + b));
        }
    }
}

/// Whether the full stop at byte `i` ends an abbreviation or an initial, not a sentence.
fn is_abbreviation(para: &str, i: usize, lang: &Language) -> bool {
    let mut b = i;
    while let Some(ch) = para[..b].chars().next_back() {
        if !(ch.is_alphanumeric() || ch == '.') {
            break;
        }
        b -= ch.len_utf8();
    }
    let word = &para[b..i];
    if word.is_empty() {
        return false;
    }
    // a single capital letter: an initial (J. Smith)
    let mut wc = word.chars();
    if let (Some(first), None) = (wc.next(), wc.next()) {
        return first.is_uppercase();
    }
    // dotted initialisms: U.S.
    if word.contains('.') {
        return true;
    }
    lang.abbreviations.has(&word.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input;

    #[test]
    fn lines_are_cut_as_split_inclusive_cuts_them() {
        for text in ["", "a", "a\n", "a\r\nb", "\n\n", "x\ry\n\u{2028}z", "“é”\r"] {
            let ours: Vec<&str> = lines_inclusive(text).collect();
            let std: Vec<&str> = text.split_inclusive(['\n', '\r']).collect();
            assert_eq!(ours, std, "{text:?}");
        }
    }

    fn seg(text: &str) -> (Segmented, String) {
        let rules = crate::rules::load_default().unwrap();
        let doc = input::parse("t.txt".into(), text.as_bytes().to_vec(), &rules.language).unwrap();
        (segment(&doc, &rules.language), doc.text)
    }

    fn sentences(text: &str) -> Vec<String> {
        let (s, t) = seg(text);
        s.sentences.iter().map(|x| t[x.start..x.end].to_string()).collect()
    }

    #[test]
    fn splits_after_a_no_break_space_following_a_full_stop() {
        let s = sentences("2024 has seen a more mobile war.\u{a0}British intelligence digests note it.");
        assert_eq!(
            s,
            [
                "2024 has seen a more mobile war.",
                "British intelligence digests note it."
            ]
        );
    }

    #[test]
    fn abbreviations_initials_and_times_do_not_split() {
        let s = sentences("Gen. Valery Gerasimov met J. Smith at 13:03 GMT (14:03 BST) on Thursday. The U.S. said so.");
        assert_eq!(
            s,
            [
                "Gen. Valery Gerasimov met J. Smith at 13:03 GMT (14:03 BST) on Thursday.",
                "The U.S. said so."
            ]
        );
    }

    #[test]
    fn sentence_ends_after_closing_quote() {
        let s = sentences("It called them all “legitimate targets”. In the meanwhile, Russia said so.");
        assert_eq!(s.len(), 2);
        assert_eq!(s[0], "It called them all “legitimate targets”.");
    }

    #[test]
    fn captions_printed_twice_and_see_also_are_boilerplate() {
        let text = "Drones hit a plant.\n\nSEE ALSO: Starmer Says Something\n\nA caption\n\nA caption\n\nKazan, Tatarstan:\n\nEnd.";
        let s = sentences(text);
        assert_eq!(s, ["Drones hit a plant.", "Kazan, Tatarstan:", "End."]);
    }

    #[test]
    fn one_sentence_per_line_articles_keep_lines_as_paragraphs() {
        let (s, _) = seg("First line ends here.\n“A bare quote.”\nThird.");
        assert_eq!(s.paragraphs.len(), 3);
    }

    #[test]
    fn quotation_continues_over_paragraphs() {
        let text = "He said: “A workshop is on fire.\n\nWhy it burns, we do not comment.\n\n“And they shot nothing.”\n\nAfter.";
        let (s, t) = seg(text);
        assert_eq!(s.quotations.len(), 1);
        let q = &s.quotations[0];
        assert!(t[q.start..q.end].starts_with("“A workshop") && t[q.start..q.end].ends_with("nothing.”"));
        let why = t.find("Why").unwrap();
        assert!(s.quotation_at(why).is_some());
        assert!(s.quotation_at(t.find("After").unwrap()).is_none());
    }

    #[test]
    fn unbalanced_quote_does_not_swallow_the_article() {
        let text = "He said: “An open quote.\n\nNext paragraph.\n\nThird paragraph.\n\nFourth.";
        let (s, t) = seg(text);
        assert!(s.quotation_at(t.find("Next").unwrap()).is_none());
    }

    #[test]
    fn issue_7_a_sentence_without_punctuation_is_cut_into_bounded_pieces() {
        // 10,000 words and no full stop: one "sentence" of ~60 kB without the cap
        let text = "drones hit the plant ".repeat(2500);
        let (s, t) = seg(&text);
        assert!(s.sentences.len() >= text.len() / MAX_SENTENCE_BYTES);
        let mut covered = 0;
        for x in &s.sentences {
            assert!(x.end - x.start <= MAX_SENTENCE_BYTES, "{} bytes", x.end - x.start);
            let piece = &t[x.start..x.end];
            assert_eq!(piece, piece.trim(), "pieces start and end on a word");
            covered += piece.split_whitespace().count();
        }
        assert_eq!(covered, 10_000, "no word is lost");
    }

    #[test]
    fn issue_7_a_giant_token_is_cut_on_character_boundaries() {
        // no whitespace at all, and multi-byte characters straddling every limit
        let text = "ж€".repeat(3000);
        let (s, t) = seg(&text);
        let total: usize = s.sentences.iter().map(|x| x.end - x.start).sum();
        assert_eq!(total, text.len());
        for x in &s.sentences {
            assert!(x.end - x.start <= MAX_SENTENCE_BYTES);
            assert!(t.is_char_boundary(x.start) && t.is_char_boundary(x.end));
        }
    }

    #[test]
    fn issue_7_text_without_tokens_is_no_sentence() {
        // found by fuzzing: a sentence of control characters had no token to index
        let (s, t) = seg("Drones hit a plant.\n\n\u{7}\u{7}\n\nEnd \u{1}. \u{7}");
        let texts: Vec<&str> = s.sentences.iter().map(|x| &t[x.start..x.end]).collect();
        assert_eq!(texts, ["Drones hit a plant.", "End \u{1}. \u{7}"]);
    }

    #[test]
    fn issue_7_a_byte_order_mark_is_not_part_of_the_first_sentence() {
        let (s, t) = seg("\u{feff}Drones hit a plant. Then more.");
        assert_eq!(s.sentences[0].start, 3);
        assert_eq!(&t[s.sentences[0].start..s.sentences[0].end], "Drones hit a plant.");
    }

    #[test]
    fn hard_wrapped_lines_join_into_one_paragraph() {
        let (s, _) =
            seg("Russian troops have been advancing on Pokrovsk for months and\nUkraine has ordered an evacuation.\n");
        assert_eq!(s.paragraphs.len(), 1);
        assert_eq!(s.sentences.len(), 1);
    }
}
