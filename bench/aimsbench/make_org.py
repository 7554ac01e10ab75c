"""make-org: writes a synthetic AI management system in aimsgen's content format."""

import argparse
import datetime
import json
import os
import re
import shutil
import sys

from aimsbench import assurance, documents, incidents, inventory, organization, risks
from aimsbench.context import Context, Counts
from aimsbench.yaml_out import dump_mapping, dump_records

MARKER = ".make-org"
BASE = {"systems": 1000, "risks": 20000, "documents": 500, "incidents": 5000, "actions": 20000}
FRAMEWORK = os.path.join(os.path.dirname(__file__), "..", "..", "content", "frameworks", "iso42001.yaml")


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="make-org", description=__doc__)
    parser.add_argument("outdir", help="content directory to write (must not exist, be empty, or be a make-org output)")
    for name, default in BASE.items():
        parser.add_argument(f"--{name}", type=int, default=default, help=f"at 1x scale (default {default})")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every count by K (default 1)")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--as-of", default="2026-09-30", help="the last day of the history (default 2026-09-30)")
    parser.add_argument("--years", type=int, default=3, help="years of history before the as-of date (default 3)")
    parser.add_argument("--overdue-rate", type=float, default=0.01,
                        help="share of reviews and actions left overdue, which aimsgen warns about (default 0.01)")
    return parser.parse_args(argv)


def read_controls(path):
    """Annex A control ids of the catalogue, in order."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    return re.findall(r"^  - id: (A\.[0-9.]+)$", text.split("\ncontrols:", 1)[1], re.MULTILINE)


def make_context(args):
    scale = args.scale
    counts = Counts(systems=round(args.systems * scale), risks=round(args.risks * scale),
                    documents=round(args.documents * scale), incidents=round(args.incidents * scale),
                    actions=round(args.actions * scale), people=max(60, round(args.systems * scale / 5)),
                    suppliers=max(5, round(args.systems * scale / 16)), audits_per_year=max(2, round(6 * scale)))
    ctx = Context(seed=args.seed, as_of=datetime.date.fromisoformat(args.as_of), years=args.years, counts=counts,
                  overdue_rate=args.overdue_rate)
    ctx.catalogue_controls = read_controls(FRAMEWORK)
    return ctx


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def clean(record):
    """A copy without the generator's private keys (those starting with '_')."""
    return {key: value for key, value in record.items() if not key.startswith("_")}


def group_by(records, key):
    groups = {}
    for record in records:
        groups.setdefault(key(record), []).append(clean(record))
    return groups


def generate(ctx):
    """{relative path: text} for the whole content directory."""
    organization.make_people(ctx)
    documents.make_documents(ctx)
    inventory.make_suppliers(ctx)
    inventory.make_systems(ctx)
    soa = risks.make_soa(ctx)
    risk_register = risks.make_risks(ctx)
    assessments = risks.make_impact_assessments(ctx)
    decisions = inventory.make_decisions(ctx)
    series = inventory.make_measurements(ctx)
    incidents_by_year = incidents.make_incidents(ctx)
    audits = assurance.make_audits(ctx)
    reviews = assurance.make_reviews(ctx)
    nonconformities = incidents.make_other_nonconformities(ctx, series)
    unit_of = {s["id"]: slug(s["business_unit"]) for s in ctx.systems}

    files = {"aims.yaml": dump_mapping(organization.make_aims(ctx), [
        "yaml-language-server: $schema=schemas/aims.schema.json",
        f"Synthetic organization written by bench/make-org (seed {ctx.seed}); not a real company."])}
    folders = {
        "ai-systems": group_by(ctx.systems, lambda s: slug(s["business_unit"])),
        "risks": group_by(risk_register, lambda r: unit_of[r["systems"][0]]),
        "incidents": {str(year): items for year, items in incidents_by_year.items()},
        "decisions": group_by(decisions, lambda d: unit_of[d["system"]]),
        "measurements": group_by(series, lambda m: unit_of[m["system"]]),
    }
    for name, groups in folders.items():
        for group, records in groups.items():
            files[f"registers/{name}/{group}.yaml"] = register_text(name, sorted(records, key=lambda r: r["id"]),
                                                                    depth=2)
    singles = {"soa": soa, "impact-assessments": assessments, "nonconformities": nonconformities,
               "audits": audits, "management-reviews": reviews, "objectives": assurance.make_objectives(ctx),
               "training": assurance.make_training(ctx), "suppliers": ctx.suppliers}
    for name, records in singles.items():
        files[f"registers/{name}.yaml"] = register_text(name, [clean(r) for r in records], depth=1)
    for document in ctx.documents:
        files[document["path"]] = document["text"]
    files.update(ctx.evidence_files)
    registers = {name: [r for group in groups.values() for r in group] for name, groups in folders.items()}
    registers.update(singles)
    registers["documents"] = ctx.documents
    return files, registers


def register_text(name, records, depth):
    schema = "../" * depth + f"schemas/{name}.schema.json"
    return dump_records(records, [f"yaml-language-server: $schema={schema}",
                                  "Synthetic content written by bench/make-org."])


def prepare(outdir):
    if os.path.isdir(outdir) and os.listdir(outdir):
        if not os.path.exists(os.path.join(outdir, MARKER)):
            sys.exit(f"make-org: {outdir} exists, is not empty and was not written by make-org; refusing")
        shutil.rmtree(outdir)
    os.makedirs(outdir, exist_ok=True)


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    ctx = make_context(args)
    files, files_records = generate(ctx)
    prepare(args.outdir)
    for path in sorted(files):
        full = os.path.join(args.outdir, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(files[path])
    summary = {"note": "written by bench/make-org, which may delete and rewrite this directory",
               "arguments": vars(args), "as_of": ctx.as_of.isoformat(), "records": record_counts(files_records)}
    with open(os.path.join(args.outdir, MARKER), "w", encoding="utf-8") as handle:
        json.dump(summary, handle, indent=2, sort_keys=True)
        handle.write("\n")
    counts = summary["records"]
    print(f"make-org: wrote {len(files)} files to {args.outdir} ({counts['total']} records: "
          + ", ".join(f"{n} {kind}" for kind, n in counts.items() if kind != "total") + f"), as of {ctx.as_of}")
    return 0


def record_counts(registers):
    """Records per kind: every register's records and documents, plus nested records that have ids."""
    counts = {name: len(records) for name, records in registers.items()}
    counts["treatment actions"] = sum(len(r.get("actions", [])) for r in registers["risks"])
    counts["audit findings"] = sum(len(a.get("findings", [])) for a in registers["audits"])
    counts["review decisions"] = sum(len(m.get("decisions", [])) for m in registers["management-reviews"])
    counts["total"] = sum(counts.values())
    return counts
