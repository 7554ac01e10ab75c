#include "generator/load/yaml_node.hpp"

#include <algorithm>
#include <array>

namespace aimsgen {

namespace {

bool all_of_digits(std::string_view text, bool (*is_digit)(char)) {
    return !text.empty() && std::all_of(text.begin(), text.end(), is_digit);
}

bool is_decimal(char c) { return c >= '0' && c <= '9'; }
bool is_octal(char c) { return c >= '0' && c <= '7'; }
bool is_hex(char c) { return is_decimal(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

bool is_core_float(std::string_view text) {
    static constexpr std::array<std::string_view, 3> k_not_a_number = {".nan", ".NaN", ".NAN"};
    if (std::find(k_not_a_number.begin(), k_not_a_number.end(), text) != k_not_a_number.end()) {
        return true;  // unsigned only
    }
    if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
        text.remove_prefix(1);
    }
    static constexpr std::array<std::string_view, 3> k_infinity = {".inf", ".Inf", ".INF"};
    if (std::find(k_infinity.begin(), k_infinity.end(), text) != k_infinity.end()) {
        return true;
    }
    const std::size_t exponent = text.find_first_of("eE");
    std::string_view mantissa = text.substr(0, exponent);
    if (exponent != std::string_view::npos) {
        std::string_view power = text.substr(exponent + 1);
        if (!power.empty() && (power[0] == '-' || power[0] == '+')) {
            power.remove_prefix(1);
        }
        if (!all_of_digits(power, is_decimal)) {
            return false;
        }
    }
    const std::size_t dot = mantissa.find('.');
    if (dot == std::string_view::npos) {
        return exponent != std::string_view::npos && all_of_digits(mantissa, is_decimal);
    }
    const std::string_view whole = mantissa.substr(0, dot);
    const std::string_view fraction = mantissa.substr(dot + 1);
    const bool whole_ok = whole.empty() || all_of_digits(whole, is_decimal);
    const bool fraction_ok = fraction.empty() || all_of_digits(fraction, is_decimal);
    return whole_ok && fraction_ok && !(whole.empty() && fraction.empty());
}

}  // namespace

const YamlEntry* YamlNode::find_entry(std::string_view key) const {
    for (const YamlEntry& entry : entries) {
        if (entry.key == key) {
            return &entry;
        }
    }
    return nullptr;
}

const YamlNode* YamlNode::find(std::string_view key) const {
    const YamlEntry* entry = find_entry(key);
    return entry != nullptr ? &entry->value : nullptr;
}

std::string_view YamlNode::text_of(std::string_view key) const {
    const YamlNode* node = find(key);
    return node != nullptr && node->is_scalar() ? std::string_view(node->text) : std::string_view();
}

ScalarType YamlNode::scalar_type() const {
    if (kind == Kind::null) {
        return ScalarType::null;
    }
    return quoted ? ScalarType::string : resolve_plain_scalar(text);
}

ScalarType resolve_plain_scalar(std::string_view text) {
    if (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL") {
        return ScalarType::null;
    }
    if (text == "true" || text == "True" || text == "TRUE" || text == "false" || text == "False" ||
        text == "FALSE") {
        return ScalarType::boolean;
    }
    std::string_view digits = text;
    if (digits[0] == '-' || digits[0] == '+') {
        digits.remove_prefix(1);
    }
    if (all_of_digits(digits, is_decimal)) {
        return ScalarType::integer;
    }
    if (text.size() > 2 && text[0] == '0' &&
        ((text[1] == 'o' && all_of_digits(text.substr(2), is_octal)) ||
         (text[1] == 'x' && all_of_digits(text.substr(2), is_hex)))) {
        return ScalarType::integer;
    }
    return is_core_float(text) ? ScalarType::floating : ScalarType::string;
}

bool is_yaml11_boolean(std::string_view text) {
    static constexpr std::array<std::string_view, 16> k_words = {
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF"};
    return std::find(k_words.begin(), k_words.end(), text) != k_words.end();
}

const char* describe(ScalarType type) {
    switch (type) {
        case ScalarType::null:
            return "nothing";
        case ScalarType::boolean:
            return "true or false";
        case ScalarType::integer:
            return "a whole number";
        case ScalarType::floating:
            return "a number";
        case ScalarType::string:
            return "text";
    }
    return "text";
}

}  // namespace aimsgen
