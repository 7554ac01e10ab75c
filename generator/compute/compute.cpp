#include "generator/compute/compute.hpp"

#include <functional>

#include "generator/support/parallel_for.hpp"

namespace aimsgen {

namespace {

/// The as-of date, periods and KPI definitions: what every figure is computed against.
Computed frame_of(const Model& model, const ComputeOptions& options) {
    Computed computed;
    computed.as_of = options.as_of;
    computed.period_kind = options.period;
    computed.periods = trailing_periods(options.as_of, options.period, options.periods);
    computed.definitions = std::make_shared<const std::vector<KpiDefinition>>(kpi_definitions(model.aims.slas));
    return computed;
}

}  // namespace

Computed compute_review_figures(const Model& model, const ComputeOptions& options) {
    Computed computed = frame_of(model, options);
    computed.kpis = evaluate_kpis(model, *computed.definitions, computed.periods);
    computed.residual = build_heat_map(model, options.as_of, true, "as-of");
    return computed;
}

Computed compute(const Model& model, const ComputeOptions& options) {
    Computed computed = frame_of(model, options);
    const std::vector<KpiDefinition>& definitions = *computed.definitions;
    computed.kpis.resize(kpi_count(model, definitions));
    computed.residual_by_period.resize(computed.periods.size());
    // Every figure is computed on its own from the model: one task each, on
    // both cores, each writing only its own member. The slowest first.
    std::vector<std::function<void()>> tasks = {
        [&] { computed.triggers = find_triggers(model, options.as_of); },
        [&] { computed.readiness = assess_readiness(model, options.as_of); },
        [&] { computed.overdue = find_overdue(model, options.as_of); },
        [&] { computed.residual = build_heat_map(model, options.as_of, true, "as-of"); },
        [&] { computed.inherent = build_heat_map(model, options.as_of, false, "as-of"); },
    };
    for (std::size_t i = 0; i < computed.kpis.size(); ++i) {
        tasks.emplace_back([&, i] { computed.kpis[i] = evaluate_kpi(model, definitions, computed.periods, i); });
    }
    for (std::size_t p = 0; p < computed.periods.size(); ++p) {
        tasks.emplace_back([&, p] {
            const Period& period = computed.periods[p];
            computed.residual_by_period[p] = build_heat_map(model, period.end, true, period.label);
        });
    }
    parallel_for(tasks.size(), [&](std::size_t i) { tasks[i](); });
    return computed;
}

}  // namespace aimsgen
