#include <filesystem>
#include <iostream>
#include <limits>
#include <optional>

#include <boost/program_options.hpp>

#include "generator/catalogue/catalogue.hpp"
#include "generator/cli/command.hpp"
#include "generator/cli/content_commit.hpp"
#include "generator/cli/content_options.hpp"
#include "generator/cli/exit_codes.hpp"
#include "generator/cli/usage_error.hpp"
#include "generator/diagnostics/diagnostic_printer.hpp"
#include "generator/load/evidence_files.hpp"
#include "generator/model/build_model.hpp"
#include "generator/model/evidence_catalogue.hpp"
#include "generator/output/build_inputs.hpp"
#include "generator/output/output_tree.hpp"
#include "generator/output/verify_tree.hpp"
#include "generator/render/theme.hpp"

namespace aimsgen {

namespace po = boost::program_options;

namespace {

struct VerifyOptions {
    std::string out;
    std::optional<std::string> content_dir;
    std::optional<std::string> theme;
};

VerifyOptions parse_verify_options(const std::vector<std::string>& args, Console console, bool& help) {
    VerifyOptions options;
    po::options_description description("aimsgen verify OUT [CONTENT_DIR] [options]");
    description.add_options()("help,h", "show this help")(
        "theme", po::value<std::string>(), "the theme directory the build was given with --theme");
    po::options_description all;
    all.add(description).add_options()("out", po::value<std::string>(&options.out))(
        "content-dir", po::value<std::string>());
    po::positional_options_description positional;
    positional.add("out", 1).add("content-dir", 1);
    po::variables_map values;
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), values);
    po::notify(values);
    help = values.count("help") > 0;
    if (help) {
        console.out << description;
        return options;
    }
    if (values.count("content-dir") > 0) {
        options.content_dir = values["content-dir"].as<std::string>();
    }
    if (values.count("theme") > 0) {
        options.theme = values["theme"].as<std::string>();
    }
    if (options.out.empty()) {
        throw UsageError("verify needs the output directory: aimsgen verify OUT [CONTENT_DIR]");
    }
    if (options.theme && !options.content_dir) {
        throw UsageError("--theme checks inputs: give the content directory too (aimsgen verify OUT CONTENT_DIR)");
    }
    if (options.theme && !std::filesystem::is_directory(*options.theme)) {
        throw UsageError("theme directory '" + *options.theme + "' does not exist");
    }
    return options;
}

/// The inputs a build of the content would read now, named as the manifest
/// names them: the front half of `build` (load → validate → model, theme,
/// evidence), its diagnostics unused.
std::vector<std::string> current_inputs(const VerifyOptions& options, const Manifest& manifest,
                                        const FileSystem& files) {
    ContentOptions content;
    content.content_dir = *options.content_dir;
    content.as_of = Date::parse(manifest.as_of) ? std::optional<std::string>(manifest.as_of) : std::nullopt;
    // A file too big to build from is still an input to report.
    content.max_file_bytes = std::numeric_limits<std::size_t>::max();
    CheckedContent checked = load_and_validate(content, files);
    const Model model = build_model(checked.raw, iso42001_catalogue(), checked.references);
    const ThemeSources sources{theme_dir(options.theme), content.content_dir, model.aims.theme.templates,
                               model.aims.theme.css, model.aims.theme.logo};
    const Theme theme = load_theme(sources, checked.diagnostics);
    std::vector<std::string> names;
    for (const InputFile& input :
         build_inputs(*checked.raw, read_evidence_files(files, evidence_file_paths(model)), theme, sources)) {
        names.push_back(input.path);
    }
    return names;
}

std::string counted(std::size_t count, const char* word) {
    return std::to_string(count) + " " + word + (count == 1 ? "" : "s");
}

}  // namespace

int run_verify(const std::vector<std::string>& args, Console console) {
    bool help = false;
    const VerifyOptions options = parse_verify_options(args, console, help);
    if (help) {
        return k_exit_ok;
    }
    std::string problem;
    const std::optional<Manifest> manifest = read_manifest(options.out, &problem);
    if (!manifest) {
        throw OutputError("'" + options.out + "' has no readable aimsgen manifest: " + problem);
    }
    if (options.content_dir && !manifest->inputs) {
        throw OutputError("the manifest of '" + options.out +
                          "' lists no inputs (an aimsgen older than `verify` wrote it): verify OUT alone, or "
                          "rebuild it");
    }

    Diagnostics differences = verify_outputs(options.out, *manifest, options.out);
    std::string checked = counted(manifest->files.size(), "file");
    std::string unchecked;
    if (options.content_dir) {
        const DiskFileSystem files(*options.content_dir);
        const std::optional<DiskFileSystem> theme_files =
            options.theme ? std::optional<DiskFileSystem>(std::in_place, *options.theme) : std::nullopt;
        const InputSources sources{files,
                                   *options.content_dir,
                                   theme_files ? &*theme_files : nullptr,
                                   options.theme.value_or(""),
                                   builtin_inputs(),
                                   current_inputs(options, *manifest, files)};
        differences.append(verify_inputs(*manifest->inputs, sources));
        differences.append(verify_commit(*manifest, content_commit(*options.content_dir), *options.content_dir));
        checked += " and " + counted(manifest->inputs->size(), "input");
    } else {
        unchecked = "; inputs not checked (give CONTENT_DIR)";
    }
    differences.sort();
    print_diagnostics(console.err, differences, "", [](std::string_view) { return nullptr; });
    const std::size_t count = differences.error_count();
    if (count == 0) {
        console.err << "aimsgen verify: " << options.out << " matches its manifest: " << checked << " checked"
                    << unchecked << ".\n";
        return k_exit_ok;
    }
    console.err << "aimsgen verify: " << counted(count, "difference") << " from the manifest of " << options.out
                << "; " << checked << " checked" << unchecked << ".\n";
    return k_exit_content_errors;  // 1: OUT or its inputs differ from the manifest
}

}  // namespace aimsgen
