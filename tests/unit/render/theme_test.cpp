#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "generator/render/template_set.hpp"
#include "generator/render/theme.hpp"
#include "tests/support/test_content.hpp"

namespace aimsgen {
namespace {

namespace fs = std::filesystem;

class ThemeTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_root = fs::temp_directory_path() / ("aimsgen-theme-" + std::to_string(getpid()) + "-" +
                                              ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_root);
        fs::create_directories(m_root / "content" / "theme" / "partials");
    }
    void TearDown() override { fs::remove_all(m_root); }

    void write(const fs::path& relative, const std::string& text) {
        fs::create_directories((m_root / relative).parent_path());
        std::ofstream(m_root / relative) << text;
    }
    ThemeSources content_sources(std::string templates, std::string css = "", std::string logo = "") {
        return ThemeSources{std::nullopt, m_root / "content", std::move(templates), std::move(css), std::move(logo)};
    }

    fs::path m_root;
};

TEST_F(ThemeTest, DefaultThemeCompilesWithEveryPageTemplate) {
    Diagnostics diagnostics;
    const Theme theme = load_theme(content_sources(""), diagnostics);
    const TemplateSet templates = TemplateSet::compile(theme, diagnostics);
    EXPECT_EQ(testing::error_lines(diagnostics), "");
    for (const char* name : {"index", "risks", "risk", "controls", "document", "review-pack", "search"}) {
        EXPECT_TRUE(templates.has(name)) << name;
    }
    EXPECT_TRUE(theme.assets.contains("css/aimsgen.css"));
}

TEST_F(ThemeTest, ContentOverridesThemeDirWhichOverridesDefault) {
    write("mytheme/templates/partials/foot.mustache", "<p>from the theme dir</p></body></html>");
    write("content/theme/partials/foot.mustache", "<p>from the content</p></body></html>");
    write("content/theme/extra.css", ":root { --accent: #123456; }");
    ThemeSources sources = content_sources("theme", "theme/extra.css");
    sources.theme_dir = m_root / "mytheme";
    Diagnostics diagnostics;
    const Theme theme = load_theme(sources, diagnostics);
    EXPECT_EQ(testing::error_lines(diagnostics), "");
    EXPECT_EQ(theme.templates.at("partials/foot").bytes, "<p>from the content</p></body></html>");
    EXPECT_EQ(theme.custom_css, "css/custom.css");
    EXPECT_EQ(theme.assets.at("css/custom.css").bytes, ":root { --accent: #123456; }");
    const TemplateSet templates = TemplateSet::compile(theme, diagnostics);
    EXPECT_NE(templates.source("risks").find("from the content"), std::string::npos);
    EXPECT_EQ(templates.source("risks").find("from the theme dir"), std::string::npos);
}

TEST_F(ThemeTest, ThemePathsMayNotLeaveTheContentDirectory) {
    Diagnostics diagnostics;
    load_theme(content_sources("", "../outside.css"), diagnostics);
    EXPECT_EQ(testing::error_lines(diagnostics),
              "aims.yaml: error: theme.css '../outside.css' leads out of the content directory; give a path inside "
              "it\n");
}

TEST_F(ThemeTest, ThemeFilesMayNotLeaveTheContentDirectoryThroughASymlink) {
    write("secret.txt", "not for the portal");
    fs::create_symlink(m_root / "secret.txt", m_root / "content" / "theme" / "logo.svg");
    Diagnostics diagnostics;
    const Theme theme = load_theme(content_sources("", "", "theme/logo.svg"), diagnostics);
    EXPECT_EQ(testing::error_lines(diagnostics),
              "aims.yaml: error: theme.logo 'theme/logo.svg' leads out of the content directory; give a path inside "
              "it\n");
    EXPECT_TRUE(theme.logo.empty());
}

TEST_F(ThemeTest, TemplateSyntaxErrorIsReportedAtItsFileAndLine) {
    write("content/theme/risks.mustache", "<h1>Risks</h1>\n{{#risks}}\n<p>{{id}}</p>\n");
    Diagnostics diagnostics;
    const Theme theme = load_theme(content_sources("theme"), diagnostics);
    TemplateSet::compile(theme, diagnostics);
    const std::string errors = testing::error_lines(diagnostics);
    EXPECT_TRUE(errors.starts_with("theme/risks.mustache:2:")) << errors;
    EXPECT_NE(errors.find("template syntax error: Unclosed section \"risks\""), std::string::npos) << errors;
}

TEST_F(ThemeTest, MissingPartialIsReportedWhereItIsIncluded) {
    write("content/theme/risks.mustache", "<h1>Risks</h1>\n{{> partials/nowhere}}\n");
    Diagnostics diagnostics;
    const Theme theme = load_theme(content_sources("theme"), diagnostics);
    TemplateSet::compile(theme, diagnostics);
    EXPECT_EQ(testing::error_lines(diagnostics),
              "theme/risks.mustache:2:1: error: template partial 'partials/nowhere' does not exist\n");
}

}  // namespace
}  // namespace aimsgen
