#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <string_view>

#include "generator/diagnostics/diagnostic.hpp"
#include "generator/source/source_text.hpp"

namespace aimsgen {

/// Finds the text of a content file by its relative path, to quote its lines.
using SourceLookup = std::function<const SourceText*(std::string_view path)>;

/// Writes each diagnostic as `path:line:column: error|warning: message`, then
/// the source line and a caret under the column, as compilers do. Paths are
/// shown below `display_root` (the content directory as the user named it).
void print_diagnostics(std::ostream& out, const Diagnostics& diagnostics, const std::string& display_root,
                       const SourceLookup& lookup);

/// One line: "2 errors and 1 warning." or "No problems.".
std::string summarize(const Diagnostics& diagnostics);

/// The diagnostics as a JSON document (for --format json).
std::string diagnostics_to_json(const Diagnostics& diagnostics, const std::string& display_root,
                                const std::string& as_of);

/// `root` joined with a content-relative path, without a leading "./".
std::string display_path(const std::string& root, std::string_view path);

}  // namespace aimsgen
