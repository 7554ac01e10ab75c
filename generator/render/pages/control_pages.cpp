#include "generator/render/pages/pages.hpp"

namespace aimsgen {

void add_control_pages(const SiteContext&, PageList&) {}

void add_clause_pages(const SiteContext&, PageList&) {}

void add_traceability_page(const SiteContext&, PageList&) {}

void add_evidence_page(const SiteContext&, PageList&) {}

}  // namespace aimsgen
