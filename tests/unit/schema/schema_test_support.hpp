#pragma once

// Helpers shared by the schema stage's tests: parse a YAML text into our tree
// and check it against a compiled schema, giving the diagnostics as lines.

#include <map>
#include <string>
#include <string_view>
#include <vector>

// SchemaSet's destructor is implicit and its members hold nlohmann::json, which
// schema_set.hpp only forward-declares: a file that destroys one needs the full type.
#include <nlohmann/json.hpp>

#include "generator/diagnostics/diagnostic.hpp"
#include "generator/load/yaml_parser.hpp"
#include "generator/schema/schema_check.hpp"
#include "generator/source/source_text.hpp"
#include "tests/support/test_content.hpp"

namespace aimsgen::testing {

/// Schema files by name, as SchemaSet takes them.
using SchemaFiles = std::map<std::string, std::string, std::less<>>;

/// What checking one YAML text against a schema gave.
struct SchemaCheckResult {
    std::string lines;  ///< format_lines of every diagnostic, sorted as `check` sorts them
    std::vector<Reference> references;
};

/// Parses `yaml` as the file `path` and checks it against `schema`. A YAML
/// syntax error shows in `lines` like any other diagnostic.
inline SchemaCheckResult check_yaml(const SchemaNode& schema, std::string_view yaml,
                                    const std::string& path = "test.yaml") {
    SchemaCheckResult result;
    Diagnostics diagnostics;
    const SourceText text{std::string(yaml)};
    const std::optional<YamlNode> root = parse_yaml(text, path, diagnostics);
    if (root) {
        check_against_schema(*root, schema, path, diagnostics, result.references);
    }
    diagnostics.sort();
    result.lines = format_lines(diagnostics);
    return result;
}

}  // namespace aimsgen::testing
