"""Internal audits with findings, management reviews, AI objectives and training."""

import datetime

from aimsbench.context import DAY, add_months
from aimsbench.incidents import add_nonconformity
from aimsbench.yaml_out import Flow, Quoted

AUDIT_CLAUSES = ["4.1", "4.2", "4.3", "5.2", "5.3", "6.1.2", "6.1.3", "6.1.4", "6.2", "7.2", "7.5", "7.5.3", "8.1",
                 "8.2", "8.3", "8.4", "9.1", "9.2", "9.3", "10.2"]
INPUTS = ["previous-actions", "context-changes", "interested-party-changes", "performance", "nonconformities-trend",
          "monitoring-results", "audit-results", "objectives", "risk-assessment", "impact-assessment", "incidents",
          "improvement-opportunities"]
FINDING_TYPES = (["major", "minor", "observation", "opportunity"], [5, 25, 40, 30])


def _findings(ctx, rng, audit, counters):
    findings = []
    year = audit["performed"].year
    for _ in range(rng.randint(2, 6)):
        counters[year] = counters.get(year, 0) + 1
        kind = rng.choices(*FINDING_TYPES)[0]
        finding = {"id": f"F-{year}-{counters[year]:03d}", "type": kind,
                   "title": f"{kind.capitalize()} finding on {rng.choice(audit['scope_controls'])}",
                   "description": "Sampled records did not fully show the required steps.",
                   "clauses": rng.sample(audit["scope_clauses"], 1),
                   "controls": rng.sample(audit["scope_controls"], 1)}
        systems = sorted({s["id"] for s in rng.sample(ctx.systems, rng.randint(0, 2))})
        if systems:
            finding["systems"] = systems
        if kind in ("major", "minor"):
            raised = min(ctx.as_of, audit["performed"] + rng.randint(3, 15) * DAY)
            finding["nonconformity"] = add_nonconformity(ctx, rng, "internal-audit", finding["id"], raised,
                                                         systems, finding["title"])
        findings.append(finding)
    return findings


def _audit(ctx, rng, audit_id, planned, kind, counters):
    audit = {"id": audit_id, "title": f"{kind.capitalize()} audit of the AI management system", "type": kind,
             "cycle": Quoted(str(planned.year)), "planned": planned}
    performed = planned + rng.randint(0, 3) * DAY
    done = performed <= ctx.as_of and rng.random() >= ctx.overdue_rate
    if done:
        audit["performed"] = performed
    audit["status"] = "completed" if done else "planned"
    audit["auditor"] = ctx.person(rng, "internal-auditor")
    if kind != "internal":
        audit["external_auditor"] = "Example Assurance LLP"
    audit["scope_clauses"] = [Quoted(c) for c in sorted(rng.sample(AUDIT_CLAUSES, rng.randint(3, 7)))]
    audit["scope_controls"] = sorted(rng.sample(ctx.applicable_controls, rng.randint(3, 8)))
    if done:
        path = ctx.add_evidence(f"evidence/audits/{audit_id}-report.md",
                                f"# Report of {audit_id}\n\nPerformed {performed}.\n")
        audit["report"] = {"path": path, "description": f"Report of audit {audit_id}",
                           "date": min(ctx.as_of, performed + 10 * DAY)}
        audit["findings"] = _findings(ctx, rng, audit, counters)
    return audit


def make_audits(ctx):
    """The audit programme: internal audits each year, an external audit in later years."""
    rng = ctx.rng("audits")
    audits, counters = [], {}
    for year in range(ctx.start.year, ctx.as_of.year + 2):
        first = max(ctx.start, datetime.date(year, 1, 1))
        last = datetime.date(year, 12, 31)
        if first > last:
            continue
        kinds = ["internal"] * ctx.counts.audits_per_year + (["external"] if year > ctx.start.year else [])
        for number, kind in enumerate(kinds, 1):
            planned = ctx.date_between(rng, first, last)
            if planned > add_months(ctx.as_of, 12):
                continue
            audits.append(_audit(ctx, rng, f"AUD-{year}-{number:02d}", planned, kind, counters))
    return audits


def _decision(ctx, rng, review, number):
    due = add_months(review["date"], rng.randint(2, 6))
    decision = {"id": f"{review['id']}-D{number}",
                "description": "Improve the AIMS where the review found a gap; report progress to the next review.",
                "type": rng.choice(["improvement", "change", "resource", "other"]),
                "owner": ctx.person(rng, rng.choice(["ai-governance-lead", "ml-lead", "risk-manager"])), "due": due}
    if due < ctx.as_of and rng.random() >= ctx.overdue_rate:
        decision.update({"status": "done", "completed": min(ctx.as_of, due - rng.randint(0, 30) * DAY)})
    else:
        decision["status"] = rng.choice(["open", "in-progress"])
    return decision


def make_reviews(ctx):
    """A management review every six months, the next one planned."""
    rng = ctx.rng("management-reviews")
    reviews, when, number = [], add_months(ctx.start, 5), 0
    while True:
        number += 1
        held = when <= ctx.as_of
        review = {"id": f"MR-{when.year}-{number:02d}", "title": f"Management review {number}", "date": when,
                  "status": "held" if held else "planned", "chair": ctx.person(rng, "top-management"),
                  "attendees": sorted(set(rng.sample(ctx.people_by_role["ai-committee"],
                                                     min(10, len(ctx.people_by_role["ai-committee"])))))}
        if held:
            path = ctx.add_evidence(f"evidence/reviews/{review['id']}-minutes.md",
                                    f"# Minutes of {review['id']}\n\nHeld {when}.\n")
            review.update({"inputs": INPUTS, "minutes": {"path": path, "description": "Minutes of the review",
                                                         "date": min(ctx.as_of, when + 5 * DAY)},
                           "summary": "The AIMS works; the decisions below close the gaps the review found.",
                           "decisions": [_decision(ctx, rng, review, n) for n in range(1, rng.randint(3, 7))]})
            if rng.random() < 0.5:
                add_nonconformity(ctx, rng, "management-review", review["id"], when, [],
                                  f"Gap found by management review {review['id']}")
        reviews.append(review)
        if not held:
            return reviews
        when = add_months(when, 6)


KPIS = ["impact-assessment-coverage", "treatment-completion", "training-completion", "soa-implementation",
        "supplier-assessments-current", "incident-resolution-days"]


def make_objectives(ctx):
    """AI objectives with quarterly measured values."""
    rng = ctx.rng("objectives")
    objectives = []
    for number in range(1, max(6, ctx.counts.systems // 40) + 1):
        set_on = ctx.date_between(rng, ctx.start, ctx.as_of - 60 * DAY)
        due = add_months(set_on, rng.randint(6, 18))
        if due < ctx.as_of:
            status = "off-track" if rng.random() < ctx.overdue_rate else rng.choice(["achieved"] * 8 + ["cancelled"])
        else:
            status = rng.choice(["on-track", "on-track", "at-risk", "off-track"])
        objective = {"id": f"OBJ-{number:03d}", "title": f"Objective {number}: raise {rng.choice(KPIS)}",
                     "measure": "The KPI's value at the end of each quarter.", "target": rng.choice([90, 95, 100]),
                     "kpi": rng.choice(KPIS), "owner": ctx.person(rng, rng.choice(["ai-governance-lead",
                                                                                  "system-owner"])),
                     "set": set_on, "due": due, "status": status, "clauses": [Quoted("6.2")]}
        history, when = [], set_on
        while when <= min(due, ctx.as_of):
            history.append({"date": when, "value": rng.randint(50, 100)})
            when = add_months(when, 3)
        history[0]["status"] = "on-track"
        if status != "on-track" and len(history) > 1:
            history[-1]["status"] = status
        objective["history"] = history
        objectives.append(objective)
    return objectives


COURSES = [("AI governance essentials", ["top-management", "ai-governance-lead", "risk-manager", "dpo", "ml-lead",
                                         "ciso", "system-owner", "ai-committee"], 12),
           ("Responsible ML development", ["ml-lead", "ml-engineer"], 24),
           ("Human oversight for operators", ["ai-operator"], 12),
           ("AI risk and impact assessment", ["risk-manager", "dpo", "system-owner"], 24),
           ("Auditing AI management systems", ["internal-auditor"], None),
           ("AI supplier due diligence", ["procurement-lead", "legal-counsel"], 24),
           ("Secure AI engineering", ["ml-engineer", "ciso"], 12),
           ("AI incident handling", ["system-owner", "ciso", "compliance-officer"], 12)]


def make_training(ctx):
    """Courses required per role, with a completion per person per validity period."""
    rng = ctx.rng("training")
    courses = []
    for number, (title, roles, validity) in enumerate(COURSES, 1):
        course = {"id": f"TRN-{number:03d}", "title": title, "required_for": roles}
        if validity:
            course["validity_months"] = validity
        course["delivery"] = rng.choice(["E-learning", "Workshop", "E-learning with a workshop"])
        people = sorted({p for role in roles for p in ctx.people_by_role.get(role, [])})
        completions = []
        for person in people:
            when = ctx.date_between(rng, ctx.start, add_months(ctx.start, 9))
            while when <= ctx.as_of:
                completions.append(Flow(person=person, completed=when, score=rng.randint(70, 100)))
                if not validity or rng.random() < 0.03:
                    break
                when = add_months(when, validity) - rng.randint(0, 40) * DAY
        course["completions"] = sorted(completions, key=lambda c: (c["completed"], c["person"]))
        courses.append(course)
    return courses
