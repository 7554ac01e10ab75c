"""documents/**/*.md: policies, procedures, plans and standards with front matter and a Markdown body."""

import os

from aimsbench import words
from aimsbench.context import add_months
from aimsbench.yaml_out import Quoted, dump_front_matter

FOLDERS = {"policy": ("policies", "POL"), "procedure": ("procedures", "PRO"), "plan": ("plans", "PLN"),
           "standard": ("standards", "STD"), "guideline": ("guidelines", "GDL"), "record": ("records", "REC"),
           "form": ("forms", "FRM")}

# fulfils id -> (type, title, clauses, controls)
CORE = {
    "aims-scope": ("plan", "AIMS Scope Statement", ["4.3", "4.4"], []),
    "context-analysis": ("plan", "Context of the Organization", ["4.1"], []),
    "interested-parties": ("plan", "Interested Parties and Requirements", ["4.2"], []),
    "ai-policy": ("policy", "AI Policy", ["5.1", "5.2"], ["A.2.2", "A.2.3", "A.2.4"]),
    "roles-responsibilities": ("standard", "AI Roles, Responsibilities and Authorities", ["5.3"], ["A.3.2"]),
    "ai-objectives": ("plan", "AI Objectives Plan", ["6.2"], ["A.6.1.2", "A.9.3"]),
    "risk-assessment-method": ("procedure", "AI Risk Assessment Method", ["6.1.2", "8.2"], []),
    "risk-treatment-process": ("procedure", "AI Risk Treatment", ["6.1.3", "8.3"], []),
    "impact-assessment-process": ("procedure", "AI System Impact Assessment", ["6.1.4", "8.4"],
                                  ["A.5.2", "A.5.3", "A.5.4", "A.5.5"]),
    "competence-awareness": ("procedure", "Competence, Awareness and Training", ["7.2", "7.3"], ["A.4.6"]),
    "communication": ("plan", "AI Communication Plan", ["7.4"], ["A.8.2", "A.8.5"]),
    "document-control": ("procedure", "Control of Documented Information", ["7.5", "7.5.2", "7.5.3"], []),
    "operational-planning": ("procedure", "Operational Planning and Control", ["8.1"], ["A.6.2.5"]),
    "ai-lifecycle": ("procedure", "AI System Life-Cycle Management", ["8.1"],
                     ["A.6.1.3", "A.6.2.2", "A.6.2.3", "A.6.2.4", "A.6.2.5", "A.6.2.7"]),
    "data-management": ("procedure", "Data Management for AI", ["8.1"],
                        ["A.7.2", "A.7.3", "A.7.4", "A.7.5", "A.7.6"]),
    "incident-management": ("procedure", "AI Incident Management", ["8.1", "10.2"], ["A.8.3", "A.8.4"]),
    "third-party-management": ("procedure", "Third-Party and Supplier Management", ["8.1"], ["A.10.2", "A.10.3"]),
    "responsible-use": ("policy", "Responsible AI Use Policy", ["8.1"], ["A.9.2", "A.9.3", "A.9.4"]),
    "monitoring-measurement": ("procedure", "Monitoring and Measurement", ["9.1"], ["A.6.2.6", "A.6.2.8"]),
    "internal-audit-programme": ("procedure", "Internal Audit", ["9.2", "9.2.1", "9.2.2"], []),
    "management-review-process": ("procedure", "Management Review", ["9.3", "9.3.1", "9.3.2", "9.3.3"], []),
    "nonconformity-corrective-action": ("procedure", "Nonconformity and Corrective Action", ["10.1", "10.2"], []),
}

TOPICS = ["Model Validation", "Fairness Testing", "Prompt Engineering", "Feature Store", "Human Oversight",
          "Model Monitoring", "Explainability", "Vendor Model Change", "Data Retention", "Red Teaming",
          "Model Documentation", "Release Approval", "Training Data Sourcing", "Access Control for Models",
          "Decision Logging", "Customer Notices", "Incident Triage", "Bias Remediation", "Model Retirement",
          "Generative AI Use"]

CLAUSES = ["4.1", "4.2", "4.3", "5.2", "5.3", "6.1.2", "6.1.3", "6.1.4", "6.2", "7.2", "7.4", "7.5.3", "8.1",
           "8.2", "8.3", "8.4", "9.1", "9.2", "9.3", "10.2"]


def _slug(title):
    return "-".join("".join(c for c in word.lower() if c.isalnum()) for word in title.split())


def _approval(ctx, rng, status):
    """approved / next_review dates; about ctx.overdue_rate of approved documents are late for review."""
    if status == "draft":
        return {}
    if status == "retired":
        approved = ctx.date_between(rng, ctx.start, add_months(ctx.as_of, -18))
        return {"approved_by": ctx.person(rng, "ai-governance-lead"), "approved": approved}
    approved = ctx.recent(rng, 12, late=rng.random() < ctx.overdue_rate)
    return {"approved_by": ctx.person(rng, rng.choice(["ai-governance-lead", "top-management", "ai-committee"])),
            "approved": approved, "next_review": add_months(approved, 12)}


def _document(ctx, rng, doc_type, number, title, clauses, controls, fulfils, status):
    folder, prefix = FOLDERS[doc_type]
    doc_id = f"{prefix}-{number:03d}"
    front = {"id": doc_id, "title": title, "type": doc_type,
             "owner": ctx.person(rng, rng.choice(["ai-governance-lead", "compliance-officer", "risk-manager",
                                                  "ml-lead", "system-owner"])),
             "version": Quoted(f"{rng.randint(1, 4)}.{rng.randint(0, 9)}"), "status": status}
    front.update(_approval(ctx, rng, status))
    front["clauses"] = [Quoted(c) for c in clauses]
    if controls:
        front["controls"] = controls
    if fulfils:
        front["fulfils"] = [fulfils]
    front["summary"] = f"{title}: what is done, by whom and with which records, for the {doc_type}'s scope."
    path = f"documents/{folder}/{doc_id}-{_slug(title)}.md"
    return {"front": front, "path": path}


def _table(rows):
    lines = ["| Role | Responsibility |", "| --- | --- |"]
    return lines + [f"| {role} | {text} |" for role, text in rows]


def _body(rng, document, others):
    title = document["front"]["title"]
    here = os.path.dirname(document["path"])
    links = [f"[{other['front']['title']}]({os.path.relpath(other['path'], here)})"
             for other in rng.sample(others, min(3, len(others)))]
    lines = [f"# {title}", "", "## 1. Purpose", "",
             f"This {document['front']['type']} sets out how the organization handles "
             f"{title.lower()} for its AI systems. " + " ".join(rng.sample(words.SENTENCES, 3)), "",
             "## 2. Scope", "", "It applies to every AI system in the inventory that is in scope of the AIMS. "
             + " ".join(rng.sample(words.SENTENCES, 2)), "", "## 3. Responsibilities", ""]
    lines += _table([("AI System Owner", "Applies this document to their systems."),
                     ("AI Governance Lead", "Maintains the document and reports on it."),
                     ("Internal Auditor", "Checks that it is followed.")])
    lines += ["", "## 4. Steps", ""]
    lines += [f"{step}. {sentence}" for step, sentence in enumerate(rng.sample(words.SENTENCES, 6), 1)]
    lines += ["", "- [x] Checklist reviewed by the owner", "- [ ] Results reported to the AI Committee", "",
              "## 5. Related documents", ""] + [f"- {link}" for link in links]
    lines += ["", "> Questions go to the AI Governance Lead. ~~Old e-mail address retired.~~", ""]
    return "\n".join(lines)


def make_documents(ctx):
    """All documents; fills ctx.documents and ctx.core_documents."""
    rng = ctx.rng("documents")
    numbers = {kind: 0 for kind in FOLDERS}
    control_ids = list(ctx.catalogue_controls)

    def next_number(kind):
        numbers[kind] += 1
        return numbers[kind]

    for fulfils, (kind, title, clauses, controls) in CORE.items():
        document = _document(ctx, rng, kind, next_number(kind), title, clauses, controls, fulfils, "approved")
        document["front"]["next_review"] = add_months(ctx.as_of, rng.randint(2, 11))
        document["front"]["approved"] = add_months(document["front"]["next_review"], -12)
        ctx.core_documents[fulfils] = document["front"]["id"]
        ctx.documents.append(document)
    kinds = ["procedure"] * 4 + ["standard"] * 3 + ["guideline"] * 3 + ["record"] * 2 + ["form", "plan", "policy"]
    while len(ctx.documents) < ctx.counts.documents:
        kind = rng.choice(kinds)
        unit = rng.choice(ctx.units)
        title = f"{rng.choice(TOPICS)} {kind.title()} for {unit}"
        status = rng.choices(["approved", "draft", "retired"], [88, 8, 4])[0]
        document = _document(ctx, rng, kind, next_number(kind), title, sorted(rng.sample(CLAUSES, 2)),
                             sorted(rng.sample(control_ids, rng.randint(1, 4))), None, status)
        document["unit"] = unit
        ctx.documents.append(document)
    retired = [d["front"]["id"] for d in ctx.documents if d["front"]["status"] == "retired"]
    for document in ctx.documents:
        if document["front"]["status"] == "approved" and retired and rng.random() < 0.1:
            document["front"]["supersedes"] = retired.pop()
    for document in ctx.documents:
        document["text"] = "---\n" + dump_front_matter(document["front"]) + "---\n\n" + _body(rng, document,
                                                                                               ctx.documents)
    for document in ctx.documents:
        if "unit" in document:
            ctx.docs_by_unit.setdefault(document["unit"], []).append(document["front"]["id"])
    for document in ctx.documents:
        for control in document["front"].get("controls", []):
            ctx.docs_by_control.setdefault(control, []).append(document["front"]["id"])
