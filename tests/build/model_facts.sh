#!/usr/bin/env bash
# Facts about site-example's OUT/data/model.json and OUT/manifest.json, each
# checked against the content files themselves (grep) or against another part
# of the output: provenance, periods, every register and its records' source
# lines, KPI trends, heat maps, readiness roll-ups, the manifest's hashes.
#
# usage: model_facts.sh AIMSGEN SOURCE_DIR
set -euo pipefail
source "$(dirname "$0")/build_test_lib.bash"

command -v python3 > /dev/null || { echo "python3 is not installed: skipped"; exit 77; }

build_example "$work/out"
model=$work/out/data/model.json
[[ -f $model ]] || fail "no data/model.json in the output"

version=$("$aimsgen" --version)
commit=$(git -C "$example" rev-parse --verify -q HEAD 2> /dev/null || true)

# Records per register file as written: `- id: ` (`- control: ` in the SoA) at
# the start of a line opens a record, in the file or in each file of a
# register folder.
counts=""
for register in ai-systems risks soa impact-assessments incidents nonconformities audits management-reviews \
    objectives training suppliers decisions measurements; do
    key=id
    [[ $register == soa ]] && key=control
    files=()
    [[ -f $example/registers/$register.yaml ]] && files+=("$example/registers/$register.yaml")
    if [[ -d $example/registers/$register ]]; then
        while IFS= read -r -d '' file; do files+=("$file"); done < <(find "$example/registers/$register" -name '*.yaml' -print0)
    fi
    n=0
    if [[ ${#files[@]} -gt 0 ]]; then
        n=$(cat "${files[@]}" | grep -c "^- $key: " || true)
    fi
    counts+="$register=$n "
done
documents=$(find "$example/documents" -name '*.md' | wc -l)
counts+="documents=$documents"
risks_by_grep=$(grep -c '^- id: RSK-' "$example/registers/risks.yaml" || true)

python3 - "$work/out" "$example" "$as_of" "$version" "$commit" "$risks_by_grep" $counts <<'PY'
import datetime, hashlib, json, math, os, re, sys

out, example, as_of, version, commit, risks_by_grep = sys.argv[1:7]
counts = dict(arg.split("=") for arg in sys.argv[7:])
model = json.load(open(os.path.join(out, "data", "model.json"), encoding="utf-8"))
manifest = json.load(open(os.path.join(out, "manifest.json"), encoding="utf-8"))
failures = []

def check(condition, message):
    if not condition:
        failures.append(message)

# ---- provenance, in model.json and the manifest alike ----
check(model["format"] == 1, f"format is {model['format']!r}, expected 1")
check(model["generator"] == version, f"generator is {model['generator']!r}, expected {version!r}")
check(model["as_of"] == as_of, f"as_of is {model['as_of']!r}, expected {as_of}")
expected_commit = commit or None
check(model["content_commit"] == expected_commit,
      f"content_commit is {model['content_commit']!r}, expected {expected_commit!r}")
check(manifest["generator"] == "aimsgen", "manifest generator is not 'aimsgen'")
check("aimsgen " + manifest["version"] == version, f"manifest version {manifest['version']!r} vs {version!r}")
check(manifest["as_of"] == as_of, f"manifest as_of is {manifest['as_of']!r}")
check(manifest["content_commit"] == expected_commit, f"manifest content_commit is {manifest['content_commit']!r}")

# ---- periods: aims.yaml's reporting settings, contiguous, ending at the as-of date ----
reporting = model["settings"]["reporting"]
periods = model["periods"]
labels = [p["label"] for p in periods]
check(model["period"] == reporting["period"], f"period {model['period']!r} is not aims.yaml's {reporting['period']!r}")
check(len(periods) == reporting["periods"], f"{len(periods)} periods, aims.yaml asks for {reporting['periods']}")
check(periods[-1]["end"] == as_of, f"the last period ends {periods[-1]['end']}, not at the as-of date")
check(periods[-1]["label"] == "2026-Q3" and labels[0] == "2023-Q4", f"periods run {labels[0]} … {labels[-1]}")
day = datetime.date.fromisoformat
for before, after in zip(periods, periods[1:]):
    check(day(after["start"]) == day(before["end"]) + datetime.timedelta(days=1),
          f"period {after['label']} does not start the day after {before['label']} ends")

# ---- registers: every one present, as many records as the files hold ----
registers = model["registers"]
check(set(registers) == set(counts), f"registers are {sorted(registers)}, expected {sorted(counts)}")
check(len(registers) == 14, f"{len(registers)} registers, expected 13 and documents")
for name, expected in counts.items():
    got = len(registers.get(name, []))
    check(got == int(expected), f"registers.{name} holds {got} records, the content {expected}")
    check(got > 0, f"registers.{name} is empty: site-example has records in every register")
check(len(registers["risks"]) == int(risks_by_grep),
      f"{len(registers['risks'])} risks, but risks.yaml has {risks_by_grep} '- id: RSK-' lines")

# Each record in id order, each id once across the content, each source line the record's own.
seen = {}
lines_of = {}
for name, records in registers.items():
    key = "control" if name == "soa" else "id"
    ids = [record[key] for record in records]
    check(ids == sorted(ids), f"registers.{name} is not in id order")
    for record in records:
        rid = record[key]
        check(rid not in seen, f"{rid} appears in registers.{seen.get(rid)} and registers.{name}")
        seen[rid] = name
        path, line = record["origin"]["path"], record["origin"]["line"]
        if path not in lines_of:
            full = os.path.join(example, path)
            lines_of[path] = open(full, encoding="utf-8").read().split("\n") if os.path.isfile(full) else None
        text = lines_of[path]
        if text is None:
            failures.append(f"{rid}: source {path} is not a file of the content")
            continue
        shown = text[line - 1] if 0 < line <= len(text) else ""
        check(re.fullmatch(rf"(- )?{key}: \"?{re.escape(rid)}\"?\s*", shown) is not None,
              f"{rid}: source {path}:{line} is {shown!r}, not the record's {key} line")
        check(isinstance(record["links"], dict), f"{rid}: links is not an object")

# ---- KPIs: one trend point per period, in order ----
kpi_ids = [k["id"] for k in model["kpis"]]
check(len(kpi_ids) == len(set(kpi_ids)), "a KPI id appears twice")
for kpi in model["kpis"]:
    trend = [point["period"] for point in kpi["trend"]]
    check(trend == labels, f"KPI {kpi['id']}: trend has {len(trend)} points {trend[:2]}…, expected one per period")
    # delta is value - previous rounded to 0.1 (docs/kpis.md; 0.0001 for measured
    # series, whose values are often between 0 and 1), null without both.
    if kpi["value"] is None or kpi["previous"] is None:
        check(kpi["delta"] is None, f"KPI {kpi['id']}: delta {kpi['delta']} without value and previous")
    elif kpi["delta"] is None:
        failures.append(f"KPI {kpi['id']}: delta is null though value and previous are not")
    else:
        delta = kpi["delta"]
        scale = 10000 if kpi["id"].startswith("series-") else 10
        check(abs(delta - (kpi["value"] - kpi["previous"])) <= 0.5 / scale + 1e-9 and abs(delta * scale - round(delta * scale)) < 1e-6,
              f"KPI {kpi['id']}: delta {delta} is not {kpi['value']} - {kpi['previous']} rounded to 1/{scale}")
series = [k for k in model["kpis"] if k["id"].startswith("series-")]
check(len(series) == len(registers["measurements"]),
      f"{len(series)} series KPIs for {len(registers['measurements'])} measurement series")

# No number anywhere is a negative zero: "-0.0" reads as a fall in a dashboard or spreadsheet.
def negative_zeros(value, path):
    if isinstance(value, float) and value == 0 and math.copysign(1.0, value) < 0:
        yield path
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from negative_zeros(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from negative_zeros(item, f"{path}[{index}]")
for path in negative_zeros(model, "model"):
    where = re.match(r"model\.kpis\[(\d+)\]", path)
    failures.append(f"{path} is -0.0" + (f" (KPI {model['kpis'][int(where.group(1))]['id']})" if where else ""))

# ---- heat maps ----
maps = [model["heat_maps"]["inherent"], model["heat_maps"]["residual"]] + model["heat_maps"]["residual_by_period"]
check([m["label"] for m in model["heat_maps"]["residual_by_period"]] == labels,
      "residual_by_period is not one map per period, in order")
for heat in maps:
    cells = heat["cells"]
    where = f"heat map {heat['label']} ({'residual' if heat['residual'] else 'inherent'})"
    check(len(cells) == heat["likelihood_levels"] * heat["impact_levels"], f"{where}: wrong number of cells")
    order = [(c["likelihood"], c["impact"]) for c in cells]
    check(order == sorted(order), f"{where}: cells not row by row")
    for cell in cells:
        check(cell["count"] == len(cell["risks"]), f"{where}: a cell's count is not its number of risks")
inherent = sorted(r for c in model["heat_maps"]["inherent"]["cells"] for r in c["risks"])
residual = sorted(r for c in model["heat_maps"]["residual"]["cells"] for r in c["risks"])
check(inherent == residual and inherent, "the inherent and residual maps do not place the same open risks")
check(set(inherent) <= set(r["id"] for r in registers["risks"]), "a heat map names a risk not in the register")

# ---- triggers ----
keys = [(t["subject_kind"], t["subject"], t["event_date"], t["event"], t["event_record"]) for t in model["triggers"]]
check(keys == sorted(keys), "triggers are not sorted by subject kind, subject, date and record")
for trigger in model["triggers"]:
    check(trigger["subject"] in seen, f"trigger subject {trigger['subject']} is no record")
    check(trigger["last_review"] < trigger["event_date"] <= as_of,
          f"trigger {trigger['subject']}/{trigger['event_record']}: event {trigger['event_date']} not after "
          f"the last review {trigger['last_review']} and on or before the as-of date")
    if trigger["event"] == "lifecycle-change":
        check(re.search(r"lifecycle stage changed to [a-z-]+ on ", trigger["reason"]) is not None,
              f"trigger reason names no stage: {trigger['reason']!r}")

# ---- readiness roll-ups ----
checks = model["readiness"]["checks"]
for kind, expected_ids in (("clauses", [str(n) for n in range(4, 11)]), ("steps", [str(n) for n in range(1, 11)])):
    groups = model["readiness"][kind]
    check([g["id"] for g in groups] == expected_ids, f"readiness {kind} are {[g['id'] for g in groups]}")
    for g in groups:
        statuses = [checks[i]["status"] for i in g["checks"]]
        check(g["total"] == len(statuses) and g["met"] == statuses.count("met")
              and g["partial"] == statuses.count("partial"), f"readiness {kind} {g['id']}: counts do not add up")
        if g["total"]:
            score = 100.0 * (g["met"] + g["partial"] / 2) / g["total"]
            check(abs(g["score"] - score) <= 0.05, f"readiness {kind} {g['id']}: score {g['score']}, expected {score:.1f}")
check(sorted(i for g in model["readiness"]["clauses"] for i in g["checks"]) == list(range(len(checks))),
      "the clause roll-ups do not hold every check exactly once")

# ---- the manifest lists every file of OUT, with its size and SHA-256 ----
listed = {f["path"]: f for f in manifest["files"]}
check(len(listed) == len(manifest["files"]), "the manifest lists a path twice")
on_disk = set()
for folder, _, files in os.walk(out):
    for name in files:
        on_disk.add(os.path.relpath(os.path.join(folder, name), out).replace(os.sep, "/"))
on_disk.discard("manifest.json")
check(set(listed) == on_disk, f"manifest vs disk: only listed {sorted(set(listed) - on_disk)[:5]}, "
                              f"only on disk {sorted(on_disk - set(listed))[:5]}")
check([f["path"] for f in manifest["files"]] == sorted(listed), "the manifest is not sorted by path")
for path in sorted(on_disk & set(listed)):
    data = open(os.path.join(out, path), "rb").read()
    check(listed[path]["size"] == len(data), f"manifest size of {path} is wrong")
    check(listed[path]["sha256"] == hashlib.sha256(data).hexdigest(), f"manifest sha256 of {path} is wrong")

if failures:
    print("\n".join("FAIL: " + f for f in failures), file=sys.stderr)
    sys.exit(1)
print(f"model.json of site-example: {sum(len(r) for r in registers.values())} records in {len(registers)} registers, "
      f"{len(model['kpis'])} KPIs over {len(periods)} periods, {len(model['triggers'])} triggers, "
      f"{len(listed)} files in the manifest")
PY
