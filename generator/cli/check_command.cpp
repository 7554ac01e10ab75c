#include <filesystem>
#include <iostream>

#include <boost/program_options.hpp>

#include "generator/catalogue/catalogue.hpp"
#include "generator/cli/as_of.hpp"
#include "generator/cli/command.hpp"
#include "generator/cli/exit_codes.hpp"
#include "generator/cli/usage_error.hpp"
#include "generator/diagnostics/diagnostic_printer.hpp"
#include "generator/load/content_loader.hpp"
#include "generator/validate/validate_content.hpp"

namespace aimsgen {

namespace po = boost::program_options;

namespace {

struct CheckOptions {
    std::string content_dir = ".";
    std::optional<std::string> as_of;
    std::string format = "text";
    bool strict = false;
    std::size_t max_file_bytes = LoadLimits{}.max_file_bytes;
};

po::options_description check_options(CheckOptions& options) {
    po::options_description description("aimsgen check [CONTENT_DIR] [options]");
    description.add_options()("help,h", "show this help")(
        "as-of", po::value<std::string>(), "date to judge overdue items at (YYYY-MM-DD; default "
                                           "SOURCE_DATE_EPOCH, else today)")(
        "format", po::value<std::string>(&options.format)->default_value("text"), "text or json")(
        "strict", po::bool_switch(&options.strict), "treat warnings as errors")(
        "max-file-size", po::value<std::size_t>(&options.max_file_bytes)->default_value(options.max_file_bytes),
        "largest content file read, in bytes");
    return description;
}

}  // namespace

int run_check(const std::vector<std::string>& args, Console console) {
    CheckOptions options;
    const po::options_description description = check_options(options);
    po::options_description hidden;
    hidden.add_options()("content-dir", po::value<std::string>(&options.content_dir));
    po::options_description all;
    all.add(description).add(hidden);
    po::positional_options_description positional;
    positional.add("content-dir", 1);
    po::variables_map values;
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), values);
    po::notify(values);
    if (values.count("help") > 0) {
        console.out << description;
        return k_exit_ok;
    }
    if (values.count("as-of") > 0) {
        options.as_of = values["as-of"].as<std::string>();
    }
    if (options.format != "text" && options.format != "json") {
        throw UsageError("--format must be text or json, not '" + options.format + "'");
    }
    if (!std::filesystem::is_directory(options.content_dir)) {
        throw UsageError("content directory '" + options.content_dir + "' does not exist");
    }
    const Date as_of = resolve_as_of(options.as_of);

    const DiskFileSystem files(options.content_dir);
    Diagnostics diagnostics;
    const RawContent content = load_content(files, LoadLimits{options.max_file_bytes}, diagnostics);
    diagnostics.append(validate_content(content, iso42001_catalogue(), files, ValidationOptions{as_of}));

    diagnostics.sort();
    if (options.strict) {
        diagnostics.promote_warnings();
    }
    if (options.format == "json") {
        console.out << diagnostics_to_json(diagnostics, options.content_dir, as_of.to_string());
    } else {
        print_diagnostics(console.err, diagnostics, options.content_dir,
                          [&](std::string_view path) { return content.find_text(path); });
        console.err << "aimsgen check: " << summarize(diagnostics) << '\n';
    }
    return diagnostics.has_errors() ? k_exit_content_errors : k_exit_ok;
}

}  // namespace aimsgen
