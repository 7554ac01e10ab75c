#!/usr/bin/env bash
# A build killed with SIGKILL (no clean-up code runs) leaves OUT exactly as it
# was: same files, same bytes, same inodes. Killed twice over a bigger copy of
# site-example: once as soon as its staging directory appears, once when pages
# are being written into it. The next build succeeds, removes the staging
# directories those dead builds left (they carry aimsgen's marker) but not a
# look-alike without it, and keeps the inode and modification time of every
# file whose bytes did not change.
#
# usage: interrupted_build.sh AIMSGEN SOURCE_DIR
set -euo pipefail
source "$(dirname "$0")/build_test_lib.bash"

site=$work/site
build_example "$site"
bytes_before=$(tree_digest "$site")
inodes() {  # inode, modification time and path of everything below $1
    (cd "$1" && find . -mindepth 1 -printf '%i %T@ %p\n' | sort -k3)
}
inodes_before=$(inodes "$site")

# The modified copy: site-example and 3,000 more documents, so that the build
# runs long enough to be killed while it writes.
content=$work/bigger
cp -R "$example" "$content"
mkdir "$content/documents/generated"
paragraphs=$(for p in 1 2 3 4 5 6 7 8; do
    printf 'Paragraph %s: the AI system owner reviews the risk register and records the outcome.\n\n' "$p"
done)
front_matter='---\nid: GEN-%s\ntitle: Generated procedure %s\ntype: procedure\nowner: mokafor\nversion: "0.1"\n'
for i in $(seq -w 1 3000); do
    printf -- "$front_matter"'status: draft\n---\n\n# Procedure %s\n\n%s\n' "$i" "$i" "$i" "$paragraphs" \
        > "$content/documents/generated/GEN-$i.md"
done

# Starts a build of $content into $site, waits until its staging directory
# holds at least $1 entries besides the marker, and kills it with SIGKILL.
# Sets $killed_staging.
build_and_kill() {
    local wanted=$1 pid staged staging=""
    "$aimsgen" build "$content" -o "$site" --as-of "$as_of" > /dev/null 2>&1 &
    pid=$!
    while true; do
        staging=$work/.site.staging-$pid
        if [[ -d $staging ]]; then
            staged=$(find "$staging" -mindepth 1 -not -name .aimsgen-staging 2> /dev/null | head -n "$wanted" | wc -l || true)
            (( staged >= wanted )) && break
        fi
        kill -0 "$pid" 2> /dev/null || fail "the build finished before it could be killed (wanted $wanted staged entries)"
    done
    kill -KILL "$pid"
    wait "$pid" 2> /dev/null || true
    [[ -d $staging ]] || fail "the killed build's staging directory is gone: it was not killed midway"
    grep -qx "pid $pid" "$staging/.aimsgen-staging" || fail "the staging directory carries no marker naming pid $pid"
    killed_staging=$staging
}

build_and_kill 0
first_staging=$killed_staging
build_and_kill 100
second_staging=$killed_staging
echo "killed two builds; $(find "$second_staging" -type f | wc -l) files were staged in the second"

[[ $(tree_digest "$site") == "$bytes_before" ]] || fail "OUT changed although both builds were killed before commit"
[[ $(inodes "$site") == "$inodes_before" ]] || fail "files of OUT were rewritten although both builds were killed"

# A look-alike that aimsgen did not write (no marker) must survive.
mkdir "$work/.site.staging-424242424"
printf 'not ours\n' > "$work/.site.staging-424242424/keep.txt"

run_aimsgen build "$content" -o "$site" --as-of "$as_of"
[[ $status -eq 0 ]] || fail "the build after the killed ones exited $status:"$'\n'"$err"
[[ ! -e $first_staging && ! -e $second_staging ]] || fail "the killed builds' staging directories were not removed"
[[ $(cat "$work/.site.staging-424242424/keep.txt") == "not ours" ]] || fail "a staging look-alike without marker was touched"
[[ $(names_in "$work") == *".site.staging-424242424"* ]] || fail "the look-alike staging directory is gone"
leftover=$(names_in "$work" | grep -v -x -e site -e bigger -e .site.staging-424242424 -e .stdout -e .stderr || true)
[[ -z $leftover ]] || fail "left beside OUT: $leftover"
[[ ! -e $site/.aimsgen-staging ]] || fail "the staging marker reached OUT"

# OUT now holds the bigger build, exactly.
build_example_into() { run_aimsgen build "$content" -o "$1" --as-of "$as_of"; [[ $status -eq 0 ]] || fail "build into $1: $err"; }
build_example_into "$work/reference"
[[ $(tree_digest "$site") == "$(tree_digest "$work/reference")" ]] || fail "OUT differs from a clean build of the same content"
rm -rf "$work/reference"

# Unchanged bytes keep their inode and modification time; changed ones do not.
same=0
changed=0
while read -r inode mtime path; do
    [[ $path != ./manifest.json && -f $site/$path && ! -L $site/$path ]] || continue
    sum_before=$(awk -v p="$path" '$2 == p { print $1 }' <<< "$bytes_before")
    sum_now=$(sha256sum "$site/$path" | cut -d' ' -f1)
    inode_now=$(stat -c '%i' "$site/$path")
    if [[ $sum_before == "$sum_now" ]]; then
        [[ $inode_now == "$inode" ]] || fail "$path has the same bytes but a new inode"
        [[ $(find "$site/$path" -printf '%T@') == "$mtime" ]] || fail "$path has the same bytes but a new modification time"
        same=$((same + 1))
    else
        [[ $inode_now != "$inode" ]] || fail "$path changed but kept its old inode"
        changed=$((changed + 1))
    fi
done <<< "$inodes_before"
(( same > 0 && changed > 0 )) || fail "expected both unchanged ($same) and changed ($changed) files"

# A rebuild of the same content rewrites no file: every inode and time stays
# (directories are made anew).
file_inodes() { (cd "$1" && find . -type f -printf '%i %T@ %p\n' | sort -k3); }
inodes_now=$(file_inodes "$site")
run_aimsgen build "$content" -o "$site" --as-of "$as_of"
[[ $status -eq 0 ]] || fail "the rebuild exited $status"
[[ $(file_inodes "$site") == "$inodes_now" ]] || fail "a rebuild of unchanged content gave files new inodes or times"
echo "interrupted builds: OUT untouched twice; the next build cleaned up; $same files kept their inode," \
    "$changed were rewritten; a rebuild of the same content rewrote none"
