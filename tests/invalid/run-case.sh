#!/usr/bin/env bash
# Runs one broken-content case: `aimsgen check` over the case directory, then
# compares the exit code and every diagnostic headline with the case's
# `expected` file.
#
# usage: run-case.sh AIMSGEN CASE_DIR
#
# A case directory is a content directory with one problem, plus:
#   README    one line saying what is broken
#   expected  first line `exit: N`, then exactly the diagnostic headlines
#             (`path:line:column: error|warning: message`, or
#             `path: error|warning: message` for a whole file), in order;
#             the quoted source lines, carets and summary line are not compared
#   args      optional: extra arguments for `aimsgen check`, such as --strict
set -euo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: $0 AIMSGEN CASE_DIR" >&2
    exit 2
fi

aimsgen=$1
case_dir=$2
if [[ $aimsgen == */* && $aimsgen != /* ]]; then  # relative to where we were started
    aimsgen=$PWD/$aimsgen
fi
cd "$case_dir"

if [[ ! -f expected ]]; then
    echo "$case_dir: no 'expected' file" >&2
    exit 2
fi

extra_args=()
if [[ -f args ]]; then
    read -r -a extra_args < args || true  # the last line may lack its newline
fi

# Bytes in, bytes out: the output may quote lines that are not valid UTF-8.
export LC_ALL=C

runner=()
if command -v timeout > /dev/null; then
    runner=(timeout 60)  # a hang fails the case instead of stalling the suite
fi

status=0
output=$("${runner[@]}" "$aimsgen" check . --as-of 2026-06-30 "${extra_args[@]}" 2>&1) || status=$?

headline='^[^ ].*:[0-9]+:[0-9]+: (error|warning): |^[^ ]+: (error|warning): '
headlines=$(printf '%s\n' "$output" | grep -aE "$headline" || true)

# A message that names the running release (format_version) says {VERSION}
# in `expected`, so a version bump does not break the case.
version=$("$aimsgen" --version 2> /dev/null || true)
version=${version#aimsgen }
if [[ -n $version ]]; then
    headlines=${headlines//"$version"/"{VERSION}"}
fi

actual=$(printf 'exit: %d\n' "$status"
         if [[ -n $headlines ]]; then printf '%s\n' "$headlines"; fi)

if ! diff -u --label "$case_dir/expected" --label "actual" expected <(printf '%s\n' "$actual"); then
    echo
    echo "--- full output of aimsgen check (exit $status):"
    printf '%s\n' "$output"
    exit 1
fi
