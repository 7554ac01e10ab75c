# Shared by tests/build/*.sh (sourced, not a test itself).
#
# Every script is run as `bash SCRIPT AIMSGEN SOURCE_DIR` and works in its own
# temporary directory, removed when it exits.

if [[ $# -ne 2 ]]; then
    echo "usage: $0 AIMSGEN SOURCE_DIR" >&2
    exit 2
fi
aimsgen=$1
source_dir=$(cd "$2" && pwd)
if [[ $aimsgen == */* && $aimsgen != /* ]]; then  # relative to where we were started
    aimsgen=$PWD/$aimsgen
fi
example=$source_dir/site-example
as_of=2026-09-30

work=$(mktemp -d "${TMPDIR:-/tmp}/aimsgen-build-test-XXXXXX")
trap 'rm -rf "$work"' EXIT

# Bytes in, bytes out; each script sets other locales explicitly where it means to.
export LC_ALL=C

runner=()
if command -v timeout > /dev/null; then
    runner=(timeout 120)  # a hang fails the test instead of stalling the suite
fi

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# Runs aimsgen with the given arguments; sets $status, $out (stdout) and $err (stderr).
run_aimsgen() {
    status=0
    "${runner[@]}" "$aimsgen" "$@" > "$work/.stdout" 2> "$work/.stderr" || status=$?
    out=$(cat "$work/.stdout")
    err=$(cat "$work/.stderr")
}

# Builds site-example (or $content when set) into $1 at $as_of; fails the test unless it exits 0.
build_example() {
    run_aimsgen build "${content:-$example}" -o "$1" --as-of "$as_of"
    [[ $status -eq 0 ]] || fail "aimsgen build into $1 exited $status, expected 0:"$'\n'"$err"
}

# Every directory, file (with its SHA-256) and symlink below $1, hidden ones too,
# one per line: equal digests mean byte-for-byte equal trees.
tree_digest() {
    (cd "$1" && find . -mindepth 1 \( -type d -printf 'dir %p\n' \) -o \( -type l -printf 'link %p -> %l\n' \) \
        -o \( -type f -exec sha256sum {} + \) | sort)
}

# The names in directory $1, hidden ones too, one per line.
names_in() {
    (cd "$1" && find . -mindepth 1 -maxdepth 1 -printf '%f\n' | sort)
}
