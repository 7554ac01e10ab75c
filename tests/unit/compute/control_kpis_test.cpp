// KPIs of the controls area: the SoA's implementation, evidence and
// effectiveness. As of 2026-06-30 over four quarters 2025-Q3 … 2026-Q2.

#include <gtest/gtest.h>

#include "tests/unit/compute/compute_test_support.hpp"

namespace aimsgen::testing {
namespace {

std::string not_applicable(std::string_view control) {
    return "- control: " + std::string(control) + "\n  applicable: false\n  justification: Not used\n";
}

// ---- soa-implementation ----

TEST(SoaImplementation, ApplicableControlsImplementedOrEffectiveOnTheDate) {
    const TestContent content = TestContent().file(
        "registers/soa.yaml",
        soa_yaml("A.2.2", "implemented") + soa_yaml("A.2.3", "effective") + soa_yaml("A.2.4", "partial") +
            soa_yaml("A.3.2", "partial",
                     "  history:\n"
                     "    - {date: 2025-10-01, status: planned}\n"
                     "    - {date: 2026-02-01, status: implemented}\n"
                     "    - {date: 2026-05-01, status: partial}\n") +
            not_applicable("A.3.3"));
    const Kpi kpi = kpi_of(compute_at(content), "soa-implementation");
    EXPECT_EQ(kpi.value, 50.0);
    EXPECT_EQ(kpi.records, (Ids{"A.2.4", "A.3.2"}));
    // A.3.2: not started before its first status (2025-Q3), planned, implemented, partial again.
    EXPECT_EQ(trend_values(kpi), (Values{50.0, 50.0, 75.0, 50.0}));
    EXPECT_EQ(kpi.target, 90.0);
    EXPECT_EQ(kpi.warning, 70.0);
    EXPECT_EQ(rag_of(kpi), "red");
}

TEST(SoaImplementation, ANoteOnlyHistoryEntryKeepsTheStatusBeforeIt) {
    const TestContent content = TestContent().file(
        "registers/soa.yaml", soa_yaml("A.2.2", "implemented",
                                       "  history:\n"
                                       "    - {date: 2026-01-10, status: implemented}\n"
                                       "    - {date: 2026-05-01, note: Reviewed}\n"));
    const Kpi kpi = kpi_of(compute_at(content), "soa-implementation");
    EXPECT_EQ(trend_values(kpi), (Values{0.0, 0.0, 100.0, 100.0}));
    EXPECT_EQ(rag_of(kpi), "green");
}

TEST(SoaImplementation, NullWhenNoControlIsApplicable) {
    const TestContent content = TestContent().file("registers/soa.yaml", not_applicable("A.2.2"));
    const Kpi kpi = kpi_of(compute_at(content), "soa-implementation");
    EXPECT_FALSE(kpi.value.has_value());
    EXPECT_EQ(rag_of(kpi), "grey");
}

// ---- soa-evidence-gaps ----

std::string evidence(std::string_view fields) {
    return "  evidence:\n    - {description: Proof, url: \"https://evidence.example/e\", " + std::string(fields) + "}\n";
}

TEST(SoaEvidenceGaps, ApplicableControlsWithoutCurrentEvidence) {
    const TestContent content = TestContent().file(
        "registers/soa.yaml",
        soa_yaml("A.2.2", "implemented", evidence("date: 2026-01-01")) +
            soa_yaml("A.2.3", "implemented", evidence("date: 2025-01-01, expires: 2026-06-30")) +  // expires today
            soa_yaml("A.2.4", "implemented", evidence("date: 2025-01-01, expires: 2026-06-29")) +  // expired
            soa_yaml("A.3.2", "implemented") +                                                    // none
            soa_yaml("A.3.3", "implemented", evidence("date: 2026-07-15")) +                      // not yet
            not_applicable("A.4.2"));
    const Kpi kpi = kpi_of(compute_at(content), "soa-evidence-gaps");
    EXPECT_EQ(kpi.value, 3.0);
    EXPECT_EQ(kpi.records, (Ids{"A.2.4", "A.3.2", "A.3.3"}));
    EXPECT_EQ(trend_values(kpi), (Values{3.0, 3.0, 2.0, 3.0}));
    EXPECT_EQ(kpi.target, 0.0);
    EXPECT_EQ(kpi.warning, 3.0);
    EXPECT_EQ(rag_of(kpi), "amber");
}

TEST(SoaEvidenceGaps, EvidenceExpiringOnTheLeapDay) {
    const TestContent content = TestContent().file(
        "registers/soa.yaml", soa_yaml("A.2.2", "implemented", evidence("date: 2027-02-28, expires: 2028-02-29")));
    EXPECT_EQ(kpi_of(compute_at(content, day(2028, 2, 29)), "soa-evidence-gaps").value, 0.0);
    const Kpi next_day = kpi_of(compute_at(content, day(2028, 3, 1)), "soa-evidence-gaps");
    EXPECT_EQ(next_day.value, 1.0);
    EXPECT_EQ(next_day.records, (Ids{"A.2.2"}));
}

// ---- control-effectiveness ----

TEST(ControlEffectiveness, EffectiveControlsNotContradictedByAnOpenAuditFinding) {
    const TestContent content =
        TestContent()
            .file("registers/soa.yaml", soa_yaml("A.2.2", "effective") + soa_yaml("A.2.3", "effective") +
                                            soa_yaml("A.2.4", "implemented") + soa_yaml("A.3.2", "effective"))
            .file("registers/nonconformities.yaml",
                  // Closed on the as-of date: no longer contradicts A.2.3 that day.
                  nonconformity_yaml({.id = "NC-1", .raised = "2026-03-15", .status = "closed",
                                      .extra = "  closed: 2026-06-30\n"}) +
                      nonconformity_yaml({.id = "NC-2", .raised = "2026-03-15"}))
            .file("registers/audits.yaml",
                  audit_yaml({.id = "AUD-1",
                              .performed = "2026-03-15",
                              .status = "completed",
                              .extra = "  findings:\n"
                                       "    - {id: F-1, type: minor, title: T, controls: [A.2.3], nonconformity: NC-1}\n"
                                       "    - {id: F-2, type: major, title: T, controls: [A.3.2], nonconformity: NC-2}\n"
                                       "    - {id: F-3, type: observation, title: T, controls: [A.2.2]}\n"}));
    const Kpi kpi = kpi_of(compute_at(content), "control-effectiveness");
    EXPECT_EQ(kpi.value, 50.0);
    EXPECT_EQ(kpi.records, (Ids{"A.2.4", "A.3.2"}));
    // Before the audit three of four were effective; at the end of 2026-Q1 both findings were open.
    EXPECT_EQ(trend_values(kpi), (Values{75.0, 75.0, 25.0, 50.0}));
    EXPECT_EQ(kpi.target, 60.0);
    EXPECT_EQ(kpi.warning, 40.0);
    EXPECT_EQ(rag_of(kpi), "amber");
}

}  // namespace
}  // namespace aimsgen::testing
