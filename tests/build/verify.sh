#!/usr/bin/env bash
# `aimsgen verify OUT [CONTENT_DIR]` over a real build of a git checkout of
# site-example: exit 0 when everything matches; exit 1 with one line naming
# each difference (an output byte changed, an output deleted, a stray file in
# OUT, a register line changed, an evidence file changed, a new document, a
# new content commit); exit 2 when there is no aimsgen manifest.
#
# usage: verify.sh AIMSGEN SOURCE_DIR
set -euo pipefail
source "$(dirname "$0")/build_test_lib.bash"

command -v git > /dev/null || { echo "git is not installed: skipped"; exit 77; }

content=$work/content
cp -R "$example" "$content"
git -C "$content" init -q
git -C "$content" add -A
git -C "$content" -c user.name=Auditor -c user.email=auditor@example.org commit -q -m "the AIMS as built"
commit=$(git -C "$content" rev-parse HEAD)
site=$work/site
build_example "$site"
cp -R "$site" "$work/site-as-built"

# Runs verify with the given arguments and checks its exit status and that its
# standard error is exactly the expected lines (the summary line last).
expect_verify() {  # STATUS EXPECTED_STDERR ARGS...
    local want_status=$1 want_err=$2
    shift 2
    run_aimsgen verify "$@"
    [[ $status -eq $want_status ]] || fail "verify $* exited $status, expected $want_status:"$'\n'"$err"
    [[ $err == "$want_err" ]] || fail "verify $* printed:"$'\n'"$err"$'\n'"expected:"$'\n'"$want_err"
}
sha() { sha256sum "$1" | cut -d' ' -f1; }

files=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["files"]))' "$site/manifest.json")
inputs=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["inputs"]))' "$site/manifest.json")
(( files > 300 && inputs > 70 )) || fail "the manifest lists only $files files and $inputs inputs"
checked="$files files and $inputs inputs checked"
python3 -c 'import json, sys; m = json.load(open(sys.argv[1])); assert m["content_commit"] == sys.argv[2], m["content_commit"]' \
    "$site/manifest.json" "$commit" || fail "the manifest does not name the content commit $commit"

# ---- everything matches ----
expect_verify 0 "aimsgen verify: $site matches its manifest: $checked." "$site" "$content"
expect_verify 0 "aimsgen verify: $site matches its manifest: $files files checked; inputs not checked (give CONTENT_DIR)." \
    "$site"

# ---- outputs ----
page=$site/risks/RSK-001.html
[[ -f $page ]] || fail "site-example has no risks/RSK-001.html to tamper with"
old=$(sha "$page")
printf 'X' | dd of="$page" bs=1 seek=200 count=1 conv=notrunc status=none  # one byte
new=$(sha "$page")
expect_verify 1 "$page: error: changed since the build: its SHA-256 is $new, the manifest says $old
aimsgen verify: 1 difference from the manifest of $site; $checked." "$site" "$content"
cp "$work/site-as-built/risks/RSK-001.html" "$page"

rm "$site/data/model.json"
expect_verify 1 "$site/data/model.json: error: missing: the manifest lists it
aimsgen verify: 1 difference from the manifest of $site; $checked." "$site" "$content"
cp "$work/site-as-built/data/model.json" "$site/data/model.json"

printf '<p>forged</p>\n' > "$site/risks/RSK-999.html"
expect_verify 1 "$site/risks/RSK-999.html: error: not in the manifest: aimsgen did not write this file
aimsgen verify: 1 difference from the manifest of $site; $files files checked; inputs not checked (give CONTENT_DIR)." \
    "$site"
rm "$site/risks/RSK-999.html"
expect_verify 0 "aimsgen verify: $site matches its manifest: $checked." "$site" "$content"

# ---- inputs ----
register=$content/registers/risks.yaml
cp "$register" "$work/risks.yaml"
old=$(sha "$register")
sed -i '0,/^  title: /s//  title: Edited: /' "$register"  # one register line
new=$(sha "$register")
[[ $old != "$new" ]] || fail "the register line was not changed"
expect_verify 1 "$register: error: changed since the build: its SHA-256 is $new, the manifest says $old
aimsgen verify: 1 difference from the manifest of $site; $checked." "$site" "$content"
cp "$work/risks.yaml" "$register"

evidence=$content/evidence/2025/ai-policy-approval-minutes-2025-10.md
cp "$evidence" "$work/evidence.md"
old=$(sha "$evidence")
printf '\nAdded after the build.\n' >> "$evidence"
expect_verify 1 "$evidence: error: changed since the build: its SHA-256 is $(sha "$evidence"), the manifest says $old
aimsgen verify: 1 difference from the manifest of $site; $checked." "$site" "$content"
cp "$work/evidence.md" "$evidence"

document=$content/documents/policies/POL-900-new-policy.md
printf -- '---\nid: POL-900\ntitle: A new policy\ntype: policy\nowner: mokafor\nversion: "0.1"\nstatus: draft\n---\n\nNew.\n' \
    > "$document"
expect_verify 1 "$document: error: a new input: a build would read it now, but the manifest does not list it
aimsgen verify: 1 difference from the manifest of $site; $checked." "$site" "$content"
rm "$document"
expect_verify 0 "aimsgen verify: $site matches its manifest: $checked." "$site" "$content"

git -C "$content" -c user.name=Auditor -c user.email=auditor@example.org commit -q --allow-empty -m "later"
later=$(git -C "$content" rev-parse HEAD)
expect_verify 1 "$content: error: the content is at commit $later; the manifest names commit $commit
aimsgen verify: 1 difference from the manifest of $site; $checked." "$site" "$content"

# ---- no manifest, or bad usage: exit 2 ----
mkdir "$work/empty"
expect_verify 2 "aimsgen: error: '$work/empty' has no readable aimsgen manifest: there is no manifest.json" "$work/empty"
printf '{"name": "my-web-app", "files": []}\n' > "$work/empty/manifest.json"
expect_verify 2 "aimsgen: error: '$work/empty' has no readable aimsgen manifest: manifest.json was not written by aimsgen" \
    "$work/empty" "$content"
expect_verify 2 "aimsgen: error: verify needs the output directory: aimsgen verify OUT [CONTENT_DIR]"
expect_verify 2 "aimsgen: error: content directory '$work/nowhere' does not exist" "$site" "$work/nowhere"
echo "verify: match 0; changed, missing and stray outputs, changed register and evidence, new document, new commit 1; no manifest 2"
