#include <algorithm>
#include <array>

#include "generator/model/field_reader.hpp"
#include "generator/model/read_content.hpp"

namespace aimsgen {

namespace {

constexpr std::array<std::string_view, 8> k_impact_dimensions = {
    "fairness", "transparency", "human_oversight", "privacy", "safety", "environment", "society", "vulnerable_groups"};

template <typename Entry>
void sort_by_date(std::vector<Entry>& entries) {
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.date < b.date; });
}

std::vector<Evidence> read_evidence_list(const std::string& path, const FieldReader& fields) {
    std::vector<Evidence> items;
    for (const YamlNode* node : fields.mappings("evidence")) {
        items.push_back(read_evidence(path, *node));
    }
    return items;
}

}  // namespace

Evidence read_evidence(const std::string& path, const YamlNode& node) {
    const FieldReader fields(node);
    return Evidence{fields.text("path"), fields.text("url"), fields.text("description"), fields.date("date"),
                    fields.date("expires"), Origin{path, node.pos, &node}};
}

std::vector<StatusChange> read_status_history(const std::string&, const YamlNode& node, std::string_view status_key) {
    std::vector<StatusChange> history;
    for (const YamlNode* entry : FieldReader(node).mappings("history")) {
        const FieldReader fields(*entry);
        history.push_back({fields.day("date"), fields.text(status_key), fields.text("note")});
    }
    sort_by_date(history);
    return history;
}

AiSystem read_system(const std::string& path, const YamlNode& node) {
    const FieldReader f(node);
    AiSystem system;
    system.id = f.text("id");
    system.name = f.text("name");
    system.description = f.text("description");
    system.purpose = f.text("purpose");
    system.owner = f.text("owner");
    system.business_unit = f.text("business_unit");
    system.lifecycle_stage = f.text("lifecycle_stage");
    system.ai_role = f.text("ai_role");
    system.source = f.text("source");
    system.supplier = f.text("supplier");
    system.eu_ai_act_tier = f.text("eu_ai_act_tier");
    system.autonomy = f.text("autonomy");
    system.data_categories = f.list("data_categories");
    system.affected_parties = f.list("affected_parties");
    system.documents = f.list("documents");
    system.in_scope = f.flag("in_scope", true);
    system.introduced = f.day("introduced");
    system.last_review = f.date("last_review");
    system.next_review = f.date("next_review");
    system.history = read_status_history(path, node, "lifecycle_stage");
    system.origin = Origin{path, node.pos, &node};
    return system;
}

Risk read_risk(const std::string& path, const YamlNode& node) {
    const FieldReader f(node);
    Risk risk;
    risk.id = f.text("id");
    risk.title = f.text("title");
    risk.description = f.text("description");
    risk.category = f.text("category");
    risk.direction = f.text("direction");
    risk.systems = f.list("systems");
    risk.owner = f.text("owner");
    risk.identified = f.day("identified");
    risk.inherent = {f.integer("likelihood").value_or(0), f.integer("impact").value_or(0)};
    risk.residual = {f.integer("residual_likelihood").value_or(0), f.integer("residual_impact").value_or(0)};
    risk.treatment = f.text("treatment");
    risk.controls = f.list("controls");
    for (const YamlNode* action : f.mappings("actions")) {
        const FieldReader a(*action);
        risk.actions.push_back({a.text("id"), a.text("description"), a.text("owner"), a.day("due"), a.date("completed"),
                                Origin{path, action->pos, action}});
    }
    risk.status = f.text("status");
    risk.accepted_by = f.text("accepted_by");
    risk.accepted = f.date("accepted");
    risk.last_review = f.date("last_review");
    risk.next_review = f.date("next_review");
    risk.closed = f.date("closed");
    for (const YamlNode* entry : f.mappings("history")) {
        const FieldReader h(*entry);
        risk.history.push_back({h.day("date"), h.integer("likelihood"), h.integer("impact"),
                                h.integer("residual_likelihood"), h.integer("residual_impact"), h.text("status"),
                                h.text("note")});
    }
    sort_by_date(risk.history);
    risk.origin = Origin{path, node.pos, &node};
    return risk;
}

SoaEntry read_soa_entry(const std::string& path, const YamlNode& node) {
    const FieldReader f(node);
    SoaEntry entry;
    entry.control = f.text("control");
    entry.additional = f.flag("additional", false);
    entry.title = f.text("title");
    entry.group = f.text("group");
    entry.applicable = f.flag("applicable", true);
    entry.reasons = f.list("reasons");
    entry.justification = f.text("justification");
    entry.status = f.text("status").empty() ? "not-started" : f.text("status");
    entry.implementation = f.text("implementation");
    entry.owner = f.text("owner");
    entry.target_date = f.date("target_date");
    entry.documents = f.list("documents");
    entry.evidence = read_evidence_list(path, f);
    entry.last_review = f.date("last_review");
    entry.next_review = f.date("next_review");
    entry.history = read_status_history(path, node);
    entry.origin = Origin{path, node.pos, &node};
    return entry;
}

ImpactAssessment read_impact_assessment(const std::string& path, const YamlNode& node) {
    const FieldReader f(node);
    ImpactAssessment assessment;
    assessment.id = f.text("id");
    assessment.title = f.text("title");
    assessment.system = f.text("system");
    assessment.date = f.day("date");
    assessment.assessor = f.text("assessor");
    assessment.status = f.text("status");
    assessment.scope = f.text("scope");
    if (const YamlNode* dimensions = f.node("dimensions"); dimensions != nullptr && dimensions->is_mapping()) {
        for (const std::string_view name : k_impact_dimensions) {
            if (const YamlNode* dimension = dimensions->find(name); dimension != nullptr && dimension->is_mapping()) {
                const FieldReader d(*dimension);
                assessment.dimensions.push_back({std::string(name), d.text("rating"), d.text("notes")});
            }
        }
    }
    assessment.overall_rating = f.text("overall_rating");
    assessment.mitigations = f.list("mitigations");
    assessment.related_risks = f.list("related_risks");
    assessment.approved_by = f.text("approved_by");
    assessment.approved = f.date("approved");
    assessment.next_review = f.date("next_review");
    assessment.evidence = read_evidence_list(path, f);
    assessment.origin = Origin{path, node.pos, &node};
    return assessment;
}

Supplier read_supplier(const std::string& path, const YamlNode& node) {
    const FieldReader f(node);
    Supplier supplier;
    supplier.id = f.text("id");
    supplier.name = f.text("name");
    supplier.description = f.text("description");
    supplier.services = f.list("services");
    supplier.systems = f.list("systems");
    supplier.owner = f.text("owner");
    supplier.criticality = f.text("criticality");
    supplier.status = f.text("status");
    supplier.contract_ref = f.text("contract_ref");
    for (const YamlNode* assessment : f.mappings("assessments")) {
        const FieldReader a(*assessment);
        supplier.assessments.push_back(
            {a.day("date"), a.text("assessor"), a.text("rating"), a.text("notes"), read_evidence_list(path, a)});
    }
    sort_by_date(supplier.assessments);
    supplier.next_assessment = f.date("next_assessment");
    supplier.origin = Origin{path, node.pos, &node};
    return supplier;
}

GovernanceDecision read_decision(const std::string& path, const YamlNode& node) {
    const FieldReader f(node);
    return GovernanceDecision{f.text("id"),
                              f.text("title"),
                              f.text("system"),
                              f.text("gate"),
                              f.day("requested"),
                              f.text("requested_by"),
                              f.text("reviewer"),
                              f.date("decided"),
                              f.text("outcome"),
                              f.list("conditions"),
                              f.text("rationale"),
                              f.list("related_risks"),
                              f.text("impact_assessment"),
                              Origin{path, node.pos, &node}};
}

MeasurementSeries read_measurement(const std::string& path, const YamlNode& node) {
    const FieldReader f(node);
    MeasurementSeries series;
    series.id = f.text("id");
    series.system = f.text("system");
    series.metric = f.text("metric");
    series.title = f.text("title");
    series.unit = f.text("unit");
    series.direction = f.text("direction");
    if (const YamlNode* threshold = f.node("threshold"); threshold != nullptr && threshold->is_mapping()) {
        const FieldReader t(*threshold);
        series.threshold = {t.number("min"), t.number("max"), t.number("warning_min"), t.number("warning_max")};
    }
    series.owner = f.text("owner");
    for (const YamlNode* point : f.mappings("points")) {
        const FieldReader p(*point);
        series.points.push_back({p.day("date"), p.number("value").value_or(0), p.text("value"), p.text("note")});
    }
    sort_by_date(series.points);
    series.origin = Origin{path, node.pos, &node};
    return series;
}

}  // namespace aimsgen
