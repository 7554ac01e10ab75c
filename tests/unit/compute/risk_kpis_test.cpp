// KPIs of the risk area. As of 2026-06-30 over four quarters 2025-Q3 …
// 2026-Q2; the acceptance threshold of minimal_aims_yaml() is 9.

#include <gtest/gtest.h>

#include "tests/unit/compute/compute_test_support.hpp"

namespace aimsgen::testing {
namespace {

TestContent with_risks(const std::string& risks) {
    return TestContent().file("registers/ai-systems.yaml", k_one_system).file("registers/risks.yaml", risks);
}

// ---- risks-above-appetite ----

TEST(RisksAboveAppetite, OpenUnacceptedRisksWithResidualAboveTheThreshold) {
    const TestContent content = with_risks(
        risk_yaml({.id = "RSK-001", .residual_likelihood = 4, .residual_impact = 3}) +  // 12: above
        risk_yaml({.id = "RSK-002", .residual_likelihood = 3, .residual_impact = 3}) +  // 9: at the threshold
        risk_yaml({.id = "RSK-003",
                   .residual_likelihood = 5,
                   .residual_impact = 5,
                   .status = "accepted",
                   .extra = "  accepted_by: alice\n  accepted: 2026-02-01\n"}) +
        // Closed on the as-of date: done that day.
        risk_yaml({.id = "RSK-004",
                   .residual_likelihood = 4,
                   .residual_impact = 4,
                   .status = "closed",
                   .next_review = "",
                   .extra = "  closed: 2026-06-30\n"}) +
        risk_yaml({.id = "RSK-005", .identified = "2026-07-01", .residual_likelihood = 5, .residual_impact = 4}));
    const Kpi& kpi = kpi_of(compute_at(content), "risks-above-appetite");
    EXPECT_EQ(kpi.value, 1.0);
    EXPECT_EQ(kpi.records, (Ids{"RSK-001"}));
    EXPECT_EQ(kpi.target, 0.0);
    EXPECT_EQ(kpi.warning, 2.0);
    EXPECT_EQ(rag_of(kpi), "amber");
}

TEST(RisksAboveAppetite, AnAcceptedRiskCountsUntilItsAcceptance) {
    const TestContent content =
        with_risks(risk_yaml({.id = "RSK-001", .residual_likelihood = 4, .residual_impact = 3}) +
                   risk_yaml({.id = "RSK-003",
                              .residual_likelihood = 5,
                              .residual_impact = 5,
                              .status = "accepted",
                              .extra = "  accepted_by: alice\n  accepted: 2026-02-01\n"}));
    const Kpi& kpi = kpi_of(compute_at(content), "risks-above-appetite");
    EXPECT_EQ(trend_values(kpi), (Values{2.0, 2.0, 1.0, 1.0}));
    EXPECT_EQ(kpi.records, (Ids{"RSK-001"}));
}

TEST(RisksAboveAppetite, ARiskClosedLaterCountsInEarlierPeriods) {
    // RSK-004 was open until 2026-06-30; at the end of each earlier quarter it
    // was a risk above appetite like RSK-001.
    const TestContent content =
        with_risks(risk_yaml({.id = "RSK-001", .residual_likelihood = 4, .residual_impact = 3}) +
                   risk_yaml({.id = "RSK-004",
                              .residual_likelihood = 4,
                              .residual_impact = 4,
                              .status = "closed",
                              .next_review = "",
                              .extra = "  closed: 2026-06-30\n"}));
    const Kpi& kpi = kpi_of(compute_at(content), "risks-above-appetite");
    EXPECT_EQ(trend_values(kpi), (Values{2.0, 2.0, 2.0, 1.0}));
    EXPECT_EQ(kpi.previous, 2.0);
    EXPECT_EQ(kpi.delta, -1.0);
}

TEST(RisksAboveAppetite, ResidualScoreFromHistoryOnEachDate) {
    const TestContent content = with_risks(risk_yaml(
        {.id = "RSK-001",
         .residual_likelihood = 2,
         .residual_impact = 2,
         .extra = "  history:\n"
                  "    - {date: 2025-01-01, residual_likelihood: 4, residual_impact: 4}\n"
                  "    - {date: 2026-02-15, residual_likelihood: 3, residual_impact: 3}\n"
                  "    - {date: 2026-05-01, residual_likelihood: 2, residual_impact: 2}\n"}));
    const Kpi& kpi = kpi_of(compute_at(content), "risks-above-appetite");
    EXPECT_EQ(trend_values(kpi), (Values{1.0, 1.0, 0.0, 0.0}));
    EXPECT_EQ(rag_of(kpi), "green");
}

TEST(RisksAboveAppetite, NullBeforeTheFirstRiskWasIdentified) {
    const TestContent content = with_risks(risk_yaml(
        {.id = "RSK-001", .identified = "2026-05-01", .residual_likelihood = 4, .residual_impact = 3}));
    const Kpi& kpi = kpi_of(compute_at(content), "risks-above-appetite");
    EXPECT_EQ(trend_values(kpi), (Values{std::nullopt, std::nullopt, std::nullopt, 1.0}));
    EXPECT_FALSE(kpi.previous.has_value());
    EXPECT_FALSE(kpi.delta.has_value());
}

// ---- treatment-completion, treatment-actions-overdue ----

TestContent with_actions() {
    return with_risks(risk_yaml(
        {.id = "RSK-001",
         .extra = "  actions:\n"
                  "    - {id: ACT-1, description: A, owner: alice, due: 2026-03-15, completed: 2026-03-10}\n"
                  "    - {id: ACT-2, description: B, owner: alice, due: 2026-04-30, completed: 2026-05-10}\n"
                  "    - {id: ACT-3, description: C, owner: alice, due: 2026-06-30, completed: 2026-06-30}\n"
                  "    - {id: ACT-4, description: D, owner: alice, due: 2026-06-01}\n"
                  "    - {id: ACT-5, description: E, owner: alice, due: 2026-09-01}\n"
                  "    - {id: ACT-6, description: F, owner: alice, due: 2026-06-29, completed: 2026-06-30}\n"}));
}

TEST(TreatmentCompletion, ActionsDueByTheDateCompletedByTheirDueDate) {
    const Kpi& kpi = kpi_of(compute_at(with_actions()), "treatment-completion");
    // Due by 2026-06-30: ACT-1, 2, 3, 4, 6; on time: ACT-1 and ACT-3 (completed on its due date).
    EXPECT_EQ(kpi.value, 40.0);
    EXPECT_EQ(kpi.records, (Ids{"ACT-2", "ACT-4", "ACT-6"}));
    // Nothing was due before 2026: no figure then.
    EXPECT_EQ(trend_values(kpi), (Values{std::nullopt, std::nullopt, 100.0, 40.0}));
    EXPECT_EQ(kpi.previous, 100.0);
    EXPECT_EQ(kpi.delta, -60.0);
    EXPECT_EQ(kpi.target, 90.0);
    EXPECT_EQ(kpi.warning, 75.0);
    EXPECT_EQ(rag_of(kpi), "red");
}

TEST(TreatmentActionsOverdue, DueBeforeTheDateAndNotCompletedByIt) {
    const Kpi& kpi = kpi_of(compute_at(with_actions()), "treatment-actions-overdue");
    // ACT-3 is due on the as-of date, ACT-6 was completed on it: neither is overdue.
    EXPECT_EQ(kpi.value, 1.0);
    EXPECT_EQ(kpi.records, (Ids{"ACT-4"}));
    EXPECT_EQ(trend_values(kpi), (Values{0.0, 0.0, 0.0, 1.0}));
    EXPECT_EQ(kpi.target, 0.0);
    EXPECT_EQ(kpi.warning, 3.0);
    EXPECT_EQ(rag_of(kpi), "amber");
}

TEST(TreatmentActionsOverdue, NullWithoutActions) {
    const Kpi& kpi = kpi_of(compute_at(with_risks(risk_yaml({}))), "treatment-actions-overdue");
    EXPECT_FALSE(kpi.value.has_value());
    EXPECT_EQ(rag_of(kpi), "grey");
}

TEST(TreatmentActions, DueOnTheLeapDay) {
    const TestContent content = with_risks(risk_yaml(
        {.id = "RSK-001",
         .next_review = "2029-01-01",
         .extra = "  actions:\n"
                  "    - {id: ACT-1, description: A, owner: alice, due: 2028-02-29}\n"
                  "    - {id: ACT-2, description: B, owner: alice, due: 2028-02-28, completed: 2028-02-29}\n"}));
    // On the leap day ACT-1 is due but not late; ACT-2, due the day before and
    // completed on the leap day, is done but late.
    const Computed on_the_day = compute_at(content, day(2028, 2, 29));
    EXPECT_EQ(kpi_of(on_the_day, "treatment-actions-overdue").value, 0.0);
    EXPECT_TRUE(kpi_of(on_the_day, "treatment-actions-overdue").records.empty());
    EXPECT_EQ(kpi_of(on_the_day, "treatment-completion").value, 0.0);
    EXPECT_EQ(kpi_of(on_the_day, "treatment-completion").records, (Ids{"ACT-2"}));
    const Computed next_day = compute_at(content, day(2028, 3, 1));
    EXPECT_EQ(kpi_of(next_day, "treatment-actions-overdue").value, 1.0);
    EXPECT_EQ(kpi_of(next_day, "treatment-actions-overdue").records, (Ids{"ACT-1"}));
    EXPECT_EQ(kpi_of(next_day, "treatment-completion").records, (Ids{"ACT-1", "ACT-2"}));
}

TEST(TreatmentCompletion, AnActionDueOnTheDateCountsOnceCompletedThatDay) {
    const TestContent content = with_risks(risk_yaml(
        {.id = "RSK-001",
         .extra = "  actions:\n"
                  "    - {id: ACT-1, description: A, owner: alice, due: 2026-06-30, completed: 2026-06-30}\n"
                  "    - {id: ACT-2, description: B, owner: alice, due: 2026-06-30}\n"}));
    const Kpi kpi = kpi_of(compute_at(content), "treatment-completion");
    EXPECT_EQ(kpi.value, 100.0);
    EXPECT_TRUE(kpi.records.empty());
    EXPECT_EQ(rag_of(kpi), "green");
}

// ---- risk-reviews-overdue ----

TestContent reviewed_risks() {
    return with_risks(
        risk_yaml({.id = "RSK-001", .next_review = "2026-06-30"}) +  // due on the as-of date
        risk_yaml({.id = "RSK-002", .next_review = "2026-06-29"}) +  // due the day before
        // Reviewed in January; before that the six-month interval from identification ran out in July 2025.
        risk_yaml({.id = "RSK-003", .next_review = "2026-07-10", .extra = "  last_review: 2026-01-10\n"}) +
        risk_yaml({.id = "RSK-005",
                   .next_review = "2026-09-01",
                   .extra = "  history:\n    - {date: 2026-03-01, note: Reviewed}\n"}) +
        // Closed on the as-of date, its review long overdue.
        risk_yaml({.id = "RSK-004",
                   .status = "closed",
                   .next_review = "2026-01-01",
                   .extra = "  closed: 2026-06-30\n"}));
}

TEST(RiskReviewsOverdue, OpenRisksWhoseReviewIsDueBeforeTheDate) {
    const Kpi& kpi = kpi_of(compute_at(reviewed_risks()), "risk-reviews-overdue");
    EXPECT_EQ(kpi.value, 1.0);
    EXPECT_EQ(kpi.records, (Ids{"RSK-002"}));
    EXPECT_EQ(kpi.target, 0.0);
    EXPECT_EQ(kpi.warning, 3.0);
    EXPECT_EQ(rag_of(kpi), "amber");
}

TEST(RiskReviewsOverdue, AtEarlierDatesTheReviewIntervalRunsFromTheLastReviewThen) {
    // RSK-003 and RSK-005: identified 2025-01-01 + 6 months = 2025-07-01, overdue
    // through 2025. RSK-004 was still open at the end of 2026-Q1 (it closed on
    // 2026-06-30) and its review, due 2026-01-01, was overdue then.
    const Kpi& kpi = kpi_of(compute_at(reviewed_risks()), "risk-reviews-overdue");
    EXPECT_EQ(trend_values(kpi), (Values{2.0, 2.0, 1.0, 1.0}));
}

TEST(RiskReviewsOverdue, IntervalFromReviewSlas) {
    TestContent content = reviewed_risks();
    content.file("aims.yaml", minimal_aims_yaml() + "review_slas:\n  risk_review_months: 12\n");
    const Computed computed = compute_at(content);
    const Kpi& kpi = kpi_of(computed, "risk-reviews-overdue");
    // identified 2025-01-01 + 12 months = 2026-01-01: not yet due in 2025.
    EXPECT_EQ(trend_values(kpi)[0], 0.0);
    EXPECT_EQ(trend_values(kpi)[1], 0.0);
    EXPECT_EQ(kpi.value, 1.0);
    EXPECT_NE(kpi.definition->definition.find("risk_review_months (12)"), std::string::npos)
        << kpi.definition->definition;
}

TEST(RiskReviewsOverdue, SixMonthsFromTheEndOfAugustFallDueOnTheLeapDay) {
    // Identified 2027-08-31: six months on is 2028-02-29. Reviewed again on 2028-06-01.
    const TestContent content = with_risks(risk_yaml({.id = "RSK-001",
                                                      .identified = "2027-08-31",
                                                      .next_review = "2028-12-31",
                                                      .extra = "  history:\n    - {date: 2028-06-01, note: Reviewed}\n"}));
    const Kpi kpi = kpi_of(compute_at(content, day(2028, 9, 30), 8, PeriodKind::month), "risk-reviews-overdue");
    EXPECT_EQ(trend_labels(kpi).front(), "2028-02");
    EXPECT_EQ(trend_values(kpi), (Values{0.0, 1.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0}));
}

TEST(RiskReviewDue, NextReviewRulesFromTheLatestReviewOnRecord) {
    const Model model = build_test_model(with_risks(
        risk_yaml({.id = "RSK-001",
                   .next_review = "2026-12-01",
                   .extra = "  last_review: 2026-01-10\n  history:\n    - {date: 2025-08-01, note: Reviewed}\n"})));
    const Risk& risk = *model.risks.find("RSK-001");
    EXPECT_EQ(risk_review_due(risk, day(2026, 6, 30), 6), day(2026, 12, 1));
    EXPECT_EQ(risk_review_due(risk, day(2025, 12, 31), 6), day(2026, 2, 1));   // history entry + 6 months
    EXPECT_EQ(risk_review_due(risk, day(2025, 6, 30), 6), day(2025, 7, 1));    // identification + 6 months
    EXPECT_EQ(risk_review_due(risk, day(2025, 6, 30), 3), day(2025, 4, 1));
}

}  // namespace
}  // namespace aimsgen::testing
