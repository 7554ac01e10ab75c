"""The AI system inventory, its suppliers, lifecycle gate decisions and measurement series."""

from aimsbench import words
from aimsbench.context import DAY, add_months, month_ends
from aimsbench.yaml_out import Flow

STAGES = ["concept", "design", "development", "verification", "deployment", "operation"]
GATES = {"design": "use-case-approval", "development": "design-approval", "verification": "data-approval",
         "deployment": "deployment-approval", "retired": "retirement-approval"}


def make_suppliers(ctx):
    """Suppliers with dated assessments; systems are added once the inventory exists."""
    rng = ctx.rng("suppliers")
    for number in range(1, ctx.counts.suppliers + 1):
        status = rng.choices(["active", "onboarding", "offboarded"], [85, 10, 5])[0]
        onboarded = ctx.date_between(rng, ctx.start, add_months(ctx.as_of, -3 if status == "onboarding" else -9))
        supplier = {"id": f"SUP-{number:03d}", "name": f"{rng.choice(words.LAST_NAMES)} "
                                                         f"{rng.choice(['Analytics', 'AI', 'Systems', 'Labs'])}",
                    "description": "Provider of AI models and hosted AI services to the group.",
                    "services": ["Hosted model inference", rng.choice(["Model training", "Data labelling",
                                                                       "Platform with embedded AI features"])],
                    "systems": [], "owner": ctx.person(rng, "procurement-lead"),
                    "criticality": rng.choice(["low", "medium", "high", "critical"]), "status": status,
                    "contract_ref": f"PRC-{onboarded.year}-{number:04d}", "assessments": []}
        when = onboarded
        while when <= ctx.as_of:
            assessment = {"date": when, "assessor": ctx.person(rng, "procurement-lead"),
                          "rating": rng.choice(["low", "medium", "medium", "high", "critical"]),
                          "notes": "Due-diligence questionnaire, contract terms and security attestation reviewed."}
            if not supplier["assessments"]:
                path = ctx.add_evidence(f"evidence/suppliers/{supplier['id']}-assessment-{when.isoformat()}.md",
                                        f"# Assessment of {supplier['name']}\n\nRated {assessment['rating']}.\n")
                assessment["evidence"] = [{"path": path, "description": "Due-diligence questionnaire and scoring",
                                           "date": when}]
            supplier["assessments"].append(assessment)
            when = add_months(when, 12) + rng.randint(-20, 10) * DAY
        last = supplier["assessments"][-1]["date"]
        if status != "offboarded":
            late = rng.random() < ctx.overdue_rate
            supplier["next_assessment"] = add_months(last, 12) if not late else ctx.as_of - rng.randint(5, 60) * DAY
            if supplier["next_assessment"] < last:
                supplier["next_assessment"] = last
        ctx.suppliers.append(supplier)


def _stage_history(ctx, rng, introduced, retire):
    """[(date, stage)] from `introduced`, each stage lasting 1-4 months, up to the as-of date."""
    if introduced == ctx.start:
        steps = [(introduced, "operation")]
    else:
        steps, when = [], introduced
        for stage in STAGES:
            if when > ctx.as_of:
                break
            steps.append((when, stage))
            when = when + rng.randint(20, 120) * DAY
    if retire and steps[-1][1] == "operation" and steps[-1][0] + 90 * DAY < ctx.as_of:
        steps.append((ctx.date_between(rng, steps[-1][0] + 90 * DAY, ctx.as_of), "retired"))
    return steps


def _system(ctx, rng, number):
    unit = rng.choice(ctx.units)
    owners = ctx.owners_by_unit.get(unit) or ctx.people_by_role["system-owner"]
    source = rng.choices(["internal", "third-party", "embedded"], [55, 35, 10])[0]
    introduced = ctx.start if rng.random() < 0.3 else ctx.date_between(rng, ctx.start, ctx.as_of - 20 * DAY)
    steps = _stage_history(ctx, rng, introduced, rng.random() < 0.05)
    name = f"{rng.choice(words.SYSTEM_DOMAINS)} {rng.choice(words.SYSTEM_FUNCTIONS)} {rng.choice(words.SYSTEM_KINDS)}"
    system = {"id": f"AIS-{number:05d}", "name": name,
              "description": f"{name} used by {unit}. " + " ".join(rng.sample(words.SENTENCES, 2)),
              "purpose": f"Support {unit} staff with {name.split()[1].lower()} for "
                         f"{name.split()[0].lower()} cases.",
              "owner": rng.choice(owners), "business_unit": unit, "lifecycle_stage": steps[-1][1],
              "ai_role": rng.choice(["provider", "developer"]) if source == "internal" else
              rng.choice(["deployer", "user"]), "source": source}
    if source != "internal":
        supplier = rng.choice([s for s in ctx.suppliers if s["status"] != "offboarded"])
        system["supplier"] = supplier["id"]
        supplier["systems"].append(system["id"])
    system.update({"eu_ai_act_tier": rng.choices(["high", "limited", "minimal"], [20, 35, 45])[0],
                   "autonomy": rng.choice(["human-in-the-loop", "human-in-the-loop", "human-on-the-loop",
                                           "autonomous"]),
                   "data_categories": rng.sample(words.DATA_CATEGORIES, rng.randint(1, 4)),
                   "affected_parties": rng.sample(words.AFFECTED_PARTIES, rng.randint(1, 3)),
                   "in_scope": rng.random() < 0.95, "introduced": introduced})
    _reviews(ctx, rng, system, steps)
    unit_docs = ctx.docs_by_unit.get(unit, [])
    system["documents"] = sorted({ctx.core_documents["ai-lifecycle"], ctx.core_documents["data-management"]}
                                 | set(rng.sample(unit_docs, min(2, len(unit_docs)))))
    system["history"] = [{"date": when, "lifecycle_stage": stage, "note": f"Moved to {stage}."}
                         for when, stage in steps]
    if rng.random() < 0.3:
        when = ctx.date_between(rng, steps[0][0], ctx.as_of)
        system["history"].append({"date": when, "note": "Owner confirmed the intended use and oversight steps."})
        system["history"].sort(key=lambda entry: entry["date"])
    system["_steps"] = steps
    return system


def _reviews(ctx, rng, system, steps):
    introduced = system["introduced"]
    if steps[-1][1] == "retired":
        system["last_review"] = max(introduced, steps[-1][0] - rng.randint(0, 60) * DAY)
        return
    last = ctx.recent(rng, 12, late=rng.random() < ctx.overdue_rate)
    system["last_review"] = max(last, introduced)
    system["next_review"] = add_months(system["last_review"], 12)


def make_systems(ctx):
    """The inventory; fills ctx.systems and ctx.system_by_id."""
    rng = ctx.rng("systems")
    for number in range(1, ctx.counts.systems + 1):
        system = _system(ctx, rng, number)
        ctx.systems.append(system)
        ctx.system_by_id[system["id"]] = system


def make_decisions(ctx):
    """Gate decisions along each system's lifecycle."""
    rng = ctx.rng("decisions")
    decisions = []
    ias_by_system = {}
    for assessment in ctx.impact_assessments:
        ias_by_system.setdefault(assessment["system"], []).append(assessment)
    for system in ctx.systems:
        gates = [(when, GATES[stage]) for when, stage in system["_steps"] if stage in GATES]
        gates += [(ctx.date_between(rng, system["_steps"][-1][0], ctx.as_of), "change-approval")
                  for _ in range(rng.randint(0, 2)) if system["lifecycle_stage"] == "operation"]
        for when, gate in sorted(gates):
            decisions.append(_decision(ctx, rng, len(decisions) + 1, system, when, gate, ias_by_system))
    return decisions


def _decision(ctx, rng, number, system, when, gate, ias_by_system):
    requested = max(system["introduced"], when - rng.randint(1, 20) * DAY)
    high = system["eu_ai_act_tier"] == "high"
    reviewer = "ai-committee" if high and gate == "deployment-approval" else \
        ctx.person(rng, "dpo" if gate == "data-approval" else "ai-governance-lead")
    decision = {"id": f"DEC-{number:05d}", "title": f"{gate.replace('-', ' ').capitalize()} for {system['name']}",
                "system": system["id"], "gate": gate, "requested": requested, "requested_by": system["owner"],
                "reviewer": reviewer}
    decided = requested + rng.randint(1, 18) * DAY
    if decided > ctx.as_of:
        decision["outcome"] = "pending"
    else:
        decision["decided"] = decided
        decision["outcome"] = rng.choices(["approved", "approved-with-conditions", "returned", "rejected"],
                                          [70, 20, 8, 2])[0]
        if decision["outcome"] == "approved-with-conditions":
            decision["conditions"] = ["Monitoring thresholds agreed before go-live."]
        decision["rationale"] = "Evidence reviewed against the lifecycle procedure and the risk register."
    risks = [r["id"] for r in ctx.risks_by_system.get(system["id"], []) if r["identified"] <= requested]
    if risks:
        decision["related_risks"] = rng.sample(risks, min(3, len(risks)))
    assessments = [a for a in ias_by_system.get(system["id"], []) if a["date"] <= requested]
    if gate == "deployment-approval" and assessments:
        decision["impact_assessment"] = assessments[-1]["id"]
    return decision


def make_measurements(ctx):
    """Monthly measurement series for systems that reached operation."""
    rng = ctx.rng("measurements")
    series = []
    for system in ctx.systems:
        operating = [when for when, stage in system["_steps"] if stage in ("deployment", "operation")]
        if not operating or rng.random() < 0.25:
            continue
        retired = [when for when, stage in system["_steps"] if stage == "retired"]
        last = retired[0] if retired else ctx.as_of
        for metric in rng.sample(words.METRICS, rng.randint(1, 2)):
            points = _points(rng, metric, month_ends(operating[0], last))
            if points:
                series.append(_series(ctx, system, metric, points))
    return series


def _series(ctx, system, metric, points):
    key, title, unit, direction, limit, warning, _ = metric
    bound = ("min", "warning_min") if direction == "higher-is-better" else ("max", "warning_max")
    return {"id": f"MEA-{system['id']}-{key}", "system": system["id"], "metric": key,
            "title": f"{title} of {system['name']}", "unit": unit, "direction": direction,
            "threshold": Flow({bound[0]: limit, bound[1]: warning}), "owner": system["owner"], "points": points}


def _points(rng, metric, dates):
    _, _, _, direction, limit, warning, good = metric
    value, points = good, []
    for when in dates:
        value = max(0.0, value + (good - value) * 0.3 + rng.gauss(0, abs(good - warning) * 0.6))
        point = Flow(date=when, value=round(value, 3))
        breached = value < limit if direction == "higher-is-better" else value > limit
        if breached:
            point["note"] = "Outside the limit; escalated to the system owner."
        points.append(point)
    return points
