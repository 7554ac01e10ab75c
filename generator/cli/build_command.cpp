#include <filesystem>
#include <future>
#include <iostream>

#include <boost/program_options.hpp>

#include "generator/catalogue/catalogue.hpp"
#include "generator/cli/command.hpp"
#include "generator/cli/content_commit.hpp"
#include "generator/cli/content_options.hpp"
#include "generator/cli/exit_codes.hpp"
#include "generator/cli/usage_error.hpp"
#include "generator/compute/compute.hpp"
#include "generator/diagnostics/diagnostic_printer.hpp"
#include "generator/json/model_json.hpp"
#include "generator/load/evidence_files.hpp"
#include "generator/model/build_model.hpp"
#include "generator/model/evidence_catalogue.hpp"
#include "generator/output/build_inputs.hpp"
#include "generator/output/output_tree.hpp"
#include "generator/render/render_site.hpp"
#include "generator/render/theme.hpp"
#include "generator/model/trace_index.hpp"
#include "generator/schema/schema_set.hpp"
#include "generator/workbook/workbooks.hpp"

namespace aimsgen {

namespace po = boost::program_options;

namespace {

struct BuildOptions {
    ContentOptions content;
    std::string out;
    std::optional<std::string> period;
    std::optional<int> periods;
    std::optional<std::string> theme;
    bool timings = false;
};


BuildOptions parse_build_options(const std::vector<std::string>& args, Console console, bool& help) {
    BuildOptions options;
    po::options_description description("aimsgen build [CONTENT_DIR] -o OUT [options]");
    description.add_options()("help,h", "show this help")("output,o", po::value<std::string>(&options.out),
                                                          "output directory (required)")(
        "period", po::value<std::string>(), "trend granularity: month or quarter (default from aims.yaml)")(
        "periods", po::value<int>(), "how many periods trends cover (default from aims.yaml, else 12)")(
        "theme", po::value<std::string>(), "theme directory overriding the default theme's files")(
        "timings", po::bool_switch(&options.timings),
        "print wall time per stage, CPU time and peak memory to standard error");
    add_content_options(description, options.content);
    po::options_description all;
    all.add(description).add_options()("content-dir", po::value<std::string>(&options.content.content_dir));
    po::positional_options_description positional;
    positional.add("content-dir", 1);
    po::variables_map values;
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), values);
    po::notify(values);
    help = values.count("help") > 0;
    if (help) {
        console.out << description;
        return options;
    }
    if (values.count("as-of") > 0) {
        options.content.as_of = values["as-of"].as<std::string>();
    }
    if (values.count("period") > 0) {
        options.period = values["period"].as<std::string>();
    }
    if (values.count("theme") > 0) {
        options.theme = values["theme"].as<std::string>();
    }
    if (values.count("periods") > 0) {
        options.periods = values["periods"].as<int>();
        if (*options.periods < 1 || *options.periods > 60) {
            throw UsageError("--periods must be a whole number from 1 to 60");
        }
    }
    if (options.out.empty()) {
        throw UsageError("build needs an output directory: -o OUT");
    }
    return options;
}

/// Workbook stage: libxlsxwriter writes files, so each goes through a scratch
/// folder in the staging directory and reaches OUT through the output tree.
std::vector<workbook::WorkbookFile> write_evidence_workbooks(const SiteContext& site, OutputTree& output) {
    const workbook::Sources sources{site.model,          site.computed,         site.provenance,
                                    site.evidence_files, SchemaSet::embedded(), *site.trace};
    const std::filesystem::path scratch = output.staging() / ".workbooks-scratch";
    std::vector<workbook::WorkbookFile> workbooks = workbook::write_workbooks(
        workbook::build_workbooks(sources), scratch,
        [&](const std::string& path, const std::string& bytes) { output.write(path, bytes); });
    std::filesystem::remove_all(scratch);
    return workbooks;
}

/// The pages, the workbooks and model.json need nothing of one another but
/// the workbooks' digests, which a few pages list and render_site renders
/// last. So the workbooks and model.json are each made on a thread of their
/// own while the pages render on all cores. Returns the number of pages.
std::size_t render_side_by_side(SiteContext& site, const TemplateSet& templates, OutputTree& output,
                                const Stopwatch& render_clock, StageTimings& timings) {
    double workbooks_ms = 0;
    double model_json_ms = 0;
    auto workbooks = std::async(std::launch::async, [&] {
        const Stopwatch clock;
        std::vector<workbook::WorkbookFile> written = write_evidence_workbooks(site, output);
        workbooks_ms = clock.milliseconds();
        return written;
    });
    auto model_json = std::async(std::launch::async, [&] {
        const Stopwatch clock;
        output.write("data/model.json", render_model_json(site.model, site.computed, site.provenance));
        model_json_ms = clock.milliseconds();
    });
    std::size_t pages = 0;
    try {
        pages = render_site(site, templates, output, workbooks);
    } catch (...) {
        // The error the stages would have stopped at one after another: the
        // workbooks' before the pages'. (Leaving, each future waits for its thread.)
        if (workbooks.valid()) {
            workbooks.get();
        }
        throw;
    }
    const double render_ms = render_clock.milliseconds();
    model_json.get();
    timings.mark_side_by_side({{"render", render_ms}, {"workbooks", workbooks_ms}, {"model.json", model_json_ms}});
    return pages;
}

}  // namespace

int run_build(const std::vector<std::string>& args, Console console) {
    bool help = false;
    const BuildOptions options = parse_build_options(args, console, help);
    if (help) {
        return k_exit_ok;
    }
    const ComputeOptions compute_period{Date{}, parse_period_kind(options.period.value_or("quarter")), 12};

    StageTimings timings(options.timings);

    // load → validate
    const DiskFileSystem files(options.content.content_dir);
    CheckedContent checked = load_and_validate(options.content, files, &timings);
    const Model model = build_model(checked.raw, iso42001_catalogue(), checked.references);
    timings.mark("model");
    const std::filesystem::path content_dir(options.content.content_dir);
    const ThemeSources theme_sources{theme_dir(options.theme), content_dir, model.aims.theme.templates,
                                     model.aims.theme.css, model.aims.theme.logo};
    const Theme theme = load_theme(theme_sources, checked.diagnostics);
    const TemplateSet templates = TemplateSet::compile(theme, checked.diagnostics);
    timings.mark("theme");
    checked.diagnostics.sort();
    print_checked(console.err, checked, options.content.content_dir);
    if (checked.diagnostics.has_errors()) {
        console.err << "aimsgen build: " << summarize(checked.diagnostics) << " Nothing was written.\n";
        return k_exit_content_errors;
    }
    timings.mark("diagnostics");
    OutputTree output(options.out, options.content.content_dir);
    timings.mark("output");

    // → model → compute
    ComputeOptions compute_options = compute_period;
    compute_options.as_of = checked.as_of;
    compute_options.period = parse_period_kind(options.period.value_or(model.aims.period));
    compute_options.periods = options.periods.value_or(model.aims.periods);
    const Computed computed = compute(model, compute_options);
    const Provenance provenance{AIMSGEN_VERSION, content_commit(options.content.content_dir), checked.as_of};
    timings.mark("compute");

    // → evidence files' sizes and digests, which the pages and workbooks list
    auto evidence_files = read_evidence_files(files, evidence_file_paths(model));
    timings.mark("evidence");

    // → render, workbooks and model.json side by side → output
    const Stopwatch render_clock;  // the site map is the first step of rendering
    SiteContext site{model,          computed,      provenance,
                     checked.diagnostics, theme, SiteMap(model),
                     std::move(evidence_files), {}};
    const std::size_t pages = render_side_by_side(site, templates, output, render_clock, timings);
    output.commit(provenance, build_inputs(*checked.raw, site.evidence_files, theme, theme_sources));
    timings.mark("write");

    console.err << "aimsgen build: " << summarize(checked.diagnostics) << '\n';
    if (!output.kept_files().empty()) {
        console.err << "aimsgen build: the previous output held files aimsgen did not write; they were kept in "
                    << output.kept_files().string() << '\n';
    }
    console.out << "Wrote " << pages << " pages to " << options.out << " (as of " << checked.as_of.to_string()
                << "); open " << options.out << "/index.html\n";
    timings.print(console.err);
    return k_exit_ok;
}

}  // namespace aimsgen
