#include <algorithm>

#include "generator/model/field_reader.hpp"
#include "generator/model/read_content.hpp"

namespace aimsgen {

Incident read_incident(const std::string& path, const YamlNode& node) {
    const FieldReader f(node);
    Incident incident;
    incident.id = f.text("id");
    incident.title = f.text("title");
    incident.description = f.text("description");
    incident.systems = f.list("systems");
    incident.detected = f.day("detected");
    incident.severity = f.text("severity");
    incident.category = f.text("category");
    incident.status = f.text("status");
    incident.resolved = f.date("resolved");
    incident.closed = f.date("closed");
    incident.reported_externally = f.flag("reported_externally", false);
    incident.reported_to = f.text("reported_to");
    incident.reported = f.date("reported");
    incident.nonconformity = f.text("nonconformity");
    incident.related_risks = f.list("related_risks");
    incident.owner = f.text("owner");
    incident.history = read_status_history(path, node);
    incident.origin = Origin{path, node.pos, &node};
    return incident;
}

Nonconformity read_nonconformity(const std::string& path, const YamlNode& node) {
    const FieldReader f(node);
    Nonconformity nc;
    nc.id = f.text("id");
    nc.title = f.text("title");
    nc.description = f.text("description");
    nc.source = f.text("source");
    nc.source_ref = f.text("source_ref");
    nc.raised = f.day("raised");
    nc.clauses = f.list("clauses");
    nc.controls = f.list("controls");
    nc.systems = f.list("systems");
    nc.root_cause = f.text("root_cause");
    nc.correction = f.text("correction");
    nc.corrective_action = f.text("corrective_action");
    nc.owner = f.text("owner");
    nc.due = f.date("due");
    nc.status = f.text("status");
    nc.closed = f.date("closed");
    nc.effectiveness_verified = f.flag("effectiveness_verified", false);
    nc.verified = f.date("verified");
    nc.verified_by = f.text("verified_by");
    nc.history = read_status_history(path, node);
    nc.origin = Origin{path, node.pos, &node};
    return nc;
}

Audit read_audit(const std::string& path, const YamlNode& node) {
    const FieldReader f(node);
    Audit audit;
    audit.id = f.text("id");
    audit.title = f.text("title");
    audit.type = f.text("type");
    audit.cycle = f.text("cycle");
    audit.planned = f.day("planned");
    audit.performed = f.date("performed");
    audit.status = f.text("status");
    audit.auditor = f.text("auditor");
    audit.external_auditor = f.text("external_auditor");
    audit.lead_auditor = f.text("lead_auditor");
    audit.scope_clauses = f.list("scope_clauses");
    audit.scope_controls = f.list("scope_controls");
    if (const YamlNode* report = f.node("report"); report != nullptr && report->is_mapping()) {
        audit.report = read_evidence(path, *report);
    }
    for (const YamlNode* finding : f.mappings("findings")) {
        const FieldReader g(*finding);
        audit.findings.push_back({g.text("id"), g.text("type"), g.text("title"), g.text("description"),
                                  g.list("clauses"), g.list("controls"), g.list("systems"), g.text("nonconformity"),
                                  audit.id, Origin{path, finding->pos, finding}});
    }
    audit.origin = Origin{path, node.pos, &node};
    return audit;
}

ManagementReview read_review(const std::string& path, const YamlNode& node) {
    const FieldReader f(node);
    ManagementReview review;
    review.id = f.text("id");
    review.title = f.text("title");
    review.date = f.day("date");
    review.status = f.text("status");
    review.chair = f.text("chair");
    review.attendees = f.list("attendees");
    review.inputs = f.list("inputs");
    if (const YamlNode* minutes = f.node("minutes"); minutes != nullptr && minutes->is_mapping()) {
        review.minutes = read_evidence(path, *minutes);
    }
    review.summary = f.text("summary");
    for (const YamlNode* decision : f.mappings("decisions")) {
        const FieldReader d(*decision);
        review.decisions.push_back({d.text("id"), d.text("description"), d.text("type"), d.text("owner"), d.date("due"),
                                    d.text("status"), d.date("completed"), review.id,
                                    Origin{path, decision->pos, decision}});
    }
    review.origin = Origin{path, node.pos, &node};
    return review;
}

Objective read_objective(const std::string& path, const YamlNode& node) {
    const FieldReader f(node);
    Objective objective;
    objective.id = f.text("id");
    objective.title = f.text("title");
    objective.description = f.text("description");
    objective.measure = f.text("measure");
    objective.target = f.text("target");
    objective.kpi = f.text("kpi");
    objective.owner = f.text("owner");
    objective.set = f.day("set");
    objective.due = f.day("due");
    objective.status = f.text("status");
    objective.clauses = f.list("clauses");
    for (const YamlNode* entry : f.mappings("history")) {
        const FieldReader h(*entry);
        objective.history.push_back({h.day("date"), h.text("status"), h.text("value"), h.text("note")});
    }
    std::stable_sort(objective.history.begin(), objective.history.end(),
                     [](const ObjectiveUpdate& a, const ObjectiveUpdate& b) { return a.date < b.date; });
    objective.origin = Origin{path, node.pos, &node};
    return objective;
}

Course read_course(const std::string& path, const YamlNode& node) {
    const FieldReader f(node);
    Course course;
    course.id = f.text("id");
    course.title = f.text("title");
    course.description = f.text("description");
    course.required_for = f.list("required_for");
    course.validity_months = f.integer("validity_months");
    course.delivery = f.text("delivery");
    for (const YamlNode* completion : f.mappings("completions")) {
        const FieldReader c(*completion);
        course.completions.push_back({c.text("person"), c.day("completed"), c.date("valid_until"), c.number("score")});
    }
    course.origin = Origin{path, node.pos, &node};
    return course;
}

Document read_document(const DocumentFile& file) {
    Document document;
    const YamlNode& node = *file.front_matter;
    const FieldReader f(node);
    document.id = f.text("id");
    document.title = f.text("title");
    document.type = f.text("type");
    document.owner = f.text("owner");
    document.version = f.text("version");
    document.status = f.text("status");
    document.approved_by = f.text("approved_by");
    document.approved = f.date("approved");
    document.next_review = f.date("next_review");
    document.clauses = f.list("clauses");
    document.controls = f.list("controls");
    document.fulfils = f.list("fulfils");
    document.summary = f.text("summary");
    document.supersedes = f.text("supersedes");
    document.body = file.body;
    document.body_line = file.body_line;
    document.origin = Origin{file.path, node.pos, &node};
    return document;
}

}  // namespace aimsgen
