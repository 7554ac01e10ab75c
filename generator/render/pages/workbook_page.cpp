// workbooks.html: the Excel evidence workbooks of this build, with what each
// holds, its size and its SHA-256, so an auditor can check the copy handed over.

#include "generator/render/pages/pages.hpp"

namespace aimsgen {

namespace {

std::string render_workbooks(const SiteContext& site, TemplateSet& templates) {
    const std::string path = "workbooks.html";
    TemplateData page = page_frame(site, path, "Evidence workbooks", "workbooks");
    TemplateData rows{TemplateData::type::list};
    for (const workbook::WorkbookFile& file : site.workbooks) {
        TemplateData row = workbook_link(site, "", file.file_name);
        row.set("subject", file.subject);
        rows.push_back(std::move(row));
    }
    page.set("has_workbooks", !rows.list_value().empty());
    page.set("workbooks", std::move(rows));
    return render_page(site, templates, "workbooks", page);
}

}  // namespace

void add_workbooks_page(const SiteContext& site, PageList& pages) {
    pages.push_back(
        {"workbooks.html", [&site](TemplateSet& templates) { return render_workbooks(site, templates); }, true});
}

}  // namespace aimsgen
