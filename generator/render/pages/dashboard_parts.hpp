#pragma once

// Pieces shared by the dashboard, the KPI pages, readiness, diagnostics and
// search (dashboard_pages.cpp, kpi_pages.cpp, kpi_view.cpp, heat_map_html.cpp,
// dashboard_changes.cpp, readiness_page.cpp, diagnostics_page.cpp,
// search_pages.cpp). Not a public interface of the render stage.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "generator/render/charts/charts.hpp"
#include "generator/render/site_context.hpp"

namespace aimsgen {

// ---- KPIs (kpi_view.cpp) ----

/// How a KPI reads, whether it comes from a definition or a measurement series.
struct KpiFacts {
    std::string area;        ///< "risk", "controls", ... ("monitoring" for a series)
    std::string definition;  ///< one sentence
    std::string unit;        ///< "%", "count", "days" or the series' own unit
    std::optional<Direction> direction;  ///< none for a series without one
    const MeasurementSeries* series = nullptr;
};
KpiFacts kpi_facts(const SiteContext& site, const Kpi& kpi);

/// The page of a KPI from the output root: "kpis/<id>.html".
std::string kpi_href(const Kpi& kpi);

/// A figure with its unit ("87.5%", "12", "14 days"), "no data" when absent.
std::string kpi_figure(std::optional<double> value, const KpiFacts& facts);

/// The RAG a value would have had with the KPI's target and warning (for the
/// previous period and for each trend point).
Rag kpi_rag_of(const SiteContext& site, const Kpi& kpi, std::optional<double> value);

/// The word that goes with a RAG colour, so colour is never the only signal.
std::string rag_word(Rag rag);

/// The display name of a KPI area ("Risk", "Controls (SoA)").
std::string area_title(std::string_view area);
/// Areas in the order the dashboard shows them; unknown areas sort last.
int area_rank(std::string_view area);

/// {value, previous, delta, arrow, trend ("better"|"worse"|"no change"|""),
/// has_delta, target, warning, rag, rag_word, unit, ...} for tiles and tables.
TemplateData kpi_summary(const SiteContext& site, const std::string& root, const Kpi& kpi);

/// Trend points as chart points, period labels marked "(to date)" where so.
std::vector<ChartPoint> kpi_points(const SiteContext& site, const Kpi& kpi);

// ---- Heat maps (heat_map_html.cpp) ----

/// A likelihood × impact table: rows from the highest likelihood down,
/// columns by impact, each cell with band, count and links to its risks.
TemplateData heat_map_data(const SiteContext& site, const std::string& root, const HeatMap& map,
                           const std::string& caption);
/// Counts per band per period of computed.residual_by_period.
TemplateData residual_movement_data(const SiteContext& site);

// ---- What changed (dashboard_changes.cpp) ----

/// KPIs whose RAG changed or that moved notably, and the records created in
/// the current period.
TemplateData changes_data(const SiteContext& site, const std::string& root);

// ---- Readiness (readiness_page.cpp) ----

/// "Met", "Partly met", "Missing".
std::string readiness_word(ReadinessStatus status);
/// rag-green, rag-amber, rag-red for a readiness status.
std::string readiness_class(ReadinessStatus status);
/// {id, title, status, status_word, status_class, score, met, partial, total, href}.
TemplateData readiness_group_data(const SiteContext& site, const std::string& root, const ReadinessGroup& group);
/// The next key output with a link to its check on readiness.html.
TemplateData next_key_output_data(const SiteContext& site, const std::string& root);

// ---- Search (search_pages.cpp) ----

/// search-index.js: `window.AIMSGEN_SEARCH = [...];` with id, title, kind,
/// href and (documents) plain text of every record page; `<`, `>` and `&`
/// escaped as \u003c, \u003e, \u0026 so no content can close a script.
std::string search_index_script(const SiteContext& site);

}  // namespace aimsgen
