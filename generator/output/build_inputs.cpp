#include "generator/output/build_inputs.hpp"

#include <optional>

#include "generator/resources/embedded_resources.hpp"
#include "generator/source/file_system.hpp"
#include "generator/support/sha256.hpp"

namespace aimsgen {

namespace {

/// How the manifest names a theme file, from where load_theme found it (its
/// `origin`); nullopt for a file of the compiled-in default theme, which
/// "builtin:theme" covers. The content's own files are checked first: they
/// override --theme DIR's.
std::optional<std::string> theme_input_name(const ThemeFile& file, const ThemeSources& sources) {
    if (const std::optional<std::string_view> embedded = find_embedded_resource(file.origin);
        embedded && *embedded == file.bytes) {
        return std::nullopt;
    }
    const std::string& origin = file.origin;
    const bool from_content =
        (!sources.content_css.empty() && origin == sources.content_css) ||
        (!sources.content_logo.empty() && origin == sources.content_logo) ||
        (!sources.content_templates.empty() && origin.starts_with(sources.content_templates + "/"));
    if (!from_content && sources.theme_dir) {
        const std::string prefix = sources.theme_dir->string() + "/";
        if (origin.starts_with(prefix)) {
            return std::string(k_theme_dir_input) + origin.substr(prefix.size());
        }
    }
    return normalize_content_path(origin).value_or(origin);
}

void add_theme_files(std::vector<InputFile>& inputs, const std::map<std::string, ThemeFile, std::less<>>& files,
                     const ThemeSources& sources) {
    for (const auto& [name, file] : files) {
        if (std::optional<std::string> input = theme_input_name(file, sources)) {
            inputs.push_back({std::move(*input), file.bytes.size(), sha256_hex(file.bytes)});
        }
    }
}

}  // namespace

std::vector<InputFile> build_inputs(const RawContent& raw,
                                    const std::map<std::string, EvidenceFile, std::less<>>& evidence,
                                    const Theme& theme, const ThemeSources& sources) {
    std::vector<InputFile> inputs = content_inputs(raw, evidence);
    add_theme_files(inputs, theme.templates, sources);
    add_theme_files(inputs, theme.assets, sources);
    const std::vector<InputFile> builtin = builtin_inputs();
    inputs.insert(inputs.end(), builtin.begin(), builtin.end());
    sort_inputs(inputs);
    return inputs;
}

}  // namespace aimsgen
