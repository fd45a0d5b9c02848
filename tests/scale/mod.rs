//! Issue 6: a corpus is streamed in chunks of articles across threads; what comes out must not
//! depend on how many threads ran, how the work was cut, or the order inputs were listed in.

use std::path::Path;

use super::util::{cc, samples, tempdir};

/// 5 sample articles copied into `copies` directories: with `--threads 1` a chunk is 64
/// articles, so 150 articles take several chunks and the order across chunk boundaries counts.
fn corpus(dir: &Path, copies: usize) {
    let articles: Vec<_> = std::fs::read_dir(samples())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    assert_eq!(articles.len(), 5);
    for i in 0..copies {
        // names that sort differently as paths and as strings ("a-1" < "a/…" as strings)
        let sub = dir.join(format!("batch{}", i % 7)).join(format!("n{i:03}"));
        std::fs::create_dir_all(&sub).unwrap();
        for a in &articles {
            std::fs::copy(a, sub.join(a.file_name().unwrap())).unwrap();
        }
    }
    std::fs::write(
        dir.join("batch1-odd.txt"),
        "Kyiv said its drones hit a depot in Kursk.\n",
    )
    .unwrap();
}

fn run(args: &[&str]) -> Vec<u8> {
    let out = cc().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "no progress bar or message into a pipe: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn issue_6_output_is_identical_whatever_the_threads_and_input_order() {
    let dir = tempdir();
    corpus(dir.path(), 30);
    let root = dir.path().display().to_string();
    let mut listed: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .collect();
    listed.sort();
    listed.reverse();
    for (command, formats) in [
        // the streamed path (jsonl, json, csv and markdown share it) and the buffered one
        ("statements", &["jsonl", "table"][..]),
        ("compare", &["jsonl", "markdown"][..]),
    ] {
        for format in formats {
            let one = run(&[command, "--threads", "1", "-f", format, &root]);
            assert!(!one.is_empty());
            let two = run(&[command, "--threads", "2", "-f", format, &root]);
            assert!(one == two, "{command} -f {format}: --threads 1 and 2 differ");
            let mut args = vec![command, "--threads", "2", "-f", format];
            args.extend(listed.iter().map(String::as_str));
            let reordered = run(&args);
            assert!(
                one == reordered,
                "{command} -f {format}: input order changed the output"
            );
        }
    }
}

#[test]
fn issue_6_streamed_statements_are_the_whole_corpus_in_path_order() {
    let dir = tempdir();
    corpus(dir.path(), 30);
    let root = dir.path().display().to_string();
    let json: serde_json::Value = serde_json::from_slice(&run(&["statements", "-f", "json", &root])).unwrap();
    let list = json.as_array().unwrap();
    let lines = run(&["statements", "-f", "jsonl", &root]);
    let from_lines: Vec<serde_json::Value> = lines
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap())
        .collect();
    assert_eq!(list, &from_lines, "json and jsonl hold the same statements");
    let docs: Vec<&str> = list.iter().map(|s| s["doc"].as_str().unwrap()).collect();
    assert!(docs.windows(2).all(|w| w[0] <= w[1]), "sorted by path as a string");
    let distinct: std::collections::BTreeSet<_> = docs.iter().collect();
    assert_eq!(distinct.len(), 30 * 5 + 1, "every article is there");
    let csv = run(&["statements", "-f", "csv", &root]);
    let rows = csv::Reader::from_reader(&csv[..]).records().count();
    assert_eq!(rows, list.len(), "one CSV header, one row per statement");
}

#[test]
fn issue_6_a_streamed_file_output_is_complete_or_absent() {
    let dir = tempdir();
    corpus(dir.path(), 3);
    let out_dir = tempdir();
    let target = out_dir.path().join("all.jsonl");
    let root = dir.path().display().to_string();
    let to_stdout = run(&["statements", "-f", "jsonl", &root]);
    cc().args(["statements", "-f", "jsonl", &root, "-o"])
        .arg(&target)
        .assert()
        .success();
    assert_eq!(std::fs::read(&target).unwrap(), to_stdout);
    // nothing readable: an error, and the old file is left as it was, no temporary file beside it
    let empty = tempdir();
    std::fs::write(empty.path().join("bad.txt"), [0xff, 0xfe, 0x00, 0x41]).unwrap();
    cc().args(["statements", "-f", "jsonl"])
        .arg(empty.path().join("bad.txt"))
        .arg("-o")
        .arg(&target)
        .assert()
        .code(2);
    assert_eq!(std::fs::read(&target).unwrap(), to_stdout);
    let left: Vec<_> = std::fs::read_dir(out_dir.path()).unwrap().collect();
    assert_eq!(left.len(), 1, "only the output file: {left:?}");
}

#[test]
fn issue_6_quiet_and_piped_runs_print_no_progress() {
    let dir = tempdir();
    corpus(dir.path(), 4);
    let root = dir.path().display().to_string();
    for args in [vec!["statements", "-q", &root], vec!["compare", &root]] {
        let out = cc().args(&args).output().unwrap();
        assert!(out.status.success());
        assert!(
            out.stderr.is_empty(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
