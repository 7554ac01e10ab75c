#!/usr/bin/env bash
# Builds site-example and drives Debian's Chromium over it with playwright-core
# and axe-core (pinned in package-lock.json; `make test` installs them).
# usage: run.sh AIMSGEN SOURCE_DIR WORK_DIR
set -euo pipefail
aimsgen=$1
source_dir=$2
work=$3
here="$source_dir/tests/browser"

if [[ ! -d "$here/node_modules/playwright-core" || ! -d "$here/node_modules/axe-core" ]]; then
  echo "tests/browser/node_modules is missing: run 'make test' (it runs npm ci there)" >&2
  exit 1
fi
command -v pdftotext >/dev/null || { echo "pdftotext (poppler-utils) is missing: run 'make test'" >&2; exit 1; }

rm -rf "$work"
mkdir -p "$work/artifacts"
"$aimsgen" build "$source_dir/site-example" -o "$work/site" --as-of 2026-09-30 >/dev/null 2>"$work/build.log" || {
  cat "$work/build.log" >&2
  exit 1
}
cd "$here"
AIMSGEN_SITE="$work/site" AIMSGEN_ARTIFACTS="$work/artifacts" \
  node --test --test-concurrency=1 --test-reporter=spec ./*.test.mjs
echo "Screenshots and the review pack PDF: $work/artifacts"
