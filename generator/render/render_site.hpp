#pragma once

#include "generator/output/output_tree.hpp"
#include "generator/render/site_context.hpp"
#include "generator/render/template_set.hpp"

namespace aimsgen {

/// Render stage for the portal: every page of every page builder, rendered
/// on all cores, each handed to the output tree as soon as it is made; then
/// the theme's assets. Returns the number of pages.
std::size_t render_site(const SiteContext& site, const TemplateSet& templates, OutputTree& output);

/// Every page of the portal, unrendered (for tests and for render_site).
PageList plan_site(const SiteContext& site);

}  // namespace aimsgen
