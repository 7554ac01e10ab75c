#pragma once

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "generator/compute/compute.hpp"
#include "generator/diagnostics/diagnostic.hpp"
#include "generator/load/evidence_files.hpp"
#include "generator/model/model.hpp"
#include "generator/model/provenance.hpp"
#include "generator/model/trace_index.hpp"
#include "generator/render/site_map.hpp"
#include "generator/render/template_set.hpp"
#include "generator/render/theme.hpp"
#include "generator/workbook/workbooks.hpp"

namespace aimsgen {

/// The data every page at one folder depth in one nav section shares (nav,
/// site name, theme assets, provenance), made once and shared by all pages
/// there instead of being built and torn down with each page.
class PageFrames {
public:
    const TemplateData& frame(const struct SiteContext& site, std::string_view root, std::string_view section) const;

private:
    mutable std::mutex m_mutex;
    mutable std::map<std::string, std::unique_ptr<TemplateData>, std::less<>> m_frames;
};

/// Everything the page builders read. Pure data: no I/O.
struct SiteContext {
    const Model& model;
    const Computed& computed;
    const Provenance& provenance;
    const Diagnostics& diagnostics;  ///< the warnings of check, for the diagnostics page
    const Theme& theme;
    SiteMap map;
    /// Evidence files by content path: present or not, size, SHA-256 (read by the build).
    std::map<std::string, EvidenceFile, std::less<>> evidence_files;
    /// The evidence workbooks written by the build, with their digests.
    std::vector<workbook::WorkbookFile> workbooks;
    PageFrames frames{};
    /// The triggers each record set off (an incident's, a series' breaches), found once for all pages.
    TriggersByRecord triggers_by_record = index_triggers_by_record(computed.triggers);
    /// Who cites each clause, control and document, found once for the pages and the workbooks.
    std::shared_ptr<const TraceIndex> trace = build_trace_index(model);
};

/// One page to render: its path from the output root and how to make it.
struct PageJob {
    std::string path;
    std::function<std::string(TemplateSet&)> render;
    /// The page shows the evidence workbooks' digests (workbook_link or
    /// site.workbooks), so it renders only once they are written.
    bool lists_workbooks = false;
};

using PageList = std::vector<PageJob>;

/// "../" once per folder level of `page_path`, so links work from file://.
std::string root_of(std::string_view page_path);

/// Data every page template gets: `root`, `title`, `section`, `site` (the
/// organization's name), `nav` (with `current`), `css`, `logo`, and the
/// provenance footer (`generator`, `as_of`, `commit`). The page's own part
/// (`root`, `title`, `section`); render_page adds the shared rest.
TemplateData page_frame(const SiteContext& site, std::string_view page_path, std::string_view title,
                        std::string_view section);
/// Renders a page whose data began with page_frame, with the shared frame beneath it.
std::string render_page(const SiteContext& site, TemplateSet& templates, std::string_view name,
                        const TemplateData& page);

/// {id, title, href (false when the record has no page)}: a link to a record from a page at `root`.
TemplateData record_link(const SiteContext& site, std::string_view root, std::string_view id);
TemplateData record_links(const SiteContext& site, std::string_view root, const std::vector<std::string>& ids);
/// The links of `id` to records of `kind`, as record_links.
TemplateData linked(const SiteContext& site, std::string_view root, std::string_view id, std::string_view kind);

/// Text, or `false` when empty: kainjow renders a section for any string,
/// even "", so optional values are false when absent and the key always exists.
TemplateData optional_text(const std::string& text);

/// A date as text, or "" when absent.
std::string date_text(const std::optional<Date>& date);
/// A list of plain strings as [{value}].
TemplateData text_list(const std::vector<std::string>& values);
/// The workbook written as `file_name` as {href, file, title, size, sha256},
/// or false when the build wrote none (links from register pages).
TemplateData workbook_link(const SiteContext& site, std::string_view root, std::string_view file_name);
/// A person or role as {id, name, href}.
TemplateData person_link(const SiteContext& site, std::string_view root, std::string_view id);

}  // namespace aimsgen
