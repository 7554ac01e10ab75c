#include "generator/render/pages/inventory_common.hpp"

#include <algorithm>
#include <array>

#include "generator/render/charts/charts.hpp"

namespace aimsgen::inventory {

namespace {

bool is_web_url(const std::string& url) {
    return url.starts_with("https://") || url.starts_with("http://");
}

TemplateData evidence_row(const SiteContext& site, const Evidence& evidence) {
    TemplateData row;
    const bool is_file = !evidence.path.empty();
    row.set("label", is_file ? evidence.path : evidence.url);
    row.set("is_file", is_file);
    row.set("href", optional_text(!is_file && is_web_url(evidence.url) ? evidence.url : ""));
    row.set("description", optional_text(evidence.description));
    row.set("date", optional_text(date_text(evidence.date)));
    row.set("expires", optional_text(date_text(evidence.expires)));
    row.set("expired", past(evidence.expires, site.computed.as_of));
    std::string sha256;
    bool missing = false;
    if (is_file) {
        const auto found = site.evidence_files.find(evidence.path);
        // The build indexes every cited file; one it did not index is unknown, not missing.
        if (found != site.evidence_files.end()) {
            missing = !found->second.exists;
            sha256 = missing ? "" : found->second.sha256.substr(0, 12);
        }
    }
    row.set("file_missing", missing);
    row.set("sha256", optional_text(sha256));
    return row;
}

/// Points outside min or max dated within the last reporting period.
std::size_t breaches_in(const MeasurementSeries& series, const Period& period) {
    std::size_t count = 0;
    for (const MeasurementPoint& point : series.points) {
        if (!(point.date < period.start) && !(period.end < point.date) &&
            series.threshold.breached(point.value)) {
            ++count;
        }
    }
    return count;
}

std::string sparkline_of(const MeasurementSeries& series, Date as_of) {
    constexpr std::size_t k_recent = 12;
    std::vector<ChartPoint> points;
    for (const MeasurementPoint& point : series.points) {
        if (!(as_of < point.date)) {
            points.push_back({point.date.to_string(), point.value});
        }
    }
    if (points.size() > k_recent) {
        points.erase(points.begin(), points.end() - static_cast<std::ptrdiff_t>(k_recent));
    }
    return points.size() < 2 ? std::string()
                             : sparkline_svg(points, "Recent values of " + series.id);
}

}  // namespace

bool NaturalLess::operator()(std::string_view a, std::string_view b) const {
    std::size_t i = 0;
    std::size_t j = 0;
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    while (i < a.size() && j < b.size()) {
        if (digit(a[i]) && digit(b[j])) {
            const std::size_t i_end = a.find_first_not_of("0123456789", i);
            const std::size_t j_end = b.find_first_not_of("0123456789", j);
            const std::string_view x = a.substr(i, i_end - i);
            const std::string_view y = b.substr(j, j_end - j);
            const std::string_view x_trim = x.substr(std::min(x.find_first_not_of('0'), x.size()));
            const std::string_view y_trim = y.substr(std::min(y.find_first_not_of('0'), y.size()));
            if (x_trim.size() != y_trim.size()) {
                return x_trim.size() < y_trim.size();
            }
            if (x_trim != y_trim) {
                return x_trim < y_trim;
            }
            i = i_end == std::string_view::npos ? a.size() : i_end;
            j = j_end == std::string_view::npos ? b.size() : j_end;
            continue;
        }
        if (a[i] != b[j]) {
            return a[i] < b[j];
        }
        ++i;
        ++j;
    }
    // Equal up to here: the shorter first; ids differing only in leading zeros by plain order.
    return a.size() - i != b.size() - j ? a.size() - i < b.size() - j : a < b;
}

bool past(const std::optional<Date>& due, Date as_of) {
    return due && *due < as_of;
}

std::string source_of(const Origin& origin) {
    return origin.path + ":" + std::to_string(origin.pos.line);
}

TemplateData evidence_rows(const SiteContext& site, const std::vector<const Evidence*>& items) {
    TemplateData rows{TemplateData::type::list};
    for (const Evidence* evidence : items) {
        rows.push_back(evidence_row(site, *evidence));
    }
    return rows;
}

TemplateData risk_summary(const SiteContext& site, std::string_view root, const std::string& id) {
    TemplateData summary = record_link(site, root, id);
    const Risk* risk = site.model.risks.find(id);
    const int score = risk != nullptr ? risk->residual.score() : 0;
    const std::string band = risk != nullptr ? site.model.aims.risk_criteria.band_of(score) : "";
    summary.set("status", risk != nullptr ? risk->status : std::string());
    summary.set("score", risk != nullptr ? std::to_string(score) : std::string("–"));
    summary.set("band", band.empty() ? std::string("none") : band);
    return summary;
}

TemplateData risk_summaries(const SiteContext& site, std::string_view root,
                            const std::vector<std::string>& ids) {
    TemplateData list{TemplateData::type::list};
    for (const std::string& id : ids) {
        list.push_back(risk_summary(site, root, id));
    }
    return list;
}

TemplateData trigger_rows(const SiteContext& site, std::string_view root,
                          std::string_view subject_kind, std::string_view subject) {
    TemplateData rows{TemplateData::type::list};
    for (const ReassessmentTrigger& trigger : triggers_of(site.computed.triggers, subject_kind, subject)) {
        TemplateData row;
        row.set("reason", trigger.reason);
        row.set("date", trigger.event_date.to_string());
        row.set("record", record_link(site, root, trigger.event_record));
        rows.push_back(std::move(row));
    }
    return rows;
}

AssessmentState assessment_state(const Model& model, const AiSystem& system, Date as_of) {
    const ImpactAssessment* current = nullptr;
    const ImpactAssessment* lapsed = nullptr;
    for (const std::string& id : model.links.of(system.id, "impact-assessment")) {
        const ImpactAssessment* assessment = model.impact_assessments.find(id);
        if (assessment == nullptr || assessment->system != system.id) {
            continue;
        }
        if (assessment->current_at(as_of)) {
            current = current == nullptr || current->date < assessment->date ? assessment : current;
        } else if (assessment->status == "approved" && assessment->approved &&
                   !(as_of < *assessment->approved)) {
            lapsed = lapsed == nullptr || lapsed->date < assessment->date ? assessment : lapsed;
        }
    }
    if (current != nullptr) {
        return {"current", current->id};
    }
    if (lapsed != nullptr) {
        return {"overdue", lapsed->id};
    }
    return {"none", ""};
}

TemplateData assessment_state_data(const SiteContext& site, std::string_view root,
                                   const AiSystem& system) {
    const AssessmentState state = assessment_state(site.model, system, site.computed.as_of);
    TemplateData data;
    data.set("state", state.state);
    if (state.state == "current") {
        data.set("label", "current approved");
        data.set("css", "flag-green");
    } else if (state.state == "overdue") {
        data.set("label", "review overdue");
        data.set("css", "flag-amber");
    } else {
        // No assessment at all is a gap that matters most for high-risk systems.
        data.set("label", "none");
        const bool in_use = system.in_scope && system.stage_at(site.computed.as_of) != "retired";
        data.set("css", in_use && system.eu_ai_act_tier == "high" ? "flag-red" : "flag-grey");
    }
    data.set("link", state.assessment.empty() ? TemplateData(false)
                                              : record_link(site, root, state.assessment));
    return data;
}

int supplier_rating_rank(std::string_view rating) {
    static constexpr std::array<std::string_view, 4> k_order = {"low", "medium", "high",
                                                                "critical"};
    for (std::size_t i = 0; i < k_order.size(); ++i) {
        if (k_order[i] == rating) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

const MeasurementPoint* latest_point(const MeasurementSeries& series, Date day) {
    const MeasurementPoint* latest = nullptr;
    for (const MeasurementPoint& point : series.points) {
        if (day < point.date) {
            break;  // points are sorted by date
        }
        latest = &point;
    }
    return latest;
}

const Kpi* series_kpi(const SiteContext& site, const MeasurementSeries& series) {
    // Series KPIs follow the defined KPIs in register order (evaluate_kpis):
    // look there first, and only search when that order ever changes.
    const std::vector<MeasurementSeries>& all = site.model.measurements.all();
    const std::string id = "series-" + series.id;
    if (!all.empty() && &series >= all.data() && &series < all.data() + all.size()) {
        const std::size_t index =
            site.computed.kpis.size() - all.size() + static_cast<std::size_t>(&series - all.data());
        if (site.computed.kpis.size() >= all.size() && site.computed.kpis[index].id == id) {
            return &site.computed.kpis[index];
        }
    }
    for (const Kpi& kpi : site.computed.kpis) {
        if (kpi.id == id) {
            return &kpi;
        }
    }
    return nullptr;
}

std::string threshold_text(const Threshold& threshold) {
    std::vector<std::string> parts;
    if (threshold.min) {
        parts.push_back("min " + format_number(*threshold.min, 3));
    }
    if (threshold.max) {
        parts.push_back("max " + format_number(*threshold.max, 3));
    }
    if (threshold.warning_min) {
        parts.push_back("warning below " + format_number(*threshold.warning_min, 3));
    }
    if (threshold.warning_max) {
        parts.push_back("warning above " + format_number(*threshold.warning_max, 3));
    }
    if (parts.empty()) {
        return "none";
    }
    std::string text = parts.front();
    for (std::size_t i = 1; i < parts.size(); ++i) {
        text += " · " + parts[i];
    }
    return text;
}

TemplateData series_summary(const SiteContext& site, std::string_view root,
                            const MeasurementSeries& series) {
    const Date as_of = site.computed.as_of;
    TemplateData data;
    data.set("id", series.id);
    data.set("title", site.map.title(series.id));
    data.set("href", std::string(root) + site.map.href(series.id));
    data.set("metric", series.metric);
    data.set("unit", optional_text(series.unit));
    data.set("system", record_link(site, root, series.system));
    const MeasurementPoint* latest = latest_point(series, as_of);
    TemplateData latest_data(false);
    if (latest != nullptr) {
        latest_data = TemplateData();
        latest_data.set("value",
                        latest->text.empty() ? format_number(latest->value, 3) : latest->text);
        latest_data.set("date", latest->date.to_string());
    }
    data.set("latest", std::move(latest_data));
    data.set("threshold", threshold_text(series.threshold));
    const Kpi* kpi = series_kpi(site, series);
    const std::string rag = rag_name(kpi != nullptr ? kpi->rag : Rag::grey);
    data.set("rag", rag);
    data.set("rag_label", rag == "grey" ? std::string("no data") : rag);
    const std::size_t breaches =
        site.computed.periods.empty() ? 0 : breaches_in(series, site.computed.periods.back());
    data.set("breaches", std::to_string(breaches));
    data.set("has_breaches", breaches > 0);
    data.set("sparkline", optional_text(sparkline_of(series, as_of)));
    return data;
}

}  // namespace aimsgen::inventory
