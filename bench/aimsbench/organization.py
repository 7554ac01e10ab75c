"""aims.yaml: the organization, its people and roles, and its settings."""

from aimsbench import words
from aimsbench.context import add_months
from aimsbench.yaml_out import Flow, Quoted

ROLES = [
    ("top-management", "Top Management", "Approve the AI policy and scope; chair the management review."),
    ("ai-governance-lead", "AI Governance Lead", "Run the AI management system and keep the SoA current."),
    ("risk-manager", "Risk Manager", "Own the AI risk method and register; accept residual risks above threshold."),
    ("dpo", "Data Protection Officer", "Advise on DPIAs and impact assessments."),
    ("ml-lead", "ML Lead", "Set model development and validation standards; keep the inventory current."),
    ("ml-engineer", "ML Engineer", "Build, validate, deploy and monitor models under the lifecycle procedure."),
    ("internal-auditor", "Internal Auditor", "Plan and carry out internal audits of the AIMS."),
    ("ciso", "Chief Information Security Officer", "Protect AI systems and their data against attacks."),
    ("system-owner", "AI System Owner", "Own an AI system's intended use, risks and outcomes."),
    ("procurement-lead", "Procurement Lead", "Run AI due diligence and keep supplier assessments current."),
    ("compliance-officer", "Compliance Officer", "Track AI obligations and maintain document control."),
    ("legal-counsel", "Legal Counsel", "Interpret AI law and review AI supplier contracts."),
    ("ai-committee", "AI Committee", "Approve high-risk deployments, impact assessments and the SoA."),
    ("ai-operator", "AI System Operator", "Use AI outputs as intended and escalate outputs that look wrong."),
]

# How many people hold each specialist role, per 1x of scale (the rest are operators).
_ROLE_HEADCOUNT = [
    ("top-management", 1, 0), ("ai-governance-lead", 1, 0), ("risk-manager", 1, 0), ("dpo", 1, 0),
    ("ml-lead", 1, 0), ("ciso", 1, 0), ("procurement-lead", 2, 1), ("compliance-officer", 2, 1),
    ("legal-counsel", 2, 1), ("internal-auditor", 3, 2), ("system-owner", 0, 0.06), ("ml-engineer", 0, 0.12),
]


def make_people(ctx):
    """People with roles and units; fills ctx.people and ctx.people_by_role."""
    rng = ctx.rng("people")
    ctx.units = words.UNITS[: max(6, min(len(words.UNITS), 6 + ctx.counts.systems // 200))]
    wanted = []
    for role, fixed, per_person in _ROLE_HEADCOUNT:
        wanted += [role] * int(fixed + per_person * ctx.counts.people)
    wanted += ["ai-operator"] * max(0, ctx.counts.people - len(wanted))
    used_ids = set()
    for index, role in enumerate(wanted):
        first, last = rng.choice(words.FIRST_NAMES), rng.choice(words.LAST_NAMES)
        base = (first[0] + last.replace(" ", "")).lower()
        person_id, suffix = base, 2
        while person_id in used_ids:
            person_id, suffix = f"{base}{suffix}", suffix + 1
        used_ids.add(person_id)
        roles = [role]
        if role in ("top-management", "ai-governance-lead", "risk-manager", "dpo", "ml-lead", "ciso") or (
                role in ("system-owner", "legal-counsel", "compliance-officer") and rng.random() < 0.15):
            roles.append("ai-committee")
        unit = ctx.units[index % len(ctx.units)] if role in ("system-owner", "ai-operator", "ml-engineer") \
            else rng.choice(["Risk and Compliance", "Executive Office", "Internal Audit", "Legal and Privacy"])
        person = {"id": person_id, "name": f"{first} {last}",
                  "email": f"{first.lower()}.{last.lower().replace(' ', '')}.{index}@example.org",
                  "roles": roles, "unit": unit}
        ctx.people.append(person)
        for held in roles:
            ctx.people_by_role.setdefault(held, []).append(person_id)
    for person in ctx.people:
        if "system-owner" in person["roles"]:
            ctx.owners_by_unit.setdefault(person["unit"], []).append(person["id"])


def _issues(ctx, rng, prefix, kinds):
    issues = []
    for number, text in enumerate(kinds, 1):
        raised = ctx.date_between(rng, ctx.start, add_months(ctx.start, 6))
        issue = {"id": f"ISS-{prefix}-{number:02d}", "description": text,
                 "impact": "Shapes the controls, objectives and resources of the AI management system.",
                 "raised": raised}
        if rng.random() < 0.6:
            issue["changed"] = ctx.date_between(rng, raised, ctx.as_of)
        issue["status"] = rng.choice(["open", "monitoring", "open"])
        issues.append(issue)
    return issues


def _interested_parties(ctx, rng):
    docs = ctx.core_documents
    parties = [
        ("IP-REGULATOR", "Financial services regulator", "regulator", ["ai-policy", "risk-assessment-method"]),
        ("IP-DPA", "Data protection authorities", "regulator", ["data-management", "impact-assessment-process"]),
        ("IP-AI-ACT", "EU AI Act market surveillance authorities", "regulator", ["ai-lifecycle", "incident-management"]),
        ("IP-CUSTOMERS", "Customers and applicants", "customer", ["responsible-use", "communication"]),
        ("IP-EMPLOYEES", "Employees and works councils", "employee", ["competence-awareness", "responsible-use"]),
        ("IP-SUPPLIERS", "AI and software suppliers", "supplier", ["third-party-management"]),
        ("IP-BOARD", "Shareholders and the Board", "shareholder", ["ai-objectives", "management-review-process"]),
        ("IP-CERT", "Certification body", "other", ["aims-scope", "internal-audit-programme"]),
    ]
    result = []
    for party_id, name, kind, fulfils in parties:
        result.append({
            "id": party_id, "name": name, "type": kind,
            "raised": ctx.date_between(rng, ctx.start, add_months(ctx.start, 3)),
            "requirements": [{"description": f"{name} expect AI systems to be governed, fair and explained.",
                              "source": "Stakeholder analysis", "addressed_by": [docs[f] for f in fulfils]}],
        })
    return result


def make_aims(ctx):
    """The aims.yaml mapping."""
    rng = ctx.rng("aims")
    soa_approved = ctx.recent(rng, 3)
    return {
        "format_version": 1,
        "organization": {"name": "Northwind Financial Group", "legal_name": "Northwind Financial Group plc",
                         "description": f"A synthetic financial services group with {ctx.counts.systems} AI "
                                        f"systems across {len(ctx.units)} business units, generated for the "
                                        f"aimsgen benchmark (seed {ctx.seed}).",
                         "industry": "Financial services", "address": "1 Example Square, London, United Kingdom"},
        "scope": {"statement": "The AI management system covers the development, acquisition, operation and "
                               "retirement of every AI system listed as in scope in the AI system inventory, at "
                               "all entities of the group.",
                  "boundaries": "All legal entities of the group and their AI suppliers through supplier controls.",
                  "exclusions": [{"item": "Rule-based decision tables with no learned component",
                                  "justification": "They are not AI systems under the group's AI policy."}],
                  "sites": ["London, United Kingdom", "Dublin, Ireland", "Amsterdam, Netherlands"]},
        "context": {"internal_issues": _issues(ctx, rng, "INT", [
                        "Uneven control maturity between business units.",
                        "A small central data science team supports every business line.",
                        "Legacy platforms limit logging detail for older models."]),
                    "external_issues": _issues(ctx, rng, "EXT", [
                        "EU AI Act obligations for high-risk systems apply from August 2026.",
                        "Consumer protection rules require evidence of fair outcomes.",
                        "Dependence on a few vendors for large language models."])},
        "interested_parties": _interested_parties(ctx, rng),
        "people": ctx.people,
        "roles": [{"id": role, "title": title, "responsibilities": [text]} for role, title, text in ROLES],
        "risk_criteria": {
            "likelihood": [Flow(value=v, label=label) for v, label in
                           enumerate(["Rare", "Unlikely", "Possible", "Likely", "Almost certain"], 1)],
            "impact": [Flow(value=v, label=label) for v, label in
                       enumerate(["Negligible", "Minor", "Moderate", "Major", "Severe"], 1)],
            "bands": [Flow(name="low", min=1, max=4), Flow(name="medium", min=5, max=9),
                      Flow(name="high", min=10, max=16), Flow(name="critical", min=17, max=25)],
            "acceptance_threshold": 9},
        "kpi_targets": [Flow(kpi=k, target=t, warning=w) for k, t, w in [
            ("impact-assessment-coverage", 100, 80), ("soa-implementation", 90, 70),
            ("risks-above-appetite", 0, 20), ("treatment-completion", 90, 75),
            ("training-completion", 95, 85), ("supplier-assessments-current", 100, 80)]],
        "reporting": {"period": "quarter", "periods": 12},
        "review_slas": {"decision_days": 10, "incident_resolution_days": 30, "corrective_action_days": 60,
                        "document_review_months": 12, "risk_review_months": 6, "system_review_months": 12},
        "soa": {"version": Quoted(f"{ctx.years}.{rng.randint(0, 4)}"), "approved_by": ctx.person(rng, "ai-governance-lead"),
                "approved": soa_approved, "next_review": add_months(soa_approved, 12)},
    }
