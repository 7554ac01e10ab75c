"""Incidents and the nonconformities raised from incidents, findings, reviews and monitoring."""

from aimsbench import words
from aimsbench.context import DAY

CLAUSES = ["6.1.2", "6.1.4", "7.2", "7.5.3", "8.1", "8.2", "8.3", "9.1"]


def add_nonconformity(ctx, rng, source, source_ref, raised, systems, title):
    """Appends a nonconformity to ctx.nonconformities and returns its id."""
    counters = ctx.nc_counters
    counters[raised.year] = counters.get(raised.year, 0) + 1
    nc_id = f"NC-{raised.year}-{counters[raised.year]:04d}"
    due = raised + 60 * DAY
    nc = {"id": nc_id, "title": title, "description": "Requirement of the AIMS not met; see the source record.",
          "source": source, "source_ref": source_ref, "raised": raised,
          "clauses": rng.sample(CLAUSES, rng.randint(1, 2)),
          "controls": sorted(rng.sample(ctx.applicable_controls, rng.randint(1, 2)))}
    if systems:
        nc["systems"] = systems
    nc.update({"root_cause": "The process step that should have prevented it was not defined for this case.",
               "correction": "The immediate effect was contained and put right.",
               "corrective_action": "Process updated, owners trained and a check added to the monitoring plan.",
               "owner": ctx.person(rng, rng.choice(["ai-governance-lead", "system-owner", "risk-manager"])),
               "due": due})
    history = [{"date": raised, "status": "open"}]
    if raised + 10 * DAY <= ctx.as_of:
        history.append({"date": raised + rng.randint(3, 10) * DAY, "status": "in-progress"})
    closed = raised + rng.randint(15, 70) * DAY
    late = rng.random() < ctx.overdue_rate
    if closed <= ctx.as_of and not (late and due < ctx.as_of):
        nc.update({"status": "closed", "closed": closed})
        history.append({"date": closed, "status": "closed", "note": "Corrective action completed."})
        verified = closed + rng.randint(30, 90) * DAY
        if verified <= ctx.as_of and rng.random() < 0.8:
            nc.update({"effectiveness_verified": True, "verified": verified,
                       "verified_by": ctx.person(rng, "internal-auditor")})
    else:
        nc["status"] = history[-1]["status"]
    nc["history"] = history
    ctx.nonconformities.append(nc)
    return nc_id


def _eligible(ctx):
    """(system, first operating date, last operating date) for systems that ran."""
    result = []
    for system in ctx.systems:
        running = [when for when, stage in system["_steps"] if stage in ("deployment", "operation")]
        if running:
            retired = [when for when, stage in system["_steps"] if stage == "retired"]
            result.append((system, running[0], retired[0] if retired else ctx.as_of))
    return result


def _progress(ctx, rng, incident, detected):
    """Status, dates and history of an incident detected on `detected`."""
    history = [{"date": detected, "status": "open", "note": "Reported to the system owner."}]
    steps = [("investigating", rng.randint(0, 3)), ("resolved", rng.randint(1, 25)), ("closed", rng.randint(1, 30))]
    when = detected
    for status, days in steps:
        when = when + days * DAY
        if when > ctx.as_of:
            break
        history.append({"date": when, "status": status})
        if status in ("resolved", "closed"):
            incident[status] = when
    incident["status"] = history[-1]["status"]
    return history


def _incident(ctx, rng, system, detected, number):
    category = rng.choice(list(words.INCIDENT_TEMPLATES))
    incident = {"id": f"INC-{detected.year}-{number:05d}",
                "title": words.INCIDENT_TEMPLATES[category].format(system=system["name"]),
                "description": f"Detected by {rng.choice(['monitoring', 'a customer complaint', 'an operator', 'the supplier'])}. "
                               + " ".join(rng.sample(words.SENTENCES, 2)),
                "systems": [system["id"]], "detected": detected,
                "severity": rng.choices(["low", "medium", "high", "critical"], [45, 35, 15, 5])[0],
                "category": category}
    history = _progress(ctx, rng, incident, detected)
    order = ["id", "title", "description", "systems", "detected", "severity", "category", "status", "resolved",
             "closed"]
    incident = {key: incident[key] for key in order if key in incident}
    if incident["severity"] in ("high", "critical") and rng.random() < 0.4 and detected + 5 * DAY <= ctx.as_of:
        incident.update({"reported_externally": True, "reported_to": "National competent authority",
                         "reported": detected + rng.randint(1, 5) * DAY})
    if incident["severity"] in ("high", "critical") and rng.random() < 0.3:
        incident["nonconformity"] = add_nonconformity(
            ctx, rng, "incident", incident["id"], min(ctx.as_of, detected + rng.randint(2, 14) * DAY),
            [system["id"]], f"Control failure behind {incident['id']}")
    risks = [r["id"] for r in ctx.risks_by_system.get(system["id"], []) if r["identified"] <= detected]
    if risks:
        incident["related_risks"] = rng.sample(risks, min(rng.randint(1, 2), len(risks)))
    incident["owner"] = system["owner"]
    incident["history"] = history
    return incident


def make_incidents(ctx):
    """Incidents spread over the window; {year: [incident, ...]} so each year can be its own file."""
    rng = ctx.rng("incidents")
    eligible = _eligible(ctx)
    weights = [{"high": 3, "limited": 2, "minimal": 1}[s["eu_ai_act_tier"]] for s, _, _ in eligible]
    picks = []
    for system, first, last in rng.choices(eligible, weights, k=ctx.counts.incidents):
        picks.append((ctx.date_between(rng, max(first, ctx.start), last), system["id"]))
    by_year, counters = {}, {}
    for detected, system_id in sorted(picks):
        counters[detected.year] = counters.get(detected.year, 0) + 1
        incident = _incident(ctx, rng, ctx.system_by_id[system_id], detected, counters[detected.year])
        by_year.setdefault(detected.year, []).append(incident)
    return by_year


def make_other_nonconformities(ctx, series):
    """Nonconformities found by monitoring or raised by staff."""
    rng = ctx.rng("nonconformities")
    for measurement in series:
        breaches = [p for p in measurement["points"] if "note" in p]
        if breaches and rng.random() < 0.2:
            when = min(ctx.as_of, breaches[0]["date"] + 5 * DAY)
            add_nonconformity(ctx, rng, "monitoring", measurement["id"], when, [measurement["system"]],
                              f"Monitoring limit breached for {measurement['metric']}")
    for _ in range(max(5, ctx.counts.incidents // 200)):
        system = rng.choice(ctx.systems)
        when = ctx.date_between(rng, max(system["introduced"], ctx.start), ctx.as_of)
        add_nonconformity(ctx, rng, "self-identified", None, when, [system["id"]],
                          f"Lifecycle record missing for {system['name']}")
    for nc in ctx.nonconformities:
        if nc["source_ref"] is None:
            del nc["source_ref"]
    return sorted(ctx.nonconformities, key=lambda nc: nc["id"])
