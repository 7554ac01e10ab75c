#include <gtest/gtest.h>

#include <array>
#include <string_view>

#include "tests/support/test_site.hpp"

namespace aimsgen::testing {
namespace {

constexpr std::array<std::string_view, 13> k_headings = {
    "Status of actions from previous management reviews",
    "Changes in external and internal issues",
    "Changes in needs and expectations of interested parties",
    "Information on the performance of the AI management system",
    "Nonconformities and corrective actions",
    "Monitoring and measurement results",
    "Audit results",
    "Fulfilment of AI objectives",
    "Risk assessment and risk treatment",
    "Impact assessments",
    "Incidents",
    "Opportunities for continual improvement",
    "Decisions of the review",
};

const char* const k_system = R"(- id: AIS-1
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
)";

/// MR-1 held 2026-01-15 with a decision done only on 2026-05-01; MR-2 held
/// 2026-03-20; MR-3 planned 2026-10-20. Incidents before MR-1, between MR-1
/// and MR-2, and after MR-2 (2026-05-10).
TestContent review_content(const std::string& review_title = "First review",
                           const std::string& decision = "Fund validation") {
    TestContent content;
    content.file("registers/ai-systems.yaml", k_system);
    content.file("registers/management-reviews.yaml", R"(- id: MR-1
  title: ")" + review_title + R"("
  date: 2026-01-15
  status: held
  chair: alice
  attendees: [alice, bob]
  inputs: [previous-actions, incidents]
  summary: Working.
  decisions:
    - id: MRD-1
      description: ")" + decision + R"("
      type: improvement
      owner: bob
      due: 2026-04-30
      status: done
      completed: 2026-05-01
- id: MR-2
  title: Second review
  date: 2026-03-20
  status: held
  chair: alice
  decisions:
    - id: MRD-2
      description: Hire an auditor
      type: resource
      owner: alice
      due: 2026-05-31
      status: open
- id: MR-3
  title: Third review
  date: 2026-10-20
  status: planned
  chair: alice
)");
    content.file("registers/incidents.yaml", R"(- id: INC-EARLY
  title: Early drift
  systems: [AIS-1]
  detected: 2025-11-02
  severity: medium
  category: performance
  status: closed
  resolved: 2025-11-15
  closed: 2025-11-20
- id: INC-MIDDLE
  title: Middle bias report
  systems: [AIS-1]
  detected: 2026-02-10
  severity: high
  category: bias
  status: resolved
  resolved: 2026-04-02
- id: INC-LATE
  title: Late leak
  systems: [AIS-1]
  detected: 2026-05-10
  severity: critical
  category: privacy
  status: open
)");
    return content;
}

std::size_t count_of(const std::string& text, std::string_view needle) {
    std::size_t count = 0;
    for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
        ++count;
    }
    return count;
}

TEST(ReviewPages, RegisterRecordAndPackPathsExist) {
    const auto pages = render_test_site(review_content());
    for (const char* path :
         {"management-reviews.html", "management-reviews/MR-1.html", "management-reviews/MR-2.html",
          "management-reviews/MR-3.html", "management-reviews/MR-1-pack.html", "management-reviews/MR-2-pack.html",
          "management-reviews/MR-3-pack.html", "management-reviews/draft-pack.html"}) {
        EXPECT_TRUE(pages.contains(path)) << path;
    }
    const std::string& reg = pages.at("management-reviews.html");
    EXPECT_NE(reg.find("href=\"management-reviews/MR-1.html\""), std::string::npos);
    EXPECT_NE(reg.find("href=\"management-reviews/MR-1-pack.html\""), std::string::npos);
    EXPECT_NE(reg.find("href=\"management-reviews/draft-pack.html\""), std::string::npos);
    // MR-1's one decision was completed on 2026-05-01, before the as-of date 2026-06-30.
    EXPECT_NE(reg.find("0 open · 1 done"), std::string::npos);
}

TEST(ReviewPages, EveryPackHasTheThirteenHeadings) {
    const auto pages = render_test_site(review_content());
    for (const char* path : {"management-reviews/MR-1-pack.html", "management-reviews/MR-2-pack.html",
                             "management-reviews/MR-3-pack.html", "management-reviews/draft-pack.html"}) {
        const std::string& pack = pages.at(path);
        for (const std::string_view heading : k_headings) {
            EXPECT_EQ(count_of(pack, "<h2>" + std::string(heading) + "</h2>"), 1u) << path << ": " << heading;
        }
        EXPECT_EQ(count_of(pack, "<h1>"), 1u) << path;
        EXPECT_NE(pack.find("class=\"pack-section page-break\""), std::string::npos) << path;
    }
}

TEST(ReviewPages, PackFiguresStandAtTheReviewDate) {
    const auto pages = render_test_site(review_content());
    const std::string& first = pages.at("management-reviews/MR-1-pack.html");
    const std::string& second = pages.at("management-reviews/MR-2-pack.html");
    const std::string& draft = pages.at("management-reviews/draft-pack.html");
    // MR-1 has no earlier review: the twelve months before 2026-01-15.
    EXPECT_NE(first.find("2025-01-16 to 2026-01-15"), std::string::npos);
    EXPECT_NE(first.find("INC-EARLY"), std::string::npos);
    EXPECT_EQ(first.find("INC-MIDDLE"), std::string::npos);
    EXPECT_EQ(first.find("INC-LATE"), std::string::npos);
    // MR-2 covers the day after MR-1 up to its own date.
    EXPECT_NE(second.find("2026-01-16 to 2026-03-20"), std::string::npos);
    EXPECT_EQ(second.find("INC-EARLY"), std::string::npos);
    EXPECT_NE(second.find("INC-MIDDLE"), std::string::npos);
    EXPECT_EQ(second.find("INC-LATE"), std::string::npos);
    // The draft covers the last held review up to the as-of date.
    EXPECT_NE(draft.find("2026-03-21 to 2026-06-30"), std::string::npos);
    EXPECT_NE(draft.find("INC-LATE"), std::string::npos);
    EXPECT_EQ(draft.find("INC-MIDDLE"), std::string::npos);
    EXPECT_NE(draft.find("Draft management review pack"), std::string::npos);
    EXPECT_EQ(second.find("Draft management review pack"), std::string::npos);
    // A review planned after the as-of date is a draft cut at the as-of date: nothing later counts.
    const std::string& planned = pages.at("management-reviews/MR-3-pack.html");
    EXPECT_NE(planned.find("Draft management review pack"), std::string::npos);
    EXPECT_NE(planned.find("2026-03-21 to 2026-06-30"), std::string::npos);
}

/// The part of a pack from a section's heading to the next section.
std::string section_of(const std::string& pack, std::string_view heading) {
    const std::size_t start = pack.find("<h2>" + std::string(heading) + "</h2>");
    const std::size_t end = pack.find("</section>", start);
    return start == std::string::npos ? std::string() : pack.substr(start, end - start);
}

TEST(ReviewPages, PreviousActionsShowTheirStatusAtThePackDate) {
    const auto pages = render_test_site(review_content());
    // MRD-1 was completed on 2026-05-01: open (and overdue) when MR-2 sat on 2026-03-20 ...
    const std::string at_second = section_of(pages.at("management-reviews/MR-2-pack.html"), k_headings[0]);
    ASSERT_NE(at_second.find("MRD-1"), std::string::npos);
    EXPECT_NE(at_second.find(">open</span>"), std::string::npos);
    EXPECT_EQ(at_second.find(">done</span>"), std::string::npos);
    EXPECT_EQ(at_second.find("2026-05-01"), std::string::npos);
    // ... and done in the draft at 2026-06-30, beside MR-2's own open action.
    const std::string at_draft = section_of(pages.at("management-reviews/draft-pack.html"), k_headings[0]);
    EXPECT_NE(at_draft.find("MRD-1"), std::string::npos);
    EXPECT_NE(at_draft.find(">done</span>"), std::string::npos);
    EXPECT_NE(at_draft.find("MRD-2"), std::string::npos);
    // A held review lists its own decisions last; the draft leaves room to write them.
    EXPECT_NE(section_of(pages.at("management-reviews/MR-2-pack.html"), k_headings[12]).find("MRD-2"),
              std::string::npos);
    EXPECT_NE(section_of(pages.at("management-reviews/draft-pack.html"), k_headings[12]).find("pack-blank"),
              std::string::npos);
}

TEST(ReviewPages, HeldPackRebuildsIdenticallyLater) {
    const auto june = render_test_site(review_content(), Date::from_ymd(2026, 6, 30));
    const auto september = render_test_site(review_content(), Date::from_ymd(2026, 9, 30));
    EXPECT_EQ(june.at("management-reviews/MR-2-pack.html"), september.at("management-reviews/MR-2-pack.html"));
    EXPECT_NE(june.at("management-reviews/draft-pack.html"), september.at("management-reviews/draft-pack.html"));
}

TEST(ReviewPages, RecordPageShowsDecisionsAttendeesAndInputs) {
    const auto pages = render_test_site(review_content());
    const std::string& record = pages.at("management-reviews/MR-2.html");
    EXPECT_NE(record.find("<tr id=\"MRD-2\">"), std::string::npos);
    EXPECT_NE(record.find("href=\"../management-reviews.html\""), std::string::npos);
    EXPECT_NE(record.find("href=\"../management-reviews/MR-2-pack.html\""), std::string::npos);
    // MRD-2 was due 2026-05-31 and is still open at the as-of date 2026-06-30.
    EXPECT_NE(record.find("overdue</span>"), std::string::npos);
    const std::string& first = pages.at("management-reviews/MR-1.html");
    EXPECT_NE(first.find("href=\"../people.html#bob\""), std::string::npos);
    EXPECT_NE(first.find("href=\"../management-reviews/MR-1-pack.html#input-incidents\""), std::string::npos);
    EXPECT_EQ(count_of(first, ">yes</span>"), 2u);  // previous-actions and incidents
    EXPECT_EQ(count_of(first, ">no</span>"), 10u);
}

TEST(ReviewPages, ContentIsEscaped) {
    const auto pages = render_test_site(review_content("<script>alert(1)</script>", "<img src=x onerror=alert(2)>"));
    for (const char* path : {"management-reviews.html", "management-reviews/MR-1.html",
                             "management-reviews/MR-1-pack.html", "management-reviews/MR-2-pack.html"}) {
        const std::string& page = pages.at(path);
        EXPECT_EQ(page.find("<script>alert(1)"), std::string::npos) << path;
        EXPECT_EQ(page.find("<img src=x"), std::string::npos) << path;
    }
    EXPECT_NE(pages.at("management-reviews/MR-1.html").find("&lt;script&gt;alert(1)&lt;/script&gt;"),
              std::string::npos);
    EXPECT_NE(pages.at("management-reviews/MR-2-pack.html").find("&lt;img src=x onerror=alert(2)&gt;"),
              std::string::npos);
}

}  // namespace
}  // namespace aimsgen::testing
