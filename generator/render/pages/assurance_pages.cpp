#include "generator/render/pages/pages.hpp"

namespace aimsgen {

void add_incident_pages(const SiteContext&, PageList&) {}

void add_nonconformity_pages(const SiteContext&, PageList&) {}

void add_audit_pages(const SiteContext&, PageList&) {}

void add_objective_pages(const SiteContext&, PageList&) {}

void add_training_pages(const SiteContext&, PageList&) {}

void add_people_page(const SiteContext&, PageList&) {}

void add_context_page(const SiteContext&, PageList&) {}

}  // namespace aimsgen
