//! Integration tests: the real `counterclaim` binary on the samples and on bad input.

mod bad_input;
mod util;

use predicates::prelude::*;
use util::{assert_all_keys, cc, samples, scrub, tempdir, write, Comparison, Statement};

fn statements_json(args: &[&str]) -> Vec<Statement> {
    let out = cc()
        .arg("statements")
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_all_keys(&v);
    serde_json::from_value(v).expect("statements follow the output contract")
}

fn compare_json(args: &[&str]) -> Comparison {
    let out = cc()
        .arg("compare")
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_all_keys(&v);
    serde_json::from_value(v).expect("comparison follows the output contract")
}

fn samples_arg() -> String {
    samples().display().to_string()
}

fn with<'a>(all: &'a [Statement], needle: &str) -> &'a Statement {
    all.iter()
        .find(|s| s.text.contains(needle))
        .unwrap_or_else(|| panic!("no statement with {needle:?}"))
}

// ---------------------------------------------------------------- statements

#[test]
fn statements_carry_exact_byte_offsets_into_the_file() {
    let all = statements_json(&[&samples_arg()]);
    assert!(all.len() > 100);
    for s in &all {
        let bytes = std::fs::read(&s.doc).unwrap();
        assert_eq!(&bytes[s.start..s.end], s.text.as_bytes(), "offsets of {s:?}");
        let line = bytes[..s.start].iter().filter(|&&b| b == b'\n').count() + 1;
        assert_eq!(line, s.line);
        assert!(["ukrainian", "russian", "third_party", "unattributed"].contains(&s.side.as_str()));
        assert!(
            s.source.is_none() || s.speaker.is_some(),
            "a source always has a speaker name: {s:?}"
        );
        assert!(
            s.side == "unattributed" || s.speaker.is_some(),
            "a side always has a speaker: {s:?}"
        );
    }
    // document order: by path, then offset
    let mut sorted = all.clone();
    sorted.sort_by(|a, b| (&a.doc, a.start).cmp(&(&b.doc, b.start)));
    assert_eq!(sorted, all);
}

#[test]
fn named_speakers_get_their_side_and_canonical_name() {
    let all = statements_json(&[&samples_arg()]);
    let cases = [
        (
            "Moscow Mayor Sergey Sobyanin previously suggested",
            "russian",
            "Sergey Sobyanin",
        ),
        (
            "Today, air defense forces near Lyubertsy thwarted",
            "russian",
            "Sergey Sobyanin",
        ),
        ("Russian anti-air defence systems", "russian", "Alexander Gusev"),
        (
            "A decision was taken to evacuate residents",
            "russian",
            "Alexander Gusev",
        ),
        (
            "The enterprise is one of the main suppliers",
            "ukrainian",
            "Andriy Kovalenko",
        ),
        ("With the start of the full-scale war", "ukrainian", "Andriy Kovalenko"),
        ("But the fact is that it burns.", "ukrainian", "Andriy Yusov"),
        ("Those who controlled the drone", "russian", "Vladimir Saldo"),
        ("This visit proves that Germany", "third_party", "Boris Pistorius"),
        ("The Prime Minister said the UK", "third_party", "Keir Starmer"),
    ];
    for (needle, side, speaker) in cases {
        let s = with(&all, needle);
        assert_eq!(
            (s.side.as_str(), s.speaker.as_deref()),
            (side, Some(speaker)),
            "{needle}"
        );
    }
}

#[test]
fn side_comes_from_the_maker_and_mentions_give_none() {
    let all = statements_json(&[&samples_arg()]);
    assert_eq!(with(&all, "Ukraine downed 34 out of 55 drones").side, "ukrainian");
    assert_eq!(with(&all, "Kremlin forces have attacked Ukraine").side, "unattributed");
    assert_eq!(
        with(&all, "Both Kyiv and Moscow have come under attacks").side,
        "unattributed"
    );
    assert_eq!(with(&all, "Drones were reportedly downed").side, "unattributed");
    assert_eq!(
        with(&all, "as Moscow’s forces claimed yet another advance").side,
        "russian"
    );
}

#[test]
fn statements_read_standard_input() {
    let out = cc()
        .args(["statements", "-", "--format", "jsonl"])
        .write_stdin("Drones hit a plant in Kursk, the Kursk governor said.\n")
        .output()
        .unwrap();
    assert!(out.status.success());
    let s: Statement = serde_json::from_slice(out.stdout.split(|&b| b == b'\n').next().unwrap()).unwrap();
    assert_eq!(
        (s.doc.as_str(), s.side.as_str(), s.place.as_deref()),
        ("-", "russian", Some("kursk"))
    );
}

#[test]
fn every_format_renders_both_commands() {
    for format in ["table", "markdown", "json", "jsonl", "csv"] {
        for cmd in ["statements", "compare"] {
            let out = cc().args([cmd, &samples_arg(), "--format", format]).output().unwrap();
            assert!(
                out.status.success(),
                "{cmd} --format {format}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            assert!(!out.stdout.is_empty());
        }
    }
    // CSV is well-formed: one header, every record the same width
    let out = cc()
        .args(["statements", &samples_arg(), "--format", "csv"])
        .output()
        .unwrap();
    let mut rdr = csv::Reader::from_reader(&out.stdout[..]);
    let width = rdr.headers().unwrap().len();
    assert!(rdr.records().all(|r| r.unwrap().len() == width));
}

#[test]
fn embedded_rules_work_from_any_directory() {
    let dir = tempdir();
    let article = write(dir.path(), "a.txt", "Drones hit an oil depot in Bryansk, Ukraine's General Staff said.\n\nBryansk governor Alexander Bogomaz said all drones were shot down.\n");
    let out = cc()
        .current_dir(dir.path())
        .args(["compare", "a.txt", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let cmp: Comparison = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(cmp.incidents.len(), 1);
    assert_eq!(cmp.incidents[0].conflicts[0].kind, "hit_vs_intercepted");
    assert_eq!(article.file_name().unwrap(), "a.txt");
}

// ---------------------------------------------------------------- compare

fn has_pair(cmp: &Comparison, a: &str, b: &str) -> bool {
    cmp.incidents
        .iter()
        .flat_map(|i| &i.conflicts)
        .any(|c| (c.a.text.contains(a) && c.b.text.contains(b)) || (c.a.text.contains(b) && c.b.text.contains(a)))
}

#[test]
fn compare_finds_the_conflicts_of_the_samples() {
    let cmp = compare_json(&[&samples_arg()]);
    assert_eq!(cmp.version, 1);
    let expected = [
        // Voronezh depot: SBU hit vs governor's drone neutralised, and vs fire from the fallen drone
        (
            "Ukraine’s SBU security services later claimed it had hit",
            "detected and neutralised a drone",
        ),
        (
            "they had struck a Russian ammunition factory",
            "when the drone fell, it sparked a large fire",
        ),
        // Lyubertsy: hit vs thwarted
        ("A kamikaze drone strike on Lyubertsy", "thwarted another attempt"),
        (
            "A kamikaze drone strike on Lyubertsy",
            "previously suggested that the drone was shot down",
        ),
        // Kazan: debris from intercepted drones vs strikes getting through
        (
            "The porous Russian air defense continues to fail",
            "falling debris from intercepted drones",
        ),
        // Kaluga: struck plant vs air defence shot drones down, fires from falling wreckage
        (
            "succeeded in striking a major Russian weapons plant",
            "Russia denies the attacks had a major impact",
        ),
        // Pskov: differing numbers of Il-76s
        ("destroyed at least two Ilyushin Il-76 aircraft", "damaged four Il-76s"),
    ];
    for (a, b) in expected {
        assert!(has_pair(&cmp, a, b), "missing pair: {a} <> {b}");
    }
}

#[test]
fn no_pair_joins_one_side_or_two_incidents() {
    let cmp = compare_json(&[&samples_arg()]);
    let mut pairs = 0;
    for inc in &cmp.incidents {
        assert!(inc.id.starts_with(&inc.place));
        for c in &inc.conflicts {
            pairs += 1;
            assert_ne!(c.a.side, c.b.side, "same side paired: {c:?}");
            assert_ne!(c.a.side, "unattributed");
            assert_ne!(c.b.side, "unattributed");
            assert_eq!(c.a.incident.as_deref(), Some(inc.id.as_str()));
            assert_eq!(c.b.incident.as_deref(), Some(inc.id.as_str()));
            assert!((0.0..=1.0).contains(&c.score));
            for s in [&c.a, &c.b] {
                assert!(
                    inc.statements[&s.side].contains(s),
                    "paired statement listed under its incident"
                );
            }
        }
    }
    assert!(pairs >= 26);
}

#[test]
fn compare_all_lists_incidents_without_conflicts_too() {
    let some = compare_json(&[&samples_arg()]).incidents.len();
    let all = compare_json(&[&samples_arg(), "--all"]).incidents.len();
    assert!(all > some);
}

#[test]
fn output_does_not_depend_on_input_order_or_threads() {
    let files: Vec<String> = std::fs::read_dir(samples())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| p.display().to_string())
        .collect();
    let mut reversed = files.clone();
    reversed.reverse();
    let run = |args: &[String], threads: &str| {
        cc().arg("compare")
            .args(args)
            .args(["--format", "json", "--threads", threads])
            .output()
            .unwrap()
            .stdout
    };
    let a = run(&files, "1");
    assert_eq!(a, run(&reversed, "2"));
    assert_eq!(a, run(&[samples_arg()], "2"));
}

// ---------------------------------------------------------------- accuracy

#[test]
fn accuracy_on_the_samples_meets_the_targets() {
    let gold = samples().join("gold");
    let out = cc()
        .args([
            "eval",
            "--gold",
            &gold.display().to_string(),
            &samples_arg(),
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let t = &v["total"];
    let n = |k: &str| t[k].as_f64().unwrap();
    let side_accuracy = n("right") / n("statements");
    let recall = n("found_pairs") / n("gold_pairs");
    let precision = n("real_pairs") / n("tool_pairs");
    eprintln!(
        "side accuracy {side_accuracy:.3}, wrong {}, recall {recall:.3}, precision {precision:.3}",
        n("wrong")
    );
    assert!(n("statements") >= 120.0, "all gold statements are scored");
    assert!(side_accuracy >= 0.97, "side accuracy {side_accuracy}");
    assert_eq!(n("wrong"), 0.0, "no statement may get the wrong side");
    assert!(recall >= 0.9, "conflict recall {recall}");
    assert!(precision >= 0.85, "conflict precision {precision}");
}

#[test]
fn eval_thresholds_fail_the_run() {
    let gold = samples().join("gold");
    cc().args([
        "eval",
        "--gold",
        &gold.display().to_string(),
        &samples_arg(),
        "--min-side",
        "1.01",
    ])
    .assert()
    .code(2);
    cc().args([
        "eval",
        "--gold",
        &gold.display().to_string(),
        &samples_arg(),
        "--min-side",
        "0.5",
        "--min-recall",
        "0.5",
    ])
    .assert()
    .success();
}

// ---------------------------------------------------------------- snapshots of what people read

#[test]
fn compare_table_snapshot() {
    let out = cc().args(["compare", &samples_arg()]).output().unwrap();
    assert!(out.status.success());
    insta::assert_snapshot!(
        "compare_samples_table",
        scrub(&String::from_utf8_lossy(&out.stdout), &[])
    );
}

#[test]
fn compare_markdown_snapshot() {
    let out = cc()
        .args([
            "compare",
            &samples()
                .join("002_voronezh_ammunition_depot.txt")
                .display()
                .to_string(),
            "--format",
            "markdown",
        ])
        .output()
        .unwrap();
    insta::assert_snapshot!("compare_voronezh_markdown", String::from_utf8_lossy(&out.stdout));
}

#[test]
fn statements_table_snapshot() {
    let out = cc()
        .args([
            "statements",
            &samples().join("000_tambov_explosives_plant.txt").display().to_string(),
        ])
        .output()
        .unwrap();
    insta::assert_snapshot!(
        "statements_tambov_table",
        scrub(&String::from_utf8_lossy(&out.stdout), &[])
    );
}

// ---------------------------------------------------------------- bad input

fn failure(args: &[&str], dirs: &[&std::path::Path]) -> String {
    let out = cc().args(args).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "exit code for {args:?}");
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(!err.contains("panicked"), "{err}");
    scrub(&err, dirs)
}

#[test]
fn a_missing_path_is_named_with_exit_2() {
    let dir = tempdir();
    let missing = dir.path().join("nope.txt");
    let err = failure(&["compare", &missing.display().to_string()], &[dir.path()]);
    insta::assert_snapshot!("error_missing_path", err);
}

#[test]
fn a_directory_without_articles_is_an_error() {
    let dir = tempdir();
    write(dir.path(), "notes.yaml", "a: 1");
    let err = failure(&["statements", &dir.path().display().to_string()], &[dir.path()]);
    insta::assert_snapshot!("error_no_articles", err);
}

#[test]
fn unreadable_articles_are_named_with_line_and_offset() {
    let dir = tempdir();
    let bad = write(
        dir.path(),
        "latin1.txt",
        b"Drones hit\n Belgorod \xe9t\xe9.\n".as_slice(),
    );
    let empty = write(dir.path(), "empty.txt", "  \n\n");
    let fm = write(dir.path(), "fm.txt", "---\ntitle: x\ndate: 2024-02-31\n---\nText.\n");
    for (p, name) in [
        (&bad, "error_not_utf8"),
        (&empty, "error_empty"),
        (&fm, "error_front_matter_date"),
    ] {
        let err = failure(&["statements", &p.display().to_string()], &[dir.path()]);
        insta::assert_snapshot!(name, err);
    }
}

#[test]
fn one_bad_file_among_many_is_reported_and_the_rest_processed() {
    let dir = tempdir();
    write(
        dir.path(),
        "good.txt",
        "Drones hit a plant in Kursk, the Kursk governor said.\n",
    );
    write(dir.path(), "bad.txt", b"\xff\xfe broken".as_slice());
    write(dir.path(), "binary.txt", b"\x00\x01\x02".as_slice());
    let out = cc()
        .args(["statements", &dir.path().display().to_string(), "--format", "jsonl"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("Kursk governor"), "the good file is still processed");
    let err = scrub(&String::from_utf8_lossy(&out.stderr), &[dir.path()]);
    insta::assert_snapshot!("error_one_bad_among_many", err);
}

#[test]
fn malformed_rules_name_file_line_and_column() {
    let dir = tempdir();
    write(dir.path(), "sources.yaml", "sources:\n  - id: gusev2\n    name: Alexander Gusev Jr\n    kind: person\n    side: russain\n  - id: x\n    nme: X\n");
    let err = failure(
        &[
            "--rules",
            &dir.path().display().to_string(),
            "statements",
            &samples_arg(),
        ],
        &[dir.path()],
    );
    insta::assert_snapshot!("error_malformed_rules", err);
    write(
        dir.path(),
        "sources.yaml",
        "sources:\n  - id: gusev2\n    name: G\n    kind: person\n    side: russain\n",
    );
    let err = failure(
        &[
            "--rules",
            &dir.path().display().to_string(),
            "statements",
            &samples_arg(),
        ],
        &[dir.path()],
    );
    insta::assert_snapshot!("error_unknown_side", err);
}

#[test]
fn output_file_is_written_whole_and_never_over_an_input() {
    let dir = tempdir();
    let article = write(
        dir.path(),
        "a.txt",
        "Drones hit a plant in Kursk, the Kursk governor said.\n",
    );
    let out = dir.path().join("out.json");
    cc().args([
        "statements",
        &article.display().to_string(),
        "--format",
        "json",
        "-o",
        &out.display().to_string(),
    ])
    .assert()
    .success()
    .stdout(predicate::str::is_empty());
    let v: Vec<Statement> = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(v.len(), 1);
    let err = failure(
        &[
            "statements",
            &article.display().to_string(),
            "-o",
            &article.display().to_string(),
        ],
        &[dir.path()],
    );
    assert!(err.contains("is one of the inputs"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&article).unwrap(),
        "Drones hit a plant in Kursk, the Kursk governor said.\n"
    );
    let err = failure(
        &[
            "statements",
            &article.display().to_string(),
            "-o",
            "/nonexistent-dir/x.json",
        ],
        &[dir.path()],
    );
    assert!(err.contains("does not exist"), "{err}");
}

#[test]
fn a_closed_pipe_ends_quietly() {
    // `counterclaim statements samples | head -1`
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("counterclaim"))
        .args(["statements", &samples_arg(), "--format", "jsonl"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn articles_without_front_matter_give_the_same_conflicts() {
    // the seeds as they came: the sample texts without their front matter
    let dir = tempdir();
    for entry in std::fs::read_dir(samples()).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&p).unwrap();
            let body = text.splitn(3, "---\n").nth(2).unwrap();
            write(dir.path(), p.file_name().unwrap().to_str().unwrap(), body);
        }
    }
    let pairs = |cmp: &Comparison| -> Vec<(String, String)> {
        let mut v: Vec<_> = cmp
            .incidents
            .iter()
            .flat_map(|i| &i.conflicts)
            .map(|c| (c.a.text.clone(), c.b.text.clone()))
            .collect();
        v.sort();
        v
    };
    let dated = compare_json(&[&samples_arg()]);
    let undated = compare_json(&[&dir.path().display().to_string()]);
    assert!(undated.incidents.iter().all(|i| i.date.is_none()));
    assert_eq!(pairs(&dated), pairs(&undated));
}

#[test]
fn undated_articles_are_not_joined_into_one_incident() {
    let dir = tempdir();
    write(
        dir.path(),
        "a.txt",
        "Drones hit an oil depot in Bryansk, Ukraine's General Staff said.\n",
    );
    write(
        dir.path(),
        "b.txt",
        "Bryansk governor Alexander Bogomaz said all drones over Bryansk were shot down.\n",
    );
    let cmp = compare_json(&[&dir.path().display().to_string(), "--all"]);
    assert!(
        cmp.incidents.iter().all(|i| i.conflicts.is_empty()),
        "{:?}",
        cmp.incidents
    );
    let ids: Vec<&str> = cmp.incidents.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["bryansk", "bryansk#2"]);
    // with dates, the same two articles are one incident
    write(
        dir.path(),
        "a.txt",
        "---\ndate: 2024-05-01\n---\nDrones hit an oil depot in Bryansk, Ukraine's General Staff said.\n",
    );
    write(
        dir.path(),
        "b.txt",
        "---\ndate: 2024-05-01\n---\nBryansk governor Alexander Bogomaz said all drones over Bryansk were shot down.\n",
    );
    let cmp = compare_json(&[&dir.path().display().to_string()]);
    assert_eq!(cmp.incidents.len(), 1);
    assert_eq!(cmp.incidents[0].conflicts.len(), 1);
}
