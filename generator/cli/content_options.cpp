#include "generator/cli/content_options.hpp"

#include <filesystem>

#include <boost/program_options.hpp>

#include "generator/catalogue/catalogue.hpp"
#include "generator/cli/as_of.hpp"
#include "generator/cli/usage_error.hpp"
#include "generator/diagnostics/diagnostic_printer.hpp"
#include "generator/load/content_loader.hpp"
#include "generator/validate/validate_content.hpp"

namespace aimsgen {

namespace po = boost::program_options;

void add_content_options(po::options_description& description, ContentOptions& options) {
    description.add_options()("as-of", po::value<std::string>(),
                              "date everything is judged at (YYYY-MM-DD; default SOURCE_DATE_EPOCH, else today)")(
        "strict", po::bool_switch(&options.strict), "treat warnings as errors")(
        "max-file-size", po::value<std::size_t>(&options.max_file_bytes)->default_value(options.max_file_bytes),
        "largest content file read, in bytes");
}

CheckedContent load_and_validate(const ContentOptions& options, const FileSystem& files, StageTimings* timings) {
    if (!std::filesystem::is_directory(options.content_dir)) {
        throw UsageError("content directory '" + options.content_dir + "' does not exist");
    }
    std::error_code unreadable;
    if (const std::filesystem::directory_iterator listing(options.content_dir, unreadable); unreadable) {
        throw UsageError("content directory '" + options.content_dir + "' cannot be read: " + unreadable.message());
    }
    CheckedContent checked;
    checked.as_of = resolve_as_of(options.as_of);
    auto raw = std::make_shared<RawContent>(load_content(files, LoadLimits{options.max_file_bytes}, checked.diagnostics));
    if (timings != nullptr) {
        timings->mark("load");
    }
    checked.diagnostics.append(validate_content(*raw, iso42001_catalogue(), files, ValidationOptions{checked.as_of},
                                                &checked.references));
    checked.diagnostics.sort();
    if (timings != nullptr) {
        timings->mark("validate");
    }
    if (options.strict) {
        checked.diagnostics.promote_warnings();
    }
    checked.raw = std::move(raw);
    return checked;
}

std::optional<std::filesystem::path> theme_dir(const std::optional<std::string>& theme) {
    if (!theme) {
        return std::nullopt;
    }
    std::filesystem::path dir = std::filesystem::absolute(*theme).lexically_normal();
    if (dir.filename().empty()) {
        dir = dir.parent_path();
    }
    return dir;
}

void print_checked(std::ostream& err, const CheckedContent& checked, const std::string& content_dir) {
    print_diagnostics(err, checked.diagnostics, content_dir,
                      [&](std::string_view path) { return checked.raw->find_text(path); });
}

}  // namespace aimsgen
