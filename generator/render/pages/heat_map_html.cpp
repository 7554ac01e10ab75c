// Heat maps as real HTML tables (likelihood rows from high to low, impact
// columns), and the residual picture per period, for the dashboard.

#include "generator/render/pages/dashboard_parts.hpp"

namespace aimsgen {

namespace {

/// A cell lists at most this many risks; the rest are counted ("and 12 more")
/// so a register of 20,000 risks keeps a readable dashboard.
constexpr std::size_t k_risks_per_cell = 8;

std::string scale_label(const std::vector<ScaleLevel>& scale, int value) {
    for (const ScaleLevel& level : scale) {
        if (level.value == value) {
            return level.label;
        }
    }
    return "";
}

TemplateData cell_data(const SiteContext& site, const std::string& root, const HeatCell& cell) {
    TemplateData data;
    const std::string band = cell.band.empty() ? std::string("none") : cell.band;
    data.set("band", band);
    data.set("score", std::to_string(cell.likelihood * cell.impact));
    data.set("likelihood", std::to_string(cell.likelihood));
    data.set("impact", std::to_string(cell.impact));
    data.set("count", std::to_string(cell.risks.size()));
    data.set("empty", cell.risks.empty());
    TemplateData risks{TemplateData::type::list};
    for (std::size_t i = 0; i < cell.risks.size() && i < k_risks_per_cell; ++i) {
        risks.push_back(record_link(site, root, cell.risks[i]));
    }
    data.set("risks", risks);
    const std::size_t more = cell.risks.size() > k_risks_per_cell ? cell.risks.size() - k_risks_per_cell : 0;
    data.set("more", optional_text(more > 0 ? std::to_string(more) : ""));
    return data;
}

std::size_t count_in_band(const HeatMap& map, const std::string& band) {
    std::size_t count = 0;
    for (const HeatCell& cell : map.cells) {
        count += cell.band == band ? cell.risks.size() : 0;
    }
    return count;
}

TemplateData count_cells(const std::vector<std::size_t>& counts) {
    TemplateData cells{TemplateData::type::list};
    for (const std::size_t count : counts) {
        cells.push_back(TemplateData("count", std::to_string(count)));
    }
    return cells;
}

/// The last count against the one before: "+2", "−1", "0".
std::string change_text(const std::vector<std::size_t>& counts) {
    if (counts.size() < 2) {
        return "0";
    }
    const long change = static_cast<long>(counts.back()) - static_cast<long>(counts[counts.size() - 2]);
    return change > 0 ? "+" + std::to_string(change) : change < 0 ? "−" + std::to_string(-change) : std::string("0");
}

}  // namespace

TemplateData heat_map_data(const SiteContext& site, const std::string& root, const HeatMap& map,
                           const std::string& caption) {
    const RiskCriteria& criteria = site.model.aims.risk_criteria;
    TemplateData data;
    data.set("caption", caption);
    data.set("kind", std::string(map.residual ? "residual" : "inherent"));
    data.set("impact_levels", std::to_string(map.impact_levels));
    TemplateData columns{TemplateData::type::list};
    for (int impact = 1; impact <= map.impact_levels; ++impact) {
        TemplateData column;
        column.set("value", std::to_string(impact));
        column.set("label", optional_text(scale_label(criteria.impact, impact)));
        columns.push_back(std::move(column));
    }
    data.set("columns", std::move(columns));
    TemplateData rows{TemplateData::type::list};
    std::size_t total = 0;
    for (int likelihood = map.likelihood_levels; likelihood >= 1; --likelihood) {
        TemplateData row;
        row.set("value", std::to_string(likelihood));
        row.set("label", optional_text(scale_label(criteria.likelihood, likelihood)));
        TemplateData cells{TemplateData::type::list};
        for (int impact = 1; impact <= map.impact_levels; ++impact) {
            const HeatCell& cell = map.cell(likelihood, impact);
            total += cell.risks.size();
            cells.push_back(cell_data(site, root, cell));
        }
        row.set("cells", std::move(cells));
        rows.push_back(std::move(row));
    }
    data.set("rows", std::move(rows));
    data.set("total", std::to_string(total));
    return data;
}

TemplateData residual_movement_data(const SiteContext& site) {
    const std::vector<HeatMap>& maps = site.computed.residual_by_period;
    TemplateData data;
    TemplateData periods{TemplateData::type::list};
    for (std::size_t i = 0; i < maps.size(); ++i) {
        TemplateData period;
        period.set("label", maps[i].label);
        period.set("to_date", i < site.computed.periods.size() && site.computed.periods[i].to_date);
        periods.push_back(std::move(period));
    }
    data.set("periods", std::move(periods));
    data.set("has_periods", !maps.empty());
    data.set("has_change", maps.size() >= 2);
    // One row per band, the worst first, then the total of open risks.
    TemplateData rows{TemplateData::type::list};
    std::vector<std::size_t> totals(maps.size(), 0);
    const std::vector<RiskBand>& bands = site.model.aims.risk_criteria.bands;
    for (auto band = bands.rbegin(); band != bands.rend(); ++band) {
        std::vector<std::size_t> counts;
        for (std::size_t i = 0; i < maps.size(); ++i) {
            counts.push_back(count_in_band(maps[i], band->name));
            totals[i] += counts.back();
        }
        TemplateData row;
        row.set("band", band->name);
        row.set("counts", count_cells(counts));
        row.set("change", change_text(counts));
        rows.push_back(std::move(row));
    }
    data.set("rows", std::move(rows));
    data.set("totals", count_cells(totals));
    data.set("total_change", change_text(totals));
    return data;
}

}  // namespace aimsgen
