#!/usr/bin/env bash
# The output directories `aimsgen build -o` accepts, and what each build
# leaves: a new directory (parents made), the same named with a trailing slash
# (as shells complete it), an empty existing directory, a relative path, and
# the previous output of aimsgen, replaced as a whole.
#
# usage: output_dir.sh AIMSGEN SOURCE_DIR
set -euo pipefail
source "$(dirname "$0")/build_test_lib.bash"

build_example "$work/reference"
reference=$(tree_digest "$work/reference")

expect_site() {  # OUT DESCRIPTION: OUT holds exactly the reference build
    [[ -d $1 ]] || fail "$2: $1 was not created"
    [[ $(tree_digest "$1") == "$reference" ]] || fail "$2: $1 differs from the reference build"
}

build_example "$work/a/b/site"
expect_site "$work/a/b/site" "a new directory with new parents"
[[ $(names_in "$work/a/b") == "site" ]] || fail "a new directory: left beside it: $(names_in "$work/a/b")"

mkdir "$work/empty"
build_example "$work/empty"
expect_site "$work/empty" "an empty existing directory"

status=0
(cd "$work" && "${runner[@]}" "$aimsgen" build "$example" -o relative/site --as-of "$as_of") > /dev/null 2>&1 || status=$?
[[ $status -eq 0 ]] || fail "-o relative/site exited $status"
expect_site "$work/relative/site" "a relative -o"

# A second build over the first replaces it; nothing is left beside OUT.
build_example "$work/a/b/site"
expect_site "$work/a/b/site" "a rebuild into the previous output"
[[ $(names_in "$work/a/b") == "site" ]] || fail "a rebuild left beside OUT: $(names_in "$work/a/b")"

# A file a person put into OUT is not deleted by the next build.
printf 'my notes\n' > "$work/a/b/site/notes.txt"
build_example "$work/a/b/site"
found=$(find "$work/a/b" -name notes.txt)
[[ -n $found && $(cat "$found") == "my notes" ]] || fail "a file a person added to OUT was deleted by the next build"

# `-o site/`: the trailing slash shells add when completing a directory name.
run_aimsgen build "$example" -o "$work/slash/site/" --as-of "$as_of"
[[ $status -eq 0 ]] || fail "-o with a trailing slash (new directory) exited $status:"$'\n'"$(grep 'aimsgen: error' <<< "$err")"
expect_site "$work/slash/site" "-o with a trailing slash"
[[ $(names_in "$work/slash") == "site" ]] || fail "-o with a trailing slash left: $(names_in "$work/slash")"
run_aimsgen build "$example" -o "$work/slash/site/" --as-of "$as_of"
[[ $status -eq 0 ]] || fail "-o with a trailing slash (rebuild) exited $status"
expect_site "$work/slash/site" "a rebuild with a trailing slash"
echo "output directories: new, nested, empty, relative, rebuilt, trailing slash"
