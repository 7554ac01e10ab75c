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
        columns.push_back(column);
    }
    data.set("columns", columns);
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
        row.set("cells", cells);
        rows.push_back(row);
    }
    data.set("rows", rows);
    data.set("total", std::to_string(total));
    return data;
}

TemplateData residual_movement_data(const SiteContext& site) {
    const std::vector<HeatMap>& maps = site.computed.residual_by_period;
    TemplateData data;
    TemplateData periods{TemplateData::type::list};
    for (std::size_t i = 0; i < maps.size(); ++i) {
        const bool to_date = i < site.computed.periods.size() && site.computed.periods[i].to_date;
        TemplateData period;
        period.set("label", maps[i].label);
        period.set("to_date", to_date);
        periods.push_back(period);
    }
    data.set("periods", periods);
    data.set("has_periods", !maps.empty());
    data.set("has_change", maps.size() >= 2);

    // Count each period's open risks by band, in the order of the risk criteria.
    std::vector<std::string> bands;
    for (const RiskBand& band : site.model.aims.risk_criteria.bands) {
        bands.push_back(band.name);
    }
    const auto count_in = [](const HeatMap& map, const std::string& band) {
        std::size_t count = 0;
        for (const HeatCell& cell : map.cells) {
            count += cell.band == band ? cell.risks.size() : 0;
        }
        return count;
    };
    const auto change_text = [](long change) {
        return change > 0 ? "+" + std::to_string(change) : change < 0 ? "−" + std::to_string(-change) : std::string("0");
    };
    TemplateData rows{TemplateData::type::list};
    std::vector<std::size_t> totals(maps.size(), 0);
    for (auto band = bands.rbegin(); band != bands.rend(); ++band) {
        TemplateData row;
        row.set("band", *band);
        TemplateData counts{TemplateData::type::list};
        std::vector<std::size_t> values;
        for (std::size_t i = 0; i < maps.size(); ++i) {
            values.push_back(count_in(maps[i], *band));
            totals[i] += values.back();
            counts.push_back(TemplateData("count", std::to_string(values.back())));
        }
        row.set("counts", counts);
        const long change = values.size() >= 2 ? static_cast<long>(values.back()) - static_cast<long>(values[values.size() - 2]) : 0;
        row.set("change", change_text(change));
        rows.push_back(row);
    }
    data.set("rows", rows);
    TemplateData total_counts{TemplateData::type::list};
    for (const std::size_t total : totals) {
        total_counts.push_back(TemplateData("count", std::to_string(total)));
    }
    data.set("totals", total_counts);
    const long total_change =
        totals.size() >= 2 ? static_cast<long>(totals.back()) - static_cast<long>(totals[totals.size() - 2]) : 0;
    data.set("total_change", change_text(total_change));
    return data;
}

}  // namespace aimsgen
