//! Guards run on YAML a user wrote (rule files, article front matter) before it is parsed, so
//! that a small text can never cost unbounded time or memory.
//!
//! Two shapes of YAML are cheap to write and expensive to read:
//! - **deep flow nesting** (`[[[[...]]]]`): the YAML parser's work grows with the square of the
//!   nesting depth (40,000 levels took 30 s), long before serde_yaml's own recursion limit of 128
//!   applies to the parsed document;
//! - **alias expansion** (`&a [x, x, ...]` then `[*a, *a, ...]`): every alias is replayed in full.
//!   serde_yaml limits the number of alias jumps, not their size, so one anchor of 5,000 values
//!   used 5,000 times became 25 million strings (2.7 GB, 97 s) in a 60 kB rule file.
//!
//! [`check`] refuses both with a message and, where there is one, the line and column. It says
//! nothing about anything else: syntax and type errors are left to the real parse, so their
//! messages do not change.
//!
//! Must not: interpret the YAML. It only measures it.

use std::cell::Cell;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor};

/// Deepest flow nesting (`[` and `{`) accepted: serde_yaml refuses documents nested deeper than
/// 128 levels anyway, so refusing them before the parser runs changes no answer.
pub const MAX_DEPTH: usize = 128;

/// Values (scalars, sequences, mappings) a document may expand to, aliases replayed, per byte of
/// its text, plus [`VALUES_BASE`]. A document without aliases has fewer values than bytes; a few
/// reused lists stay well under this.
pub const VALUES_PER_BYTE: usize = 4;

/// See [`VALUES_PER_BYTE`].
pub const VALUES_BASE: usize = 10_000;

/// Why a YAML text was refused before parsing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// What is wrong and what to do.
    pub message: String,
    /// 1-based line, when the problem has a place.
    pub line: Option<usize>,
    /// 1-based column, when the problem has a place.
    pub column: Option<usize>,
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// Refuse YAML that nests deeper than [`MAX_DEPTH`] or whose aliases expand to more values than
/// its size allows. Anything else (including syntax errors) passes, for the real parse to report.
pub fn check(text: &str) -> Result<(), Refused> {
    if let Some((line, column)) = too_deep(text) {
        return Err(Refused {
            message: format!(
                "YAML nested more than {MAX_DEPTH} levels deep; rule files and front matter need a few levels"
            ),
            line: Some(line),
            column: Some(column),
        });
    }
    // without an alias (`*name`) nothing is replayed: fewer values than bytes, so no need to
    // count them (this is every article's front matter, parsed once per article); nor without
    // an anchor (`&name`) for an alias to replay, where the parse refuses the alias (a `*` in a
    // rule's phrase or note is no alias)
    if !text.contains('*') || !text.contains('&') {
        return Ok(());
    }
    let limit = VALUES_BASE.saturating_add(text.len().saturating_mul(VALUES_PER_BYTE));
    if more_values_than(text, limit) {
        return Err(Refused {
            message: format!(
                "YAML aliases (`*name`) expand to more than {limit} values; write the values out or reuse fewer of them"
            ),
            line: None,
            column: None,
        });
    }
    Ok(())
}

/// Whether `text` expands to more than `limit` values, aliases replayed.
fn more_values_than(text: &str, limit: usize) -> bool {
    let seen = Cell::new(0);
    let over = Cell::new(false);
    let counter = Count {
        seen: &seen,
        limit,
        over: &over,
    };
    // Errors other than the budget are the real parse's business.
    let _ = counter.deserialize(serde_yaml::Deserializer::from_str(text));
    over.get()
}

/// Position of the first `[` or `{` that opens a flow collection deeper than [`MAX_DEPTH`],
/// outside quoted scalars and comments. A quote only opens a scalar where a value starts (so the
/// apostrophe of `Russia's` is text); brackets inside block scalars count, which can only make a
/// file with 128 unbalanced brackets in its notes look too deep.
fn too_deep(text: &str) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    for (li, line) in text.lines().enumerate() {
        let mut quote: Option<char> = None;
        let mut prev = ' '; // previous significant character on this line; ' ' at its start
        let mut chars = line.char_indices().peekable();
        while let Some((ci, c)) = chars.next() {
            if let Some(q) = quote {
                if c == q {
                    // '' inside a single-quoted scalar is an escaped quote
                    if q == '\'' && chars.peek().is_some_and(|&(_, n)| n == '\'') {
                        chars.next();
                    } else {
                        quote = None;
                        prev = c;
                    }
                } else if q == '"' && c == '\\' {
                    chars.next();
                }
                continue;
            }
            match c {
                '#' if prev == ' ' || line[..ci].ends_with(char::is_whitespace) => break,
                '\'' | '"' if matches!(prev, ' ' | '[' | '{' | ',' | ':' | '-' | '?') => quote = Some(c),
                '[' | '{' => {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return Some((li + 1, line[..ci].chars().count() + 1));
                    }
                }
                ']' | '}' => depth = depth.saturating_sub(1),
                _ => {}
            }
            if !c.is_whitespace() {
                prev = c;
            }
        }
        // a quoted scalar may run over lines; the rare case is not worth tracking across them
    }
    None
}

/// A visitor that counts every value it is shown and gives up past its limit.
#[derive(Clone, Copy)]
struct Count<'a> {
    seen: &'a Cell<usize>,
    limit: usize,
    over: &'a Cell<bool>,
}

impl Count<'_> {
    fn tick<E: de::Error>(self) -> Result<(), E> {
        self.seen.set(self.seen.get() + 1);
        if self.seen.get() > self.limit {
            self.over.set(true);
            return Err(E::custom("too many values"));
        }
        Ok(())
    }
}

impl<'de> DeserializeSeed<'de> for Count<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Count<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        self.tick()
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        self.tick()
    }

    fn visit_i128<E: de::Error>(self, _: i128) -> Result<(), E> {
        self.tick()
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        self.tick()
    }

    fn visit_u128<E: de::Error>(self, _: u128) -> Result<(), E> {
        self.tick()
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        self.tick()
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        self.tick()
    }

    fn visit_bytes<E: de::Error>(self, _: &[u8]) -> Result<(), E> {
        self.tick()
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.tick()
    }

    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        self.tick()
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        self.tick()?;
        d.deserialize_any(self)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        self.tick()?;
        d.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        self.tick()?;
        while seq.next_element_seed(self)?.is_some() {}
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        self.tick()?;
        while map.next_key_seed(self)?.is_some() {
            map.next_value_seed(self)?;
        }
        Ok(())
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<(), A::Error> {
        // a tagged value (`!tag value`): the tag, then its value
        self.tick()?;
        let ((), variant) = data.variant_seed(self)?;
        variant.newtype_variant_seed(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_yaml_passes_and_syntax_errors_are_left_to_the_parse() {
        assert_eq!(
            check("sources:\n  - id: a\n    aliases: [\"Russia's\", 'it''s [', x]\n"),
            Ok(())
        );
        assert_eq!(check("a: &x [1, 2]\nb: *x\nc: *x\n"), Ok(()));
        assert_eq!(check("a: [unclosed\n\tb: \"\n"), Ok(()));
        assert_eq!(check("# [[[[ a comment\nnote: \"[[[[\"\n"), Ok(()));
    }

    #[test]
    fn issue_6_without_aliases_there_are_no_more_values_than_bytes() {
        // why `check` need not count the values of a text without `*`
        for text in [
            "title: T\noutlet: AFP\ndate: 2024-09-07\n",
            "[[], [], [[]], {}, {a: }]",
            "-\n-\n-\n- -\n",
            "? a\n? b\n: c\n",
            "a: &x [1, 2, 3]\nb: &y {k: v}\n",
            "{a: , b: , c: }",
        ] {
            assert!(!text.contains('*'));
            assert!(!more_values_than(text, text.len()), "{text:?}");
            assert_eq!(check(text), Ok(()));
        }
        assert!(more_values_than("a: &x [1, 2]\nb: [*x, *x, *x]\n", 10));
    }

    #[test]
    fn issue_7_deep_flow_nesting_is_refused_with_its_place() {
        let text = format!("sources:\n  - name: {}{}\n", "[".repeat(10_000), "]".repeat(10_000));
        let e = check(&text).unwrap_err();
        assert_eq!((e.line, e.column), (Some(2), Some(10 + MAX_DEPTH + 1)));
        assert!(e.message.contains("nested more than 128"), "{e}");
    }

    #[test]
    fn issue_7_an_alias_bomb_is_refused() {
        // one anchor of 3,000 values used 3,000 times: 9 million values from 30 kB
        let values = vec!["x"; 3000].join(", ");
        let uses = vec!["*a"; 3000].join(", ");
        let text = format!("language:\n  unit_groups: &a [{values}]\n  plural_suffixes: [{uses}]\n");
        let e = check(&text).unwrap_err();
        assert!(e.message.contains("aliases"), "{e}");
        // the exponential kind ("billion laughs") is refused here or by serde_yaml's own limit
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for i in 1..12 {
            let prev = format!("*a{}", i - 1);
            text.push_str(&format!("a{i}: &a{i} [{}]\n", [prev.as_str(); 9].join(", ")));
        }
        assert!(check(&text).is_err() || serde_yaml::from_str::<serde_yaml::Value>(&text).is_err());
    }
}
