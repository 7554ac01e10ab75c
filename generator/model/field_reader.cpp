#include "generator/model/field_reader.hpp"

#include <charconv>

namespace aimsgen {

std::optional<double> parse_number(std::string_view text) {
    double value = 0;
    if (!text.empty() && text.front() == '+') {
        text.remove_prefix(1);
    }
    const auto [end, status] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (status != std::errc() || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return value;
}

std::string FieldReader::text(std::string_view key) const { return std::string(m_node.text_of(key)); }

std::vector<std::string> FieldReader::list(std::string_view key) const {
    std::vector<std::string> values;
    const YamlNode* list = m_node.find(key);
    if (list != nullptr && list->is_sequence()) {
        for (const YamlNode& item : list->items) {
            if (item.is_scalar()) {
                values.push_back(item.text);
            }
        }
    }
    return values;
}

std::optional<Date> FieldReader::date(std::string_view key) const { return Date::parse(m_node.text_of(key)); }

Date FieldReader::day(std::string_view key) const { return date(key).value_or(Date::from_ymd(1900, 1, 1)); }

std::optional<int> FieldReader::integer(std::string_view key) const {
    const std::optional<double> value = number(key);
    return value ? std::optional<int>(static_cast<int>(*value)) : std::nullopt;
}

std::optional<double> FieldReader::number(std::string_view key) const {
    const YamlNode* value = m_node.find(key);
    if (value == nullptr || !value->is_scalar()) {
        return std::nullopt;
    }
    return parse_number(value->text);
}

bool FieldReader::flag(std::string_view key, bool fallback) const {
    const std::string_view value = m_node.text_of(key);
    if (value == "true" || value == "True" || value == "TRUE") {
        return true;
    }
    if (value == "false" || value == "False" || value == "FALSE") {
        return false;
    }
    return fallback;
}

std::vector<const YamlNode*> FieldReader::mappings(std::string_view key) const {
    std::vector<const YamlNode*> items;
    const YamlNode* list = m_node.find(key);
    if (list != nullptr && list->is_sequence()) {
        for (const YamlNode& item : list->items) {
            if (item.is_mapping()) {
                items.push_back(&item);
            }
        }
    }
    return items;
}

}  // namespace aimsgen
