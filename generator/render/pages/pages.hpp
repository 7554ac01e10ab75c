#pragma once

#include "generator/render/site_context.hpp"

namespace aimsgen {

// Page builders: each adds its pages to the list. One file per part of the
// portal, each with its templates in themes/default/templates/.

void add_risk_pages(const SiteContext& site, PageList& pages);

}  // namespace aimsgen
