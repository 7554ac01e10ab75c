#pragma once

#include <optional>
#include <string>

#include "generator/diagnostics/diagnostic.hpp"
#include "generator/load/yaml_node.hpp"
#include "generator/source/source_text.hpp"

namespace aimsgen {

/// Deepest nesting of sequences and mappings a content file may have.
inline constexpr int k_max_yaml_depth = 64;

/// Parses one YAML document with yaml-cpp's event API into our own tree.
/// Reports, at their positions: syntax errors, anchors and aliases (rejected, so
/// alias bombs cannot happen), explicit tags, duplicate keys in one mapping,
/// non-text keys, more than one document and nesting deeper than k_max_yaml_depth.
/// Returns nullopt when the file cannot be used; an empty file gives a null node.
/// `text` must already be valid UTF-8 (see find_encoding_problem).
std::optional<YamlNode> parse_yaml(const SourceText& text, const std::string& path,
                                   Diagnostics& diagnostics);

}  // namespace aimsgen
