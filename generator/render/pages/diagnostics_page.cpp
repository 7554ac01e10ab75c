// diagnostics.html: the warnings of `check`, grouped by file, so the portal
// shows its own gaps.

#include <map>

#include "generator/render/pages/pages.hpp"

namespace aimsgen {

namespace {

std::string severity_word(Severity severity) { return severity == Severity::error ? "error" : "warning"; }

std::string render_diagnostics(const SiteContext& site, TemplateSet& templates) {
    const std::string path = "diagnostics.html";
    TemplateData page = page_frame(site, path, "Diagnostics", "diagnostics");
    // Diagnostics arrive sorted by path, line and column; keep that order within a file.
    std::map<std::string, std::vector<const Diagnostic*>> by_file;
    for (const Diagnostic& diagnostic : site.diagnostics.items()) {
        by_file[diagnostic.path].push_back(&diagnostic);
    }
    TemplateData files{TemplateData::type::list};
    for (const auto& [file, diagnostics] : by_file) {
        TemplateData group;
        group.set("path", file.empty() ? std::string("(no file)") : file);
        group.set("anchor", "file-" + std::to_string(files.list_value().size() + 1));
        group.set("count", std::to_string(diagnostics.size()));
        TemplateData items{TemplateData::type::list};
        for (const Diagnostic* diagnostic : diagnostics) {
            TemplateData item;
            std::string where = diagnostic->path;
            if (diagnostic->pos.line > 0) {
                where += ":" + std::to_string(diagnostic->pos.line) + ":" + std::to_string(diagnostic->pos.column);
            }
            item.set("where", where);
            item.set("line", std::to_string(diagnostic->pos.line));
            item.set("column", std::to_string(diagnostic->pos.column));
            item.set("severity", severity_word(diagnostic->severity));
            item.set("severity_class",
                     std::string(diagnostic->severity == Severity::error ? "flag-red" : "flag-amber"));
            item.set("message", diagnostic->message);
            items.push_back(std::move(item));
        }
        group.set("items", std::move(items));
        files.push_back(std::move(group));
    }
    page.set("files", std::move(files));
    page.set("has_files", !by_file.empty());
    page.set("warnings", std::to_string(site.diagnostics.warning_count()));
    page.set("file_count", std::to_string(by_file.size()));
    return render_page(site, templates, "diagnostics", page);
}

}  // namespace

void add_diagnostics_page(const SiteContext& site, PageList& pages) {
    pages.push_back(
        {"diagnostics.html", [&site](TemplateSet& templates) { return render_diagnostics(site, templates); }});
}

}  // namespace aimsgen
