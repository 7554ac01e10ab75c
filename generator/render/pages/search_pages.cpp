// search.html and search-index.js: a search over ids, titles and document
// text that works from file:// (the index is a script, not fetched JSON) and,
// without JavaScript, still lists every record grouped by kind.

#include <array>

#include <nlohmann/json.hpp>

#include "generator/render/pages/dashboard_parts.hpp"
#include "generator/render/pages/pages.hpp"

namespace aimsgen {

namespace {

/// The plain text of a document kept in the index, in bytes.
constexpr std::size_t k_text_cap = 4000;

struct SearchEntry {
    std::string id;
    std::string title;
    std::string kind;
    std::string href;  ///< from the output root
    std::string text;  ///< documents only: plain text of the body
};

struct KindLabel {
    std::string_view kind;
    std::string_view label;
};

/// The kinds the search lists, in the order of its groups.
constexpr std::array<KindLabel, 17> k_kinds = {{
    {"system", "AI systems"},
    {"risk", "Risks"},
    {"control", "Controls"},
    {"clause", "Clauses"},
    {"document", "Documents"},
    {"impact-assessment", "Impact assessments"},
    {"incident", "Incidents"},
    {"nonconformity", "Nonconformities"},
    {"audit", "Audits"},
    {"finding", "Audit findings"},
    {"review", "Management reviews"},
    {"objective", "Objectives"},
    {"course", "Training courses"},
    {"supplier", "Suppliers"},
    {"decision", "Governance decisions"},
    {"measurement", "Measurement series"},
    {"kpi", "KPIs"},
}};

/// Cuts `text` to at most `cap` bytes without splitting a UTF-8 sequence.
std::string cut_utf8(std::string text, std::size_t cap) {
    if (text.size() <= cap) {
        return text;
    }
    std::size_t end = cap;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
        --end;
    }
    text.resize(end);
    return text + "…";
}

/// Markdown to plain text, crudely: markers, emphasis, code fences, table
/// pipes and link targets go; words stay. Good enough to search in.
std::string plain_text(const std::string& markdown) {
    std::string text;
    std::size_t i = 0;
    while (i < markdown.size() && text.size() <= k_text_cap) {
        const char c = markdown[i];
        if (c == '!' && i + 1 < markdown.size() && markdown[i + 1] == '[') {
            ++i;  // an image: keep its alt text
            continue;
        }
        if (c == ']' && i + 1 < markdown.size() && markdown[i + 1] == '(') {
            const std::size_t close = markdown.find(')', i);
            i = close == std::string::npos ? markdown.size() : close + 1;
            continue;  // a link target
        }
        if (c == '<') {
            const std::size_t close = markdown.find('>', i);
            if (close != std::string::npos && close - i < 200) {
                i = close + 1;  // an HTML tag or autolink bracket
                continue;
            }
        }
        const bool marker = c == '#' || c == '*' || c == '_' || c == '`' || c == '~' || c == '|' || c == '>' ||
                            c == '[' || c == ']' || c == '\\';
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (marker || space) {
            if (!text.empty() && text.back() != ' ') {
                text += ' ';
            }
        } else if (c == '-' && (text.empty() || text.back() == ' ') && i + 1 < markdown.size() &&
                   (markdown[i + 1] == '-' || markdown[i + 1] == ' ' || markdown[i + 1] == '|')) {
            // list markers and table or rule dashes
        } else {
            text += c;
        }
        ++i;
    }
    while (!text.empty() && text.back() == ' ') {
        text.pop_back();
    }
    return cut_utf8(std::move(text), k_text_cap);
}

std::vector<SearchEntry> search_entries(const SiteContext& site) {
    std::vector<SearchEntry> entries;
    const auto add = [&](const std::string& id) {
        entries.push_back({id, site.map.title(id), site.map.kind(id), site.map.href(id), ""});
    };
    const Model& model = site.model;
    const auto add_all = [&](const auto& records, auto id_of) {
        for (const auto& record : records) {
            add(id_of(record));
        }
    };
    add_all(model.systems, [](const AiSystem& r) { return r.id; });
    add_all(model.risks, [](const Risk& r) { return r.id; });
    add_all(model.catalogue->controls, [](const CatalogueControl& r) { return r.id; });
    for (const SoaEntry& entry : model.soa) {
        if (entry.additional) {
            add(entry.control);
        }
    }
    add_all(model.catalogue->clauses, [](const CatalogueClause& r) { return r.id; });
    for (const Document& document : model.documents) {
        add(document.id);
        entries.back().text = plain_text(document.summary + "\n" + document.body);
    }
    add_all(model.impact_assessments, [](const ImpactAssessment& r) { return r.id; });
    add_all(model.incidents, [](const Incident& r) { return r.id; });
    add_all(model.nonconformities, [](const Nonconformity& r) { return r.id; });
    for (const Audit& audit : model.audits) {
        add(audit.id);
        add_all(audit.findings, [](const AuditFinding& r) { return r.id; });
    }
    add_all(model.reviews, [](const ManagementReview& r) { return r.id; });
    add_all(model.objectives, [](const Objective& r) { return r.id; });
    add_all(model.courses, [](const Course& r) { return r.id; });
    add_all(model.suppliers, [](const Supplier& r) { return r.id; });
    add_all(model.decisions, [](const GovernanceDecision& r) { return r.id; });
    add_all(model.measurements, [](const MeasurementSeries& r) { return r.id; });
    for (const Kpi& kpi : site.computed.kpis) {
        entries.push_back({kpi.id, kpi.title, "kpi", kpi_href(kpi), ""});
    }
    std::erase_if(entries, [](const SearchEntry& entry) { return entry.href.empty(); });
    return entries;
}

std::string_view kind_label(std::string_view kind) {
    for (const KindLabel& label : k_kinds) {
        if (label.kind == kind) {
            return label.label;
        }
    }
    return kind;
}

std::string render_search(const SiteContext& site, TemplateSet& templates) {
    const std::string path = "search.html";
    TemplateData page = page_frame(site, path, "Search", "search");
    const std::vector<SearchEntry> entries = search_entries(site);
    TemplateData groups{TemplateData::type::list};
    for (const KindLabel& kind : k_kinds) {
        TemplateData items{TemplateData::type::list};
        for (const SearchEntry& entry : entries) {
            if (entry.kind == kind.kind) {
                TemplateData item;
                item.set("id", entry.id);
                item.set("title", optional_text(entry.title == entry.id ? std::string() : entry.title));
                item.set("href", entry.href);
                items.push_back(std::move(item));
            }
        }
        if (items.list_value().empty()) {
            continue;
        }
        TemplateData group;
        group.set("kind", std::string(kind.kind));
        group.set("label", std::string(kind.label));
        group.set("count", std::to_string(items.list_value().size()));
        group.set("entries", std::move(items));
        groups.push_back(std::move(group));
    }
    page.set("groups", std::move(groups));
    page.set("count", std::to_string(entries.size()));
    return render_page(site, templates, "search", page);
}

}  // namespace

std::string search_index_script(const SiteContext& site) {
    nlohmann::json index = nlohmann::json::array();
    for (const SearchEntry& entry : search_entries(site)) {
        nlohmann::json item = {{"id", entry.id},
                               {"title", entry.title},
                               {"kind", entry.kind},
                               {"kind_label", std::string(kind_label(entry.kind))},
                               {"href", entry.href}};
        if (!entry.text.empty()) {
            item["text"] = entry.text;
        }
        index.push_back(std::move(item));
    }
    const std::string json = index.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    // `<`, `>` and `&` occur only inside strings: escaping them keeps any
    // "</script>" or "<!--" in content from ever reading as markup.
    std::string script = "window.AIMSGEN_SEARCH = ";
    script.reserve(script.size() + json.size() + 16);
    for (std::size_t i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '<') {
            script += "\\u003c";
        } else if (c == '>') {
            script += "\\u003e";
        } else if (c == '&') {
            script += "\\u0026";
        } else if (c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' &&
                   (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
            script += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";  // JavaScript line terminators
            i += 2;
        } else {
            script += c;
        }
    }
    return script + ";\n";
}

void add_search_page(const SiteContext& site, PageList& pages) {
    pages.push_back({"search.html", [&site](TemplateSet& templates) { return render_search(site, templates); }});
    pages.push_back({"search-index.js", [&site](TemplateSet&) { return search_index_script(site); }});
}

}  // namespace aimsgen
