#pragma once

#include <vector>

#include "generator/compute/kpi.hpp"
#include "generator/compute/period.hpp"
#include "generator/model/model.hpp"

namespace aimsgen {

/// Evaluates every KPI at the end of each period (the last one ends at the
/// as-of date): value, previous-period value, delta, trend, target and warning
/// (aims.yaml kpi_targets over the defaults), RAG and the records behind it.
/// Then one KPI per measurement series: its latest value against its threshold.
std::vector<Kpi> evaluate_kpis(const Model& model, const std::vector<KpiDefinition>& definitions,
                               const std::vector<Period>& periods);

/// How many KPIs evaluate_kpis gives: one per definition, then one per series.
std::size_t kpi_count(const Model& model, const std::vector<KpiDefinition>& definitions);
/// The `index`th KPI of evaluate_kpis alone, so that KPIs can be evaluated side by side.
Kpi evaluate_kpi(const Model& model, const std::vector<KpiDefinition>& definitions,
                 const std::vector<Period>& periods, std::size_t index);

}  // namespace aimsgen
