#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "generator/model/trace_index.hpp"
#include "generator/render/site_context.hpp"

namespace aimsgen {

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
