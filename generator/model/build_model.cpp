#include "generator/model/build_model.hpp"

#include <functional>
#include <iterator>

#include "generator/model/read_content.hpp"
#include "generator/support/parallel_for.hpp"

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
    const RawContent& raw = *content;
    // Each register is read on its own, into its own member, on both cores;
    // the references go into the link index beside them.
    const std::function<void()> tasks[] = {
        [&] { model.risks.assign(read_register(raw, "risks", read_risk), &Risk::id); },
        [&] { model.incidents.assign(read_register(raw, "incidents", read_incident), &Incident::id); },
        [&] {
            for (const Reference& reference : references) {
                model.links.add(reference.from_kind, reference.from_id, reference.kind, reference.id);
            }
        },
        [&] { model.systems.assign(read_register(raw, "ai-systems", read_system), &AiSystem::id); },
        [&] { model.decisions.assign(read_register(raw, "decisions", read_decision), &GovernanceDecision::id); },
        [&] {
            model.measurements.assign(read_register(raw, "measurements", read_measurement), &MeasurementSeries::id);
        },
        [&] {
            std::vector<Document> documents;
            for (const DocumentFile& file : raw.documents) {
                if (file.front_matter && file.front_matter->is_mapping()) {
                    documents.push_back(read_document(file));
                }
            }
            model.documents.assign(std::move(documents), &Document::id);
        },
        [&] {
            if (raw.aims) {
                model.aims = read_settings(*raw.aims);
            }
            model.soa.assign(read_register(raw, "soa", read_soa_entry), &SoaEntry::control);
            model.impact_assessments.assign(read_register(raw, "impact-assessments", read_impact_assessment),
                                            &ImpactAssessment::id);
            model.nonconformities.assign(read_register(raw, "nonconformities", read_nonconformity),
                                         &Nonconformity::id);
            model.audits.assign(read_register(raw, "audits", read_audit), &Audit::id);
            model.reviews.assign(read_register(raw, "management-reviews", read_review), &ManagementReview::id);
            model.objectives.assign(read_register(raw, "objectives", read_objective), &Objective::id);
            model.courses.assign(read_register(raw, "training", read_course), &Course::id);
            model.suppliers.assign(read_register(raw, "suppliers", read_supplier), &Supplier::id);
        },
    };
    parallel_for(std::size(tasks), [&](std::size_t i) { tasks[i](); });

    link_nested(model);
    model.links.finish();
    model.index_people();
    return model;
}

}  // namespace aimsgen
