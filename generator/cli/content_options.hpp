#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <boost/program_options/options_description.hpp>

#include "generator/cli/stage_timings.hpp"
#include "generator/calendar/date.hpp"
#include "generator/diagnostics/diagnostic.hpp"
#include "generator/load/raw_content.hpp"
#include "generator/schema/schema_check.hpp"
#include "generator/source/file_system.hpp"

namespace aimsgen {

/// Options every command that reads content takes.
struct ContentOptions {
    std::string content_dir = ".";
    std::optional<std::string> as_of;
    bool strict = false;
    std::size_t max_file_bytes = 64U * 1024U * 1024U;
};

/// Adds --as-of, --strict and --max-file-size.
void add_content_options(boost::program_options::options_description& description, ContentOptions& options);

/// The content loaded and validated: the first two stages of every command.
struct CheckedContent {
    std::shared_ptr<const RawContent> raw;
    Diagnostics diagnostics;  ///< sorted; warnings already promoted under --strict
    std::vector<Reference> references;
    Date as_of;
};

/// load → validate. Throws UsageError when the content directory does not exist.
/// `timings`, when given, is marked after each of the two stages.
CheckedContent load_and_validate(const ContentOptions& options, const FileSystem& files,
                                 StageTimings* timings = nullptr);

/// --theme DIR as an absolute path without a trailing slash, so its files are
/// named the same way in diagnostics and in the manifest wherever aimsgen runs.
std::optional<std::filesystem::path> theme_dir(const std::optional<std::string>& theme);

/// Prints the diagnostics with quoted lines, as `check` and `build` do.
void print_checked(std::ostream& err, const CheckedContent& checked, const std::string& content_dir);

}  // namespace aimsgen
