//! Integration tests of the tools for rule authors (`counterclaim rules check | test | explain |
//! schema | init`) and of `--rules DIR`, on the real binary.
//!
//! `tests/broken_rules/` holds one small rules directory per realistic mistake; each one's
//! `rules check` output is a snapshot of its own (`broken_<case>`), so a reviewer reads exactly
//! what a rule author would see. A new directory there is picked up without touching this file.

mod util;

use std::path::{Path, PathBuf};
use std::process::Output;

use util::{cc, root, samples, scrub, tempdir, write};

/// Cases whose mistake has no line to point at: a directory without rule files, and a file
/// without rules.
const NO_LINE: &[&str] = &["comments_only", "no_yaml_files"];

/// Exit code, standard output and standard error of a run, paths scrubbed, for a snapshot.
fn transcript(out: &Output, dirs: &[&Path]) -> String {
    let code = out.status.code().map_or("none".to_string(), |c| c.to_string());
    format!(
        "exit: {code}\n--- stdout\n{}--- stderr\n{}",
        scrub(&String::from_utf8_lossy(&out.stdout), dirs),
        scrub(&String::from_utf8_lossy(&out.stderr), dirs)
    )
}

/// `text` with what depends on the default rules rather than on the case scrubbed: line numbers
/// in the default files (`rules/places.yaml:303` → `rules/places.yaml:[LINE]`) and the number of
/// rules loaded, so that editing the defaults does not change every snapshot.
fn scrub_defaults(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find(".yaml:") {
        let (head, tail) = rest.split_at(i + ".yaml:".len());
        out.push_str(head);
        let digits = tail.find(|c: char| !c.is_ascii_digit()).unwrap_or(tail.len());
        let in_defaults = head
            .rsplit([' ', '(', '`'])
            .next()
            .is_some_and(|path| path.starts_with("rules/"));
        if digits > 0 && in_defaults {
            out.push_str("[LINE]");
            rest = &tail[digits..];
        } else {
            rest = tail;
        }
    }
    out.push_str(rest);
    out.lines()
        .map(
            |l| match (l.strip_prefix("rules check: "), l.find(" files, "), l.find(" rules: ")) {
                (Some(_), Some(a), Some(b)) if &l[a + 8..b] != "0" => format!("{}[N]{}", &l[..a + 8], &l[b..]),
                _ => l.to_string(),
            },
        )
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// The binary, run from the repository root so that rule files show as `tests/broken_rules/...`.
fn cc_at_root() -> assert_cmd::Command {
    let mut c = cc();
    c.current_dir(root());
    c
}

fn broken_cases() -> Vec<String> {
    let mut cases: Vec<String> = std::fs::read_dir(root().join("tests/broken_rules"))
        .expect("tests/broken_rules exists")
        .map(|e| e.unwrap())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    cases.sort();
    cases
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}):\n{}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

fn s(p: &Path) -> String {
    p.display().to_string()
}

// ---------------------------------------------------------------- rules check: broken rules

#[test]
fn every_broken_rules_case_is_reported_as_its_snapshot_shows() {
    let cases = broken_cases();
    assert!(cases.len() >= 18, "only {} cases", cases.len());
    let mut failed = Vec::new();
    for case in &cases {
        let dir = format!("tests/broken_rules/{case}");
        let out = cc_at_root().args(["rules", "check", &dir]).output().unwrap();
        let text = scrub_defaults(&transcript(&out, &[]));
        let code = out.status.code();
        // detected: errors exit 2; only the comment-only file is a warning (exit 0)
        let expected_code = if case == "comments_only" { 0 } else { 2 };
        if code != Some(expected_code) || text.contains("panicked") {
            failed.push(format!("{case}: exit {code:?}, expected {expected_code}:\n{text}"));
            continue;
        }
        let located = text
            .lines()
            .filter_map(|l| l.trim_start().strip_prefix("--> "))
            .any(|loc| loc.rsplitn(3, ':').take(2).all(|n| n.parse::<usize>().is_ok()));
        if !NO_LINE.contains(&case.as_str()) && !located {
            failed.push(format!("{case}: no file:line:column\n{text}"));
        }
        if !text.contains("= help: ") {
            failed.push(format!("{case}: no hint\n{text}"));
        }
        // one named snapshot per case; a mismatch is collected so that every case is shown
        let name = format!("broken_{case}");
        let snap = std::panic::catch_unwind(|| {
            insta::with_settings!({ description => format!("counterclaim rules check {dir}") }, {
                insta::assert_snapshot!(name, text);
            });
        });
        if snap.is_err() {
            failed.push(format!("{case}: snapshot differs"));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n\n"));
}

#[test]
fn every_broken_rules_snapshot_has_its_case() {
    let cases = broken_cases();
    for e in std::fs::read_dir(root().join("tests/snapshots")).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().into_owned();
        if let Some(case) = name
            .strip_prefix("rules_authoring__broken_")
            .and_then(|n| n.strip_suffix(".snap"))
        {
            assert!(
                cases.iter().any(|c| c == case),
                "snapshot {name} has no tests/broken_rules/{case}"
            );
        }
    }
}

#[test]
fn a_file_that_is_not_utf8_stays_not_utf8() {
    // the case only means something while the committed file really is not UTF-8
    let bytes = std::fs::read(root().join("tests/broken_rules/not_utf8/sources.yaml")).unwrap();
    assert!(std::str::from_utf8(&bytes).is_err());
}

#[test]
fn several_mistakes_in_one_file_are_all_reported_in_one_run() {
    let out = cc_at_root()
        .args([
            "rules",
            "check",
            "tests/broken_rules/several_mistakes",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let v = json(&out);
    let rules: Vec<&str> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["rule"].as_str())
        .collect();
    for r in [
        "sources/belostotsky",
        "sources/sudzha-admin",
        "sources/krasnoyarov",
        "places/sudzha-district",
        "places/korenevo",
        "claims/incursion",
    ] {
        assert!(rules.contains(&r), "{r} not reported: {rules:?}");
    }
}

// ---------------------------------------------------------------- rules check: defaults, json

#[test]
fn the_default_rules_have_no_errors_or_warnings() {
    let out = cc().args(["rules", "check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let summary = stdout.lines().last().unwrap();
    assert!(
        summary.starts_with("rules check: 7 files, ") && summary.contains(": 0 errors, "),
        "{summary}"
    );
    // every default rule has an example that makes it fire: no warning either
    let v = json(&cc().args(["rules", "check", "--format", "json"]).output().unwrap());
    assert_eq!(v["errors"], 0);
    assert_eq!(v["warnings"], 0, "{v:#}");
    assert!(v["rules"].as_u64().unwrap() > 300);
}

#[test]
fn deny_warnings_fails_on_a_source_without_examples() {
    let dir = tempdir();
    write(
        dir.path(),
        "sources.yaml",
        "sources:\n  - id: milyaev\n    name: Dmitry Milyaev\n    aliases: [Milyaev]\n    kind: person\n    side: russian\n    role: governor of Tula region\n",
    );
    let d = s(dir.path());
    let out = cc().args(["rules", "check", &d]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stdout = scrub(&String::from_utf8_lossy(&out.stdout), &[dir.path()]);
    assert!(
        stdout.contains("warning[sources/milyaev]: no example exercises this rule"),
        "{stdout}"
    );
    assert!(stdout.contains("--> [DIR]/sources.yaml:2:9"), "{stdout}");
    assert!(stdout.ends_with("0 errors, 1 warning\n"), "{stdout}");
    let out = cc().args(["rules", "check", &d, "--deny-warnings"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    // the same directory given with the global flag, before the subcommand
    let out = cc()
        .args(["--rules", &d, "rules", "check", "--deny-warnings"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn check_as_json_lists_every_diagnostic_with_its_place() {
    let dir = "tests/broken_rules/several_mistakes";
    let after = cc_at_root()
        .args(["rules", "check", dir, "--format", "json"])
        .output()
        .unwrap();
    let before = cc_at_root()
        .args(["--format", "json", "rules", "check", dir])
        .output()
        .unwrap();
    assert_eq!(after.stdout, before.stdout, "global flags go before or after");
    assert_eq!(after.status.code(), Some(2));
    let v = json(&after);
    assert!(v["errors"].as_u64().unwrap() >= 6, "{v:#}");
    assert!(v["warnings"].is_u64());
    let diags = v["diagnostics"].as_array().unwrap();
    assert_eq!(
        diags.len() as u64,
        v["errors"].as_u64().unwrap() + v["warnings"].as_u64().unwrap()
    );
    for d in diags {
        assert_eq!(d["file"], "tests/broken_rules/several_mistakes/local.yaml", "{d}");
        assert!(d["line"].as_u64().unwrap() > 0, "{d}");
        assert!(d["column"].as_u64().unwrap() > 0, "{d}");
        assert!(!d["message"].as_str().unwrap().is_empty(), "{d}");
        assert!(["error", "warning"].contains(&d["severity"].as_str().unwrap()), "{d}");
        assert!(d.get("hint").is_some(), "{d}");
    }
    // and a clean set, as JSON too
    let v = json(&cc().args(["rules", "check", "--format", "json"]).output().unwrap());
    for k in ["errors", "warnings", "files", "rules", "diagnostics"] {
        assert!(v.get(k).is_some(), "no `{k}`");
    }
}

// ---------------------------------------------------------------- rules test

#[test]
fn the_examples_of_the_default_rules_pass() {
    // the project's CI run of every rule example
    let out = cc().args(["rules", "test"]).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains(" 0 failed"), "{stdout}");
    assert!(!stdout.contains("FAIL "), "{stdout}");
}

/// A rules directory with a new source whose second example expects the wrong side.
fn one_failing_example() -> tempfile::TempDir {
    let dir = tempdir();
    write(
        dir.path(),
        "governors.yaml",
        r#"sources:
  - id: milyaev
    name: Dmitry Milyaev
    aliases: [Dmitriy Milyaev, Milyaev]
    kind: person
    side: russian
    role: governor of Tula region
    place: tula-oblast
    examples:
      - text: "Tula governor Dmitry Milyaev said two drones were shot down over Novomoskovsk."
        side: russian
        speaker: Dmitry Milyaev
        kinds: [interception]
      - text: "Milyaev said a fire broke out at the Novomoskovsk chemical plant."
        side: ukrainian
        kinds: [damage]
"#,
    );
    dir
}

#[test]
fn a_failing_example_is_shown_with_what_it_got_and_the_rules_that_fired() {
    let dir = one_failing_example();
    let d = s(dir.path());
    let out = cc().args(["rules", "test", &d]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let all = scrub(&String::from_utf8_lossy(&out.stdout), &[dir.path()]);
    assert!(all.contains("FAIL [DIR]/governors.yaml:14 sources/milyaev"), "{all}");
    assert!(all.contains("side: expected ukrainian, got russian"), "{all}");
    assert!(all.contains("got:   side russian, speaker Dmitry Milyaev"), "{all}");
    assert!(all.contains("fired: ") && all.contains("sources/milyaev"), "{all}");
    assert!(all.contains(" passed, 1 failed, 0 todo"), "{all}");

    // only the examples of this rule: the same failure, and a summary that does not depend on
    // how many examples the default rules have
    let out = cc()
        .args(["rules", "test", &d, "--only", "sources/milyaev"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = transcript(&out, &[dir.path()]);
    let block = text
        .split("--- stdout\n")
        .nth(1)
        .and_then(|t| t.split("\n\n").next())
        .unwrap();
    assert!(block.starts_with("FAIL "), "{text}");
    assert!(
        all.contains(block),
        "the same report as in the full run:\n{block}\n---\n{all}"
    );
    insta::assert_snapshot!("test_one_failing_example", text);

    // --all lists the passing example too
    let out = cc()
        .args(["rules", "test", &d, "--only", "sources/milyaev", "--all"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = scrub(&String::from_utf8_lossy(&out.stdout), &[dir.path()]);
    assert!(
        stdout.contains("ok [DIR]/governors.yaml:10 sources/milyaev"),
        "{stdout}"
    );
    assert!(
        stdout.contains("rules test: 2 examples: 1 passed, 1 failed"),
        "{stdout}"
    );

    let out = cc().args(["rules", "test", &d, "--format", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out);
    let results = v["results"].as_array().unwrap();
    assert!(results.len() > 200, "every example runs");
    let failed: Vec<&serde_json::Value> = results.iter().filter(|r| r["status"] == "failed").collect();
    assert_eq!(failed.len(), 1, "{failed:#?}");
    assert_eq!(failed[0]["rule"], "sources/milyaev");
    assert_eq!(failed[0]["problems"][0], "side: expected ukrainian, got russian");
    assert_eq!(failed[0]["got"]["side"], "russian");
    assert!(failed[0]["got"]["fired"]
        .as_array()
        .unwrap()
        .contains(&"sources/milyaev".into()));
}

#[test]
fn rules_test_refuses_invalid_rules() {
    let out = cc_at_root()
        .args(["rules", "test", "tests/broken_rules/unknown_side"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("unknown side `ukraine`"), "{err}");
}

// ---------------------------------------------------------------- rules explain

#[test]
fn explain_a_sentence() {
    let out = cc()
        .args([
            "rules",
            "explain",
            "“Air defence thwarted an attempt to fly a drone into Moscow,” Sobyanin said.",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    insta::assert_snapshot!("explain_sobyanin", transcript(&out, &[]));
}

#[test]
fn explain_a_line_of_an_article() {
    let article = samples().join("002_voronezh_ammunition_depot.txt");
    let out = cc()
        .args(["rules", "explain", "--file", &s(&article), "--line", "9"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("(line 9)"), "{stdout}");
    assert!(
        stdout.contains("speaker:   Alexander Gusev (sources/gusev)"),
        "{stdout}"
    );
    assert!(stdout.contains("side:      russian"), "{stdout}");

    // line 10 is blank: no sentence there
    let out = cc()
        .args(["rules", "explain", "--file", &s(&article), "--line", "10"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = scrub(&String::from_utf8_lossy(&out.stderr), &[]);
    assert_eq!(
        err,
        "counterclaim: [ROOT]/samples/002_voronezh_ammunition_depot.txt: no sentence of the article starts on or runs through line 10 (headings, boilerplate and blank lines have none)\n"
    );
}

// ---------------------------------------------------------------- rules schema

fn schema_validator() -> jsonschema::Validator {
    let out = cc().args(["rules", "schema"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let schema = json(&out);
    assert_eq!(schema["additionalProperties"], false);
    assert!(schema["$schema"].as_str().unwrap().contains("json-schema.org"));
    jsonschema::validator_for(&schema).expect("a valid JSON Schema")
}

fn yaml_as_json(text: &str) -> serde_json::Value {
    let v: serde_yaml::Value = serde_yaml::from_str(text).unwrap();
    serde_json::to_value(v).unwrap()
}

#[test]
fn every_shipped_rule_file_follows_the_schema() {
    let validator = schema_validator();
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("rules"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.push(root().join("rules/starter/local.yaml"));
    assert!(files.len() >= 8);
    for f in files {
        let doc = yaml_as_json(&std::fs::read_to_string(&f).unwrap());
        // e.g. an unquoted `false` among phrases: the loader reads it as a string, an editor's
        // YAML language server as a boolean
        let errors: Vec<String> = validator
            .iter_errors(&doc)
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", f.display());
    }
}

#[test]
fn the_schema_rejects_what_the_loader_rejects() {
    let validator = schema_validator();
    let typo = yaml_as_json(
        &std::fs::read_to_string(root().join("tests/broken_rules/unknown_key_typo/sources.yaml")).unwrap(),
    );
    assert!(!validator.is_valid(&typo), "an unknown key in a source");
    let section =
        yaml_as_json(&std::fs::read_to_string(root().join("tests/broken_rules/unknown_section/sources.yaml")).unwrap());
    assert!(!validator.is_valid(&section), "an unknown section");
    let variant = yaml_as_json(
        &std::fs::read_to_string(root().join("tests/broken_rules/unknown_enum_variant/sources.yaml")).unwrap(),
    );
    assert!(!validator.is_valid(&variant), "kind: persn");
    let not_list =
        yaml_as_json(&std::fs::read_to_string(root().join("tests/broken_rules/string_not_list/sources.yaml")).unwrap());
    assert!(!validator.is_valid(&not_list), "a string for a list");
}

#[test]
fn schema_can_be_written_to_a_file() {
    let dir = tempdir();
    let target = dir.path().join("schema.json");
    cc().args(["rules", "schema", "-o", &s(&target)]).assert().success();
    let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&target).unwrap()).unwrap();
    assert!(v["properties"]["sources"].is_object());
}

// ---------------------------------------------------------------- rules init

#[test]
fn init_writes_a_starter_set_that_checks_and_passes() {
    let dir = tempdir();
    let target = dir.path().join("my-rules");
    let t = s(&target);
    let out = cc().args(["rules", "init", &t]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let mut names: Vec<String> = std::fs::read_dir(&target)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["local.yaml", "schema.json"]);
    let local = std::fs::read(target.join("local.yaml")).unwrap();
    let schema = std::fs::read(target.join("schema.json")).unwrap();
    assert!(String::from_utf8_lossy(&local).starts_with("# yaml-language-server: $schema=schema.json"));

    let out = cc().args(["rules", "check", &t]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    let out = cc().args(["rules", "check", &t, "--deny-warnings"]).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "the starter's rules all have working examples: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    let out = cc().args(["rules", "test", &t]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));

    // never over existing work
    let out = cc().args(["rules", "init", &t]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = scrub(&String::from_utf8_lossy(&out.stderr), &[dir.path()]);
    assert!(err.contains("exists already"), "{err}");
    assert_eq!(std::fs::read(target.join("local.yaml")).unwrap(), local);
    assert_eq!(std::fs::read(target.join("schema.json")).unwrap(), schema);
}

#[test]
fn init_full_copies_the_default_set_which_loads_alone() {
    let dir = tempdir();
    let t = s(dir.path());
    cc().args(["rules", "init", "--full", &t]).assert().success();
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "claims.yaml",
            "cues.yaml",
            "language.yaml",
            "places.yaml",
            "schema.json",
            "sides.yaml",
            "sources.yaml",
            "targets.yaml"
        ]
    );
    let out = cc()
        .args(["--rules", &t, "--no-default-rules", "rules", "check"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    let v = json(
        &cc()
            .args([
                "--rules",
                &t,
                "--no-default-rules",
                "rules",
                "check",
                "--format",
                "json",
            ])
            .output()
            .unwrap(),
    );
    assert_eq!(v["files"], 7);
    assert_eq!(v["errors"], 0);
    cc().args(["--rules", &t, "--no-default-rules", "rules", "test"])
        .assert()
        .success();
    // and the full copy reads an article as the defaults do
    let article = s(&samples().join("002_voronezh_ammunition_depot.txt"));
    let with_copy = cc()
        .args([
            "--rules",
            &t,
            "--no-default-rules",
            "statements",
            &article,
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let with_defaults = cc()
        .args(["statements", &article, "--format", "json"])
        .output()
        .unwrap();
    assert!(with_copy.status.success());
    assert_eq!(json(&with_copy), json(&with_defaults));
}

// ---------------------------------------------------------------- --rules DIR over the defaults

/// The statements of `text` (an article of one or more paragraphs) as JSON.
fn statements(rules: Option<&Path>, text: &str) -> Vec<serde_json::Value> {
    let dir = tempdir();
    let article = write(dir.path(), "article.txt", text);
    let mut c = cc();
    if let Some(r) = rules {
        c.args(["--rules", &s(r)]);
    }
    let out = c
        .args(["statements", &s(&article), "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    json(&out).as_array().unwrap().clone()
}

fn find<'a>(all: &'a [serde_json::Value], needle: &str) -> &'a serde_json::Value {
    all.iter()
        .find(|st| st["text"].as_str().unwrap().contains(needle))
        .unwrap_or_else(|| panic!("no statement with {needle:?} in {all:#?}"))
}

const ARTICLE: &str = "Dmitry Milyaev said two drones were shot down over Novomoskovsk.\n\nSobyanin said air defence thwarted an attack on the capital.\n";

#[test]
fn a_rules_directory_adds_a_source_and_keeps_the_defaults() {
    let before = statements(None, ARTICLE);
    assert_eq!(find(&before, "Milyaev")["source"], serde_json::Value::Null);

    let dir = one_failing_example();
    let after = statements(Some(dir.path()), ARTICLE);
    let milyaev = find(&after, "Milyaev");
    assert_eq!(milyaev["source"], "milyaev");
    assert_eq!(milyaev["speaker"], "Dmitry Milyaev");
    assert_eq!(milyaev["side"], "russian");
    assert!(milyaev["rules"].as_array().unwrap().contains(&"sources/milyaev".into()));
    // a default source still works
    let sobyanin = find(&after, "Sobyanin");
    assert_eq!(sobyanin["source"], "sobyanin");
    assert_eq!(sobyanin["side"], "russian");
}

#[test]
fn a_rule_with_a_default_id_replaces_the_default_rule() {
    let dir = tempdir();
    // same id as the default `sobyanin`, but another side and one alias only
    write(
        dir.path(),
        "sources.yaml",
        "sources:\n  - id: sobyanin\n    name: S. S. Sobyanin\n    aliases: [Sobyanin]\n    kind: person\n    side: third_party\n",
    );
    let all = statements(Some(dir.path()), ARTICLE);
    let st = find(&all, "Sobyanin");
    assert_eq!(st["source"], "sobyanin");
    assert_eq!(st["speaker"], "S. S. Sobyanin");
    assert_eq!(st["side"], "third_party");
    // replaced, not added: the id is loaded once
    let v = json(
        &cc()
            .args(["rules", "check", &s(dir.path()), "--format", "json"])
            .output()
            .unwrap(),
    );
    let default = json(&cc().args(["rules", "check", "--format", "json"]).output().unwrap());
    assert_eq!(v["rules"], default["rules"]);
}
