// How a KPI reads on the portal: figures with units, RAG words, deltas that
// say whether the move is better or worse. Shared by the dashboard tiles and
// the KPI pages.

#include <array>
#include <cctype>
#include <cmath>

#include "generator/render/pages/dashboard_parts.hpp"

namespace aimsgen {

namespace {

struct AreaName {
    std::string_view area;
    std::string_view title;
};

constexpr std::array<AreaName, 12> k_areas = {{
    {"inventory", "AI inventory and impact"},
    {"risk", "Risk"},
    {"controls", "Controls (SoA)"},
    {"incidents", "Incidents"},
    {"improvement", "Corrective action"},
    {"decisions", "Governance decisions"},
    {"monitoring", "Monitoring"},
    {"audit", "Audit"},
    {"competence", "Competence"},
    {"objectives", "Objectives"},
    {"documents", "Documents"},
    {"suppliers", "Suppliers"},
}};

/// The magnitude of a delta with its unit: "2.5 points", "3", "4 days".
std::string delta_magnitude(double delta, const KpiFacts& facts) {
    const std::string number = format_number(std::fabs(delta), 3);
    if (facts.unit == "%") {
        return number + (number == "1" ? " point" : " points");
    }
    if (facts.unit == "count" || facts.unit.empty()) {
        return number;
    }
    return number + " " + facts.unit;
}

std::string direction_text(const KpiFacts& facts) {
    if (!facts.direction) {
        return "";
    }
    return *facts.direction == Direction::higher_is_better ? "Higher is better" : "Lower is better";
}

}  // namespace

KpiFacts kpi_facts(const SiteContext& site, const Kpi& kpi) {
    KpiFacts facts;
    if (kpi.definition != nullptr) {
        facts.area = kpi.definition->area;
        facts.definition = kpi.definition->definition;
        facts.unit = kpi.definition->unit;
        facts.direction = kpi.definition->direction;
        return facts;
    }
    facts.area = "monitoring";
    // A series KPI is "series-<id>"; its records start with the series id.
    const std::string series_id = kpi.id.starts_with("series-") ? kpi.id.substr(7) : kpi.id;
    facts.series = site.model.measurements.find(series_id);
    if (facts.series != nullptr) {
        facts.unit = facts.series->unit;
        if (facts.series->direction == "higher-is-better") {
            facts.direction = Direction::higher_is_better;
        } else if (facts.series->direction == "lower-is-better") {
            facts.direction = Direction::lower_is_better;
        }
        facts.definition = "The latest value of measurement series " + facts.series->id + " (" +
                           facts.series->metric + " of " + facts.series->system +
                           ") at each period end, against its thresholds.";
    }
    return facts;
}

std::string kpi_href(const Kpi& kpi) { return "kpis/" + kpi.id + ".html"; }

std::string kpi_figure(std::optional<double> value, const KpiFacts& facts) {
    if (!value) {
        return "no data";
    }
    const std::string number = format_number(*value, 3);
    if (facts.unit == "%") {
        return number + "%";
    }
    if (facts.unit == "count" || facts.unit.empty()) {
        return number;
    }
    return number + " " + facts.unit;
}

Rag kpi_rag_of(const SiteContext& site, const Kpi& kpi, std::optional<double> value) {
    if (kpi.definition != nullptr) {
        return rate(value, kpi.target, kpi.warning, kpi.definition->direction);
    }
    const KpiFacts facts = kpi_facts(site, kpi);
    if (!value || facts.series == nullptr) {
        return Rag::grey;
    }
    const Threshold& threshold = facts.series->threshold;
    return threshold.breached(*value) ? Rag::red : threshold.warned(*value) ? Rag::amber : Rag::green;
}

std::string rag_word(Rag rag) {
    switch (rag) {
        case Rag::green:
            return "On target";
        case Rag::amber:
            return "Watch";
        case Rag::red:
            return "Off target";
        case Rag::grey:
            return "No data";
    }
    return "No data";
}

std::string area_title(std::string_view area) {
    for (const AreaName& name : k_areas) {
        if (name.area == area) {
            return std::string(name.title);
        }
    }
    std::string title(area);
    if (!title.empty()) {
        title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
    }
    return title;
}

int area_rank(std::string_view area) {
    for (std::size_t i = 0; i < k_areas.size(); ++i) {
        if (k_areas[i].area == area) {
            return static_cast<int>(i);
        }
    }
    return static_cast<int>(k_areas.size());
}

std::vector<ChartPoint> kpi_points(const SiteContext& site, const Kpi& kpi) {
    std::vector<ChartPoint> points;
    for (std::size_t i = 0; i < kpi.trend.size(); ++i) {
        const bool to_date = i < site.computed.periods.size() && site.computed.periods[i].to_date;
        points.push_back({kpi.trend[i].period + (to_date ? " (to date)" : ""), kpi.trend[i].value});
    }
    return points;
}

namespace {

/// has_delta, delta, delta_text ("up 2.5 points"), arrow, trend ("better",
/// "worse" or false) and trend_class, from the KPI's direction.
void set_delta(TemplateData& data, const Kpi& kpi, const KpiFacts& facts) {
    const std::optional<double> delta = kpi.delta;
    std::string trend;
    if (delta && *delta != 0 && facts.direction) {
        const bool higher_is_better = *facts.direction == Direction::higher_is_better;
        trend = (*delta > 0) == higher_is_better ? "better" : "worse";
    }
    data.set("has_delta", delta.has_value());
    data.set("delta", delta ? format_number(*delta, 3) : std::string());
    data.set("delta_text", !delta        ? std::string()
                           : *delta == 0 ? std::string("no change")
                                         : (*delta > 0 ? "up " : "down ") + delta_magnitude(*delta, facts));
    data.set("arrow", std::string(!delta ? "" : *delta > 0 ? "▲" : *delta < 0 ? "▼" : "▶"));
    data.set("trend", optional_text(trend));
    data.set("trend_class", "trend-" + (trend.empty() ? std::string("flat") : trend));
}

}  // namespace

TemplateData kpi_summary(const SiteContext& site, const std::string& root, const Kpi& kpi) {
    const KpiFacts facts = kpi_facts(site, kpi);
    TemplateData data;
    data.set("id", kpi.id);
    data.set("title", kpi.title);
    data.set("href", root + kpi_href(kpi));
    data.set("area", facts.area);
    data.set("area_title", area_title(facts.area));
    data.set("is_series", kpi.definition == nullptr);
    data.set("definition", facts.definition);
    data.set("unit", facts.unit.empty() ? std::string("value") : facts.unit);
    data.set("direction", optional_text(direction_text(facts)));
    data.set("value", kpi_figure(kpi.value, facts));
    data.set("value_sort", kpi.value ? format_number(*kpi.value, 6) : std::string("-1e99"));
    data.set("previous", kpi_figure(kpi.previous, facts));
    data.set("target", optional_text(kpi.target ? kpi_figure(kpi.target, facts) : ""));
    data.set("warning", optional_text(kpi.warning ? kpi_figure(kpi.warning, facts) : ""));
    data.set("rag", std::string(rag_name(kpi.rag)));
    // Grey with a value means there is nothing to compare it with, not "no data".
    data.set("rag_word", kpi.rag == Rag::grey && kpi.value ? std::string("No target") : rag_word(kpi.rag));
    const std::size_t count = site.computed.periods.size();
    data.set("previous_period", count >= 2 ? site.computed.periods[count - 2].label : std::string("previous period"));
    set_delta(data, kpi, facts);
    data.set("sparkline", sparkline_svg(kpi_points(site, kpi), kpi.title + ": trend by period"));
    return data;
}

}  // namespace aimsgen
