#include "generator/render/theme.hpp"

#include <fstream>
#include <sstream>

#include "generator/resources/embedded_resources.hpp"
#include "generator/source/file_system.hpp"

namespace aimsgen {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view k_default_theme = "themes/default/";
constexpr std::string_view k_templates = "templates/";
constexpr std::string_view k_assets = "assets/";
constexpr std::string_view k_template_suffix = ".mustache";

/// Files a theme folder may hold; anything else is not copied into the output.
bool is_asset(std::string_view path) {
    for (const std::string_view suffix : {".css", ".js", ".svg", ".png", ".ico", ".woff2", ".txt"}) {
        if (path.ends_with(suffix)) {
            return true;
        }
    }
    return false;
}

/// Files `relative` (below a theme root, '/'-separated) as a template or an asset.
void add_file(Theme& theme, std::string_view relative, std::string bytes, std::string origin) {
    if (relative.starts_with(k_templates) && relative.ends_with(k_template_suffix)) {
        std::string name(relative.substr(k_templates.size()));
        name.resize(name.size() - k_template_suffix.size());
        theme.templates[name] = {std::move(bytes), std::move(origin)};
    } else if (relative.starts_with(k_assets) && is_asset(relative)) {
        theme.assets[std::string(relative.substr(k_assets.size()))] = {std::move(bytes), std::move(origin)};
    }
}

std::optional<std::string> read_file(const fs::path& path) {
    std::ifstream stream(path, std::ios::binary);
    if (!stream) {
        return std::nullopt;
    }
    std::ostringstream bytes;
    bytes << stream.rdbuf();
    return std::move(bytes).str();
}

void add_directory(Theme& theme, const fs::path& root, std::string_view prefix, Diagnostics& diagnostics,
                   const std::string& shown) {
    std::error_code error;
    if (!fs::is_directory(root, error)) {
        diagnostics.error(shown, {}, "the theme directory does not exist");
        return;
    }
    for (fs::recursive_directory_iterator it(root, error), end; !error && it != end; it.increment(error)) {
        if (!it->is_regular_file(error)) {
            continue;
        }
        const std::string relative = it->path().lexically_relative(root).generic_string();
        if (std::optional<std::string> bytes = read_file(it->path())) {
            add_file(theme, std::string(prefix) + relative, std::move(*bytes), shown + "/" + relative);
        } else {
            diagnostics.error(shown + "/" + relative, {}, "cannot read this theme file");
        }
    }
}

/// A file the content's aims.yaml names (theme.css, theme.logo), read only when
/// it is a regular file: opening a FIFO would wait forever.
std::optional<std::string> read_content_file(const fs::path& content_dir, const std::string& path) {
    const std::optional<std::string> normal = normalize_content_path(path);
    if (!normal || DiskFileSystem(content_dir).kind(*normal) != PathKind::file) {
        return std::nullopt;
    }
    return read_file(content_dir / *normal);
}

std::string extension_of(std::string_view path) {
    const std::size_t dot = path.rfind('.');
    return dot == std::string_view::npos ? "" : std::string(path.substr(dot));
}

/// A theme path of aims.yaml must stay inside the content directory, also
/// through symbolic links.
bool inside_content(const fs::path& content_dir, const std::string& path, std::string_view field,
                    Diagnostics& diagnostics) {
    if (path.empty()) {
        return true;
    }
    const std::optional<std::string> normal = normalize_content_path(path);
    if (normal && DiskFileSystem(content_dir).kind(*normal) != PathKind::outside_root) {
        return true;
    }
    diagnostics.error("aims.yaml", {}, "theme." + std::string(field) + " '" + path +
                                           "' leads out of the content directory; give a path inside it");
    return false;
}

}  // namespace

Theme load_theme(const ThemeSources& sources, Diagnostics& diagnostics) {
    Theme theme;
    if (!inside_content(sources.content_dir, sources.content_templates, "templates", diagnostics) ||
        !inside_content(sources.content_dir, sources.content_css, "css", diagnostics) ||
        !inside_content(sources.content_dir, sources.content_logo, "logo", diagnostics)) {
        return theme;
    }
    for (const EmbeddedResource& resource : embedded_resources()) {
        if (resource.path.starts_with(k_default_theme)) {
            add_file(theme, resource.path.substr(k_default_theme.size()), std::string(resource.text),
                     std::string(resource.path));
        }
    }
    if (sources.theme_dir) {
        add_directory(theme, *sources.theme_dir, "", diagnostics, sources.theme_dir->string());
    }
    if (!sources.content_templates.empty()) {
        add_directory(theme, sources.content_dir / sources.content_templates, k_templates, diagnostics,
                      sources.content_templates);
    }
    if (!sources.content_css.empty()) {
        if (std::optional<std::string> css = read_content_file(sources.content_dir, sources.content_css)) {
            theme.custom_css = "css/custom.css";
            theme.assets[theme.custom_css] = {std::move(*css), sources.content_css};
        } else {
            diagnostics.error("aims.yaml", {}, "theme.css '" + sources.content_css + "' cannot be read");
        }
    }
    if (!sources.content_logo.empty()) {
        if (std::optional<std::string> logo = read_content_file(sources.content_dir, sources.content_logo)) {
            theme.logo = "img/logo" + extension_of(sources.content_logo);
            theme.assets[theme.logo] = {std::move(*logo), sources.content_logo};
        } else {
            diagnostics.error("aims.yaml", {}, "theme.logo '" + sources.content_logo + "' cannot be read");
        }
    }
    return theme;
}

}  // namespace aimsgen
