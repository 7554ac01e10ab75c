#!/usr/bin/env python3
"""Checks the evidence workbooks of a build against its data/model.json.

usage: check_workbooks.py OUT [EXPECTED_TEXT.json]

Reads OUT/workbooks/*.xlsx with openpyxl and checks, for every workbook:
the sheet names; on every sheet with a main table, its exact header row (found
from the freeze pane and the autofilter, which must agree), one row per record
in model.json's order with the values model.json holds, typed cells (dates are
real dates shown yyyy-mm-dd), a list validation on every Yes/No and status
column that names exactly the allowed values (the schema's enum where a schema
defines them), conditional fills on band, RAG, readiness and status columns;
that no worksheet holds a formula (the raw XML, too); the document properties;
and that the portal's workbooks.html and manifest.json name each workbook with
its SHA-256.

EXPECTED_TEXT.json, if given, lists cells that must hold a string exactly:
[{"workbook": "risk-register.xlsx", "sheet": "Risks", "row": "RSK-001",
  "column": "Title", "value": "=HYPERLINK(...)"}, ...]; `row` is the value of
the main table's first column, or of the column named by an optional "key".

Every failure is collected; they are printed together and the exit status is 1.
"""

import datetime
import hashlib
import html
import json
import os
import re
import sys
import zipfile

import openpyxl
from openpyxl.utils import get_column_letter, range_boundaries
from openpyxl.utils.cell import coordinate_from_string

if len(sys.argv) not in (2, 3):
    print(__doc__.split("\n\n")[1], file=sys.stderr)
    sys.exit(2)
OUT = sys.argv[1]
EXPECTED_TEXT = json.load(open(sys.argv[2], encoding="utf-8")) if len(sys.argv) == 3 else []
SCHEMAS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "schemas")

model = json.load(open(os.path.join(OUT, "data", "model.json"), encoding="utf-8"))
manifest = json.load(open(os.path.join(OUT, "manifest.json"), encoding="utf-8"))
settings = model["settings"]
registers = model["registers"]
AS_OF = model["as_of"]

failures = []


def fail(message):
    failures.append(message)


def check(condition, message):
    if not condition:
        fail(message)


# Value mismatches are grouped by sheet and column, so one wrong column gives
# one line naming the rows, not a line per row.
mismatches = {}


def mismatch(where, column, key, got, expected):
    mismatches.setdefault((where, column), []).append((key, got, expected))


# ---------------------------------------------------------------- model helpers

def day(text):
    return datetime.date.fromisoformat(text) if text else None


def as_datetime(date):
    return datetime.datetime(date.year, date.month, date.day)


AS_OF_DAY = day(AS_OF)


def add_months(date, months):
    month = date.month - 1 + months
    year, month = date.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return datetime.date(year, month, min(date.day, last))
        except ValueError:
            continue
    raise ValueError(date)


def trim(text):
    """What a cell shows of a text: no trailing blanks or line breaks (sheet.hpp)."""
    if text is None:
        return None
    text = text.rstrip(" \t\r\n")
    return text or None


def joined(items):
    return ", ".join(items) if items else None


PEOPLE = {p["id"]: p["name"] for p in settings.get("people", [])}
ROLES = {r["id"]: r["title"] for r in settings.get("roles", [])}


def person(pid):
    if not pid:
        return None
    return PEOPLE.get(pid) or ROLES.get(pid) or pid


def yes_no(flag):
    return "Yes" if flag else "No"


def links(record, kind):
    return record.get("links", {}).get(kind, [])


ORGANIZATION = settings["organization"]
CRITERIA = settings["risk_criteria"]
BANDS = [b["name"] for b in CRITERIA["bands"]]


def band_of(score):
    for band in CRITERIA["bands"]:
        if band["min"] <= score <= band["max"]:
            return band["name"]
    return None


KPIS = {k["id"]: k for k in model["kpis"]}


def kpi_records(kpi_id):
    kpi = KPIS.get(kpi_id)
    if kpi is None:
        fail(f"model.json has no KPI {kpi_id}, which the workbook checks compare with")
        return set()
    return set(kpi["records"])


# ---------------------------------------------------------------- schemas

_schema_files = {}


def _schema(name):
    if name not in _schema_files:
        _schema_files[name] = json.load(open(os.path.join(SCHEMAS, name), encoding="utf-8"))
    return _schema_files[name]


def _resolve(node, file):
    while "$ref" in node:
        target, _, pointer = node["$ref"].partition("#")
        file = target or file
        node = _schema(file)
        for part in pointer.strip("/").split("/"):
            if part:
                node = node[part]
    return node, file


def _into_items(node, file):
    node, file = _resolve(node, file)
    if "items" in node:
        node, file = _resolve(node["items"], file)
    return node, file


def enum_of(file, *fields):
    """The allowed values of a field, as the register's schema lists them."""
    node, where = _into_items(_schema(file), file)
    for field in fields:
        node, where = _into_items(node["properties"][field], where)
    return list(node["enum"])


# ---------------------------------------------------------------- columns

def column(header, kind="text", choices=None, colours=None):
    return {"header": header, "kind": kind, "choices": choices, "colours": colours}


def text(header):
    return column(header)


def date(header):
    return column(header, "date")


def integer(header):
    return column(header, "int")


def decimal(header):
    return column(header, "num")


def choice(header, values, colours=None):
    return column(header, "text", list(values), list(colours) if colours else None)


def yes_no_column(header, warn=False):
    return choice(header, ["Yes", "No"], ["Yes"] if warn else None)


RAG = ["green", "amber", "red", "grey"]
READINESS = ["met", "partial", "missing"]
SOA_STATUS = enum_of("soa.schema.json", "status")


def control_columns():
    return [text("Control"), text("Group"), text("Title"), yes_no_column("Applicable"), text("Reasons"),
            text("Justification"), choice("Status", SOA_STATUS, SOA_STATUS), text("How implemented"),
            text("Owner"), date("Target date"), text("Documents"), text("Evidence (date, SHA-256)"),
            date("Latest evidence date"), yes_no_column("Evidence gap", True), text("Risks treated"),
            text("AI systems concerned"), date("Last review"), date("Next review"), text("Last audit result")]


# ---------------------------------------------------------------- reading a sheet

class Table:
    """A sheet's main table: its header row, found from the freeze pane, and its data rows."""

    def __init__(self, where, ws, header, columns, last):
        self.where = where
        self.ws = ws
        self.header = header  # 1-based row
        self.columns = columns
        self.index = {c["header"]: i + 1 for i, c in enumerate(columns)}
        self.rows = [[ws.cell(r, c) for c in range(1, len(columns) + 1)] for r in range(header + 1, last + 1)]
        self.key_column = 0  # which column names a row in messages

    def key_of(self, row):
        return row[self.key_column].value

    def keys(self):
        return [row[0].value for row in self.rows]

    def cell(self, row, header):
        return row[self.index[header] - 1]

    def values(self, header):
        return [self.cell(row, header).value for row in self.rows]


def describe(cell):
    if cell.value is None:
        return "empty"
    kind = "date" if cell.is_date else {"s": "text", "n": "number", "b": "boolean", "f": "formula"}.get(cell.data_type, cell.data_type)
    return f"{cell.value!r} ({kind})"


def cell_matches(cell, expected):
    if isinstance(expected, str) and expected == "":
        expected = None
    if expected is None:
        return cell.value is None
    if isinstance(expected, datetime.date) and not isinstance(expected, datetime.datetime):
        return cell.is_date and cell.value == as_datetime(expected)
    if isinstance(expected, bool):
        return False
    if isinstance(expected, (int, float)):
        return (cell.data_type == "n" and not cell.is_date and isinstance(cell.value, (int, float))
                and abs(cell.value - expected) <= 1e-9 * max(1.0, abs(expected)))
    return cell.data_type == "s" and cell.value == expected


def expect(table, row, header, expected):
    cell = table.cell(row, header)
    if not cell_matches(cell, expected):
        mismatch(table.where, header, table.key_of(row), describe(cell), repr(expected))


def expect_rows(table, expected_keys, what, key=None):
    keys = table.values(key) if key else table.keys()
    if keys != expected_keys:
        missing = [k for k in expected_keys if k not in keys]
        extra = [k for k in keys if k not in expected_keys]
        fail(f"{table.where}: {len(keys)} rows, expected {len(expected_keys)} ({what}), in order; "
             f"missing {missing[:6]}, not expected {extra[:6]}"
             + ("" if missing or extra else f"; order is {keys[:6]}…, expected {expected_keys[:6]}…"))
        return False
    return True


def main_table(book, ws, columns):
    """Finds the main table from the freeze pane and autofilter and checks its header, types, lists and fills."""
    where = f"{book} ▸ {ws.title}"
    freeze, ref = ws.freeze_panes, ws.auto_filter.ref
    if freeze is None or not ref:
        fail(f"{where}: freeze pane {freeze!r} and autofilter {ref!r}: a main table needs both")
        return None
    freeze_column, freeze_row = coordinate_from_string(freeze)
    first_column, first_row, last_column, last_row = range_boundaries(ref)
    check(freeze_column == "B", f"{where}: freeze pane at {freeze}, expected column B (the key column stays)")
    header = freeze_row - 1
    if first_row != header or first_column != 1:
        fail(f"{where}: the autofilter {ref} does not start at A{header}, the header row above the freeze pane {freeze}")
        return None
    headers = [ws.cell(header, c).value for c in range(1, max(ws.max_column, len(columns)) + 1)]
    while headers and headers[-1] is None:
        headers.pop()
    expected_headers = [c["header"] for c in columns]
    if headers != expected_headers:
        fail(f"{where}: header row {header} is {headers}, expected {expected_headers}")
        return None
    check(last_column == len(columns), f"{where}: the autofilter {ref} spans {last_column} columns, the table {len(columns)}")
    check(all(ws.cell(header, c).font.b for c in range(1, len(columns) + 1)), f"{where}: the header row is not bold")
    check((ws.print_title_rows or "").replace("$", "") == f"{header}:{header}",
          f"{where}: print titles are {ws.print_title_rows!r}, expected the header row {header}:{header}")
    check(ws.max_row == last_row,
          f"{where}: cells down to row {ws.max_row}, but the autofilter {ref} ends at row {last_row}")
    table = Table(where, ws, header, columns, last_row)
    first_data, rows = header + 1, len(table.rows)

    # Types: dates are real dates shown yyyy-mm-dd; numbers are numbers; text is a string.
    for i, spec in enumerate(columns):
        bad = []
        for row in table.rows:
            cell = row[i]
            if cell.value is None:
                continue
            kind = spec["kind"]
            if kind == "date":
                ok = (cell.is_date and isinstance(cell.value, datetime.datetime) and cell.value.time() == datetime.time()
                      and cell.number_format == "yyyy-mm-dd")
            elif kind in ("int", "num"):
                ok = cell.data_type == "n" and not cell.is_date and isinstance(cell.value, (int, float))
                if kind == "int":
                    ok = ok and float(cell.value).is_integer() and cell.number_format == "0"
            else:
                ok = cell.data_type == "s" and not cell.is_date
            if not ok:
                bad.append(f"{cell.coordinate}={cell.value!r} ({cell.data_type}, format {cell.number_format!r})")
        check(not bad, f"{where}: column {spec['header']!r} should hold {spec['kind']} values: {bad[:4]}")

    # Value lists.
    validations = list(ws.data_validations.dataValidation)
    claimed = set()
    for i, spec in enumerate(columns):
        if not spec["choices"] or rows == 0:
            continue
        c = i + 1
        span = f"{get_column_letter(c)}{first_data}:{get_column_letter(c)}{last_row}"
        found = [n for n, dv in enumerate(validations)
                 if [range_boundaries(str(r)) for r in dv.sqref.ranges] == [(c, first_data, c, last_row)]]
        if len(found) != 1:
            fail(f"{where}: column {spec['header']!r} has {len(found)} data validations over its rows {span}, expected one list")
            continue
        claimed.update(found)
        dv = validations[found[0]]
        formula = '"' + ",".join(spec["choices"]) + '"'
        check(dv.type == "list", f"{where}: the validation of {spec['header']!r} is {dv.type!r}, not a list")
        check(dv.formula1 == formula, f"{where}: the value list of {spec['header']!r} is {dv.formula1}, expected {formula}")
        check(dv.showErrorMessage, f"{where}: the value list of {spec['header']!r} does not refuse other values")
        outside = sorted({v for v in table.values(spec["header"]) if v is not None and v not in spec["choices"]})
        check(not outside, f"{where}: column {spec['header']!r} holds {outside}, not in its list {spec['choices']}")
    for n, dv in enumerate(validations):
        check(n in claimed, f"{where}: an unexpected data validation over {dv.sqref} ({dv.formula1})")

    # Conditional fills.
    claimed_ranges = set()
    formats = list(ws.conditional_formatting)
    for i, spec in enumerate(columns):
        if not spec["colours"] or rows == 0:
            continue
        c = i + 1
        span = (c, first_data, c, last_row)
        rules = []
        for n, cf in enumerate(formats):
            if [range_boundaries(str(r)) for r in cf.sqref.ranges] == [span]:
                claimed_ranges.add(n)
                rules.extend(cf.rules)
        values = [r.formula[0] if r.formula else None for r in rules]
        expected_values = ['"' + v + '"' for v in spec["colours"]]
        check(values == expected_values,
              f"{where}: conditional formats of {spec['header']!r} test {values}, expected {expected_values}")
        fills = []
        for r in rules:
            check(r.type == "cellIs" and r.operator == "equal",
                  f"{where}: conditional format of {spec['header']!r} is {r.type}/{r.operator}, expected cellIs/equal")
            fill = r.dxf.fill if r.dxf is not None else None
            colour = None
            if fill is not None:
                colour = (fill.bgColor.rgb if fill.bgColor is not None else None) or (
                    fill.fgColor.rgb if fill.fgColor is not None else None)
            check(isinstance(colour, str), f"{where}: conditional format {r.formula} of {spec['header']!r} has no fill")
            fills.append(colour)
        if len(set(fills)) < 2 and len(fills) > 2:
            fail(f"{where}: the conditional fills of {spec['header']!r} are all {fills[:1]}: they tell nothing apart")
    for n, cf in enumerate(formats):
        check(n in claimed_ranges, f"{where}: an unexpected conditional format over {cf.sqref}")
    return table


def no_table(book, ws):
    check(ws.freeze_panes is None and not ws.auto_filter.ref,
          f"{book} ▸ {ws.title}: has no table, yet freeze pane {ws.freeze_panes!r}, autofilter {ws.auto_filter.ref!r}")


def title(book, ws, expected):
    cell = ws["A1"]
    check(cell.value == expected and cell.font.b, f"{book} ▸ {ws.title}: the title in A1 is {cell.value!r}, expected {expected!r} in bold")


def facts(book, ws, first_row, expected):
    """Label/value rows from first_row down to the first empty one."""
    where = f"{book} ▸ {ws.title}"
    got = []
    row = first_row
    while ws.cell(row, 1).value is not None:
        got.append((ws.cell(row, 1).value, ws.cell(row, 2)))
        row += 1
    labels = [label for label, _ in got]
    expected_labels = [label for label, _ in expected]
    if labels != expected_labels:
        fail(f"{where}: facts from row {first_row} are {labels}, expected {expected_labels}")
        return
    for (label, cell), (_, value) in zip(got, expected):
        if not cell_matches(cell, value):
            fail(f"{where}: fact {label!r} is {describe(cell)}, expected {value!r}")
        if isinstance(value, datetime.date) and cell.is_date:
            check(cell.number_format == "yyyy-mm-dd", f"{where}: fact {label!r} is shown as {cell.number_format!r}")


def provenance_facts():
    return [("As of", AS_OF_DAY), ("Generated by", model["generator"]),
            ("Content commit", model["content_commit"] or "(content not in git)")]


def charts(book, ws, expected):
    found = len(getattr(ws, "_charts", []))
    check(found == expected, f"{book} ▸ {ws.title}: {found} charts, expected {expected}")


# ---------------------------------------------------------------- soa.xlsx

def soa_book(book, wb):
    records = registers["soa"]
    by_control = {r["control"]: r for r in records}
    risks = {r["id"]: r for r in registers["risks"]}
    catalogue = model["catalogue"]

    # Evidence gaps: applicable and no evidence current at the as-of date (and the KPI's records).
    def current(evidence):
        return (not evidence.get("date") or day(evidence["date"]) <= AS_OF_DAY) and (
            not evidence.get("expires") or not day(evidence["expires"]) < AS_OF_DAY)

    def gap(record):
        return record.get("applicable", True) and not any(current(e) for e in record.get("evidence", []))

    def control_row(table, row, record, listed):
        expect(table, row, "Group", f"{listed['group']} {listed['group_title']}" if listed else record.get("group"))
        expect(table, row, "Title", listed["title"] if listed else record.get("title"))
        expect(table, row, "Applicable", yes_no(record.get("applicable", True)))
        expect(table, row, "Reasons", joined(record.get("reasons")))
        expect(table, row, "Justification", trim(record.get("justification")))
        expect(table, row, "Status", record.get("status") or "not-started")
        expect(table, row, "How implemented", trim(record.get("implementation")))
        expect(table, row, "Owner", person(record.get("owner")))
        expect(table, row, "Target date", day(record.get("target_date")))
        dates = [day(e["date"]) for e in record.get("evidence", []) if e.get("date")]
        expect(table, row, "Latest evidence date", max(dates) if dates else None)
        expect(table, row, "Evidence gap", yes_no(gap(record)))
        evidence_text = table.cell(row, "Evidence (date, SHA-256)").value or ""
        lines = evidence_text.split("\n") if evidence_text else []
        items = record.get("evidence", [])
        if len(lines) != len(items) or any((e.get("path") or e.get("url") or "") not in line for e, line in zip(items, lines)):
            mismatch(table.where, "Evidence (date, SHA-256)", record["control"], repr(evidence_text[:80]),
                     f"one line per evidence item naming {[e.get('path') or e.get('url') for e in items]}")
        treated = links(record, "risk")
        expect(table, row, "Risks treated", joined(treated))
        systems = sorted({s for rid in treated for s in risks.get(rid, {}).get("systems", [])})
        expect(table, row, "AI systems concerned", joined(systems))
        expect(table, row, "Last review", day(record.get("last_review")))
        expect(table, row, "Next review", day(record.get("next_review")))

    gaps_shown = set()

    # Cover: facts, then the change log, newest first.
    ws = wb["Cover"]
    title(book, ws, "Statement of Applicability")
    soa = settings["soa"]
    facts(book, ws, 3, [("Organization", ORGANIZATION["name"]), ("Legal name", ORGANIZATION.get("legal_name")),
                        ("AIMS scope", trim(settings["scope"]["statement"])), ("Standard", "ISO/IEC 42001"),
                        ("Edition", catalogue["edition"]), ("SoA version", soa.get("version")),
                        ("Approved by", person(soa.get("approved_by"))), ("Approved", day(soa.get("approved"))),
                        ("Next review", day(soa.get("next_review")))] + provenance_facts())
    table = main_table(book, ws, [date("Date"), text("Control"), text("Status"), text("Note")])
    if table:
        changes = [(day(h["date"]), r["control"], h.get("status"), h.get("note"))
                   for r in records for h in sorted(r.get("history", []), key=lambda h: h["date"])
                   if day(h["date"]) <= AS_OF_DAY]
        changes.sort(key=lambda c: c[1])
        changes.sort(key=lambda c: c[0], reverse=True)
        got = [(row[0].value.date() if row[0].is_date else row[0].value, row[1].value, row[2].value, row[3].value)
               for row in table.rows]
        want = [(d, c, s, trim(n)) for d, c, s, n in changes]
        if got != want:
            diff = next(((i, g, w) for i, (g, w) in enumerate(zip(got, want)) if g != w), (min(len(got), len(want)), None, None))
            fail(f"{table.where}: the change log has {len(got)} rows, model.json's SoA histories up to {AS_OF} have "
                 f"{len(want)} (newest first, then by control); first difference at row {diff[0] + 1}: {diff[1]} vs {diff[2]}")

    # Clauses 4-10: each catalogue clause, with its readiness.
    ws = wb["Clauses 4-10"]
    table = main_table(book, ws, [text("Clause"), text("Title"), text("Documents"), text("Records that show it"),
                                  choice("Readiness", READINESS, READINESS), text("Readiness checks"),
                                  text("Last audit result")])
    if table and expect_rows(table, [c["id"] for c in catalogue["clauses"]], "catalogue.clauses"):
        checks = model["readiness"]["checks"]
        groups = {g["id"]: g["status"] for g in model["readiness"]["clauses"]}
        for row, clause in zip(table.rows, catalogue["clauses"]):
            expect(table, row, "Title", clause["title"])
            own = [c for c in checks if c["clause"] == clause["id"]]
            status = max((READINESS.index(c["status"]) for c in own), default=None)
            status = READINESS[status] if status is not None else None
            if not clause.get("parent"):
                status = groups.get(clause["id"], status)
            expect(table, row, "Readiness", status)
            expect(table, row, "Records that show it", joined([r for c in own for r in c["records"]]))
            expect(table, row, "Readiness checks",
                   "\n".join(f"{c['status']}: {c['title']} ({c['detail']})" for c in own) or None)

    # Annex A: every catalogue control, in catalogue order; those with an SoA entry as the entry says.
    ws = wb["Annex A"]
    table = main_table(book, ws, control_columns())
    listed_ids = [c["id"] for c in catalogue["controls"]]
    strays = [r["control"] for r in records if not r.get("additional") and r["control"] not in listed_ids]
    check(not strays, f"{book} ▸ Annex A: SoA entries {strays} are neither catalogue controls nor additional: no sheet shows them")
    if table and expect_rows(table, listed_ids, "catalogue.controls in order"):
        for row, listed in zip(table.rows, catalogue["controls"]):
            record = by_control.get(listed["id"])
            if record is None:
                expect(table, row, "Justification", "No SoA entry yet: applicability not decided")
                expect(table, row, "Applicable", None)
                expect(table, row, "Status", None)
                continue
            control_row(table, row, record, listed)
        gaps_shown.update(k for k, v in zip(table.keys(), table.values("Evidence gap")) if v == "Yes")

    # Additional controls: the organization's own, in model.json's order.
    ws = wb["Additional controls"]
    table = main_table(book, ws, control_columns())
    own = [r for r in records if r.get("additional")]
    if table and expect_rows(table, [r["control"] for r in own], "registers.soa with additional: true"):
        for row, record in zip(table.rows, own):
            control_row(table, row, record, None)
        gaps_shown.update(k for k, v in zip(table.keys(), table.values("Evidence gap")) if v == "Yes")
    gap_kpi = kpi_records("soa-evidence-gaps")
    check(gaps_shown == gap_kpi, f"{book}: controls with 'Evidence gap' Yes are {sorted(gaps_shown)}, "
                                 f"the soa-evidence-gaps KPI's records {sorted(gap_kpi)}")

    # Summary: counts by applicability and status, Annex A and additional apart.
    ws = wb["Summary"]
    title(book, ws, "Controls by applicability and implementation status")
    table = main_table(book, ws, [text("Measure"), integer("Annex A"), integer("Additional"), integer("Total")])
    if table:
        measures = [("Controls", lambda r: True), ("Applicable", lambda r: r.get("applicable", True)),
                    ("Not applicable", lambda r: not r.get("applicable", True))]
        for status in SOA_STATUS:
            measures.append((f"Applicable, {status}",
                             lambda r, s=status: r.get("applicable", True) and (r.get("status") or "not-started") == s))
        measures.append(("Applicable, evidence gap", gap))
        if expect_rows(table, [m for m, _ in measures], "the SoA summary measures"):
            for row, (measure, counted) in zip(table.rows, measures):
                annex = sum(1 for r in records if not r.get("additional") and counted(r))
                extra = sum(1 for r in records if r.get("additional") and counted(r))
                expect(table, row, "Annex A", annex)
                expect(table, row, "Additional", extra)
                expect(table, row, "Total", annex + extra)
            gap_row = table.rows[-1]
            check(table.cell(gap_row, "Total").value == KPIS.get("soa-evidence-gaps", {}).get("value"),
                  f"{table.where}: 'Applicable, evidence gap' totals {table.cell(gap_row, 'Total').value}, the "
                  f"soa-evidence-gaps KPI is {KPIS.get('soa-evidence-gaps', {}).get('value')}")
    charts(book, ws, 1)


# ---------------------------------------------------------------- risk-register.xlsx

def band_column(header):
    return choice(header, BANDS, BANDS)


def risk_book(book, wb, shared):
    risks = registers["risks"]
    threshold = CRITERIA["acceptance_threshold"]

    ws = wb["Method"]
    title(book, ws, "Risk assessment method")
    facts(book, ws, 3, [("Organization", ORGANIZATION["name"]), ("Score", "likelihood × impact"),
                        ("Acceptance threshold",
                         f"residual score above {threshold} needs treatment or a recorded acceptance")]
          + provenance_facts())
    # The two scales, each a heading and a Level/Label/Description block, above the bands table.
    for heading, levels in (("Likelihood scale", CRITERIA["likelihood"]), ("Impact scale", CRITERIA["impact"])):
        rows = [r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == heading]
        if len(rows) != 1:
            fail(f"{book} ▸ Method: {len(rows)} rows headed {heading!r}, expected one")
            continue
        at = rows[0] + 1
        got = [[ws.cell(r, c).value for c in (1, 2, 3)] for r in range(at, at + 1 + len(levels))]
        want = [["Level", "Label", "Description"]] + [[lv["value"], lv["label"], trim(lv["description"])] for lv in levels]
        check(got == want, f"{book} ▸ Method: the {heading} block is {got}, expected {want}")
        check(ws.cell(at + 1 + len(levels), 1).value is None, f"{book} ▸ Method: the {heading} block has extra rows")
    table = main_table(book, ws, [band_column("Band"), integer("Lowest score"), integer("Highest score")])
    if table and expect_rows(table, BANDS, "settings.risk_criteria.bands"):
        for row, band in zip(table.rows, CRITERIA["bands"]):
            expect(table, row, "Lowest score", band["min"])
            expect(table, row, "Highest score", band["max"])

    ws = wb["Risks"]
    schema = "risks.schema.json"
    table = main_table(book, ws, [
        text("Risk"), text("Title"), text("Description"), choice("Category", enum_of(schema, "category")),
        choice("Direction", enum_of(schema, "direction")), text("AI systems"), text("Owner"), date("Identified"),
        integer("Inherent likelihood"), integer("Inherent impact"), integer("Inherent score"), band_column("Inherent band"),
        integer("Residual likelihood"), integer("Residual impact"), integer("Residual score"), band_column("Residual band"),
        yes_no_column("Above acceptance threshold", True), choice("Treatment", enum_of(schema, "treatment")),
        text("Controls"), integer("Actions"), integer("Open actions"), choice("Status", enum_of(schema, "status")),
        text("Accepted by"), date("Accepted"), date("Last review"), date("Next review"),
        yes_no_column("Review overdue", True), date("Closed")])
    if table and expect_rows(table, [r["id"] for r in risks], "registers.risks"):
        for row, risk in zip(table.rows, risks):
            expect(table, row, "Title", trim(risk["title"]))
            expect(table, row, "Description", trim(risk.get("description")))
            for header, field in (("Category", "category"), ("Direction", "direction"), ("Treatment", "treatment"),
                                  ("Status", "status")):
                expect(table, row, header, risk.get(field))
            expect(table, row, "AI systems", joined(risk.get("systems")))
            expect(table, row, "Owner", person(risk.get("owner")))
            expect(table, row, "Identified", day(risk.get("identified")))
            inherent = (risk["likelihood"], risk["impact"])
            residual = (risk["residual_likelihood"], risk["residual_impact"])
            for kind, (likelihood, impact) in (("Inherent", inherent), ("Residual", residual)):
                expect(table, row, f"{kind} likelihood", likelihood)
                expect(table, row, f"{kind} impact", impact)
                expect(table, row, f"{kind} score", likelihood * impact)
                expect(table, row, f"{kind} band", band_of(likelihood * impact))
            expect(table, row, "Above acceptance threshold", yes_no(residual[0] * residual[1] > threshold))
            expect(table, row, "Controls", joined(risk.get("controls")))
            actions = risk.get("actions", [])
            expect(table, row, "Actions", len(actions))
            expect(table, row, "Open actions",
                   sum(1 for a in actions if not a.get("completed") or AS_OF_DAY < day(a["completed"])))
            expect(table, row, "Accepted by", person(risk.get("accepted_by")))
            for header, field in (("Accepted", "accepted"), ("Last review", "last_review"),
                                  ("Next review", "next_review"), ("Closed", "closed")):
                expect(table, row, header, day(risk.get(field)))
        # The heat maps place each open risk at its scores on the as-of date: the Risks sheet must agree.
        shown = {table.key_of(row): row for row in table.rows}
        for kind in ("inherent", "residual"):
            label = kind.capitalize()
            for c in model["heat_maps"][kind]["cells"]:
                for rid in c["risks"]:
                    row = shown.get(rid)
                    got = row and (table.cell(row, f"{label} likelihood").value, table.cell(row, f"{label} impact").value)
                    if got != (c["likelihood"], c["impact"]):
                        mismatch(table.where, f"{label} likelihood/impact vs the {kind} heat map", rid, got,
                                 (c["likelihood"], c["impact"]))
        overdue = {k for k, v in zip(table.keys(), table.values("Review overdue")) if v == "Yes"}
        kpi = kpi_records("risk-reviews-overdue")
        check(overdue == kpi, f"{table.where}: risks with 'Review overdue' Yes are {sorted(overdue)}, the "
                              f"risk-reviews-overdue KPI's records {sorted(kpi)}")

    ws = wb["Treatment plan"]
    table = main_table(book, ws, [text("Risk"), text("Action"), text("Description"), text("Owner"), date("Due"),
                                  date("Completed"), choice("State", ["open", "done"]), yes_no_column("Overdue", True),
                                  integer("Days overdue")])
    actions = [(risk, action) for risk in risks for action in risk.get("actions", [])]
    if table and expect_rows(table, [risk["id"] for risk, _ in actions], "the risk of every action of every risk"):
        check(table.values("Action") == [a["id"] for _, a in actions],
              f"{table.where}: actions are {table.values('Action')[:6]}…, expected every action of every risk in order")
        overdue = set()
        for row, (risk, action) in zip(table.rows, actions):
            key = action["id"]
            if table.cell(row, "Action").value != key:
                continue
            expect(table, row, "Description", trim(action.get("description")))
            expect(table, row, "Owner", person(action.get("owner")))
            expect(table, row, "Due", day(action.get("due")))
            expect(table, row, "Completed", day(action.get("completed")))
            done = bool(action.get("completed")) and day(action["completed"]) <= AS_OF_DAY
            expect(table, row, "State", "done" if done else "open")
            if table.cell(row, "Overdue").value == "Yes":
                overdue.add(key)
                expect(table, row, "Days overdue", (AS_OF_DAY - day(action["due"])).days)
                if done or not day(action["due"]) < AS_OF_DAY:
                    mismatch(table.where, "Overdue", key, "Yes", "No: done or not yet due")
            else:
                expect(table, row, "Days overdue", None)
        kpi = kpi_records("treatment-actions-overdue")
        check(overdue == kpi, f"{table.where}: actions with 'Overdue' Yes are {sorted(overdue)}, the "
                              f"treatment-actions-overdue KPI's records {sorted(kpi)}")
        shared["treatment overdue"] = len(overdue)

    impact_labels = [lv["label"] for lv in CRITERIA["impact"]]
    likelihood_labels = [lv["label"] for lv in CRITERIA["likelihood"]]
    for name, heat in (("Inherent heat map", model["heat_maps"]["inherent"]),
                       ("Residual heat map", model["heat_maps"]["residual"])):
        ws = wb[name]
        title(book, ws, f"{name}: open risks as of {AS_OF}")
        # The grid: likelihood down, highest first; impact across.
        cells = {(c["likelihood"], c["impact"]): c for c in heat["cells"]}
        corner = 3
        got = [[ws.cell(r, c).value for c in range(1, heat["impact_levels"] + 2)]
               for r in range(corner, corner + heat["likelihood_levels"] + 1)]
        want = [["Likelihood \\ Impact"] + [f"{i} {impact_labels[i - 1]}" if i <= len(impact_labels) else str(i)
                                            for i in range(1, heat["impact_levels"] + 1)]]
        for likelihood in range(heat["likelihood_levels"], 0, -1):
            line = [f"{likelihood} {likelihood_labels[likelihood - 1]}" if likelihood <= len(likelihood_labels)
                    else str(likelihood)]
            for impact in range(1, heat["impact_levels"] + 1):
                ids = cells[(likelihood, impact)]["risks"]
                line.append(f"{len(ids)} risk{'' if len(ids) == 1 else 's'}\n" + ", ".join(ids) if ids else None)
            want.append(line)
        for r, (g, w) in enumerate(zip(got, want)):
            check(g == w, f"{book} ▸ {name}: grid row {corner + r} is {g}, expected {w}")
        table = main_table(book, ws, [integer("Likelihood"), integer("Impact"), integer("Score"), band_column("Band"),
                                      integer("Open risks"), text("Risks")])
        if table and expect_rows(table, [c["likelihood"] for c in heat["cells"]],
                                 f"heat_maps.{'residual' if heat['residual'] else 'inherent'}.cells"):
            for row, c in zip(table.rows, heat["cells"]):
                key = f"L{c['likelihood']}×I{c['impact']}"
                for header, value in (("Impact", c["impact"]), ("Score", c["likelihood"] * c["impact"]),
                                      ("Band", c["band"]), ("Open risks", c["count"]), ("Risks", joined(c["risks"]))):
                    if not cell_matches(table.cell(row, header), value):
                        mismatch(table.where, header, key, describe(table.cell(row, header)), repr(value))
            total = sum(v or 0 for v in table.values("Open risks"))
            expected_total = sum(c["count"] for c in heat["cells"])
            check(total == expected_total, f"{table.where}: 'Open risks' sum to {total}, model.json's heat map cells to {expected_total}")


# ---------------------------------------------------------------- ai-system-register.xlsx

def system_book(book, wb):
    systems = registers["ai-systems"]
    schema = "ai-systems.schema.json"
    ws = wb["AI systems"]
    table = main_table(book, ws, [
        text("AI system"), text("Name"), text("Description"), text("Purpose"), text("Owner"), text("Business unit"),
        choice("Lifecycle stage", enum_of(schema, "lifecycle_stage")), choice("AI role", enum_of(schema, "ai_role")),
        choice("Source", enum_of(schema, "source")), text("Supplier"),
        choice("EU AI Act tier", enum_of(schema, "eu_ai_act_tier")), choice("Autonomy", enum_of(schema, "autonomy")),
        text("Data categories"), text("Affected parties"), yes_no_column("In scope"), date("Introduced"),
        date("Last review"), date("Next review"), yes_no_column("Review overdue", True), text("Risks"),
        integer("Open risks"), band_column("Highest residual band"), text("Impact assessments"),
        choice("Impact assessment", ["current", "due for review", "draft", "none"], ["due for review", "none"]),
        yes_no_column("Re-assessment triggered", True), text("Why re-assess")])
    if not table or not expect_rows(table, [s["id"] for s in systems], "registers[\"ai-systems\"]"):
        return
    # Residual placement at the as-of date, from the residual heat map: the open risks and their scores.
    residual_score = {rid: c["likelihood"] * c["impact"] for c in model["heat_maps"]["residual"]["cells"] for rid in c["risks"]}
    for row, system in zip(table.rows, systems):
        for header, field in (("Name", "name"), ("Business unit", "business_unit"), ("Lifecycle stage", "lifecycle_stage"),
                              ("AI role", "ai_role"), ("Supplier", "supplier"), ("EU AI Act tier", "eu_ai_act_tier"),
                              ("Autonomy", "autonomy")):
            expect(table, row, header, system.get(field))
        expect(table, row, "Source", system.get("source"))
        expect(table, row, "Description", trim(system.get("description")))
        expect(table, row, "Purpose", trim(system.get("purpose")))
        expect(table, row, "Owner", person(system.get("owner")))
        expect(table, row, "Data categories", joined(system.get("data_categories")))
        expect(table, row, "Affected parties", joined(system.get("affected_parties")))
        expect(table, row, "In scope", yes_no(system.get("in_scope")))
        for header, field in (("Introduced", "introduced"), ("Last review", "last_review"), ("Next review", "next_review")):
            expect(table, row, header, day(system.get(field)))
        if table.cell(row, "Review overdue").value == "Yes" and not (
                system.get("next_review") and day(system["next_review"]) < AS_OF_DAY):
            mismatch(table.where, "Review overdue", system["id"], "Yes", f"No: next_review {system.get('next_review')}")
        risk_ids = links(system, "risk")
        expect(table, row, "Risks", joined(risk_ids))
        open_scores = [residual_score[r] for r in risk_ids if r in residual_score]
        expect(table, row, "Open risks", len(open_scores))
        expect(table, row, "Highest residual band", band_of(max(open_scores)) if open_scores else None)
        expect(table, row, "Impact assessments", joined(links(system, "impact-assessment")))
        reasons = [t["reason"] for t in model["triggers"] if t["subject_kind"] == "system" and t["subject"] == system["id"]]
        expect(table, row, "Re-assessment triggered", yes_no(reasons))
        expect(table, row, "Why re-assess", "\n".join(reasons) or None)


# ---------------------------------------------------------------- management-review.xlsx

def review_book(book, wb, shared):
    reviews = registers["management-reviews"]
    previous = nxt = None
    for review in reviews:
        if review.get("status") == "held" and day(review["date"]) <= AS_OF_DAY and (
                previous is None or day(previous["date"]) < day(review["date"])):
            previous = review
        if review.get("status") == "planned" and (nxt is None or day(review["date"]) < day(nxt["date"])):
            nxt = review
    start = day(previous["date"]) + datetime.timedelta(days=1) if previous else add_months(AS_OF_DAY, -12) + datetime.timedelta(days=1)
    end = AS_OF_DAY

    def inside(date):
        return date is not None and start <= date <= end

    def label(review):
        return f"{review['id']} {review['title']} ({review['date']})" if review else "(none)"

    ws = wb["Cover"]
    title(book, ws, "Management review figures (clause 9.3)")
    facts(book, ws, 3, [("Organization", ORGANIZATION["name"]), ("Prepares", label(nxt)),
                        ("Previous review", label(previous)), ("Covers from", start), ("Covers to", end)]
          + provenance_facts())
    overdue_decisions = {d["id"] for r in reviews for d in r.get("decisions", [])
                         if d.get("status") not in ("done", "cancelled") and d.get("due") and day(d["due"]) < AS_OF_DAY
                         and not (d.get("completed") and day(d["completed"]) <= AS_OF_DAY)}
    table = main_table(book, ws, [text("Figure"), integer("Count")])
    figures = [(f"KPIs {rag}", sum(1 for k in model["kpis"] if k["rag"] == rag)) for rag in RAG]
    figures.append(("Overdue actions (review, corrective, treatment)",
                    len(overdue_decisions) + len(kpi_records("corrective-actions-overdue"))
                    + len(kpi_records("treatment-actions-overdue"))))
    figures.append(("Re-assessments triggered", len(model["triggers"])))
    if table and expect_rows(table, [f for f, _ in figures], "the cover figures"):
        for row, (_, count) in zip(table.rows, figures):
            expect(table, row, "Count", count)

    ws = wb["KPIs"]
    table = main_table(book, ws, [text("Area"), text("KPI"), text("Title"), text("Unit"), decimal("Value"),
                                  decimal("Target"), decimal("Warning"), choice("RAG", RAG, RAG),
                                  decimal("Previous period"), decimal("Change"), integer("Records behind"),
                                  text("Definition")])
    if table:
        table.key_column = 1
    if table and expect_rows(table, [k["id"] for k in model["kpis"]], "kpis", key="KPI"):
        for row, kpi in zip(table.rows, model["kpis"]):
            for header, field in (("Area", "area"), ("Title", "title"), ("Unit", "unit"), ("Value", "value"),
                                  ("Target", "target"), ("Warning", "warning"), ("RAG", "rag"),
                                  ("Previous period", "previous"), ("Change", "delta")):
                expect(table, row, header, kpi.get(field))
            expect(table, row, "Records behind", len(kpi.get("records", [])))
            expect(table, row, "Definition", trim(kpi.get("definition")))

    ws = wb["Trends"]
    periods = [p["label"] for p in model["periods"]]
    table = main_table(book, ws, [text("KPI"), text("Title"), text("Unit")] + [decimal(p) for p in periods])
    if table and expect_rows(table, [k["id"] for k in model["kpis"]], "kpis"):
        for row, kpi in zip(table.rows, model["kpis"]):
            expect(table, row, "Title", kpi["title"])
            expect(table, row, "Unit", kpi.get("unit"))
            points = {p["period"]: p["value"] for p in kpi["trend"]}
            for period in periods:
                expect(table, row, period, points.get(period))

    ws = wb["Trend charts"]
    title(book, ws, "KPI trends by period (data on the Trends sheet)")
    no_table(book, ws)
    charts(book, ws, sum(1 for k in model["kpis"] if any(p["value"] is not None for p in k["trend"])))

    ws = wb["Review actions"]
    table = main_table(book, ws, [text("Review"), text("Decision"), text("Description"), text("Type"), text("Owner"),
                                  date("Due"), choice("Status", enum_of("management-reviews.schema.json", "decisions", "status")),
                                  date("Completed"), yes_no_column("Overdue", True)])
    listed = []
    for review in reviews:
        if end < day(review["date"]):
            continue
        for decision in review.get("decisions", []):
            completed = day(decision.get("completed"))
            done = completed is not None and completed <= end
            closed = done or decision.get("status") == "cancelled"
            if closed and not inside(completed):
                continue
            listed.append((review, decision, done))
    if table and expect_rows(table, [r["id"] for r, _, _ in listed], "decisions of reviews held by the as-of date, "
                             "open or closed in the interval"):
        check(table.values("Decision") == [d["id"] for _, d, _ in listed],
              f"{table.where}: decisions are {table.values('Decision')}, expected {[d['id'] for _, d, _ in listed]}")
        for row, (review, decision, done) in zip(table.rows, listed):
            expect(table, row, "Description", trim(decision.get("description")))
            expect(table, row, "Type", decision.get("type"))
            expect(table, row, "Owner", person(decision.get("owner")))
            expect(table, row, "Due", day(decision.get("due")))
            status = "done" if done else ("open" if decision.get("status") == "done" else decision.get("status"))
            expect(table, row, "Status", status)
            expect(table, row, "Completed", day(decision.get("completed")) if done else None)
            expect(table, row, "Overdue", yes_no(decision["id"] in overdue_decisions))

    ws = wb["Corrective actions"]
    table = main_table(book, ws, [text("Nonconformity"), text("Title"), text("Source"), text("Source record"),
                                  date("Raised"), text("Owner"), text("Corrective action"), date("Due"),
                                  choice("Status", enum_of("nonconformities.schema.json", "status")), date("Closed"),
                                  yes_no_column("Effectiveness verified"), yes_no_column("Overdue", True)])
    listed = []
    for nc in registers["nonconformities"]:
        if end < day(nc["raised"]):
            continue
        closed = bool(nc.get("closed")) and day(nc["closed"]) <= end
        if closed and not inside(day(nc["closed"])):
            continue
        listed.append((nc, closed))
    overdue_ncs = kpi_records("corrective-actions-overdue")
    if table and expect_rows(table, [nc["id"] for nc, _ in listed], "nonconformities raised by the as-of date, open or "
                             "closed in the interval"):
        for row, (nc, closed) in zip(table.rows, listed):
            expect(table, row, "Title", trim(nc.get("title")))
            expect(table, row, "Source", nc.get("source"))
            expect(table, row, "Source record", nc.get("source_ref"))
            expect(table, row, "Raised", day(nc.get("raised")))
            expect(table, row, "Owner", person(nc.get("owner")))
            expect(table, row, "Corrective action", trim(nc.get("corrective_action")))
            expect(table, row, "Due", day(nc.get("due")))
            expect(table, row, "Status", nc.get("status"))
            expect(table, row, "Closed", day(nc.get("closed")) if closed else None)
            expect(table, row, "Effectiveness verified",
                   yes_no(nc.get("effectiveness_verified") and nc.get("verified") and day(nc["verified"]) <= end))
            expect(table, row, "Overdue", yes_no(nc["id"] in overdue_ncs))

    ws = wb["Audit findings"]
    table = main_table(book, ws, [text("Audit"), date("Performed"), text("Audit type"), text("Finding"),
                                  choice("Finding type", ["major", "minor", "observation", "opportunity"], ["major", "minor"]),
                                  text("Title"), text("Clauses"), text("Controls"), text("Nonconformity")])
    listed = [(a, f) for a in registers["audits"] if inside(day(a.get("performed"))) for f in a.get("findings", [])]
    if table and expect_rows(table, [a["id"] for a, _ in listed], "findings of audits performed in the interval"):
        check(table.values("Finding") == [f["id"] for _, f in listed],
              f"{table.where}: findings are {table.values('Finding')}, expected {[f['id'] for _, f in listed]}")
        for row, (audit, finding) in zip(table.rows, listed):
            expect(table, row, "Performed", day(audit.get("performed")))
            expect(table, row, "Audit type", audit.get("type"))
            expect(table, row, "Finding type", finding.get("type"))
            expect(table, row, "Title", trim(finding.get("title")))
            expect(table, row, "Clauses", joined(finding.get("clauses")))
            expect(table, row, "Controls", joined(finding.get("controls")))
            expect(table, row, "Nonconformity", finding.get("nonconformity"))

    ws = wb["Incidents"]
    schema = "incidents.schema.json"
    table = main_table(book, ws, [text("Incident"), text("Title"), choice("Severity", enum_of(schema, "severity")),
                                  text("Category"), date("Detected"), choice("Status", enum_of(schema, "status")),
                                  date("Resolved"), date("Closed"), text("AI systems"),
                                  yes_no_column("Reported externally"), text("Nonconformity")])
    listed = []
    for incident in registers["incidents"]:
        detected = day(incident["detected"])
        if end < detected:
            continue
        closed = bool(incident.get("closed")) and day(incident["closed"]) <= end
        if closed and not inside(detected) and not inside(day(incident["closed"])):
            continue
        listed.append((incident, closed))
    if table and expect_rows(table, [i["id"] for i, _ in listed], "incidents open at, or detected or closed in, the interval"):
        for row, (incident, closed) in zip(table.rows, listed):
            expect(table, row, "Title", trim(incident.get("title")))
            expect(table, row, "Severity", incident.get("severity"))
            expect(table, row, "Category", incident.get("category"))
            expect(table, row, "Detected", day(incident.get("detected")))
            expect(table, row, "Status", incident.get("status"))
            resolved = day(incident.get("resolved"))
            expect(table, row, "Resolved", resolved if resolved and resolved <= end else None)
            expect(table, row, "Closed", day(incident.get("closed")) if closed else None)
            expect(table, row, "AI systems", joined(incident.get("systems")))
            expect(table, row, "Reported externally", yes_no(incident.get("reported_externally")))
            expect(table, row, "Nonconformity", incident.get("nonconformity"))


# ---------------------------------------------------------------- every workbook

BOOKS = {
    "soa.xlsx": ("Statement of Applicability", f"ISO/IEC 42001 Statement of Applicability, version {settings['soa'].get('version', '')}",
                 ["Cover", "Clauses 4-10", "Annex A", "Additional controls", "Summary"]),
    "risk-register.xlsx": ("AI risk register", "AI risk assessment and treatment (clause 6.1)",
                           ["Method", "Risks", "Treatment plan", "Inherent heat map", "Residual heat map"]),
    "ai-system-register.xlsx": ("AI system register", "Inventory of AI systems in the AIMS scope", ["AI systems"]),
    "management-review.xlsx": ("Management review figures", "Inputs to the next management review (clause 9.3)",
                               ["Cover", "KPIs", "Trends", "Trend charts", "Review actions", "Corrective actions",
                                "Audit findings", "Incidents"]),
}

folder = os.path.join(OUT, "workbooks")
present = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
check(present == sorted(BOOKS), f"OUT/workbooks holds {present}, expected {sorted(BOOKS)}")

FORMULA = re.compile(rb"<f[\s>/]")
shared = {}
digests = {}
for name, (book_title, subject, sheet_names) in BOOKS.items():
    path = os.path.join(folder, name)
    if not os.path.isfile(path):
        fail(f"{name} was not written")
        continue
    data = open(path, "rb").read()
    digests[name] = (hashlib.sha256(data).hexdigest(), len(data))

    # The raw package: no worksheet holds a formula, whatever a text begins with.
    with zipfile.ZipFile(path) as package:
        sheets_xml = [n for n in package.namelist() if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", n)]
        check(len(sheets_xml) == len(sheet_names), f"{name}: {len(sheets_xml)} worksheet parts, expected {len(sheet_names)}")
        for member in sheets_xml:
            found = FORMULA.search(package.read(member))
            check(found is None, f"{name}: {member} holds a formula element ({found.group(0) if found else ''})")
        check("xl/calcChain.xml" not in package.namelist(), f"{name}: has a calculation chain, so formulas")
        app = package.read("docProps/app.xml").decode("utf-8")
        company = re.search(r"<Company>(.*?)</Company>", app, re.S)
        expected_company = ORGANIZATION.get("legal_name") or ORGANIZATION["name"]
        check(company is not None and html.unescape(company.group(1)) == expected_company,
              f"{name}: docProps/app.xml Company is {company.group(1) if company else None!r}, expected {expected_company!r}")

    wb = openpyxl.load_workbook(path)
    check(wb.sheetnames == sheet_names, f"{name}: sheets are {wb.sheetnames}, expected {sheet_names}")

    props = wb.properties
    check(props.title == f"{ORGANIZATION['name']}: {book_title}",
          f"{name}: title property {props.title!r}, expected {ORGANIZATION['name'] + ': ' + book_title!r}")
    check(props.subject == subject, f"{name}: subject property {props.subject!r}, expected {subject!r}")
    check(props.creator == ORGANIZATION["name"], f"{name}: creator {props.creator!r}, expected {ORGANIZATION['name']!r}")
    check(props.created == as_datetime(AS_OF_DAY), f"{name}: created {props.created}, expected the as-of date {AS_OF} 00:00")
    check(props.modified in (None, as_datetime(AS_OF_DAY)), f"{name}: modified {props.modified}, expected the as-of date or none")
    comments = props.description or ""
    commit = model["content_commit"]
    check(model["generator"] in comments and f"as of {AS_OF}" in comments
          and ((commit and commit in comments) or (not commit and "content outside git" in comments)),
          f"{name}: comments {comments!r} do not name {model['generator']!r}, 'as of {AS_OF}' and the content commit")

    # No cell anywhere is a formula: text beginning with = + - @ is a string.
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f" or (isinstance(cell.value, str) and cell.value[:1] in "=+-@" and cell.data_type != "s"):
                    fail(f"{name} ▸ {ws.title}!{cell.coordinate}: {cell.value!r} is a formula ({cell.data_type})")

    if wb.sheetnames != sheet_names:
        continue
    try:
        if name == "soa.xlsx":
            soa_book(name, wb)
        elif name == "risk-register.xlsx":
            risk_book(name, wb, shared)
        elif name == "ai-system-register.xlsx":
            system_book(name, wb)
        else:
            review_book(name, wb, shared)
    except Exception as error:  # a layout so far off that a check could not run
        import traceback
        fail(f"{name}: checking stopped: {type(error).__name__}: {error}\n{traceback.format_exc()}")

    for item in [e for e in EXPECTED_TEXT if e["workbook"] == name]:
        where = f"{name} ▸ {item['sheet']}"
        ws = wb[item["sheet"]] if item["sheet"] in wb.sheetnames else None
        if ws is None or ws.freeze_panes is None:
            fail(f"{where}: no such sheet with a table, for the expected text {item['value']!r}")
            continue
        header = coordinate_from_string(ws.freeze_panes)[1] - 1
        headers = [c.value for c in ws[header]]
        key = headers.index(item["key"]) + 1 if item.get("key") in headers else 1
        rows = [r for r in range(header + 1, ws.max_row + 1) if ws.cell(r, key).value == item["row"]]
        if item["column"] not in headers or len(rows) != 1:
            fail(f"{where}: no single row {item['row']!r} (in column {item.get('key', 'A')}) with a column {item['column']!r}")
            continue
        cell = ws.cell(rows[0], headers.index(item["column"]) + 1)
        check(cell.data_type == "s" and cell.value == item["value"],
              f"{where}!{cell.coordinate} ({item['row']}, {item['column']}): {describe(cell)}, expected the string {item['value']!r}")

# ---------------------------------------------------------------- the portal and the manifest

page_path = os.path.join(OUT, "workbooks.html")
page = open(page_path, encoding="utf-8").read() if os.path.isfile(page_path) else ""
check(page, "OUT/workbooks.html is missing")
rows = re.findall(r"<tr\b.*?</tr>", page, re.S)
linked = [m for row in rows for m in re.findall(r'href="workbooks/([^"]+)"', row)]
check(linked == list(BOOKS), f"workbooks.html links {linked}, expected {list(BOOKS)} in that order")
listed = {f["path"]: f for f in manifest["files"]}
for name, (book_title, subject, _) in BOOKS.items():
    if name not in digests:
        continue
    sha, size = digests[name]
    row = next((r for r in rows if f'href="workbooks/{name}"' in r), None)
    if row is None:
        fail(f"workbooks.html has no row linking workbooks/{name}")
    else:
        shown = re.findall(r"\b[0-9a-f]{64}\b", row)
        check(shown == [sha], f"workbooks.html shows {shown} for {name}, its SHA-256 is {sha}")
        check(re.search(rf"<td>{size}</td>", row) is not None, f"workbooks.html does not show {name}'s size {size}")
        link = re.search(rf'<a href="workbooks/{re.escape(name)}"[^>]*>(.*?)</a>', row, re.S)
        check(link is not None and html.unescape(link.group(1)) == book_title,
              f"workbooks.html links {name} as {link.group(1) if link else None!r}, expected {book_title!r}")
        check(f"<td>{html.escape(subject, quote=False)}</td>" in row or f"<td>{html.escape(subject)}</td>" in row,
              f"workbooks.html does not describe {name} as {subject!r}")
    entry = listed.get(f"workbooks/{name}")
    check(entry is not None and entry["sha256"] == sha and entry["size"] == size,
          f"manifest.json lists workbooks/{name} as {entry}, the file has SHA-256 {sha} and {size} bytes")

# ---------------------------------------------------------------- report

for (where, header), items in sorted(mismatches.items()):
    examples = "; ".join(f"{key}: {got}, expected {expected}" for key, got, expected in items[:3])
    fail(f"{where}: column {header!r} differs from model.json in {len(items)} row(s): {examples}"
         + (" …" if len(items) > 3 else ""))

if failures:
    for message in failures:
        print("FAIL: " + message, file=sys.stderr)
    print(f"{len(failures)} workbook check(s) failed", file=sys.stderr)
    sys.exit(1)
print(f"workbooks: {len(BOOKS)} workbooks, {sum(len(v[2]) for v in BOOKS.values())} sheets match model.json "
      f"({len(registers['soa'])} SoA entries, {len(registers['risks'])} risks, {len(registers['ai-systems'])} AI systems, "
      f"{len(model['kpis'])} KPIs), no formulas, {len(EXPECTED_TEXT)} hostile texts kept as text, "
      f"portal and manifest digests agree")
