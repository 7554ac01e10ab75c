// KPIs of the inventory area: AI systems, impact assessments, documents and
// suppliers. As of 2026-06-30 over four quarters 2025-Q3 … 2026-Q2 unless a
// test says otherwise.

#include <gtest/gtest.h>

#include "tests/unit/compute/compute_test_support.hpp"

namespace aimsgen::testing {
namespace {

// ---- systems-in-scope, systems-high-tier, systems-without-owner-or-review ----

TestContent inventory() {
    return TestContent().file(
        "registers/ai-systems.yaml",
        system_yaml({.id = "AIS-001", .tier = "high", .extra = "  next_review: 2027-01-01\n"}) +
            system_yaml({.id = "AIS-002", .introduced = "2026-02-01", .tier = "limited"}) +
            system_yaml({.id = "AIS-003", .tier = "high", .in_scope = "false"}) +
            system_yaml({.id = "AIS-004", .stage = "retired"}) +
            system_yaml({.id = "AIS-005", .introduced = "2026-07-15"}) +
            // Retired in April: in scope until then.
            system_yaml({.id = "AIS-006",
                         .tier = "high",
                         .stage = "retired",
                         .extra = "  history:\n    - {date: 2025-01-01, lifecycle_stage: operation}\n"
                                  "    - {date: 2026-04-01, lifecycle_stage: retired}\n"}));
}

TEST(SystemsInScope, CountsInScopeSystemsIntroducedAndNotRetiredOnTheDate) {
    const Kpi& kpi = kpi_of(compute_at(inventory()), "systems-in-scope");
    EXPECT_EQ(kpi.value, 2.0);
    EXPECT_EQ(kpi.records, (Ids{"AIS-001", "AIS-002"}));
    EXPECT_EQ(trend_values(kpi), (Values{2.0, 2.0, 3.0, 2.0}));
    EXPECT_EQ(kpi.previous, 3.0);
    EXPECT_EQ(kpi.delta, -1.0);
    EXPECT_EQ(rag_of(kpi), "grey");  // no target: a count to know, not to meet
}

TEST(SystemsInScope, NullWhenNoSystemIsInScope) {
    const TestContent content = TestContent().file("registers/ai-systems.yaml",
                                                   system_yaml({.id = "AIS-001", .introduced = "2026-05-01"}));
    const Kpi& kpi = kpi_of(compute_at(content), "systems-in-scope");
    EXPECT_EQ(trend_values(kpi), (Values{std::nullopt, std::nullopt, std::nullopt, 1.0}));
}

TEST(SystemsHighTier, CountsInScopeSystemsOfTheHighTier) {
    const Kpi& kpi = kpi_of(compute_at(inventory()), "systems-high-tier");
    EXPECT_EQ(kpi.value, 1.0);
    EXPECT_EQ(kpi.records, (Ids{"AIS-001"}));
    // AIS-006 (high) was in scope until its retirement in April.
    EXPECT_EQ(trend_values(kpi), (Values{2.0, 2.0, 2.0, 1.0}));
    EXPECT_EQ(rag_of(kpi), "grey");
}

TEST(SystemsWithoutOwnerOrReview, CountsInScopeSystemsWithoutANextReview) {
    const Kpi& kpi = kpi_of(compute_at(inventory()), "systems-without-owner-or-review");
    EXPECT_EQ(kpi.value, 1.0);
    EXPECT_EQ(kpi.records, (Ids{"AIS-002"}));
    EXPECT_EQ(trend_values(kpi), (Values{1.0, 1.0, 2.0, 1.0}));
    EXPECT_EQ(kpi.target, 0.0);
    EXPECT_EQ(kpi.warning, 1.0);
    EXPECT_EQ(rag_of(kpi), "amber");
}

TEST(SystemsWithoutOwnerOrReview, ZeroIsGreen) {
    const TestContent content = TestContent().file(
        "registers/ai-systems.yaml", system_yaml({.id = "AIS-001", .extra = "  next_review: 2027-01-01\n"}));
    const Kpi& kpi = kpi_of(compute_at(content), "systems-without-owner-or-review");
    EXPECT_EQ(kpi.value, 0.0);
    EXPECT_TRUE(kpi.records.empty());
    EXPECT_EQ(rag_of(kpi), "green");
}

// ---- impact-assessment-coverage ----

std::string assessment_yaml(std::string_view id, std::string_view system, std::string_view status,
                            std::string_view extra) {
    return "- id: " + std::string(id) + "\n  system: " + std::string(system) +
           "\n  date: 2025-01-10\n  assessor: alice\n  status: " + std::string(status) +
           "\n  dimensions:\n    fairness: {rating: low}\n" + std::string(extra);
}

TEST(ImpactAssessmentCoverage, InScopeSystemsWithAnApprovedCurrentAssessment) {
    const TestContent content =
        TestContent()
            .file("registers/ai-systems.yaml", system_yaml({.id = "AIS-001"}) + system_yaml({.id = "AIS-002"}) +
                                                   system_yaml({.id = "AIS-003"}) +
                                                   system_yaml({.id = "AIS-004", .in_scope = "false"}))
            .file("registers/impact-assessments.yaml",
                  // Due for review on the as-of date: still current.
                  assessment_yaml("IA-001", "AIS-001", "approved",
                                  "  approved_by: alice\n  approved: 2026-01-15\n  next_review: 2026-06-30\n") +
                      assessment_yaml("IA-002", "AIS-002", "draft", "") +
                      // Due the day before: no longer current.
                      assessment_yaml("IA-003", "AIS-003", "approved",
                                      "  approved_by: alice\n  approved: 2025-03-01\n  next_review: 2026-06-29\n"));
    const Kpi& kpi = kpi_of(compute_at(content), "impact-assessment-coverage");
    EXPECT_EQ(kpi.value, 33.3);
    EXPECT_EQ(kpi.records, (Ids{"AIS-002", "AIS-003"}));
    // IA-001 counts from its approval in January, IA-003 until its review fell due.
    EXPECT_EQ(trend_values(kpi), (Values{33.3, 33.3, 66.7, 33.3}));
    EXPECT_EQ(kpi.target, 100.0);
    EXPECT_EQ(kpi.warning, 80.0);
    EXPECT_EQ(rag_of(kpi), "red");
}

TEST(ImpactAssessmentCoverage, FullCoverageIsGreen) {
    const TestContent content =
        TestContent()
            .file("registers/ai-systems.yaml", k_one_system)
            .file("registers/impact-assessments.yaml",
                  assessment_yaml("IA-001", "AIS-001", "approved", "  approved_by: alice\n  approved: 2025-02-01\n"));
    const Kpi& kpi = kpi_of(compute_at(content), "impact-assessment-coverage");
    EXPECT_EQ(kpi.value, 100.0);
    EXPECT_TRUE(kpi.records.empty());
    EXPECT_EQ(rag_of(kpi), "green");
}

TEST(ImpactAssessmentCoverage, ReviewDueOnTheLeapDay) {
    const TestContent content =
        TestContent()
            .file("registers/ai-systems.yaml", k_one_system)
            .file("registers/impact-assessments.yaml",
                  assessment_yaml("IA-001", "AIS-001", "approved",
                                  "  approved_by: alice\n  approved: 2027-03-01\n  next_review: 2028-02-29\n"));
    EXPECT_EQ(kpi_of(compute_at(content, day(2028, 2, 29)), "impact-assessment-coverage").value, 100.0);
    EXPECT_EQ(kpi_of(compute_at(content, day(2028, 3, 1)), "impact-assessment-coverage").value, 0.0);
}

// ---- documents-overdue ----

TEST(DocumentsOverdue, ApprovedDocumentsWhoseReviewIsBeforeTheDate) {
    const TestContent content =
        TestContent()
            .file("documents/pol-1.md", document_md({.id = "POL-1", .approved = "2025-01-01", .next_review = "2026-06-30"}))
            .file("documents/pol-2.md", document_md({.id = "POL-2", .approved = "2025-01-01", .next_review = "2026-06-29"}))
            .file("documents/pol-3.md",
                  document_md({.id = "POL-3", .status = "draft", .approved = "", .next_review = "2026-01-01"}))
            .file("documents/pol-4.md", document_md({.id = "POL-4", .approved = "2026-07-10"}));
    const Kpi& kpi = kpi_of(compute_at(content), "documents-overdue");
    EXPECT_EQ(kpi.value, 1.0);
    EXPECT_EQ(kpi.records, (Ids{"POL-2"}));
    EXPECT_EQ(trend_values(kpi), (Values{0.0, 0.0, 0.0, 1.0}));
    EXPECT_EQ(kpi.previous, 0.0);
    EXPECT_EQ(kpi.delta, 1.0);
    EXPECT_EQ(kpi.target, 0.0);
    EXPECT_EQ(kpi.warning, 2.0);
    EXPECT_EQ(rag_of(kpi), "amber");
}

TEST(DocumentsOverdue, ReviewDueOnTheLeapDayIsNotOverdueThatDay) {
    const TestContent content = TestContent().file(
        "documents/pol-1.md", document_md({.id = "POL-1", .approved = "2027-02-28", .next_review = "2028-02-29"}));
    const Kpi& on_the_day = kpi_of(compute_at(content, day(2028, 2, 29)), "documents-overdue");
    EXPECT_EQ(on_the_day.value, 0.0);
    EXPECT_EQ(rag_of(on_the_day), "green");
    const Kpi& next_day = kpi_of(compute_at(content, day(2028, 3, 1)), "documents-overdue");
    EXPECT_EQ(next_day.value, 1.0);
    EXPECT_EQ(next_day.records, (Ids{"POL-1"}));
}

// ---- documents-approved ----

TEST(DocumentsApproved, ApprovedAsAShareOfApprovedAndDraftLeavingRetiredOut) {
    const TestContent content =
        TestContent()
            .file("documents/pol-1.md", document_md({.id = "POL-1", .approved = "2025-01-01"}))
            .file("documents/pol-2.md", document_md({.id = "POL-2", .approved = "2026-05-01"}))
            .file("documents/pol-3.md", document_md({.id = "POL-3", .status = "draft", .approved = ""}))
            .file("documents/pol-4.md", document_md({.id = "POL-4", .status = "retired", .approved = "2024-01-01"}));
    const Computed computed = compute_at(content);
    const Kpi& kpi = kpi_of(computed, "documents-approved");
    EXPECT_EQ(kpi.value, 66.7);
    EXPECT_EQ(kpi.records, (Ids{"POL-3"}));
    EXPECT_EQ(breakdown_of(kpi), (Breakdown{{"approved", 2.0}, {"draft", 1.0}}));
    // Before its approval in May POL-2 was still a draft.
    EXPECT_EQ(trend_values(kpi), (Values{33.3, 33.3, 33.3, 66.7}));
    EXPECT_EQ(kpi.previous, 33.3);
    EXPECT_EQ(kpi.delta, 33.4);
    EXPECT_EQ(rag_of(kpi), "red");
}

// ---- supplier-assessments-current ----

std::string supplier_yaml(std::string_view id, std::string_view status, std::string_view assessments,
                          std::string_view next_assessment = "") {
    std::string text = "- id: " + std::string(id) + "\n  name: Supplier " + std::string(id) +
                       "\n  owner: alice\n  criticality: high\n  status: " + std::string(status) + "\n";
    if (!assessments.empty()) {
        text += "  assessments:\n" + std::string(assessments);
    }
    if (!next_assessment.empty()) {
        text += "  next_assessment: " + std::string(next_assessment) + "\n";
    }
    return text;
}

std::string assessed(std::string_view date, std::string_view rating = "low") {
    return "    - {date: " + std::string(date) + ", assessor: alice, rating: " + std::string(rating) + "}\n";
}

TEST(SupplierAssessmentsCurrent, ActiveSuppliersAssessedInTwelveMonthsAndNotYetDue) {
    const TestContent content = TestContent().file(
        "registers/suppliers.yaml",
        supplier_yaml("SUP-1", "active", assessed("2025-09-01"), "2026-09-01") +
            supplier_yaml("SUP-2", "active", assessed("2025-06-29")) +            // older than twelve months
            supplier_yaml("SUP-3", "active", assessed("2026-01-10"), "2026-06-29") +  // next one due yesterday
            supplier_yaml("SUP-4", "offboarded", "") +                            // left out
            supplier_yaml("SUP-5", "onboarding", "") +                            // never assessed
            supplier_yaml("SUP-6", "active", assessed("2026-01-10"), "2026-06-30"));  // due today: current
    const Kpi& kpi = kpi_of(compute_at(content), "supplier-assessments-current");
    EXPECT_EQ(kpi.value, 40.0);
    EXPECT_EQ(kpi.records, (Ids{"SUP-2", "SUP-3", "SUP-5"}));
    EXPECT_EQ(trend_values(kpi), (Values{40.0, 40.0, 80.0, 40.0}));
    EXPECT_EQ(kpi.target, 100.0);
    EXPECT_EQ(kpi.warning, 80.0);
    EXPECT_EQ(rag_of(kpi), "red");
}

TEST(SupplierAssessmentsCurrent, AnEarlierAssessmentIsJudgedByItsOwnDateNotTheLatestNextAssessment) {
    // On 2026-03-31 the latest assessment was the one of 2025-10-01; the
    // register's next_assessment belongs to the assessment of May.
    const TestContent content = TestContent().file(
        "registers/suppliers.yaml",
        supplier_yaml("SUP-1", "active", assessed("2025-10-01") + assessed("2026-05-01"), "2026-06-01"));
    const Kpi& kpi = kpi_of(compute_at(content), "supplier-assessments-current");
    EXPECT_EQ(trend_values(kpi), (Values{0.0, 100.0, 100.0, 0.0}));
    EXPECT_EQ(kpi.records, (Ids{"SUP-1"}));
}

TEST(SupplierAssessmentsCurrent, LeapDay) {
    const TestContent content = TestContent().file(
        "registers/suppliers.yaml", supplier_yaml("SUP-A", "active", assessed("2027-03-01"), "2028-02-29") +
                                        supplier_yaml("SUP-B", "active", assessed("2027-02-27")));
    const Kpi& kpi = kpi_of(compute_at(content, day(2028, 2, 29)), "supplier-assessments-current");
    EXPECT_EQ(kpi.value, 50.0);
    EXPECT_EQ(kpi.records, (Ids{"SUP-B"}));
}

TEST(SupplierAssessmentsCurrent, TwelveMonthsRunFromTheAssessmentAsTrainingValidityDoes) {
    // An assessment counts for twelve months from its date, through the day
    // twelve months later, as a completion with validity_months: 12 does:
    // assessed 2025-06-30, still current on 2026-06-30; assessed 2027-02-28,
    // current through 2028-02-28 and no longer on the leap day.
    const TestContent content =
        TestContent().file("registers/suppliers.yaml", supplier_yaml("SUP-1", "active", assessed("2025-06-30")) +
                                                           supplier_yaml("SUP-2", "active", assessed("2027-02-28")));
    const Kpi ordinary = kpi_of(compute_at(content, day(2026, 6, 30), 1), "supplier-assessments-current");
    EXPECT_EQ(ordinary.value, 50.0);  // SUP-2 is not assessed yet
    EXPECT_EQ(ordinary.records, (Ids{"SUP-2"}));
    EXPECT_EQ(kpi_of(compute_at(content, day(2028, 2, 28), 1), "supplier-assessments-current").value, 50.0);
    const Kpi leap_day = kpi_of(compute_at(content, day(2028, 2, 29), 1), "supplier-assessments-current");
    EXPECT_EQ(leap_day.value, 0.0);
    EXPECT_EQ(leap_day.records, (Ids{"SUP-1", "SUP-2"}));
}

}  // namespace
}  // namespace aimsgen::testing
