#include <algorithm>
#include <cmath>
#include <numeric>

#include "generator/compute/kpi.hpp"

namespace aimsgen {

namespace {

double round_tenth(double value) { return std::round(value * 10.0) / 10.0; }

}  // namespace

std::string kpi_area(const Kpi& kpi) { return kpi.definition != nullptr ? kpi.definition->area : "monitoring"; }

std::string kpi_definition_text(const Kpi& kpi) {
    return kpi.definition != nullptr
               ? kpi.definition->definition
               : "Latest measured value of the series on or before the date, against its threshold.";
}

std::string kpi_unit(const Kpi& kpi) { return kpi.definition != nullptr ? kpi.definition->unit : "value"; }

const char* rag_name(Rag rag) {
    switch (rag) {
        case Rag::green:
            return "green";
        case Rag::amber:
            return "amber";
        case Rag::red:
            return "red";
        case Rag::grey:
            return "grey";
    }
    return "grey";
}

Rag rate(std::optional<double> value, std::optional<double> target, std::optional<double> warning,
         Direction direction) {
    if (!value || !target) {
        return Rag::grey;
    }
    const double limit = warning.value_or(*target);
    if (direction == Direction::higher_is_better) {
        return *value >= *target ? Rag::green : (*value >= limit ? Rag::amber : Rag::red);
    }
    return *value <= *target ? Rag::green : (*value <= limit ? Rag::amber : Rag::red);
}

std::optional<double> percent(std::size_t part, std::size_t whole) {
    if (whole == 0) {
        return std::nullopt;
    }
    return round_tenth(100.0 * static_cast<double>(part) / static_cast<double>(whole));
}

std::optional<double> mean(const std::vector<double>& values) {
    if (values.empty()) {
        return std::nullopt;
    }
    return round_tenth(std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size()));
}

std::optional<double> median(std::vector<double> values) {
    if (values.empty()) {
        return std::nullopt;
    }
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    const double value = values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
    return round_tenth(value);
}

bool within(Date day, const KpiWindow& window) { return !(day < window.start) && !(window.end < day); }

std::vector<KpiDefinition> kpi_definitions(const ReviewSlas& slas) {
    std::vector<KpiDefinition> kpis;
    add_inventory_kpis(kpis, slas);
    add_risk_kpis(kpis, slas);
    add_control_kpis(kpis, slas);
    add_operation_kpis(kpis, slas);
    add_assurance_kpis(kpis, slas);
    return kpis;
}

}  // namespace aimsgen
