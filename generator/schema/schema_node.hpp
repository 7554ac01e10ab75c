#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <regex>
#include <string>
#include <vector>

namespace aimsgen {

/// JSON types a schema may allow, as bits.
enum JsonType : std::uint8_t {
    k_json_object = 1U << 0U,
    k_json_array = 1U << 1U,
    k_json_string = 1U << 2U,
    k_json_integer = 1U << 3U,
    k_json_number = 1U << 4U,
    k_json_boolean = 1U << 5U,
    k_json_null = 1U << 6U,  ///< only model.schema.json uses it: content never holds nulls
};

/// A string pattern: the ids' pattern is matched by hand (it is checked on
/// every record), any other through std::regex.
class SchemaPattern {
public:
    explicit SchemaPattern(std::string source);
    bool matches(const std::string& text) const;
    const std::string& source() const { return m_source; }
    /// True for the record id pattern, which messages explain in words.
    bool is_id_pattern() const { return m_is_id_pattern; }

private:
    std::string m_source;
    bool m_is_id_pattern = false;
    std::optional<std::regex> m_regex;
};

/// One schema, compiled from JSON once: `$ref`s resolved to the node they name,
/// properties in a map. Only the keywords listed in schemas/README.md exist.
struct SchemaNode {
    std::string title;        ///< record noun for messages ("AI system"), from `title`
    std::uint8_t types = 0;   ///< JsonType bits; 0 = any
    std::map<std::string, const SchemaNode*, std::less<>> properties;
    std::vector<std::string> required;
    bool closed = false;      ///< additionalProperties: false
    const SchemaNode* items = nullptr;
    std::optional<std::size_t> min_items;
    bool unique_items = false;
    std::vector<std::string> allowed;  ///< enum
    std::optional<std::string> constant;
    std::optional<SchemaPattern> pattern;
    std::optional<std::size_t> min_length;
    std::optional<std::size_t> max_length;
    std::string format;       ///< "", "date" or "uri"
    std::optional<double> minimum;
    std::optional<double> maximum;
    std::string ref_kind;     ///< x-aimsgen-ref: the kind of record this value names
    const SchemaNode* target = nullptr;  ///< set when this node is a $ref

    /// Follows $ref links to the node that holds the constraints.
    const SchemaNode& resolved() const {
        const SchemaNode* node = this;
        while (node->target != nullptr) {
            node = node->target;
        }
        return *node;
    }
};

}  // namespace aimsgen
