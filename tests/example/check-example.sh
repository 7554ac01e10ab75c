#!/usr/bin/env bash
# site-example must check clean at its as-of date and print exactly the
# warnings it is meant to show (tests/example/expected-warnings.txt).
set -euo pipefail
aimsgen=$1
example=$2
here=$(cd "$(dirname "$0")" && pwd)
as_of=2026-09-30

cd "$example/.."
name=$(basename "$example")
status=0
output=$("$aimsgen" check "$name" --as-of "$as_of" 2>&1) || status=$?
if [ "$status" -ne 0 ]; then
  echo "aimsgen check $name exited $status, expected 0:"
  echo "$output"
  exit 1
fi
actual=$(printf '%s\n' "$output" | grep -E '^[^ ].*: (error|warning): ' | sed "s#^$name/##" || true)
if ! diff -u "$here/expected-warnings.txt" <(printf '%s\n' "$actual"); then
  echo "site-example's warnings differ from tests/example/expected-warnings.txt"
  exit 1
fi

# The same diagnostics as JSON: no error, the same number of warnings.
expected_count=$(grep -c . "$here/expected-warnings.txt" || true)
"$aimsgen" check "$name" --as-of "$as_of" --format json | python3 -c '
import json, sys
report = json.load(sys.stdin)
expected = int(sys.argv[1])
assert report["as_of"] == sys.argv[2], report["as_of"]
assert report["errors"] == 0, report["errors"]
assert report["warnings"] == expected, (report["warnings"], expected)
assert all(d["severity"] == "warning" for d in report["diagnostics"])
' "$expected_count" "$as_of"

# --strict turns the warnings into errors: exit 1.
status=0
"$aimsgen" check "$name" --as-of "$as_of" --strict >/dev/null 2>&1 || status=$?
if [ -s "$here/expected-warnings.txt" ] && [ "$status" -ne 1 ]; then
  echo "--strict with warnings exited $status, expected 1"
  exit 1
fi
echo "site-example: 0 errors, $expected_count intended warnings"
