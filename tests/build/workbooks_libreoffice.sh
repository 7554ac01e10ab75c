#!/usr/bin/env bash
# The evidence workbooks open in another spreadsheet program than the one
# libxlsxwriter targets: LibreOffice converts each of site-example's workbooks
# to PDF (the text an auditor prints must be there) and the SoA to CSV, one file
# per sheet, whose Annex A sheet must read back with its header, its controls
# and dates shown as yyyy-mm-dd.
#
# usage: workbooks_libreoffice.sh AIMSGEN SOURCE_DIR
set -euo pipefail
source "$(dirname "$0")/build_test_lib.bash"

command -v soffice > /dev/null || { echo "soffice (LibreOffice) is not installed: skipped"; exit 77; }
command -v pdftotext > /dev/null || { echo "pdftotext (poppler-utils) is not installed: skipped"; exit 77; }
python=/usr/bin/python3
[[ -x $python ]] || python=$(command -v python3 || true)
[[ -n $python ]] || { echo "python3 is not installed: skipped"; exit 77; }
export PYTHONIOENCODING=utf-8

build_example "$work/out"
books=(soa risk-register ai-system-register management-review)
for book in "${books[@]}"; do
    [[ -s $work/out/workbooks/$book.xlsx ]] || fail "the build wrote no workbooks/$book.xlsx"
done

# A profile of its own: no running LibreOffice is reused, no user setting applies.
office=(timeout -k 10 180 soffice --headless --norestore "-env:UserInstallation=file://$work/lo-profile")

started=$SECONDS
status=0
files=()
for book in "${books[@]}"; do files+=("$work/out/workbooks/$book.xlsx"); done
"${office[@]}" --convert-to pdf --outdir "$work/pdf" "${files[@]}" > "$work/soffice.log" 2>&1 || status=$?
[[ $status -eq 0 ]] || fail "soffice --convert-to pdf exited $status (124: timed out after 180s):"$'\n'"$(cat "$work/soffice.log")"
echo "LibreOffice converted the ${#books[@]} workbooks to PDF in $((SECONDS - started))s"

for book in "${books[@]}"; do
    [[ -s $work/pdf/$book.pdf ]] || fail "no PDF, or an empty one, for $book.xlsx:"$'\n'"$(cat "$work/soffice.log")"
    pdftotext -layout "$work/pdf/$book.pdf" "$work/pdf/$book.txt" || fail "pdftotext cannot read $book.pdf"
    [[ -s $work/pdf/$book.txt ]] || fail "$book.pdf has no text"
done
grep -qF "Statement of Applicability" "$work/pdf/soa.txt" || fail "soa.pdf does not say 'Statement of Applicability'"
grep -qF "A.10.2" "$work/pdf/soa.txt" || fail "soa.pdf does not name control A.10.2"
grep -qF "RSK-001" "$work/pdf/risk-register.txt" || fail "risk-register.pdf does not name RSK-001"
grep -qF "AIS-001" "$work/pdf/ai-system-register.txt" || fail "ai-system-register.pdf does not name AIS-001"
grep -qF "KPI" "$work/pdf/management-review.txt" || fail "management-review.pdf does not show its KPIs"

# CSV, as values are shown (UTF-8, comma, quoted text), every sheet to a file of
# its own (LibreOffice 7.2 and later); older versions write the first sheet only.
started=$SECONDS
status=0
"${office[@]}" --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
    --outdir "$work/csv" "$work/out/workbooks/soa.xlsx" > "$work/soffice.log" 2>&1 || status=$?
[[ $status -eq 0 ]] || fail "soffice --convert-to csv exited $status:"$'\n'"$(cat "$work/soffice.log")"
echo "LibreOffice converted soa.xlsx to CSV in $((SECONDS - started))s"
csv_files=("$work"/csv/*.csv)
[[ -s ${csv_files[0]} ]] || fail "soffice wrote no CSV for soa.xlsx:"$'\n'"$(cat "$work/soffice.log")"

"$python" - "$work/csv" "$work/out/data/model.json" <<'PY'
import csv, json, os, re, sys

folder, model_file = sys.argv[1:3]
model = json.load(open(model_file, encoding="utf-8"))
failures = []
sheets = {}
for name in sorted(os.listdir(folder)):
    with open(os.path.join(folder, name), encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, strict=True))
    if not rows:
        failures.append(f"{name} holds no rows")
    sheets[name] = rows

annex = [rows for name, rows in sheets.items() if name.endswith("-Annex A.csv")]
if not annex:
    # LibreOffice before 7.2: one CSV, the first sheet (the cover).
    first = next(iter(sheets.values()), [])
    if not any("Statement of Applicability" in cell for row in first for cell in row):
        failures.append(f"the CSV of soa.xlsx ({list(sheets)}) does not hold the cover's title")
    note = "one sheet (this LibreOffice writes the first sheet only)"
else:
    expected_sheets = ["Cover", "Clauses 4-10", "Annex A", "Additional controls", "Summary"]
    got = sorted(re.sub(r"^soa-|\.csv$", "", name) for name in sheets)
    if got != sorted(expected_sheets):
        failures.append(f"CSV files for sheets {got}, expected {sorted(expected_sheets)}")
    rows = annex[0]
    header = rows[0] if rows else []
    if header[:4] != ["Control", "Group", "Title", "Applicable"] or "Target date" not in header:
        failures.append(f"the Annex A CSV starts with {header[:5]}, not its header row")
    else:
        by_id = {row[0]: row for row in rows[1:] if row}
        soa = {r["control"]: r for r in model["registers"]["soa"]}
        listed = [c["id"] for c in model["catalogue"]["controls"]]
        if [row[0] for row in rows[1:] if row and row[0]] != listed:
            failures.append(f"the Annex A CSV rows are not the catalogue's controls in order")
        record = soa.get("A.10.2")
        row = by_id.get("A.10.2")
        if row is None or record is None:
            failures.append("the Annex A CSV has no row for A.10.2")
        else:
            cell = dict(zip(header, row))
            if cell.get("Applicable") != ("Yes" if record.get("applicable", True) else "No"):
                failures.append(f"A.10.2 Applicable reads {cell.get('Applicable')!r}")
            if cell.get("Status") != record.get("status"):
                failures.append(f"A.10.2 Status reads {cell.get('Status')!r}, model.json {record.get('status')!r}")
            if cell.get("Target date", "") != (record.get("target_date") or ""):
                failures.append(f"A.10.2 Target date reads {cell.get('Target date')!r}, expected "
                                f"{record.get('target_date')!r} shown as yyyy-mm-dd")
        for name, rows in sheets.items():
            width = {len(row) for row in rows}
            if len(width) > 1:
                failures.append(f"{name}: rows of different widths {sorted(width)}")
    note = f"{len(sheets)} sheets"

if failures:
    print("\n".join("FAIL: " + f for f in failures), file=sys.stderr)
    sys.exit(1)
print(f"soa.xlsx as CSV: {note} parse; Annex A reads back with its header, controls and dates")
PY
echo "workbooks_libreoffice.sh: PDFs of ${#books[@]} workbooks hold their text; soa.xlsx converts to CSV"
