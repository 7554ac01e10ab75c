#pragma once

#include <future>
#include <string_view>
#include <vector>

#include "generator/output/output_tree.hpp"
#include "generator/render/site_context.hpp"
#include "generator/render/template_set.hpp"
#include "generator/workbook/workbooks.hpp"

namespace aimsgen {

/// The evidence workbooks, being written beside the pages.
using WorkbooksBeingWritten = std::future<std::vector<workbook::WorkbookFile>>;

/// Render stage for the portal: every page of every page builder, rendered
/// on all cores, each handed to the output tree as soon as it is made; then
/// the theme's assets. Meanwhile the workbooks may still be being written:
/// the pages that list them (PageJob::lists_workbooks) wait until they are, and
/// `workbooks.get()` puts them in `site.workbooks` (or rethrows what writing
/// them threw) while no page is being rendered. Returns the number of pages.
std::size_t render_site(SiteContext& site, const TemplateSet& templates, OutputTree& output,
                        WorkbooksBeingWritten& workbooks);

/// Every page of the portal, unrendered (for tests and for render_site).
PageList plan_site(const SiteContext& site);

}  // namespace aimsgen
