#include "generator/load/input_files.hpp"

#include <algorithm>
#include <array>

#include "generator/resources/embedded_resources.hpp"
#include "generator/source/file_system.hpp"
#include "generator/support/sha256.hpp"

namespace aimsgen {

namespace {

/// A group of embedded files listed as one input.
struct BuiltinPart {
    std::string_view name;
    std::string_view folder;
};

constexpr std::array<BuiltinPart, 3> k_builtin_parts = {{
    {"catalogue", "content/frameworks/"},
    {"schemas", "schemas/"},
    {"theme", "themes/default/"},
}};

void add_loaded(std::vector<InputFile>& inputs, const std::string& path, const FileDigest& digest) {
    inputs.push_back({path, digest.size, digest.sha256});
}

}  // namespace

std::vector<InputFile> content_inputs(const RawContent& raw,
                                      const std::map<std::string, EvidenceFile, std::less<>>& evidence) {
    std::vector<InputFile> inputs;
    if (raw.aims) {
        add_loaded(inputs, raw.aims->path, raw.aims->digest);
    }
    for (const RegisterFiles& files : raw.registers) {
        for (const YamlFile& file : files.files) {
            add_loaded(inputs, file.path, file.digest);
        }
    }
    for (const DocumentFile& document : raw.documents) {
        add_loaded(inputs, document.path, document.digest);
    }
    for (const auto& [cited, file] : evidence) {
        const std::optional<std::string> normal = normalize_content_path(cited);
        if (normal && file.exists) {
            inputs.push_back({*normal, file.size, file.sha256});
        }
    }
    sort_inputs(inputs);
    return inputs;
}

std::vector<InputFile> builtin_inputs() {
    std::vector<InputFile> inputs;
    for (const BuiltinPart& part : k_builtin_parts) {
        std::vector<EmbeddedResource> files;
        for (const EmbeddedResource& resource : embedded_resources()) {
            if (resource.path.starts_with(part.folder)) {
                files.push_back(resource);
            }
        }
        std::sort(files.begin(), files.end(),
                  [](const EmbeddedResource& a, const EmbeddedResource& b) { return a.path < b.path; });
        std::string listing;
        std::uintmax_t size = 0;
        for (const EmbeddedResource& file : files) {
            listing += sha256_hex(file.text) + "  " + std::string(file.path) + "\n";
            size += file.text.size();
        }
        inputs.push_back({std::string(k_builtin_input) + std::string(part.name), size, sha256_hex(listing)});
    }
    return inputs;
}

void sort_inputs(std::vector<InputFile>& inputs) {
    std::stable_sort(inputs.begin(), inputs.end(),
                     [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
    inputs.erase(std::unique(inputs.begin(), inputs.end(),
                             [](const InputFile& a, const InputFile& b) { return a.path == b.path; }),
                 inputs.end());
}

}  // namespace aimsgen
