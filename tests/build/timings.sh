#!/usr/bin/env bash
# `aimsgen build --timings`: a line per pipeline stage with its wall time (the
# stages that run side by side each with their own, then a line with the time
# they took together), then the total with CPU time and peak memory, on
# standard error; the output tree is the same as without the option, and
# without it no table is printed.
#
# usage: timings.sh AIMSGEN SOURCE_DIR
set -euo pipefail
source "$(dirname "$0")/build_test_lib.bash"

"${runner[@]}" "$aimsgen" build "$example" -o "$work/timed" --as-of "$as_of" --timings \
    > "$work/stdout" 2> "$work/stderr" || fail "build --timings failed: $(tail -3 "$work/stderr")"
for stage in load validate model theme diagnostics output compute evidence workbooks render model.json write; do
    grep -Eq "^${stage//./\\.} +[0-9]+\.[0-9] +[0-9]+\.[0-9]%$" "$work/stderr" \
        || fail "no timing line for stage '$stage' in: $(cat "$work/stderr" | tail -14)"
done
grep -Eq '^render, workbooks, model\.json ran side by side: [0-9]+\.[0-9] ms, [0-9]+\.[0-9]%$' "$work/stderr" \
    || fail "no line for the stages run side by side in: $(tail -14 "$work/stderr")"
grep -Eq '^total wall [0-9]+\.[0-9]{3} s, CPU user [0-9]+\.[0-9]{3} s \+ system [0-9]+\.[0-9]{3} s, peak RSS [0-9]+\.[0-9] MiB$' \
    "$work/stderr" || fail "no total line in: $(tail -3 "$work/stderr")"
grep -q '^Wrote ' "$work/stdout" || fail "the build's summary left standard output"

"${runner[@]}" "$aimsgen" build "$example" -o "$work/plain" --as-of "$as_of" > /dev/null 2> "$work/plain-stderr"
if grep -q 'peak RSS' "$work/plain-stderr"; then
    fail "a build without --timings printed timings"
fi
[[ $(tree_digest "$work/timed") == "$(tree_digest "$work/plain")" ]] || fail "--timings changed the output"
echo "ok: --timings prints every stage and changes nothing else"
