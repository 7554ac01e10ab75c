#pragma once

#include <nlohmann/json.hpp>

#include "generator/load/yaml_node.hpp"
#include "generator/schema/schema_node.hpp"

namespace aimsgen {

/// A validated YAML value as JSON, typed by its schema: a field whose schema
/// allows text stays text exactly as written (clause "4.10", version "1.0"),
/// numbers and booleans become JSON numbers and booleans. Keys keep their
/// source order. Without a schema, YAML 1.2 core types decide.
nlohmann::ordered_json yaml_to_json(const YamlNode& node, const SchemaNode* schema);

}  // namespace aimsgen
