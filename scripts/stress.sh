#!/usr/bin/env bash
# Resource bounds on giant and pathological inputs (issue 7): wall time and peak memory of a
# release build, measured with /usr/bin/time -v, on inputs generated here. The README quotes the
# results. Pairs of sizes (5 MB / 10 MB, 100 MB / 200 MB) show whether time grows linearly.
#
#   scripts/stress.sh            # everything (about 25 minutes, 12 GB of temporary files at most)
#   scripts/stress.sh quick      # only the 5 MB and 10 MB cases
#   scripts/stress.sh lines      # those and the half- and one-million-line files
#
# Not part of `cargo test`: timings on a shared machine are noise for a test, and the inputs are
# far too big for a debug build.
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-all}"
cargo build --release --locked --quiet
bin="$PWD/target/release/counterclaim"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The body of a sample article (no front matter), its lines joined: real sentences on one line.
body() {
  awk 'n >= 2 { printf "%s ", $0 } /^---$/ { n++ }' samples/002_voronezh_ammunition_depot.txt
}

# Words of news copy and no punctuation at all: one "sentence" as long as the file.
unpunctuated() {
  yes "the drone said Russia Ukraine Kyiv Moscow governor Gusev hit plant depot shot down according to claimed Belgorod region he they it which while as of in ministry defence Sobyanin mayor air force Kursk oil refinery fire debris intercepted struck" |
    tr '\n' ' ' | head -c "$1"
}

# Whole copies of UNIT, joined without separators, up to SIZE bytes (never a cut character).
repeat() {
  local unit="$1" size="$2" len
  len="$(printf '%s' "$unit" | wc -c)"
  yes "$unit" | head -n "$((size / len))" | tr -d '\n'
}

gen() {
  local name="$1" size="$2" f="$work/$1"
  case "$name" in
    unpunctuated-*) unpunctuated "$size" >"$f" ;;
    line-*) repeat "$(body)" "$size" >"$f" ;;
    lines-*) awk -v n="$size" 'BEGIN { srand(1); split("drones said Kyiv the governor Russia hit plant Gusev shot down depot", w, " "); for (i = 0; i < n; i++) print w[int(rand() * 12) + 1] }' >"$f" ;;
    quotes-*) { printf 'Gusev said: '; repeat '“‘"' "$((size / 2))"; printf ' shot down'; repeat '"’”' "$((size / 2))"; echo .; } >"$f" ;;
  esac
  echo "$f"
}

measure() {
  local cmd="$1" name="$2" size="$3" f
  f="$(gen "$name" "$size")"
  local log="$work/time.log"
  /usr/bin/time -v "$bin" "$cmd" "$f" --format jsonl >/dev/null 2>"$log" || {
    echo "FAILED: $cmd $name" >&2
    tail -5 "$log" >&2
    exit 1
  }
  local wall rss
  wall="$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$log")"
  rss="$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$log")"
  printf '%-11s %-22s %12s bytes  %10s wall  %6s MB peak\n' "$cmd" "$name" "$(stat -c %s "$f")" "$wall" "$rss"
  rm -f "$f"
}

echo "counterclaim $("$bin" --version | cut -d' ' -f2), $(nproc) cores"
measure statements unpunctuated-5mb 5000000
measure statements unpunctuated-10mb 10000000
if [ "$mode" = quick ]; then exit 0; fi
if [ "$mode" = lines ]; then
  measure statements lines-500k 500000
  measure statements lines-1m 1000000
  exit 0
fi
measure statements quotes-10mb 10000000
measure statements lines-500k 500000
measure statements lines-1m 1000000
measure statements line-100mb 100000000
measure statements line-200mb 200000000
measure compare unpunctuated-10mb 10000000
