#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "generator/calendar/date.hpp"
#include "generator/compute/period.hpp"
#include "generator/model/model.hpp"

namespace aimsgen {

/// The stretch of time a KPI is evaluated over: figures stand "as at" `end`;
/// flow figures (incidents in the period, mean days to close) count what
/// happened from `start` to `end`.
struct KpiWindow {
    Date start;
    Date end;
};

/// A sub-figure of a KPI (per severity, per role, per system).
struct KpiBreakdown {
    std::string key;
    std::optional<double> value;
};

/// What one evaluation of a KPI gives: a value (none when there is no data,
/// never a silent 0) and the records behind it.
struct KpiSample {
    std::optional<double> value;
    std::vector<std::string> records;  ///< ids a reader can click through to
    std::vector<KpiBreakdown> breakdown;
};

enum class Direction { higher_is_better, lower_is_better };

/// How a KPI is defined: shown in README and on the portal.
struct KpiDefinition {
    std::string id;
    std::string title;
    std::string area;        ///< what clause 9.1 monitors: inventory, risk, controls, ...
    std::string definition;  ///< one sentence, with the formula
    std::string unit;        ///< "%", "count" or "days"
    Direction direction = Direction::higher_is_better;
    std::optional<double> target;   ///< default, overridden by aims.yaml kpi_targets
    std::optional<double> warning;  ///< default amber/red boundary
    std::function<KpiSample(const Model&, const KpiWindow&)> evaluate;
};

struct KpiTrendPoint {
    std::string period;
    std::optional<double> value;
};

enum class Rag { green, amber, red, grey };
const char* rag_name(Rag rag);

/// A KPI evaluated at the as-of date with its trend.
struct Kpi {
    const KpiDefinition* definition = nullptr;
    std::string id;  ///< the definition's id, or "series-<id>" for a measurement series
    std::string title;
    std::optional<double> value;
    std::optional<double> previous;
    std::optional<double> delta;
    std::vector<KpiTrendPoint> trend;
    std::optional<double> target;
    std::optional<double> warning;
    Rag rag = Rag::grey;
    std::vector<std::string> records;
    std::vector<KpiBreakdown> breakdown;
};

/// The area, definition and unit of a KPI as readers see them; a measurement
/// series' KPI has no definition of its own and reads as "monitoring".
std::string kpi_area(const Kpi& kpi);
std::string kpi_definition_text(const Kpi& kpi);
std::string kpi_unit(const Kpi& kpi);

/// Every KPI definition, in the order the dashboard and README show them.
std::vector<KpiDefinition> kpi_definitions(const ReviewSlas& slas);

/// Green meets the target; amber between target and warning; red beyond the
/// warning; grey without a value or a target.
Rag rate(std::optional<double> value, std::optional<double> target, std::optional<double> warning, Direction direction);

// Helpers shared by the KPI files.

/// `part` of `whole` as a percentage rounded to 0.1, or none when whole is 0.
std::optional<double> percent(std::size_t part, std::size_t whole);
/// Mean rounded to 0.1, none for no values.
std::optional<double> mean(const std::vector<double>& values);
/// Median rounded to 0.1, none for no values.
std::optional<double> median(std::vector<double> values);
bool within(Date day, const KpiWindow& window);

/// When a risk's review falls due as seen at `day` (see risk-reviews-overdue).
Date risk_review_due(const Risk& risk, Date day, int review_months);

// The KPI definitions, grouped by the area they monitor (kpis_*.cpp).
void add_inventory_kpis(std::vector<KpiDefinition>& kpis, const ReviewSlas& slas);
void add_risk_kpis(std::vector<KpiDefinition>& kpis, const ReviewSlas& slas);
void add_control_kpis(std::vector<KpiDefinition>& kpis, const ReviewSlas& slas);
void add_operation_kpis(std::vector<KpiDefinition>& kpis, const ReviewSlas& slas);
void add_assurance_kpis(std::vector<KpiDefinition>& kpis, const ReviewSlas& slas);

}  // namespace aimsgen
