#!/usr/bin/env bash
# Hostile and malformed content, end to end. Every case is built with
# `aimsgen build` over the existing output of a good build and must give a
# clear diagnostic (path:line:column where there is a position), a non-zero
# exit and an output directory byte-for-byte as it was, within a time limit so
# that a hang fails the test instead of blocking it:
#   - the broken-content cases of tests/invalid/ that are about hostile input
#     (alias bomb, deep YAML nesting, invalid UTF-8, NUL, symbolic links out,
#     '..' and absolute evidence paths, empty files, a scalar or a mapping for a
#     register, duplicate keys, front matter never closed, an id carrying HTML)
#   - generated ones: files over the size limit (default and --max-file-size),
#     a 5 MB single line, FIFOs and folders where files belong, unreadable
#     folders and files, Markdown nested 50,000 deep, --theme templates with a
#     syntax error, a partial that includes itself and a partial bomb
# Input that is legitimate but could be abused (HTML in titles, raw HTML and
# javascript: links in Markdown, values beginning with = + - @) builds, and the
# test proves the portal shows it as text and drops the links.
#
# usage: hostile_input.sh AIMSGEN SOURCE_DIR
set -euo pipefail
shopt -s extglob
source "$(dirname "$0")/build_test_lib.bash"

runner=()
if command -v timeout > /dev/null; then
    runner=(timeout 20)  # per case; the slowest takes about 2 s
fi
cases_dir=$source_dir/tests/invalid

# ---- the output directory every refused build must leave alone ----
site=$work/site
mkdir "$site"
build_example "$site/out"
[[ -f $site/out/data/model.json ]] || fail "the good build wrote no data/model.json"
reference=$(tree_digest "$site/out")
count=0

# Milliseconds since the epoch, for timings.
now_ms() { echo $(($(date +%s%N) / 1000000)); }

# Runs `aimsgen build` with the given arguments over $out (default $site/out)
# as ${as_user[@]} (default: this user); sets $status, $err and $elapsed (ms).
build_over_out() {
    local started
    started=$(now_ms)
    status=0
    "${as_user[@]}" "${runner[@]}" "$aimsgen" build "$@" -o "${out:-$site/out}" --as-of "$as_of" \
        > "$work/.stdout" 2> "$work/.stderr" || status=$?
    elapsed=$(($(now_ms) - started))
    err=$(cat "$work/.stderr")
}
as_user=()

# DESCRIPTION EXIT LINE: the last build exited EXIT, printed LINE exactly
# (one whole line of stderr) and left the output directory as it was.
expect_refused() {
    [[ $status -ne 124 ]] || fail "$1: timed out (a hang)"
    [[ $status -eq $2 ]] || fail "$1: exit $status, expected $2:"$'\n'"$err"
    grep -qxF -- "$3" <<< "$err" || fail "$1: stderr lacks the line"$'\n'"  $3"$'\n'"stderr was:"$'\n'"${err:0:3000}"
    [[ $(tree_digest "${out:-$site/out}") == "${out_reference:-$reference}" ]] || fail "$1: the output directory was changed"
    [[ $(names_in "$(dirname "${out:-$site/out}")") == out ]] ||
        fail "$1: something was left beside the output directory: $(names_in "$(dirname "${out:-$site/out}")")"
    count=$((count + 1))
}

# A small valid content directory: aims.yaml and one AI system.
make_content() {
    mkdir -p "$1/registers"
    cat > "$1/aims.yaml" << 'EOF'
format_version: 1
organization:
  name: Example Ltd
scope:
  statement: All AI systems of Example Ltd.
people:
  - id: alice
    name: Alice Example
    roles: [ai-lead]
roles:
  - id: ai-lead
    title: AI governance lead
risk_criteria:
  likelihood:
    - {value: 1, label: Rare}
    - {value: 2, label: Unlikely}
    - {value: 3, label: Possible}
    - {value: 4, label: Likely}
    - {value: 5, label: Almost certain}
  impact:
    - {value: 1, label: Negligible}
    - {value: 2, label: Minor}
    - {value: 3, label: Moderate}
    - {value: 4, label: Major}
    - {value: 5, label: Severe}
  bands:
    - {name: low, min: 1, max: 4}
    - {name: medium, min: 5, max: 9}
    - {name: high, min: 10, max: 16}
    - {name: critical, min: 17, max: 25}
  acceptance_threshold: 9
EOF
    cat > "$1/registers/ai-systems.yaml" << 'EOF'
- id: AIS-001
  name: CV screening assistant
  purpose: Ranks job applications for recruiters.
  owner: alice
  lifecycle_stage: operation
  ai_role: deployer
  source: internal
  eu_ai_act_tier: high
  autonomy: human-in-the-loop
  in_scope: true
  introduced: 2025-01-15
EOF
}

# One risk record in YAML block style; $1 is its id, $2 its title (YAML text).
risk_record() {
    printf -- '- id: %s\n  title: %s\n' "$1" "$2"
    printf '  %s\n' 'category: bias' 'systems: [AIS-001]' 'owner: alice' 'identified: 2025-02-01' 'likelihood: 3' \
        'impact: 4' 'treatment: mitigate' 'residual_likelihood: 2' 'residual_impact: 3' 'status: treating' \
        'next_review: 2026-12-31'
}

# A document with front matter (lines 1-9); the body from stdin starts at line 10.
write_document() {
    mkdir -p "$(dirname "$1")"
    { printf '%s\n' '---' 'id: POL-001' "title: ${2:-AI policy}" 'type: policy' 'owner: ai-lead' 'version: "1.0"' \
        'status: draft' 'clauses: [5.2]' '---'
      cat; } > "$1"
}

fresh() {  # a new copy of the small valid content, named $1 below $work
    rm -rf "${work:?}/$1"
    make_content "$work/$1"
    echo "$work/$1"
}

content=$(fresh valid)
run_aimsgen check "$content" --as-of "$as_of"
[[ $status -eq 0 ]] || fail "the small valid content does not check clean:"$'\n'"$err"

# ---- the hostile cases of tests/invalid/, built over OUT ----
headline='^[^ ].*:[0-9]+:[0-9]+: (error|warning): |^[^ ]+: (error|warning): '
for name in 03-duplicate-key 04-alias-bomb 26-evidence-path-dotdot 27-evidence-absolute-path \
    29-evidence-symlink-out 30-register-is-mapping 31-empty-register-file 34-front-matter-not-closed \
    37-invalid-utf8 38-nul-byte 39-deep-nesting 57-empty-aims-yaml 58-empty-document 59-register-is-scalar \
    60-id-carries-html 61-register-symlink-out 62-document-symlink-out; do
    [[ -f $cases_dir/$name/expected ]] || fail "tests/invalid/$name is missing"
    status=0
    (cd "$cases_dir/$name" && "${runner[@]}" "$aimsgen" build . -o "$site/out" --as-of "$as_of") \
        > /dev/null 2> "$work/.stderr" || status=$?
    err=$(cat "$work/.stderr")
    actual=$(printf 'exit: %d\n' "$status"; grep -aE "$headline" <<< "$err" || true)
    diff -u --label "tests/invalid/$name/expected" --label "aimsgen build" \
        <(sed -n '/: error: /p;1p' "$cases_dir/$name/expected") <(sed -n '/: error: /p;1p' <<< "$actual") >&2 ||
        fail "tests/invalid/$name: aimsgen build does not report what aimsgen check does (diff above)"
    expect_refused "tests/invalid/$name" 1 "$(sed -n '/: error: /{p;q}' "$cases_dir/$name/expected")"
done

# ---- files over the size limit: refused before they are read ----
content=$(fresh too-big)
truncate -s $((64 * 1024 * 1024 + 1)) "$content/registers/risks.yaml"  # sparse: no disk used
build_over_out "$content"
expect_refused "a register of 64 MiB + 1 byte" 1 \
    "$content/registers/risks.yaml: error: the file has 67108865 bytes, over the limit of 67108864 (--max-file-size); split it into several files"
echo "over the default size limit: refused in $elapsed ms"

content=$(fresh too-big-document)
head -c 5000 /dev/zero | tr '\0' 'x' | write_document "$content/documents/ai-policy.md"
bytes=$(wc -c < "$content/documents/ai-policy.md")
build_over_out "$content" --max-file-size 4096
expect_refused "a document over --max-file-size 4096" 1 \
    "$content/documents/ai-policy.md: error: the file has $bytes bytes, over the limit of 4096 (--max-file-size); split it into several files"

# ---- a 5 MB single line (a register written as one line of JSON) ----
# Every node on the line used to cost a scan from the line's start: a
# register of 18,000 risks on one line took minutes. The excerpt under a
# diagnostic shows the part of the line around the caret, not 5 MB.
json_risks() {  # N: N risks as one JSON line
    awk -v n="$1" 'BEGIN {
        printf "["
        for (i = 1; i <= n; i++) {
            printf "%s{\"id\":\"RSK-%06d\",\"title\":\"Biased ranking of applicants\",\"category\":\"bias\",", (i > 1 ? "," : ""), i
            printf "\"systems\":[\"AIS-001\"],\"owner\":\"alice\",\"identified\":\"2025-02-01\",\"likelihood\":3,"
            printf "\"impact\":4,\"treatment\":\"mitigate\",\"residual_likelihood\":2,\"residual_impact\":3,"
            printf "\"status\":\"treating\",\"next_review\":\"2026-12-31\"}"
        }
        printf "]\n"
    }'
}
content=$(fresh long-line)
json_risks 18600 > "$content/registers/risks.yaml"
bytes=$(wc -c < "$content/registers/risks.yaml")
[[ $bytes -gt 5000000 && $(wc -l < "$content/registers/risks.yaml") -eq 1 ]] || fail "the long line is not one line over 5 MB"
started=$(now_ms)
run_aimsgen check "$content" --as-of "$as_of"
[[ $status -eq 0 ]] || fail "18,600 risks on one 5 MB line: check exited $status:"$'\n'"${err:0:3000}"
echo "a valid 5 MB line of 18,600 risks: checked in $(($(now_ms) - started)) ms"

sed -i 's/"next_review":"2026-12-31"}]$/"next_review":"2026-12-31","severity":"high"}]/' "$content/registers/risks.yaml"
build_over_out "$content"
column=$((bytes - 1))  # '"severity"' starts where '}]' and the newline were
expect_refused "an unknown field at the end of a 5 MB line" 1 \
    "$content/registers/risks.yaml:1:$column: error: unknown field 'severity' in risk; known fields: accepted, accepted_by, actions, category, closed, controls, description, direction, history, id, identified, impact, last_review, likelihood, next_review, owner, residual_impact, residual_likelihood, status, systems, title, treatment"
grep -qxE '     1 \| …[^…]{70,90}"severity":"high"\}\]' <<< "$err" ||
    fail "the excerpt of the 5 MB line is not its end around the caret:"$'\n'"${err:0:3000}"
[[ ${#err} -lt 2000 ]] || fail "one diagnostic on a 5 MB line printed ${#err} bytes"
echo "an error at the end of a 5 MB line: refused in $elapsed ms, ${#err} bytes of diagnostics"

content=$(fresh long-id)
{ printf -- '- id: RSK-'; head -c 5000000 /dev/zero | tr '\0' 'x'; printf '\n'; risk_record X Title | tail -n +2; } \
    > "$content/registers/risks.yaml"
build_over_out "$content"
line=$(grep -aE '^[^ ].*: error: ' <<< "$err" | head -1)
[[ $line == "$content/registers/risks.yaml:1:7: error: 'RSK-xxx"*" bytes left out) … xxx"*"' is not a valid id: an id is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit" ]] ||
    fail "an id of 5 MB: not the shortened message:"$'\n'"${line:0:600}"
expect_refused "an id of 5 MB" 1 "$line"
[[ ${#err} -lt 3000 ]] || fail "the diagnostic for an id of 5 MB printed ${#err} bytes"

# ---- FIFOs, folders and links where files belong: reported, never opened ----
content=$(fresh fifo-register)
mkfifo "$content/registers/risks.yaml"
build_over_out "$content"
expect_refused "a FIFO for a register" 1 \
    "$content/registers/risks.yaml: error: this is not a regular file (a FIFO, socket or device); content files must be regular files"

content=$(fresh fifo-document)
mkdir "$content/documents"
mkfifo "$content/documents/ai-policy.md"
build_over_out "$content"
expect_refused "a FIFO for a document" 1 \
    "$content/documents/ai-policy.md: error: this is not a regular file (a FIFO, socket or device); content files must be regular files"

content=$(fresh fifo-aims)
rm "$content/aims.yaml"
mkfifo "$content/aims.yaml"
build_over_out "$content"
expect_refused "a FIFO for aims.yaml" 1 \
    "$content/aims.yaml: error: this is not a regular file (a FIFO, socket or device); content files must be regular files"

content=$(fresh fifo-theme-css)
printf 'theme:\n  css: custom.css\n' >> "$content/aims.yaml"
mkfifo "$content/custom.css"
build_over_out "$content"
expect_refused "a FIFO for theme.css" 1 "$content/aims.yaml: error: theme.css 'custom.css' cannot be read"

content=$(fresh fifo-evidence)
mkdir "$content/evidence"
mkfifo "$content/evidence/report.txt"
cat > "$content/registers/audits.yaml" << 'EOF'
- id: AUD-2026
  title: Internal AIMS audit 2026
  type: internal
  cycle: 2026
  planned: 2026-05-04
  performed: 2026-05-06
  status: completed
  auditor: alice
  report:
    path: evidence/report.txt
EOF
build_over_out "$content"
expect_refused "a FIFO for an evidence file" 1 \
    "$content/registers/audits.yaml:10:11: error: evidence path 'evidence/report.txt' is not a regular file (a FIFO, socket or device); name a file"

content=$(fresh folder-register)
mkdir "$content/registers/risks.yaml"
build_over_out "$content"
expect_refused "a folder named risks.yaml" 1 \
    "$content/registers/risks.yaml: error: this is a folder; a register file is a YAML file, a register folder is named without .yaml (registers/risks/)"

content=$(fresh folder-link-out)
ln -s / "$content/registers/risks"
build_over_out "$content"
expect_refused "a register folder that is a link to /" 1 \
    "$content/registers/risks: error: this symbolic link leads out of the content directory; content must stay inside it"

# ---- unreadable folders and files ----
# root reads everything: the cases run as nobody when the test runs as root.
unreadable_cases() {
    content=$(fresh unreadable-dir)
    chmod 000 "$content"
    build_over_out "$content"
    chmod 755 "$content"
    expect_refused "an unreadable content directory" 2 \
        "aimsgen: error: content directory '$content' cannot be read: Permission denied"

    content=$(fresh unreadable-registers)
    chmod 000 "$content/registers"
    build_over_out "$content"
    chmod 755 "$content/registers"
    expect_refused "an unreadable registers folder" 1 \
        "$content/registers: error: this cannot be read (permission denied); aimsgen must be able to read the whole content directory"

    content=$(fresh unreadable-register)
    risk_record RSK-001 "Biased ranking" > "$content/registers/risks.yaml"
    chmod 000 "$content/registers/risks.yaml"
    build_over_out "$content"
    chmod 644 "$content/registers/risks.yaml"
    expect_refused "an unreadable register file" 1 "$content/registers/risks.yaml: error: the file cannot be read"
}
if [[ $(id -u) -ne 0 ]]; then
    unreadable_cases
elif command -v setpriv > /dev/null && setpriv --reuid=65534 --regid=65534 --clear-groups test -x "$aimsgen" 2> /dev/null; then
    chmod 755 "$work"  # the test's own directory, so that nobody can reach its cases
    as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
    out=$work/nobody/out
    mkdir "$work/nobody"
    cp -R "$site/out" "$out"
    chown -R 65534:65534 "$work/nobody"
    out_reference=$(tree_digest "$out")
    unreadable_cases
    as_user=()
    unset out out_reference
else
    echo "note: running as root without setpriv (or nobody cannot run $aimsgen): the unreadable cases were skipped"
fi

# ---- Markdown that would make cmark-gfm 0.29 slow: an error, not a notice ----
for kind in '>' '['; do
    content=$(fresh markdown-nesting)
    { head -c 50000 /dev/zero | tr '\0' "$kind"; printf ' deep\n'; } | write_document "$content/documents/ai-policy.md"
    build_over_out "$content"
    expect_refused "a document of 50,000 '$kind'" 1 \
        "$content/documents/ai-policy.md:10:1: error: the portal cannot show this document's text: it is nested more than 32 levels deep; simplify it or split it into several documents"
    echo "a document of 50,000 '$kind': refused in $elapsed ms"
done

# ---- --theme: a template with a syntax error, partials that never end ----
theme=$work/theme-syntax
mkdir -p "$theme/templates"
printf '%s\n' '{{> partials/head}}' '<main>' '{{#risk}}' '<h1>{{title}}</h1>' '{{/risks}}' '</main>' \
    > "$theme/templates/risk.mustache"
build_over_out "$example" --theme "$theme"
expect_refused "a --theme template with an unclosed section" 1 \
    "$theme/templates/risk.mustache:3:1: error: template syntax error: Unclosed section \"risk\" at 27"

theme=$work/theme-itself
mkdir -p "$theme/templates/partials"
printf '%s\n' '<meta charset="utf-8">' '{{> partials/head}}' > "$theme/templates/partials/head.mustache"
build_over_out "$example" --theme "$theme"
expect_refused "a --theme partial that includes itself" 1 \
    "$theme/templates/partials/head.mustache:2:1: error: template partial 'partials/head' includes itself"

# Ten inclusions of the next partial on each of six levels: 10^6 copies of
# the last, within the 8 levels partials may nest (page, head, p1 ... p7).
theme=$work/theme-bomb
mkdir -p "$theme/templates/partials"
for level in 1 2 3 4 5 6; do
    for _ in 1 2 3 4 5 6 7 8 9 10; do printf '{{> partials/p%d}}' $((level + 1)); done > "$theme/templates/partials/p$level.mustache"
done
printf 'leaf\n' > "$theme/templates/partials/p7.mustache"
printf '{{> partials/p1}}\n' > "$theme/templates/partials/head.mustache"
build_over_out "$example" --theme "$theme"
line=$(grep -E '^[^ ].*: error: ' <<< "$err" | sort -u)
[[ $line == "$theme/templates/partials/p6.mustache:1:"+([0-9])": error: a page template grows past 10000 partial inclusions or 4 MiB here; is a partial included over and over?" ]] ||
    fail "--theme partials that expand to 10^6 copies: not one error at p6.mustache:"$'\n'"${err:0:3000}"
expect_refused "--theme partials that expand to 10^6 copies" 1 "$line"
echo "a partial bomb of 10^6 copies: refused in $elapsed ms"

echo "$count hostile inputs refused with their diagnostic; the output directory unchanged after each"

# ---- legitimate but abusable text: built, and shown as text ----
content=$(fresh safe-output)
{
    risk_record RSK-001 "\"Bias <script>alert('title-xss')</script> & \\\"quotes\\\" </script><img src=x onerror=alert('img-xss')>\""
    risk_record RSK-002 "'=HYPERLINK(\"http://evil.example/\",\"click\")'"
    risk_record RSK-003 "'+cmd|'' /C calc''!A0'"
    risk_record RSK-004 "'-2+3 @SUM(A1:A2)'"
} > "$content/registers/risks.yaml"
write_document "$content/documents/ai-policy.md" "\"AI policy <script>alert('doc-title-xss')</script>\"" << 'EOF'

# Policy <em>heading</em>

<script>alert('md-raw-script')</script>

<div onclick="alert('md-raw-div')">raw block</div>

Inline <img src=x onerror="alert('md-raw-img')"> and <a href="javascript:alert('md-raw-a')">raw anchor</a>.

[inline link](javascript:alert('md-inline'))
[upper-case link](JaVaScRiPt:alert('md-upper'))
[hex entity link](jav&#x61;script:alert('md-hex-entity'))
[decimal entity link](&#106;avascript:alert('md-decimal-entity'))
[colon entity link](javascript&colon;alert('md-colon-entity'))
[angle link](<javascript:alert('md-angle')>)
[titled link](javascript:alert('md-titled') "title")
[vbscript link](vbscript:msgbox('md-vbscript'))
[data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
[reference link][evil] and [entity reference link][evil-entity]

[evil]: javascript:alert('md-reference')
[evil-entity]: jav&#x61;script:alert('md-reference-entity')

Autolinks: <javascript:alert('md-autolink')> and <JAVASCRIPT:alert('md-autolink-upper')>

![image](javascript:alert('md-image'))

![entity image](jav&#x61;script:alert('md-image-entity'))

[kept link](https://example.com/kept)
EOF
status=0
"${runner[@]}" "$aimsgen" build "$content" -o "$work/safe" --as-of "$as_of" > /dev/null 2> "$work/.stderr" || status=$?
[[ $status -eq 0 ]] || fail "the abusable but legitimate content: build exited $status:"$'\n'"$(cat "$work/.stderr")"
safe=$work/safe

# Every <script> of the portal is its own, loaded from a file; no tag carries
# an event handler; nothing the content wrote became an element.
scripts=$(grep -rhoE '<script[^>]*>' "$safe" --include='*.html' | sort -u |
          grep -vxE '<script src="(\.\./)*(assets/js/[a-z-]+\.js|search-index\.js)" defer>' || true)
[[ -z $scripts ]] || fail "script elements that are not the portal's own:"$'\n'"$scripts"
handlers=$(grep -rnoE '<[a-zA-Z][^<>]*[[:space:]]on[a-zA-Z]+[[:space:]]*=' "$safe" --include='*.html' || true)
[[ -z $handlers ]] || fail "elements with event handlers:"$'\n'"$handlers"
elements=$(grep -rnoiE '<(img|iframe|object|embed|style)[[:space:]/>]' "$safe" --include='*.html' || true)
[[ -z $elements ]] || fail "elements written by the content:"$'\n'"$elements"
links=$(grep -rnoiE '(href|src|action)[[:space:]]*=[[:space:]]*"[^"]*(script:|data:|&#|&colon;)' "$safe" --include='*.html' || true)
[[ -z $links ]] || fail "links to scripts or data (or hidden behind entities):"$'\n'"$links"
if grep -q '<' "$safe/search-index.js" 2> /dev/null; then
    fail "search-index.js holds a raw '<'"
fi

# ... and the text is there, escaped, so the checks above looked at something.
expect_text() {  # FILE TEXT
    grep -qF -- "$2" "$safe/$1" || fail "$1 lacks the text: $2"
}
expect_text risks/RSK-001.html '<h1><span class="record-id">RSK-001</span> Bias &lt;script&gt;alert(&apos;title-xss&apos;)&lt;/script&gt; &amp; &quot;quotes&quot; &lt;/script&gt;&lt;img src=x onerror=alert(&apos;img-xss&apos;)&gt;</h1>'
expect_text risks.html 'Bias &lt;script&gt;alert(&apos;title-xss&apos;)'
expect_text documents/POL-001.html 'AI policy &lt;script&gt;alert(&apos;doc-title-xss&apos;)&lt;/script&gt;'
expect_text documents/POL-001.html '<!-- raw HTML omitted -->'
# Each dropped link leaves its text, on the line where the link was.
for line in '<p>inline link' 'upper-case link' 'hex entity link' 'decimal entity link' 'colon entity link' \
    'angle link' 'titled link' 'vbscript link' 'data link' 'reference link and entity reference link</p>' \
    "<p>Autolinks: javascript:alert('md-autolink') and JAVASCRIPT:alert('md-autolink-upper')</p>" \
    '<p>image</p>' '<p>entity image</p>'; do
    grep -qxF -- "$line" "$safe/documents/POL-001.html" || fail "documents/POL-001.html lacks the line: $line"
done
if grep -qF 'md-reference' "$safe/documents/POL-001.html"; then
    fail "the link reference definitions were not read as such: the test did not try them"
fi
expect_text documents/POL-001.html '<a href="https://example.com/kept">kept link</a>'
# Values beginning with = + - @ are text in the portal. The workbooks (when
# they come) must write them as strings, never as formulas: test it there.
expect_text risks/RSK-002.html '=HYPERLINK(&quot;http://evil.example/&quot;,&quot;click&quot;)'
expect_text risks/RSK-003.html "+cmd|&apos; /C calc&apos;!A0"
expect_text risks/RSK-004.html '-2+3 @SUM(A1:A2)'
if grep -rqF 'href="http://evil.example/' "$safe" --include='*.html'; then
    fail "a =HYPERLINK title became a link"
fi
echo "HTML in titles, raw HTML and 15 kinds of script links in Markdown, = + - @ values: shown as text"
