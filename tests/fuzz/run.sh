#!/usr/bin/env bash
# Seeds each fuzz target's corpus and runs the targets one after the other.
# usage: run.sh FUZZ_BUILD_DIR SOURCE_DIR SECONDS_PER_TARGET
#
# The corpora live in FUZZ_BUILD_DIR/corpus/<target> and grow from run to run;
# the seeds are copied from site-example and tests/invalid, never written into
# the source tree. A crash, leak, UB report or an input slower than 10 s is
# saved as FUZZ_BUILD_DIR/<target>-crash-…, -leak-… or -timeout-…, and the run
# fails after every target has had its turn.
set -euo pipefail

if [[ $# -ne 3 ]]; then
    echo "usage: $0 FUZZ_BUILD_DIR SOURCE_DIR SECONDS_PER_TARGET" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
source_dir=$(cd "$2" && pwd)
seconds=$3
example=$source_dir/site-example

# loader_fuzz: "PATH\n" then the bytes of the content file at PATH, where PATH
# is a file of site-example (see loader_fuzz.cpp).
seed_loader() {
    local corpus=$build/corpus/loader_fuzz path file target n=0
    mkdir -p "$corpus"
    while IFS= read -r path; do
        { printf '%s\n' "$path"; cat "$example/$path"; } > "$corpus/seed-example-$((n++))"
    done < <(cd "$example" && find aims.yaml registers documents -type f \( -name '*.yaml' -o -name '*.md' \) | sort)
    # A broken case's file stands in for the site-example file of that name,
    # or for the first document / the register of that name.
    local first_document
    first_document=$(cd "$example" && find documents -name '*.md' | sort | head -n 1)
    while IFS= read -r file; do
        path=${file#*/}
        if [[ -f $example/$path ]]; then
            target=$path
        elif [[ $path == documents/*.md ]]; then
            target=$first_document
        elif [[ $path == registers/*/*.yaml && -f $example/registers/$(basename "$(dirname "$path")").yaml ]]; then
            target=registers/$(basename "$(dirname "$path")").yaml
        else
            continue
        fi
        { printf '%s\n' "$target"; cat "$source_dir/tests/invalid/$file"; } > "$corpus/seed-invalid-$((n++))"
    done < <(cd "$source_dir/tests/invalid" && find . -mindepth 2 -type f \( -name '*.yaml' -o -name '*.md' \) | sed 's|^\./||' | sort)
}

# markdown_fuzz: whole documents, front matter and body.
seed_markdown() {
    local corpus=$build/corpus/markdown_fuzz file n=0
    mkdir -p "$corpus"
    while IFS= read -r file; do
        cp "$file" "$corpus/seed-$((n++))"
    done < <(find "$example/documents" "$source_dir/tests/invalid" -type f -name '*.md' | sort)
}

for target in loader_fuzz markdown_fuzz; do
    if [[ ! -x $build/$target ]]; then
        echo "$build/$target is missing: configure $build with -DAIMSGEN_FUZZ=ON and build it" >&2
        exit 2
    fi
done
seed_loader
seed_markdown

# The longest input each target is given: site-example's largest register
# (risks.yaml, about 56 KB) fits, with room to grow; documents are smaller.
declare -A max_len=([loader_fuzz]=131072 [markdown_fuzz]=65536)

failed=()
for target in loader_fuzz markdown_fuzz; do
    echo "== $target: ${seconds}s"
    # -timeout: cmark-gfm 0.29 has slow inputs; one over 10 s is a finding.
    if ! "$build/$target" "$build/corpus/$target" -max_total_time="$seconds" -timeout=10 \
            -max_len="${max_len[$target]}" -rss_limit_mb=4096 -print_final_stats=1 \
            -artifact_prefix="$build/$target-"; then
        failed+=("$target")
    fi
done
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "fuzzing found a problem in: ${failed[*]} (the input is saved in $build/)" >&2
    exit 1
fi
echo "fuzzing found nothing new in ${seconds}s per target"
