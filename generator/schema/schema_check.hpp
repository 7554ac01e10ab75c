#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "generator/diagnostics/diagnostic.hpp"
#include "generator/load/yaml_node.hpp"
#include "generator/schema/schema_node.hpp"
#include "generator/support/spelling.hpp"

namespace aimsgen {

/// A value that names another record (a field marked x-aimsgen-ref), collected
/// while checking so references are resolved once every id is known.
struct Reference {
    std::string kind;  ///< "system", "control", "person", ...
    std::string id;    ///< the text as written
    std::string path;
    SourcePos pos;
    std::string field;  ///< the field that holds it, for messages
    std::string from_kind;  ///< the kind of record that holds it ("risk"), set by validation
    std::string from_id;    ///< that record's id, set by validation
};

/// Checks `node` against `schema` and reports every difference at its
/// position: wrong types (with a hint to quote or unquote), YAML 1.1 words,
/// unknown fields (with the nearest known name), missing required fields,
/// values outside an enum, patterns, formats, ranges, repeated list items.
/// References found along the way are appended to `references`.
void check_against_schema(const YamlNode& node, const SchemaNode& schema, const std::string& path,
                          Diagnostics& diagnostics, std::vector<Reference>& references);

}  // namespace aimsgen
