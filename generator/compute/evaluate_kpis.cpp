#include "generator/compute/evaluate_kpis.hpp"

#include <cmath>

namespace aimsgen {

namespace {

const KpiTarget* find_target(const Model& model, std::string_view kpi) {
    for (const KpiTarget& target : model.aims.kpi_targets) {
        if (target.kpi == kpi) {
            return &target;
        }
    }
    return nullptr;
}

/// `scale`: deltas are rounded to 1/scale (tenths for KPIs; finer for
/// measured series, whose values are often between 0 and 1).
void fill_trend_figures(Kpi& kpi, double scale) {
    if (kpi.trend.empty()) {
        return;
    }
    kpi.value = kpi.trend.back().value;
    if (kpi.trend.size() >= 2) {
        kpi.previous = kpi.trend[kpi.trend.size() - 2].value;
    }
    if (kpi.value && kpi.previous) {
        kpi.delta = std::round((*kpi.value - *kpi.previous) * scale) / scale + 0.0;  // never -0
    }
}

Kpi evaluate(const Model& model, const KpiDefinition& definition, const std::vector<Period>& periods) {
    Kpi kpi;
    kpi.definition = &definition;
    kpi.id = definition.id;
    kpi.title = definition.title;
    KpiSample last;
    for (const Period& period : periods) {
        KpiSample sample = definition.evaluate(model, KpiWindow{period.start, period.end});
        kpi.trend.push_back({period.label, sample.value});
        last = std::move(sample);
    }
    fill_trend_figures(kpi, 10.0);
    kpi.target = definition.target;
    kpi.warning = definition.warning;
    if (const KpiTarget* target = find_target(model, definition.id)) {
        kpi.target = target->target;
        kpi.warning = target->warning ? target->warning : kpi.warning;
    }
    kpi.rag = rate(kpi.value, kpi.target, kpi.warning, definition.direction);
    kpi.records = std::move(last.records);
    kpi.breakdown = std::move(last.breakdown);
    return kpi;
}

/// The latest point on or before `day`, or nullptr.
const MeasurementPoint* latest_point(const MeasurementSeries& series, Date day) {
    const MeasurementPoint* latest = nullptr;
    for (const MeasurementPoint& point : series.points) {
        if (!(day < point.date)) {
            latest = &point;
        }
    }
    return latest;
}

Kpi evaluate_series(const MeasurementSeries& series, const std::vector<Period>& periods) {
    Kpi kpi;
    kpi.id = "series-" + series.id;
    kpi.title = series.title.empty() ? series.metric + " of " + series.system : series.title;
    for (const Period& period : periods) {
        const MeasurementPoint* point = latest_point(series, period.end);
        kpi.trend.push_back({period.label, point != nullptr ? std::optional<double>(point->value) : std::nullopt});
    }
    fill_trend_figures(kpi, 10000.0);
    const bool higher_is_better = series.direction == "higher-is-better";
    kpi.target = higher_is_better ? series.threshold.min : series.threshold.max;
    kpi.warning = higher_is_better ? series.threshold.warning_min : series.threshold.warning_max;
    if (kpi.value) {
        kpi.rag = series.threshold.breached(*kpi.value) ? Rag::red
                  : series.threshold.warned(*kpi.value) ? Rag::amber
                                                        : Rag::green;
    }
    kpi.records = {series.id, series.system};
    return kpi;
}

}  // namespace

std::size_t kpi_count(const Model& model, const std::vector<KpiDefinition>& definitions) {
    return definitions.size() + model.measurements.size();
}

Kpi evaluate_kpi(const Model& model, const std::vector<KpiDefinition>& definitions,
                 const std::vector<Period>& periods, std::size_t index) {
    if (index < definitions.size()) {
        return evaluate(model, definitions[index], periods);
    }
    return evaluate_series(model.measurements.all()[index - definitions.size()], periods);
}

std::vector<Kpi> evaluate_kpis(const Model& model, const std::vector<KpiDefinition>& definitions,
                               const std::vector<Period>& periods) {
    std::vector<Kpi> kpis;
    const std::size_t count = kpi_count(model, definitions);
    kpis.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        kpis.push_back(evaluate_kpi(model, definitions, periods, i));
    }
    return kpis;
}

}  // namespace aimsgen
