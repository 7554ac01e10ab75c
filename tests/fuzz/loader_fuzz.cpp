// libFuzzer target: one content file of site-example replaced by the input,
// then what `aimsgen check` and the first half of `aimsgen build` do with it
// in memory: load → validate → diagnostics printed (text and JSON) → model,
// and compute when the content has no errors.
//
// Input: the first line names the file to replace ("aims.yaml",
// "registers/risks.yaml", "documents/policies/ai-policy.md", ...: any content
// file of site-example); the rest of the input is that file's new bytes.
// `make fuzz` seeds the corpus in this form. Beside it the content holds only
// what most files refer to: aims.yaml, the AI systems and the evidence files.
// (The whole of site-example made each run about 30 times slower.)

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>

#include "generator/catalogue/catalogue.hpp"
#include "generator/cli/content_options.hpp"
#include "generator/compute/compute.hpp"
#include "generator/diagnostics/diagnostic_printer.hpp"
#include "generator/model/build_model.hpp"
#include "generator/source/file_system.hpp"

namespace {

using FileMap = std::map<std::string, std::string, std::less<>>;

const std::string k_content_dir = AIMSGEN_SOURCE_DIR "/site-example";

/// The files every input gets beside the one it replaces.
bool is_context(std::string_view path) {
    return path == "aims.yaml" || path == "registers/ai-systems.yaml" || path.starts_with("evidence/");
}

/// Every file of site-example, read once, by content-relative path.
const FileMap& site_example_files() {
    static const FileMap files = [] {
        FileMap read;
        for (const auto& entry : std::filesystem::recursive_directory_iterator(k_content_dir)) {
            if (entry.is_regular_file()) {
                std::ifstream in(entry.path(), std::ios::binary);
                std::ostringstream bytes;
                bytes << in.rdbuf();
                read.emplace(entry.path().lexically_relative(k_content_dir).generic_string(), bytes.str());
            }
        }
        return read;
    }();
    return files;
}

void check_and_model(const aimsgen::MemoryFileSystem& files) {
    aimsgen::ContentOptions options;
    options.content_dir = k_content_dir;  // must exist; every read goes to `files`
    options.as_of = "2026-09-30";
    aimsgen::CheckedContent checked = aimsgen::load_and_validate(options, files);
    std::ostringstream printed;
    aimsgen::print_checked(printed, checked, options.content_dir);
    printed << aimsgen::diagnostics_to_json(checked.diagnostics, options.content_dir, checked.as_of.to_string());
    // `aimsgen build` models the content before it stops on errors.
    const aimsgen::Model model = aimsgen::build_model(checked.raw, aimsgen::iso42001_catalogue(), checked.references);
    if (!checked.diagnostics.has_errors()) {
        const aimsgen::ComputeOptions compute_options{checked.as_of, aimsgen::parse_period_kind(model.aims.period),
                                                      model.aims.periods};
        const aimsgen::Computed computed = aimsgen::compute(model, compute_options);
        static_cast<void>(computed);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const std::size_t newline = input.find('\n');
    if (newline == std::string_view::npos) {
        return -1;  // no file named: not worth keeping in the corpus
    }
    const FileMap& originals = site_example_files();
    const auto replaced = originals.find(input.substr(0, newline));
    if (replaced == originals.end()) {
        return -1;
    }
    aimsgen::MemoryFileSystem files;
    for (const auto& [path, bytes] : originals) {
        if (path == replaced->first) {
            files.add_file(path, std::string(input.substr(newline + 1)));
        } else if (is_context(path)) {
            files.add_file(path, bytes);
        }
    }
    check_and_model(files);
    return 0;
}
