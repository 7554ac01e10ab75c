#include "generator/workbook/workbooks.hpp"

namespace aimsgen::workbook {

namespace {

Table scale_table(const std::vector<ScaleLevel>& levels) {
    Table table;
    table.columns = {integer_column("Level"), text_column("Label"), long_text_column("Description")};
    for (const ScaleLevel& level : levels) {
        table.rows.push_back({Cell::of(level.value), Cell::of(level.label), Cell::of(level.description)});
    }
    return table;
}

Sheet method(const Sources& sources) {
    const RiskCriteria& criteria = sources.model.aims.risk_criteria;
    Sheet sheet;
    sheet.name = "Method";
    sheet.title = "Risk assessment method";
    sheet.facts = {{"Organization", Cell::of(sources.model.aims.organization.name)},
                   {"Score", Cell::of(std::string("likelihood × impact"))},
                   {"Acceptance threshold",
                    Cell::of("residual score above " + std::to_string(criteria.acceptance_threshold) +
                             " needs treatment or a recorded acceptance")}};
    for (Fact& fact : provenance_facts(sources)) {
        sheet.facts.push_back(std::move(fact));
    }
    sheet.blocks.emplace_back("Likelihood scale", scale_table(criteria.likelihood));
    sheet.blocks.emplace_back("Impact scale", scale_table(criteria.impact));
    Table bands;
    bands.columns = {choice_column("Band", band_names(criteria), band_colours(criteria)),
                     integer_column("Lowest score"), integer_column("Highest score")};
    for (const RiskBand& band : criteria.bands) {
        bands.rows.push_back({Cell::of(band.name), Cell::of(band.min), Cell::of(band.max)});
    }
    sheet.table = std::move(bands);
    return sheet;
}

std::size_t open_actions(const Risk& risk, Date as_of) {
    std::size_t open = 0;
    for (const RiskAction& action : risk.actions) {
        if (!action.completed || as_of < *action.completed) {
            ++open;
        }
    }
    return open;
}

Sheet risks(const Sources& sources) {
    const Model& model = sources.model;
    const RiskCriteria& criteria = model.aims.risk_criteria;
    const Date as_of = sources.computed.as_of;
    const std::vector<std::string> bands = band_names(criteria);
    Sheet sheet;
    sheet.name = "Risks";
    sheet.table.columns = {
        text_column("Risk"),
        long_text_column("Title"),
        long_text_column("Description"),
        choice_column("Category", enum_of(sources.schemas, "risks.schema.json", {"category"})),
        choice_column("Direction", enum_of(sources.schemas, "risks.schema.json", {"direction"})),
        text_column("AI systems"),
        text_column("Owner"),
        date_column("Identified"),
        integer_column("Inherent likelihood"),
        integer_column("Inherent impact"),
        integer_column("Inherent score"),
        choice_column("Inherent band", bands, band_colours(criteria)),
        integer_column("Residual likelihood"),
        integer_column("Residual impact"),
        integer_column("Residual score"),
        choice_column("Residual band", bands, band_colours(criteria)),
        yes_no_column("Above acceptance threshold", true),
        choice_column("Treatment", enum_of(sources.schemas, "risks.schema.json", {"treatment"})),
        text_column("Controls"),
        integer_column("Actions"),
        integer_column("Open actions"),
        choice_column("Status", enum_of(sources.schemas, "risks.schema.json", {"status"})),
        text_column("Accepted by"),
        date_column("Accepted"),
        date_column("Last review"),
        date_column("Next review"),
        yes_no_column("Review overdue", true),
        date_column("Closed")};
    const OverdueKeys overdue_now = overdue_keys(sources.computed);
    for (const Risk& risk : model.risks) {
        if (as_of < risk.identified) {
            continue;  // not yet identified on the as-of date
        }
        // Scores and status as they stood on the as-of date, as the heat maps place them.
        const Risk::State state = risk.state_at(as_of);
        const bool overdue = overdue_now.count({"risk", risk.id}) > 0;
        const auto by_then = [&](const std::optional<Date>& day) {
            return day && !(as_of < *day) ? day : std::nullopt;
        };
        sheet.table.rows.push_back({Cell::of(risk.id),
                                    Cell::of(risk.title),
                                    Cell::of(risk.description),
                                    Cell::of(risk.category),
                                    Cell::of(risk.direction),
                                    Cell::list(risk.systems),
                                    Cell::of(person(model, risk.owner)),
                                    Cell::of(risk.identified),
                                    Cell::of(state.inherent.likelihood),
                                    Cell::of(state.inherent.impact),
                                    Cell::of(state.inherent.score()),
                                    Cell::of(criteria.band_of(state.inherent.score())),
                                    Cell::of(state.residual.likelihood),
                                    Cell::of(state.residual.impact),
                                    Cell::of(state.residual.score()),
                                    Cell::of(criteria.band_of(state.residual.score())),
                                    Cell::yes_no(state.residual.score() > criteria.acceptance_threshold),
                                    Cell::of(risk.treatment),
                                    Cell::list(risk.controls),
                                    Cell::of(risk.actions.size()),
                                    Cell::of(open_actions(risk, as_of)),
                                    Cell::of(state.status),
                                    Cell::of(by_then(risk.accepted) ? person(model, risk.accepted_by) : ""),
                                    Cell::of(by_then(risk.accepted)),
                                    Cell::of(by_then(risk.last_review)),
                                    Cell::of(risk.next_review),
                                    Cell::yes_no(overdue),
                                    Cell::of(by_then(risk.closed))});
    }
    return sheet;
}

Sheet treatment_plan(const Sources& sources) {
    const Model& model = sources.model;
    const Date as_of = sources.computed.as_of;
    Sheet sheet;
    sheet.name = "Treatment plan";
    sheet.table.columns = {text_column("Risk"),          text_column("Action"),
                           long_text_column("Description"), text_column("Owner"),
                           date_column("Due"),           date_column("Completed"),
                           choice_column("State", {"open", "done"}), yes_no_column("Overdue", true),
                           integer_column("Days overdue")};
    const OverdueKeys overdue_now = overdue_keys(sources.computed);
    for (const Risk& risk : model.risks) {
        if (as_of < risk.identified) {
            continue;
        }
        for (const RiskAction& action : risk.actions) {
            const bool done = action.completed && !(as_of < *action.completed);
            const bool overdue = overdue_now.count({"action", action.id}) > 0;
            sheet.table.rows.push_back({Cell::of(risk.id), Cell::of(action.id), Cell::of(action.description),
                                        Cell::of(person(model, action.owner)), Cell::of(action.due),
                                        Cell::of(done ? action.completed : std::nullopt),
                                        Cell::of(std::string(done ? "done" : "open")),
                                        Cell::yes_no(overdue),
                                        overdue ? Cell::of(static_cast<double>(as_of.days_since(action.due)))
                                                : Cell{}});
        }
    }
    return sheet;
}

/// At most this many ids in a heat-map cell; the count is always whole.
constexpr std::size_t k_ids_per_cell = 200;

Sheet heat_map(const Sources& sources, const HeatMap& map, const std::string& name) {
    const RiskCriteria& criteria = sources.model.aims.risk_criteria;
    Sheet sheet;
    sheet.name = name;
    sheet.title = name + ": open risks as of " + sources.computed.as_of.to_string();
    HeatGrid grid;
    grid.corner = "Likelihood \\ Impact";
    for (int impact = 1; impact <= map.impact_levels; ++impact) {
        const auto level = static_cast<std::size_t>(impact - 1);
        grid.column_labels.push_back(std::to_string(impact) +
                                     (level < criteria.impact.size() ? " " + criteria.impact[level].label : ""));
    }
    for (int likelihood = map.likelihood_levels; likelihood >= 1; --likelihood) {
        const auto level = static_cast<std::size_t>(likelihood - 1);
        grid.row_labels.push_back(std::to_string(likelihood) +
                                  (level < criteria.likelihood.size() ? " " + criteria.likelihood[level].label : ""));
        std::vector<Cell> cells;
        std::vector<std::uint32_t> fills;
        for (int impact = 1; impact <= map.impact_levels; ++impact) {
            const HeatCell& cell = map.cell(likelihood, impact);
            fills.push_back(band_fill(cell.band));
            if (cell.risks.empty()) {
                cells.emplace_back();
                continue;
            }
            std::string text = std::to_string(cell.risks.size()) + (cell.risks.size() == 1 ? " risk" : " risks");
            for (std::size_t i = 0; i < cell.risks.size() && i < k_ids_per_cell; ++i) {
                text += (i == 0 ? "\n" : ", ") + cell.risks[i];
            }
            if (cell.risks.size() > k_ids_per_cell) {
                text += " and " + std::to_string(cell.risks.size() - k_ids_per_cell) + " more";
            }
            cells.push_back(Cell::of(text));
        }
        grid.cells.push_back(std::move(cells));
        grid.fills.push_back(std::move(fills));
    }
    sheet.grid = std::move(grid);
    // Under the matrix, the same placement as a filterable list.
    sheet.table.columns = {integer_column("Likelihood"), integer_column("Impact"), integer_column("Score"),
                           choice_column("Band", band_names(criteria), band_colours(criteria)),
                           integer_column("Open risks"), long_text_column("Risks")};
    for (const HeatCell& cell : map.cells) {
        sheet.table.rows.push_back({Cell::of(cell.likelihood), Cell::of(cell.impact),
                                    Cell::of(cell.likelihood * cell.impact), Cell::of(cell.band),
                                    Cell::of(cell.risks.size()), Cell::list(cell.risks)});
    }
    return sheet;
}

}  // namespace

Workbook risk_workbook(const Sources& sources) {
    Workbook book;
    book.file_name = "risk-register.xlsx";
    book.title = "AI risk register";
    book.properties = properties_for(sources, book.title, "AI risk assessment and treatment (clause 6.1)");
    book.constant_memory = true;
    book.sheets.push_back(method(sources));
    book.sheets.push_back(risks(sources));
    book.sheets.push_back(treatment_plan(sources));
    book.sheets.push_back(heat_map(sources, sources.computed.inherent, "Inherent heat map"));
    book.sheets.push_back(heat_map(sources, sources.computed.residual, "Residual heat map"));
    return book;
}

}  // namespace aimsgen::workbook
