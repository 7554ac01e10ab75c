#pragma once

#include <memory>
#include <vector>

#include "generator/compute/evaluate_kpis.hpp"
#include "generator/compute/heat_map.hpp"
#include "generator/compute/overdue.hpp"
#include "generator/compute/period.hpp"
#include "generator/compute/readiness.hpp"
#include "generator/compute/triggers.hpp"
#include "generator/model/model.hpp"

namespace aimsgen {

struct ComputeOptions {
    Date as_of;
    PeriodKind period = PeriodKind::quarter;
    int periods = 12;
};

/// Everything the portal, model.json and the workbooks show, computed from
/// the model and a date: KPIs with trends, heat maps now and per period,
/// re-assessment triggers, certification readiness.
struct Computed {
    Date as_of;
    PeriodKind period_kind = PeriodKind::quarter;
    std::vector<Period> periods;  ///< oldest first; the last ends at the as-of date
    std::shared_ptr<const std::vector<KpiDefinition>> definitions;  ///< what the KPIs point at
    std::vector<Kpi> kpis;
    HeatMap inherent;
    HeatMap residual;
    std::vector<HeatMap> residual_by_period;  ///< one per period, at its end
    std::vector<ReassessmentTrigger> triggers;
    std::vector<OverdueItem> overdue;
    Readiness readiness;
};

/// Compute stage: pure, no I/O and no clock.
Computed compute(const Model& model, const ComputeOptions& options);

/// Only what a management review pack shows of another date: the periods,
/// the KPIs with their trends and the residual heat map (the rest is empty).
Computed compute_review_figures(const Model& model, const ComputeOptions& options);

}  // namespace aimsgen
