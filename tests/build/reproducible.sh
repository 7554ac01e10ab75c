#!/usr/bin/env bash
# `aimsgen build` is byte-reproducible: site-example built twice with the same
# --as-of gives identical trees, and so does a build under another time zone
# (one where the calendar date differs), a SOURCE_DATE_EPOCH that --as-of
# overrides, and the content directory named by a relative path. Another
# locale (a comma-decimal one) is locale_reproducible.sh's case: it needs a
# locale compiled first.
#
# usage: reproducible.sh AIMSGEN SOURCE_DIR
set -euo pipefail
source "$(dirname "$0")/build_test_lib.bash"

compare() {
    if ! diff -r "$work/first" "$1" > "$work/diff" 2>&1; then
        head -40 "$work/diff" >&2
        fail "$2: the output differs from the first build (diff -r above)"
    fi
}

# POSIX TZ strings, so no tzdata is needed: UTC-14 is 14 hours ahead of UTC,
# UTC+12 twelve behind, so the two builds never see the same calendar date.
TZ=UTC+12 build_example "$work/first"
TZ=UTC+12 build_example "$work/second"
compare "$work/second" "a second build with the same --as-of"

TZ=UTC-14 build_example "$work/other-zone"
compare "$work/other-zone" "TZ=UTC-14"

SOURCE_DATE_EPOCH=0 build_example "$work/epoch"  # 1970-01-01, overridden by --as-of
compare "$work/epoch" "SOURCE_DATE_EPOCH=0 with --as-of"

# The same content named relatively, with a trailing slash, from another directory.
status=0
(cd "$source_dir" && "${runner[@]}" "$aimsgen" build ./site-example/ -o "$work/relative" --as-of "$as_of") \
    > /dev/null 2> "$work/relative.err" || status=$?
[[ $status -eq 0 ]] || fail "build of ./site-example/ exited $status:"$'\n'"$(cat "$work/relative.err")"
compare "$work/relative" "content named ./site-example/ from $source_dir"

[[ -f $work/first/data/model.json && -f $work/first/manifest.json ]] ||
    fail "the build wrote no data/model.json or manifest.json: nothing was compared"
echo "site-example: $(find "$work/first" -type f | wc -l) files, identical across 5 builds"
