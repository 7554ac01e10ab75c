// Monitoring: measurements.html lists every series with its latest value and
// RAG; each series page charts its points against the thresholds and prints
// the chart's data as a table.

#include "generator/render/charts/charts.hpp"
#include "generator/render/pages/inventory_common.hpp"
#include "generator/render/pages/pages.hpp"

namespace aimsgen {

namespace {

using namespace inventory;

/// The points dated on or before the as-of date (later ones do not exist yet).
std::vector<const MeasurementPoint*> points_at(const MeasurementSeries& series, Date as_of) {
    std::vector<const MeasurementPoint*> points;
    for (const MeasurementPoint& point : series.points) {
        if (!(as_of < point.date)) {
            points.push_back(&point);
        }
    }
    return points;
}

std::string period_label(const SiteContext& site) {
    if (site.computed.periods.empty()) {
        return "";
    }
    const Period& period = site.computed.periods.back();
    return period.label + (period.to_date ? " (to date)" : "");
}

std::string render_register(const SiteContext& site, TemplateSet& templates) {
    TemplateData page =
        page_frame(site, "measurements.html", "Monitoring and measurement", "monitoring");
    TemplateData rows{TemplateData::type::list};
    std::size_t red = 0;
    std::size_t amber = 0;
    for (const MeasurementSeries& series : site.model.measurements) {
        TemplateData row = series_summary(site, "", series);
        const std::string rag = row.get("rag")->string_value();
        red += rag == "red" ? 1 : 0;
        amber += rag == "amber" ? 1 : 0;
        rows.push_back(std::move(row));
    }
    page.set("series", std::move(rows));
    page.set("period", period_label(site));
    page.set("summary", std::to_string(site.model.measurements.size()) +
                            " monitoring series. At their latest value " + std::to_string(red) +
                            " are outside their limits (red) and " + std::to_string(amber) +
                            " inside the limits but past a warning level (amber).");
    return render_page(site, templates, "measurements", page);
}

std::vector<ReferenceLine> reference_lines(const MeasurementSeries& series) {
    std::vector<ReferenceLine> lines;
    const Threshold& t = series.threshold;
    if (t.min) {
        lines.push_back({*t.min, "min " + format_number(*t.min, 3), "limit"});
    }
    if (t.max) {
        lines.push_back({*t.max, "max " + format_number(*t.max, 3), "limit"});
    }
    if (t.warning_min) {
        lines.push_back({*t.warning_min, "warning " + format_number(*t.warning_min, 3), "warning"});
    }
    if (t.warning_max) {
        lines.push_back({*t.warning_max, "warning " + format_number(*t.warning_max, 3), "warning"});
    }
    return lines;
}

std::string chart_of(const MeasurementSeries& series,
                     const std::vector<const MeasurementPoint*>& points, const std::string& title) {
    std::vector<ChartPoint> chart_points;
    for (const MeasurementPoint* point : points) {
        chart_points.push_back({point->date.to_string(), point->value});
    }
    std::string description = series.metric + (series.unit.empty() ? "" : " in " + series.unit) +
                              ", " + std::to_string(points.size()) + " points";
    if (!points.empty()) {
        description +=
            " from " + points.front()->date.to_string() + " to " + points.back()->date.to_string();
    }
    description +=
        "; threshold " + threshold_text(series.threshold) + ". The values are in the table below.";
    return line_chart_svg(chart_points, reference_lines(series), title, description);
}

TemplateData point_rows(const MeasurementSeries& series,
                        const std::vector<const MeasurementPoint*>& points) {
    TemplateData rows{TemplateData::type::list};
    // Newest first: the latest figures are what a reader looks for.
    for (auto it = points.rbegin(); it != points.rend(); ++it) {
        const MeasurementPoint& point = **it;
        TemplateData row;
        row.set("date", point.date.to_string());
        row.set("value", point.text.empty() ? format_number(point.value, 3) : point.text);
        row.set("breached", series.threshold.breached(point.value));
        row.set("warned", series.threshold.warned(point.value));
        row.set("note", optional_text(point.note));
        rows.push_back(std::move(row));
    }
    return rows;
}

TemplateData trigger_links(const SiteContext& site, const std::string& root,
                           const MeasurementSeries& series) {
    // The system's trigger first, then those of its risks.
    TemplateData rows{TemplateData::type::list};
    const auto found = site.triggers_by_record.find(series.id);
    if (found == site.triggers_by_record.end()) {
        return rows;
    }
    for (const std::string_view kind : {"system", "risk"}) {
        for (const ReassessmentTrigger* trigger : found->second) {
            if (trigger->subject_kind == kind) {
                TemplateData row = record_link(site, root, trigger->subject);
                row.set("reason", trigger->reason);
                rows.push_back(std::move(row));
            }
        }
    }
    return rows;
}

std::string render_series(const SiteContext& site, const MeasurementSeries& series,
                          TemplateSet& templates) {
    const std::string path = site.map.href(series.id);
    const std::string root = root_of(path);
    TemplateData page =
        page_frame(site, path, series.id + " " + site.map.title(series.id), "monitoring");
    page.set("series", series_summary(site, root, series));
    page.set("direction", optional_text(series.direction));
    page.set("owner",
             series.owner.empty() ? TemplateData(false) : person_link(site, root, series.owner));
    page.set("period", period_label(site));
    const std::vector<const MeasurementPoint*> points = points_at(series, site.computed.as_of);
    page.set(
        "chart",
        optional_text(points.empty() ? "" : chart_of(series, points, site.map.title(series.id))));
    page.set("points", point_rows(series, points));
    TemplateData triggers = trigger_links(site, root, series);
    page.set("has_triggers", !triggers.list_value().empty());
    page.set("triggers", std::move(triggers));
    page.set("risks", risk_summaries(site, root, site.model.links.of(series.system, "risk")));
    page.set("nonconformities", linked(site, root, series.id, "nonconformity"));
    page.set("objectives", linked(site, root, series.id, "objective"));
    page.set("source", source_of(series.origin));
    return render_page(site, templates, "measurement", page);
}

}  // namespace

void add_measurement_pages(const SiteContext& site, PageList& pages) {
    pages.push_back({"measurements.html",
                     [&site](TemplateSet& templates) { return render_register(site, templates); }});
    for (const MeasurementSeries& series : site.model.measurements) {
        pages.push_back({site.map.href(series.id), [&site, &series](TemplateSet& templates) {
                             return render_series(site, series, templates);
                         }});
    }
}

}  // namespace aimsgen
