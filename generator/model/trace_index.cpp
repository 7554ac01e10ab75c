#include "generator/model/trace_index.hpp"

#include <algorithm>

namespace aimsgen {

namespace {

void add(TraceIndex::IdLists& lists, const std::string& key, const std::string& id) {
    std::vector<std::string>& ids = lists[key];
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
        ids.push_back(id);
    }
}

void index_audits(const Model& model, TraceIndex& index) {
    for (const Audit& audit : model.audits) {
        for (const std::string& clause : audit.scope_clauses) {
            add(index.audits_scoping, clause, audit.id);
        }
        for (const std::string& control : audit.scope_controls) {
            add(index.audits_scoping, control, audit.id);
        }
        for (const AuditFinding& finding : audit.findings) {
            for (const std::string& clause : finding.clauses) {
                add(index.findings_citing, clause, finding.id);
            }
            for (const std::string& control : finding.controls) {
                add(index.findings_citing, control, finding.id);
            }
        }
    }
}

void index_documents(const Model& model, TraceIndex& index) {
    for (const Document& document : model.documents) {
        index.document_at.emplace(document.origin.path, document.id);
        for (const std::string& clause : document.clauses) {
            add(index.documents_citing, clause, document.id);
        }
        for (const std::string& control : document.controls) {
            add(index.documents_citing, control, document.id);
        }
    }
    for (const SoaEntry& entry : model.soa) {
        for (const std::string& document : entry.documents) {
            add(index.documents_citing, entry.control, document);
        }
    }
    for (auto& [key, ids] : index.documents_citing) {
        std::sort(ids.begin(), ids.end());
    }
}

void index_evidence(const Model& model, TraceIndex& index) {
    index.citations = evidence_citations(model);
    std::unordered_map<std::string, int> count_of;
    for (std::size_t i = 0; i < index.citations.size(); ++i) {
        const EvidenceCitation& citation = index.citations[i];
        // Stable across rebuilds while a record's own list keeps its order.
        const std::string anchor =
            "ev-" + citation.record + "-" + std::to_string(++count_of[citation.record]);
        index.anchors.push_back(anchor);
        index.citations_of[citation.record].push_back(i);
        if (!citation.evidence->path.empty()) {
            index.anchor_of_path.emplace(citation.evidence->path, anchor);
        }
    }
}

}  // namespace

const std::vector<std::string>& TraceIndex::of(const IdLists& lists, std::string_view key) {
    static const std::vector<std::string> k_none;
    const auto found = lists.find(std::string(key));
    return found == lists.end() ? k_none : found->second;
}

std::shared_ptr<const TraceIndex> build_trace_index(const Model& model) {
    auto index = std::make_shared<TraceIndex>();
    index_audits(model, *index);
    index_documents(model, *index);
    index_evidence(model, *index);
    return index;
}

AuditResult last_audit_result(const Model& model, const TraceIndex& index, std::string_view clause_or_control,
                              Date day) {
    std::vector<std::string> audits = TraceIndex::of(index.audits_scoping, clause_or_control);
    const std::vector<std::string>& citing = TraceIndex::of(index.findings_citing, clause_or_control);
    for (const std::string& finding : citing) {
        const std::vector<std::string>& of_finding = model.links.of(finding, "audit");
        audits.insert(audits.end(), of_finding.begin(), of_finding.end());
    }
    AuditResult result;
    for (const std::string& id : audits) {
        const Audit* audit = model.audits.find(id);
        if (audit != nullptr && audit->performed_by(day) &&
            (result.audit == nullptr || *result.audit->performed < *audit->performed)) {
            result.audit = audit;
        }
    }
    if (result.audit != nullptr) {
        for (const AuditFinding& finding : result.audit->findings) {
            if (std::find(citing.begin(), citing.end(), finding.id) != citing.end()) {
                result.findings.push_back(&finding);
            }
        }
    }
    return result;
}

std::string evidence_label(const Evidence& evidence) {
    return evidence.path.empty() ? evidence.url : evidence.path;
}

}  // namespace aimsgen
