#!/usr/bin/env bash
# Check the HTML report in a real browser: headless Chromium loads the report of the samples,
# the side, place and conflict filters change what is shown, "In context" opens, the page fits
# a phone and prints, it requests nothing but itself and logs nothing to the console, and an
# article full of markup runs none of it. With --screenshot, also refresh docs/sample-report.png
# (the README's picture).
#
# Not part of `cargo test` (that must not need a browser): run it by hand after changing the
# HTML renderer. Needs Chromium (Debian: apt-get install chromium; or set CHROMIUM=/path) and
# Node 20+ with npm (it installs playwright-core, pinned in scripts/browser-check/).
set -euo pipefail
cd "$(dirname "$0")/.."

shot=""
if [[ "${1:-}" == "--screenshot" ]]; then
  shot="docs/sample-report.png"
fi

chromium="${CHROMIUM:-/usr/bin/chromium}"
if [[ ! -x "$chromium" ]]; then
  echo "browser-check: no Chromium at $chromium (apt-get install chromium, or set CHROMIUM)" >&2
  exit 2
fi
export CHROMIUM="$chromium"

cargo build --quiet --locked
bin=target/debug/counterclaim
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

"$bin" compare samples --format html -o "$tmp/report.html"

mkdir "$tmp/hostile"
cat > "$tmp/hostile/a.txt" <<'ARTICLE'
---
title: "</title><script>alert('title')</script>"
outlet: "<b onmouseover=alert(1)>Outlet</b>"
date: 2024-05-01
url: "javascript:alert('url')"
---
Drones hit an oil depot <script>alert('body')</script> in Bryansk, Ukraine's General Staff said.

Bryansk governor Alexander Bogomaz said all drones were shot down "<img src=x onerror=alert('img')>" & </textarea><!-- comment.
ARTICLE
"$bin" compare "$tmp/hostile" --format html -o "$tmp/hostile.html"

(cd scripts/browser-check && npm ci --no-audit --no-fund --silent)
node scripts/browser-check/check.mjs "$tmp/report.html" "$tmp/hostile.html" $shot
