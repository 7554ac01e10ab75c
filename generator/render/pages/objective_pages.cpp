#include <charconv>
#include <optional>

#include "generator/compute/kpi.hpp"
#include "generator/render/charts/charts.hpp"
#include "generator/render/pages/assurance_pages.hpp"
#include "generator/render/pages/dashboard_parts.hpp"
#include "generator/render/pages/pages.hpp"

namespace aimsgen {

namespace {

/// A value written as a plain number ("60", "2.5"), else nothing.
std::optional<double> number_of(const std::string& text) {
    double value = 0;
    const char* end = text.data() + text.size();
    const auto [at, error] = std::from_chars(text.data(), end, value);
    if (error != std::errc() || at != end || text.empty()) {
        return std::nullopt;
    }
    return value;
}

/// The latest update on or before `day` that gives a value.
const ObjectiveUpdate* latest_value(const Objective& objective, Date day) {
    const ObjectiveUpdate* latest = nullptr;
    for (const ObjectiveUpdate& update : objective.history) {
        if (!update.value.empty() && !(day < update.date)) {
            latest = &update;
        }
    }
    return latest;
}

TemplateData objective_row(const SiteContext& site, const std::string& root, const Objective& objective) {
    const Date as_of = site.computed.as_of;
    const std::string status = objective.status_at(as_of);
    const ObjectiveUpdate* latest = latest_value(objective, as_of);
    TemplateData row;
    row.set("id", objective.id);
    row.set("href", root + site.map.href(objective.id));
    row.set("title", objective.title);
    row.set("measure", optional_text(objective.measure));
    row.set("target", optional_text(objective.target));
    row.set("owner", person_link(site, root, objective.owner));
    row.set("has_owner", !objective.owner.empty());
    row.set("set", objective.set.to_string());
    row.set("future", as_of < objective.set);
    row.set("due", objective.due.to_string());
    row.set("overdue",
            !(as_of < objective.set) && objective.due < as_of && status != "achieved" && status != "cancelled");
    row.set("status", objective_status_pill(status));
    row.set("value", optional_text(latest != nullptr ? latest->value : ""));
    row.set("value_date", optional_text(latest != nullptr ? latest->date.to_string() : ""));
    return row;
}

TemplateData update_rows(const Objective& objective, Date as_of) {
    TemplateData rows{TemplateData::type::list};
    for (const ObjectiveUpdate& update : objective.history) {
        TemplateData row;
        row.set("date", update.date.to_string());
        row.set("future", as_of < update.date);
        row.set("status", update.status.empty() ? TemplateData(false) : objective_status_pill(update.status));
        row.set("value", optional_text(update.value));
        row.set("note", optional_text(update.note));
        rows.push_back(std::move(row));
    }
    return rows;
}

/// A line chart of the numeric values up to the as-of date, when there are two or more.
std::string progress_chart(const Objective& objective, Date as_of) {
    std::vector<ChartPoint> points;
    for (const ObjectiveUpdate& update : objective.history) {
        const std::optional<double> value = number_of(update.value);
        if (value && !(as_of < update.date)) {
            points.push_back({update.date.to_string(), value});
        }
    }
    if (points.size() < 2) {
        return "";
    }
    std::vector<ReferenceLine> references;
    if (const std::optional<double> target = number_of(objective.target)) {
        references.push_back({*target, "target " + objective.target, "target"});
    }
    return line_chart_svg(points, references, "Progress of " + objective.id + " " + objective.title,
                          "Recorded values of the measure by date" +
                              (references.empty() ? std::string() : ", with the target as a dashed line") +
                              "; the values are in the history table below.");
}

/// {id, title, href, value, rag, rag_word} of the KPI the objective names, or false.
TemplateData kpi_data(const SiteContext& site, const std::string& root, const std::string& id) {
    if (id.empty()) {
        return TemplateData(false);
    }
    TemplateData data;
    data.set("id", id);
    data.set("title", id);
    data.set("href", TemplateData(false));
    data.set("value", std::string("no data"));
    data.set("rag", std::string("grey"));
    data.set("rag_word", rag_word(Rag::grey));
    for (const Kpi& kpi : site.computed.kpis) {
        if (kpi.id == id) {
            data.set("title", kpi.title);
            data.set("href", root + kpi_href(kpi));
            data.set("value", kpi_figure(kpi.value, kpi_facts(site, kpi)));
            data.set("rag", std::string(rag_name(kpi.rag)));
            data.set("rag_word", rag_word(kpi.rag));
        }
    }
    return data;
}

std::string render_objective(const SiteContext& site, const Objective& objective, TemplateSet& templates) {
    const std::string path = site.map.href(objective.id);
    const std::string root = root_of(path);
    TemplateData page = page_frame(site, path, objective.id + " " + objective.title, "assurance");
    page.set("objective", objective_row(site, root, objective));
    page.set("description", optional_text(objective.description));
    page.set("kpi", kpi_data(site, root, objective.kpi));
    page.set("clauses", record_links(site, root, objective.clauses));
    page.set("history", update_rows(objective, site.computed.as_of));
    page.set("chart", optional_text(progress_chart(objective, site.computed.as_of)));
    page.set("other_links", other_links(site, root, objective.id, {"clause"}));
    page.set("source", source_of(objective.origin));
    return render_page(site, templates, "objective", page);
}

std::string render_register(const SiteContext& site, TemplateSet& templates) {
    TemplateData page = page_frame(site, "objectives.html", "AI objectives", "assurance");
    TemplateData rows{TemplateData::type::list};
    for (const Objective& objective : site.model.objectives) {
        rows.push_back(objective_row(site, "", objective));
    }
    page.set("objectives", std::move(rows));
    page.set("count", std::to_string(site.model.objectives.size()));
    return render_page(site, templates, "objectives", page);
}

}  // namespace

void add_objective_pages(const SiteContext& site, PageList& pages) {
    pages.push_back({"objectives.html", [&site](TemplateSet& templates) { return render_register(site, templates); }});
    for (const Objective& objective : site.model.objectives) {
        pages.push_back({site.map.href(objective.id), [&site, &objective](TemplateSet& templates) {
                             return render_objective(site, objective, templates);
                         }});
    }
}

}  // namespace aimsgen
