#include "generator/render/charts/charts.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace aimsgen {

namespace {

constexpr double k_width = 640;
constexpr double k_height = 240;
constexpr double k_left = 48;
constexpr double k_right = 40;  // room for the last x label
constexpr double k_top = 16;
constexpr double k_bottom = 36;

std::string coordinate(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}

struct Range {
    double low = 0;
    double high = 1;
};

Range range_of(const std::vector<ChartPoint>& points, const std::vector<ReferenceLine>& references, bool from_zero) {
    bool any = false;
    Range range{0, 0};
    const auto include = [&](double value) {
        if (!any) {
            range = {value, value};
            any = true;
        }
        range.low = std::min(range.low, value);
        range.high = std::max(range.high, value);
    };
    for (const ChartPoint& point : points) {
        if (point.value) include(*point.value);
    }
    for (const ReferenceLine& line : references) {
        include(line.value);
    }
    if (from_zero) {
        range.low = std::min(range.low, 0.0);
    }
    if (!any || range.high == range.low) {
        range.high = range.low + 1;
    }
    const double pad = (range.high - range.low) * 0.08;
    range.high += pad;
    if (!from_zero) {
        range.low -= pad;
    }
    return range;
}

std::string svg_open(double width, double height, const std::string& title, const std::string& description,
                     const std::string& css_class) {
    return "<svg class=\"chart " + css_class + "\" viewBox=\"0 0 " + coordinate(width) + " " + coordinate(height) +
           "\" role=\"img\" aria-label=\"" + escape_markup(title) + "\" xmlns=\"http://www.w3.org/2000/svg\"><title>" +
           escape_markup(title) + "</title><desc>" + escape_markup(description) + "</desc>";
}

/// Polyline paths for the points, broken where a value is missing.
std::string line_paths(const std::vector<ChartPoint>& points, Range range, double left, double top, double width,
                       double height, const std::string& css_class) {
    std::string paths;
    std::string current;
    const double step = points.size() > 1 ? width / static_cast<double>(points.size() - 1) : 0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (!points[i].value) {
            if (!current.empty()) {
                paths += "<path class=\"" + css_class + "\" d=\"" + current + "\"/>";
                current.clear();
            }
            continue;
        }
        const double x = left + step * static_cast<double>(i) + (points.size() == 1 ? width / 2 : 0);
        const double y = top + height - (*points[i].value - range.low) / (range.high - range.low) * height;
        current += (current.empty() ? "M" : " L") + coordinate(x) + " " + coordinate(y);
    }
    if (!current.empty()) {
        paths += "<path class=\"" + css_class + "\" d=\"" + current + "\"/>";
    }
    return paths;
}

}  // namespace

std::string escape_markup(const std::string& text) {
    std::string escaped;
    escaped.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&': escaped += "&amp;"; break;
            case '<': escaped += "&lt;"; break;
            case '>': escaped += "&gt;"; break;
            case '"': escaped += "&quot;"; break;
            case '\'': escaped += "&#39;"; break;
            default: escaped += c;
        }
    }
    return escaped;
}

std::string format_number(double value, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    std::string text = buffer;
    if (text.find('.') != std::string::npos) {
        text.erase(text.find_last_not_of('0') + 1);
        if (text.back() == '.') {
            text.pop_back();
        }
    }
    return text == "-0" ? "0" : text;
}

std::string sparkline_svg(const std::vector<ChartPoint>& points, const std::string& title) {
    constexpr double width = 120;
    constexpr double height = 32;
    const Range range = range_of(points, {}, false);
    std::string description = "Trend:";
    for (const ChartPoint& point : points) {
        description += " " + point.label + " " + (point.value ? format_number(*point.value) : "no data") + ";";
    }
    std::string svg = svg_open(width, height, title, description, "sparkline");
    svg += line_paths(points, range, 2, 2, width - 4, height - 4, "spark");
    return svg + "</svg>";
}

std::string line_chart_svg(const std::vector<ChartPoint>& points, const std::vector<ReferenceLine>& references,
                           const std::string& title, const std::string& description) {
    const Range range = range_of(points, references, false);
    const double plot_width = k_width - k_left - k_right;
    const double plot_height = k_height - k_top - k_bottom;
    std::string svg = svg_open(k_width, k_height, title, description, "line-chart");
    const auto y_of = [&](double value) {
        return k_top + plot_height - (value - range.low) / (range.high - range.low) * plot_height;
    };
    // Axes and four y gridlines with labels.
    for (int i = 0; i <= 4; ++i) {
        const double value = range.low + (range.high - range.low) * i / 4.0;
        const double y = y_of(value);
        svg += "<line class=\"grid\" x1=\"" + coordinate(k_left) + "\" x2=\"" + coordinate(k_width - k_right) +
               "\" y1=\"" + coordinate(y) + "\" y2=\"" + coordinate(y) + "\"/>";
        svg += "<text x=\"" + coordinate(k_left - 6) + "\" y=\"" + coordinate(y + 4) + "\" text-anchor=\"end\">" +
               escape_markup(format_number(value, 2)) + "</text>";
    }
    for (const ReferenceLine& line : references) {
        const double y = y_of(line.value);
        svg += "<line class=\"reference " + escape_markup(line.css_class) + "\" x1=\"" + coordinate(k_left) +
               "\" x2=\"" + coordinate(k_width - k_right) + "\" y1=\"" + coordinate(y) + "\" y2=\"" + coordinate(y) +
               "\"/><text x=\"" + coordinate(k_width - k_right) + "\" y=\"" + coordinate(y - 4) +
               "\" text-anchor=\"end\">" + escape_markup(line.label) + "</text>";
    }
    svg += line_paths(points, range, k_left, k_top, plot_width, plot_height, "series");
    // At most about eight x labels, evenly spread.
    const std::size_t every = std::max<std::size_t>(1, (points.size() + 7) / 8);
    const double step = points.size() > 1 ? plot_width / static_cast<double>(points.size() - 1) : 0;
    for (std::size_t i = 0; i < points.size(); i += every) {
        const double x = k_left + step * static_cast<double>(i) + (points.size() == 1 ? plot_width / 2 : 0);
        svg += "<text x=\"" + coordinate(x) + "\" y=\"" + coordinate(k_height - 12) + "\" text-anchor=\"middle\">" +
               escape_markup(points[i].label) + "</text>";
    }
    return svg + "</svg>";
}

std::string bar_chart_svg(const std::vector<ChartPoint>& points, const std::string& title,
                          const std::string& description) {
    const Range range = range_of(points, {}, true);
    const double plot_width = k_width - k_left - k_right;
    const double plot_height = k_height - k_top - k_bottom;
    std::string svg = svg_open(k_width, k_height, title, description, "bar-chart");
    const double slot = points.empty() ? plot_width : plot_width / static_cast<double>(points.size());
    const double bar = slot * 0.7;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const double x = k_left + slot * static_cast<double>(i) + (slot - bar) / 2;
        if (points[i].value) {
            const double h = (*points[i].value - range.low) / (range.high - range.low) * plot_height;
            svg += "<rect class=\"bar\" x=\"" + coordinate(x) + "\" y=\"" + coordinate(k_top + plot_height - h) +
                   "\" width=\"" + coordinate(bar) + "\" height=\"" + coordinate(h) + "\"/>";
            svg += "<text x=\"" + coordinate(x + bar / 2) + "\" y=\"" + coordinate(k_top + plot_height - h - 4) +
                   "\" text-anchor=\"middle\">" + escape_markup(format_number(*points[i].value)) + "</text>";
        }
        svg += "<text x=\"" + coordinate(x + bar / 2) + "\" y=\"" + coordinate(k_height - 12) +
               "\" text-anchor=\"middle\">" + escape_markup(points[i].label) + "</text>";
    }
    svg += "<line class=\"axis\" x1=\"" + coordinate(k_left) + "\" x2=\"" + coordinate(k_width - k_right) + "\" y1=\"" +
           coordinate(k_top + plot_height) + "\" y2=\"" + coordinate(k_top + plot_height) + "\"/>";
    return svg + "</svg>";
}

}  // namespace aimsgen
