#include "generator/model/evidence_catalogue.hpp"

namespace aimsgen {

std::vector<EvidenceCitation> evidence_citations(const Model& model) {
    std::vector<EvidenceCitation> citations;
    for (const SoaEntry& entry : model.soa) {
        for (const Evidence& evidence : entry.evidence) {
            citations.push_back({&evidence, entry.control, "control"});
        }
    }
    for (const ImpactAssessment& assessment : model.impact_assessments) {
        for (const Evidence& evidence : assessment.evidence) {
            citations.push_back({&evidence, assessment.id, "impact-assessment"});
        }
    }
    for (const Audit& audit : model.audits) {
        if (audit.report) {
            citations.push_back({&*audit.report, audit.id, "audit"});
        }
    }
    for (const ManagementReview& review : model.reviews) {
        if (review.minutes) {
            citations.push_back({&*review.minutes, review.id, "review"});
        }
    }
    for (const Supplier& supplier : model.suppliers) {
        for (const SupplierAssessment& assessment : supplier.assessments) {
            for (const Evidence& evidence : assessment.evidence) {
                citations.push_back({&evidence, supplier.id, "supplier"});
            }
        }
    }
    return citations;
}

std::vector<std::string> evidence_file_paths(const Model& model) {
    std::vector<std::string> paths;
    for (const EvidenceCitation& citation : evidence_citations(model)) {
        if (!citation.evidence->path.empty()) {
            paths.push_back(citation.evidence->path);
        }
    }
    return paths;
}

}  // namespace aimsgen
