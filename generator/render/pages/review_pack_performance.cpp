// Pack sections on the performance of the AI management system: KPIs with
// their trends, monitoring and measurement, nonconformities, audits and
// objectives, all as they stood at the pack's date.

#include <map>
#include <unordered_map>

#include "generator/render/charts/charts.hpp"
#include "generator/render/pages/review_pack.hpp"

namespace aimsgen::reviews {

namespace {

std::string area_title(std::string area) {
    if (!area.empty() && area[0] >= 'a' && area[0] <= 'z') {
        area[0] = static_cast<char>(area[0] - 'a' + 'A');
    }
    return area;
}

std::vector<ChartPoint> trend_points(const Kpi& kpi) {
    std::vector<ChartPoint> points;
    points.reserve(kpi.trend.size());
    for (const KpiTrendPoint& point : kpi.trend) {
        points.push_back({point.period, point.value});
    }
    return points;
}

/// The row a KPI gets in the pack's tables: value at the pack date, the
/// previous period's value, the target, RAG and a sparkline of its trend.
TemplateData kpi_row(const Kpi& kpi, std::string_view unit, int decimals) {
    TemplateData row;
    row.set("title", kpi.title);
    row.set("value", figure_text(kpi.value, unit, decimals));
    row.set("previous", figure_text(kpi.previous, unit, decimals));
    row.set("target", kpi.target ? figure_text(kpi.target, unit, decimals) : std::string("none set"));
    row.set("rag", std::string(rag_name(kpi.rag)));
    row.set("spark", sparkline_svg(trend_points(kpi), kpi.title + ": trend to the pack date"));
    TemplateData values{TemplateData::type::list};
    for (const KpiTrendPoint& point : kpi.trend) {
        values.push_back(TemplateData("value", figure_text(point.value, unit, decimals)));
    }
    row.set("trend", std::move(values));
    return row;
}

/// The latest point of a series on or before `day`, or nullptr.
const MeasurementPoint* latest_point(const MeasurementSeries& series, Date day) {
    const MeasurementPoint* latest = nullptr;
    for (const MeasurementPoint& point : series.points) {
        if (day < point.date) {
            break;
        }
        latest = &point;
    }
    return latest;
}

std::string limits_text(const Threshold& threshold, const std::string& unit) {
    std::string text;
    if (threshold.min) {
        text = "min " + with_unit(format_number(*threshold.min, 3), unit);
    }
    if (threshold.max) {
        text += (text.empty() ? "max " : ", max ") + with_unit(format_number(*threshold.max, 3), unit);
    }
    return text.empty() ? std::string("none set") : text;
}

/// A nonconformity's status at `day`: closed once closed by then, else the
/// last dated status, else the recorded one unless it was reached only later.
std::string nonconformity_status_at(const Nonconformity& nc, Date day) {
    if (nc.closed_by(day)) {
        return "closed";
    }
    const StatusChange* latest = nullptr;
    for (const StatusChange& change : nc.history) {
        if (!change.status.empty() && !(day < change.date) && (latest == nullptr || !(change.date < latest->date))) {
            latest = &change;
        }
    }
    if (latest != nullptr) {
        return latest->status;
    }
    return nc.status == "closed" || !nc.history.empty() ? std::string("open") : nc.status;
}

}  // namespace

void add_performance(const PackContext& pack, TemplateData& page) {
    TemplateData groups{TemplateData::type::list};
    std::map<std::string, std::size_t> group_of;  // area → index in `groups`, in first-seen order
    std::vector<TemplateData> rows_by_group;
    std::vector<std::string> area_order;
    int count = 0;
    int red = 0;
    for (const Kpi& kpi : pack.at.kpis) {
        if (kpi.definition == nullptr) {
            continue;  // measurement series: their own section
        }
        ++count;
        red += kpi.rag == Rag::red ? 1 : 0;
        const auto [found, added] = group_of.emplace(kpi.definition->area, rows_by_group.size());
        if (added) {
            rows_by_group.emplace_back(TemplateData::type::list);
            area_order.push_back(kpi.definition->area);
        }
        rows_by_group[found->second].push_back(kpi_row(kpi, kpi.definition->unit, 1));
    }
    for (std::size_t i = 0; i < area_order.size(); ++i) {
        TemplateData group;
        group.set("area", area_title(area_order[i]));
        group.set("kpis", rows_by_group[i]);
        groups.push_back(std::move(group));
    }
    set_list(page, "kpi_groups", std::move(groups));
    page.set("kpi_count", std::to_string(count));
    page.set("kpi_red", std::to_string(red));
    TemplateData periods{TemplateData::type::list};
    for (const Period& period : pack.at.periods) {
        periods.push_back(TemplateData("label", period.label + (period.to_date ? " (to date)" : "")));
    }
    page.set("periods", periods);
    page.set("period_count", std::to_string(pack.at.periods.size()));
    page.set("previous_period",
             pack.at.periods.size() >= 2 ? pack.at.periods[pack.at.periods.size() - 2].label : std::string("none"));
}

void add_monitoring(const PackContext& pack, TemplateData& page) {
    std::unordered_map<std::string, const Kpi*> series_kpis;
    for (const Kpi& kpi : pack.at.kpis) {
        if (kpi.definition == nullptr) {
            series_kpis.emplace(kpi.id, &kpi);
        }
    }
    TemplateData series_rows{TemplateData::type::list};
    TemplateData breaches{TemplateData::type::list};
    for (const MeasurementSeries& series : pack.site.model.measurements) {
        const auto found = series_kpis.find("series-" + series.id);
        if (found == series_kpis.end() || latest_point(series, pack.scope.as_of) == nullptr) {
            continue;  // no point yet at the pack date
        }
        TemplateData row = kpi_row(*found->second, series.unit, 3);
        row.set("link", record_link(pack.site, pack.root, series.id));
        row.set("system", record_link(pack.site, pack.root, series.system));
        row.set("limits", limits_text(series.threshold, series.unit));
        series_rows.push_back(std::move(row));
        for (const MeasurementPoint& point : series.points) {
            if (pack.in_interval(point.date) && series.threshold.breached(point.value)) {
                TemplateData breach;
                breach.set("link", record_link(pack.site, pack.root, series.id));
                breach.set("date", point.date.to_string());
                breach.set("value",
                           with_unit(point.text.empty() ? format_number(point.value, 3) : point.text, series.unit));
                breach.set("limits", limits_text(series.threshold, series.unit));
                breach.set("note", optional_text(point.note));
                breaches.push_back(std::move(breach));
            }
        }
    }
    set_list(page, "series", std::move(series_rows));
    set_list(page, "breaches", std::move(breaches));
}

void add_nonconformities(const PackContext& pack, TemplateData& page) {
    const Date end = pack.scope.as_of;
    int raised = 0;
    int closed = 0;
    int open = 0;
    int overdue = 0;
    TemplateData rows{TemplateData::type::list};
    for (const Nonconformity& nc : pack.site.model.nonconformities) {
        if (end < nc.raised) {
            continue;
        }
        const bool raised_in = pack.in_interval(nc.raised);
        const bool closed_in = nc.closed && pack.in_interval(*nc.closed);
        const bool open_at_end = !nc.closed_by(end);
        const bool late = open_at_end && nc.due && *nc.due < end;
        raised += raised_in ? 1 : 0;
        closed += closed_in ? 1 : 0;
        open += open_at_end ? 1 : 0;
        overdue += late ? 1 : 0;
        if (!raised_in && !closed_in && !open_at_end) {
            continue;
        }
        TemplateData row;
        row.set("link", record_link(pack.site, pack.root, nc.id));
        row.set("source", optional_text(nc.source));
        row.set("raised", nc.raised.to_string());
        row.set("due", date_text(nc.due));
        row.set("overdue", late);
        row.set("status", status_pill(nonconformity_status_at(nc, end)));
        row.set("closed", optional_text(nc.closed_by(end) ? nc.closed->to_string() : ""));
        rows.push_back(std::move(row));
    }
    set_list(page, "nonconformities", std::move(rows));
    page.set("nc_raised", std::to_string(raised));
    page.set("nc_closed", std::to_string(closed));
    page.set("nc_open", std::to_string(open));
    page.set("nc_overdue", std::to_string(overdue));
    page.set("has_nc_overdue", overdue > 0);
}

void add_audits(const PackContext& pack, TemplateData& page) {
    TemplateData audits{TemplateData::type::list};
    TemplateData findings{TemplateData::type::list};
    std::map<std::string, int> totals;
    for (const Audit& audit : pack.site.model.audits) {
        if (!audit.performed || !pack.in_interval(*audit.performed)) {
            continue;
        }
        std::map<std::string, int> by_type;
        for (const AuditFinding& finding : audit.findings) {
            ++by_type[finding.type];
            ++totals[finding.type];
            TemplateData row;
            row.set("link", record_link(pack.site, pack.root, finding.id));
            row.set("audit", record_link(pack.site, pack.root, audit.id));
            row.set("type", status_pill(finding.type));
            row.set("nonconformity", finding.nonconformity.empty()
                                         ? TemplateData(false)
                                         : record_link(pack.site, pack.root, finding.nonconformity));
            findings.push_back(row);
        }
        TemplateData row;
        row.set("link", record_link(pack.site, pack.root, audit.id));
        row.set("type", optional_text(audit.type));
        row.set("performed", audit.performed->to_string());
        for (const char* type : {"major", "minor", "observation", "opportunity"}) {
            row.set(type, std::to_string(by_type[type]));
        }
        audits.push_back(std::move(row));
    }
    page.set("audit_count", std::to_string(audits.list_value().size()));
    set_list(page, "audits", std::move(audits));
    set_list(page, "findings", std::move(findings));
    TemplateData total;
    for (const char* type : {"major", "minor", "observation", "opportunity"}) {
        total.set(type, std::to_string(totals[type]));
    }
    page.set("finding_totals", std::move(total));
}

void add_objectives(const PackContext& pack, TemplateData& page) {
    const Date end = pack.scope.as_of;
    TemplateData rows{TemplateData::type::list};
    for (const Objective& objective : pack.site.model.objectives) {
        if (end < objective.set) {
            continue;
        }
        const std::string status = objective.status_at(end);
        const ObjectiveUpdate* latest = nullptr;
        for (const ObjectiveUpdate& update : objective.history) {
            if (!(end < update.date) && !update.value.empty()) {
                latest = &update;
            }
        }
        TemplateData row;
        row.set("link", record_link(pack.site, pack.root, objective.id));
        row.set("target", optional_text(objective.target));
        row.set("owner", person_link(pack.site, pack.root, objective.owner));
        row.set("due", objective.due.to_string());
        row.set("overdue", objective.due < end && status != "achieved" && status != "cancelled");
        row.set("status", status_pill(status));
        row.set("latest",
                optional_text(latest != nullptr ? latest->value + " (" + latest->date.to_string() + ")" : ""));
        rows.push_back(std::move(row));
    }
    set_list(page, "objectives", std::move(rows));
}

}  // namespace aimsgen::reviews
