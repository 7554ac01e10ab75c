#include <gtest/gtest.h>

#include "tests/support/test_site.hpp"

namespace aimsgen::testing {
namespace {

TestContent content_with_risk(const std::string& title) {
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
)");
    content.file("registers/risks.yaml", R"(- id: RSK-1
  title: ")" + title + R"("
  category: bias
  systems: [AIS-1]
  owner: alice
  identified: 2025-02-01
  likelihood: 4
  impact: 4
  treatment: mitigate
  residual_likelihood: 3
  residual_impact: 4
  status: treating
  next_review: 2026-12-01
)");
    return content;
}

TEST(RiskPages, RegisterAndRecordPagesLinkBothWays) {
    const auto pages = render_test_site(content_with_risk("Unfair ranking"));
    ASSERT_TRUE(pages.contains("risks.html"));
    ASSERT_TRUE(pages.contains("risks/RSK-1.html"));
    EXPECT_NE(pages.at("risks.html").find("<a href=\"risks/RSK-1.html\">RSK-1</a>"), std::string::npos);
    EXPECT_NE(pages.at("risks/RSK-1.html").find("href=\"../ai-systems/AIS-1.html\""), std::string::npos);
    // residual 3 × 4 = 12 > threshold 9 and not accepted
    EXPECT_NE(pages.at("risks/RSK-1.html").find("above appetite"), std::string::npos);
}

TEST(RiskPages, ContentIsEscaped) {
    const auto pages = render_test_site(content_with_risk("<script>alert(1)</script>"));
    const std::string& page = pages.at("risks/RSK-1.html");
    EXPECT_EQ(page.find("<script>alert(1)"), std::string::npos);
    EXPECT_NE(page.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
}

}  // namespace
}  // namespace aimsgen::testing
