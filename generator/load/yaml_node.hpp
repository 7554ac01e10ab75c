#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "generator/source/source_pos.hpp"

namespace aimsgen {

struct YamlEntry;

/// What a plain scalar means under the YAML 1.2 core schema.
enum class ScalarType { null, boolean, integer, floating, string };

/// Our own YAML tree: small, and every node keeps where it came from and
/// whether a scalar was quoted, so validation can point at exact positions
/// and tell `"1.0"` from `1.0`.
struct YamlNode {
    enum class Kind : std::uint8_t { null, scalar, sequence, mapping };

    Kind kind = Kind::null;
    /// A quoted or block scalar (`"x"`, `'x'`, `|`): always a string.
    bool quoted = false;
    SourcePos pos;
    std::string text;
    std::vector<YamlNode> items;
    std::vector<YamlEntry> entries;

    bool is_null() const { return kind == Kind::null; }
    bool is_scalar() const { return kind == Kind::scalar; }
    bool is_sequence() const { return kind == Kind::sequence; }
    bool is_mapping() const { return kind == Kind::mapping; }

    /// The value under `key` in a mapping, or nullptr.
    const YamlNode* find(std::string_view key) const;
    /// The entry of `key` in a mapping (for the key's position), or nullptr.
    const YamlEntry* find_entry(std::string_view key) const;
    /// The scalar text under `key`, or empty when absent or not a scalar.
    std::string_view text_of(std::string_view key) const;

    /// The YAML 1.2 core-schema type of this scalar; quoted scalars are strings.
    ScalarType scalar_type() const;
};

struct YamlEntry {
    std::string key;
    SourcePos key_pos;
    YamlNode value;
};

/// YAML 1.2 core-schema resolution of a plain scalar's text.
ScalarType resolve_plain_scalar(std::string_view text);
/// True for `yes`, `no`, `on`, `off`, `y`, `n` in their usual spellings: plain
/// words that YAML 1.1 tools read as booleans.
bool is_yaml11_boolean(std::string_view text);
/// A human word for a scalar type ("a number", "true or false", ...).
const char* describe(ScalarType type);

}  // namespace aimsgen
