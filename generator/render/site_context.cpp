#include "generator/render/site_context.hpp"

#include <algorithm>
#include <array>
#include <type_traits>

namespace aimsgen {

namespace {

struct NavItem {
    std::string_view section;
    std::string_view label;
    std::string_view href;
};

constexpr std::array<NavItem, 13> k_nav = {{
    {"dashboard", "Dashboard", "index.html"},
    {"ai-systems", "AI systems", "ai-systems.html"},
    {"risks", "Risks", "risks.html"},
    {"controls", "SoA", "controls.html"},
    {"documents", "Documents", "documents.html"},
    {"assurance", "Audits", "audits.html"},
    {"incidents", "Incidents", "incidents.html"},
    {"nonconformities", "Corrective actions", "nonconformities.html"},
    {"monitoring", "Monitoring", "measurements.html"},
    {"readiness", "Readiness", "readiness.html"},
    {"reviews", "Reviews", "management-reviews.html"},
    {"workbooks", "Workbooks", "workbooks.html"},
    {"search", "Search", "search.html"},
}};

}  // namespace

std::string root_of(std::string_view page_path) {
    std::string root;
    for (const char c : page_path) {
        if (c == '/') {
            root += "../";
        }
    }
    return root;
}

TemplateData page_frame(const SiteContext&, std::string_view page_path, std::string_view title,
                        std::string_view section) {
    TemplateData page;
    page.set("root", root_of(page_path));
    page.set("title", std::string(title));
    page.set("section", std::string(section));
    return page;
}

const TemplateData& PageFrames::frame(const SiteContext& site, std::string_view root, std::string_view section) const {
    std::string key = std::string(root) + '\n' + std::string(section);
    const std::lock_guard lock(m_mutex);
    const auto found = m_frames.find(key);
    if (found != m_frames.end()) {
        return *found->second;
    }
    auto frame = std::make_unique<TemplateData>();
    frame->set("site", site.model.aims.organization.name);
    TemplateData nav{TemplateData::type::list};
    for (const NavItem& item : k_nav) {
        TemplateData entry;
        entry.set("label", std::string(item.label));
        entry.set("href", std::string(root) + std::string(item.href));
        entry.set("current", item.section == section);
        nav.push_back(std::move(entry));
    }
    frame->set("nav", std::move(nav));
    const std::string root_text(root);
    frame->set("custom_css",
               optional_text(site.theme.custom_css.empty() ? "" : root_text + "assets/" + site.theme.custom_css));
    frame->set("logo", optional_text(site.theme.logo.empty() ? "" : root_text + "assets/" + site.theme.logo));
    frame->set("generator", "aimsgen " + site.provenance.generator_version);
    frame->set("as_of", site.provenance.as_of.to_string());
    frame->set("commit", optional_text(site.provenance.content_commit));
    return *m_frames.emplace(std::move(key), std::move(frame)).first->second;
}

std::string render_page(const SiteContext& site, TemplateSet& templates, std::string_view name,
                        const TemplateData& page) {
    const auto text_of = [&](const std::string& key) -> std::string_view {
        const TemplateData::Data* value = page.get(key);
        return value != nullptr && value->is_string() ? std::string_view(value->string_value()) : std::string_view();
    };
    return templates.render(name, page, &site.frames.frame(site, text_of("root"), text_of("section")));
}

TemplateData record_link(const SiteContext& site, std::string_view root, std::string_view id) {
    TemplateData link;
    const SiteMap::Entry* entry = site.map.find(id);
    link.set("id", std::string(id));
    if (entry == nullptr) {
        link.set("title", std::string(id));
        link.set("href", false);
        return link;
    }
    link.set("title", entry->title);
    link.set("href", entry->href.empty() ? TemplateData(false) : TemplateData(std::string(root) + entry->href));
    return link;
}

TemplateData record_links(const SiteContext& site, std::string_view root, const std::vector<std::string>& ids) {
    TemplateData links{TemplateData::type::list};
    for (const std::string& id : ids) {
        links.push_back(record_link(site, root, id));
    }
    return links;
}

TemplateData linked(const SiteContext& site, std::string_view root, std::string_view id, std::string_view kind) {
    return record_links(site, root, site.model.links.of(id, kind));
}

TemplateData optional_text(const std::string& text) { return text.empty() ? TemplateData(false) : TemplateData(text); }

std::string date_text(const std::optional<Date>& date) { return date ? date->to_string() : std::string(); }

TemplateData text_list(const std::vector<std::string>& values) {
    TemplateData list{TemplateData::type::list};
    for (const std::string& value : values) {
        list.push_back(TemplateData("value", value));
    }
    return list;
}

TemplateData person_link(const SiteContext& site, std::string_view root, std::string_view id) {
    TemplateData person;
    person.set("id", std::string(id));
    person.set("name", site.model.name_of(id));
    const SiteMap::Entry* entry = site.map.find(id);
    person.set("href", entry == nullptr || entry->href.empty() ? TemplateData(false)
                                                               : TemplateData(std::string(root) + entry->href));
    return person;
}

TemplateData workbook_link(const SiteContext& site, std::string_view root, std::string_view file_name) {
    for (const workbook::WorkbookFile& file : site.workbooks) {
        if (file.file_name == file_name) {
            TemplateData link;
            link.set("href", std::string(root) + file.path);
            link.set("file", file.file_name);
            link.set("title", file.title);
            link.set("size", std::to_string(file.size));
            link.set("sha256", file.sha256);
            return link;
        }
    }
    return TemplateData(false);
}

}  // namespace aimsgen
