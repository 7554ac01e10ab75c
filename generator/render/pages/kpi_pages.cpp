// kpis.html (every KPI, grouped by area) and kpis/<id>.html (one KPI: its
// definition, trend chart and table, breakdown and the records behind it).

#include <algorithm>

#include "generator/render/pages/dashboard_parts.hpp"
#include "generator/render/pages/pages.hpp"

namespace aimsgen {

namespace {

/// The KPIs sorted by area (dashboard order), keeping their order within an area.
std::vector<const Kpi*> kpis_by_area(const SiteContext& site) {
    std::vector<const Kpi*> kpis;
    for (const Kpi& kpi : site.computed.kpis) {
        kpis.push_back(&kpi);
    }
    std::stable_sort(kpis.begin(), kpis.end(), [&](const Kpi* a, const Kpi* b) {
        return area_rank(kpi_facts(site, *a).area) < area_rank(kpi_facts(site, *b).area);
    });
    return kpis;
}

std::string render_index(const SiteContext& site, TemplateSet& templates) {
    const std::string path = "kpis.html";
    TemplateData page = page_frame(site, path, "Key performance indicators", "dashboard");
    TemplateData areas{TemplateData::type::list};
    std::string current;
    TemplateData rows{TemplateData::type::list};
    const auto close_area = [&] {
        if (current.empty()) {
            return;
        }
        TemplateData area;
        area.set("title", area_title(current));
        area.set("table_id", "kpis-" + current);
        area.set("kpis", rows);
        areas.push_back(area);
        rows = TemplateData(TemplateData::type::list);
    };
    for (const Kpi* kpi : kpis_by_area(site)) {
        const std::string area = kpi_facts(site, *kpi).area;
        if (area != current) {
            close_area();
            current = area;
        }
        rows.push_back(kpi_summary(site, "", *kpi));
    }
    close_area();
    page.set("areas", std::move(areas));
    page.set("count", std::to_string(site.computed.kpis.size()));
    const std::vector<Period>& periods = site.computed.periods;
    page.set("period", periods.empty() ? std::string() : periods.back().label);
    page.set("to_date", !periods.empty() && periods.back().to_date);
    page.set("previous_period", periods.size() >= 2 ? periods[periods.size() - 2].label : std::string("—"));
    return render_page(site, templates, "kpis", page);
}

std::vector<ReferenceLine> reference_lines(const Kpi& kpi, const KpiFacts& facts) {
    std::vector<ReferenceLine> lines;
    const bool series = kpi.definition == nullptr;
    if (kpi.target) {
        lines.push_back({*kpi.target, (series ? "Limit " : "Target ") + kpi_figure(kpi.target, facts),
                         series ? "limit" : "target"});
    }
    if (kpi.warning) {
        lines.push_back({*kpi.warning, "Warning " + kpi_figure(kpi.warning, facts), "warning"});
    }
    return lines;
}

TemplateData trend_rows(const SiteContext& site, const Kpi& kpi, const KpiFacts& facts) {
    TemplateData rows{TemplateData::type::list};
    const std::vector<ChartPoint> points = kpi_points(site, kpi);
    for (std::size_t i = 0; i < points.size(); ++i) {
        const Rag rag = kpi_rag_of(site, kpi, points[i].value);
        TemplateData row;
        row.set("period", points[i].label);
        row.set("value", kpi_figure(points[i].value, facts));
        row.set("rag", std::string(rag_name(rag)));
        row.set("rag_word", rag == Rag::grey && points[i].value ? std::string("No target") : rag_word(rag));
        rows.push_back(std::move(row));
    }
    return rows;
}

TemplateData breakdown_rows(const Kpi& kpi) {
    TemplateData rows{TemplateData::type::list};
    for (const KpiBreakdown& part : kpi.breakdown) {
        TemplateData row;
        row.set("key", part.key);
        row.set("value", part.value ? format_number(*part.value, 3) : std::string("no data"));
        rows.push_back(std::move(row));
    }
    return rows;
}

std::string records_note(const Kpi& kpi, const KpiFacts& facts) {
    if (kpi.definition == nullptr) {
        return "The measurement series and its AI system.";
    }
    if (facts.unit == "%") {
        return "The records that fall short.";
    }
    if (facts.unit == "days") {
        return "The records averaged.";
    }
    return "The records counted.";
}

std::string render_kpi(const SiteContext& site, const Kpi& kpi, TemplateSet& templates) {
    const std::string path = kpi_href(kpi);
    const std::string root = root_of(path);
    const KpiFacts facts = kpi_facts(site, kpi);
    TemplateData page = page_frame(site, path, kpi.id + " " + kpi.title, "dashboard");
    page.set("kpi", kpi_summary(site, root, kpi));
    const std::vector<ChartPoint> points = kpi_points(site, kpi);
    std::string description = kpi.title + " per period";
    if (!points.empty()) {
        description += ", " + points.front().label + " to " + points.back().label;
    }
    if (kpi.target) {
        description += "; " + std::string(kpi.definition == nullptr ? "limit " : "target ") +
                       kpi_figure(kpi.target, facts);
    }
    description += ". The values are in the table below.";
    page.set("chart", line_chart_svg(points, reference_lines(kpi, facts), kpi.title + ": trend", description));
    page.set("trend", trend_rows(site, kpi, facts));
    TemplateData breakdown = breakdown_rows(kpi);
    page.set("has_breakdown", !breakdown.list_value().empty());
    page.set("breakdown", std::move(breakdown));
    page.set("records", record_links(site, root, kpi.records));
    page.set("has_records", !kpi.records.empty());
    page.set("records_note", records_note(kpi, facts));
    page.set("record_count", std::to_string(kpi.records.size()));
    page.set("series", facts.series != nullptr ? record_link(site, root, facts.series->id) : TemplateData(false));
    page.set("system", facts.series != nullptr ? record_link(site, root, facts.series->system) : TemplateData(false));
    page.set("source", optional_text(facts.series != nullptr ? facts.series->origin.path + ":" +
                                                                   std::to_string(facts.series->origin.pos.line)
                                                             : ""));
        return render_page(site, templates, "kpi", page);
}

}  // namespace

void add_kpi_pages(const SiteContext& site, PageList& pages) {
    pages.push_back({"kpis.html", [&site](TemplateSet& templates) { return render_index(site, templates); }});
    for (const Kpi& kpi : site.computed.kpis) {
        pages.push_back(
            {kpi_href(kpi), [&site, &kpi](TemplateSet& templates) { return render_kpi(site, kpi, templates); }});
    }
}

}  // namespace aimsgen
