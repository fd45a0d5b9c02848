#!/usr/bin/env bash
# Fuzz one target with cargo-fuzz (libFuzzer, AddressSanitizer, debug assertions on):
#
#   scripts/fuzz.sh pipeline [SECONDS]   # arbitrary bytes through input, segment ... pairing
#   scripts/fuzz.sh rules [SECONDS]      # arbitrary YAML as a rule file, then the pipeline
#
# Needs the nightly toolchain and cargo-fuzz:
#   rustup toolchain install nightly && cargo install cargo-fuzz
# The committed seeds (fuzz/seeds/TARGET) are read; what the fuzzer finds goes to
# fuzz/corpus/TARGET and crashes to fuzz/artifacts/TARGET (both ignored by git). Replay a crash
# with `cargo +nightly fuzz run TARGET fuzz/artifacts/TARGET/crash-...`, then add it as a test.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
target="${1:?usage: scripts/fuzz.sh pipeline|rules [SECONDS]}"
seconds="${2:-600}"
mkdir -p "corpus/$target"
exec cargo +nightly fuzz run "$target" -O -a "corpus/$target" "seeds/$target" -- \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1
