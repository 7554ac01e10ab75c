#include "generator/render/pages/pages.hpp"

namespace aimsgen {

void add_system_pages(const SiteContext&, PageList&) {}

void add_supplier_pages(const SiteContext&, PageList&) {}

void add_decision_pages(const SiteContext&, PageList&) {}

void add_impact_assessment_pages(const SiteContext&, PageList&) {}

void add_measurement_pages(const SiteContext&, PageList&) {}

}  // namespace aimsgen
