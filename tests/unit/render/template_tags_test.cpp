// kainjow Mustache renders a tag that names nothing as empty, without a word.
// Every template is rendered here against the real model of site-example and
// every tag that resolves to nothing on any page is a failure.

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <set>

#include "generator/compute/compute.hpp"
#include "generator/model/evidence_catalogue.hpp"
#include "generator/render/render_site.hpp"
#include "tests/support/test_model.hpp"

namespace aimsgen {
namespace {

TEST(TemplateTags, ATagThatNamesNothingIsRecorded) {
    Theme theme;
    theme.templates["page"] = {"{{#items}}{{name}}{{/items}}{{title}} {{missing}}", "page.mustache"};
    Diagnostics diagnostics;
    TemplateSet templates = TemplateSet::compile(theme, diagnostics);
    std::set<std::string> unresolved;
    templates.record_unresolved_tags(&unresolved);
    TemplateData item;
    item.set("nome", std::string("typo"));
    TemplateData items{TemplateData::type::list};
    items.push_back(item);
    TemplateData data;
    data.set("items", items);
    data.set("title", std::string("T"));
    EXPECT_EQ(templates.render("page", data), "T ");
    EXPECT_EQ(unresolved, (std::set<std::string>{"page: missing", "page: name"}));
}

TEST(TemplateTags, EveryTagOfEveryPageOfSiteExampleNamesSomething) {
    const std::filesystem::path example = testing::site_example_dir();
    const DiskFileSystem files(example);
    const Date as_of = Date::from_ymd(2026, 9, 30);
    const Model& model = testing::site_example_model();
    Diagnostics diagnostics;
    const Computed computed = compute(model, ComputeOptions{as_of, PeriodKind::quarter, 12});
    const Provenance provenance{"test", "0123456789abcdef0123456789abcdef01234567", as_of};
    const Theme theme = load_theme(ThemeSources{std::nullopt, example, "", "", ""}, diagnostics);
    TemplateSet templates = TemplateSet::compile(theme, diagnostics);
    ASSERT_FALSE(diagnostics.has_errors());
    // Every workbook the build writes, so the register pages' links render too.
    std::vector<workbook::WorkbookFile> workbooks;
    for (const char* file : {"soa.xlsx", "risk-register.xlsx", "ai-system-register.xlsx", "management-review.xlsx"}) {
        workbooks.push_back({std::string("workbooks/") + file, file, "Title", "Subject", 1, std::string(64, 'a')});
    }
    const SiteContext site{model, computed, provenance, diagnostics, theme, SiteMap(model),
                           read_evidence_files(files, evidence_file_paths(model)), workbooks};

    std::set<std::string> unresolved;
    templates.record_unresolved_tags(&unresolved);
    std::size_t rendered = 0;
    for (const PageJob& page : plan_site(site)) {
        page.render(templates);
        ++rendered;
    }
    EXPECT_GT(rendered, 250U);
    EXPECT_EQ(unresolved, std::set<std::string>{});
}

}  // namespace
}  // namespace aimsgen
