#!/usr/bin/env bash
# The evidence workbooks end to end: a copy of site-example with hostile text
# in free-text fields (formula injection: = + - @) is built at the as-of date
# and check_workbooks.py reads every workbook with openpyxl against the build's
# data/model.json, the portal's workbooks.html and manifest.json. The same
# content built again a second later, in another time zone, must give
# byte-identical workbooks.
#
# usage: workbooks.sh AIMSGEN SOURCE_DIR
set -euo pipefail
source "$(dirname "$0")/build_test_lib.bash"

# Debian's python3, where python3-openpyxl is packaged; not whatever python3 is first on PATH.
python=/usr/bin/python3
[[ -x $python ]] || { echo "$python is not installed: skipped"; exit 77; }
"$python" -c 'import openpyxl' 2> /dev/null || { echo "openpyxl is not importable by $python (apt-get install python3-openpyxl): skipped"; exit 77; }
export PYTHONIOENCODING=utf-8
started=$SECONDS

# ---- the content: site-example with hostile values in free-text fields ----
content=$work/content
cp -R "$example" "$content"
rm -rf "$content/.git"

# Text edits (Debian's python3 has no YAML module): each value replaces one
# free-text field of one record, as a single-quoted YAML scalar; hostile.json
# tells check_workbooks.py in which cell it must come back as that exact string.
"$python" - "$content" "$work/hostile.json" <<'PY'
import json, re, sys

content, expected_file = sys.argv[1:3]
risk_title = '=HYPERLINK("http://evil.example","x")'
purpose = "+cmd|' /C calc'!A0"
justification = "-2+3 AI suppliers contribute to in-scope systems"
owner_name = "@SUM(A1) Anna Berg"
decision = "=1+1 put the fairness monitoring dashboard into production"


def quoted(value):
    return "'" + value.replace("'", "''") + "'"  # a YAML single-quoted scalar


def set_field(path, record_line, field, value, indent="  "):
    """Replaces `field:` (and a block scalar's lines under it) in the record opened by record_line."""
    full = f"{content}/{path}"
    text = open(full, encoding="utf-8").read()
    start = text.find(record_line + "\n")
    if start < 0:
        sys.exit(f"{path}: no record line {record_line!r}")
    pattern = re.compile(rf"^{indent}{re.escape(field)}:.*\n(?:{indent}  .*\n|\n(?={indent}  ))*", re.M)
    found = pattern.search(text, start + len(record_line))
    following = re.compile(rf"^{re.escape(record_line[:record_line.index('-') + 2])}", re.M).search(text, start + len(record_line))
    if found is None or (following is not None and following.start() < found.start()):
        sys.exit(f"{path}: record {record_line!r} has no field {field!r}")
    text = text[:found.start()] + f"{indent}{field}: {quoted(value)}\n" + text[found.end():]
    open(full, "w", encoding="utf-8").write(text)


set_field("registers/risks.yaml", "- id: RSK-001", "title", risk_title)
set_field("registers/ai-systems.yaml", "- id: AIS-001", "purpose", purpose)
set_field("registers/soa.yaml", "- control: A.10.2", "justification", justification)
set_field("aims.yaml", "  - id: aberg", "name", owner_name, indent="    ")
set_field("registers/management-reviews.yaml", "    - id: MRD-2026-02", "description", decision, indent="      ")

expected = [
    {"workbook": "risk-register.xlsx", "sheet": "Risks", "row": "RSK-001", "column": "Title", "value": risk_title},
    {"workbook": "risk-register.xlsx", "sheet": "Risks", "row": "RSK-001", "column": "Owner", "value": owner_name},
    {"workbook": "ai-system-register.xlsx", "sheet": "AI systems", "row": "AIS-001", "column": "Purpose", "value": purpose},
    {"workbook": "ai-system-register.xlsx", "sheet": "AI systems", "row": "AIS-001", "column": "Owner", "value": owner_name},
    {"workbook": "soa.xlsx", "sheet": "Annex A", "row": "A.10.2", "column": "Justification", "value": justification},
    {"workbook": "management-review.xlsx", "sheet": "Review actions", "key": "Decision", "row": "MRD-2026-02",
     "column": "Description",
     "value": decision},
]
json.dump(expected, open(expected_file, "w", encoding="utf-8"), indent=1)
PY

# The copy stays valid content: the hostile values are free text.
run_aimsgen check "$content"
[[ $status -eq 0 ]] || fail "aimsgen check of the edited copy exited $status:"$'\n'"$err"$'\n'"$out"
summary=$(printf '%s\n%s\n' "$out" "$err" | grep -E 'aimsgen check: [0-9]+ errors?' | tail -1 || true)
[[ $summary == *"check: 0 errors"* ]] || fail "aimsgen check of the edited copy does not report 0 errors: ${summary:-no summary}"$'\n'"$err"
for value in "'=HYPERLINK(\"http://evil.example\",\"x\")'" "'+cmd|'' /C calc''!A0'" '-2+3 AI suppliers' '@SUM(A1) Anna Berg' '=1+1 put the'; do
    grep -rqF -- "$value" "$content/registers" "$content/aims.yaml" || fail "the edited copy lacks $value"
done

# ---- build, check every workbook ----
build_started=$SECONDS
build_example "$work/out"
echo "built the edited site-example in $((SECONDS - build_started))s"
check_started=$SECONDS
checked=0
"$python" "$(dirname "$0")/check_workbooks.py" "$work/out" "$work/hostile.json" || checked=$?
echo "check_workbooks.py took $((SECONDS - check_started))s"

# ---- rebuilt a second later in another time zone: byte-identical workbooks ----
sleep 1
status=0
TZ=Asia/Tokyo "${runner[@]}" "$aimsgen" build "$content" -o "$work/out2" --as-of "$as_of" > /dev/null 2> "$work/.stderr" || status=$?
[[ $status -eq 0 ]] || fail "the second build (TZ=Asia/Tokyo) exited $status:"$'\n'"$(cat "$work/.stderr")"
different=()
for book in soa risk-register ai-system-register management-review; do
    cmp -s "$work/out/workbooks/$book.xlsx" "$work/out2/workbooks/$book.xlsx" || different+=("$book.xlsx")
done
if [[ ${#different[@]} -gt 0 ]]; then
    "$python" - "$work/out/workbooks" "$work/out2/workbooks" "${different[@]}" <<'PY' >&2
import sys, zipfile
first, second = sys.argv[1:3]
for name in sys.argv[3:]:
    a, b = zipfile.ZipFile(f"{first}/{name}"), zipfile.ZipFile(f"{second}/{name}")
    members_a, members_b = [i.filename for i in a.infolist()], [i.filename for i in b.infolist()]
    if members_a != members_b:
        print(f"{name}: members differ: {members_a} vs {members_b}")
    for info in a.infolist():
        if info.filename not in members_b:
            continue
        other = b.getinfo(info.filename)
        if a.read(info.filename) != b.read(info.filename):
            print(f"{name}: {info.filename} differs")
        else:
            fields = ("date_time", "compress_type", "external_attr", "create_system", "flag_bits", "extra", "comment")
            changed = [f"{f} {getattr(info, f)!r} vs {getattr(other, f)!r}" for f in fields
                       if getattr(info, f) != getattr(other, f)]
            if changed:
                print(f"{name}: {info.filename} has other zip metadata: {'; '.join(changed)}")
    if a.comment != b.comment:
        print(f"{name}: the zip comments differ")
PY
    echo "FAIL: rebuilt a second later with TZ=Asia/Tokyo, ${different[*]} differ byte for byte" >&2
else
    echo "rebuilt a second later with TZ=Asia/Tokyo: the 4 workbooks are byte-identical"
fi
echo "workbooks.sh: $((SECONDS - started))s"
[[ $checked -eq 0 ]] || fail "check_workbooks.py found the failures above (exit $checked)"
[[ ${#different[@]} -eq 0 ]] || fail "the workbooks are not reproducible"
