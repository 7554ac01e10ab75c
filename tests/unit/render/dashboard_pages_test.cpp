#include <gtest/gtest.h>

#include <array>
#include <regex>

#include <nlohmann/json.hpp>

#include "generator/compute/readiness.hpp"
#include "tests/support/test_model.hpp"
#include "tests/support/test_site.hpp"

namespace aimsgen::testing {
namespace {

const Date k_as_of = Date::from_ymd(2026, 6, 30);  // periods 2025-Q3 … 2026-Q2

constexpr std::array<std::string_view, 16> k_headline = {
    "systems-in-scope",         "impact-assessment-coverage", "risks-above-appetite",
    "treatment-completion",     "risk-reviews-overdue",       "soa-implementation",
    "soa-evidence-gaps",        "incidents-in-period",        "incident-resolution-days",
    "corrective-actions-overdue", "monitoring-breaches",      "audit-programme-completion",
    "training-completion",      "objectives-on-track",        "documents-approved",
    "supplier-assessments-current",
};

/// RSK-1 (titled `title`): identified this quarter, residual 3 × 4 = 12 above
/// the threshold of 9, with an action overdue since 2026-05-31. RSK-2: low,
/// its review overdue since 2026-01-15. A measurement series and a document.
TestContent dashboard_content(const std::string& title = "Unfair ranking") {
    TestContent content;
    content.file("registers/ai-systems.yaml", R"(- id: AIS-1
  name: Screening
  purpose: Rank applicants
  owner: alice
  lifecycle_stage: operation
  ai_role: deployer
  source: internal
  eu_ai_act_tier: high
  autonomy: human-in-the-loop
  in_scope: true
  introduced: 2025-01-10
  next_review: 2026-12-31
)");
    content.file("registers/risks.yaml", R"(- id: RSK-1
  title: ")" + title + R"("
  category: bias
  systems: [AIS-1]
  owner: alice
  identified: 2026-04-02
  likelihood: 4
  impact: 4
  treatment: mitigate
  residual_likelihood: 3
  residual_impact: 4
  status: treating
  next_review: 2026-12-01
  actions:
    - id: ACT-1
      description: Retrain the ranking model
      owner: alice
      due: 2026-05-31
- id: RSK-2
  title: Stale model
  category: robustness
  systems: [AIS-1]
  owner: bob
  identified: 2025-02-01
  likelihood: 2
  impact: 2
  treatment: accept
  residual_likelihood: 1
  residual_impact: 2
  status: accepted
  accepted_by: alice
  accepted: 2025-02-10
  next_review: 2026-01-15
)");
    content.file("registers/measurements.yaml", R"(- id: MEA-1
  system: AIS-1
  metric: selection-rate-ratio
  title: Selection-rate ratio
  unit: ratio
  direction: higher-is-better
  threshold: {min: 0.8, warning_min: 0.85}
  owner: alice
  points:
    - {date: 2026-02-28, value: 0.9}
    - {date: 2026-05-31, value: 0.82}
)");
    content.file("documents/pol-1.md", R"(---
id: POL-1
title: AI Policy
type: policy
owner: alice
version: "1.0"
status: approved
approved_by: alice
approved: 2026-05-02
next_review: 2027-05-02
---
# AI Policy

The quick **brown** fox [jumps](https://example.org/hidden-target) over the `lazy` dog.
)");
    return content;
}

std::size_t count_of(const std::string& text, const std::string& needle) {
    std::size_t count = 0;
    for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
        ++count;
    }
    return count;
}

/// The dashboard tile that links to `kpi`, from its <article> to </article>.
std::string tile_of(const std::string& page, std::string_view kpi) {
    const std::size_t link = page.find("href=\"kpis/" + std::string(kpi) + ".html\"");
    if (link == std::string::npos) {
        return "";
    }
    const std::size_t start = page.rfind("<article", link);
    const std::size_t end = page.find("</article>", link);
    return start == std::string::npos || end == std::string::npos ? "" : page.substr(start, end - start);
}

TEST(DashboardPages, TilePerHeadlineKpiLinkingToItsPage) {
    const auto pages = render_test_site(dashboard_content());
    const std::string& index = pages.at("index.html");
    EXPECT_EQ(count_of(index, "<article class=\"tile kpi-tile"), k_headline.size());
    for (const std::string_view kpi : k_headline) {
        const std::string tile = tile_of(index, kpi);
        ASSERT_FALSE(tile.empty()) << kpi;
        EXPECT_TRUE(pages.contains("kpis/" + std::string(kpi) + ".html")) << kpi;
        const bool has_word = tile.find("On target") != std::string::npos || tile.find("Watch") != std::string::npos ||
                              tile.find("Off target") != std::string::npos ||
                              tile.find("No data") != std::string::npos || tile.find("No target") != std::string::npos;
        EXPECT_TRUE(has_word) << tile;
        EXPECT_NE(tile.find("<svg class=\"chart sparkline\""), std::string::npos) << kpi;
    }
}

TEST(DashboardPages, TileShowsRagByWordAndDeltaAgainstDirection) {
    const auto pages = render_test_site(dashboard_content());
    // One risk above appetite: target 0, warning 2 → amber; 0 last quarter → up 1, worse.
    const std::string tile = tile_of(pages.at("index.html"), "risks-above-appetite");
    EXPECT_NE(tile.find("kpi-tile rag-amber"), std::string::npos) << tile;
    EXPECT_NE(tile.find(">Watch<"), std::string::npos) << tile;
    EXPECT_NE(tile.find("up 1 since 2026-Q1"), std::string::npos) << tile;
    EXPECT_NE(tile.find("<strong>worse</strong>"), std::string::npos) << tile;
    EXPECT_NE(tile.find(">1<"), std::string::npos) << tile;
}

TEST(DashboardPages, HeatMapCountsEqualComputedCells) {
    const TestContent content = dashboard_content();
    const auto pages = render_test_site(content, k_as_of);
    const Model model = build_test_model(content, k_as_of);
    const Computed computed = compute(model, ComputeOptions{k_as_of, PeriodKind::quarter, 4});
    const std::string& index = pages.at("index.html");
    for (const HeatMap* map : {&computed.inherent, &computed.residual}) {
        const std::string id = map->residual ? "heatmap-residual" : "heatmap-inherent";
        const std::size_t start = index.find("id=\"" + id + "\"");
        ASSERT_NE(start, std::string::npos) << id;
        const std::string table = index.substr(start, index.find("</table>", start) - start);
        const std::regex cell_pattern(R"re(data-likelihood="(\d+)" data-impact="(\d+)" data-count="(\d+)")re");
        std::size_t cells = 0;
        int previous_likelihood = 99;
        for (auto it = std::sregex_iterator(table.begin(), table.end(), cell_pattern); it != std::sregex_iterator();
             ++it) {
            const int likelihood = std::stoi((*it)[1]);
            const int impact = std::stoi((*it)[2]);
            EXPECT_LE(likelihood, previous_likelihood) << "rows run from high likelihood to low";
            previous_likelihood = likelihood;
            EXPECT_EQ(std::stoul((*it)[3]), map->cell(likelihood, impact).risks.size()) << id << " " << likelihood
                                                                                         << "×" << impact;
            ++cells;
        }
        EXPECT_EQ(cells, map->cells.size()) << id;
        EXPECT_NE(table.find("<th scope=\"row\""), std::string::npos);
        EXPECT_NE(table.find("<caption>"), std::string::npos);
    }
    // RSK-1 sits at residual 3 × 4, linked from its cell.
    // (Found by position, not by a regex: libstdc++'s regex recurses once per
    // character of `[\s\S]*` and overflows the stack on a whole page under ASan.)
    const std::size_t residual = index.find("id=\"heatmap-residual\"");
    ASSERT_NE(residual, std::string::npos);
    EXPECT_NE(index.find(R"(data-likelihood="3" data-impact="4" data-count="1"><span class="hm-count">1</span>)"
                         R"(<span class="hm-band">high</span><a href="risks/RSK-1.html">)",
                         residual),
              std::string::npos);
}

TEST(DashboardPages, OverdueItemsLinkToTheirRecords) {
    const auto pages = render_test_site(dashboard_content());
    const std::string& index = pages.at("index.html");
    const std::size_t start = index.find("id=\"overdue-heading\"");
    ASSERT_NE(start, std::string::npos);
    const std::string section = index.substr(start, index.find("</section>", start) - start);
    EXPECT_NE(section.find("<a href=\"risks/RSK-1.html#ACT-1\">ACT-1</a>"), std::string::npos) << section;
    EXPECT_NE(section.find("<td>2026-05-31</td><td><span class=\"flag flag-amber\">overdue</span> 30 days"),
              std::string::npos)
        << section;
    EXPECT_NE(section.find("<a href=\"risks/RSK-2.html\">RSK-2</a>"), std::string::npos) << section;
    EXPECT_EQ(section.find("Nothing is overdue"), std::string::npos);
}

TEST(DashboardPages, WhatChangedListsRecordsOfTheCurrentPeriod) {
    const auto pages = render_test_site(dashboard_content());
    const std::string& index = pages.at("index.html");
    const std::size_t start = index.find("id=\"changes-heading\"");
    ASSERT_NE(start, std::string::npos);
    const std::string section = index.substr(start, index.find("</section>", start) - start);
    EXPECT_NE(section.find("What changed since 2026-Q1"), std::string::npos);
    EXPECT_NE(section.find("<span class=\"change-count\">1</span> <a href=\"risks.html\">Risks identified</a>"),
              std::string::npos)
        << section;
    EXPECT_NE(section.find("<a href=\"risks/RSK-1.html\">RSK-1</a>"), std::string::npos);
    EXPECT_EQ(section.find("<a href=\"risks/RSK-2.html\">RSK-2</a>"), std::string::npos) << "identified in 2025";
    EXPECT_NE(section.find("<a href=\"documents/POL-1.html\">POL-1</a>"), std::string::npos);
    EXPECT_NE(section.find("href=\"kpis/risks-above-appetite.html\""), std::string::npos) << "went green → amber";
}

TEST(DashboardPages, KpiPagesShowTrendAndRecordsBehindTheNumber) {
    const auto pages = render_test_site(dashboard_content());
    ASSERT_TRUE(pages.contains("kpis.html"));
    const std::string& kpi = pages.at("kpis/risks-above-appetite.html");
    EXPECT_NE(kpi.find("<a href=\"../risks/RSK-1.html\">RSK-1</a>"), std::string::npos);
    EXPECT_EQ(kpi.find("<a href=\"../risks/RSK-2.html\">RSK-2</a>"), std::string::npos);
    EXPECT_NE(kpi.find("<svg class=\"chart line-chart\""), std::string::npos);
    EXPECT_NE(kpi.find("<line class=\"reference target\""), std::string::npos);
    EXPECT_EQ(count_of(kpi, "<tr><th scope=\"row\">2026-Q"), 2u);  // the trend table: Q1 and Q2
    EXPECT_NE(kpi.find("href=\"../kpis.html\""), std::string::npos);
    // The series KPI links to its series and system, and is on the table of all KPIs.
    ASSERT_TRUE(pages.contains("kpis/series-MEA-1.html"));
    const std::string& series = pages.at("kpis/series-MEA-1.html");
    EXPECT_NE(series.find("<a href=\"../measurements/MEA-1.html\">MEA-1</a>"), std::string::npos);
    EXPECT_NE(series.find("0.82 ratio"), std::string::npos);
    EXPECT_NE(series.find(">Watch<"), std::string::npos) << "0.82 is inside min 0.8, below warning 0.85";
    EXPECT_NE(pages.at("kpis.html").find("href=\"kpis/series-MEA-1.html\""), std::string::npos);
}

TEST(DashboardPages, ReadinessPageShowsClauseRowsAndEveryCheck) {
    const auto pages = render_test_site(dashboard_content());
    const std::string& readiness = pages.at("readiness.html");
    for (int clause = 4; clause <= 10; ++clause) {
        const std::string id = std::to_string(clause);
        EXPECT_NE(readiness.find("<section id=\"clause-" + id + "\""), std::string::npos) << id;
        EXPECT_NE(readiness.find("<a href=\"#clause-" + id + "\">" + id + " "), std::string::npos) << id;
        EXPECT_NE(pages.at("index.html").find("href=\"readiness.html#clause-" + id + "\""), std::string::npos);
    }
    for (const ReadinessRule& rule : readiness_rules()) {
        EXPECT_NE(readiness.find("<tr id=\"check-" + rule.id + "\">"), std::string::npos) << rule.id;
    }
    EXPECT_EQ(count_of(readiness, "<tr><th scope=\"row\">"), readiness_steps().size() + 7);
    EXPECT_NE(readiness.find("Next key output"), std::string::npos);
}

TEST(DashboardPages, DiagnosticsPageListsTheWarningsOfCheck) {
    const TestContent content = dashboard_content();
    const Diagnostics diagnostics = content.check(k_as_of);
    ASSERT_GT(diagnostics.warning_count(), 0u);
    const auto pages = render_test_site(content, k_as_of);
    const std::string& page = pages.at("diagnostics.html");
    EXPECT_EQ(page.find("No warnings."), std::string::npos);
    for (const Diagnostic& diagnostic : diagnostics.items()) {
        const std::string where =
            diagnostic.pos.line == 0 ? diagnostic.path
                                     : diagnostic.path + ":" + std::to_string(diagnostic.pos.line) + ":" +
                                           std::to_string(diagnostic.pos.column);
        EXPECT_NE(page.find("<td><code>" + where + "</code></td>"), std::string::npos) << where;
    }
    EXPECT_NE(page.find("<h2 id=\"file-1\"><code>"), std::string::npos);
    EXPECT_NE(page.find("flag-amber\">warning</span>"), std::string::npos);
}

TEST(DashboardPages, SearchIndexEscapesHostileTitlesInsideTheScript) {
    const std::string hostile = "</script><script>alert(1)</script> & <!-- 'x'";
    const auto pages = render_test_site(dashboard_content(hostile));
    ASSERT_TRUE(pages.contains("search-index.js"));
    const std::string& script = pages.at("search-index.js");
    const std::string prefix = "window.AIMSGEN_SEARCH = ";
    ASSERT_EQ(script.substr(0, prefix.size()), prefix);
    ASSERT_EQ(script.substr(script.size() - 2), ";\n");
    EXPECT_EQ(script.find('<'), std::string::npos);
    EXPECT_EQ(script.find('>'), std::string::npos);
    EXPECT_NE(script.find("\\u003c/script\\u003e"), std::string::npos);
    const nlohmann::json index =
        nlohmann::json::parse(script.substr(prefix.size(), script.size() - prefix.size() - 2));
    bool found_risk = false;
    bool found_document = false;
    for (const nlohmann::json& entry : index) {
        if (entry.at("id") == "RSK-1") {
            found_risk = true;
            EXPECT_EQ(entry.at("title"), hostile);
            EXPECT_EQ(entry.at("kind"), "risk");
            EXPECT_EQ(entry.at("href"), "risks/RSK-1.html");
        }
        if (entry.at("id") == "POL-1") {
            found_document = true;
            const std::string text = entry.at("text");
            EXPECT_NE(text.find("brown fox jumps over the lazy dog"), std::string::npos) << text;
            EXPECT_EQ(text.find("hidden-target"), std::string::npos) << text;
        }
        EXPECT_FALSE(entry.at("href").get<std::string>().empty());
    }
    EXPECT_TRUE(found_risk);
    EXPECT_TRUE(found_document);
    EXPECT_TRUE(pages.contains("kpis/" + index.back().at("id").get<std::string>() + ".html"));
}

TEST(DashboardPages, SearchPageListsEverythingWithoutJavaScript) {
    const std::string hostile = "<script>alert(1)</script>";
    const auto pages = render_test_site(dashboard_content(hostile));
    const std::string& page = pages.at("search.html");
    EXPECT_NE(page.find("<li data-id=\"RSK-1\"><a href=\"risks/RSK-1.html\">RSK-1</a> &lt;script&gt;alert(1)"),
              std::string::npos);
    EXPECT_EQ(page.find("<script>alert(1)"), std::string::npos);
    EXPECT_NE(page.find("<li data-id=\"POL-1\"><a href=\"documents/POL-1.html\">POL-1</a> AI Policy</li>"),
              std::string::npos);
    EXPECT_NE(page.find("<li data-id=\"AIS-1\"><a href=\"ai-systems/AIS-1.html\">AIS-1</a> Screening</li>"),
              std::string::npos);
    EXPECT_NE(page.find("<h2 id=\"kind-risk\">Risks"), std::string::npos);
    EXPECT_NE(page.find("<label for=\"search-input\">"), std::string::npos);
    EXPECT_NE(page.find("<script src=\"assets/js/search.js\" defer></script>"), std::string::npos);
    EXPECT_NE(page.find("<script src=\"search-index.js\" defer></script>"), std::string::npos);
    // Only the search page loads the search script.
    EXPECT_EQ(pages.at("index.html").find("search.js"), std::string::npos);
    EXPECT_EQ(pages.at("index.html").find("<script>alert(1)"), std::string::npos);
}

}  // namespace
}  // namespace aimsgen::testing
