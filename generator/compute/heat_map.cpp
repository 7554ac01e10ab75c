#include "generator/compute/heat_map.hpp"

namespace aimsgen {

HeatMap build_heat_map(const Model& model, Date day, bool residual, std::string label) {
    const RiskCriteria& criteria = model.aims.risk_criteria;
    HeatMap map;
    map.label = std::move(label);
    map.residual = residual;
    map.likelihood_levels = criteria.likelihood.empty() ? 5 : static_cast<int>(criteria.likelihood.size());
    map.impact_levels = criteria.impact.empty() ? 5 : static_cast<int>(criteria.impact.size());
    for (int likelihood = 1; likelihood <= map.likelihood_levels; ++likelihood) {
        for (int impact = 1; impact <= map.impact_levels; ++impact) {
            map.cells.push_back({likelihood, impact, criteria.band_of(likelihood * impact), {}});
        }
    }
    for (const Risk& risk : model.risks) {
        if (!risk.open_at(day)) {
            continue;
        }
        const Risk::State state = risk.state_at(day);
        const RiskScore score = residual ? state.residual : state.inherent;
        if (score.likelihood < 1 || score.likelihood > map.likelihood_levels || score.impact < 1 ||
            score.impact > map.impact_levels) {
            continue;
        }
        map.cells[static_cast<std::size_t>((score.likelihood - 1) * map.impact_levels + (score.impact - 1))]
            .risks.push_back(risk.id);
    }
    return map;
}

}  // namespace aimsgen
