#!/usr/bin/env bash
# site-example's model.json against schemas/model.schema.json with a standard
# JSON Schema 2020-12 validator (python3-jsonschema, formats checked), so the
# schema means for BI tools and scripts what aimsgen's own validator takes it
# to mean (tests/unit/output/model_schema_test.cpp). Skipped (exit 77) when
# python3-jsonschema is not installed.
#
# usage: model_schema_standard.sh AIMSGEN SOURCE_DIR
set -euo pipefail
source "$(dirname "$0")/build_test_lib.bash"

if ! python3 -c 'import jsonschema, referencing' 2> /dev/null; then
    echo "python3-jsonschema (4.18 or newer) is not installed: skipped"
    exit 77
fi

build_example "$work/out"
python3 - "$source_dir/schemas" "$work/out/data/model.json" <<'PY'
import json, pathlib, sys
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

schemas = pathlib.Path(sys.argv[1])
registry = Registry().with_resources(
    (path.name, Resource.from_contents(json.loads(path.read_text(encoding="utf-8"))))
    for path in sorted(schemas.glob("*.schema.json")))
schema = json.loads((schemas / "model.schema.json").read_text(encoding="utf-8"))
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER)
model = json.load(open(sys.argv[2], encoding="utf-8"))

errors = sorted(validator.iter_errors(model), key=lambda e: list(map(str, e.absolute_path)))
for error in errors[:30]:
    print(f"FAIL: /{'/'.join(map(str, error.absolute_path))}: {error.message[:300]}", file=sys.stderr)

# The schema is not vacuous: one wrong value in each part is refused.
def refused(change):
    broken = json.loads(json.dumps(model))
    change(broken)
    return not validator.is_valid(broken)

mutations = {
    "an unknown top-level key": lambda m: m.update(generated_at="2026-09-30T12:00:00Z"),
    "a KPI value as text": lambda m: m["kpis"][0].update(value="10"),
    "a record without origin": lambda m: m["registers"]["risks"][0].pop("origin"),
    "an unknown aims.yaml field in settings": lambda m: m["settings"].update(colour="red"),
    "a heat map count that is not whole": lambda m: m["heat_maps"]["residual"]["cells"][0].update(count=1.5),
    "an impossible as-of date": lambda m: m.update(as_of="2026-02-30"),
    "a missing register": lambda m: m["registers"].pop("documents"),
}
not_refused = [name for name, change in mutations.items() if not refused(change)]
for name in not_refused:
    print(f"FAIL: the schema accepts model.json with {name}", file=sys.stderr)
if errors or not_refused:
    sys.exit(1)
print(f"model.json of site-example conforms to model.schema.json (jsonschema, Draft 2020-12); "
      f"{len(mutations)} broken variants refused")
PY
