#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "generator/calendar/date.hpp"
#include "generator/load/yaml_node.hpp"

namespace aimsgen {

/// Reads typed fields of a validated YAML mapping. Missing or mistyped fields
/// give the empty value: validation has already reported them.
class FieldReader {
public:
    explicit FieldReader(const YamlNode& node) : m_node(node) {}

    std::string text(std::string_view key) const;
    std::vector<std::string> list(std::string_view key) const;
    std::optional<Date> date(std::string_view key) const;
    /// A required date: the date, or 1900-01-01 when absent.
    Date day(std::string_view key) const;
    std::optional<int> integer(std::string_view key) const;
    std::optional<double> number(std::string_view key) const;
    bool flag(std::string_view key, bool fallback) const;
    /// The items of a list of mappings (empty when absent).
    std::vector<const YamlNode*> mappings(std::string_view key) const;
    const YamlNode* node(std::string_view key) const { return m_node.find(key); }

private:
    const YamlNode& m_node;
};

/// A number written in a YAML scalar, or nullopt.
std::optional<double> parse_number(std::string_view text);

}  // namespace aimsgen
