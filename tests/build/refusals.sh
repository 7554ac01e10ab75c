#!/usr/bin/env bash
# What `aimsgen build` refuses, with its exit code and message, and that a
# refused build leaves every directory exactly as it was:
#   content with an error        exit 1, the previous OUT byte-for-byte intact
#   -o inside / = / around the content directory, -o a file,
#   -o a folder aimsgen did not write, no -o at all        exit 2
#
# usage: refusals.sh AIMSGEN SOURCE_DIR
set -euo pipefail
source "$(dirname "$0")/build_test_lib.bash"

# A copy of site-example to break, and an OUT from a good build of it.
content=$work/content
cp -R "$example" "$content"
build_example "$work/out"
[[ -f $work/out/data/model.json ]] || fail "the good build wrote no data/model.json"

expect_refusal() {  # EXPECTED_STATUS EXPECTED_ERROR_LINE DESCRIPTION
    [[ $status -eq $1 ]] || fail "$3: exit $status, expected $1"$'\n'"$err"
    if ! grep -qxF -- "$2" <<< "$err"; then
        fail "$3: stderr lacks the line"$'\n'"  $2"$'\n'"stderr was:"$'\n'"$err"
    fi
}

# ---- content with an error: exit 1, OUT untouched ----
sed -i 's/^- id: RSK-001$/- id: RSK-001\n  severity: high/' "$content/registers/risks.yaml"
grep -q '^  severity: high$' "$content/registers/risks.yaml" || fail "could not break the content copy"
before_out=$(tree_digest "$work/out")
before_beside=$(names_in "$work")
run_aimsgen build "$content" -o "$work/out" --as-of "$as_of"
[[ $status -eq 1 ]] || fail "content with an error: exit $status, expected 1"$'\n'"$err"
grep -q "^$content/registers/risks.yaml:6:3: error: unknown field 'severity' in risk; " <<< "$err" ||
    fail "content with an error: no diagnostic at risks.yaml:6:3:"$'\n'"$err"
grep -qE '^aimsgen build: 1 error and [0-9]+ warnings?\. Nothing was written\.$' <<< "$err" ||
    fail "content with an error: no 'Nothing was written.' summary:"$'\n'"$err"
[[ -z $out ]] || fail "content with an error: stdout should be empty, was: $out"
[[ $(tree_digest "$work/out") == "$before_out" ]] || fail "content with an error: OUT was changed"
[[ $(names_in "$work") == "$before_beside" ]] || fail "content with an error: something was left beside OUT:"$'\n'"$(names_in "$work")"
sed -i '/^  severity: high$/d' "$content/registers/risks.yaml"
diff -r "$example" "$content" > /dev/null || fail "could not repair the content copy"

# ---- refusals of the output directory: exit 2, nothing touched ----
before_content=$(tree_digest "$content")
before_beside=$(names_in "$work")

run_aimsgen build "$content" -o "$content/site" --as-of "$as_of"
expect_refusal 2 "aimsgen: error: the output directory '$content/site' lies inside the content directory; aimsgen would read its own output back" \
    "-o inside the content directory"

run_aimsgen build "$content" -o "$content" --as-of "$as_of"
expect_refusal 2 "aimsgen: error: the output directory '$content' is the content directory; choose another one" \
    "-o the content directory"

run_aimsgen build "$content" -o "$work" --as-of "$as_of"
expect_refusal 2 "aimsgen: error: the output directory '$work' contains the content directory; choose another one" \
    "-o a directory containing the content directory"

mkdir "$work/thesis"
printf 'years of work\n' > "$work/thesis/chapter-1.md"
before_beside=$(names_in "$work")
run_aimsgen build "$content" -o "$work/thesis" --as-of "$as_of"
expect_refusal 2 "aimsgen: error: '$work/thesis' exists and was not written by aimsgen (it has no aimsgen manifest.json); name a new or empty directory" \
    "-o a folder aimsgen did not write"
[[ $(cat "$work/thesis/chapter-1.md") == "years of work" && $(names_in "$work/thesis") == "chapter-1.md" ]] ||
    fail "-o a folder aimsgen did not write: the folder was changed"

printf 'notes\n' > "$work/notes.txt"
before_beside=$(names_in "$work")
run_aimsgen build "$content" -o "$work/notes.txt" --as-of "$as_of"
expect_refusal 2 "aimsgen: error: '$work/notes.txt' exists and is not a directory" "-o a file"
[[ $(cat "$work/notes.txt") == "notes" ]] || fail "-o a file: the file was changed"

run_aimsgen build "$content" --as-of "$as_of"
expect_refusal 2 "aimsgen: error: build needs an output directory: -o OUT" "no -o"

[[ $(tree_digest "$content") == "$before_content" ]] || fail "a refused build changed the content directory"
[[ $(names_in "$work") == "$before_beside" ]] ||
    fail "a refused build left something beside OUT:"$'\n'"$(names_in "$work")"
[[ $(tree_digest "$work/out") == "$before_out" ]] || fail "a refused build changed the previous OUT"
echo "build refusals: content error exit 1, six output-directory refusals exit 2, nothing touched"
