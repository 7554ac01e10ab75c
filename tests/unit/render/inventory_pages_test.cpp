#include <gtest/gtest.h>

#include <regex>

#include "tests/support/test_site.hpp"

namespace aimsgen::testing {
namespace {

// As of 2026-06-30 (render_test_site's default); the reporting period is 2026-Q2.

std::string systems_yaml(const std::string& name) {
    return R"(- id: AIS-1
  name: ")" +
           name + R"("
  purpose: Rank applicants
  owner: alice
  business_unit: Human Resources
  lifecycle_stage: operation
  ai_role: deployer
  source: third-party
  supplier: SUP-1
  eu_ai_act_tier: high
  autonomy: human-in-the-loop
  data_categories: [CVs]
  affected_parties: [Applicants]
  in_scope: true
  introduced: 2025-01-10
  last_review: 2026-01-15
  next_review: 2026-06-01
  history:
    - date: 2025-01-10
      lifecycle_stage: deployment
      note: Rolled out to HR
    - date: 2025-03-01
      lifecycle_stage: operation
    - date: 2026-09-01
      note: Planned change after the as-of date
- id: AIS-2
  name: Chat helper
  purpose: Answer questions
  owner: bob
  lifecycle_stage: operation
  ai_role: deployer
  source: internal
  eu_ai_act_tier: high
  autonomy: autonomous
  in_scope: true
  introduced: 2025-01-10
  next_review: 2026-12-01
- id: AIS-3
  name: Forecast
  purpose: Forecast demand
  owner: alice
  lifecycle_stage: operation
  ai_role: developer
  source: internal
  eu_ai_act_tier: minimal
  autonomy: human-on-the-loop
  in_scope: true
  introduced: 2025-01-10
  next_review: 2026-12-01
)";
}

const char* const k_risks = R"(- id: RSK-1
  title: Unfair ranking
  category: bias
  systems: [AIS-1]
  owner: alice
  identified: 2025-02-01
  likelihood: 4
  impact: 4
  treatment: mitigate
  controls: [A.6.2.4]
  residual_likelihood: 3
  residual_impact: 4
  status: treating
  next_review: 2026-12-01
)";

const char* const k_suppliers = R"(- id: SUP-1
  name: TalentSift
  systems: [AIS-1]
  owner: alice
  criticality: high
  status: active
  assessments:
    - {date: 2025-04-01, assessor: bob, rating: medium}
    - {date: 2026-04-01, assessor: bob, rating: high, notes: No bias audit}
    - {date: 2026-09-01, assessor: bob, rating: low, notes: After the as-of date}
  next_assessment: 2026-05-01
)";

const char* const k_decisions = R"(- id: DEC-1
  title: Deploy the screening tool
  system: AIS-1
  gate: deployment-approval
  requested: 2026-01-01
  requested_by: alice
  reviewer: bob
  decided: 2026-01-20
  outcome: approved-with-conditions
  conditions: [Recruiter reviews every rejection]
  rationale: Oversight in place.
  related_risks: [RSK-1]
  impact_assessment: IA-1
- id: DEC-2
  title: Change the prompt
  system: AIS-2
  gate: change-approval
  requested: 2026-02-01
  requested_by: alice
  reviewer: bob
  decided: 2026-02-06
  outcome: approved
)";

std::string dimensions(const std::string& rating) {
    std::string text = "  dimensions:\n";
    for (const char* name : {"fairness", "transparency", "human_oversight", "privacy", "safety",
                             "environment", "society", "vulnerable_groups"}) {
        text += std::string("    ") + name + ": {rating: " + rating + ", notes: Notes on " + name +
                "}\n";
    }
    return text;
}

std::string assessments_yaml() {
    return R"(- id: IA-1
  title: Screening assessment
  system: AIS-1
  date: 2026-02-01
  assessor: alice
  status: approved
)" + dimensions("high") +
           R"(  overall_rating: high
  mitigations: [Recruiter review]
  related_risks: [RSK-1]
  approved_by: bob
  approved: 2026-02-10
  next_review: 2027-02-10
- id: IA-1-OLD
  title: Old screening assessment
  system: AIS-1
  date: 2025-02-01
  assessor: alice
  status: superseded
)" + dimensions("medium") +
           R"(- id: IA-2
  title: Chat helper assessment
  system: AIS-2
  date: 2025-01-20
  assessor: alice
  status: approved
)" + dimensions("low") +
           R"(  approved_by: bob
  approved: 2025-02-01
  next_review: 2026-02-01
- id: IA-3
  title: Forecast assessment
  system: AIS-3
  date: 2026-05-01
  assessor: alice
  status: draft
)" + dimensions("negligible");
}

const char* const k_measurements = R"(- id: MEA-1
  system: AIS-1
  metric: selection-rate-ratio
  title: Selection-rate ratio
  unit: ratio
  direction: higher-is-better
  threshold: {min: 0.8, warning_min: 0.85}
  owner: alice
  points:
    - {date: 2026-01-31, value: 0.9}
    - {date: 2026-04-30, value: 0.83}
    - {date: 2026-05-31, value: 0.76, note: "Vendor update"}
    - {date: 2026-06-30, value: 0.78}
    - {date: 2026-07-31, value: 0.99}
)";

TestContent inventory_content(const std::string& system_name = "Screening") {
    TestContent content;
    content.file("registers/ai-systems.yaml", systems_yaml(system_name));
    content.file("registers/risks.yaml", k_risks);
    content.file("registers/suppliers.yaml", k_suppliers);
    content.file("registers/decisions.yaml", k_decisions);
    content.file("registers/impact-assessments.yaml", assessments_yaml());
    content.file("registers/measurements.yaml", k_measurements);
    return content;
}

bool contains(const std::string& page, const std::string& text) {
    return page.find(text) != std::string::npos;
}

/// The table row of the register that starts with a link to `href`.
std::string row_of(const std::string& page, const std::string& href) {
    const std::size_t at = page.find("<td><a href=\"" + href + "\">");
    if (at == std::string::npos) {
        return "";
    }
    return page.substr(at, page.find("</tr>", at) - at);
}

class InventoryPages : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        s_pages = new std::map<std::string, std::string>(render_test_site(inventory_content()));
    }
    static void TearDownTestSuite() {
        delete s_pages;
        s_pages = nullptr;
    }
    static const std::string& page(const std::string& path) {
        const auto found = s_pages->find(path);
        if (found == s_pages->end()) {
            ADD_FAILURE() << "no page " << path;
            static const std::string k_empty;
            return k_empty;
        }
        return found->second;
    }
    static std::map<std::string, std::string>* s_pages;
};

std::map<std::string, std::string>* InventoryPages::s_pages = nullptr;

TEST_F(InventoryPages, EveryRegisterAndRecordHasItsPage) {
    for (const char* path :
         {"ai-systems.html", "ai-systems/AIS-1.html", "ai-systems/AIS-2.html",
          "ai-systems/AIS-3.html", "suppliers.html", "suppliers/SUP-1.html", "decisions.html",
          "decisions/DEC-1.html", "decisions/DEC-2.html", "impact-assessments.html",
          "impact-assessments/IA-1.html", "impact-assessments/IA-1-OLD.html", "measurements.html",
          "measurements/MEA-1.html"}) {
        EXPECT_TRUE(s_pages->contains(path)) << path;
    }
}

TEST_F(InventoryPages, SystemPageLinksEveryRelatedRecord) {
    const std::string& system = page("ai-systems/AIS-1.html");
    EXPECT_TRUE(contains(system, "<a href=\"../ai-systems.html\">")) << "breadcrumb";
    for (const char* href :
         {"../risks/RSK-1.html", "../suppliers/SUP-1.html", "../decisions/DEC-1.html",
          "../impact-assessments/IA-1.html", "../impact-assessments/IA-1-OLD.html",
          "../measurements/MEA-1.html", "../controls/A.6.2.4.html"}) {
        EXPECT_TRUE(contains(system, std::string("href=\"") + href + "\"")) << href;
    }
    // The control is reached through the risk it treats.
    EXPECT_TRUE(std::regex_search(
        system,
        std::regex(
            "A\\.6\\.2\\.4</a>[^<]*<span class=\"meta\">\\(via <a href=\"../risks/RSK-1.html\">")));
    // Residual 3 × 4 = 12 is high.
    EXPECT_TRUE(contains(system, "<span class=\"band band-high\">12 high</span>"));
    EXPECT_TRUE(contains(system, "Recorded in <code>registers/ai-systems.yaml:1</code>"));
}

TEST_F(InventoryPages, RelatedRecordsLinkBackToTheSystem) {
    for (const char* path : {"suppliers/SUP-1.html", "decisions/DEC-1.html",
                             "impact-assessments/IA-1.html", "measurements/MEA-1.html"}) {
        EXPECT_TRUE(contains(page(path), "href=\"../ai-systems/AIS-1.html\"")) << path;
    }
    EXPECT_TRUE(contains(page("decisions/DEC-1.html"), "href=\"../impact-assessments/IA-1.html\""));
    EXPECT_TRUE(contains(page("impact-assessments/IA-1.html"), "href=\"../decisions/DEC-1.html\""));
    EXPECT_TRUE(contains(page("impact-assessments/IA-1.html"), "href=\"../risks/RSK-1.html\""));
}

TEST_F(InventoryPages, RegisterShowsReviewAndAssessmentState) {
    const std::string& registry = page("ai-systems.html");
    const std::string ais1 = row_of(registry, "ai-systems/AIS-1.html");
    const std::string ais2 = row_of(registry, "ai-systems/AIS-2.html");
    const std::string ais3 = row_of(registry, "ai-systems/AIS-3.html");
    ASSERT_FALSE(ais1.empty());
    // Next review 2026-06-01 is before 2026-06-30.
    EXPECT_TRUE(contains(ais1, "2026-06-01<br><span class=\"flag flag-amber\">overdue</span>"));
    EXPECT_FALSE(contains(ais2, ">overdue<"));
    // IA-1 approved and current; IA-2 past its next review; AIS-3 has only a draft.
    EXPECT_TRUE(
        contains(ais1, ">current approved</span><br><a href=\"impact-assessments/IA-1.html\">"));
    EXPECT_TRUE(
        contains(ais2, ">review overdue</span><br><a href=\"impact-assessments/IA-2.html\">"));
    EXPECT_TRUE(contains(ais3, "<span class=\"flag flag-grey\">none</span>"));
    EXPECT_TRUE(contains(ais1, "<a href=\"suppliers/SUP-1.html\" title=\"TalentSift\">SUP-1</a>"));
    EXPECT_TRUE(contains(ais1, "<td data-sort=\"1\">1 <span class=\"band band-high\""));
}

TEST_F(InventoryPages, SystemHistoryStopsAtTheAsOfDate) {
    const std::string& system = page("ai-systems/AIS-1.html");
    EXPECT_TRUE(contains(system, "Rolled out to HR"));
    EXPECT_FALSE(contains(system, "Planned change after the as-of date"));
}

TEST_F(InventoryPages, MonitoringBreachAfterReviewIsACallout) {
    const std::string& system = page("ai-systems/AIS-1.html");
    EXPECT_TRUE(contains(system, "Re-assessment due"));
    EXPECT_TRUE(contains(system, "outside its threshold on 2026-05-31"));
    EXPECT_FALSE(contains(page("ai-systems/AIS-3.html"), "Re-assessment due"));
    EXPECT_TRUE(contains(page("measurements/MEA-1.html"), "Re-assessment triggered"));
}

TEST_F(InventoryPages, SupplierRatingTrendAndOverdueAssessment) {
    const std::string row = row_of(page("suppliers.html"), "suppliers/SUP-1.html");
    // The latest assessment on or before the as-of date is high, after medium.
    EXPECT_TRUE(contains(row,
                         "<span class=\"rating rating-high\">high</span> <span class=\"flag "
                         "flag-red\">▲ worse</span>"));
    EXPECT_TRUE(contains(row, "2026-05-01 <span class=\"flag flag-amber\">overdue</span>"));
    const std::string& supplier = page("suppliers/SUP-1.html");
    EXPECT_TRUE(contains(supplier, "Rating worse than before"));
    EXPECT_TRUE(contains(supplier, "No bias audit"));
    EXPECT_FALSE(contains(supplier, "After the as-of date"));
}

TEST_F(InventoryPages, DecisionDaysAgainstTheDefaultSla) {
    const std::string& log = page("decisions.html");
    EXPECT_TRUE(
        contains(row_of(log, "decisions/DEC-1.html"),
                 "<td data-sort=\"19\">19 <span class=\"flag flag-amber\">over SLA</span>"));
    EXPECT_TRUE(contains(row_of(log, "decisions/DEC-2.html"), "<td data-sort=\"5\">5</td>"));
    const std::string& decision = page("decisions/DEC-1.html");
    EXPECT_TRUE(contains(decision, "Recruiter reviews every rejection"));
    EXPECT_TRUE(contains(decision, "(SLA 10 days)"));
}

TEST(InventoryDecisions, SlaComesFromAimsYaml) {
    TestContent content = inventory_content();
    content.file("aims.yaml", minimal_aims_yaml() + "review_slas:\n  decision_days: 30\n");
    const auto pages = render_test_site(content);
    EXPECT_FALSE(contains(row_of(pages.at("decisions.html"), "decisions/DEC-1.html"), "over SLA"));
    EXPECT_TRUE(contains(pages.at("decisions/DEC-1.html"), "(SLA 30 days)"));
}

TEST_F(InventoryPages, AssessmentStatusIsClearlyMarked) {
    const std::string& old = page("impact-assessments/IA-1-OLD.html");
    EXPECT_TRUE(contains(old, "<h2>Superseded</h2>"));
    EXPECT_TRUE(contains(old, "replaced by <a href=\"../impact-assessments/IA-1.html\">IA-1</a>"));
    EXPECT_TRUE(contains(page("impact-assessments/IA-3.html"), "<h2>Draft</h2>"));
    EXPECT_TRUE(contains(page("impact-assessments/IA-2.html"), "<h2>Review overdue</h2>"));
    const std::string& current = page("impact-assessments/IA-1.html");
    EXPECT_FALSE(contains(current, "<h2>Superseded</h2>"));
    EXPECT_TRUE(contains(current, "<span class=\"flag flag-green\">current</span>"));
    // The eight dimensions, each a row with its rating and notes.
    for (const char* label : {"Fairness", "Transparency", "Human oversight", "Privacy", "Safety",
                              "Environment", "Society", "Vulnerable groups"}) {
        EXPECT_TRUE(contains(current, std::string("<th scope=\"row\">") + label + "</th>"))
            << label;
    }
    EXPECT_TRUE(contains(current, "Notes on vulnerable_groups"));
    const std::string row = row_of(page("impact-assessments.html"), "impact-assessments/IA-2.html");
    EXPECT_TRUE(contains(row, "2026-02-01 <span class=\"flag flag-amber\">overdue</span>"));
}

TEST_F(InventoryPages, SeriesChartThresholdsAndBreaches) {
    const std::string& series = page("measurements/MEA-1.html");
    EXPECT_TRUE(contains(series, "<svg class=\"chart line-chart\""));
    EXPECT_TRUE(contains(series, "class=\"reference limit\""));
    EXPECT_TRUE(contains(series, "class=\"reference warning\""));
    EXPECT_TRUE(contains(
        series,
        "<td>2026-05-31</td><td>0.76</td><td><span class=\"flag flag-red\">outside limit</span>"));
    EXPECT_TRUE(contains(
        series,
        "<td>2026-04-30</td><td>0.83</td><td><span class=\"flag flag-amber\">warning</span>"));
    EXPECT_TRUE(contains(
        series,
        "<td>2026-01-31</td><td>0.9</td><td><span class=\"flag flag-green\">within</span>"));
    EXPECT_FALSE(contains(series, "2026-07-31")) << "a point after the as-of date";
    const std::string row = row_of(page("measurements.html"), "measurements/MEA-1.html");
    // Latest 0.78 is below min 0.8: red; 2026-Q2 holds two points below 0.8.
    EXPECT_TRUE(contains(row, "<strong>0.78</strong> ratio"));
    EXPECT_TRUE(contains(row, "<span class=\"rag rag-red\">red</span>"));
    EXPECT_TRUE(contains(row, "<td data-sort=\"2\">2 <span class=\"flag flag-red\">breach</span>"));
    // The system page shows the series with its latest value and RAG.
    EXPECT_TRUE(std::regex_search(page("ai-systems/AIS-1.html"),
                                  std::regex("MEA-1</a>[^\\n]*0\\.78[^\\n]*rag rag-red")));
}

TEST(InventoryEscaping, HostileTextIsEscapedEverywhere) {
    const auto pages = render_test_site(inventory_content("<script>alert(1)</script>"));
    for (const char* path :
         {"ai-systems.html", "ai-systems/AIS-1.html", "suppliers/SUP-1.html",
          "decisions/DEC-1.html", "measurements.html", "impact-assessments.html"}) {
        const std::string& html = pages.at(path);
        EXPECT_FALSE(contains(html, "<script>alert(1)")) << path;
    }
    EXPECT_TRUE(
        contains(pages.at("ai-systems/AIS-1.html"), "&lt;script&gt;alert(1)&lt;/script&gt;"));
    EXPECT_TRUE(
        contains(pages.at("suppliers/SUP-1.html"), "&lt;script&gt;alert(1)&lt;/script&gt;"));
}

}  // namespace
}  // namespace aimsgen::testing
