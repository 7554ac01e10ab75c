#pragma once

#include <string>
#include <vector>

#include "generator/calendar/date.hpp"
#include "generator/model/model.hpp"

namespace aimsgen {

/// One cell of a likelihood × impact matrix.
struct HeatCell {
    int likelihood = 0;
    int impact = 0;
    std::string band;  ///< from the risk criteria's bands for likelihood × impact
    std::vector<std::string> risks;
};

/// Open risks placed by score on the date: `cells[(likelihood-1) * impact_levels + (impact-1)]`.
struct HeatMap {
    std::string label;  ///< the period label, or "as-of"
    bool residual = false;
    int likelihood_levels = 0;
    int impact_levels = 0;
    std::vector<HeatCell> cells;

    const HeatCell& cell(int likelihood, int impact) const {
        return cells[static_cast<std::size_t>((likelihood - 1) * impact_levels + (impact - 1))];
    }
};

/// The inherent or residual heat map of the risks open on `day`.
HeatMap build_heat_map(const Model& model, Date day, bool residual, std::string label);

}  // namespace aimsgen
