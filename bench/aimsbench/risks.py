"""The Statement of Applicability, the risk register with its treatment actions, and impact assessments."""

from aimsbench import words
from aimsbench.context import DAY, add_months

NOT_APPLICABLE = {"A.10.4": "The group provides no AI systems to customers as products; it only deploys them."}
ADDITIONAL = ["LLM prompt-injection filtering", "Fairness testing release gate", "Model card publication",
              "Shadow AI discovery", "Decision logging retention", "Vendor model change notice",
              "Human review of adverse decisions", "Synthetic data approval", "Model kill switch",
              "Explainability report for declines"]
DIMENSIONS = ["fairness", "transparency", "human_oversight", "privacy", "safety", "environment", "society",
              "vulnerable_groups"]
RATINGS = ["negligible", "low", "medium", "high", "very-high"]


def _soa_entry(ctx, rng, control, title=None):
    entry = {"control": control}
    if title:
        entry.update({"additional": True, "title": title, "group": "Group additional controls"})
    applicable = control not in NOT_APPLICABLE
    entry["applicable"] = applicable
    if not applicable:
        entry["justification"] = NOT_APPLICABLE[control]
        return entry
    entry["reasons"] = rng.sample(["risk-treatment", "legal", "contractual", "business"], rng.randint(1, 2))
    entry["justification"] = "Needed to treat AI risks recorded in the register and to meet legal obligations."
    history, status = [], "planned"
    when = ctx.start
    for status in ["planned", "partial", "implemented", "effective"][: rng.randint(2, 4)]:
        history.append({"date": when, "status": status})
        when = ctx.date_between(rng, when + 30 * DAY, min(ctx.as_of, when + 300 * DAY))
    entry.update({"status": status, "implementation": "Implemented through the documents listed and checked "
                                                      "by internal audit.",
                  "owner": ctx.person(rng, rng.choice(["ai-governance-lead", "ml-lead", "ciso", "dpo"]))})
    documents = ctx.docs_by_control.get(control, [])
    if documents:
        entry["documents"] = sorted(rng.sample(documents, min(4, len(documents))))
    evidence_date = ctx.recent(rng, 12)
    path = ctx.add_evidence(f"evidence/controls/{control}-operating-evidence.md",
                            f"# Operating evidence for {control}\n\nSampled and checked on {evidence_date}.\n")
    entry["evidence"] = [{"path": path, "description": f"Operating evidence for {control}", "date": evidence_date,
                          "expires": add_months(evidence_date, 13)},
                         {"url": f"https://intranet.example.org/aims/controls/{control}",
                          "description": "Control page on the intranet"}]
    entry["last_review"] = ctx.recent(rng, 12, late=rng.random() < ctx.overdue_rate)
    entry["next_review"] = add_months(entry["last_review"], 12)
    entry["history"] = history
    return entry


def make_soa(ctx):
    """One entry per Annex A control plus the group's additional controls."""
    rng = ctx.rng("soa")
    for control in ctx.catalogue_controls:
        ctx.soa.append(_soa_entry(ctx, rng, control))
    for number, title in enumerate(ADDITIONAL, 1):
        ctx.soa.append(_soa_entry(ctx, rng, f"GRP-{number:02d}", title))
    ctx.applicable_controls = [e["control"] for e in ctx.soa if e["applicable"]]
    return ctx.soa


def _sentence(text):
    return text[0].upper() + text[1:]


def _scores(rng):
    likelihood, impact = rng.randint(2, 5), rng.randint(2, 5)
    return likelihood, impact, rng.randint(1, likelihood), rng.randint(1, impact)


def _status(ctx, rng, risk, system):
    """status plus the dates it needs: closed, accepted."""
    identified = risk["identified"]
    retired = system["lifecycle_stage"] == "retired"
    if retired or (identified < ctx.as_of - 200 * DAY and rng.random() < 0.12):
        return "closed"
    residual = risk["residual_likelihood"] * risk["residual_impact"]
    if risk["treatment"] == "accept" or residual > 9:
        return "accepted"
    if identified > ctx.as_of - 30 * DAY:
        return "open"
    return "treating" if risk["treatment"] == "mitigate" else rng.choice(["treating", "open"])


def _actions(ctx, rng, risk, count, system_name):
    actions = []
    for number in range(1, count + 1):
        due = risk["identified"] + rng.randint(30, 365) * DAY
        action = {"id": f"{risk['id']}-A{number}",
                  "description": rng.choice(words.ACTION_TEMPLATES).format(system=system_name),
                  "owner": rng.choice([risk["owner"], ctx.person(rng, "ml-engineer")]), "due": due}
        if due < ctx.as_of and rng.random() >= ctx.overdue_rate:
            action["completed"] = min(ctx.as_of, max(risk["identified"], due + rng.randint(-40, 20) * DAY))
        elif due >= ctx.as_of and rng.random() < 0.3:
            action["completed"] = ctx.date_between(rng, risk["identified"], ctx.as_of)
        actions.append(action)
    return actions


def _history(ctx, rng, risk, end):
    first = {"date": risk["identified"], "likelihood": risk["likelihood"], "impact": risk["impact"],
             "residual_likelihood": risk["likelihood"], "residual_impact": risk["impact"], "status": "open",
             "note": "Identified in the risk workshop for the system."}
    history, when = [first], risk["identified"]
    steps = rng.randint(0, 3)
    for step in range(1, steps + 1):
        when = ctx.date_between(rng, when + DAY, end)
        if when <= history[-1]["date"] or when > end:
            break
        # residual scores move from the inherent ones towards the current ones
        likelihood = risk["likelihood"] - (risk["likelihood"] - risk["residual_likelihood"]) * step // steps
        impact = risk["impact"] - (risk["impact"] - risk["residual_impact"]) * step // steps
        history.append({"date": when, "residual_likelihood": likelihood, "residual_impact": impact,
                        "note": "Reassessed after treatment progress."})
    if risk["status"] != "open":
        if len(history) == 1:
            history.append({"date": end, "status": risk["status"]})
        else:
            history[-1]["status"] = risk["status"]
    return history


def _risk(ctx, rng, number, system, action_count):
    category = rng.choice(list(words.RISK_TEMPLATES))
    title, text = words.RISK_TEMPLATES[category]
    group = rng.choice(system["affected_parties"]).lower()
    likelihood, impact, residual_likelihood, residual_impact = _scores(rng)
    treatment = rng.choices(["mitigate", "accept", "transfer", "avoid"], [70, 15, 8, 7])[0]
    if treatment == "accept":
        residual_likelihood, residual_impact = likelihood, impact
    risk = {"id": f"RSK-{number:06d}", "title": title.format(system=system["name"], group=group),
            "description": _sentence(text.format(system=system["name"], group=group)), "category": category,
            "direction": rng.choice(["from-ai", "from-ai", "to-ai"]), "systems": [system["id"]],
            "owner": system["owner"] if rng.random() < 0.7 else ctx.person(rng, "risk-manager"),
            "identified": ctx.date_between(rng, system["introduced"], ctx.as_of - DAY),
            "likelihood": likelihood, "impact": impact, "treatment": treatment,
            "controls": sorted(rng.sample(ctx.applicable_controls, rng.randint(1, 4)))}
    if action_count:
        risk["actions"] = _actions(ctx, rng, risk, action_count, system["name"])
    risk.update({"residual_likelihood": residual_likelihood, "residual_impact": residual_impact})
    risk["status"] = _status(ctx, rng, risk, system)
    _risk_dates(ctx, rng, risk)
    return risk


def _risk_dates(ctx, rng, risk):
    identified = risk["identified"]
    done = [a["completed"] for a in risk.get("actions", []) if "completed" in a]
    if risk["status"] == "closed":
        for action in risk.get("actions", []):
            action.setdefault("completed", min(ctx.as_of, max(identified, action["due"])))
        done = [a["completed"] for a in risk.get("actions", [])]
        closed = ctx.date_between(rng, max([identified] + done), ctx.as_of)
        risk["last_review"] = closed
        risk["closed"] = closed
        risk["history"] = _history(ctx, rng, risk, closed)
        return
    if risk["status"] == "accepted":
        risk["accepted_by"] = ctx.person(rng, rng.choice(["risk-manager", "top-management"]))
        risk["accepted"] = ctx.date_between(rng, identified, ctx.as_of)
    last_review = max(identified, ctx.recent(rng, 6, late=rng.random() < ctx.overdue_rate))
    risk["last_review"] = last_review
    risk["next_review"] = add_months(last_review, 6)
    risk["history"] = _history(ctx, rng, risk, ctx.as_of)


def make_risks(ctx):
    """The risk register; fills ctx.risks and ctx.risks_by_system."""
    rng = ctx.rng("risks")
    weights = [{"high": 4, "limited": 2, "minimal": 1}[s["eu_ai_act_tier"]] for s in ctx.systems]
    owners = rng.choices(ctx.systems, weights, k=ctx.counts.risks)
    actions_per_risk = [0] * ctx.counts.risks
    for index in rng.choices(range(ctx.counts.risks), k=ctx.counts.actions):
        actions_per_risk[index] += 1
    for number, system in enumerate(owners, 1):
        risk = _risk(ctx, rng, number, system, actions_per_risk[number - 1])
        if rng.random() < 0.1:
            sibling = rng.choice(ctx.systems)
            if sibling["id"] != system["id"] and sibling["introduced"] <= risk["identified"]:
                risk["systems"].append(sibling["id"])
        ctx.risks.append(risk)
        for system_id in risk["systems"]:
            ctx.risks_by_system.setdefault(system_id, []).append(risk)
    return ctx.risks


def _assessment(ctx, rng, number, system, date, status):
    assessment = {"id": f"IA-{number:05d}", "title": f"Impact assessment of the {system['name']}",
                  "system": system["id"], "date": date, "assessor": ctx.person(rng, "dpo"), "status": status,
                  "scope": f"Use of the {system['name']} in {system['business_unit']}.",
                  "dimensions": {d: {"rating": rng.choice(RATINGS), "notes": "Rated in the stakeholder workshop."}
                                 for d in DIMENSIONS},
                  "overall_rating": rng.choice(RATINGS[1:]),
                  "mitigations": ["Human review of adverse outcomes", "Quarterly fairness testing"]}
    risks = [r["id"] for r in ctx.risks_by_system.get(system["id"], []) if r["identified"] <= date]
    if risks:
        assessment["related_risks"] = rng.sample(risks, min(5, len(risks)))
    if status != "draft":
        approved = min(ctx.as_of, date + rng.randint(5, 30) * DAY)
        assessment.update({"approved_by": "ai-committee", "approved": approved,
                           "next_review": add_months(approved, 12)})
    if rng.random() < 0.3:
        assessment["evidence"] = [{"url": f"https://intranet.example.org/aims/ia/{assessment['id']}",
                                   "description": "Workshop notes and DPIA cross-reference", "date": date}]
    return assessment


def make_impact_assessments(ctx):
    """An approved assessment per high-tier system past design, earlier ones superseded; some drafts."""
    rng = ctx.rng("impact-assessments")
    result = []
    for system in ctx.systems:
        designed = [when for when, stage in system["_steps"] if stage not in ("concept",)]
        wanted = system["eu_ai_act_tier"] == "high" or rng.random() < 0.05
        if not wanted or not designed or not system["in_scope"]:
            continue
        first = designed[0]
        current = max(first, ctx.recent(rng, 11, late=rng.random() < ctx.overdue_rate))
        if current - first > 400 * DAY:
            result.append(_assessment(ctx, rng, len(result) + 1, system, first, "superseded"))
        status = "draft" if rng.random() < 0.04 else "approved"
        result.append(_assessment(ctx, rng, len(result) + 1, system, current, status))
    ctx.impact_assessments = result
    return result
