#pragma once

#include <string>

#include "generator/load/yaml_node.hpp"
#include "generator/source/source_pos.hpp"

namespace aimsgen {

/// Where a model record came from: its file, the position of its first line,
/// and its YAML tree (owned by the Model's raw content), so every figure can
/// point back at the line a person must edit.
struct Origin {
    std::string path;
    SourcePos pos;
    const YamlNode* node = nullptr;
};

}  // namespace aimsgen
