#include "generator/render/pages/pages.hpp"

namespace aimsgen {

void add_dashboard_page(const SiteContext&, PageList&) {}

void add_kpi_pages(const SiteContext&, PageList&) {}

void add_readiness_page(const SiteContext&, PageList&) {}

void add_diagnostics_page(const SiteContext&, PageList&) {}

void add_search_page(const SiteContext&, PageList&) {}

}  // namespace aimsgen
