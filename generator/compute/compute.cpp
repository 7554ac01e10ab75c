#include "generator/compute/compute.hpp"

namespace aimsgen {

Computed compute_review_figures(const Model& model, const ComputeOptions& options) {
    Computed computed;
    computed.as_of = options.as_of;
    computed.period_kind = options.period;
    computed.periods = trailing_periods(options.as_of, options.period, options.periods);
    computed.definitions = std::make_shared<const std::vector<KpiDefinition>>(kpi_definitions(model.aims.slas));
    computed.kpis = evaluate_kpis(model, *computed.definitions, computed.periods);
    computed.residual = build_heat_map(model, options.as_of, true, "as-of");
    return computed;
}

Computed compute(const Model& model, const ComputeOptions& options) {
    Computed computed = compute_review_figures(model, options);
    computed.inherent = build_heat_map(model, options.as_of, false, "as-of");
    for (const Period& period : computed.periods) {
        computed.residual_by_period.push_back(build_heat_map(model, period.end, true, period.label));
    }
    computed.triggers = find_triggers(model, options.as_of);
    computed.overdue = find_overdue(model, options.as_of);
    computed.readiness = assess_readiness(model, options.as_of);
    return computed;
}

}  // namespace aimsgen
