// KPIs of incidents, corrective actions, governance decisions and monitoring.
// As of 2026-06-30 over four quarters 2025-Q3 … 2026-Q2 unless a test says
// otherwise; the service levels of aims.yaml are the defaults (decisions 10
// days, incidents 30, corrective actions 60).

#include <gtest/gtest.h>

#include "tests/unit/compute/compute_test_support.hpp"

namespace aimsgen::testing {
namespace {

TestContent with_incidents(const std::string& incidents) {
    return TestContent().file("registers/ai-systems.yaml", k_one_system).file("registers/incidents.yaml", incidents);
}

// ---- incidents-in-period ----

TEST(IncidentsInPeriod, IncidentsDetectedInThePeriodBySeverity) {
    const TestContent content = with_incidents(
        incident_yaml({.id = "INC-1", .detected = "2026-04-01", .severity = "high"}) +
        incident_yaml({.id = "INC-2", .detected = "2026-06-30", .severity = "low"}) +  // on the as-of date
        incident_yaml({.id = "INC-3", .detected = "2026-05-15", .severity = "high"}) +
        incident_yaml({.id = "INC-4", .detected = "2026-02-10", .severity = "critical"}) +
        incident_yaml({.id = "INC-5", .detected = "2026-07-02", .severity = "critical"}));  // after it
    const Kpi kpi = kpi_of(compute_at(content), "incidents-in-period");
    EXPECT_EQ(kpi.value, 3.0);
    EXPECT_EQ(kpi.records, (Ids{"INC-1", "INC-2", "INC-3"}));
    EXPECT_EQ(breakdown_of(kpi), (Breakdown{{"critical", 0.0}, {"high", 2.0}, {"medium", 0.0}, {"low", 1.0}}));
    // No incident on record before 2026: no data then, not zero.
    EXPECT_EQ(trend_values(kpi), (Values{std::nullopt, std::nullopt, 1.0, 3.0}));
    EXPECT_EQ(kpi.previous, 1.0);
    EXPECT_EQ(kpi.delta, 2.0);
    EXPECT_EQ(rag_of(kpi), "grey");
}

TEST(IncidentsInPeriod, AQuietPeriodAfterTheFirstIncidentIsZero) {
    const TestContent content = with_incidents(incident_yaml({.id = "INC-1", .detected = "2025-08-01"}));
    const Kpi kpi = kpi_of(compute_at(content), "incidents-in-period");
    EXPECT_EQ(trend_values(kpi), (Values{1.0, 0.0, 0.0, 0.0}));
    EXPECT_TRUE(kpi.records.empty());
    EXPECT_EQ(breakdown_of(kpi), (Breakdown{{"critical", 0.0}, {"high", 0.0}, {"medium", 0.0}, {"low", 0.0}}));
}

TEST(IncidentsInPeriod, OnlyAnIncidentAfterTheAsOfDateIsNoData) {
    const TestContent content = with_incidents(incident_yaml({.id = "INC-1", .detected = "2026-07-02"}));
    const Kpi kpi = kpi_of(compute_at(content), "incidents-in-period");
    EXPECT_FALSE(kpi.value.has_value());
    EXPECT_EQ(rag_of(kpi), "grey");
}

// ---- incident-resolution-days ----

TEST(IncidentResolutionDays, MeanDaysFromDetectionToResolutionInThePeriod) {
    const TestContent content = with_incidents(
        incident_yaml({.id = "INC-1", .detected = "2026-04-01", .status = "resolved", .extra = "  resolved: 2026-04-11\n"}) +
        incident_yaml({.id = "INC-3", .detected = "2026-05-15", .status = "resolved", .extra = "  resolved: 2026-06-30\n"}) +
        incident_yaml({.id = "INC-4", .detected = "2026-02-10", .status = "closed",
                       .extra = "  resolved: 2026-03-02\n  closed: 2026-03-05\n"}) +
        incident_yaml({.id = "INC-5", .detected = "2026-06-01"}));  // still open
    const Kpi kpi = kpi_of(compute_at(content), "incident-resolution-days");
    EXPECT_EQ(kpi.value, 28.0);  // (10 + 46) / 2
    EXPECT_EQ(kpi.records, (Ids{"INC-1", "INC-3"}));
    EXPECT_EQ(trend_values(kpi), (Values{std::nullopt, std::nullopt, 20.0, 28.0}));
    EXPECT_EQ(kpi.previous, 20.0);
    EXPECT_EQ(kpi.delta, 8.0);
    EXPECT_EQ(kpi.target, 30.0);
    EXPECT_EQ(kpi.warning, 45.0);
    EXPECT_EQ(rag_of(kpi), "green");
}

TEST(IncidentResolutionDays, MeanIsRoundedToATenthAndCountsTheLeapDay) {
    // As of the leap day, by month: 2, 1 and 1 days.
    const TestContent content = with_incidents(
        incident_yaml({.id = "INC-1", .detected = "2028-02-27", .status = "resolved", .extra = "  resolved: 2028-02-29\n"}) +
        incident_yaml({.id = "INC-2", .detected = "2028-02-28", .status = "resolved", .extra = "  resolved: 2028-02-29\n"}) +
        incident_yaml({.id = "INC-3", .detected = "2028-02-01", .status = "resolved", .extra = "  resolved: 2028-02-02\n"}) +
        incident_yaml({.id = "INC-4", .detected = "2028-01-31", .status = "resolved", .extra = "  resolved: 2028-03-01\n"}));
    const Kpi kpi = kpi_of(compute_at(content, day(2028, 2, 29), 2, PeriodKind::month), "incident-resolution-days");
    EXPECT_EQ(kpi.value, 1.3);
    EXPECT_EQ(kpi.records, (Ids{"INC-1", "INC-2", "INC-3"}));
    EXPECT_EQ(trend_labels(kpi), (std::vector<std::string>{"2028-01", "2028-02"}));
    EXPECT_EQ(trend_values(kpi), (Values{std::nullopt, 1.3}));
    // INC-4 is resolved after the as-of date; on 2028-03-01 it took 30 days.
    const Kpi march = kpi_of(compute_at(content, day(2028, 3, 1), 1, PeriodKind::month), "incident-resolution-days");
    EXPECT_EQ(march.value, 30.0);
}

// ---- corrective-actions-open, corrective-actions-overdue ----

TestContent open_nonconformities() {
    return TestContent().file(
        "registers/nonconformities.yaml",
        nonconformity_yaml({.id = "NC-1", .raised = "2026-01-10", .extra = "  due: 2026-03-31\n"}) +
            nonconformity_yaml({.id = "NC-2", .raised = "2026-02-01", .extra = "  due: 2026-06-30\n"}) +
            // Closed on the as-of date: done that day.
            nonconformity_yaml({.id = "NC-3", .raised = "2026-02-01", .status = "closed",
                                .extra = "  due: 2026-05-01\n  closed: 2026-06-30\n"}) +
            nonconformity_yaml({.id = "NC-4", .raised = "2026-05-01", .status = "in-progress"}) +
            nonconformity_yaml({.id = "NC-5", .raised = "2026-07-05", .extra = "  due: 2026-07-06\n"}));
}

TEST(CorrectiveActionsOpen, RaisedByTheDateAndNotClosedByIt) {
    const Kpi kpi = kpi_of(compute_at(open_nonconformities()), "corrective-actions-open");
    EXPECT_EQ(kpi.value, 3.0);
    EXPECT_EQ(kpi.records, (Ids{"NC-1", "NC-2", "NC-4"}));
    EXPECT_EQ(trend_values(kpi), (Values{std::nullopt, std::nullopt, 3.0, 3.0}));
    EXPECT_EQ(kpi.delta, 0.0);
    EXPECT_EQ(rag_of(kpi), "grey");
}

TEST(CorrectiveActionsOverdue, OpenWithTheDueDateBeforeTheDate) {
    const Kpi kpi = kpi_of(compute_at(open_nonconformities()), "corrective-actions-overdue");
    // NC-2 is due on the as-of date, NC-3 was closed on it: neither is overdue.
    EXPECT_EQ(kpi.value, 1.0);
    EXPECT_EQ(kpi.records, (Ids{"NC-1"}));
    // NC-1 was due on 2026-03-31 itself: not yet overdue at the end of 2026-Q1.
    EXPECT_EQ(trend_values(kpi), (Values{std::nullopt, std::nullopt, 0.0, 1.0}));
    EXPECT_EQ(kpi.target, 0.0);
    EXPECT_EQ(kpi.warning, 2.0);
    EXPECT_EQ(rag_of(kpi), "amber");
}

TEST(CorrectiveActionsOverdue, DueOnTheLeapDay) {
    const TestContent content = TestContent().file(
        "registers/nonconformities.yaml",
        nonconformity_yaml({.id = "NC-1", .raised = "2028-01-10", .extra = "  due: 2028-02-29\n"}));
    EXPECT_EQ(kpi_of(compute_at(content, day(2028, 2, 29)), "corrective-actions-overdue").value, 0.0);
    EXPECT_EQ(kpi_of(compute_at(content, day(2028, 3, 1)), "corrective-actions-overdue").value, 1.0);
}

// ---- corrective-action-days ----

TEST(CorrectiveActionDays, MeanDaysFromRaisedToClosedInThePeriod) {
    const TestContent content = TestContent().file(
        "registers/nonconformities.yaml",
        nonconformity_yaml({.id = "NC-3", .raised = "2026-02-01", .status = "closed", .extra = "  closed: 2026-06-30\n"}) +
            nonconformity_yaml({.id = "NC-6", .raised = "2025-10-01", .status = "closed", .extra = "  closed: 2025-11-30\n"}) +
            nonconformity_yaml({.id = "NC-7", .raised = "2026-04-01", .status = "closed", .extra = "  closed: 2026-05-01\n"}) +
            nonconformity_yaml({.id = "NC-8", .raised = "2026-04-01"}));
    const Kpi kpi = kpi_of(compute_at(content), "corrective-action-days");
    EXPECT_EQ(kpi.value, 89.5);  // (149 + 30) / 2
    EXPECT_EQ(kpi.records, (Ids{"NC-3", "NC-7"}));
    // Nothing closed in 2026-Q1.
    EXPECT_EQ(trend_values(kpi), (Values{std::nullopt, 60.0, std::nullopt, 89.5}));
    EXPECT_FALSE(kpi.previous.has_value());
    EXPECT_FALSE(kpi.delta.has_value());
    EXPECT_EQ(kpi.target, 60.0);
    EXPECT_EQ(kpi.warning, 90.0);
    EXPECT_EQ(rag_of(kpi), "amber");
}

// ---- corrective-actions-verified ----

TEST(CorrectiveActionsVerified, ClosedByTheDateAndVerifiedByIt) {
    const TestContent content = TestContent().file(
        "registers/nonconformities.yaml",
        nonconformity_yaml({.id = "NC-A", .raised = "2026-04-01", .status = "closed",
                            .extra = "  closed: 2026-05-01\n  effectiveness_verified: true\n  verified: 2026-06-30\n"}) +
            nonconformity_yaml({.id = "NC-B", .raised = "2026-04-01", .status = "closed",
                                .extra = "  closed: 2026-05-01\n  effectiveness_verified: false\n"}) +
            nonconformity_yaml({.id = "NC-C", .raised = "2026-01-05", .status = "closed",
                                .extra = "  closed: 2026-02-01\n  effectiveness_verified: true\n  verified: 2026-03-01\n"}) +
            nonconformity_yaml({.id = "NC-D", .raised = "2026-01-05"}));
    const Kpi kpi = kpi_of(compute_at(content), "corrective-actions-verified");
    EXPECT_EQ(kpi.value, 66.7);
    EXPECT_EQ(kpi.records, (Ids{"NC-B"}));
    EXPECT_EQ(trend_values(kpi), (Values{std::nullopt, std::nullopt, 100.0, 66.7}));
    EXPECT_EQ(kpi.target, 90.0);
    EXPECT_EQ(kpi.warning, 70.0);
    EXPECT_EQ(rag_of(kpi), "red");
}

TEST(CorrectiveActionsVerified, VerifiedAfterTheDateIsNotYetVerified) {
    const TestContent content = TestContent().file(
        "registers/nonconformities.yaml",
        nonconformity_yaml({.id = "NC-A", .raised = "2026-01-05", .status = "closed",
                            .extra = "  closed: 2026-02-01\n  effectiveness_verified: true\n  verified: 2026-04-15\n"}));
    const Kpi kpi = kpi_of(compute_at(content), "corrective-actions-verified");
    EXPECT_EQ(trend_values(kpi), (Values{std::nullopt, std::nullopt, 0.0, 100.0}));
}

// ---- decision-lead-time, decision-rework-rate, reviewer-adherence ----

TestContent decisions() {
    return TestContent().file(
        "registers/decisions.yaml",
        decision_yaml({.id = "DEC-1", .requested = "2026-04-01", .decided = "2026-04-05"}) +                           // 4
        decision_yaml({.id = "DEC-2", .requested = "2026-04-01", .decided = "2026-04-11", .outcome = "returned"}) +    // 10
        decision_yaml({.id = "DEC-3", .requested = "2026-05-01", .decided = "2026-05-31", .outcome = "rejected"}) +    // 30
        decision_yaml({.id = "DEC-4", .requested = "2026-06-01", .decided = "2026-06-30",
                       .outcome = "approved-with-conditions"}) +                                                         // 29
        decision_yaml({.id = "DEC-5", .requested = "2026-01-05", .decided = "2026-01-13"}) +                           // 8
        decision_yaml({.id = "DEC-6", .requested = "2026-06-20", .outcome = "pending"}));
}

TEST(DecisionLeadTime, MedianDaysFromRequestToDecisionInThePeriod) {
    const Kpi kpi = kpi_of(compute_at(decisions()), "decision-lead-time");
    EXPECT_EQ(kpi.value, 19.5);  // median of 4, 10, 29, 30
    EXPECT_EQ(kpi.records, (Ids{"DEC-1", "DEC-2", "DEC-3", "DEC-4"}));
    EXPECT_EQ(trend_values(kpi), (Values{std::nullopt, std::nullopt, 8.0, 19.5}));
    EXPECT_EQ(kpi.target, 10.0);
    EXPECT_EQ(kpi.warning, 20.0);
    EXPECT_EQ(rag_of(kpi), "amber");
}

TEST(DecisionLeadTime, MedianOfAnOddCount) {
    TestContent content = decisions();
    content.file("registers/decisions.yaml",
                 decision_yaml({.id = "DEC-1", .requested = "2026-04-01", .decided = "2026-04-05"}) +
                     decision_yaml({.id = "DEC-2", .requested = "2026-04-01", .decided = "2026-04-30"}) +
                     decision_yaml({.id = "DEC-3", .requested = "2026-04-01", .decided = "2026-04-08"}));
    const Kpi kpi = kpi_of(compute_at(content), "decision-lead-time");
    EXPECT_EQ(kpi.value, 7.0);  // 4, 7, 29
    EXPECT_EQ(rag_of(kpi), "green");
}

TEST(DecisionReworkRate, ReturnedOrRejectedAmongDecisionsTakenInThePeriod) {
    const Kpi kpi = kpi_of(compute_at(decisions()), "decision-rework-rate");
    EXPECT_EQ(kpi.value, 50.0);
    EXPECT_EQ(kpi.records, (Ids{"DEC-2", "DEC-3"}));
    EXPECT_EQ(trend_values(kpi), (Values{std::nullopt, std::nullopt, 0.0, 50.0}));
    EXPECT_EQ(kpi.target, 10.0);
    EXPECT_EQ(kpi.warning, 25.0);
    EXPECT_EQ(rag_of(kpi), "red");
}

TEST(ReviewerAdherence, DecisionsTakenWithinTheSla) {
    const Kpi kpi = kpi_of(compute_at(decisions()), "reviewer-adherence");
    // DEC-2 took exactly the ten days of the SLA: within it.
    EXPECT_EQ(kpi.value, 50.0);
    EXPECT_EQ(kpi.records, (Ids{"DEC-3", "DEC-4"}));
    EXPECT_EQ(trend_values(kpi), (Values{std::nullopt, std::nullopt, 100.0, 50.0}));
    EXPECT_EQ(kpi.target, 90.0);
    EXPECT_EQ(kpi.warning, 75.0);
    EXPECT_EQ(rag_of(kpi), "red");
}

TEST(ReviewerAdherence, SlaFromReviewSlas) {
    TestContent content = decisions();
    content.file("aims.yaml", minimal_aims_yaml() + "review_slas:\n  decision_days: 30\n");
    const Kpi kpi = kpi_of(compute_at(content), "reviewer-adherence");
    EXPECT_EQ(kpi.value, 100.0);
    EXPECT_TRUE(kpi.records.empty());
    EXPECT_EQ(rag_of(kpi), "green");
}

// ---- monitoring-breaches ----

std::string series_yaml(std::string_view id, std::string_view system, std::string_view direction,
                        std::string_view threshold, std::string_view points, std::string_view extra = "") {
    return "- id: " + std::string(id) + "\n  system: " + std::string(system) +
           "\n  metric: accuracy\n  direction: " + std::string(direction) + "\n  threshold: {" +
           std::string(threshold) + "}\n  points:\n" + std::string(points) + std::string(extra);
}

std::string point(std::string_view date, std::string_view value) {
    return "    - {date: " + std::string(date) + ", value: " + std::string(value) + "}\n";
}

TestContent monitoring() {
    return TestContent()
        .file("registers/ai-systems.yaml", system_yaml({.id = "AIS-001"}) + system_yaml({.id = "AIS-002"}))
        .file("registers/measurements.yaml",
              series_yaml("MS-1", "AIS-001", "higher-is-better", "min: 0.8, warning_min: 0.85",
                          point("2026-02-10", "0.9") + point("2026-04-10", "0.82") + point("2026-05-10", "0.75") +
                              point("2026-06-30", "0.7")) +
                  series_yaml("MS-2", "AIS-002", "lower-is-better", "max: 5",
                              point("2026-01-15", "6") + point("2026-05-01", "7") + point("2026-07-02", "9")) +
                  series_yaml("MS-3", "AIS-001", "lower-is-better", "max: 10", point("2026-04-01", "3"),
                              "  title: Latency\n"));
}

TEST(MonitoringBreaches, PointsInThePeriodOutsideTheirThresholdBySystem) {
    const Kpi kpi = kpi_of(compute_at(monitoring()), "monitoring-breaches");
    // MS-1: 0.75 and 0.7 (the latter on the as-of date) below min; MS-2: 7 above max;
    // 0.82 is only a warning, MS-2's 9 comes after the as-of date.
    EXPECT_EQ(kpi.value, 3.0);
    EXPECT_EQ(kpi.records, (Ids{"MS-1", "MS-2"}));
    EXPECT_EQ(breakdown_of(kpi), (Breakdown{{"AIS-001", 2.0}, {"AIS-002", 1.0}}));
    // No points at all in 2025: no data.
    EXPECT_EQ(trend_values(kpi), (Values{std::nullopt, std::nullopt, 1.0, 3.0}));
    EXPECT_EQ(kpi.target, 0.0);
    EXPECT_EQ(kpi.warning, 2.0);
    EXPECT_EQ(rag_of(kpi), "red");
}

TEST(MonitoringBreaches, PointsWithinThresholdsGiveZero) {
    const TestContent content =
        TestContent()
            .file("registers/ai-systems.yaml", k_one_system)
            .file("registers/measurements.yaml",
                  series_yaml("MS-1", "AIS-001", "higher-is-better", "min: 0.8", point("2026-05-01", "0.8")));
    const Kpi kpi = kpi_of(compute_at(content), "monitoring-breaches");
    EXPECT_EQ(kpi.value, 0.0);  // equal to min is inside
    EXPECT_TRUE(kpi.records.empty());
    EXPECT_TRUE(kpi.breakdown.empty());
    EXPECT_EQ(rag_of(kpi), "green");
}

// ---- series-<id> ----

TEST(SeriesKpi, OneKpiPerSeriesAfterTheDefinedOnes) {
    const Computed computed = compute_at(monitoring());
    ASSERT_EQ(computed.kpis.size(), 29U + 3U);
    EXPECT_EQ(computed.kpis[29].id, "series-MS-1");
    EXPECT_EQ(computed.kpis[30].id, "series-MS-2");
    EXPECT_EQ(computed.kpis[31].id, "series-MS-3");
    EXPECT_EQ(computed.kpis[29].definition, nullptr);
}

TEST(SeriesKpi, LatestPointOnOrBeforeEachPeriodEndAgainstTheThreshold) {
    const Kpi kpi = kpi_of(compute_at(monitoring()), "series-MS-1");
    EXPECT_EQ(kpi.title, "accuracy of AIS-001");
    // No point before 2026: null in the trend.
    EXPECT_EQ(trend_values(kpi), (Values{std::nullopt, std::nullopt, 0.9, 0.7}));
    EXPECT_EQ(kpi.value, 0.7);
    EXPECT_EQ(kpi.previous, 0.9);
    EXPECT_EQ(kpi.delta, -0.2);
    EXPECT_EQ(kpi.target, 0.8);
    EXPECT_EQ(kpi.warning, 0.85);
    EXPECT_EQ(rag_of(kpi), "red");
    EXPECT_EQ(kpi.records, (Ids{"MS-1", "AIS-001"}));
}

TEST(SeriesKpi, LowerIsBetterUsesTheMaxAndIgnoresPointsAfterTheDate) {
    const Computed computed = compute_at(monitoring());
    const Kpi ms2 = kpi_of(computed, "series-MS-2");
    EXPECT_EQ(trend_values(ms2), (Values{std::nullopt, std::nullopt, 6.0, 7.0}));
    EXPECT_EQ(ms2.target, 5.0);
    EXPECT_FALSE(ms2.warning.has_value());
    EXPECT_EQ(rag_of(ms2), "red");
    const Kpi ms3 = kpi_of(computed, "series-MS-3");
    EXPECT_EQ(ms3.title, "Latency");
    EXPECT_EQ(ms3.value, 3.0);
    EXPECT_EQ(ms3.target, 10.0);
    EXPECT_EQ(rag_of(ms3), "green");
}

TEST(SeriesKpi, InsideTheLimitsButPastTheWarningIsAmber) {
    const TestContent content =
        TestContent()
            .file("registers/ai-systems.yaml", k_one_system)
            .file("registers/measurements.yaml",
                  series_yaml("MS-1", "AIS-001", "higher-is-better", "min: 0.8, warning_min: 0.85",
                              point("2026-06-01", "0.82")) +
                      series_yaml("MS-2", "AIS-001", "lower-is-better", "max: 5, warning_max: 4",
                                  point("2026-06-01", "4")) +
                      series_yaml("MS-3", "AIS-001", "lower-is-better", "max: 5, warning_max: 4",
                                  point("2026-06-01", "4.5")));
    const Computed computed = compute_at(content);
    EXPECT_EQ(rag_of(kpi_of(computed, "series-MS-1")), "amber");
    EXPECT_EQ(rag_of(kpi_of(computed, "series-MS-2")), "green");  // at the warning limit
    EXPECT_EQ(rag_of(kpi_of(computed, "series-MS-3")), "amber");
}

TEST(SeriesKpi, NoPointYetIsGrey) {
    const TestContent content =
        TestContent()
            .file("registers/ai-systems.yaml", k_one_system)
            .file("registers/measurements.yaml",
                  series_yaml("MS-1", "AIS-001", "higher-is-better", "min: 0.8", point("2026-07-01", "0.9")));
    const Kpi kpi = kpi_of(compute_at(content), "series-MS-1");
    EXPECT_EQ(trend_values(kpi), Values(4, std::nullopt));
    EXPECT_EQ(rag_of(kpi), "grey");
}

}  // namespace
}  // namespace aimsgen::testing
