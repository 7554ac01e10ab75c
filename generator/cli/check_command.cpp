#include <iostream>

#include <boost/program_options.hpp>

#include "generator/cli/command.hpp"
#include "generator/cli/content_options.hpp"
#include "generator/cli/exit_codes.hpp"
#include "generator/cli/usage_error.hpp"
#include "generator/diagnostics/diagnostic_printer.hpp"

namespace aimsgen {

namespace po = boost::program_options;

int run_check(const std::vector<std::string>& args, Console console) {
    ContentOptions options;
    std::string format = "text";
    po::options_description description("aimsgen check [CONTENT_DIR] [options]");
    description.add_options()("help,h", "show this help")(
        "format", po::value<std::string>(&format)->default_value("text"), "text or json");
    add_content_options(description, options);
    po::options_description all;
    all.add(description).add_options()("content-dir", po::value<std::string>(&options.content_dir));
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
    if (format != "text" && format != "json") {
        throw UsageError("--format must be text or json, not '" + format + "'");
    }

    const DiskFileSystem files(options.content_dir);
    const CheckedContent checked = load_and_validate(options, files);
    if (format == "json") {
        console.out << diagnostics_to_json(checked.diagnostics, options.content_dir, checked.as_of.to_string());
    } else {
        print_checked(console.err, checked, options.content_dir);
        console.err << "aimsgen check: " << summarize(checked.diagnostics) << '\n';
    }
    return checked.diagnostics.has_errors() ? k_exit_content_errors : k_exit_ok;
}

}  // namespace aimsgen
