#!/usr/bin/env bash
# End-to-end throughput and peak memory on generated corpora (issue 6): wall time and maximum
# resident set size from /usr/bin/time -v, median of RUNS runs, for a release build with the
# default rules. BENCHMARKS.md records the results; per-stage timings are criterion benchmarks
# (`cargo bench`).
#
#   scripts/bench.sh               # 10 MB and 100 MB corpora, 5 runs each (about 25 minutes)
#   RUNS=3 SIZES="10" scripts/bench.sh
#
# The corpora are generated once, deterministically (examples/gencorpus.rs), into
# target/bench-corpus/SIZE (kept between runs). ripgrep is the floor the tool is compared with:
# one case-sensitive fixed-string pass (`rg -c -F -f ALIASES`) over the same files with every
# source and place name and alias of the default rules; it is installed (apt or cargo) if missing.
#
# Not part of `cargo test`: this machine is shared and noisy, so timings are medians of several
# runs, never assertions in a test.
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${RUNS:-5}"
sizes="${SIZES:-10 100}"
threads="${THREADS:-2}"
cargo build --release --locked --quiet
cargo build --release --locked --quiet --example gencorpus
bin="$PWD/target/release/counterclaim"
gen="$PWD/target/release/examples/gencorpus"
if ! command -v rg >/dev/null 2>&1; then
  echo "installing ripgrep" >&2
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get install -y -qq ripgrep >/dev/null
  else
    cargo install --locked ripgrep --quiet
  fi
fi
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 2; }

corpora="$PWD/target/bench-corpus"
mkdir -p "$corpora"
aliases="$corpora/ALIASES"
python3 - "$aliases" <<'PY'
import sys, yaml
names = set()
for f in ("rules/sources.yaml", "rules/places.yaml"):
    for section in yaml.safe_load(open(f)).values():
        for rule in section or []:
            for n in [rule.get("name")] + list(rule.get("aliases") or []):
                if n and "(" not in n and "*" not in n:
                    names.add(n)
open(sys.argv[1], "w").write("".join(sorted(n + "\n" for n in names)))
PY

# median of the numbers on stdin
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# measure LABEL MB CMD...: RUNS runs; prints one Markdown row
measure() {
  local label="$1" mb="$2"; shift 2
  local times=() rss=() log
  log="$(mktemp)"
  for _ in $(seq "$runs"); do
    /usr/bin/time -v "$@" > /dev/null 2> "$log"
    times+=("$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log")")
    rss+=("$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")")
  done
  rm -f "$log"
  local t m
  t="$(printf '%s\n' "${times[@]}" | median)"
  m="$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)"
  printf '| %s | %s MB | %.2f s | %.1f MB/s | %d MB |\n' "$label" "$mb" "$t" "$(echo "$mb / $t" | bc -l)" "$((m / 1024))"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "runs: $runs (median wall time; peak memory is the largest of the runs)"
echo
echo "| command | corpus | wall (median) | throughput | peak RSS |"
echo "|---|---:|---:|---:|---:|"
for size in $sizes; do
  dir="$corpora/$size"
  [ -d "$dir" ] || "$gen" "$dir" "$size" >&2
  mb="$(find "$dir" -type f -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f", s / 1048576 }')"
  measure "\`statements -f jsonl\` --threads $threads" "$mb" "$bin" statements --threads "$threads" -f jsonl "$dir"
  measure "\`statements -f jsonl\` --threads 1" "$mb" "$bin" statements --threads 1 -f jsonl "$dir"
  for format in jsonl json csv; do
    measure "\`compare -f $format\` --threads $threads" "$mb" "$bin" compare --threads "$threads" -f "$format" "$dir"
  done
  measure "\`rg -c -F -f ALIASES\`" "$mb" rg -c -F -f "$aliases" "$dir"
done
