#include "generator/model/build_model.hpp"

#include "generator/model/read_content.hpp"

namespace aimsgen {

namespace {

/// Reads every record of a register with `read`, across its files.
template <typename Record>
std::vector<Record> read_register(const RawContent& content, std::string_view name,
                                  Record (*read)(const std::string&, const YamlNode&)) {
    std::vector<Record> records;
    for (const YamlFile& file : content.register_files(name).files) {
        if (!file.root || !file.root->is_sequence()) {
            continue;
        }
        for (const YamlNode& node : file.root->items) {
            if (node.is_mapping()) {
                records.push_back(read(file.path, node));
            }
        }
    }
    return records;
}

/// Links that live inside records rather than in a referencing field of their own.
void link_nested(Model& model) {
    for (const Audit& audit : model.audits) {
        for (const AuditFinding& finding : audit.findings) {
            model.links.add("audit", audit.id, "finding", finding.id);
            model.links.add("finding", finding.id, "nonconformity", finding.nonconformity);
            for (const std::string& control : finding.controls) {
                model.links.add("finding", finding.id, "control", control);
            }
            for (const std::string& system : finding.systems) {
                model.links.add("finding", finding.id, "system", system);
            }
        }
    }
    for (const Nonconformity& nc : model.nonconformities) {
        if (!nc.source_ref.empty()) {
            model.links.add("nonconformity", nc.id, nc.source, nc.source_ref);
        }
    }
}

}  // namespace

Model build_model(std::shared_ptr<const RawContent> content, const Catalogue& catalogue,
                  const std::vector<Reference>& references) {
    Model model;
    model.raw = content;
    model.catalogue = &catalogue;
    if (content->aims) {
        model.aims = read_settings(*content->aims);
    }
    model.systems.assign(read_register(*content, "ai-systems", read_system), &AiSystem::id);
    model.risks.assign(read_register(*content, "risks", read_risk), &Risk::id);
    model.soa.assign(read_register(*content, "soa", read_soa_entry), &SoaEntry::control);
    model.impact_assessments.assign(read_register(*content, "impact-assessments", read_impact_assessment),
                                    &ImpactAssessment::id);
    model.incidents.assign(read_register(*content, "incidents", read_incident), &Incident::id);
    model.nonconformities.assign(read_register(*content, "nonconformities", read_nonconformity), &Nonconformity::id);
    model.audits.assign(read_register(*content, "audits", read_audit), &Audit::id);
    model.reviews.assign(read_register(*content, "management-reviews", read_review), &ManagementReview::id);
    model.objectives.assign(read_register(*content, "objectives", read_objective), &Objective::id);
    model.courses.assign(read_register(*content, "training", read_course), &Course::id);
    model.suppliers.assign(read_register(*content, "suppliers", read_supplier), &Supplier::id);
    model.decisions.assign(read_register(*content, "decisions", read_decision), &GovernanceDecision::id);
    model.measurements.assign(read_register(*content, "measurements", read_measurement), &MeasurementSeries::id);
    std::vector<Document> documents;
    for (const DocumentFile& file : content->documents) {
        if (file.front_matter && file.front_matter->is_mapping()) {
            documents.push_back(read_document(file));
        }
    }
    model.documents.assign(std::move(documents), &Document::id);

    for (const Reference& reference : references) {
        model.links.add(reference.from_kind, reference.from_id, reference.kind, reference.id);
    }
    link_nested(model);
    model.links.finish();
    model.index_people();
    return model;
}

}  // namespace aimsgen
