#include "generator/schema/schema_check.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <unordered_set>

#include "generator/calendar/date.hpp"
#include "generator/source/source_text.hpp"
#include "generator/support/spelling.hpp"

namespace aimsgen {

namespace {

std::string quoted(std::string_view text) { return "'" + std::string(text) + "'"; }

std::string format_number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

std::string join(const std::vector<std::string>& words) {
    std::string joined;
    for (const std::string& word : words) {
        joined += joined.empty() ? "" : ", ";
        joined += word;
    }
    return joined;
}

std::string describe_types(std::uint8_t types) {
    std::vector<std::string> names;
    if (types & k_json_string) names.emplace_back("text");
    if (types & k_json_number) {
        names.emplace_back("a number");
    } else if (types & k_json_integer) {
        names.emplace_back("a whole number");
    }
    if (types & k_json_boolean) names.emplace_back("true or false");
    if (types & k_json_array) names.emplace_back("a list");
    if (types & k_json_object) names.emplace_back("a mapping of fields");
    std::string text;
    for (std::size_t i = 0; i < names.size(); ++i) {
        text += i == 0 ? "" : (i + 1 == names.size() ? " or " : ", ");
        text += names[i];
    }
    return text;
}

std::string describe_node(const YamlNode& node) {
    switch (node.kind) {
        case YamlNode::Kind::null:
            return "nothing";
        case YamlNode::Kind::sequence:
            return "a list";
        case YamlNode::Kind::mapping:
            return "a mapping of fields";
        case YamlNode::Kind::scalar:
            break;
    }
    switch (node.scalar_type()) {
        case ScalarType::integer:
        case ScalarType::floating:
            return "the number " + node.text;
        case ScalarType::boolean:
            return node.text;
        default:
            return "the text " + quoted(node.text);
    }
}

bool is_uri(std::string_view text) {
    const std::size_t colon = text.find("://");
    if (colon == std::string_view::npos || colon == 0 || colon + 3 >= text.size()) {
        return false;
    }
    const auto scheme_char = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' ||
               c == '-' || c == '.';
    };
    return std::all_of(text.begin(), text.begin() + static_cast<long>(colon), scheme_char) &&
           text.find_first_of(" \t") == std::string_view::npos;
}

class SchemaChecker {
public:
    SchemaChecker(const std::string& path, Diagnostics& diagnostics, std::vector<Reference>& references)
        : m_path(path), m_diagnostics(diagnostics), m_references(references) {}

    /// `list_item`: `node` is an item of the list held by `field`.
    void check(const YamlNode& node, const SchemaNode& schema, std::string_view field, bool list_item = false) {
        std::vector<const SchemaNode*> chain;
        for (const SchemaNode* link = &schema; link != nullptr; link = link->target) {
            chain.push_back(link);
        }
        std::uint8_t types = 0;
        for (const SchemaNode* link : chain) {
            types = types != 0 ? types : link->types;
        }
        if (list_item && node.is_null()) {
            error(node.pos, "an empty list item; give a value or remove the '-' line");
            return;
        }
        if (!check_type(node, types, field)) {
            return;
        }
        for (const SchemaNode* link : chain) {
            check_constraints(node, *link, field);
        }
    }

private:
    void error(SourcePos pos, std::string message) { m_diagnostics.error(m_path, pos, std::move(message)); }

    std::string name_of(std::string_view field) const {
        return field.empty() ? "the value" : quoted(field);
    }

    /// Whether `node` has one of `types`; reports why not.
    bool check_type(const YamlNode& node, std::uint8_t types, std::string_view field) {
        if ((types & k_json_null) != 0 && node.scalar_type() == ScalarType::null) {
            return true;
        }
        if (node.is_null()) {
            error(node.pos, field.empty() ? "an empty list item; give a value or remove the '-' line"
                                          : name_of(field) + " has no value; give one or remove the line");
            return false;
        }
        if (types == 0) {
            return true;
        }
        if (node.is_mapping() || node.is_sequence()) {
            const std::uint8_t needed = node.is_mapping() ? k_json_object : k_json_array;
            if ((types & needed) == 0) {
                error(node.pos, name_of(field) + " must be " + describe_types(types) + ", not " +
                                    describe_node(node));
                return false;
            }
            return true;
        }
        const ScalarType scalar = node.scalar_type();
        const bool wants_text = (types & k_json_string) != 0;
        const bool fits = (scalar == ScalarType::string && wants_text) ||
                          (scalar == ScalarType::integer && (types & (k_json_integer | k_json_number))) ||
                          (scalar == ScalarType::floating && (types & k_json_number)) ||
                          (scalar == ScalarType::boolean && (types & k_json_boolean));
        if (fits) {
            if (wants_text && !node.quoted && is_yaml11_boolean(node.text)) {
                m_diagnostics.warning(m_path, node.pos,
                                      name_of(field) + ": YAML 1.1 tools read a plain " + quoted(node.text) +
                                          " as true or false; quote it (\"" + node.text +
                                          "\") so every reader sees text");
            }
            return true;
        }
        if (scalar == ScalarType::null) {
            error(node.pos, name_of(field) + " has no value; give one or remove the line");
        } else if (wants_text && !node.quoted) {
            error(node.pos, name_of(field) + " must be text, but " + node.text + " is read as " +
                                describe(scalar) + "; quote it: \"" + node.text + "\"");
        } else if ((types & k_json_boolean) && !node.quoted && is_yaml11_boolean(node.text)) {
            error(node.pos, name_of(field) + " must be true or false; " + quoted(node.text) +
                                " is a boolean only in YAML 1.1, write true or false");
        } else if (node.quoted && resolve_plain_scalar(node.text) != ScalarType::string &&
                   resolve_plain_scalar(node.text) != ScalarType::null) {
            error(node.pos, name_of(field) + " must be " + describe_types(types) + ", not the text \"" +
                                node.text + "\"; remove the quotes");
        } else {
            error(node.pos, name_of(field) + " must be " + describe_types(types) + ", not " +
                                describe_node(node));
        }
        return false;
    }

    void check_constraints(const YamlNode& node, const SchemaNode& schema, std::string_view field) {
        if (node.is_mapping()) {
            check_mapping(node, schema, field);
        } else if (node.is_sequence()) {
            check_sequence(node, schema, field);
        } else if (node.is_scalar()) {
            check_scalar(node, schema, field);
        }
    }

    void check_mapping(const YamlNode& node, const SchemaNode& schema, std::string_view field) {
        const std::string owner = !schema.title.empty() ? schema.title : name_of(field);
        std::vector<std::string> suggested;  // a misspelt required field is reported once, as misspelt
        for (const YamlEntry& entry : node.entries) {
            const auto property = schema.properties.find(entry.key);
            if (property != schema.properties.end()) {
                check(entry.value, *property->second, entry.key);
            } else if (schema.closed) {
                suggested.push_back(report_unknown_field(entry, schema, owner));
            }
        }
        for (const std::string& name : schema.required) {
            const bool misspelt = std::find(suggested.begin(), suggested.end(), name) != suggested.end();
            if (node.find_entry(name) == nullptr && !misspelt) {
                std::string_view id = node.text_of("id");
                id = id.empty() ? node.text_of("control") : id;
                error(node.pos, owner + (id.empty() ? "" : " " + std::string(id)) +
                                    " lacks the required field " + quoted(name));
            }
        }
    }

    /// Reports an unknown field; returns the known name it was taken for, if any.
    std::string report_unknown_field(const YamlEntry& entry, const SchemaNode& schema, const std::string& owner) {
        std::vector<std::string_view> known;
        for (const auto& [name, property] : schema.properties) {
            known.push_back(name);
        }
        const std::string near = nearest_name(entry.key, known);
        std::string message = "unknown field " + quoted(entry.key) + " in " + owner;
        if (!near.empty()) {
            message += "; did you mean " + quoted(near) + "?";
        } else {
            std::vector<std::string> names(known.begin(), known.end());
            message += "; known fields: " + join(names);
        }
        error(entry.key_pos, message);
        return near;
    }

    void check_sequence(const YamlNode& node, const SchemaNode& schema, std::string_view field) {
        if (schema.min_items && node.items.size() < *schema.min_items) {
            error(node.pos, name_of(field) + " needs at least " + std::to_string(*schema.min_items) +
                                (*schema.min_items == 1 ? " item" : " items"));
        }
        if (schema.unique_items) {
            std::unordered_set<std::string> seen;
            for (const YamlNode& item : node.items) {
                if (item.is_scalar() && !seen.insert(item.text).second) {
                    error(item.pos, quoted(item.text) + " appears more than once in " + name_of(field));
                }
            }
        }
        if (schema.items != nullptr) {
            for (const YamlNode& item : node.items) {
                check(item, *schema.items, field, true);
            }
        }
    }

    void check_scalar(const YamlNode& node, const SchemaNode& schema, std::string_view field) {
        const std::string& value = node.text;
        if (!schema.allowed.empty() &&
            std::find(schema.allowed.begin(), schema.allowed.end(), value) == schema.allowed.end()) {
            const std::vector<std::string_view> allowed(schema.allowed.begin(), schema.allowed.end());
            const std::string near = nearest_name(value, allowed);
            error(node.pos, quoted(value) + " is not a valid " + std::string(field.empty() ? "value" : field) +
                                (near.empty() ? "; allowed: " : "; did you mean " + quoted(near) + "? Allowed: ") +
                                join(schema.allowed));
            return;
        }
        if (schema.constant && value != *schema.constant) {
            error(node.pos, name_of(field) + " must be " + *schema.constant);
            return;
        }
        const bool is_text = node.scalar_type() == ScalarType::string;
        if (schema.min_length && count_code_points(value) < *schema.min_length) {
            error(node.pos, name_of(field) + (value.empty() ? " is empty" : " is too short"));
            return;
        }
        if (schema.max_length && count_code_points(value) > *schema.max_length) {
            error(node.pos, name_of(field) + " is longer than " + std::to_string(*schema.max_length) +
                                " characters");
            return;
        }
        if (schema.pattern && !schema.pattern->matches(value)) {
            if (!schema.ref_kind.empty()) {
                // A reference that cannot exist: resolution reports it as unknown, in words.
                m_references.push_back({schema.ref_kind, value, m_path, node.pos, std::string(field), {}, {}});
                return;
            }
            error(node.pos, schema.pattern->is_id_pattern()
                                ? quoted(value) + " is not a valid id: an id is 1 to 64 letters, digits, "
                                                  "'.', '_' or '-', starting with a letter or digit"
                                : quoted(value) + " in " + name_of(field) + " does not match the pattern " +
                                      schema.pattern->source());
            return;
        }
        if (schema.format == "date" && is_text && !Date::parse(value)) {
            const bool shaped = value.size() == 10 && value[4] == '-' && value[7] == '-';
            error(node.pos, shaped ? quoted(value) + " is not a real calendar date"
                                   : quoted(value) + " is not a date; write it as YYYY-MM-DD");
            return;
        }
        if (schema.format == "uri" && is_text && !is_uri(value)) {
            error(node.pos, quoted(value) + " is not a URL; write it as scheme://host/path");
            return;
        }
        check_range(node, schema, field);
        if (!schema.ref_kind.empty()) {
            m_references.push_back({schema.ref_kind, value, m_path, node.pos, std::string(field), {}, {}});
        }
    }

    void check_range(const YamlNode& node, const SchemaNode& schema, std::string_view field) {
        if (!schema.minimum && !schema.maximum) {
            return;
        }
        double number = 0;
        const auto [end, status] =
            std::from_chars(node.text.data(), node.text.data() + node.text.size(), number);
        if (status != std::errc() || end != node.text.data() + node.text.size()) {
            return;  // .inf, 0x..: leave to the type check
        }
        if (schema.minimum && number < *schema.minimum) {
            error(node.pos, name_of(field) + " is " + node.text + ", below the minimum of " +
                                format_number(*schema.minimum));
        } else if (schema.maximum && number > *schema.maximum) {
            error(node.pos, name_of(field) + " is " + node.text + ", above the maximum of " +
                                format_number(*schema.maximum));
        }
    }

    const std::string& m_path;
    Diagnostics& m_diagnostics;
    std::vector<Reference>& m_references;
};

}  // namespace

void check_against_schema(const YamlNode& node, const SchemaNode& schema, const std::string& path,
                          Diagnostics& diagnostics, std::vector<Reference>& references) {
    SchemaChecker(path, diagnostics, references).check(node, schema, "");
}

}  // namespace aimsgen
