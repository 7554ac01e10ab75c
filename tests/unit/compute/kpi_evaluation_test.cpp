// What every KPI shares: the list of KPIs, null figures without data, the
// trend and its labels, previous value and delta, targets from aims.yaml and
// the RAG rating.

#include <gtest/gtest.h>

#include "tests/unit/compute/compute_test_support.hpp"

namespace aimsgen::testing {
namespace {

const std::vector<std::string> k_kpi_ids = {
    "systems-in-scope",           "systems-high-tier",         "systems-without-owner-or-review",
    "impact-assessment-coverage", "documents-overdue",         "documents-approved",
    "supplier-assessments-current", "risks-above-appetite",    "treatment-completion",
    "treatment-actions-overdue",  "risk-reviews-overdue",      "soa-implementation",
    "soa-evidence-gaps",          "control-effectiveness",     "incidents-in-period",
    "incident-resolution-days",   "corrective-actions-open",   "corrective-actions-overdue",
    "corrective-action-days",     "corrective-actions-verified", "decision-lead-time",
    "decision-rework-rate",       "reviewer-adherence",        "monitoring-breaches",
    "audit-programme-completion", "audit-coverage",            "audit-findings",
    "training-completion",        "objectives-on-track",
};

TEST(KpiList, EveryKpiInDashboardOrderWithItsDefinition) {
    const Computed computed = compute_at(TestContent());
    std::vector<std::string> ids;
    for (const Kpi& kpi : computed.kpis) {
        ids.push_back(kpi.id);
        ASSERT_NE(kpi.definition, nullptr) << kpi.id;
        EXPECT_EQ(kpi.definition->id, kpi.id);
        EXPECT_EQ(kpi.title, kpi.definition->title);
    }
    EXPECT_EQ(ids, k_kpi_ids);
}

class EmptyContent : public ::testing::TestWithParam<std::string> {};

TEST_P(EmptyContent, GivesNullValuesAndGreyNeverASilentZero) {
    const Computed computed = compute_at(TestContent());
    const Kpi& kpi = kpi_of(computed, GetParam());
    EXPECT_FALSE(kpi.value.has_value()) << *kpi.value;
    EXPECT_FALSE(kpi.previous.has_value());
    EXPECT_FALSE(kpi.delta.has_value());
    EXPECT_EQ(rag_of(kpi), "grey");
    EXPECT_EQ(trend_values(kpi), Values(4, std::nullopt));
}

INSTANTIATE_TEST_SUITE_P(EveryKpi, EmptyContent, ::testing::ValuesIn(k_kpi_ids),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                             std::string name;
                             for (const char c : info.param) {
                                 name += c == '-' ? '_' : c;
                             }
                             return name;
                         });

TEST(KpiTrend, QuarterLabelsOldestFirstAndTheLastIsTheAsOfValue) {
    const TestContent content = TestContent().file(
        "registers/ai-systems.yaml", system_yaml({.id = "AIS-001", .introduced = "2025-01-01"}) +
                                         system_yaml({.id = "AIS-002", .introduced = "2026-02-01"}) +
                                         system_yaml({.id = "AIS-003", .introduced = "2026-05-01"}));
    const Computed computed = compute_at(content, k_as_of, 5);
    const Kpi& kpi = kpi_of(computed, "systems-in-scope");
    EXPECT_EQ(trend_labels(kpi), (std::vector<std::string>{"2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"}));
    EXPECT_EQ(trend_values(kpi), (Values{1.0, 1.0, 1.0, 2.0, 3.0}));
    EXPECT_EQ(kpi.value, 3.0);
    EXPECT_EQ(kpi.previous, 2.0);
    EXPECT_EQ(kpi.delta, 1.0);
}

TEST(KpiTrend, MonthLabelsWithPeriodKindMonth) {
    const TestContent content = TestContent().file(
        "registers/ai-systems.yaml", system_yaml({.id = "AIS-001", .introduced = "2026-04-20"}) +
                                         system_yaml({.id = "AIS-002", .introduced = "2026-06-10"}));
    const Computed computed = compute_at(content, day(2026, 6, 15), 3, PeriodKind::month);
    const Kpi& kpi = kpi_of(computed, "systems-in-scope");
    EXPECT_EQ(trend_labels(kpi), (std::vector<std::string>{"2026-04", "2026-05", "2026-06"}));
    EXPECT_EQ(trend_values(kpi), (Values{1.0, 1.0, 2.0}));
    EXPECT_EQ(computed.period_kind, PeriodKind::month);
}

TEST(KpiTrend, TrendHasOnePointPerRequestedPeriod) {
    const Computed computed = compute_at(TestContent(), k_as_of, 12);
    for (const Kpi& kpi : computed.kpis) {
        EXPECT_EQ(kpi.trend.size(), 12U) << kpi.id;
        EXPECT_EQ(kpi.trend.front().period, "2023-Q3") << kpi.id;
        EXPECT_EQ(kpi.trend.back().period, "2026-Q2") << kpi.id;
    }
}

TEST(KpiTrend, DeltaOfPercentagesIsRoundedToATenth) {
    // Three applicable controls: all implemented at the end of 2026-Q1, A.2.2
    // back to partial in May.
    const TestContent content = TestContent().file(
        "registers/soa.yaml",
        soa_yaml("A.2.2", "partial",
                 "  history:\n    - {date: 2026-01-10, status: implemented}\n    - {date: 2026-05-01, status: partial}\n") +
            soa_yaml("A.2.3", "implemented") + soa_yaml("A.2.4", "effective"));
    const Kpi& kpi = kpi_of(compute_at(content), "soa-implementation");
    EXPECT_EQ(trend_values(kpi), (Values{66.7, 66.7, 100.0, 66.7}));
    EXPECT_EQ(kpi.previous, 100.0);
    EXPECT_EQ(kpi.delta, -33.3);
}

TEST(KpiTrend, NoPreviousOrDeltaWhenThePreviousPeriodHasNoData) {
    const TestContent content =
        TestContent()
            .file("registers/ai-systems.yaml", k_one_system)
            .file("registers/incidents.yaml",
                  incident_yaml({.id = "INC-001", .detected = "2026-04-01", .status = "resolved",
                                 .extra = "  resolved: 2026-04-11\n"}));
    const Kpi& kpi = kpi_of(compute_at(content), "incident-resolution-days");
    EXPECT_EQ(kpi.value, 10.0);
    EXPECT_FALSE(kpi.previous.has_value());
    EXPECT_FALSE(kpi.delta.has_value());
}

TEST(KpiTrend, NoPreviousWithASinglePeriod) {
    const TestContent content = TestContent().file("registers/ai-systems.yaml", k_one_system);
    const Kpi& kpi = kpi_of(compute_at(content, k_as_of, 1), "systems-in-scope");
    EXPECT_EQ(trend_values(kpi), (Values{1.0}));
    EXPECT_FALSE(kpi.previous.has_value());
    EXPECT_FALSE(kpi.delta.has_value());
}

// ---- targets ----

TEST(KpiTargets, DefaultsWhenAimsYamlSaysNothing) {
    const Computed computed = compute_at(TestContent());
    const Kpi& risks = kpi_of(computed, "risks-above-appetite");
    EXPECT_EQ(risks.target, 0.0);
    EXPECT_EQ(risks.warning, 2.0);
    const Kpi& documents = kpi_of(computed, "documents-approved");
    EXPECT_EQ(documents.target, 90.0);
    EXPECT_EQ(documents.warning, 75.0);
    const Kpi& incidents = kpi_of(computed, "incidents-in-period");
    EXPECT_FALSE(incidents.target.has_value());
    EXPECT_FALSE(incidents.warning.has_value());
}

TEST(KpiTargets, SlaTargetsComeFromReviewSlas) {
    const TestContent content = TestContent().file(
        "aims.yaml", minimal_aims_yaml() +
                         "review_slas:\n  decision_days: 5\n  incident_resolution_days: 14\n"
                         "  corrective_action_days: 40\n");
    const Computed computed = compute_at(content);
    EXPECT_EQ(kpi_of(computed, "decision-lead-time").target, 5.0);
    EXPECT_EQ(kpi_of(computed, "decision-lead-time").warning, 10.0);
    EXPECT_EQ(kpi_of(computed, "incident-resolution-days").target, 14.0);
    EXPECT_EQ(kpi_of(computed, "incident-resolution-days").warning, 21.0);
    EXPECT_EQ(kpi_of(computed, "corrective-action-days").target, 40.0);
    EXPECT_EQ(kpi_of(computed, "corrective-action-days").warning, 60.0);
}

TEST(KpiTargets, KpiTargetsOfAimsYamlOverrideTheDefaults) {
    const TestContent content = TestContent().file(
        "aims.yaml", minimal_aims_yaml() +
                         "kpi_targets:\n"
                         "  - {kpi: risks-above-appetite, target: 1, warning: 3}\n"
                         "  - {kpi: incidents-in-period, target: 2, warning: 4}\n"
                         "  - {kpi: documents-approved, target: 80}\n");
    const Computed computed = compute_at(content);
    const Kpi& risks = kpi_of(computed, "risks-above-appetite");
    EXPECT_EQ(risks.target, 1.0);
    EXPECT_EQ(risks.warning, 3.0);
    const Kpi& incidents = kpi_of(computed, "incidents-in-period");
    EXPECT_EQ(incidents.target, 2.0);
    EXPECT_EQ(incidents.warning, 4.0);
    // A target without a warning keeps the default warning.
    const Kpi& documents = kpi_of(computed, "documents-approved");
    EXPECT_EQ(documents.target, 80.0);
    EXPECT_EQ(documents.warning, 75.0);
}

TEST(KpiTargets, TheOverriddenTargetDecidesTheRag) {
    // One risk above appetite: amber against the default target 0 / warning 2,
    // green against a target of 1.
    const std::string risks = risk_yaml({.id = "RSK-001", .residual_likelihood = 4, .residual_impact = 3});
    const TestContent by_default =
        TestContent().file("registers/ai-systems.yaml", k_one_system).file("registers/risks.yaml", risks);
    EXPECT_EQ(rag_of(kpi_of(compute_at(by_default), "risks-above-appetite")), "amber");

    TestContent overridden = by_default;
    overridden.file("aims.yaml", minimal_aims_yaml() + "kpi_targets:\n  - {kpi: risks-above-appetite, target: 1}\n");
    const Kpi& kpi = kpi_of(compute_at(overridden), "risks-above-appetite");
    EXPECT_EQ(kpi.value, 1.0);
    EXPECT_EQ(rag_of(kpi), "green");
}

TEST(KpiTargets, ATargetGivesARagToAKpiWithoutADefault) {
    const TestContent content =
        TestContent()
            .file("aims.yaml", minimal_aims_yaml() + "kpi_targets:\n  - {kpi: incidents-in-period, target: 0, warning: 1}\n")
            .file("registers/ai-systems.yaml", k_one_system)
            .file("registers/incidents.yaml", incident_yaml({.id = "INC-001", .detected = "2026-05-01"}) +
                                                  incident_yaml({.id = "INC-002", .detected = "2026-05-02"}));
    const Kpi& kpi = kpi_of(compute_at(content), "incidents-in-period");
    EXPECT_EQ(kpi.value, 2.0);
    EXPECT_EQ(rag_of(kpi), "red");
}

// ---- RAG ----

TEST(Rag, HigherIsBetterBoundaries) {
    const auto higher = Direction::higher_is_better;
    EXPECT_EQ(rate(90.0, 90.0, 75.0, higher), Rag::green);  // equal to the target
    EXPECT_EQ(rate(100.0, 90.0, 75.0, higher), Rag::green);
    EXPECT_EQ(rate(89.9, 90.0, 75.0, higher), Rag::amber);
    EXPECT_EQ(rate(75.0, 90.0, 75.0, higher), Rag::amber);  // equal to the warning
    EXPECT_EQ(rate(74.9, 90.0, 75.0, higher), Rag::red);
}

TEST(Rag, LowerIsBetterBoundaries) {
    const auto lower = Direction::lower_is_better;
    EXPECT_EQ(rate(0.0, 0.0, 2.0, lower), Rag::green);  // equal to the target
    EXPECT_EQ(rate(1.0, 0.0, 2.0, lower), Rag::amber);
    EXPECT_EQ(rate(2.0, 0.0, 2.0, lower), Rag::amber);  // equal to the warning
    EXPECT_EQ(rate(3.0, 0.0, 2.0, lower), Rag::red);
    EXPECT_EQ(rate(30.0, 30.0, 45.0, lower), Rag::green);
    EXPECT_EQ(rate(45.1, 30.0, 45.0, lower), Rag::red);
}

TEST(Rag, GreyWithoutValueOrTarget) {
    EXPECT_EQ(rate(std::nullopt, 90.0, 75.0, Direction::higher_is_better), Rag::grey);
    EXPECT_EQ(rate(3.0, std::nullopt, std::nullopt, Direction::lower_is_better), Rag::grey);
    EXPECT_STREQ(rag_name(Rag::grey), "grey");
    EXPECT_STREQ(rag_name(Rag::green), "green");
    EXPECT_STREQ(rag_name(Rag::amber), "amber");
    EXPECT_STREQ(rag_name(Rag::red), "red");
}

TEST(Rag, WithoutAWarningEverythingShortOfTheTargetIsRed) {
    EXPECT_EQ(rate(0.0, 0.0, std::nullopt, Direction::lower_is_better), Rag::green);
    EXPECT_EQ(rate(1.0, 0.0, std::nullopt, Direction::lower_is_better), Rag::red);
    EXPECT_EQ(rate(99.0, 100.0, std::nullopt, Direction::higher_is_better), Rag::red);
}

/// `count` risks above appetite (residual 4 × 3 = 12 > 9) on AIS-001.
TestContent risks_above_appetite(int count) {
    std::string risks;
    for (int i = 1; i <= count; ++i) {
        risks += risk_yaml({.id = "RSK-00" + std::to_string(i), .residual_likelihood = 4, .residual_impact = 3});
    }
    risks += risk_yaml({.id = "RSK-009", .residual_likelihood = 1, .residual_impact = 1});
    return TestContent().file("registers/ai-systems.yaml", k_one_system).file("registers/risks.yaml", risks);
}

TEST(Rag, ThroughTheKpiLowerIsBetter) {
    // Target 0, warning 2.
    EXPECT_EQ(rag_of(kpi_of(compute_at(risks_above_appetite(0)), "risks-above-appetite")), "green");
    EXPECT_EQ(rag_of(kpi_of(compute_at(risks_above_appetite(2)), "risks-above-appetite")), "amber");
    EXPECT_EQ(rag_of(kpi_of(compute_at(risks_above_appetite(3)), "risks-above-appetite")), "red");
}

/// `approved` approved documents and `drafts` drafts.
TestContent documents(int approved, int drafts) {
    TestContent content;
    for (int i = 0; i < approved; ++i) {
        content.file("documents/a" + std::to_string(i) + ".md", document_md({.id = "DOC-A" + std::to_string(i)}));
    }
    for (int i = 0; i < drafts; ++i) {
        content.file("documents/d" + std::to_string(i) + ".md",
                     document_md({.id = "DOC-D" + std::to_string(i), .status = "draft", .approved = ""}));
    }
    return content;
}

TEST(Rag, ThroughTheKpiHigherIsBetter) {
    // Target 90, warning 75.
    const Kpi& at_target = kpi_of(compute_at(documents(9, 1)), "documents-approved");
    EXPECT_EQ(at_target.value, 90.0);
    EXPECT_EQ(rag_of(at_target), "green");
    const Kpi& at_warning = kpi_of(compute_at(documents(3, 1)), "documents-approved");
    EXPECT_EQ(at_warning.value, 75.0);
    EXPECT_EQ(rag_of(at_warning), "amber");
    const Kpi& below = kpi_of(compute_at(documents(2, 1)), "documents-approved");
    EXPECT_EQ(below.value, 66.7);
    EXPECT_EQ(rag_of(below), "red");
}

// ---- the compute entry ----

TEST(Compute, CarriesTheAsOfDateAndPeriods) {
    const Computed computed = compute_at(TestContent(), day(2026, 5, 15), 3);
    EXPECT_EQ(computed.as_of, day(2026, 5, 15));
    EXPECT_EQ(computed.period_kind, PeriodKind::quarter);
    ASSERT_EQ(computed.periods.size(), 3U);
    EXPECT_EQ(computed.periods.back().label, "2026-Q2");
    EXPECT_EQ(computed.periods.back().end, day(2026, 5, 15));
    EXPECT_TRUE(computed.periods.back().to_date);
    ASSERT_EQ(computed.residual_by_period.size(), 3U);
    EXPECT_EQ(computed.residual_by_period.front().label, "2025-Q4");
    EXPECT_EQ(computed.residual_by_period.back().label, "2026-Q2");
    EXPECT_EQ(computed.inherent.label, "as-of");
    EXPECT_FALSE(computed.inherent.residual);
    EXPECT_TRUE(computed.residual.residual);
    ASSERT_NE(computed.definitions, nullptr);
    EXPECT_EQ(computed.definitions->size(), k_kpi_ids.size());
}

}  // namespace
}  // namespace aimsgen::testing
