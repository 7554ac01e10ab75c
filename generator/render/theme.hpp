#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "generator/diagnostics/diagnostic.hpp"

namespace aimsgen {

/// A template or asset and where it came from (for error messages).
struct ThemeFile {
    std::string bytes;
    std::string origin;  ///< e.g. "themes/default/templates/risk.mustache"
};

/// The files of the portal's look: Mustache templates by name ("risk",
/// "partials/head") and assets by path below assets/ ("css/aimsgen.css").
struct Theme {
    std::map<std::string, ThemeFile, std::less<>> templates;
    std::map<std::string, ThemeFile, std::less<>> assets;
    std::string custom_css;  ///< asset path of the content's own stylesheet, if any
    std::string logo;        ///< asset path of the content's logo, if any
};

/// Where theme files come from, most specific last.
struct ThemeSources {
    std::optional<std::filesystem::path> theme_dir;       ///< --theme DIR
    std::filesystem::path content_dir;
    std::string content_templates;  ///< aims.yaml theme.templates, relative to the content
    std::string content_css;        ///< aims.yaml theme.css
    std::string content_logo;       ///< aims.yaml theme.logo
};

/// Resolution order, each overriding the previous file of the same name: the
/// default theme compiled into aimsgen, then --theme DIR, then the content's
/// own templates, stylesheet and logo. Problems (a missing directory, an
/// unreadable file) are errors in `diagnostics`.
Theme load_theme(const ThemeSources& sources, Diagnostics& diagnostics);

}  // namespace aimsgen
