#pragma once

#include <optional>
#include <string>
#include <vector>

namespace aimsgen {

// Inline SVG charts made at build time: no chart library at view time. Every
// chart carries a <title> and <desc> for screen readers; callers also print
// its data as a table. Text is escaped here; the SVG is safe to insert raw.

struct ChartPoint {
    std::string label;  ///< x label: a period or a date
    std::optional<double> value;
};

/// A tiny trend line for a KPI tile (no axes); gaps where a value is missing.
std::string sparkline_svg(const std::vector<ChartPoint>& points, const std::string& title);

/// Horizontal reference lines drawn across a line chart (targets, thresholds).
struct ReferenceLine {
    double value = 0;
    std::string label;
    std::string css_class;  ///< "target", "limit", "warning"
};

/// A line chart with axes, labelled x ticks and optional reference lines.
std::string line_chart_svg(const std::vector<ChartPoint>& points, const std::vector<ReferenceLine>& references,
                           const std::string& title, const std::string& description);

/// A vertical bar chart, one bar per point.
std::string bar_chart_svg(const std::vector<ChartPoint>& points, const std::string& title,
                          const std::string& description);

/// Escapes text for HTML and SVG (& < > " ').
std::string escape_markup(const std::string& text);

/// A number for display: at most `decimals` places, no trailing zeros.
std::string format_number(double value, int decimals = 1);

}  // namespace aimsgen
