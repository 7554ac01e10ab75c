#include <algorithm>
#include <charconv>

#include "generator/validate/rules.hpp"

namespace aimsgen {

namespace {

constexpr int k_supported_format_version = 1;

std::optional<long> integer_of(const YamlNode* node) {
    if (node == nullptr || !node->is_scalar() || node->scalar_type() != ScalarType::integer) {
        return std::nullopt;
    }
    long value = 0;
    const auto [end, status] = std::from_chars(node->text.data(), node->text.data() + node->text.size(), value);
    if (status != std::errc() || end != node->text.data() + node->text.size()) {
        return std::nullopt;
    }
    return value;
}

void check_format_version(const YamlFile& aims, Diagnostics& diagnostics) {
    const YamlNode* version = aims.root->find("format_version");
    const std::optional<long> value = integer_of(version);
    if (!value) {
        return;  // missing or mistyped: the schema says so
    }
    if (*value > k_supported_format_version) {
        diagnostics.error(aims.path, version->pos,
                          "format_version " + std::to_string(*value) + " is newer than this aimsgen " +
                              AIMSGEN_VERSION + " reads (format_version " +
                              std::to_string(k_supported_format_version) +
                              "); install an aimsgen release that supports format_version " +
                              std::to_string(*value));
    } else if (*value < k_supported_format_version) {
        diagnostics.error(aims.path, version->pos,
                          "format_version " + std::to_string(*value) + " does not exist; write format_version: " +
                              std::to_string(k_supported_format_version));
    }
}

/// A scale's values must be 1, 2, ... N; returns N, or 0 when broken.
long check_scale(const YamlFile& aims, const YamlNode& criteria, std::string_view name, Diagnostics& diagnostics) {
    const YamlNode* scale = criteria.find(name);
    if (scale == nullptr || !scale->is_sequence()) {
        return 0;
    }
    std::vector<long> values;
    for (const YamlNode& level : scale->items) {
        if (const std::optional<long> value = integer_of(level.find("value"))) {
            values.push_back(*value);
        }
    }
    std::vector<long> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        if (sorted[i] != static_cast<long>(i) + 1) {
            diagnostics.error(aims.path, criteria.find_entry(name)->key_pos,
                              "the " + std::string(name) + " scale must number its levels 1, 2, 3, ... with no "
                                                           "gap or repeat");
            return 0;
        }
    }
    return static_cast<long>(sorted.size());
}

/// Bands must cover every score from 1 to max_score exactly once.
void check_bands(const YamlFile& aims, const YamlNode& criteria, long max_score, Diagnostics& diagnostics) {
    const YamlNode* bands = criteria.find("bands");
    if (bands == nullptr || !bands->is_sequence() || max_score == 0) {
        return;
    }
    std::vector<int> covered(static_cast<std::size_t>(max_score) + 1, 0);
    for (const YamlNode& band : bands->items) {
        const std::optional<long> low = integer_of(band.find("min"));
        const std::optional<long> high = integer_of(band.find("max"));
        if (!low || !high) {
            continue;
        }
        if (*low > *high) {
            diagnostics.error(aims.path, band.pos, "band '" + std::string(band.text_of("name")) +
                                                       "' has min " + std::to_string(*low) + " above max " +
                                                       std::to_string(*high));
            continue;
        }
        for (long score = std::max(1L, *low); score <= std::min(max_score, *high); ++score) {
            ++covered[static_cast<std::size_t>(score)];
        }
    }
    for (long score = 1; score <= max_score; ++score) {
        const int count = covered[static_cast<std::size_t>(score)];
        if (count != 1) {
            diagnostics.error(aims.path, criteria.find_entry("bands")->key_pos,
                              "risk score " + std::to_string(score) +
                                  (count == 0 ? " falls in no band" : " falls in more than one band") +
                                  "; the bands must cover 1 to " + std::to_string(max_score) + " exactly once");
            return;
        }
    }
}

void check_risk_criteria(const YamlFile& aims, Diagnostics& diagnostics) {
    const YamlNode* criteria = aims.root->find("risk_criteria");
    if (criteria == nullptr || !criteria->is_mapping()) {
        return;
    }
    const long likelihood_levels = check_scale(aims, *criteria, "likelihood", diagnostics);
    const long impact_levels = check_scale(aims, *criteria, "impact", diagnostics);
    const long max_score = likelihood_levels * impact_levels;
    check_bands(aims, *criteria, max_score, diagnostics);
    const YamlNode* threshold = criteria->find("acceptance_threshold");
    const std::optional<long> value = integer_of(threshold);
    if (value && max_score > 0 && (*value < 1 || *value > max_score)) {
        diagnostics.error(aims.path, threshold->pos,
                          "acceptance_threshold " + std::to_string(*value) + " is outside the scores 1 to " +
                              std::to_string(max_score));
    }
}

}  // namespace

void check_aims_rules(const ValidationContext& context, Diagnostics& diagnostics) {
    if (!context.content.aims || !context.content.aims->root || !context.content.aims->root->is_mapping()) {
        return;
    }
    check_format_version(*context.content.aims, diagnostics);
    check_risk_criteria(*context.content.aims, diagnostics);
}

}  // namespace aimsgen
