#include <algorithm>
#include <map>

#include "generator/render/pages/assurance_pages.hpp"
#include "generator/render/pages/pages.hpp"

namespace aimsgen {

namespace {

std::string source_label(const std::string& source) {
    static const std::map<std::string_view, std::string_view> k_labels = {
        {"internal-audit", "Internal audit"},   {"external-audit", "External audit"},
        {"incident", "Incident"},               {"management-review", "Management review"},
        {"monitoring", "Monitoring"},           {"complaint", "Complaint"},
        {"self-identified", "Self-identified"},
    };
    const auto found = k_labels.find(source);
    return found == k_labels.end() ? source : std::string(found->second);
}

TemplateData nonconformity_row(const SiteContext& site, const std::string& root, const Nonconformity& nc) {
    const Date as_of = site.computed.as_of;
    const bool closed = nc.closed_by(as_of);
    const bool verified = closed && nc.effectiveness_verified && !(nc.verified && as_of < *nc.verified);
    const long days = std::max(0L, (closed ? *nc.closed : as_of).days_since(nc.raised));
    TemplateData row;
    row.set("id", nc.id);
    row.set("href", root + site.map.href(nc.id));
    row.set("title", nc.title);
    row.set("source", source_label(nc.source));
    row.set("source_ref", nc.source_ref.empty() ? TemplateData(false) : record_link(site, root, nc.source_ref));
    row.set("raised", nc.raised.to_string());
    row.set("future", as_of < nc.raised);
    row.set("owner", person_link(site, root, nc.owner));
    row.set("has_owner", !nc.owner.empty());
    row.set("due", optional_text(date_text(nc.due)));
    row.set("overdue", !(as_of < nc.raised) && !closed && nc.due && *nc.due < as_of);
    row.set("status", nonconformity_status_pill(status_at(nc.history, nc.status, as_of)));
    row.set("closed", optional_text(closed ? nc.closed->to_string() : ""));
    row.set("days", std::to_string(days));
    row.set("days_text", closed ? days_text(days) : "open " + days_text(days));
    row.set("verified", verified);
    row.set("verified_on", optional_text(verified ? date_text(nc.verified) : ""));
    row.set("awaiting_verification", closed && !verified);
    return row;
}

std::string render_nonconformity(const SiteContext& site, const Nonconformity& nc, TemplateSet& templates) {
    const std::string path = site.map.href(nc.id);
    const std::string root = root_of(path);
    TemplateData page = page_frame(site, path, nc.id + " " + nc.title, "nonconformities");
    page.set("nc", nonconformity_row(site, root, nc));
    page.set("description", optional_text(nc.description));
    page.set("root_cause", optional_text(nc.root_cause));
    page.set("correction", optional_text(nc.correction));
    page.set("corrective_action", optional_text(nc.corrective_action));
    page.set("verified_by", nc.verified_by.empty() ? TemplateData(false) : person_link(site, root, nc.verified_by));
    page.set("clauses", record_links(site, root, nc.clauses));
    page.set("controls", record_links(site, root, nc.controls));
    page.set("systems", record_links(site, root, nc.systems));
    page.set("history", status_history_rows(nc.history, site.computed.as_of));
    TemplateData origins{TemplateData::type::list};
    for (const char* kind : {"finding", "audit", "incident", "review", "review-decision", "measurement"}) {
        for (const std::string& id : site.model.links.of(nc.id, kind)) {
            TemplateData origin = record_link(site, root, id);
            origin.set("kind", std::string(kind_heading(kind)));
            origins.push_back(origin);
        }
    }
    page.set("has_origins", !is_empty_list(origins));
    page.set("origins", std::move(origins));
    page.set("other_links",
             other_links(site, root, nc.id,
                         {"clause", "control", "system", "finding", "audit", "incident", "review", "review-decision",
                          "measurement"}));
    page.set("source", source_of(nc.origin));
    return render_page(site, templates, "nonconformity", page);
}

std::string render_register(const SiteContext& site, TemplateSet& templates) {
    const std::string path = "nonconformities.html";
    const Date as_of = site.computed.as_of;
    TemplateData page = page_frame(site, path, "Nonconformities and corrective actions", "nonconformities");
    TemplateData rows{TemplateData::type::list};
    int raised = 0;
    int open = 0;
    int overdue = 0;
    int awaiting = 0;
    for (const Nonconformity& nc : site.model.nonconformities) {
        TemplateData row = nonconformity_row(site, "", nc);
        if (!(as_of < nc.raised)) {
            ++raised;
            open += nc.closed_by(as_of) ? 0 : 1;
            overdue += row.get("overdue")->is_true() ? 1 : 0;
            awaiting += row.get("awaiting_verification")->is_true() ? 1 : 0;
        }
        rows.push_back(std::move(row));
    }
    page.set("nonconformities", std::move(rows));
    page.set("raised", std::to_string(raised));
    page.set("open", std::to_string(open));
    page.set("overdue", std::to_string(overdue));
    page.set("awaiting", std::to_string(awaiting));
    return render_page(site, templates, "nonconformities", page);
}

}  // namespace

void add_nonconformity_pages(const SiteContext& site, PageList& pages) {
    pages.push_back(
        {"nonconformities.html", [&site](TemplateSet& templates) { return render_register(site, templates); }});
    for (const Nonconformity& nc : site.model.nonconformities) {
        pages.push_back({site.map.href(nc.id), [&site, &nc](TemplateSet& templates) {
                             return render_nonconformity(site, nc, templates);
                         }});
    }
}

}  // namespace aimsgen
