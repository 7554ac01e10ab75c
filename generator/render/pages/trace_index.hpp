#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "generator/model/evidence_catalogue.hpp"
#include "generator/render/site_context.hpp"

namespace aimsgen {

/// Cross-references of the SoA, clause, traceability, evidence and document
/// pages that the LinkIndex does not hold as these pages need them (a
/// finding's clauses count for its audit there; an audit's scope and its
/// findings are one group). Built once per page family, in one pass over the
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

/// An evidence item's place as shown: its path or URL.
std::string evidence_label(const Evidence& evidence);

/// `current` data for an evidence row: description, date, expiry with an
/// `expired` flag, path or url (url as a link), the file's existence, size
/// and SHA-256 from the build, and `current` (Evidence::current_at).
TemplateData evidence_row(const SiteContext& site, const Evidence& evidence);

/// Links to documents, as record_links, with `draft` and `retired` flags so
/// a page never presents a document out of force as if it were in force.
TemplateData document_links(const SiteContext& site, std::string_view root,
                            const std::vector<std::string>& ids);

/// The implementation status as a pill: {status, css} (css: impl-<status>).
TemplateData soa_status_pill(const std::string& status);

}  // namespace aimsgen
