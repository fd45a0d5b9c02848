#!/usr/bin/env bash
# Instructions, not seconds: how much work one binary does against another on the same input,
# counted by callgrind (valgrind). On this shared machine two runs of one binary differ by 25 % in
# time; their instruction counts differ by 0.1-0.5 %, so a change of 2 % is visible here
# long before a timing shows it. Use it beside scripts/bench.sh (which measures what users wait
# for), not instead of it.
#
#   scripts/instructions.sh OLD_BIN NEW_BIN [CORPUS_DIR]
#
# CORPUS_DIR defaults to the first 1,000 articles of the generated 10 MB corpus
# (target/bench-corpus/10/0000; scripts/bench.sh or examples/gencorpus.rs makes it). For each
# binary it prints the instructions of the whole `statements --threads 1 -f jsonl` run, of a run
# over one sentence (loading the rules, mostly), and of analysing the articles (every stage from
# segmenting to locating). It takes about a minute per binary. valgrind is installed with apt if missing.
set -euo pipefail
cd "$(dirname "$0")/.."

[ $# -ge 2 ] || { echo "usage: scripts/instructions.sh OLD_BIN NEW_BIN [CORPUS_DIR]" >&2; exit 2; }
corpus="${3:-target/bench-corpus/10/0000}"
[ -d "$corpus" ] || { echo "no corpus at $corpus: run scripts/bench.sh first, or give a directory" >&2; exit 2; }
if ! command -v valgrind >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing valgrind" >&2
    apt-get install -y -qq valgrind >/dev/null
  else
    echo "needs valgrind (apt-get install valgrind)" >&2
    exit 2
  fi
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
# loading the rules: a whole run over one sentence (the rules are loaded on every thread, so
# their share of a longer run cannot be read off one call stack)
printf 'Drones hit a depot, the governor said.\n' >"$out/one.txt"
count() { # BIN INPUT -> instructions of the run, the callgrind output kept in $out/cg
  valgrind --tool=callgrind --callgrind-out-file="$out/cg" "$1" statements --threads 1 -f jsonl "$2" \
    >/dev/null 2>"$out/err"
  sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$out/err"
}
printf '%-32s %14s %14s %14s\n' binary total "loading rules" analysing
for bin in "$1" "$2"; do
  loading=$(count "$bin" "$out/one.txt")
  total=$(count "$bin" "$corpus")
  analysing=$(callgrind_annotate --inclusive=yes --threshold=100 "$out/cg" 2>/dev/null |
    grep -E 'counterclaim::pipeline::analyse \(' | head -1 | awk '{gsub(",", "", $1); print $1}')
  printf '%-32s %14s %14s %14s\n' "$(basename "$bin")" "$total" "$loading" "$analysing"
done
