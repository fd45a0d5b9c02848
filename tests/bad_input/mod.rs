//! Issue 7: bad input never crashes counterclaim and never loses work.
//!
//! One test per kind of bad input users feed it (whatever they scraped, whatever a glob picked
//! up, a half-edited rule file), each stating the expected behaviour in its name. Every case
//! goes through [`run`], which checks what all of them share: the exit status is 0 or 2 (never
//! 101), nothing panicked, an error names the file, and `-o FILE` is either written whole or not
//! at all, with no temporary file left behind. Error messages are insta snapshots that start with
//! the exit status.
//!
//! Giant inputs are kept small here (a few hundred kilobytes already exceed every per-sentence
//! bound); `scripts/stress.sh` runs the 10 MB, 200 MB and million-line cases on a release build.

use std::path::{Path, PathBuf};

use crate::util::{cc, samples, scrub, tempdir, write, Statement};

/// What a run gave.
struct Run {
    code: i32,
    /// The `-o` file's statements, when it was written.
    statements: Option<Vec<Statement>>,
    /// Standard error with temporary paths replaced by `[DIR]`.
    stderr: String,
}

impl Run {
    /// `exit N` and the message, for a snapshot.
    fn report(&self) -> String {
        format!("exit {}\n{}", self.code, self.stderr)
    }

    fn statements(&self) -> &[Statement] {
        self.statements.as_deref().expect("the output file was written")
    }
}

/// `counterclaim [pre...] statements ARGS... --format jsonl -o OUT`, with the checks every bad
/// input shares.
fn run_with(pre: &[&str], args: &[&Path], dirs: &[&Path]) -> Run {
    let out_dir = tempdir();
    let out = out_dir.path().join("out.jsonl");
    let assert = cc()
        .args(pre)
        .arg("statements")
        .args(args)
        .args(["--format", "jsonl", "-o"])
        .arg(&out)
        .assert();
    let o = assert.get_output();
    let code = o.status.code().expect("exited, not killed by a signal");
    let raw_err = String::from_utf8_lossy(&o.stderr).to_string();
    assert!(code == 0 || code == 2, "exit {code}: {raw_err}");
    assert!(!raw_err.contains("panicked"), "{raw_err}");
    assert!(code == 0 || !raw_err.is_empty(), "exit 2 without a message");
    let leftovers: Vec<PathBuf> = std::fs::read_dir(out_dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p != &out)
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
    let statements = out.exists().then(|| {
        let text = std::fs::read_to_string(&out).unwrap();
        assert!(text.is_empty() || text.ends_with('\n'), "output ends mid-line");
        text.lines()
            .map(|l| serde_json::from_str::<Statement>(l).expect("every line is a whole statement"))
            .collect::<Vec<_>>()
    });
    if code == 0 {
        assert!(statements.is_some(), "success without output");
    }
    if let Some(all) = &statements {
        for s in all {
            check_span(s);
        }
    }
    let mut all_dirs = dirs.to_vec();
    all_dirs.push(out_dir.path());
    Run {
        code,
        statements,
        stderr: scrub(&raw_err, &all_dirs),
    }
}

fn run(args: &[&Path], dirs: &[&Path]) -> Run {
    run_with(&[], args, dirs)
}

/// A statement's span lies on character boundaries inside its file and its text is the file's
/// bytes there (U+001A standing for each byte `--lossy` replaced).
fn check_span(s: &Statement) {
    let bytes = std::fs::read(&s.doc).unwrap();
    assert!(
        s.start < s.end && s.end <= bytes.len(),
        "span {}..{} of {}",
        s.start,
        s.end,
        s.doc
    );
    let got = &bytes[s.start..s.end];
    if std::str::from_utf8(&bytes).is_ok() {
        assert_eq!(got, s.text.as_bytes(), "offsets of {s:?}");
    } else {
        assert_eq!(got.len(), s.text.len());
        for (g, t) in got.iter().zip(s.text.as_bytes()) {
            assert!(g == t || *t == 0x1a, "offsets of {s:?}");
        }
    }
}

const GOOD: &str = "Drones hit an oil depot in Bryansk, Ukraine's General Staff said.\n";

// ---------------------------------------------------------------- empty and odd text

#[test]
fn issue_7_an_empty_file_or_one_of_control_characters_is_an_error_naming_it() {
    let dir = tempdir();
    let empty = write(dir.path(), "empty.txt", "");
    // found by fuzzing: a file of control characters has no words either
    let bell = write(dir.path(), "bell.txt", "\u{7}\n\u{7}");
    let r = run(&[&empty, &bell], &[dir.path()]);
    insta::assert_snapshot!("bad_input_empty", r.report());
    assert!(r.statements.is_none(), "no output file when nothing could be read");
}

#[test]
fn issue_7_a_file_of_only_whitespace_is_an_error_and_the_others_are_processed() {
    let dir = tempdir();
    let blank = write(dir.path(), "blank.txt", " \n\t\r\n\u{a0}\n");
    let good = write(dir.path(), "good.txt", GOOD);
    let r = run(&[&blank, &good], &[dir.path()]);
    insta::assert_snapshot!("bad_input_whitespace", r.report());
    assert_eq!(r.statements().len(), 1, "the good file is still processed");
}

#[test]
fn issue_7_a_utf8_byte_order_mark_is_read_and_offsets_count_it() {
    let dir = tempdir();
    let plain = write(dir.path(), "bom.txt", format!("\u{feff}{GOOD}"));
    let fm = write(
        dir.path(),
        "bom_fm.txt",
        format!("\u{feff}---\ndate: 2024-09-07\n---\n{GOOD}"),
    );
    let r = run(&[&plain, &fm], &[dir.path()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let all = r.statements();
    assert_eq!(all.len(), 2);
    assert_eq!(all[0].start, 3, "the BOM is 3 bytes of the file");
    assert_eq!(all[1].side, "ukrainian", "front matter after a BOM is front matter");
}

#[test]
fn issue_7_crlf_and_lone_cr_line_ends_split_paragraphs_like_lf() {
    let dir = tempdir();
    let crlf = write(
        dir.path(),
        "crlf.txt",
        "---\r\ndate: 2024-09-07\r\n---\r\nDrones hit an oil depot in Bryansk, Ukraine's General Staff said.\r\n\r\nBryansk governor Alexander Bogomaz said all drones were shot down.\r\n",
    );
    let cr = write(
        dir.path(),
        "cr.txt",
        "Drones hit an oil depot in Bryansk, Ukraine's General Staff said.\r\rBryansk governor Alexander Bogomaz said all drones were shot down.\r",
    );
    let r = run(&[&crlf, &cr], &[dir.path()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    for doc in ["cr.txt", "crlf.txt"] {
        let of: Vec<&Statement> = r.statements().iter().filter(|s| s.doc.ends_with(doc)).collect();
        assert_eq!(of.len(), 2, "{doc}: {of:?}");
        assert!(of.iter().all(|s| !s.text.contains('\r')), "{doc}: {of:?}");
        assert_eq!((of[0].side.as_str(), of[1].side.as_str()), ("ukrainian", "russian"));
    }
    // `line` counts LF bytes, as grep -n does: a file with only CR line ends is one line
    let lines: Vec<usize> = r.statements().iter().map(|s| s.line).collect();
    assert_eq!(lines, [1, 1, 4, 6]);
}

// ---------------------------------------------------------------- encodings and binaries

#[test]
fn issue_7_invalid_utf8_is_an_error_naming_file_line_column_and_offset() {
    let dir = tempdir();
    let bad = write(
        dir.path(),
        "latin1.txt",
        b"Drones hit\n Belgorod \xe9t\xe9.\n".as_slice(),
    );
    let good = write(dir.path(), "good.txt", GOOD);
    let r = run(&[&bad, &good], &[dir.path()]);
    insta::assert_snapshot!("bad_input_invalid_utf8", r.report());
    assert_eq!(r.statements().len(), 1, "the good file is still processed");
}

#[test]
fn issue_7_lossy_replaces_invalid_bytes_one_for_one_and_warns() {
    let dir = tempdir();
    let bad = write(
        dir.path(),
        "latin1.txt",
        b"Drones hit an oil depot in Bryansk, \xe9t\xe9 Ukraine's General Staff said.\n\nThe governor said it was shot down \xc3 \xe2\x82"
            .as_slice(),
    );
    let r = run_with(&["--lossy"], &[&bad], &[dir.path()]);
    insta::assert_snapshot!("bad_input_lossy", r.report());
    let all = r.statements();
    assert_eq!(all.len(), 2, "{all:?}");
    assert!(all[0].text.contains("\u{1a}t\u{1a} Ukraine's"), "{:?}", all[0].text);
    assert_eq!(all[0].side, "ukrainian", "text after the replaced bytes is read");
}

#[test]
fn issue_7_a_binary_file_is_skipped_with_a_warning_and_the_run_succeeds() {
    let dir = tempdir();
    write(dir.path(), "good.txt", GOOD);
    let mut blob = b"\x7fELF\x02\x01\x01\x00\x00".to_vec();
    blob.extend((0..=255u8).cycle().take(20_000));
    write(dir.path(), "picked_up_by_a_glob.txt", blob);
    let r = run(&[dir.path()], &[dir.path()]);
    insta::assert_snapshot!("bad_input_binary", r.report());
    assert_eq!(r.statements().len(), 1);
}

#[test]
fn issue_7_utf16_text_is_an_error_that_says_to_convert_it() {
    let dir = tempdir();
    let mut utf16 = vec![0xff, 0xfe];
    for u in GOOD.encode_utf16() {
        utf16.extend(u.to_le_bytes());
    }
    let bad = write(dir.path(), "utf16.txt", utf16);
    let good = write(dir.path(), "good.txt", GOOD);
    let r = run(&[&bad, &good], &[dir.path()]);
    insta::assert_snapshot!("bad_input_utf16", r.report());
    assert_eq!(r.statements().len(), 1);
}

// ---------------------------------------------------------------- giant and pathological text

#[test]
fn issue_7_a_long_line_without_punctuation_is_read_in_bounded_pieces() {
    // 100 kB on one line and not one full stop; scripts/stress.sh runs 10 MB and 200 MB
    let dir = tempdir();
    let words = [
        "drone", "said", "Russia", "Kyiv", "governor", "hit", "plant", "shot", "down", "the",
    ];
    let text: String = (0..16_000)
        .map(|i| words[(i * 7 + i / 3) % words.len()])
        .collect::<Vec<_>>()
        .join(" ");
    let line = write(dir.path(), "line.txt", &text);
    let r = run(&[&line], &[dir.path()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let all = r.statements();
    assert!(all.iter().all(|s| s.end - s.start <= 2000), "pieces are bounded");
    let words_out: usize = all.iter().map(|s| s.text.split_whitespace().count()).sum();
    assert_eq!(words_out, 16_000, "no word is lost");
}

#[test]
fn issue_7_many_one_word_lines_are_read() {
    // 20,000 lines; scripts/stress.sh runs a million
    let dir = tempdir();
    let text: String = (0..20_000)
        .map(|i| if i % 3 == 0 { "Kyiv\n" } else { "drones\n" })
        .collect();
    let lines = write(dir.path(), "lines.txt", text);
    let r = run(&[&lines], &[dir.path()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.statements().is_empty());
}

#[test]
fn issue_7_deeply_nested_and_unbalanced_quotation_marks_are_read() {
    let dir = tempdir();
    let nested = format!(
        "Gusev said: {}the drone was shot down{}.\n\n{}\n\nThe governor said it was shot down.\n",
        "\u{201c}\u{2018}\"".repeat(5_000),
        "\"\u{2019}\u{201d}".repeat(5_000),
        "\u{201d}\u{201c}\"\u{ab}\u{bb}\u{201e}".repeat(3_000),
    );
    // numbered, or repeated paragraphs would be taken for captions printed twice
    let open: String = (0..200)
        .map(|i| format!("He said: \u{201c}An open quote {i}.\n\nNext paragraph {i}.\n\n\u{201c}Another {i}, never closed\n\n\"{i}\n\n"))
        .collect();
    let a = write(dir.path(), "nested.txt", nested);
    let b = write(dir.path(), "open.txt", open);
    let r = run(&[&a, &b], &[dir.path()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.statements().iter().any(|s| s.doc.ends_with("nested.txt")));
    assert!(r.statements().iter().any(|s| s.doc.ends_with("open.txt")));
}

// ---------------------------------------------------------------- paths

#[cfg(unix)]
#[test]
fn issue_7_a_directory_symlink_loop_reads_each_article_once() {
    let dir = tempdir();
    write(dir.path(), "a/article.txt", GOOD);
    std::os::unix::fs::symlink(dir.path().join("a"), dir.path().join("a/loop")).unwrap();
    std::os::unix::fs::symlink(dir.path(), dir.path().join("a/up")).unwrap();
    let r = run(&[dir.path()], &[dir.path()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.statements().len(), 1, "{:?}", r.statements());
}

#[cfg(unix)]
#[test]
fn issue_7_a_dangling_or_looping_link_in_a_directory_is_named_and_the_rest_processed() {
    // what a file deleted between listing and reading looks like to the directory walk
    let dir = tempdir();
    write(dir.path(), "good.txt", GOOD);
    std::os::unix::fs::symlink(dir.path().join("deleted.txt"), dir.path().join("gone.txt")).unwrap();
    std::os::unix::fs::symlink("self.txt", dir.path().join("self.txt")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("nowhere"), dir.path().join("notes.yaml")).unwrap();
    let r = run(&[dir.path()], &[dir.path()]);
    insta::assert_snapshot!("bad_input_dangling_links", r.report());
    assert_eq!(r.statements().len(), 1);
}

#[test]
fn issue_7_a_file_deleted_after_listing_is_reported_and_the_rest_processed() {
    let dir = tempdir();
    write(dir.path(), "a.txt", GOOD);
    let doomed = write(dir.path(), "b.txt", GOOD);
    let rules = counterclaim::rules::load_default().unwrap();
    let (sources, problems) = counterclaim::input::expand(&[dir.path().to_path_buf()]);
    assert!(problems.is_empty() && sources.len() == 2);
    std::fs::remove_file(&doomed).unwrap();
    let corpus = counterclaim::pipeline::run(&sources, &rules, counterclaim::input::Decoding::Strict);
    assert_eq!(corpus.documents.len(), 1);
    let [p] = corpus.problems.as_slice() else {
        panic!("{:?}", corpus.problems)
    };
    assert!(!p.warning);
    assert_eq!(
        p.to_string(),
        format!("{}: cannot read: no such file or directory", doomed.display())
    );
}

#[cfg(unix)]
#[test]
fn issue_7_an_unreadable_file_is_named_and_the_rest_processed() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempdir();
    let locked = write(dir.path(), "locked.txt", GOOD);
    let good = write(dir.path(), "good.txt", GOOD);
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&locked).is_ok() {
        eprintln!("skipped: permissions do not stop this user (root) from reading");
        return;
    }
    let r = run(&[&locked, &good], &[dir.path()]);
    insta::assert_snapshot!("bad_input_unreadable", r.report());
    assert_eq!(r.statements().len(), 1);
}

#[cfg(unix)]
#[test]
fn issue_7_a_fifo_in_a_directory_is_skipped_with_a_warning_not_waited_on() {
    let dir = tempdir();
    write(dir.path(), "good.txt", GOOD);
    let fifo = dir.path().join("pipe.txt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped: mkfifo is not available");
        return;
    }
    let r = run(&[dir.path()], &[dir.path()]);
    insta::assert_snapshot!("bad_input_fifo", r.report());
    assert_eq!(r.statements().len(), 1);
}

#[test]
fn issue_7_a_missing_path_is_named_and_the_others_processed() {
    let dir = tempdir();
    let good = write(dir.path(), "good.txt", GOOD);
    let missing = dir.path().join("nope.txt");
    let r = run(&[&missing, &good], &[dir.path()]);
    insta::assert_snapshot!("bad_input_missing", r.report());
    assert_eq!(r.statements().len(), 1);
}

// ---------------------------------------------------------------- front matter

#[test]
fn issue_7_front_matter_that_is_not_yaml_is_named_with_line_and_column() {
    let dir = tempdir();
    let bad = write(
        dir.path(),
        "fm.txt",
        "---\ntitle: [Drones, over Bryansk\noutlet: AFP\n---\nText.\n",
    );
    let syntax = write(dir.path(), "syntax.txt", "---\ntitle: T\noutlet: a: b\n---\nText.\n");
    let unclosed = write(dir.path(), "open.txt", "---\ntitle: T\n\nNo closing line.\n");
    let date = write(dir.path(), "date.txt", "---\ndate: 2024-02-31\n---\nText.\n");
    let number = write(dir.path(), "number.txt", "---\ndate: 20240907\n---\nText.\n");
    let good = write(dir.path(), "good.txt", GOOD);
    let r = run(&[&bad, &syntax, &unclosed, &date, &number, &good], &[dir.path()]);
    insta::assert_snapshot!("bad_input_front_matter", r.report());
    assert_eq!(r.statements().len(), 1);
}

#[test]
fn issue_7_a_yaml_bomb_in_front_matter_is_refused_quickly() {
    let dir = tempdir();
    let values = vec!["x"; 3000].join(", ");
    let uses = vec!["*a"; 3000].join(", ");
    let bomb = write(
        dir.path(),
        "bomb.txt",
        format!("---\ntitle: &a [{values}]\ndate: [{uses}]\n---\nText.\n"),
    );
    let deep = write(
        dir.path(),
        "deep.txt",
        format!("---\ndate: {}{}\n---\nText.\n", "[".repeat(10_000), "]".repeat(10_000)),
    );
    let r = run(&[&bomb, &deep], &[dir.path()]);
    insta::assert_snapshot!("bad_input_front_matter_bombs", r.report());
}

// ---------------------------------------------------------------- rule files

/// `--rules DIR` with one file, on one sample article: always exit 2 with the file named.
fn bad_rules(name: &str, text: impl AsRef<[u8]>) -> String {
    let dir = tempdir();
    write(dir.path(), name, text);
    let sample = samples().join("000_tambov_explosives_plant.txt");
    let r = run_with(
        &["--rules", &dir.path().display().to_string()],
        &[&sample],
        &[dir.path()],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains(&format!("[DIR]/{name}")), "{}", r.stderr);
    assert!(r.statements.is_none(), "no output with invalid rules");
    r.report()
}

#[test]
fn issue_7_rule_file_alias_bomb_is_refused() {
    let values = vec!["x"; 3000].join(", ");
    let uses = vec!["*a"; 3000].join(", ");
    let quadratic = format!("language:\n  unit_groups: [&a [{values}]]\n  plural_suffixes: [{uses}]\n");
    insta::assert_snapshot!("bad_rules_alias_bomb", bad_rules("bomb.yaml", &quadratic));
    let mut laughs = String::from("sources:\n  - id: a\n    name: A\n    kind: person\n    side: russian\n    aliases: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for i in 1..10 {
        laughs.push_str(&format!("  - &l{i} [{}]\n", vec![format!("*l{}", i - 1); 9].join(", ")));
    }
    insta::assert_snapshot!("bad_rules_billion_laughs", bad_rules("laughs.yaml", &laughs));
}

#[test]
fn issue_7_rule_file_nested_ten_thousand_levels_is_refused_with_its_place() {
    let text = format!(
        "sources:\n  - id: x\n    name: {}{}\n",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    insta::assert_snapshot!("bad_rules_deep_nesting", bad_rules("deep.yaml", &text));
}

#[test]
fn issue_7_rule_file_with_tab_indentation_says_to_use_spaces() {
    let text = "sources:\n\t- id: x\n\t  name: X\n";
    insta::assert_snapshot!("bad_rules_tabs", bad_rules("tabs.yaml", text));
}

#[test]
fn issue_7_rule_file_with_duplicate_keys_names_the_key() {
    let text = "sources:\n  - id: x\n    name: X\n    name: Y\n    kind: person\n    side: russian\n";
    insta::assert_snapshot!("bad_rules_duplicate_key", bad_rules("dup.yaml", text));
}

#[test]
fn issue_7_rule_file_with_wrong_types_names_the_field() {
    let text = "sources:\n  - id: x\n    name: [X]\n    kind: person\n    side: russian\n";
    insta::assert_snapshot!("bad_rules_wrong_type", bad_rules("types.yaml", text));
    insta::assert_snapshot!(
        "bad_rules_wrong_section_type",
        bad_rules("section.yaml", "sources: yes\n")
    );
}

#[test]
fn issue_7_rule_file_with_an_unknown_side_suggests_the_sides() {
    let text = "sources:\n  - id: x\n    name: X\n    kind: person\n    side: rusian\n";
    insta::assert_snapshot!("bad_rules_unknown_side", bad_rules("side.yaml", text));
}

#[test]
fn issue_7_rule_file_with_invalid_patterns_names_each() {
    let text = "claims:\n  - id: strike2\n    label: strike\n    phrases: [\"(hit|struck\", \"x* y\", \"  \"]\n";
    insta::assert_snapshot!("bad_rules_invalid_pattern", bad_rules("patterns.yaml", text));
}

#[test]
fn issue_7_rule_file_that_is_binary_or_not_utf8_is_named() {
    insta::assert_snapshot!(
        "bad_rules_not_utf8",
        bad_rules("latin1.yaml", b"sources:\n  - id: caf\xe9\n".as_slice())
    );
}
