//! Integration tests: the real `counterclaim` binary on the samples and on bad input.

mod bad_input;
mod scale;
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
    for format in ["html", "claimreview"] {
        let out = cc()
            .args(["compare", &samples_arg(), "--format", format])
            .output()
            .unwrap();
        assert!(out.status.success(), "compare --format {format}");
        assert!(!out.stdout.is_empty());
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

// ---------------------------------------------------------------- check and eval

fn copy_samples(to: &std::path::Path) {
    for sub in ["", "expected"] {
        let from = samples().join(sub);
        std::fs::create_dir_all(to.join(sub)).unwrap();
        for e in std::fs::read_dir(&from).unwrap() {
            let p = e.unwrap().path();
            if p.is_file() {
                std::fs::copy(&p, to.join(sub).join(p.file_name().unwrap())).unwrap();
            }
        }
    }
}

#[test]
fn check_passes_on_the_committed_snapshots() {
    cc().args(["check", &samples_arg()])
        .assert()
        .success()
        .stdout(predicate::str::contains("5 unchanged, 0 changed, 0 new, 0 gone"));
}

#[test]
fn a_rule_change_shows_as_a_readable_diff_until_blessed() {
    let dir = tempdir();
    let work = dir.path().join("samples");
    copy_samples(&work);
    // a rule author makes Sobyanin a third party by mistake
    let rules = dir.path().join("rules");
    write(&rules, "sources.yaml", "sources:\n  - id: sobyanin\n    name: Sergey Sobyanin\n    aliases: [Sergei Sobyanin, Sobyanin, Moscow's mayor]\n    kind: person\n    side: third_party\n");
    let args = [
        "--rules",
        &rules.display().to_string(),
        "check",
        &work.display().to_string(),
    ];
    let out = cc().args(args).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = scrub(&String::from_utf8_lossy(&out.stdout), &[dir.path()]);
    let text = regex_lite_fingerprint(&text);
    insta::assert_snapshot!("check_diff_after_rule_change", text);
    // accept it, then it passes
    cc().args([
        "--rules",
        &rules.display().to_string(),
        "check",
        &work.display().to_string(),
        "--bless",
    ])
    .assert()
    .success()
    .stdout(predicate::str::contains("blessed: 1 changed"));
    cc().args(args).assert().success();
    // and the default rules now differ from the blessed snapshot
    cc().args(["check", &work.display().to_string()]).assert().code(1);
}

/// The rule fingerprint changes with every rule edit; keep snapshots of check output stable.
fn regex_lite_fingerprint(s: &str) -> String {
    match s.find("(rules ") {
        Some(i) if s.len() >= i + 23 => format!("{}(rules [HASH]{}", &s[..i], &s[i + 23..]),
        _ => s.to_string(),
    }
}

#[test]
fn a_new_article_fails_check_until_blessed() {
    let dir = tempdir();
    copy_samples(dir.path());
    write(
        dir.path(),
        "005_new.txt",
        "Drones hit a depot in Kursk, the Kursk governor said.\n",
    );
    let out = cc()
        .args(["check", &dir.path().display().to_string(), "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["summary"]["new"], 1);
    let new = v["articles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["status"] == "new")
        .unwrap();
    let d = &new["differences"][0];
    assert!(d["file"].as_str().unwrap().ends_with("005_new.txt") && d["line"] == 1 && d["message"].is_string());
    cc().args(["check", &dir.path().display().to_string(), "--bless"])
        .assert()
        .success();
    assert!(dir.path().join("expected/005_new.yaml").is_file());
    cc().args(["check", &dir.path().display().to_string()])
        .assert()
        .success();
}

#[test]
fn a_corrupt_snapshot_is_a_clear_error() {
    let dir = tempdir();
    copy_samples(dir.path());
    let snap = dir.path().join("expected/002_voronezh_ammunition_depot.yaml");
    let text = std::fs::read_to_string(&snap)
        .unwrap()
        .replace("side: russian", "side: [russian");
    std::fs::write(&snap, text).unwrap();
    let err = failure(&["check", &dir.path().display().to_string()], &[dir.path()]);
    insta::assert_snapshot!("error_corrupt_snapshot", err);
}

#[test]
fn eval_gives_exact_figures_on_a_known_gold_set() {
    let dir = tempdir();
    let articles = dir.path().join("articles");
    write(&articles, "a.txt", "---\ndate: 2024-05-01\n---\nDrones hit an oil depot in Bryansk, Ukraine's General Staff said.\n\nBryansk governor Alexander Bogomaz said all drones were shot down.\n\nThe depot burned for hours.\n\nJohn Mercer said the fire was out.\n");
    let gold = dir.path().join("gold");
    write(
        &gold,
        "a.yaml",
        r#"doc: a.txt
statements:
  - {quote: "Drones hit an oil depot", speaker: "Ukraine's General Staff", side: ukrainian}
  - {quote: "Bryansk governor Alexander Bogomaz", speaker: "Alexander Bogomaz", side: russian}
  - {quote: "The depot burned", speaker: null, side: russian}
  - {quote: "John Mercer said", speaker: "John Mercer", side: third_party}
conflicts:
  - {a: "Drones hit an oil depot", b: "Bryansk governor Alexander Bogomaz"}
  - {a: "The depot burned", b: "Bryansk governor Alexander Bogomaz"}
"#,
    );
    let v = eval_json(&gold, &articles);
    let t = &v["total"];
    // 2 right, 1 missed (gold russian, tool unattributed), 1 missed (unknown person)
    assert_eq!(
        (
            t["statements"].as_u64(),
            t["right"].as_u64(),
            t["wrong"].as_u64(),
            t["invented"].as_u64(),
            t["missed"].as_u64()
        ),
        (Some(4), Some(2), Some(0), Some(0), Some(2))
    );
    assert_eq!(
        (
            t["gold_pairs"].as_u64(),
            t["found_pairs"].as_u64(),
            t["tool_pairs"].as_u64(),
            t["real_pairs"].as_u64()
        ),
        (Some(2), Some(1), Some(1), Some(1))
    );
    // thresholds: recall 0.5 is below 0.9, exit 1
    eval_cmd(&gold, &articles)
        .args(["--min-recall", "0.9"])
        .assert()
        .code(1);
}

#[test]
fn eval_counts_a_speaker_named_by_any_of_the_sources_names() {
    let dir = tempdir();
    let articles = dir.path().join("articles");
    write(
        &articles,
        "a.txt",
        "---\ndate: 2024-04-07\n---\nThe IAEA said drones struck the plant.\n",
    );
    let gold = dir.path().join("gold");
    write(
        &gold,
        "a.yaml",
        "doc: a.txt\nstatements:\n  - {quote: \"The IAEA said\", speaker: \"The IAEA\", side: third_party}\n",
    );
    let v = eval_json(&gold, &articles);
    // the tool names it "International Atomic Energy Agency"; "IAEA" is one of its aliases
    assert_eq!(speakers_right(&v), (Some(1), Some(1)), "{v}");
}

#[test]
fn a_leads_title_is_named_by_the_person_named_after_and_eval_takes_either_name() {
    let dir = tempdir();
    let articles = dir.path().join("articles");
    write(
        &articles,
        "a.txt",
        "---\ndate: 2024-04-07\n---\nDrones set fire to an oil depot in Russia's Bryansk region, the regional \
         governor said.\n\nGovernor Alexander Bogomaz said no one had been hurt.\n",
    );
    let first = &statements_jsonl(&articles.join("a.txt"))[0];
    assert_eq!(
        side_speaker_source(first),
        (Some("russian"), Some("Alexander Bogomaz"), Some("bogomaz")),
        "{first}"
    );
    // a gold label may give the title with the name in parentheses: either is the speaker
    let gold = dir.path().join("gold");
    write(
        &gold,
        "a.yaml",
        "doc: a.txt\nstatements:\n  - {quote: \"Drones set fire\", speaker: \"the regional governor (Alexander \
         Bogomaz)\", side: russian}\n  - {quote: \"Governor Alexander Bogomaz\", speaker: \"Alexander Bogomaz\", \
         side: russian}\n",
    );
    let v = eval_json(&gold, &articles);
    assert_eq!(speakers_right(&v), (Some(2), Some(2)), "{v}");
}

#[test]
fn the_company_is_the_body_the_rules_call_so_and_eval_takes_its_canonical_name() {
    let dir = tempdir();
    let articles = dir.path().join("articles");
    write(
        &articles,
        "a.txt",
        "---\ndate: 2025-08-05\n---\nUkraine's state railway company, Ukrzaliznytsia, said the station building \
         had been damaged.\n\nA duty mechanic was killed, the company said.\n",
    );
    // "the company" is the company named before, shown by its words there (`called: [company]`)
    let second = &statements_jsonl(&articles.join("a.txt"))[1];
    assert_eq!(
        side_speaker_source(second),
        (
            Some("ukrainian"),
            Some("Ukraine's state railway company"),
            Some("ukrzaliznytsia")
        ),
        "{second}"
    );
    // the label names the company by its canonical name, the text by its description
    let gold = dir.path().join("gold");
    write(
        &gold,
        "a.yaml",
        "doc: a.txt\nstatements:\n  - {quote: \"Ukraine's state railway company\", speaker: Ukrzaliznytsia, side: \
         ukrainian}\n  - {quote: \"A duty mechanic\", speaker: Ukrzaliznytsia, side: ukrainian}\n",
    );
    let v = eval_json(&gold, &articles);
    assert_eq!(speakers_right(&v), (Some(2), Some(2)), "{v}");
}

/// `counterclaim statements -f jsonl FILE`, one JSON value per statement.
fn statements_jsonl(file: &std::path::Path) -> Vec<serde_json::Value> {
    let out = cc().args(["statements", "-f", "jsonl"]).arg(file).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    out.stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap())
        .collect()
}

/// Who a JSON statement says speaks: its side, speaker and source id.
fn side_speaker_source(s: &serde_json::Value) -> (Option<&str>, Option<&str>, Option<&str>) {
    (s["side"].as_str(), s["speaker"].as_str(), s["source"].as_str())
}

/// An `eval --format json` report's speaker figures: labelled speakers, and those the tool named.
fn speakers_right(v: &serde_json::Value) -> (Option<u64>, Option<u64>) {
    (
        v["total"]["speaker_total"].as_u64(),
        v["total"]["speaker_right"].as_u64(),
    )
}

/// `counterclaim eval --gold GOLD ARTICLES`, for a test to add its flags to.
fn eval_cmd(gold: &std::path::Path, articles: &std::path::Path) -> assert_cmd::Command {
    let mut c = cc();
    c.args([
        "eval",
        "--gold",
        &gold.display().to_string(),
        &articles.display().to_string(),
    ]);
    c
}

/// `counterclaim eval --format json` of the articles in `articles` against the gold files in
/// `gold`: the whole report, after checking the run succeeded.
fn eval_json(gold: &std::path::Path, articles: &std::path::Path) -> serde_json::Value {
    let out = eval_cmd(gold, articles).args(["--format", "json"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// `counterclaim eval --format json` over a labelled set under `eval/`: the whole report.
fn eval_report(set: &str) -> serde_json::Value {
    let root = util::root().join("eval").join(set);
    let out = cc()
        .args([
            "eval",
            "--gold",
            &root.join("gold").display().to_string(),
            &root.join("articles").display().to_string(),
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn the_dev_set_of_unseen_style_articles_keeps_its_accuracy() {
    // eval/dev: articles written independently of the rules and used to find general weaknesses
    let v = eval_report("dev");
    let n = |k: &str| v["total"][k].as_f64().unwrap();
    assert_eq!(n("wrong"), 0.0, "a wrong side on the dev set: {}", v["misses"]);
    assert!(n("right") / n("statements") >= 0.93);
    assert!(n("found_pairs") / n("gold_pairs") >= 0.7);
    // stop 48: 0.592 (45 of 76): the gazetteer of front-line villages and the pairing of a denial
    // of involvement with the other side's report of an attack added unlabelled pairs
    assert!(n("real_pairs") / n("tool_pairs") >= 0.55);
}

/// What a labelled set must keep: at most `wrong` wrong sides, side accuracy, found pairs and
/// pair precision at least these.
struct Floor {
    wrong: f64,
    side: f64,
    found_pairs: f64,
    precision: f64,
}

fn keeps(set: &str, floor: Floor) {
    let v = eval_report(set);
    let n = |k: &str| v["total"][k].as_f64().unwrap();
    assert!(n("wrong") <= floor.wrong, "a new wrong side on {set}: {}", v["misses"]);
    assert!(n("right") / n("statements") >= floor.side, "{set} side accuracy fell");
    assert!(
        n("found_pairs") >= floor.found_pairs,
        "{set} conflict recall fell: {}",
        v["misses"]
    );
    assert!(
        n("real_pairs") / n("tool_pairs") >= floor.precision,
        "{set} conflict precision fell"
    );
}

#[test]
fn the_second_dev_set_keeps_its_accuracy() {
    // eval/dev2: six articles written and labelled by annotators who never saw the rules, about
    // incidents the rules were not written for; used to find general weaknesses. The four wrong
    // sides left are labels careful readers differ on (a Russian city's resident as a third
    // party; an outlet verifying its own claims). Tolls days apart, places measured from,
    // targets named far from their place: 14 of 40 pairs found since the second round (5
    // before it). Precision was 0.424 before civilian targets and "only military targets"
    // became concrete (stop 23): the Hroza cafe now also pairs the governor's and the
    // reporter's cafe with Peskov's "strikes only military targets", where the gold keeps one
    // representative pair, and with a strike in Kharkiv city the same night (the gazetteer does
    // not know the village). Stop 24 let one named target meet the other side's bare label
    // ("strikes only military targets" against "a cafe"): 15 pairs, and precision 0.32, because
    // the cafe's other sentences now also meet Nebenzia's "gathering of military personnel",
    // real disagreements the gold gives one representative pair for. Stop 25: 18 pairs and side
    // 0.936 ("An analysis ... by The New York Times found" is the Times's finding). Stop 27: a
    // denial answers the other side's civilian-target claim, so Moscow's "repeatedly denied
    // targeting civilians" now meets each of the Hroza statements that the dead were civilians
    // (the gold keeps one representative pair): precision 18/65. Stop 36: 0.930, a silence ("did
    // not comment") is now the silent one's, as most annotators label it; this set's held it the
    // reporter's.
    // Stop 37: 0.924; the article's own outlet saying it could not verify a claim is now the
    // reporter's voice (unattributed), as the sets from dev17 on label it; this set held it a
    // third party's.
    keeps(
        "dev2",
        Floor {
            wrong: 4.0,
            side: 0.92,
            found_pairs: 22.0,
            precision: 0.26,
        },
    );
}

#[test]
fn the_third_dev_set_keeps_its_accuracy() {
    // eval/dev3: the first held-out set, measured for five rounds (4 of 56 pairs), then used in
    // stop 23 to find general weaknesses: what was hit (a meeting of commanders against a
    // trolleybus), vague counts ("several" aircraft), ground held against ground taken, who
    // spoke. The wrong side left: "The Guardian was unable to verify Russia's claim ..., and
    // Ukrainian officials have not released any figures" is the Guardian's sentence to us,
    // Kyiv's to the gold. Stop 24: 37 pairs once one named target may meet the other side's
    // bare label (Sumy's "crowded area" against "a meeting of the command staff"). Stop 26: 39
    // pairs (Nebenzya's "countries that supply weapons to Kyiv" no longer files his statement
    // under Kyiv; the Spiderweb air bases are in the gazetteer).
    // Stop 48: 39 pairs; the stop-48 gazetteer of 287 front-line and border villages split one
    // advance claim from its answer.
    keeps(
        "dev3",
        Floor {
            wrong: 1.0,
            side: 0.95,
            found_pairs: 39.0,
            precision: 0.6,
        },
    );
}

#[test]
fn the_fourth_dev_set_keeps_its_accuracy() {
    // eval/dev4: the fourth held-out set (the Chernihiv theatre, the Kramatorsk station,
    // Novorossiysk, the Kostiantynivka market), measured in two rounds (1 of 24 pairs, no wrong
    // side), then used in stop 24: "Donetsk Gov." as the speaker's title, "the city's acting
    // mayor", disputing an account, "rejected responsibility". Most of its pairs are still missed:
    // what was hit is told, not named ("the venue of the so-called exhibition"). Stop 25: 9 pairs
    // ("a city centre" named as hit; a denial of involvement answers the charge that civilians were
    // the target; "used only by Ukraine's armed forces" blames; "an attempted attack" did not get
    // through), side 0.938 (the NYT's finding after "Update"). Stop 37: 0.929; the article's own
    // outlet saying it could not verify a claim is now the reporter's voice (unattributed), as the
    // sets from dev17 on label it; this set held it a third party's.
    keeps(
        "dev4",
        Floor {
            wrong: 0.0,
            side: 0.925,
            found_pairs: 11.0,
            precision: 0.3,
        },
    );
}

#[test]
fn the_fifth_dev_set_keeps_its_accuracy() {
    // eval/dev5: five articles written and labelled by helpers in the styles of Reuters (42,
    // Serhiivka; 46, Pokrovsk), AP (43, Dnipro), the Kyiv Independent (44, Lviv) and the
    // Guardian (45, Chaplyne). Measured first, then used in stops 26 and 27. Article 45
    // measured 20 of 32 sides and no pair at first: surnames spelt like towns, "the president"
    // in lower case, and where the reservists were going. Stop 27: side 0.940, 18 of 27 pairs;
    // its tool pairs are many (every civilian-target statement meets each denial of the same
    // strike).
    // Stop 37: 0.906; the article's own outlet saying it could not verify a claim is now the
    // reporter's voice (unattributed), as the sets from dev17 on label it; this set held it a
    // third party's.
    // Stop 38: 0.899; "It did not name any targets in Lviv" is now the ministry's silence (cue
    // `mentioned`), as the sets from dev20 on label such sentences; this set leaves it
    // unattributed.
    keeps(
        "dev5",
        Floor {
            wrong: 1.0,
            side: 0.895,
            found_pairs: 20.0,
            precision: 0.1,
        },
    );
}

#[test]
fn the_sixth_dev_set_keeps_its_accuracy() {
    // eval/dev6: articles written and labelled by helpers in stop 28 in the styles of AP (47,
    // the landing ship at Feodosia), Al Jazeera (48, the Moscow-region drones), the New York
    // Times (49, the Krynky bridgehead), the BBC (50, the Kharkiv hypermarket) and the Kyiv
    // Independent (51, the Poltava institute), each measured when it arrived, then used. First
    // measured: 47 26/30 sides and no pair ("destroyed" against "only damaged", a ship named
    // after a town); 49 23/31 and no pair (footholds, a marine described by a relative
    // clause); 51 20/27 and no pair; 50 30/33 and 2/8 pairs. Stop 28: side 0.921, 16 of 28.
    // Stop 29: 17 (the Kharkiv mayor's quotation keeps the city its governor's title named).
    keeps(
        "dev6",
        Floor {
            wrong: 0.0,
            side: 0.9,
            found_pairs: 17.0,
            precision: 0.15,
        },
    );
}

#[test]
fn the_seventh_dev_set_keeps_its_accuracy() {
    // eval/dev7: written and labelled by helpers in stop 29 in the styles of Reuters (52, the
    // Vinnytsia Officers' House), AP (53, the Odesa cathedral), the Guardian (54, Belbek air
    // base), the BBC (55, Soledar) and the FT (56, the Sudzha gas station), each measured when
    // it arrived. First measured: side 0.869 (126/145), 4 of 37 pairs (Vinnytsia lost its place
    // after eight sentences; Soledar had no kinds for ground held). Stop 29: 0.924, 17 of 37.
    // Stop 30: 19 (one article follows its incident for up to a week).
    // Stop 37: 0.890; the article's own outlet saying it could not verify a claim is now the
    // reporter's voice (unattributed), as the sets from dev17 on label it; this set held it a
    // third party's.
    // Stop 48: 0.876; a speaker after ", and" now speaks for that clause only, and two annotators
    // had labelled the whole sentence as the speaker's.
    keeps(
        "dev7",
        Floor {
            wrong: 0.0,
            side: 0.875,
            found_pairs: 21.0,
            precision: 0.15,
        },
    );
}

#[test]
fn the_eighth_dev_set_keeps_its_accuracy() {
    // eval/dev8: five more from stop 29 (57 the Zaporizhzhia convoy, AP; 58 the Chonhar bridge,
    // Reuters; 59 Taganrog, the Moscow Times; 60 Marinka, DW; 61 Chernihiv, CNN), all five
    // measured before any was read, after dev7's changes: side 0.912, 9 of 32 pairs, the same
    // as with the stop's starting binary. Stop 29: 0.932, 17 of 32.
    // Stop 37: 0.912; the article's own outlet saying it could not verify a claim is now the
    // reporter's voice (unattributed), as the sets from dev17 on label it; this set held it a
    // third party's.
    // Stop 49: 0.905; "In October, a blast badly damaged the Kerch bridge ..., an attack Moscow
    // blamed on Ukrainian special services" is now the reporter's clause and Moscow's answer, as
    // most sets label the two; this set labels the whole sentence Moscow's.
    keeps(
        "dev8",
        Floor {
            wrong: 0.0,
            side: 0.90,
            found_pairs: 17.0,
            precision: 0.15,
        },
    );
}

#[test]
fn the_ninth_dev_set_keeps_its_accuracy() {
    // eval/dev9: five more from stop 29 (62 the Kyiv barrage, Al Jazeera; 63 the Kavkaz port
    // ferry, the Kyiv Independent; 64 the Marinovka air base, the Telegraph; 65 the Odesa
    // container ship, Bloomberg; 66 Vuhledar, the Independent), measured before any was read
    // with the stop's first binary and with the one after dev7 and dev8 were used: the same,
    // side 0.859 with one wrong side, 9 of 37 pairs. Stop 29: 0.866, no wrong side, 14 of 37.
    // Stop 30: 0.873, 19 (one article followed over four days, a ferry as the vessel hit, the
    // Dnipro paragraph of the Kyiv barrage an aside). Stop 32: 0.887 (the IMO and Oleksiy
    // Kuleba as sources), though "X gave a different account" is X's statement now and its
    // annotator held two of them the reporter's (eleven of the eighteen such sentences across the
    // labelled sets are labelled with the speaker's side). Stop 36: 0.873, a silence is now the
    // silent one's, which this set's annotator held the reporter's twice.
    // Stop 37: 0.845; the article's own outlet saying it could not verify a claim is now the
    // reporter's voice (unattributed), as the sets from dev17 on label it; this set held it a
    // third party's.
    keeps(
        "dev9",
        Floor {
            wrong: 0.0,
            side: 0.845,
            found_pairs: 21.0,
            precision: 0.15,
        },
    );
}

#[test]
fn the_tenth_dev_set_keeps_its_accuracy() {
    // eval/dev10: written and labelled by helpers in stop 30 in the styles of Reuters (67, the
    // Uman apartment block), the BBC (68, the Shebekino raid), the New York Times (69, Robotyne),
    // Meduza (70, the Morozovsk airfield) and Sky News (71, the Mykolaiv administration
    // building), each measured when it arrived: side 0.849, 4 of 40 pairs ("the ministry" and
    // "the source" named only as a sentence's subject before, a Dnipro aside taking the Uman
    // strike's place, a ministry statement five days before the article). Stop 30: 0.911, 13.
    // Stop 37: 0.890; the article's own outlet saying it could not verify a claim is now the
    // reporter's voice (unattributed), as the sets from dev17 on label it; this set held it a
    // third party's.
    // Later in stop 37: 0.877, "did not officially comment" is a silence too (the silent one's).
    // Stop 48: 21 pairs; "pushing south of the village toward Novoprokopivka" is now at that
    // village (the stop-48 gazetteer of 287 front-line and border villages).
    keeps(
        "dev10",
        Floor {
            wrong: 0.0,
            side: 0.875,
            found_pairs: 21.0,
            precision: 0.2,
        },
    );
}

#[test]
fn the_eleventh_dev_set_keeps_its_accuracy() {
    // eval/dev11: five more from stop 30 (72 the Kramatorsk pizzeria, the Washington Post; 73
    // Belgorod on 30 December, Reuters; 74 Krasnohorivka, AFP; 75 the Saky air base, the
    // Guardian; 76 the DniproHES, DW), measured before any was read with the stop's first binary
    // and with the one after dev10 was used: the same, side 0.860 with three wrong sides, 9 of
    // 36 pairs. Stop 30: 0.930, no wrong side, 16 of 36. Stop 35: one wrong side, DeepState
    // after an aside and a date, which the rules hold Ukrainian (as six annotators do) and this
    // annotator a third party (as for dev12).
    // Stop 37: 0.895; the article's own outlet saying it could not verify a claim is now the
    // reporter's voice (unattributed), as the sets from dev17 on label it; this set held it a
    // third party's.
    // Later in stop 37: 0.888, "did not address" is a silence too (Peskov's).
    keeps(
        "dev11",
        Floor {
            wrong: 1.0,
            side: 0.885,
            found_pairs: 22.0,
            precision: 0.2,
        },
    );
}

#[test]
fn the_twelfth_dev_set_keeps_its_first_measurement() {
    // eval/dev12: five more from stop 30 (77 Ternopil, AP; 78 Kupiansk, Reuters; 79 the
    // Novorossiysk port, the FT; 80 the Bilopillia bus, the Guardian; 81 the Saratov refinery, Al
    // Jazeera), measured with the stop's first binary and its last: the same, side 0.874 with
    // one wrong side (DeepState, which the rules hold Ukrainian and the annotator a third party),
    // 17 of 43 pairs: what the tool does on reporting it has not seen. Three changes came from
    // reading its misses afterwards (an analyst "based" abroad, named after "said" with a
    // relative clause of his own; the Caspian Pipeline Consortium; satellite fire data): 0.902.
    // Stop 32: 0.895 ("gave a different account", as for dev9).
    // Stop 37: 0.867; the article's own outlet saying it could not verify a claim is now the
    // reporter's voice (unattributed), as the sets from dev17 on label it; this set held it a
    // third party's.
    // Stop 37: 20 of 43 pairs, precision 20/101 ("X is ours", "no evidence to support the claim").
    // Stop 48: 26 pairs; the General Staff's "not true" now inherits Kurylivka, named in the
    // sentence before (the stop-48 gazetteer of 287 front-line and border villages).
    keeps(
        "dev12",
        Floor {
            wrong: 1.0,
            side: 0.865,
            found_pairs: 26.0,
            precision: 0.19,
        },
    );
}

#[test]
fn the_thirteenth_dev_set_keeps_its_accuracy() {
    // eval/dev13: five from stop 31 (82 the Kremenchuk mall, Reuters; 83 Kryvyi Rih, the BBC; 84
    // Alabuga, the Moscow Times; 85 the Bryansk raid, the Guardian; 86 Snake Island, AP),
    // measured before any was read: side 0.928 (one wrong side, "local media" in Tatarstan, which
    // the seeds' gold holds Russian), 10 of 48 pairs. Stop 31: 0.974, 23 (a withdrawal the other
    // side calls a rout, an AP dateline, "the channel", the Group of Seven).
    // Stop 37: 0.954; the article's own outlet saying it could not verify a claim is now the
    // reporter's voice (unattributed), as the sets from dev17 on label it; this set held it a
    // third party's.
    // Later in stop 37: 0.947, "did not officially comment" is a silence too (the silent one's).
    keeps(
        "dev13",
        Floor {
            wrong: 1.0,
            side: 0.945,
            found_pairs: 25.0,
            precision: 0.2,
        },
    );
}

#[test]
fn the_fourteenth_dev_set_keeps_its_accuracy() {
    // eval/dev14: five from stop 31 (87 the Kherson withdrawal, Reuters; 88 Bucha, AP; 89 the
    // Sevastopol shipyard, the Guardian; 90 Odesa during the Mitsotakis visit, Politico; 91
    // Sudzha, Al Jazeera), measured with the stop's first binary and after dev13 was used: the
    // same, side 0.897 with three wrong sides, 7 of 35 pairs. Stop 31: 0.968, no wrong side, 12.
    keeps(
        "dev14",
        Floor {
            wrong: 0.0,
            side: 0.95,
            found_pairs: 12.0,
            precision: 0.15,
        },
    );
}

#[test]
fn the_fifteenth_dev_set_keeps_its_accuracy() {
    // eval/dev15: five from stop 32 (100 Toretsk, the Kyiv Independent; 101 the Pskov airfield,
    // the Guardian; 102 the Oreshnik strike on Dnipro, Reuters; 103 Kurakhove, AP; 104 the
    // Lipetsk air base, the Guardian), measured before any was read: side 0.907 with two wrong
    // sides, 13 of 46 pairs. Stop 32: 0.936, no wrong side, 31 (a person set off at the end of
    // a sentence, a bare frame after an aside, towns "fully ours" and fighting "still going on").
    // Stop 37: 0.914; the article's own outlet saying it could not verify a claim is now the
    // reporter's voice (unattributed), as the sets from dev17 on label it; this set held it a
    // third party's.
    keeps(
        "dev15",
        Floor {
            wrong: 0.0,
            side: 0.91,
            found_pairs: 33.0,
            precision: 0.15,
        },
    );
}

#[test]
fn the_sixteenth_dev_set_keeps_its_accuracy() {
    // eval/dev16: five from stop 32 (107 Chornobaivka, the Guardian; 108 the Kharkiv printing
    // house, the BBC; 109 the Tikhoretsk arsenal, Reuters; 110 Vovchansk, Politico; 111 the
    // A-50, the Kyiv Independent), measured before any was read with the stop's first binary and
    // with the one after dev15 was used: the same, side 0.826 with six wrong sides, 11 of 36
    // pairs. Stop 32: 0.938, two wrong sides (a company director who borrows the side of the
    // speaker before him), 17. Stop 33: no wrong side (a company the rules do not know takes no
    // side from the speaker before it).
    // Stop 37: 0.910; the article's own outlet saying it could not verify a claim is now the
    // reporter's voice (unattributed), as the sets from dev17 on label it; this set held it a
    // third party's.
    // Stop 48: 0.903, 15 pairs; the stop-48 gazetteer of 287 front-line and border villages put
    // "the town" at Hatyshche, the first of five villages the ministry listed, not Vovchansk; and a
    // clause after ", and" is its speaker's only.
    keeps(
        "dev16",
        Floor {
            wrong: 0.0,
            side: 0.9,
            found_pairs: 15.0,
            precision: 0.15,
        },
    );
}

#[test]
fn the_seventeenth_dev_set_keeps_its_accuracy() {
    // eval/dev17: five from stop 33 (112 the Dzhankoi airfield, Reuters; 113 Velyka Novosilka,
    // AP; 114 the Sevastopol beach, the Guardian; 115 the Ivanovets, the BBC; 116 the Kremniy El
    // plant in Bryansk, the Moscow Times), each measured before it was read: side 0.907 with one
    // wrong side, 9 of 19 pairs. Stop 33: 0.938 (a time opening the clause before an aside,
    // "according to Gov. X", "Hours later X ... told"). Stop 34: no wrong side (what a source
    // released is its claim: "but Moscow later released footage that it said showed him").
    keeps(
        "dev17",
        Floor {
            wrong: 0.0,
            side: 0.94,
            found_pairs: 11.0,
            precision: 0.15,
        },
    );
}

#[test]
fn the_eighteenth_dev_set_keeps_its_accuracy() {
    // eval/dev18: five from stop 34 (120 the Dnipro apartment block, Reuters; 121 the Black Sea
    // Fleet headquarters, the Guardian; 122 the Chornobyl shelter, AP; 123 the Ryazan refinery,
    // Reuters; 124 Chasiv Yar, the Kyiv Independent), measured before any was read: side 0.878
    // with four wrong sides, 11 of 33 pairs. Stop 34: 0.929, no wrong side ("he" after a
    // surname, "released footage", "others" after a group, "a claim Kyiv rejected", "fighting for
    // Kyiv", Chornobyl in the gazetteer, damage played down).
    keeps(
        "dev18",
        Floor {
            wrong: 0.0,
            side: 0.92,
            found_pairs: 21.0,
            precision: 0.12,
        },
    );
}

#[test]
fn the_nineteenth_dev_set_keeps_its_accuracy() {
    // eval/dev19: five more from stop 34 (128 the Kursk nuclear plant, Reuters; 129 the F-16
    // crash, AP; 130 the Bryansk bridge collapse, the BBC; 131 the Kryvyi Rih hotel, the Kyiv
    // Independent; 132 the Primorsko-Akhtarsk air base, the Guardian), measured before any was
    // read with the stop's first binary (side 0.815, two wrong sides, 9 of 29 pairs) and with the
    // one after dev18 was used (0.820, one wrong side). Stop 34: 0.859, no wrong side (a plant's
    // press service and investigators speak for the place, "which it called" is the body the
    // sentence opens with).
    // Stop 44: "Russia's armed aggression against Ukraine" no longer places the General Staff's
    // "Strikes on facilities that support ... will continue" in Ukraine (language.fighting_words), so
    // that forward-looking line, which reads as a strike, now meets the interceptions at Primorsko-
    // Akhtarsk: 12 of its pairs found with 82 tool pairs; precision 0.15 -> 0.14.
    keeps(
        "dev19",
        Floor {
            wrong: 0.0,
            side: 0.85,
            found_pairs: 12.0,
            precision: 0.14,
        },
    );
}

#[test]
fn the_twentieth_dev_set_keeps_its_accuracy() {
    // eval/dev20: five more from stop 34 (133 the Moscow City towers, Reuters; 134 the Myrhorod
    // air base, the Kyiv Independent; 135 the S-400 at Cape Tarkhankut, the Guardian; 136 the
    // Shaykovka air base, AP; 137 a Kharkiv apartment block, the BBC), measured before any was
    // read with the stop's first binary (side 0.859, four wrong sides, 10 of 31 pairs) and with
    // the one after dev18 and dev19 were used (0.889, two wrong sides). Stop 34: 0.910, no wrong
    // side ("exiled" alone no longer makes an outside voice: "an adviser to the exiled mayor of
    // Mariupol"; a city council is the city's officials).
    keeps(
        "dev20",
        Floor {
            wrong: 0.0,
            side: 0.9,
            found_pairs: 17.0,
            precision: 0.15,
        },
    );
}

#[test]
fn the_twenty_first_dev_set_keeps_its_accuracy() {
    // eval/dev21: five more from stop 35 (138 the Tu-22M3 over Stavropol, Reuters; 139 Pokrovsk,
    // the Kyiv Independent; 140 Yavoriv, the BBC; 141 the Kyiv Cabinet building, AP; 142 Syzran,
    // the Guardian), measured before any was read with the stop's first binary: side 0.840 with
    // three wrong sides, 7 of 39 pairs. Stop 35: 0.906, no wrong side, 12 of 39 ("with Russian
    // control confirmed" speaks for no one; "a demand Kyiv has rejected"; Krasnoarmeysk is
    // Pokrovsk).
    keeps(
        "dev21",
        Floor {
            wrong: 0.0,
            side: 0.9,
            found_pairs: 18.0,
            precision: 0.15,
        },
    );
}

#[test]
fn the_twenty_second_dev_set_keeps_its_accuracy() {
    // eval/dev22: five more from stop 35 (146 Millerovo, Reuters; 147 the Kharkiv TV tower, the
    // Kyiv Independent; 148 Desna, AP; 149 the Unecha pumping station, the Guardian; 150 a
    // Kherson bus, Al Jazeera), measured before any was read with the stop's first binary and
    // with the one after dev21 was used: the same, side 0.847 with two wrong sides, 5 of 38
    // pairs. Stop 35: 0.862 ("His office" after a governor; Haidai; "In Bratislava, the economy
    // minister"). The two wrong sides are Hungary's foreign ministry, taken for Russia's one
    // named further back, and a ministry relaying "Russian energy officials".
    keeps(
        "dev22",
        Floor {
            wrong: 2.0,
            side: 0.85,
            found_pairs: 7.0,
            precision: 0.1,
        },
    );
}

#[test]
fn the_twenty_third_dev_set_keeps_its_accuracy() {
    // eval/dev23: five more from stop 35 (151 Belgorod's market, Reuters; 152 Izmail, the BBC;
    // 153 Kstovo, Reuters; 154 Siversk, the Kyiv Independent; 155 the Tsezar Kunikov, the
    // Guardian), measured before any was read with the stop's first binary (side 0.850, one
    // wrong side, 14 of 38 pairs) and with the one after dev21 and dev22 were used (0.864, 15 of
    // 38). Stop 35: 0.898, 18 of 38 (Romania's president and defence minister, Smolensk's
    // governor; "began to sink"; "under the control of the Armed Forces of Ukraine"). The wrong
    // side is the UN's toll after "though" in a sentence Russia's denial opens.
    keeps(
        "dev23",
        Floor {
            wrong: 1.0,
            side: 0.89,
            // stop 46: 22 -> 21. "Geolocated footage indicates that Russian forces have advanced
            // in central Siversk, but Ukrainian forces likely still hold positions ..., the ISW
            // said" is two statements now that geolocated footage speaks, and the labelled pair's
            // quote opens the one that claims the advance, not the one that holds
            found_pairs: 21.0,
            precision: 0.12,
        },
    );
}

#[test]
fn the_twenty_fourth_dev_set_keeps_its_accuracy() {
    // eval/dev24: five from stop 36 (159 the Afipsky refinery, Reuters; 160 the Be-12s in Crimea,
    // the Kyiv Independent; 161 Motor Sich, AP; 162 Novohrodivka, the BBC; 163 the Sudzha
    // pipeline raid, the Guardian), measured before any was read: side 0.815 with seven wrong
    // sides, 11 of 41 pairs. Stop 36: 0.870, no wrong side, 21 of 41 (a past job before "now",
    // a place after "near", "the ministry added" after its words, a negated capture is ground
    // held, "a source familiar with the matter").
    // Stop 44 (review): the rest of a paragraph about an earlier event is dated with it, so "Russia's
    // Defense Ministry said at the time that aviation munitions had detonated" (2022) no longer sits
    // in this strike's incident; the annotator paired it with Zaluzhnyi's admission in the next
    // paragraph, which still does. Found pairs 22 -> 21.
    keeps(
        "dev24",
        Floor {
            wrong: 0.0,
            side: 0.87,
            found_pairs: 21.0,
            precision: 0.2,
        },
    );
}

#[test]
fn the_twenty_fifth_dev_set_keeps_its_accuracy() {
    // eval/dev25: five from stop 36 (167 the Slavyansk refinery, Reuters; 168 Kyiv's Artem
    // plant, the Kyiv Independent; 169 Myrnohrad, the BBC; 170 Naftogaz, AP; 171 Kotluban, the
    // Guardian), measured before any was read with the stop's first binary (side 0.871, eight
    // wrong sides, 18 of 45 pairs) and with the one after dev24 was used (0.887, five). Stop 36:
    // 0.928, one wrong side (Astra, which the rules hold an outside voice), 30 of 45 (Krasnodar's
    // Slavyansk district, the Conflict Intelligence Team, "the goal of the strike has been
    // achieved", "dismissed Moscow's assertion").
    keeps(
        "dev25",
        Floor {
            wrong: 1.0,
            side: 0.92,
            found_pairs: 30.0,
            precision: 0.18,
        },
    );
}

#[test]
fn the_twenty_sixth_dev_set_keeps_its_accuracy() {
    // eval/dev26: five from stop 36 (175 the Orenburg gas plant, Reuters; 176 a Turkish tanker in
    // Izmail, the Kyiv Independent; 177 Huliaipole, the BBC; 178 the Flex factory in Mukachevo,
    // AP; 179 shadow-fleet tankers, the Guardian), measured before any was read with the stop's
    // first binary and with the one after dev24 and dev25 were used: the same, side 0.802 with
    // two wrong sides, 8 and 9 of 35 pairs. Stop 36: 0.855, no wrong side ("The minister said"
    // after "Foreign Minister Andrii Sybiha"; "Regional Gov."; Turkey's and Romania's ministers;
    // silences).
    keeps(
        "dev26",
        Floor {
            wrong: 0.0,
            side: 0.85,
            found_pairs: 10.0,
            precision: 0.12,
        },
    );
}

#[test]
fn the_twenty_seventh_dev_set_keeps_its_accuracy() {
    // eval/dev27: five from stop 36 (183 the Kirishi refinery, Reuters; 184 a training unit in
    // Dnipropetrovsk Oblast, the Kyiv Independent; 185 Kupiansk-Vuzlovyi, the BBC; 186 Kyiv's
    // power plants, AP; 187 the Sheskharis terminal, the Guardian), measured before any was read
    // with the stop's first binary and with the one after dev24 to dev26 were used: the same,
    // side 0.807 with eight wrong sides, 18 of 47 pairs. Stop 36: 0.844, four wrong sides, all
    // Kharchenko, a Kyiv energy analyst its annotator held an outside voice ("though" opens a
    // clause; "- an assertion Kyiv rejected"; silences).
    keeps(
        "dev27",
        Floor {
            wrong: 4.0,
            side: 0.84,
            found_pairs: 25.0,
            precision: 0.2,
        },
    );
}

#[test]
fn the_twenty_eighth_dev_set_keeps_its_accuracy() {
    // eval/dev28: five from stop 37 (191 the Tekstilshchik market in Donetsk, Reuters; 192 Lyman
    // retaken, AP; 193 the Trypillia power plant, the BBC; 194 Ocheretyne, the Kyiv Independent;
    // 195 the Borisoglebsk airfield, the Moscow Times), measured before any was read with the
    // stop's first binary: side 0.820, two wrong sides, 6 of 29 pairs. Stop 37: 0.893, no wrong
    // side, 12 (the article's own outlet; a cited SBU source after "reported"; a description
    // cut at its own cue; "hits were recorded"; "every drone shot down").
    // Stop 41: 0.922; the Kyiv Independent's own armed forces take its side, so 12 of 49 tool
    // pairs (precision 0.245). Stop 42: 0.917, because "Even some Russian pro-war commentators
    // were more cautious than the ministry." now speaks (a lead-in compared with someone), and
    // this annotator left it unattributed where six other dev articles label it Russian.
    // Stop 44: more claim phrases (rejections, ground held, what housed soldiers, ordinary
    // enterprises, scorch marks, blame) and the two sides' bare labels of one incident
    // (`military_vs_civilian_labels`) add tool pairs the annotator did not list (49 -> 51, 12 found
    // either way); precision 0.24 -> 0.23.
    // Stop 50: "In Moscow, the defence ministry said" is no longer at Moscow (where the speaker
    // is), so its "All designated targets were hit" meets the Trypillia claims: 55 -> 57 tool
    // pairs, 13 found; precision 0.236 -> 0.228.
    keeps(
        "dev28",
        Floor {
            wrong: 0.0,
            side: 0.91,
            found_pairs: 13.0,
            precision: 0.22,
        },
    );
}

#[test]
fn the_twenty_ninth_dev_set_keeps_its_accuracy() {
    // eval/dev29: five from stop 37 (199 the Izium burial site, Reuters; 200 Balakliia, the BBC;
    // 201 the Klintsy depot, the Guardian; 202 the Nova Poshta terminal, Al Jazeera; 203 ATACMS
    // on Luhansk and Berdiansk, the New York Times), measured before any was read with the
    // stop's first binary (0.869, one wrong side, 5 of 38 pairs) and after dev28's changes
    // (0.889). Stop 37: 0.920, one wrong side ("the defence ministry" in a background paragraph
    // after the UK's), 7 ("a planned regrouping"; "a military warehouse").
    // Stop 48: 8 pairs; "..., and its military said the attack had destroyed nine helicopters" is a
    // clause of its own now, without the airfield named before it.
    keeps(
        "dev29",
        Floor {
            wrong: 1.0,
            side: 0.915,
            found_pairs: 8.0,
            precision: 0.15,
        },
    );
}

#[test]
fn the_thirtieth_dev_set_keeps_its_accuracy() {
    // eval/dev30: five from stop 37 (207 drones on Moscow's airports, AP; 208 the Kyiv TV tower,
    // the Guardian; 209 Klishchiivka, the Kyiv Independent; 210 the tanker Sig, Reuters; 211 the
    // Kremenchuk refinery, Al Jazeera), measured before any was read with the stop's first binary
    // (0.804, two wrong sides, 13 of 30 pairs) and after dev28 and dev29 (0.830). Stop 37: 0.892,
    // no wrong side, 14 ("Ukraine and its Western allies say"; "X is ours").
    // Stop 41: 0.918, 16 of 30, precision 0.242 (more sided Kyiv Independent statements pair).
    // Stop 48: 15 pairs; Andriivka is known now (the stop-48 gazetteer of 287 front-line and border
    // villages), and "near the village" after it goes to Klishchiivka, named as the point it was
    // measured from. Later in stop 48: 16 pairs again, precision 0.235 (16 of 68): a date after
    // "since" no longer dates its statement, which joins the article's incident.
    keeps(
        "dev30",
        Floor {
            wrong: 0.0,
            side: 0.91,
            found_pairs: 16.0,
            precision: 0.23,
        },
    );
}

#[test]
fn the_thirty_first_dev_set_keeps_its_accuracy() {
    // eval/dev31: five from stop 37 (215 the Nizhnekamsk refinery, Reuters; 216 the 128th
    // brigade's award ceremony, the Kyiv Independent; 217 Urozhaine, the BBC; 218 the submarine
    // Rostov-on-Don, the Guardian; 219 the Tu-141 in Zagreb, Reuters), measured before any was
    // read with the stop's first binary (0.751, one wrong side, 3 of 24 pairs) and after dev28
    // to dev30 (0.751). Stop 37: 0.827, no wrong side, 6 (Croatia and twenty-two more countries;
    // silences; police named without a country; attacks near a village repelled).
    keeps(
        "dev31",
        Floor {
            wrong: 0.0,
            side: 0.825,
            found_pairs: 6.0,
            precision: 0.15,
        },
    );
}

#[test]
fn the_thirty_second_dev_set_keeps_its_accuracy() {
    // eval/dev32: five from stop 37 (223 the Yaroslavl refinery, Reuters; 224 the Kherson
    // market, AP; 225 Dvorichna, the BBC; 226 HIMARS on air defences in Belgorod Oblast, the Kyiv
    // Independent; 227 Moscow's claim of an attack on Putin's Valdai residence, the Guardian),
    // measured before any was read with the stop's first binary (0.802, four wrong sides, 9 of
    // 46 pairs) and after dev28 to dev31 (0.822). Stop 37: 0.876, one wrong side, 12 ("but
    // Ukrainian officials insist"; "a claim Ukrainian officials did not address"; "far from
    // over"; "does not control the village").
    keeps(
        "dev32",
        Floor {
            wrong: 1.0,
            side: 0.875,
            found_pairs: 12.0,
            precision: 0.15,
        },
    );
}

#[test]
fn the_thirty_third_dev_set_keeps_its_accuracy() {
    // eval/dev33: five from stop 38 (231 the Tambov gunpowder plant, Reuters; 232 Bila Tserkva,
    // the Kyiv Independent; 233 Pishchane, AP; 234 the Seshcha airfield, the BBC; 235 a claimed
    // Su-25 shootdown, the Guardian), measured before any was read (0.854, three wrong sides, 9
    // of 43 pairs). Stop 38: 0.924, one wrong side, 10 ("the ministry" after a spokesperson
    // of another ministry; "a report by RUSI"; "a soldier serving with a brigade"; "a charge
    // that John Kirby dismissed").
    // Stop 44: more claim phrases (rejections, ground held, what housed soldiers, ordinary
    // enterprises, scorch marks, blame) and the two sides' bare labels of one incident
    // (`military_vs_civilian_labels`) add tool pairs the annotator did not list (71 -> 78, 10 found
    // either way); precision 0.13 -> 0.12.
    // Stop 48: 12 pairs (the stop-48 gazetteer of 287 front-line and border villages).
    keeps(
        "dev33",
        Floor {
            wrong: 1.0,
            side: 0.92,
            found_pairs: 12.0,
            precision: 0.12,
        },
    );
}

#[test]
fn the_thirty_fourth_dev_set_keeps_its_accuracy() {
    // eval/dev34: five from stop 38 (239 the Ilsky refinery, AP; 240 a training unit in
    // Chernihiv region, Reuters; 241 Yampil, the Kyiv Independent; 242 a landing on the Tendra
    // spit, the Guardian; 243 the Moscow refinery at Kapotnya, the BBC), measured before any was
    // read with the stop's first binary (0.901, five wrong sides, 13 of 42) and after dev33's
    // batch (0.901). Stop 38: 0.927, two wrong sides ("the 11th Army Corps" no longer takes the
    // side of the ministry that spoke before it; "an official with Ukraine's Security Service").
    // Stop 49: precision 0.18; Yampil, introduced as "the village of Yampil" near Siversk, keeps
    // that place when named again, which pairs the ISW's paragraph with the ministry's claim (19
    // of 42 pairs, 25 more tool pairs the labels do not list).
    keeps(
        "dev34",
        Floor {
            wrong: 2.0,
            side: 0.925,
            found_pairs: 19.0,
            precision: 0.18,
        },
    );
}

#[test]
fn the_thirty_fifth_dev_set_keeps_its_accuracy() {
    // eval/dev35: five from stop 38 (250 a Transneft pumping station in Samara region, Reuters;
    // 251 a bus near Bilopillia, AP; 252 the Kurakhove power plant, the Kyiv Independent; 253 the
    // Boyko Towers gas rigs, the Guardian; 254 the Fastiv railway depot, the BBC), measured
    // before any was read with the stop's first binary (0.921, no wrong side, 7 of 31 pairs)
    // and after dev33 and dev34 (0.931). Stop 38: 0.960 ("Black Sea" is no person; "the
    // source" after "an industry source familiar with the matter"; "the village of").
    keeps(
        "dev35",
        Floor {
            wrong: 0.0,
            side: 0.955,
            found_pairs: 11.0,
            precision: 0.13,
        },
    );
}

#[test]
fn the_thirty_sixth_dev_set_keeps_its_accuracy() {
    // eval/dev36: five from stop 39 (255 the Kerch bridge, Reuters; 256 a playground in Kryvyi
    // Rih, AP; 257 the Engels air base, the BBC; 258 Chasiv Yar, the Kyiv Independent; 259 HUR's
    // helicopters, the Guardian), measured before any was read with the stop's first binary
    // (0.894, no wrong side, 22 of 44 pairs). Stop 39: 0.955 ("the 24th Brigade wrote" speaks
    // for the side whose units speak under their numbers; "wrote Fighterbomber"; "were silent").
    // Stop 44 (review): background statements about earlier capture claims lose today's date and join
    // the article's dated cluster as lasting claims, where they meet today's denials: 76 -> 84 tool
    // pairs, 25 found; precision 0.3 -> 0.29.
    // Stop 50: a bare rejection answers the other side's claim that what was hit was military
    // (`denial` takes `target_military`): 26 found, 92 tool pairs, precision 0.29 -> 0.28; the
    // new unlabelled pairs are HUR's "used to transport weapons" against the bloggers' "fake".
    keeps(
        "dev36",
        Floor {
            wrong: 0.0,
            side: 0.95,
            found_pairs: 26.0,
            precision: 0.28,
        },
    );
}

#[test]
fn the_thirty_seventh_dev_set_keeps_its_accuracy() {
    // eval/dev37: five from stop 39 (263 the Belbek airfield, Reuters; 264 the Chernihiv theatre,
    // AP; 265 the withdrawal from Avdiivka, the BBC; 266 the Ryazan refinery, the Kyiv
    // Independent; 267 the Pokrovsk mine, Meduza), measured before any was read with the stop's
    // first binary (0.861, four wrong sides, 12 of 34) and after dev36's batch (0.861). Stop
    // 39: 0.891 ("the spokesman" after "a spokesman for the Tavria group, Dmytro Lykhovyi";
    // "according to Igor Kimakovsky, an adviser to ..."; dismissing the figures disputes a toll).
    // Stop 48: 16 pairs (the stop-48 gazetteer of 287 front-line and border villages).
    keeps(
        "dev37",
        Floor {
            wrong: 3.0,
            side: 0.885,
            found_pairs: 16.0,
            precision: 0.12,
        },
    );
}

#[test]
fn the_thirty_eighth_dev_set_keeps_its_accuracy() {
    // eval/dev38: five from stop 39 (271 the Olenya air base, Reuters; 272 Odesa port, Al
    // Jazeera; 273 Sudzha, Meduza; 274 the shelling of Belgorod, the BBC; 275 Robotyne, the Kyiv
    // Independent), measured before any was read with the stop's first binary and after the two
    // batches before it (0.824, ten wrong sides, 9 of 40). Stop 39: 0.907, two wrong sides
    // ("Asked about ..., an SBU official who declined to be named said"; "he" after a quotation
    // of two sentences, and after Putin spoke through "he"; "..., the ISW noted"; "Its analysts").
    keeps(
        "dev38",
        Floor {
            wrong: 2.0,
            side: 0.9,
            found_pairs: 14.0,
            precision: 0.16,
        },
    );
}

#[test]
fn the_thirty_ninth_dev_set_keeps_its_accuracy() {
    // eval/dev39: five from stop 40 (279 the Novoshakhtinsk refinery, Reuters; 280 Kramatorsk
    // station, the BBC; 281 Vuhledar, AP; 282 the Alabuga drone factory, the Kyiv Independent; 283
    // the Saky air base, the Guardian), measured before any was read with the stop's first binary
    // (0.922, five wrong sides, 15 of 49 pairs). Stop 40: 0.961, two wrong sides ("a senior fellow
    // at ... and a former head of strategy at Gazprom Neft" tells no side; "His adviser, Oleg
    // Kryuchkov," is the person spoken of before's; "declined to be drawn", "speculated", "point
    // out").
    keeps(
        "dev39",
        Floor {
            wrong: 2.0,
            side: 0.955,
            found_pairs: 15.0,
            precision: 0.2,
        },
    );
}

#[test]
fn the_fortieth_dev_set_keeps_its_accuracy() {
    // eval/dev40: five from stop 40 (287 the Tuapse refinery, the Telegraph; 288 the Hroza cafe,
    // the New York Times; 289 Velyka Novosilka, the Financial Times; 290 the Black Sea Fleet
    // headquarters, CNN; 291 the Dzhankoi airfield, Ukrainska Pravda), measured before any was read
    // with the stop's first binary (0.862, four wrong sides, 11 of 37). Stop 40: 0.912, two wrong
    // sides (a relative clause inside a description gives no side by its demonyms; "Defence
    // Intelligence"; "the unit said"; "The group's daily update" after a spokesman for the group;
    // "walked back"; Atesh).
    // Stop 45: 13 -> 12 pairs. "Russia's Defense Ministry said at the time" now takes the day of
    // the paragraph's sentence before (September 13, eleven days before publication); Kyiv's
    // "damaged beyond repair", placed in the wrong region, had paired with it only while both
    // kept the publication date.
    // Stop 50: "Critical infrastructure facilities have not been damaged" is a claim of no damage
    // (`not been damaged`), and pairs with the Dzhankoi strike reports the labels do not list
    // against it: 82 -> 93 tool pairs, precision 0.159 -> 0.140.
    keeps(
        "dev40",
        Floor {
            wrong: 2.0,
            side: 0.91,
            found_pairs: 13.0,
            precision: 0.13,
        },
    );
}

#[test]
fn the_forty_first_dev_set_keeps_its_accuracy() {
    // eval/dev41: five from stop 40 (295 the Nevinnomyssk Azot plant, Reuters; 296 the Votkinsk
    // plant, the Economist; 297 Kamianske, DW; 298 the Shatalovo air base, the Guardian; 299 Lozova
    // station, AP), measured before any was read with the stop's first binary (0.889, one wrong
    // side, 25 of 47). Stop 40: 0.914 ("Ukraine's president said" is Zelensky named before, and so
    // is "He" after; "reckons"; "the railway said"; "Another channel" is on Rybar's side). Stop
    // 41: "Astra ... went further:" now speaks, and Astra is a third party by the rules, where
    // this annotator says Russian (annotators split on it): a second wrong side, by label, and
    // 0.909. Stop 47: 29 pairs. The two Spiderweb pairs in 298 had come from "drones into Russia
    // hidden in lorries" reading the lorries as Russia's; a locative between a name and a target
    // now ends the name's phrase ("Russian missiles hit a residential area" is not in Russia),
    // and the background sentence keeps Smolensk.
    keeps(
        "dev41",
        Floor {
            wrong: 2.0,
            side: 0.905,
            found_pairs: 29.0,
            precision: 0.29,
        },
    );
}

#[test]
fn the_forty_second_dev_set_keeps_its_accuracy() {
    // eval/dev42: five from stop 40 (303 the Novokuibyshevsk refinery, Reuters; 304 Zhytomyr, the
    // Kyiv Independent; 305 Rodynske, Reuters; 306 Kaspiysk, the Guardian; 307 a bus in Marhanets,
    // AP), measured before any was read with the stop's first binary (0.860, two wrong sides, 14 of
    // 45). Stop 40: 0.896, no wrong side ("Russia launched 415 drones at Ukraine, the Air Force
    // reported" takes no side from Russia; "Operational Command East" is a body; "Bunechko said"
    // keeps the side the governor's title gave him).
    // Stop 41: 0.912, precision 0.259 (the Air Force in the Kyiv Independent is Ukrainian now).
    // Stop 44: more claim phrases (rejections, ground held, flags filmed for the cameras, what housed
    // soldiers, ordinary enterprises, scorch marks, blame) and the two sides' bare labels of one
    // incident (`military_vs_civilian_labels`) find 20 of its pairs (14 before) with 90 tool pairs
    // (54 before); precision 0.25 -> 0.22.
    keeps(
        "dev42",
        Floor {
            wrong: 0.0,
            side: 0.91,
            found_pairs: 20.0,
            precision: 0.22,
        },
    );
}

#[test]
fn the_forty_third_dev_set_keeps_its_accuracy() {
    // eval/dev43: five from stop 40 (311 Nikopol, Reuters; 312 the Perm refinery, the Moscow Times;
    // 313 Lutsk, the Kyiv Independent; 314 the Saransk fibre plant, Reuters; 315 Prohres, DW),
    // measured before any was read with the stop's first binary (0.876, four wrong sides, 7 of 38).
    // Stop 40: 0.891, one wrong side ("..., according to the Air Force" after Russia's launches;
    // "The UN Resident and Humanitarian Coordinator" is one title; "painted a different picture";
    // "analysts expect").
    keeps(
        "dev43",
        Floor {
            wrong: 1.0,
            side: 0.885,
            found_pairs: 15.0,
            precision: 0.09,
        },
    );
}

#[test]
fn the_forty_fourth_dev_set_keeps_its_accuracy() {
    // eval/dev44: five from the end of stop 40 (319 the Unecha rail junction, Reuters; 320 Odesa's
    // power, AP; 321 Filiia near Novopavlivka, the Guardian; 322 a plant in Tver region, the BBC;
    // 323 a hospital in Sumy, the Kyiv Independent), written after the stop's last change and
    // measured only: 0.916 (one wrong side) with the stop's first binary, 0.921 with its last.
    // Stop 41 read it: 0.946, 18 of 41 ("Pro-Kremlin Telegram channels went further"; "Severny
    // Veter, a channel ..." is one of them; "..., its analysts added" after the ISW).
    // Stop 48: one wrong side: "DeepState ... continued to show" now has its speaker (language:
    // fillers), and this set labels DeepState a third party where most label it Ukrainian.
    keeps(
        "dev44",
        Floor {
            wrong: 1.0,
            side: 0.94,
            found_pairs: 21.0,
            precision: 0.17,
        },
    );
}

#[test]
fn the_forty_fifth_dev_set_keeps_its_accuracy() {
    // eval/dev45: five from stop 41 (327 the Orsk refinery, Reuters; 328 the CPC's Kropotkinskaya
    // station, AP; 329 Rivne's power, the BBC; 330 Stepove near Orikhiv, the Kyiv Independent; 331
    // the Akhtubinsk airfield, the Guardian), measured before any was read with the stop's first
    // binary (0.831, seven wrong sides). Stop 41: 0.870, three wrong (Astra and two clauses the
    // tool does not split): a research centre is a think tank; "The ministry added" is the
    // Energy Ministry just named, whatever its country; "According to the spokesperson, Russian
    // propaganda claims" is the spokesperson's.
    // Stop 44 (review): undated background statements rejoin the Stepove claim's incident, so
    // "Ukraine's military denied the claim" meets four more statements: 48 -> 62 tool pairs, 13 -> 14
    // found; precision 0.26 -> 0.22.
    // Stop 48: 11 pairs; the stop-48 gazetteer of 287 front-line and border villages placed
    // "Stepove, Mali Shcherbaky and Shcherbaky remain under control" at Mali Shcherbaky, while the
    // claim about Stepove (still unknown) stays at the region.
    // Stop 51: "the consortium" is the Caspian Pipeline Consortium the article named, not
    // unknown (nor, at line 47, Ukraine's after the SBU just before it). The rules make the CPC a
    // third party, as eight other sets' labels do; this set labels it Russian (debatable), so
    // its four statements count as wrong (the one at line 47 already was, as Ukrainian): 3 -> 6.
    keeps(
        "dev45",
        Floor {
            wrong: 6.0,
            side: 0.865,
            found_pairs: 11.0,
            precision: 0.22,
        },
    );
}

#[test]
fn the_forty_sixth_dev_set_keeps_its_accuracy() {
    // eval/dev46: five from stop 41 (335 the Buturlinovka air base, Reuters; 336 Kropyvnytskyi,
    // the Kyiv Independent; 337 a train near Melitopol, the BBC; 338 the Antonivskyi bridge, AP;
    // 339 the Smolensk aviation plant, the Guardian): 0.944, 4 of 35 pairs with the first binary.
    // Stop 41: 0.959, 7 pairs ("nothing had been damaged", "Ukrainian fantasies", explosives
    // detonated under the train).
    keeps(
        "dev46",
        Floor {
            wrong: 2.0,
            side: 0.955,
            found_pairs: 15.0,
            precision: 0.08,
        },
    );
}

#[test]
fn the_forty_seventh_dev_set_keeps_its_accuracy() {
    // eval/dev47: five from stop 41 (343 the Krasnodar refinery, Reuters; 344 the Karachunivske
    // dam, AP; 345 Synkivka, the Kyiv Independent; 346 the Belgorod reservoir dam, the BBC; 347
    // radars near Yevpatoria, the Guardian): 0.886 with the first binary. Stop 41: 0.927, 19 of
    // 41 ("It said" after a ministry spokesman is the ministry; "officials in the region"; the
    // refinery of the region of a body met again by "it").
    // Stop 44: more claim phrases (rejections, ground held, what housed soldiers, ordinary
    // enterprises, scorch marks, blame) and the two sides' bare labels of one incident
    // (`military_vs_civilian_labels`) find 20 of its pairs (19 before) with 91 tool pairs (84
    // before); precision 0.22 -> 0.21.
    keeps(
        "dev47",
        Floor {
            wrong: 1.0,
            side: 0.92,
            found_pairs: 21.0,
            precision: 0.21,
        },
    );
}

#[test]
fn the_forty_eighth_dev_set_keeps_its_accuracy() {
    // eval/dev48: five from stop 41 (351 the Dyagilevo air base, Reuters; 352 Kryvyi Rih, the Kyiv
    // Independent; 353 Pervomaiske, AP; 354 the Soltsy air base, the BBC; 355 a drone in Latvia,
    // the Guardian): 0.829, five wrong with the first binary. Stop 41: 0.875, three wrong
    // ("contacted by Reuters"; "after Moscow claimed ..., Lykhovyi acknowledged"; "Andris Sprūds
    // said" after Latvia's defence minister; the Air Force in a Kyiv Independent article).
    keeps(
        "dev48",
        Floor {
            wrong: 3.0,
            side: 0.87,
            found_pairs: 16.0,
            precision: 0.11,
        },
    );
}

#[test]
fn the_forty_ninth_dev_set_keeps_its_accuracy() {
    // eval/dev49: five from the end of stop 41 (359 the Lyudinovo pumping station, Reuters; 360
    // Cherkasy, the Kyiv Independent; 361 Ukrainsk, AP; 362 tankers in the Kerch Strait, the BBC;
    // 363 Tyotkino, the Guardian), written near the stop's end and measured only: 0.865 with the
    // stop's first binary, 0.885 with its last. Stop 42 read it: 0.895, one wrong ("In Cherkasy,
    // the ministry said" after Russia's Defense Ministry; "Hungary ... protested this week after
    // Russia said ...").
    keeps(
        "dev49",
        Floor {
            wrong: 1.0,
            side: 0.89,
            found_pairs: 14.0,
            precision: 0.18,
        },
    );
}

#[test]
fn the_fiftieth_dev_set_keeps_its_accuracy() {
    // eval/dev50: five from stop 42 (367 the Armavir radar, Reuters; 368 the Glushkovo bridge, the Kyiv Independent; 369 the Mozdok
    // air base, the Moscow Times; 370 Stepnohirsk, AP; 371 Konotop, the BBC): 0.894, three wrong with the
    // first binary. Stop 42: 0.939, one wrong (North Ossetia and its head; "a claim that Voloshyn
    // called" after a quotation's comma; "after the Morozovsk attack showed").
    keeps(
        "dev50",
        Floor {
            wrong: 1.0,
            side: 0.93,
            found_pairs: 19.0,
            precision: 0.13,
        },
    );
}

#[test]
fn the_fifty_first_dev_set_keeps_its_accuracy() {
    // eval/dev51: five from stop 42 (375 the Baltimor air base, the Guardian; 376 Mala Tokmachka, Reuters; 377 Hvardiiske, the
    // Kyiv Independent; 378 Chuhuiv, AP; 379 Chornomorsk, Al Jazeera): 0.881, two wrong with the first
    // binary. Stop 42: 0.915, one wrong (Crimean Wind; the Mejlis; "a figure Moscow has disputed";
    // "its operator" after Zelenskyy; "Another prominent military blogger").
    keeps(
        "dev51",
        Floor {
            wrong: 1.0,
            side: 0.91,
            found_pairs: 19.0,
            precision: 0.27,
        },
    );
}

#[test]
fn the_fifty_second_dev_set_keeps_its_accuracy() {
    // eval/dev52: five from stop 42 (383 Rylsk, Reuters; 384 the Kreminna forest, the BBC; 385 Reni, the Kyiv Independent; 386
    // Kaluga, the Moscow Times; 387 Nova Kakhovka, AP): 0.934, one wrong with the first binary. Stop
    // 42: 0.944 ("his call sign, Lys").
    // Stop 44: more claim phrases (rejections, ground held, what housed soldiers, ordinary
    // enterprises, scorch marks, blame) and the two sides' bare labels of one incident
    // (`military_vs_civilian_labels`) find 12 of its pairs (11 before) with 64 tool pairs (55
    // before); precision 0.19 -> 0.18.
    keeps(
        "dev52",
        Floor {
            wrong: 1.0,
            side: 0.94,
            found_pairs: 14.0,
            precision: 0.18,
        },
    );
}

#[test]
fn the_fifty_third_dev_set_keeps_its_accuracy() {
    // eval/dev53: five from stop 42 (391 Korenevo, the Moscow Times; 392 Primorsk, Reuters; 393 Kacha, the Kyiv Independent; 394
    // Bilozerka, the BBC; 395 Aleksin, AP): 0.824 with the first binary. Stop 42: 0.844 ("the mission
    // said"). Weak: "the Defense Ministry" with no country in a Moscow Times article stays unattributed.
    keeps(
        "dev53",
        Floor {
            wrong: 1.0,
            side: 0.84,
            found_pairs: 5.0,
            precision: 0.06,
        },
    );
}

#[test]
fn the_fifty_fourth_dev_set_keeps_its_accuracy() {
    // eval/dev54: five from stop 42 (399 Kamianka-Dniprovska, the Kyiv Independent; 400 Kyiv, Reuters; 401 Vasylkiv, the BBC;
    // 402 Mariupol, the Moscow Times; 403 Ulyanovsk, AP): 0.911, four wrong with the first binary.
    // Stop 42: 0.916, three wrong ("A Ukrainian defence industry source"; two on Astra, whose label
    // annotators split).
    keeps(
        "dev54",
        Floor {
            wrong: 3.0,
            side: 0.91,
            found_pairs: 17.0,
            precision: 0.12,
        },
    );
}

#[test]
fn the_fifty_fifth_dev_set_keeps_its_accuracy() {
    // eval/dev55: five from stop 42 (407 Kadiivka, Reuters; 408 near Velykyi Burluk, the Kyiv Independent; 409 Taman, the
    // Guardian; 410 Pivdennyi, AP; 411 Pochep, the BBC): 0.921 with the first binary. Stop 42: 0.931, none
    // wrong ("Russia, which controls ..., including ..., has accused"). Stop 43: precision 9/80 ->
    // 9/87, because "all the targets had been destroyed by air defences" is now an interception and
    // "secondary detonations" damage: the Pochep article's fire and scorch marks pair with it as
    // damage against intercepted, which its annotator did not list.
    // Stop 45: 12 -> 10 pairs. "Feb. 7" and "Feb. 6" are now read as dates, so the village's
    // incident runs from February 6 to 9 and its date is the 6th; Kyiv's region-level denial of
    // the 9th is compared only with finer incidents on its own day. Comparing it with every day
    // of a finer incident found these pairs back, at 5 real pairs in 65 over all dev sets.
    keeps(
        "dev55",
        Floor {
            wrong: 0.0,
            side: 0.93,
            found_pairs: 11.0,
            precision: 0.10,
        },
    );
}

#[test]
fn the_fifty_sixth_dev_set_keeps_its_accuracy() {
    // eval/dev56: five from stop 42 (415 Volnovakha, the Kyiv Independent; 416 Liski, Reuters; 417 Simferopol airport, the
    // Guardian; 418 Vyshhorod, the BBC; 419 Trostianets, AP): 0.893 with the first binary. Stop 42: 0.939
    // (exiled officials of occupied cities; "the occupation head"); three wrong, two on Astra.
    keeps(
        "dev56",
        Floor {
            wrong: 3.0,
            side: 0.93,
            found_pairs: 16.0,
            precision: 0.2,
        },
    );
}

#[test]
fn the_fifty_seventh_dev_set_keeps_its_accuracy() {
    // eval/dev57: five from stop 42 (423 Shakhtarsk, Reuters; 424 Armiansk, the BBC; 425 Bohodukhiv, the Kyiv Independent; 426
    // an oil depot in occupied Donetsk, the Moscow Times; 427 near Kupiansk, AP), written near the stop's
    // end and measured only: 0.895 with the stop's first binary, 0.915 with its last. Read and used in
    // stop 43: 0.920, one wrong (a relative clause before the cue; "the Ukraine War ... Work Group").
    keeps(
        "dev57",
        Floor {
            wrong: 1.0,
            side: 0.91,
            found_pairs: 20.0,
            precision: 0.15,
        },
    );
}

#[test]
fn the_fifty_eighth_dev_set_keeps_its_accuracy() {
    // eval/dev58: five from stop 42 (431 the Yelets oil depot, Reuters; 432 the Kramatorsk hotel, the
    // BBC; 433 Penza, the Moscow Times; 434 Lviv, the Kyiv Independent; 435 Udachne, AP): 0.868 with
    // the first binary. Stop 42: 0.895 (press freedom groups; "according to X, head of ... at Kpler").
    // Stop 44: more claim phrases (rejections, ground held, flags filmed for the cameras, what housed
    // soldiers, ordinary enterprises, scorch marks, blame) and the two sides' bare labels of one
    // incident (`military_vs_civilian_labels`) find 20 of its pairs (17 before) with 118 tool pairs
    // (96 before); precision 0.17 -> 0.16.
    keeps(
        "dev58",
        Floor {
            wrong: 1.0,
            side: 0.89,
            found_pairs: 22.0,
            precision: 0.16,
        },
    );
}

#[test]
fn the_fifty_ninth_dev_set_keeps_its_accuracy() {
    // eval/dev59: five from stop 43 (439 Temryuk port, Reuters; 440 the Severstal plant in Cherepovets, the Kyiv Independent; 441 Merefa,
    // the Guardian; 442 the Sviatohirsk Lavra, the BBC; 443 Togliattiazot, AP): 0.824 with the
    // stop's first binary. Stop 43: 0.874 (companies; "its abbot" after the monastery's cellars; Merefa); four wrong, two on Astra.
    keeps(
        "dev59",
        Floor {
            wrong: 4.0,
            side: 0.87,
            found_pairs: 14.0,
            precision: 0.12,
        },
    );
}

#[test]
fn the_sixtieth_dev_set_keeps_its_accuracy() {
    // eval/dev60: five from stop 43 (447 Skadovsk, AP; 448 the Brovary helicopter crash, the Guardian; 449 Petropavlivka, the Kyiv
    // Independent; 450 the bodies and prisoners dispute, the BBC; 451 Budyonnovsk, Reuters): 0.831 with the
    // stop's first binary. Stop 43: 0.920 (participles that say what; the POW headquarters; Medinsky).
    keeps(
        "dev60",
        Floor {
            wrong: 0.0,
            side: 0.91,
            found_pairs: 13.0,
            precision: 0.2,
        },
    );
}

#[test]
fn the_sixty_first_dev_set_keeps_its_accuracy() {
    // eval/dev61: five from stop 43 (455 Henichesk, the BBC; 456 the Zaporizhzhia plant's power, Reuters; 457 MiGs over Estonia, the
    // Guardian; 458 the Mayaky bridge, AP; 459 Valuyki, the Kyiv Independent): 0.899 with the
    // stop's first binary. Stop 43: 0.940 (a third-party army's "the military"; Greenpeace; "in the area").
    // Stop 44: more claim phrases (rejections, ground held, flags filmed for the cameras, what housed
    // soldiers, ordinary enterprises, scorch marks, blame) and the two sides' bare labels of one
    // incident (`military_vs_civilian_labels`) find 16 of its pairs (15 before) with 74 tool pairs
    // (62 before); precision 0.22 -> 0.21.
    keeps(
        "dev61",
        Floor {
            wrong: 1.0,
            side: 0.93,
            found_pairs: 17.0,
            precision: 0.21,
        },
    );
}

#[test]
fn the_sixty_second_dev_set_keeps_its_accuracy() {
    // eval/dev62: five from stop 43 (463 a Kharkiv hotel, Reuters; 464 the bomb dropped on Belgorod, the Guardian; 465 the Volgoneft
    // tankers, the BBC (the incident of dev49's 362); 466 Heorhiivka, Al Jazeera; 467 the Aktau air crash, AP): 0.788 with the
    // stop's first binary. Stop 43: 0.865 (Aliyev, TRT, Rosmorrechflot).
    keeps(
        "dev62",
        Floor {
            wrong: 2.0,
            side: 0.86,
            found_pairs: 9.0,
            precision: 0.18,
        },
    );
}

#[test]
fn the_sixty_third_dev_set_keeps_its_accuracy() {
    // eval/dev63: five from stop 43 (471 the Azot plant in Sievierodonetsk, the Guardian; 472 Borodianka, the Kyiv Independent; 473
    // Yeysk airfield, Reuters; 474 the Tyumen refinery, AP; 475 the Druzhba pipeline, the BBC): 0.902 with the
    // stop's first binary. Stop 43: 0.927 (Mizintsev, Nauseda, Pavel Sorokin).
    keeps(
        "dev63",
        Floor {
            wrong: 0.0,
            side: 0.92,
            found_pairs: 16.0,
            precision: 0.22,
        },
    );
}

#[test]
fn the_sixty_fourth_dev_set_keeps_its_accuracy() {
    // eval/dev64: five from stop 43 (479 Alchevsk, Reuters; 480 Rovenky, the Kyiv Independent; 481 Kherson station, the Guardian; 482
    // Prigozhin's plane, AP; 483 Piatykhatky, Al Jazeera): 0.911 with the
    // stop's first binary. Stop 43: 0.932 (Denise Brown, Marochko).
    // Stop 45: precision 0.16 -> 0.15. Piatykhatky is now in the gazetteer, so its statements
    // form one incident: Kyiv's "recaptured" and Maliar's "forced to retreat" now meet Rogov's
    // concession and Russia's "beaten back", disagreements the annotator did not list.
    keeps(
        "dev64",
        Floor {
            wrong: 0.0,
            side: 0.93,
            found_pairs: 11.0,
            precision: 0.15,
        },
    );
}

#[test]
fn the_sixty_fifth_dev_set_keeps_its_accuracy() {
    // eval/dev65: five from stop 44 (487 Hostomel airport, AP; 488 the Mykolaiv barracks, Reuters;
    // 489 the Derzhprom building, the Kyiv Independent; 490 the Kinburn Spit, the Guardian; 491 the
    // Hotel Bristol in Odesa, the BBC): 0.877 with four wrong sides and 8 of 57 pairs with the
    // stop's first binary. Stop 44: 0.900, one wrong side, 15 pairs ("the thinktank"; "describe
    // ... as ..., the think tank noted"; Ukroboronprom, Antonov, Senkevych).
    keeps(
        "dev65",
        Floor {
            wrong: 1.0,
            side: 0.9,
            found_pairs: 18.0,
            precision: 0.12,
        },
    );
}

#[test]
fn the_sixty_sixth_dev_set_keeps_its_accuracy() {
    // eval/dev66: five from stop 44 (495 the Irpin crossing, the New York Times; 496 St Petersburg,
    // Reuters; 497 drones over Copenhagen, AP; 498 Hrodivka, the Kyiv Independent; 499 Michurinsk,
    // Meduza): 0.854 with four wrong sides and 14 of 53 pairs with the stop's first binary. Stop
    // 44: 0.873, three wrong sides, 16 pairs (a place before a described name; "spoke of"; a
    // second clause split again at "while").
    // Stop 50: "Hrodivka is not lost, but it is half-lost" holds the village (`is not lost`)
    // against the capture claims, four pairs the labels do not list: precision 0.25 -> 0.24.
    keeps(
        "dev66",
        Floor {
            wrong: 3.0,
            side: 0.87,
            found_pairs: 16.0,
            precision: 0.24,
        },
    );
}

// ---------------------------------------------------------------- colour and width

fn compare_stdout(args: &[&str], env: &[(&str, Option<&str>)]) -> String {
    let mut c = cc();
    c.arg("compare")
        .arg(samples().join("002_voronezh_ammunition_depot.txt"))
        .args(args);
    for (k, v) in env {
        match v {
            Some(v) => c.env(k, v),
            None => c.env_remove(k),
        };
    }
    let out = c.output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn color_always_colours_the_side_names_and_never_does_not() {
    let coloured = compare_stdout(&["--color", "always"], &[("NO_COLOR", Some("1"))]);
    assert!(coloured.contains('\u{1b}'), "--color always wins over NO_COLOR");
    // the side headers are coloured, the statement text is not
    let plain = compare_stdout(&["--color", "never"], &[("NO_COLOR", None)]);
    assert!(!plain.contains('\u{1b}'));
    let stripped = coloured
        .split('\u{1b}')
        .enumerate()
        .map(|(i, part)| {
            if i == 0 {
                part
            } else {
                &part[part.find('m').unwrap() + 1..]
            }
        })
        .collect::<String>();
    assert_eq!(stripped, plain, "colour changes nothing but escape sequences");
}

#[test]
fn no_colour_by_default_when_output_is_not_a_terminal() {
    // stdout is a pipe here; NO_COLOR unset
    let out = compare_stdout(&[], &[("NO_COLOR", None)]);
    assert!(!out.contains('\u{1b}'));
    // other formats never carry colour
    for format in ["markdown", "json", "csv", "html", "claimreview"] {
        let out = compare_stdout(&["--format", format, "--color", "always"], &[]);
        assert!(!out.contains('\u{1b}'), "{format}");
    }
}

#[test]
fn table_width_follows_columns() {
    for columns in [60usize, 100, 160] {
        let out = compare_stdout(&[], &[("COLUMNS", Some(&columns.to_string()))]);
        let widest = out
            .lines()
            .filter(|l| l.starts_with(['┌', '│', '╞', '└']))
            .map(|l| l.chars().count())
            .max()
            .unwrap();
        assert_eq!(widest, columns, "COLUMNS={columns}");
    }
}

// ---------------------------------------------------------------- html and claimreview

/// `compare samples --format FORMAT` run from the repository root, so article paths (and the
/// links made from them) are `samples/...` on every machine.
fn compare_samples_as(format: &str) -> String {
    let out = cc()
        .current_dir(util::root())
        .args(["compare", "samples", "--format", format])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Parse a page like a browser does; fail on any parse error html5ever reports.
fn parse_page(html: &str) -> scraper::Html {
    let page = scraper::Html::parse_document(html);
    assert!(page.errors.is_empty(), "HTML parse errors: {:?}", page.errors);
    page
}

fn select<'a>(page: &'a scraper::Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    page.select(&scraper::Selector::parse(css).unwrap()).collect()
}

#[test]
fn compare_html_snapshot() {
    insta::assert_snapshot!("compare_samples_html", compare_samples_as("html"));
}

#[test]
fn html_page_is_valid_self_contained_and_has_a_section_per_incident() {
    let html = compare_samples_as("html");
    let page = parse_page(&html);
    let cmp = compare_json(&[&samples_arg()]);
    let sections = select(&page, "section.incident");
    assert_eq!(sections.len(), cmp.incidents.len());
    for (section, inc) in sections.iter().zip(&cmp.incidents) {
        assert_eq!(section.value().attr("data-incident"), Some(inc.id.as_str()));
        let facts = section.select(&scraper::Selector::parse(".facts dd").unwrap()).count();
        assert_eq!(facts, 3, "place, date and target");
    }
    // every conflict row sets at least two sides side by side
    for row in select(&page, ".conflict") {
        let kind = row.value().attr("data-kind").unwrap();
        let sides = row.select(&scraper::Selector::parse(".side").unwrap()).count();
        assert!(kind.is_empty() || sides >= 2, "{kind}: {sides} sides");
    }
    // every statement has a speaker, a source link to its article and its context
    let statements = select(&page, "article.statement");
    assert!(statements.len() >= 26);
    for s in &statements {
        let has = |css: &str| s.select(&scraper::Selector::parse(css).unwrap()).next().is_some();
        assert!(has(".speaker") && has("a.source[href^='samples/']") && has("details mark"));
    }
    // nothing loads from anywhere: no src, no stylesheet links, one inline script and style,
    // and a policy that forbids the rest
    assert!(select(&page, "[src], link, iframe, object, embed, img").is_empty());
    assert_eq!(select(&page, "script").len(), 1);
    assert_eq!(select(&page, "style").len(), 1);
    let csp = select(&page, "meta[http-equiv='Content-Security-Policy']");
    assert!(csp[0]
        .value()
        .attr("content")
        .unwrap()
        .starts_with("default-src 'none'"));
    assert!(!html.contains("url(") && !html.contains("@import"));
    // the filters offer every side, place and conflict kind on the page
    assert_eq!(select(&page, "#filters input[name=side]").len(), 3);
    assert!(select(&page, "#filters select[name=place] option").len() > cmp.incidents.len());
    // deterministic
    assert_eq!(html, compare_samples_as("html"));
}

#[test]
fn hostile_article_text_is_shown_not_run() {
    let dir = tempdir();
    write(
        dir.path(),
        "a.txt",
        "---\ntitle: \"</title><script>alert('title')</script>\"\noutlet: \"<b onmouseover=alert(1)>Outlet</b>\"\ndate: 2024-05-01\nurl: \"javascript:alert('url')\"\n---\nDrones hit an oil depot <script>alert('body')</script> in Bryansk, Ukraine's General Staff said.\n\nBryansk governor Alexander Bogomaz said all drones were shot down \"<img src=x onerror=alert('img')>\" & </textarea><!-- comment.\n",
    );
    write(
        dir.path(),
        "javascript:alert(2).txt",
        "Drones hit an oil depot in Bryansk, Ukraine's General Staff said.\n",
    );
    let out = cc()
        .args(["compare", &dir.path().display().to_string(), "--format", "html"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let html = String::from_utf8(out.stdout).unwrap();
    let page = parse_page(&html);
    // the page's own script is the only one; no element came from the article
    assert_eq!(select(&page, "script").len(), 1);
    assert!(select(&page, "img, b, textarea").is_empty());
    for el in page.root_element().descendants().filter_map(scraper::ElementRef::wrap) {
        for (name, value) in el.value().attrs() {
            assert!(
                !name.starts_with("on"),
                "event handler {name} on <{}>",
                el.value().name()
            );
            assert!(
                !value.trim_start().to_lowercase().starts_with("javascript:"),
                "{name}={value}"
            );
        }
    }
    // the text reads as written
    let text: String = page.root_element().text().collect();
    for written in [
        "<script>alert('body')</script>",
        "\"<img src=x onerror=alert('img')>\" & </textarea><!-- comment.",
        "</title><script>alert('title')</script>",
        "<b onmouseover=alert(1)>Outlet</b>",
    ] {
        assert!(text.contains(written), "{written}");
    }
    assert_eq!(
        select(&page, "title")[0].text().collect::<String>(),
        "Conflicting claims — counterclaim"
    );
}

#[test]
fn compare_claimreview_snapshot() {
    insta::assert_snapshot!("compare_samples_claimreview", compare_samples_as("claimreview"));
}

#[test]
fn claimreview_maps_speaker_article_date_and_counterclaim() {
    let dir = tempdir();
    write(
        dir.path(),
        "a.txt",
        "---\ntitle: Drones over Bryansk\noutlet: Example Wire\ndate: 2024-05-01\nurl: https://example.org/bryansk\n---\nDrones hit an oil depot in Bryansk, Ukraine's General Staff said.\n\nBryansk governor Alexander Bogomaz said all drones were shot down.\n",
    );
    let out = cc()
        .args(["compare", &dir.path().display().to_string(), "--format", "claimreview"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["@context"], "https://schema.org");
    let reviews = v["@graph"].as_array().unwrap();
    assert_eq!(reviews.len(), 2, "one review per statement in the conflict");
    let by = |speaker: &str| {
        reviews
            .iter()
            .find(|r| r["itemReviewed"]["author"]["name"] == speaker)
            .unwrap_or_else(|| panic!("no review of {speaker}"))
    };
    let gusev = by("Alexander Bogomaz");
    let claim = &gusev["itemReviewed"];
    assert_eq!(gusev["@type"], "ClaimReview");
    assert_eq!(claim["@type"], "Claim");
    assert_eq!(claim["author"]["@type"], "Person");
    assert_eq!(claim["datePublished"], "2024-05-01");
    assert_eq!(claim["appearance"]["url"], "https://example.org/bryansk");
    assert_eq!(claim["appearance"]["headline"], "Drones over Bryansk");
    assert_eq!(claim["appearance"]["publisher"]["name"], "Example Wire");
    assert_eq!(claim["contentLocation"]["@type"], "Place");
    assert!(claim["contentLocation"]["name"]
        .as_str()
        .unwrap()
        .starts_with("Bryansk"));
    assert!(
        claim.get("locationCreated").is_none(),
        "the incident is not where the claim was made"
    );
    assert_eq!(gusev["claimReviewed"], claim["text"]);
    assert_eq!(gusev["reviewAspect"], "hit vs intercepted");
    assert!(gusev.get("reviewRating").is_none(), "counterclaim rates nothing");
    // the counterclaim is the other side's statement, the same node as that one's own review
    let counter = &gusev["citation"][0];
    let staff = &by("General Staff of the Armed Forces of Ukraine")["itemReviewed"];
    assert_eq!(counter, staff);
    assert!(counter["text"].as_str().unwrap().starts_with("Drones hit an oil depot"));
}

#[test]
fn statements_refuse_the_compare_only_formats_before_reading() {
    for format in ["html", "claimreview"] {
        let err = failure(&["statements", "/nonexistent-input", "--format", format], &[]);
        assert!(
            !err.contains("nonexistent"),
            "refused before the inputs are read: {err}"
        );
        insta::assert_snapshot!(format!("error_statements_{format}"), err);
    }
}

#[test]
fn output_file_for_html_and_claimreview_is_atomic_and_never_an_input() {
    let dir = tempdir();
    let article = write(
        dir.path(),
        "a.txt",
        "Drones hit an oil depot in Bryansk, Ukraine's General Staff said.\n\nBryansk governor Alexander Bogomaz said all drones were shot down.\n",
    );
    let a = article.display().to_string();
    for (format, name) in [("html", "report.html"), ("claimreview", "review.jsonld")] {
        let target = dir.path().join(name);
        let t = target.display().to_string();
        cc().args(["compare", &a, "--format", format, "-o", &t])
            .assert()
            .success()
            .stdout(predicate::str::is_empty());
        let written = std::fs::read_to_string(&target).unwrap();
        let expected = cc().args(["compare", &a, "--format", format]).output().unwrap().stdout;
        assert_eq!(written.as_bytes(), expected, "-o writes what stdout would get");
        // a failing run leaves the previous file as it was
        let err = failure(&["compare", "/nonexistent-input", "--format", format, "-o", &t], &[]);
        assert!(err.contains("nonexistent-input"), "{err}");
        assert_eq!(std::fs::read_to_string(&target).unwrap(), written);
        // an input is never overwritten, whatever its name says
        let err = failure(&["compare", &a, "--format", format, "-o", &a], &[dir.path()]);
        assert!(err.contains("is one of the inputs"), "{err}");
    }
    // and no temporary file is left behind
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["a.txt", "report.html", "review.jsonld"]);
}

// ---------------------------------------------------------------- completions and man page

#[test]
fn completions_are_generated_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = cc().args(["completions", shell]).output().unwrap();
        assert!(
            out.status.success(),
            "{shell}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let script = String::from_utf8(out.stdout).unwrap();
        for word in ["counterclaim", "compare", "statements", "format", "claimreview"] {
            assert!(script.contains(word), "{shell} completion lacks {word}");
        }
    }
    // the bash script is valid bash
    let out = cc().args(["completions", "bash"]).output().unwrap();
    if let Ok(status) = std::process::Command::new("bash")
        .arg("-n")
        .stdin(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write as _;
            child.stdin.take().unwrap().write_all(&out.stdout)?;
            child.wait()
        })
    {
        assert!(status.success(), "bash -n rejects the completion script");
    }
    let err = failure(&["completions", "tcsh"], &[]);
    assert!(err.contains("possible values"), "{err}");
}

/// Render roff with groff when it is installed, warnings on; `None` without groff.
fn groff(roff: &[u8]) -> Option<(bool, String, String)> {
    use std::io::Write as _;
    let mut child = std::process::Command::new("groff")
        .args(["-man", "-Tutf8", "-ww", "-P-bcou"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .ok()?;
    child.stdin.take().unwrap().write_all(roff).unwrap();
    let out = child.wait_with_output().unwrap();
    Some((
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    ))
}

#[test]
fn man_pages_render() {
    for (args, title) in [
        (vec!["man"], "counterclaim"),
        (vec!["man", "compare"], "counterclaim-compare"),
        (vec!["man", "statements"], "counterclaim-statements"),
    ] {
        let out = cc().args(&args).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let roff = String::from_utf8(out.stdout.clone()).unwrap();
        assert!(
            roff.starts_with(&format!(".ie \\n(.g .ds Aq \\(aq\n.el .ds Aq '\n.TH {title} 1")),
            "{roff}"
        );
        for section in [".SH NAME", ".SH SYNOPSIS", ".SH OPTIONS"] {
            assert!(roff.contains(section), "{title} lacks {section}");
        }
        match groff(&out.stdout) {
            Some((ok, text, warnings)) => {
                assert!(ok && warnings.is_empty(), "groff on {title}: {warnings}");
                assert!(text.contains("--rules <DIR>"), "{text}");
            }
            None => eprintln!("groff not installed: {title} checked as roff text only"),
        }
    }
    let roff = cc().arg("man").output().unwrap().stdout;
    let roff = String::from_utf8(roff).unwrap();
    for command in ["compare", "statements", "eval", "completions", "man"] {
        assert!(
            roff.contains(&format!("counterclaim\\-{command}(1)")),
            "main page lists {command}"
        );
    }
    // -o writes the same page, atomically like every other output
    let dir = tempdir();
    let page = dir.path().join("counterclaim.1");
    cc().args(["man", "-o", &page.display().to_string()])
        .assert()
        .success()
        .stdout(predicate::str::is_empty());
    assert_eq!(std::fs::read_to_string(&page).unwrap(), roff);
    let err = failure(&["man", "nope"], &[]);
    insta::assert_snapshot!("error_man_unknown_command", err);
}

/// A rule author's `word*` phrase matches any ending of its last word, through the whole
/// pipeline (the default rules have none, so nothing else runs this path end to end).
#[test]
fn a_wildcard_phrase_of_a_users_rules_matches_any_ending() {
    let dir = tempdir();
    write(
        dir.path(),
        "claims.yaml",
        "claims:\n  - id: blackout\n    label: power cut\n    phrases: [\"power outage*\", \"cut off from electric*\"]\n    examples:\n      - text: \"Officials reported power outages in the city.\"\n        kinds: [blackout]\n",
    );
    let article = write(
        dir.path(),
        "article.txt",
        "Officials in Belgorod reported power outages after the strike.\nThousands were cut off from electricity, the governor said.\nThe power plant was outside the city.\n",
    );
    let out = cc()
        .args([
            "--rules",
            &dir.path().display().to_string(),
            "statements",
            "-f",
            "jsonl",
        ])
        .arg(&article)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let kinds: Vec<Vec<String>> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["kinds"]
                .as_array()
                .unwrap()
                .iter()
                .map(|k| k.as_str().unwrap().to_string())
                .collect()
        })
        .collect();
    assert_eq!(kinds.len(), 3);
    assert!(kinds[0].contains(&"blackout".to_string()), "{kinds:?}");
    assert!(kinds[1].contains(&"blackout".to_string()), "{kinds:?}");
    assert!(!kinds[2].contains(&"blackout".to_string()), "{kinds:?}");
    let test = cc()
        .args(["--rules", &dir.path().display().to_string(), "rules", "test"])
        .output()
        .unwrap();
    assert!(test.status.success(), "{}", String::from_utf8_lossy(&test.stdout));
}

#[test]
fn a_military_site_claim_meets_a_residential_building_claim() {
    // one strike, two accounts of what it hit: an apartment block against a troop deployment
    // point; neither is in the samples
    let dir = tempdir();
    let article = write(
        dir.path(),
        "kharkiv.txt",
        "---\ndate: 2026-11-22\n---\nRussian glide bombs struck an apartment block in Kharkiv on Saturday, killing four people, regional governor Oleh Syniehubov said.\n\nRussia's defence ministry said its aircraft had struck a temporary deployment point of Ukrainian troops in Kharkiv.\n\nRussia's deputy envoy to the UN said the Ukrainian claims were propaganda.\n",
    );
    let cmp = compare_json(&[&article.display().to_string()]);
    let pairs: Vec<(&str, &str, &str)> = cmp
        .incidents
        .iter()
        .flat_map(|i| &i.conflicts)
        .map(|c| (c.kind.as_str(), c.a.side.as_str(), c.b.side.as_str()))
        .collect();
    assert!(
        pairs.contains(&("military_vs_civilian", "ukrainian", "russian")),
        "{pairs:?}"
    );
    assert!(has_pair(&cmp, "apartment block", "temporary deployment point"));
    // the envoy to the UN speaks for Russia, not for the UN
    let all = statements_json(&[&article.display().to_string()]);
    assert_eq!(with(&all, "envoy to the UN").side, "russian");
}

#[test]
fn the_sixty_seventh_dev_set_keeps_its_accuracy() {
    // eval/dev67: five from stop 45 (503 Blahodatne, AP; 504 the MQ-9 over the Black Sea, Reuters;
    // 505 the Dnipro clinic, the Kyiv Independent; 506 Prilepin's car bomb, the Guardian; 507 the
    // Sevastopol fuel depot, TASS): 0.888 with five wrong sides and 6 of 46 pairs with the stop's
    // first binary. Stop 45: 0.947, one wrong side, 11 pairs (Anatoly Antonov is no company; a
    // closing frame after a quotation; "it said" after a noun cue; Makarivka is no Makiivka;
    // "thrown back" holds ground).
    keeps(
        "dev67",
        Floor {
            wrong: 1.0,
            side: 0.94,
            found_pairs: 11.0,
            precision: 0.30,
        },
    );
}

#[test]
fn the_sixty_eighth_dev_set_keeps_its_accuracy() {
    // eval/dev68: five from stop 45 (508 Kirillov, AFP; 509 the Odesa law academy, the BBC; 510
    // Proletarsk, Meduza; 511 North Korean troops in Kursk, RFE/RL; 512 the Tsiklon, Al Jazeera):
    // 0.798 with three wrong sides and 12 of 55 pairs with the stop's first binary. Stop 45: 0.830,
    // one wrong side, 17 pairs (the OPCW; "it" is no country named as where; "dismissed the
    // figure as"; "minimal losses"; a control centre is military).
    keeps(
        "dev68",
        Floor {
            wrong: 1.0,
            side: 0.82,
            found_pairs: 17.0,
            precision: 0.42,
        },
    );
}

#[test]
fn the_sixty_ninth_dev_set_keeps_its_accuracy() {
    // eval/dev69: five from stop 46 (519 the Bryansk fuel depots, Reuters; 520 Kharkiv's
    // dormitories, the Guardian; 521 Pisky, the Kyiv Independent; 522 Sevastopol bay, the BBC; 523
    // the Zaporizhzhia plant's shelling, RFE/RL): 0.868 with one wrong side and 15 of 63 pairs with
    // the stop's first binary. Stop 46: 0.901, no wrong side, 15 pairs (a report brought in by "a"
    // is no statement before; the emergencies ministry is the place's; GeoConfirmed; "it's not
    // us"; "an invented story"; a base of foreign fighters is military).
    keeps(
        "dev69",
        Floor {
            wrong: 0.0,
            side: 0.89,
            found_pairs: 15.0,
            precision: 0.33,
        },
    );
}

#[test]
fn the_seventieth_dev_set_keeps_its_accuracy() {
    // eval/dev70: five from stop 46 (524 Yarova, AP; 525 the CPC terminal, AFP; 526 the
    // Dnipropetrovsk border, Meduza; 527 the Simferopol ship, Al Jazeera; 528 the Easter truce,
    // the New York Times): 0.802 with six wrong sides and 5 of 37 pairs with the stop's first
    // binary. Stop 46: 0.881, three wrong sides, 7 pairs (a name set off by "(CPC), whose ...";
    // "the consortium"; Z-bloggers; "defended its strikes as"; Ukrposhta; Yarova). The wrong sides
    // left are labels: a DeepState and a Dumskaya the annotator calls third party though the text
    // calls them Ukrainian, and an expert quoted by TASS.
    keeps(
        "dev70",
        Floor {
            wrong: 3.0,
            side: 0.87,
            found_pairs: 7.0,
            precision: 0.24,
        },
    );
}

#[test]
fn the_seventy_first_dev_set_keeps_its_accuracy() {
    // eval/dev71: five from stop 46 (535 Dnipro's SBU building, Ukrainska Pravda; 536 Vuhledar, the
    // Washington Post; 537 Kolomna's drone, TASS; 538 the Ivan Khurs, Reuters; 539 Tatarsky's
    // killing, the Kyiv Independent): 0.809 with four wrong sides and 10 of 52 pairs with the
    // stop's first binary. Stop 46: 0.852, three wrong sides, 14 pairs ("Quote from X:" labels;
    // Navalny's team and Ponomarev are third parties; "not one meter of"). Wrong sides left: the
    // Russian 155th Brigade read as a Ukrainian numbered unit, Moscow's sentence with the US and
    // Britain's denial in an aside, and Fontanka (a Russian outlet the annotator calls third party).
    keeps(
        "dev71",
        Floor {
            wrong: 3.0,
            side: 0.84,
            found_pairs: 14.0,
            precision: 0.23,
        },
    );
}

#[test]
fn the_seventy_second_dev_set_keeps_its_accuracy() {
    // eval/dev72: five from stop 46 (540 the Zaporizhzhia plant's cooling tower, the Guardian; 541
    // Sumy, AP; 542 the S-70 Okhotnik, RFE/RL; 543 Azov's oil depot, Meduza; 544 Ryzhivka, AFP):
    // 0.856, no wrong side, 10 of 52 pairs with the stop's first binary. Stop 46: 0.886, 12 pairs
    // (Ryzhivka; Voyenny Osvedomitel; "offered a somewhat different version"; "according to the
    // service" after the State Emergency Service; "relayed").
    keeps(
        "dev72",
        Floor {
            wrong: 0.0,
            side: 0.87,
            found_pairs: 12.0,
            precision: 0.18,
        },
    );
}

#[test]
fn the_seventy_third_dev_set_keeps_its_accuracy() {
    // eval/dev73: four from stop 47 (548 Kramatorsk's apartment block, AP; 549 Avdiivka's October
    // offensive, the Guardian; 550 the Su-34s over Kherson, Kyiv Independent; 551 the
    // Krasnohvardiiske depot, Reuters; the fifth, on the Severomuysky tunnel, went to heldout61,
    // which covers the same sabotage): 0.823, no wrong side, 8 of 33 pairs with the stop's first
    // binary. Stop 47: 0.857, 13 pairs ("did not lose a single position", "remained under its
    // control", "the 110th mechanised brigade", "no Ukrainian aircraft had been lost").
    keeps(
        "dev73",
        Floor {
            wrong: 0.0,
            side: 0.85,
            found_pairs: 13.0,
            precision: 0.2,
        },
    );
}

#[test]
fn the_seventy_fourth_dev_set_keeps_its_accuracy() {
    // eval/dev74: five from stop 47 (553 the Trudivske training ground, BBC; 554 the Sevastopol
    // car bomb, RFE/RL; 555 Orlivka, the New York Times; 556 Kharkiv's fuel depot, AFP; 557 the
    // Mi-8 downed by a sea drone, Ukrainska Pravda): 0.763, 2 wrong sides, 11 of 27 pairs with the
    // stop's first binary. Stop 47: 0.814, 13 pairs (DIU, BBC Russian, an investigation opened,
    // "regional prosecutor", Zabaykalsky Krai).
    keeps(
        "dev74",
        Floor {
            wrong: 2.0,
            side: 0.81,
            found_pairs: 13.0,
            precision: 0.28,
        },
    );
}

#[test]
fn the_seventy_fifth_dev_set_keeps_its_accuracy() {
    // eval/dev75: five from stop 47 (558 Timonovo's depot, the Washington Post; 559 the
    // Vuhlehirsk power plant, TASS; 560 Vilniansk's maternity ward, Al Jazeera; 561 the Nord
    // Stream blasts, AP; 562 the S-300 over Belarus, Kyiv Independent): 0.884, 1 wrong side, 7 of
    // 39 pairs with the stop's first binary. Stop 47: 0.915, 9 pairs (Belarus's oblasts, "cast
    // doubt, however,", "was more direct", "rejected that", "not a single strike was carried out").
    keeps(
        "dev75",
        Floor {
            wrong: 1.0,
            side: 0.91,
            found_pairs: 9.0,
            precision: 0.4,
        },
    );
}

#[test]
fn the_seventy_sixth_dev_set_keeps_its_accuracy() {
    // eval/dev76: five from stop 47, written after the stop's first changes (572 the
    // Shchekinoazot plant, Reuters; 573 Kyiv's Solomianskyi district, AP; 574 the Balashikha car
    // bomb, the Guardian; 575 the Su-35 over Kursk, Kyiv Independent; 576 Demidovka, Meduza):
    // 0.788, 3 wrong sides, 13 of 53 pairs with the stop's first binary. Stop 47: 0.815, one wrong
    // side, 14 pairs ("an attack the Kremlin has blamed on Ukraine", "an independent media outlet
    // based in Russia", "responded to", "amount to terrorism").
    keeps(
        "dev76",
        Floor {
            wrong: 1.0,
            side: 0.81,
            found_pairs: 14.0,
            precision: 0.35,
        },
    );
}

#[test]
fn the_seventy_seventh_dev_set_keeps_its_accuracy() {
    // eval/dev77: five from stop 47 (577 Kursk station, BBC; 578 the Reikartz hotel in
    // Zaporizhzhia, AFP; 579 Bakhmut's flanks, the New York Times; 580 the A-50 at Machulishchy,
    // RFE/RL; 581 Storm Shadows on Luhansk, TASS): 0.830, 2 wrong sides, 6 of 72 pairs with the
    // stop's first binary. Stop 47: 0.895, one wrong side, 5 pairs (BYPOL, Belarusian Hajun and
    // Viasna; "On Friday he returned to the theme, saying"). One pair was lost to "Russian missiles
    // hit a residential area" no longer being in Russia, which fixed a wrong side in the same
    // article.
    keeps(
        "dev77",
        Floor {
            wrong: 1.0,
            side: 0.89,
            found_pairs: 5.0,
            precision: 0.25,
        },
    );
}

#[test]
fn the_seventy_eighth_dev_set_keeps_its_accuracy() {
    // eval/dev78: five from stop 47 (582 Zolota Nyva and Zoriane, Al Jazeera; 583 Kyiv's missile
    // barrage, the Washington Post; 584 Zaporizhzhia's clinic, Ukrainska Pravda; 585 Smolensk's oil
    // depots, Reuters; 586 the Kerch ferry crossing, the Guardian): 0.860, no wrong side, 12 of 51
    // pairs with the stop's first binary. Stop 47: 0.865, 13 pairs (night-time thermal footage
    // released; "replied to").
    keeps(
        "dev78",
        Floor {
            wrong: 0.0,
            side: 0.86,
            found_pairs: 13.0,
            precision: 0.25,
        },
    );
}

#[test]
fn the_seventy_ninth_dev_set_keeps_its_accuracy() {
    // eval/dev79: five from stop 48 (587 the Khmelnytskyi depot blast, CNN; 588 the Litvinovo
    // pumping station, Reuters; 589 Paraskoviivka, the Moscow Times; 590 two patrol ships hit by
    // sea drones, Ukrinform; 591 the Zaporizhzhia plant's roofs, the Guardian): 0.841, 2 wrong
    // sides, 3 of 53 pairs with the stop's first binary. Stop 48: 0.860, 10 pairs (Paraskoviivka
    // and Krasna Hora in the gazetteer; "responded that", "estimate that", "issued a second
    // statement praising").
    keeps(
        "dev79",
        Floor {
            wrong: 2.0,
            side: 0.855,
            found_pairs: 10.0,
            precision: 0.4,
        },
    );
}

#[test]
fn the_eightieth_dev_set_keeps_its_accuracy() {
    // eval/dev80: five from stop 48 (592 the Platonovskaya depot, Kyiv Post; 593 a missile over
    // Poland, DW; 594 Pokrovsk and Rivne, AP; 595 Krokhmalne, TASS; 596 a helicopter in Tiraspol,
    // the Financial Times): 0.841, 3 wrong sides, 14 of 52 pairs with the stop's first binary. Stop
    // 48: 0.876, one wrong side (a given name is no surname: Vladimir Fityo is not Vladimir
    // Vladimirov; "contested that account").
    // Stop 51: Transnistria and Tiraspol are places now (Russian-run, as this set labels them).
    // Most of 596 moves to Tiraspol, but the bloggers' "seize the region" still inherits the
    // Odesa region that "close to the border with Ukraine's Odesa region" named, so three pairs
    // with Kyiv's denials are lost: 14 -> 11, precision 0.22. No wrong side is left (the
    // Transnistrian officials were Odesa's, Ukrainian).
    keeps(
        "dev80",
        Floor {
            wrong: 0.0,
            side: 0.87,
            found_pairs: 11.0,
            precision: 0.22,
        },
    );
}

#[test]
fn the_eighty_first_dev_set_keeps_its_accuracy() {
    // eval/dev81: five from stop 48 (597 the Grad on Lake Onega, Euronews; 598 the Bilenkivka penal
    // colony, BBC; 599 the Stavropol bombing, Meduza; 600 Basivka, AFP; 601 the Andreapol pumping
    // station, the Washington Post): 0.823, 5 wrong sides, 13 of 42 pairs with the stop's first
    // binary. Stop 48: 0.834, 4 wrong sides, 14 pairs ("The program's website" is not Meduza; a
    // death toll given; Russia's fleets).
    // Stop 49: precision 0.29; "Russia's defence ministry did not mention Bilenke" and the
    // paragraphs after it are now at the village the article introduced, in the Zaporizhzhia
    // region, not at no place: nine more tool pairs the labels do not list.
    keeps(
        "dev81",
        Floor {
            wrong: 4.0,
            side: 0.83,
            found_pairs: 14.0,
            precision: 0.29,
        },
    );
}

#[test]
fn the_eighty_second_dev_set_keeps_its_accuracy() {
    // eval/dev82: five from stop 48, written after its first round of changes, which did not move
    // it (608 an S-300 in a hangar near Dnipro, Reuters; 609 Pavlivka, Kyiv Independent; 610 the
    // tug Vasily Bekh, the Guardian; 611 Rogozin's hotel in Donetsk, RIA Novosti; 612 Staraya
    // Nelidovka, Bloomberg): 0.795, 4 wrong sides, 5 of 62 pairs. Stop 48: 0.903, one wrong side, 6
    // pairs ("he" past a sentence that names nobody to the brigade's spokesperson; Rogozin, Heger,
    // Motuzyanyk).
    keeps(
        "dev82",
        Floor {
            wrong: 1.0,
            side: 0.9,
            found_pairs: 6.0,
            precision: 0.15,
        },
    );
}

#[test]
fn the_eighty_third_dev_set_keeps_its_accuracy() {
    // eval/dev83: five from stop 48, written after its first round (613 Odesa's museum, AP; 614
    // Rivnopil, BBC; 615 Bryansk's derailments, Meduza; 616 the Duna hotel in Berdiansk, Novaya
    // Gazeta Europe; 617 the Sukru Okan, the Telegraph): 0.815, no wrong side, 7 of 37 pairs. Stop
    // 48: 0.843 (the Federation Council, Skabeyeva, Zapiski Veterana, Refinitiv, Lloyd's List;
    // "taken a very different view").
    keeps(
        "dev83",
        Floor {
            wrong: 0.0,
            side: 0.84,
            found_pairs: 7.0,
            precision: 0.25,
        },
    );
}

#[test]
fn the_eighty_fourth_dev_set_keeps_its_accuracy() {
    // eval/dev84: five from stop 48, written after its first round (618 Pryluky, the New York
    // Times; 619 the Mirage over Volyn, Ukrainska Pravda; 620 Novenke, AFP; 621 the Vtorovo pumping
    // station, the Moscow Times; 622 a Buyan-M in the Sea of Azov, Reuters): 0.832, 2 wrong sides,
    // 9 of 46 pairs. Stop 48: 0.845, one wrong side, 10 pairs ("Telegram channels began claiming").
    keeps(
        "dev84",
        Floor {
            wrong: 1.0,
            side: 0.84,
            found_pairs: 10.0,
            precision: 0.3,
        },
    );
}

#[test]
fn the_eighty_fifth_dev_set_keeps_its_accuracy() {
    // eval/dev85: five from stop 49 (632 the Rzhyshchiv dormitories, AP; 633 the Volna oil depot,
    // Reuters; 634 Yahidne, the Kyiv Independent; 635 the Yuri Olefirenko, the Moscow Times; 636
    // the Matsievskyi video, Al Jazeera), measured before any was read: 0.843, one wrong side, 11
    // of 50 pairs. Stop 49: 0.837, no wrong side ("Shadura's family" is not the town of Shatura's;
    // "He gave no further details" is now Konashenkov's, where the labels read a silence as the
    // reporter's).
    keeps(
        "dev85",
        Floor {
            wrong: 0.0,
            side: 0.83,
            found_pairs: 11.0,
            precision: 0.3,
        },
    );
}

#[test]
fn the_eighty_sixth_dev_set_keeps_its_accuracy() {
    // eval/dev86: four from stop 49 (637 Belarus's drone claim, BBC; 638 the Yevsyukov car bomb,
    // RFE/RL; 639 the Yurovka oil depots, Ukrainska Pravda; 640 Zhelanne Druhe, TASS; a fifth, on
    // the Odesa Iskander strike, went to heldout69, which covers the same strike): 0.844, 2 of 32
    // pairs. Stop 49: 0.883, 5 pairs ("the source" after a "Source:" line; SSU; "the community of").
    keeps(
        "dev86",
        Floor {
            wrong: 0.0,
            side: 0.88,
            found_pairs: 5.0,
            precision: 0.4,
        },
    );
}

#[test]
fn the_eighty_seventh_dev_set_keeps_its_accuracy() {
    // eval/dev87: five from stop 49 (642 the Kavkazskaya depot, Reuters; 643 Balakliia, the New
    // York Times; 644 Stupochky and Otradne, Meduza; 645 the Oryol railway blast, the Kyiv Post; 646
    // two Chinese fighters captured, AFP): 0.795, 3 wrong sides, 9 of 44 pairs. Stop 49: 0.825, 2
    // wrong sides ("he" after a quotation naming Putin is Zelenskiy; "He cited"; "A day later, the
    // Ukrainian leader went further, telling").
    keeps(
        "dev87",
        Floor {
            wrong: 2.0,
            side: 0.82,
            found_pairs: 9.0,
            precision: 0.3,
        },
    );
}

#[test]
fn the_eighty_eighth_dev_set_keeps_its_accuracy() {
    // eval/dev88: five from stop 49, written after its first round (653 the Surazh depot, Reuters;
    // 654 Snihurivka, the Kyiv Independent; 655 Kharkiv's TPP-5, AP; 656 the Kurchatov power lines,
    // Meduza; 657 the Vasily Bykov, the Telegraph): 0.837, one wrong side, 8 of 60 pairs. Stop 49:
    // 0.843 ("put the area at").
    keeps(
        "dev88",
        Floor {
            wrong: 1.0,
            side: 0.84,
            found_pairs: 8.0,
            precision: 0.8,
        },
    );
}

#[test]
fn the_eighty_ninth_dev_set_keeps_its_accuracy() {
    // eval/dev89: five from stop 49, written after its first round (658 the Kamianske hospital,
    // the Guardian; 659 the Leningrad region derailments, Ukrainska Pravda; 660 the Likhaya and
    // Kamenolomni junctions, Bloomberg; 661 Yenakiyevo, RIA Novosti; 662 Novomykolaivka, AFP): 0.860,
    // 7 wrong sides, 10 of 33 pairs. Stop 49: 0.880, 2 wrong sides, 12 pairs (Andriy Bilousov is not
    // Andrei Belousov; Yenakiyevo's officials get no side; "an incursion Warsaw called").
    keeps(
        "dev89",
        Floor {
            wrong: 2.0,
            side: 0.87,
            found_pairs: 12.0,
            precision: 0.25,
        },
    );
}

#[test]
fn the_ninetieth_dev_set_keeps_its_accuracy() {
    // eval/dev90: five from stop 49, written after all its other changes (675 Kharkiv's rescuers,
    // AP; 676 the Polevaya depot, Reuters; 677 the Sumy power plant, the Kyiv Independent; 678
    // Ivanivka, TASS; 679 a Belgorod apartment block, the Guardian): 0.902, 3 wrong sides, 17 of
    // 47 pairs, the same with the binary of that moment. Stop 49: 0.908, 2 wrong sides ("According
    // to the expert" is Marochko, described as one when named).
    keeps(
        "dev90",
        Floor {
            wrong: 2.0,
            side: 0.905,
            found_pairs: 17.0,
            precision: 0.27,
        },
    );
}

#[test]
fn the_ninety_first_dev_set_keeps_its_accuracy() {
    // eval/dev91: five from stop 49, likewise (680 Shyroka Balka, the BBC; 681 Novodarivka,
    // Ukrainska Pravda; 682 Verkhnosadove, the New York Times; 683 the Aksyonov plot, Meduza; 684
    // the Zaporizhzhia "evacuation", Al Jazeera): 0.845, 8 of 61 pairs. Stop 49: 0.863, 10 pairs
    // (the Tavriia Defence Forces).
    keeps(
        "dev91",
        Floor {
            wrong: 0.0,
            side: 0.86,
            found_pairs: 10.0,
            precision: 0.25,
        },
    );
}

#[test]
fn the_ninety_second_dev_set_keeps_its_accuracy() {
    // eval/dev92: five from stop 49, likewise (685 the Zuivska power plant, Reuters; 686 Poltava's
    // recruitment centres, the Kyiv Post; 687 Voskresenka and Yalta, AFP; 688 the Elastik plant,
    // the Moscow Times; 689 Drohobych, CNN): 0.869, 2 wrong sides (DeepState, a third party to
    // this set), 13 of 41 pairs (14 with the binary of that moment). Stop 49: 14 pairs.
    keeps(
        "dev92",
        Floor {
            wrong: 2.0,
            side: 0.865,
            found_pairs: 14.0,
            precision: 0.27,
        },
    );
}

#[test]
fn the_ninety_third_dev_set_keeps_its_accuracy() {
    // eval/dev93: 5 from stop 50 (690 chornobyl red forest radiation, AP; 691 kharkiv border
    // reached claim, Kyiv Independent; 692 belgorod oktyabrsky ammunition depot blast, Reuters; 693
    // soloti training ground shooting, RFE/RL; 694 mykolaiv s300 apartment strike, the Guardian),
    // measured before any was read with the stop's first binary: 0.792, 4 wrong sides, 7 of 50
    // pairs. Stop 50: nothing read here changed it (its misses are silences, a Tajik migrant
    // worker "in Moscow", a regional emergency service after Moscow's ministry). Now 0.792, 4
    // wrong, 7 pairs.
    keeps(
        "dev93",
        Floor {
            wrong: 4.0,
            side: 0.79,
            found_pairs: 7.0,
            precision: 0.18,
        },
    );
}

#[test]
fn the_ninety_fourth_dev_set_keeps_its_accuracy() {
    // eval/dev94: 5 from stop 50 (695 odesa food warehouse kalibr strike, Al Jazeera; 696
    // storozheve capture claim, TASS; 697 sergiev posad optical plant explosion, BBC; 698 black sea
    // priazovye sea drones, Ukrainska Pravda; 699 kursk belaya substation drone, The Washington
    // Post), measured before any was read with the stop's first binary: 0.885, 1 wrong side, 7 of
    // 49 pairs. Stop 50: "the Russians claim" speaks (698); "no information about any attack"
    // denies it; a ship's flag is not its place. Now 0.897, 1 wrong, 14 pairs.
    // Later in stop 50: "two Russian vessels" is no place either, so Pletenchuk's "like other
    // Russian reconnaissance ships" joins the Sevastopol incident: 39 -> 42 tool pairs, precision
    // 0.36 -> 0.33.
    keeps(
        "dev94",
        Floor {
            wrong: 1.0,
            side: 0.89,
            found_pairs: 14.0,
            precision: 0.33,
        },
    );
}

#[test]
fn the_ninety_fifth_dev_set_keeps_its_accuracy() {
    // eval/dev95: 5 from stop 50 (700 levadne capture claim, Reuters; 701 podgorensky ammunition
    // depot drones, Meduza; 702 zaporizhzhia car service station strike, AFP; 703 novodarivka pow
    // execution, Kyiv Post; 704 zaporizhzhia iaea vehicle drone, The New York Times), measured
    // before any was read with the stop's first binary: 0.841, 0 wrong sides, 3 of 39 pairs. Stop
    // 50: "Rafael Mariano Grossi" is Grossi, so "He urged" is too; "the agency" is the IAEA the
    // sentence before names; "In Ukraine, a source in the SBU told" is no place. Now 0.854, 0
    // wrong, 7 pairs.
    keeps(
        "dev95",
        Floor {
            wrong: 0.0,
            side: 0.85,
            found_pairs: 7.0,
            precision: 0.24,
        },
    );
}

#[test]
fn the_ninety_sixth_dev_set_keeps_its_accuracy() {
    // eval/dev96: 5 from stop 50 (711 arzamas instrument plant drone strike, Reuters; 712
    // kropyvnytskyi myru street drone attack, Ukrainska Pravda; 713 kalynivske capture claim, The
    // Guardian; 714 bryansk fsb sabotage group claim, TASS; 715 shostka training ground iskander
    // strike, AP), measured before any was read with the stop's first binary: 0.868, 1 wrong side,
    // 17 of 47 pairs. Stop 50: rank abbreviations are no part of a name ("Lt Col Oleksii
    // Bielskyi"); "the Vostok group". Now 0.892, 1 wrong, 18 pairs.
    // Stop 51: "the Kyiv regime" is a government, not the city, so the statements after it stay
    // with the strike's: 19 pairs found, for four unlisted ones; precision 0.48 -> 0.45.
    keeps(
        "dev96",
        Floor {
            wrong: 1.0,
            side: 0.89,
            found_pairs: 19.0,
            precision: 0.45,
        },
    );
}

#[test]
fn the_ninety_seventh_dev_set_keeps_its_accuracy() {
    // eval/dev97: 5 from stop 50 (716 rykove ammunition depot strike, The Kyiv Independent; 717
    // kyiv holodomor day drone attack, BBC News; 718 yalta tsaryov shooting, Meduza; 719 robotyne
    // pow execution video, Al Jazeera; 720 novopokrovka advance claim, The New York Times),
    // measured before any was read with the stop's first binary: 0.822, 3 wrong sides, 8 of 51
    // pairs. Stop 50: ground held ("pushed the Russians back", "no breakthrough"). Now 0.822, 3
    // wrong, 10 pairs.
    keeps(
        "dev97",
        Floor {
            wrong: 3.0,
            side: 0.82,
            found_pairs: 10.0,
            precision: 0.29,
        },
    );
}

#[test]
fn the_ninety_eighth_dev_set_keeps_its_accuracy() {
    // eval/dev98: 5 from stop 50 (721 tsimlyansk oil depot drone fire, AFP; 722 odesa nova poshta
    // depot strike, Kyiv Post; 723 kursk daryino plyokhovo recapture claim, The Moscow Times; 724
    // kursk zeleny shlyakh pow execution, CNN; 725 donetsk mi8 helicopter downing, RFE/RL),
    // measured before any was read with the stop's first binary: 0.812, 2 wrong sides, 12 of 46
    // pairs. Stop 50: Voyevoda Veshchayet; executions of prisoners are casualties. Now 0.833, 2
    // wrong, 13 pairs.
    keeps(
        "dev98",
        Floor {
            wrong: 2.0,
            side: 0.83,
            found_pairs: 13.0,
            precision: 0.36,
        },
    );
}

#[test]
fn the_ninety_ninth_dev_set_keeps_its_accuracy() {
    // eval/dev99: 5 from stop 50 (732 mykolaiv playground missile strike, the Guardian; 733
    // volokonovka fuel depot drone strike, Reuters; 734 sevastopol kovrovets minesweeper, Ukrainska
    // Pravda; 735 sadove store strike, TASS; 736 kolotilovka belgorod border push, The Washington
    // Post), measured before any was read with the stop's first binary: 0.778, 3 wrong sides, 10 of
    // 62 pairs. Stop 50: local channels of a village measured from a region across the border take
    // no side from it. Now 0.778, 2 wrong, 10 pairs.
    keeps(
        "dev99",
        Floor {
            wrong: 2.0,
            side: 0.77,
            found_pairs: 10.0,
            precision: 0.3,
        },
    );
}

#[test]
fn the_hundredth_dev_set_keeps_its_accuracy() {
    // eval/dev100: 5 from stop 50 (737 novominskaya albashneft refinery drone strike, AP; 738
    // kostiantynivka glide bomb strike, Kyiv Post; 739 yablukove capture claim, BBC News; 740
    // zaporizhzhia su34 shootdown, Meduza; 741 sudzha boarding school strike, Al Jazeera), measured
    // before any was read with the stop's first binary: 0.896, 1 wrong side, 21 of 50 pairs. Stop
    // 50: no change after reading. Now 0.896, 1 wrong, 21 pairs.
    keeps(
        "dev100",
        Floor {
            wrong: 1.0,
            side: 0.89,
            found_pairs: 21.0,
            precision: 0.32,
        },
    );
}

#[test]
fn the_hundred_and_first_dev_set_keeps_its_accuracy() {
    // eval/dev101: 5 from stop 50 (742 ruska lozova recapture, Kyiv Independent; 743 odesa riviera
    // mall missile strike, AFP; 744 belgorod razumnoye oil depot fire, The Moscow Times; 745 snake
    // island vsevolod bobrov claim, CNN; 746 kherson savluchenko car bomb, The New York Times),
    // measured before any was read with the stop's first binary: 0.837, 2 wrong sides, 6 of 46
    // pairs. Stop 50: Serhiy Bratchuk, Kostiantyn Nemichev, "Kraken"; "gained no ground". Now
    // 0.872, 2 wrong, 8 pairs.
    keeps(
        "dev101",
        Floor {
            wrong: 2.0,
            side: 0.87,
            found_pairs: 8.0,
            precision: 0.22,
        },
    );
}

#[test]
fn the_hundred_and_third_dev_set_keeps_its_accuracy() {
    // eval/dev103: 5 from stop 51 (764 the Makiivka ammunition depot, Reuters; 765 the Sudzha and
    // Glushkovo substations, Meduza; 766 an Orikhiv aid point, Kyiv Independent; 767 Makarivka,
    // AP; 768 an FSB car in Berdiansk, Al Jazeera), measured before any was read with the stop's
    // first binary: 0.866, no wrong side, 19 of 53 pairs. Stop 51: "bloggers were claiming",
    // "the channel" after the Telegram channel Shot. Now 0.885, no wrong side, 22 pairs.
    keeps(
        "dev103",
        Floor {
            wrong: 0.0,
            side: 0.88,
            found_pairs: 22.0,
            precision: 0.40,
        },
    );
}

#[test]
fn the_hundred_and_fourth_dev_set_keeps_its_accuracy() {
    // eval/dev104: 5 from stop 51 (769 Hrabovske's deported villagers, RFE/RL; 770 a Kherson
    // apartment block, the Guardian; 771 Loknya, TASS; 772 the Yefremov rubber plant, CNN; 773 an
    // Oleshky command post, Ukrainska Pravda): 0.861, no wrong side, 11 of 36 pairs with the
    // stop's first binary. Stop 51: 0.861, 10 pairs (Loknya, now a place, splits the Sumy
    // region's statements from the capture claim's village).
    keeps(
        "dev104",
        Floor {
            wrong: 0.0,
            side: 0.86,
            found_pairs: 10.0,
            precision: 0.23,
        },
    );
}

#[test]
fn the_hundred_and_fifth_dev_set_keeps_its_accuracy() {
    // eval/dev105: 5 from stop 51 (774 Mykolaiv's Korabelnyi market, the New York Times; 775 the
    // Kalach-on-Don depot, AFP; 776 Starytsia, Kyiv Post; 777 executed prisoners at Vovchansk,
    // BBC; 778 an FSB railway plot in Crimea, the Moscow Times): 0.831, one wrong side, 15 of 55
    // pairs with the stop's first binary. Stop 51: rights groups (KHPG, the Crimean Tatar Resource
    // Center), "positions are where they were", "executed by", "the targets were military". Now
    // 0.843, no wrong side, 20 pairs.
    keeps(
        "dev105",
        Floor {
            wrong: 0.0,
            side: 0.84,
            found_pairs: 20.0,
            precision: 0.30,
        },
    );
}

#[test]
fn the_hundred_and_sixth_dev_set_keeps_its_accuracy() {
    // eval/dev106: 5 from stop 51, written after its first round (785 a double tap in
    // Zaporizhzhia, Al Jazeera; 786 three Su-34s, Reuters; 787 the Eletskaya substation, Kyiv
    // Independent; 788 a car bomb in Enerhodar, the Washington Post; 789 Tyotkino, TASS): 0.870,
    // 2 wrong sides, 13 of 47 pairs with the stop's first binary and after the first round alike.
    // Unchanged (the fix for "the source said" after an expert was not kept: held-out sides fell).
    keeps(
        "dev106",
        Floor {
            wrong: 2.0,
            side: 0.87,
            found_pairs: 13.0,
            precision: 0.36,
        },
    );
}

#[test]
fn the_hundred_and_seventh_dev_set_keeps_its_accuracy() {
    // eval/dev107: 5 from stop 51, written after its first round (790 the Neutron Source in
    // Kharkiv, BBC; 791 Odesa airport's runway, AP; 792 a Shebekino substation, Meduza; 793 the
    // Helt off Odesa, RFE/RL; 794 Dovhenke, the Guardian): 0.805, 3 wrong sides, 8 of 61 pairs
    // with the stop's first binary. Stop 51: Ukraine's nuclear regulator, Oleg Nikolenko,
    // Transnistria; "the Kyiv regime" is no place; "wiped out", "no sign of a destroyed hangar";
    // the Maritime Bulletin is a third party. Now 0.879, 2 wrong, 14 pairs.
    keeps(
        "dev107",
        Floor {
            wrong: 2.0,
            side: 0.87,
            found_pairs: 14.0,
            precision: 0.42,
        },
    );
}

#[test]
fn the_hundred_and_eighth_dev_set_keeps_its_accuracy() {
    // eval/dev108: 5 from stop 51, written after its second round (801 the Kuzmichi pumping
    // stations, AFP; 802 Chernihiv's power, Kyiv Independent; 803 Berdin in Kursk, CNN; 804 a rail
    // bridge near Zheleznogorsk, Meduza; 805 executed prisoners at Zelenyi Hai, Reuters): 0.849, 4
    // wrong sides, 10 of 44 pairs with the stop's first binary and after the second round alike.
    // Stop 51: "A railway engineer" is a person brought in, not a railway lent the Ukrainian
    // channels' side. Now 0.849, 1 wrong.
    keeps(
        "dev108",
        Floor {
            wrong: 1.0,
            side: 0.84,
            found_pairs: 10.0,
            precision: 0.45,
        },
    );
}

#[test]
fn the_hundred_and_ninth_dev_set_keeps_its_accuracy() {
    // eval/dev109: 5 from stop 51, written after its second round (806 blasts at the Starokrymsky
    // training ground, the Guardian; 807 Kramatorsk and Kostiantynivka, AP; 808 the Novozybkov
    // pumping station, Ukrainska Pravda; 809 Krasnopolivka, TASS; 810 the Vyssos mine, BBC):
    // 0.861, one wrong side, 4 of 28 pairs with the stop's first binary and after the second
    // round alike. Stop 51: the Maritime Bulletin. Now 0.867, 1 wrong.
    keeps(
        "dev109",
        Floor {
            wrong: 1.0,
            side: 0.86,
            found_pairs: 4.0,
            precision: 0.21,
        },
    );
}
