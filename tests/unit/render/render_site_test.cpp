// render_site renders the pages while the build still writes the workbooks:
// the pages that show them (PageJob::lists_workbooks) wait, every other page must not
// read them. Checked on every page of site-example, rendered with and without
// workbooks; then render_site writes site-example into an output tree with the
// workbooks written after the other pages, before them, or failing.

#include <gtest/gtest.h>

#include <exception>
#include <filesystem>
#include <future>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "generator/compute/compute.hpp"
#include "generator/model/evidence_catalogue.hpp"
#include "generator/render/render_site.hpp"
#include "tests/support/test_model.hpp"
#include "tests/unit/output/output_test_support.hpp"

namespace aimsgen {
namespace {

const Date k_as_of = Date::from_ymd(2026, 9, 30);

/// The workbooks a build of site-example writes, with made-up digests.
std::vector<workbook::WorkbookFile> example_workbooks() {
    std::vector<workbook::WorkbookFile> workbooks;
    for (const char* file : {"soa.xlsx", "risk-register.xlsx", "ai-system-register.xlsx", "management-review.xlsx"}) {
        workbooks.push_back({std::string("workbooks/") + file, file, "Title", "Subject", 4096, std::string(64, 'a')});
    }
    return workbooks;
}

/// What a site of site-example is made from.
struct ExampleSite {
    const Model& model = testing::site_example_model();
    Diagnostics diagnostics;
    const Computed computed = compute(model, ComputeOptions{k_as_of, PeriodKind::quarter, 12});
    const Provenance provenance{"test", "0123456789abcdef0123456789abcdef01234567", k_as_of};
    const Theme theme = load_theme(ThemeSources{std::nullopt, testing::site_example_dir(), "", "", ""}, diagnostics);
    const TemplateSet templates = TemplateSet::compile(theme, diagnostics);
    const DiskFileSystem files{testing::site_example_dir()};

    /// A context whose workbooks are `workbooks`.
    SiteContext context(std::vector<workbook::WorkbookFile> workbooks) const {
        return SiteContext{model,
                           computed,
                           provenance,
                           diagnostics,
                           theme,
                           SiteMap(model),
                           read_evidence_files(files, evidence_file_paths(model)),
                           std::move(workbooks)};
    }
};

/// Every page of `site` by path, rendered.
std::map<std::string, std::string> rendered_pages(const SiteContext& site, const TemplateSet& templates) {
    TemplateSet set = templates.clone();
    std::map<std::string, std::string> pages;
    for (const PageJob& page : plan_site(site)) {
        pages[page.path] = page.render(set);
    }
    return pages;
}

TEST(RenderSite, OnlyThePagesListingWorkbooksDependOnThem) {
    const ExampleSite example;
    ASSERT_FALSE(example.diagnostics.has_errors());
    const SiteContext with = example.context(example_workbooks());
    const SiteContext without = example.context({});
    const std::map<std::string, std::string> pages_with = rendered_pages(with, example.templates);
    const std::map<std::string, std::string> pages_without = rendered_pages(without, example.templates);
    ASSERT_EQ(pages_with.size(), pages_without.size());
    std::set<std::string> listing;
    for (const PageJob& page : plan_site(with)) {
        if (page.lists_workbooks) {
            listing.insert(page.path);
        }
    }
    for (const auto& [path, page] : pages_with) {
        EXPECT_EQ(page != pages_without.at(path), listing.contains(path)) << path;
    }
    EXPECT_EQ(listing, (std::set<std::string>{"ai-systems.html", "controls.html", "management-reviews.html",
                                              "risks.html", "workbooks.html"}));
}

TEST(RenderSite, RendersThePagesListingWorkbooksOnceTheyAreWritten) {
    const ExampleSite example;
    testing::TempDir root;
    OutputTree output(root / "out", testing::site_example_dir());
    SiteContext site = example.context({});
    const PageList planned = plan_site(site);
    std::size_t awaited = 0;
    // Deferred: the workbooks are written only when render_site waits for them.
    WorkbooksBeingWritten workbooks = std::async(std::launch::deferred, [&] {
        ++awaited;
        // Every other page is written by now, and none of those that list the workbooks.
        for (const PageJob& page : planned) {
            EXPECT_EQ(std::filesystem::exists(output.staging() / page.path), !page.lists_workbooks) << page.path;
        }
        return example_workbooks();
    });
    const std::size_t pages = render_site(site, example.templates, output, workbooks);
    EXPECT_EQ(awaited, 1U);
    EXPECT_EQ(pages, planned.size());
    EXPECT_NE(testing::file_bytes(output.staging() / "workbooks.html").find(std::string(64, 'a')), std::string::npos);
    EXPECT_NE(testing::file_bytes(output.staging() / "risks.html").find("workbooks/risk-register.xlsx"),
              std::string::npos);
}

TEST(RenderSite, WorkbooksWrittenBeforeThePagesBeginLeaveNoPageOut) {
    const ExampleSite example;
    testing::TempDir root;
    OutputTree output(root / "out", testing::site_example_dir());
    SiteContext site = example.context({});
    std::promise<std::vector<workbook::WorkbookFile>> done;
    done.set_value(example_workbooks());
    WorkbooksBeingWritten workbooks = done.get_future();
    const std::size_t pages = render_site(site, example.templates, output, workbooks);
    const PageList planned = plan_site(site);
    EXPECT_EQ(pages, planned.size());
    for (const PageJob& page : planned) {
        EXPECT_TRUE(std::filesystem::exists(output.staging() / page.path)) << page.path;
    }
    EXPECT_NE(testing::file_bytes(output.staging() / "workbooks.html").find(std::string(64, 'a')), std::string::npos);
}

TEST(RenderSite, AFailureWritingTheWorkbooksLeavesTheirPagesUnwritten) {
    const ExampleSite example;
    testing::TempDir root;
    OutputTree output(root / "out", testing::site_example_dir());
    SiteContext site = example.context({});
    std::promise<std::vector<workbook::WorkbookFile>> failed;
    failed.set_exception(std::make_exception_ptr(workbook::XlsxError("risk-register.xlsx: disk full")));
    WorkbooksBeingWritten workbooks = failed.get_future();
    EXPECT_THROW(render_site(site, example.templates, output, workbooks), workbook::XlsxError);
    for (const PageJob& page : plan_site(site)) {
        EXPECT_FALSE(page.lists_workbooks && std::filesystem::exists(output.staging() / page.path)) << page.path;
    }
}

}  // namespace
}  // namespace aimsgen
