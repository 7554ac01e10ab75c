#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "generator/model/evidence_catalogue.hpp"
#include "generator/model/model.hpp"

namespace aimsgen {

/// Cross-references of the SoA, clause, traceability, evidence and document
/// pages that the LinkIndex does not hold as these pages need them (a
/// finding's clauses count for its audit there; an audit's scope and its
/// findings are one group). Built once per build (SiteContext::trace), in one pass over the
/// records, so no page scans a register.
struct TraceIndex {
    using IdLists = std::unordered_map<std::string, std::vector<std::string>>;

    IdLists findings_citing;   ///< clause or control → audit findings that cite it
    IdLists audits_scoping;    ///< clause or control → audits whose scope lists it
    IdLists documents_citing;  ///< clause or control → documents (front matter, and SoA documents
                               ///< of a control)

    std::vector<EvidenceCitation> citations;  ///< every evidence item, register order
    std::vector<std::string> anchors;         ///< the id of each citation's row on evidence.html
    std::unordered_map<std::string, std::vector<std::size_t>>
        citations_of;  ///< record id → citation indexes
    std::unordered_map<std::string, std::string>
        anchor_of_path;  ///< evidence file → its first row's id

    std::unordered_map<std::string, std::string>
        document_at;  ///< content path of a document → its id

    /// The ids listed under `key` in `lists`, or none.
    static const std::vector<std::string>& of(const IdLists& lists, std::string_view key);
};

std::shared_ptr<const TraceIndex> build_trace_index(const Model& model);

/// The latest audit performed on or before `day` that scoped a clause or
/// control or found against it, and the findings it raised on it.
struct AuditResult {
    const Audit* audit = nullptr;  ///< none when no audit looked at it yet
    std::vector<const AuditFinding*> findings;
};
AuditResult last_audit_result(const Model& model, const TraceIndex& index, std::string_view clause_or_control,
                              Date day);

/// An evidence item's place as shown: its path or URL.
std::string evidence_label(const Evidence& evidence);

}  // namespace aimsgen
