// KPIs of audits, competence and objectives. As of 2026-06-30 over four
// quarters 2025-Q3 … 2026-Q2 unless a test says otherwise.

#include <gtest/gtest.h>

#include "tests/unit/compute/compute_test_support.hpp"

namespace aimsgen::testing {
namespace {

// ---- audit-programme-completion ----

/// An audit of audit_yaml() with another type than internal.
std::string of_type(std::string audit, std::string_view type) {
    const std::string internal = "  type: internal\n";
    return audit.replace(audit.find(internal), internal.size(), "  type: " + std::string(type) + "\n");
}

TEST(AuditProgrammeCompletion, InternalAuditsOfTheYearsCyclePlannedByTheDateAndPerformed) {
    const TestContent content = TestContent().file(
        "registers/audits.yaml",
        audit_yaml({.id = "AUD-1", .planned = "2026-03-01", .performed = "2026-03-10", .status = "completed"}) +
            audit_yaml({.id = "AUD-2", .planned = "2026-05-01", .status = "in-progress"}) +
            // Planned and performed on the as-of date.
            audit_yaml({.id = "AUD-3", .planned = "2026-06-30", .performed = "2026-06-30", .status = "completed"}) +
            audit_yaml({.id = "AUD-4", .planned = "2026-09-01"}) +
            audit_yaml({.id = "AUD-5", .planned = "2026-04-01", .status = "cancelled"}) +
            audit_yaml({.id = "AUD-6", .cycle = "2025", .planned = "2025-11-01", .performed = "2025-11-05",
                        .status = "completed"}) +
            // Not an internal audit: not part of the programme.
            of_type(audit_yaml({.id = "AUD-7", .planned = "2026-02-01"}), "certification"));
    const Kpi kpi = kpi_of(compute_at(content), "audit-programme-completion");
    EXPECT_EQ(kpi.value, 66.7);
    EXPECT_EQ(kpi.records, (Ids{"AUD-2"}));
    // 2025's programme: nothing planned by the end of Q3, AUD-6 done in Q4.
    EXPECT_EQ(trend_values(kpi), (Values{std::nullopt, 100.0, 100.0, 66.7}));
    EXPECT_EQ(kpi.target, 100.0);
    EXPECT_EQ(kpi.warning, 80.0);
    EXPECT_EQ(rag_of(kpi), "red");
}

// ---- audit-coverage, audit-findings ----

TestContent audited() {
    return TestContent()
        .file("registers/soa.yaml", soa_yaml("A.2.2", "implemented") + soa_yaml("A.2.3", "implemented") +
                                        "- control: A.2.4\n  applicable: false\n  justification: Not used\n")
        .file("registers/audits.yaml",
              audit_yaml({.id = "AUD-1",
                          .performed = "2026-03-10",
                          .status = "completed",
                          .extra = "  scope_clauses: [\"4.1\", \"5\", \"6.1.2\"]\n  scope_controls: [A.2.2]\n"
                                   "  findings:\n"
                                   "    - {id: F-1, type: major, title: T}\n"
                                   "    - {id: F-2, type: minor, title: T}\n"
                                   "    - {id: F-3, type: observation, title: T}\n"}) +
                  // Exactly twelve months before the as-of date: outside the last twelve months.
                  audit_yaml({.id = "AUD-2",
                              .cycle = "2025",
                              .planned = "2025-06-01",
                              .performed = "2025-06-30",
                              .status = "completed",
                              .extra = "  scope_clauses: [\"7\", \"8\"]\n"
                                       "  findings:\n    - {id: F-6, type: major, title: T}\n"}) +
                  audit_yaml({.id = "AUD-3",
                              .cycle = "2025",
                              .planned = "2025-07-01",
                              .performed = "2025-07-01",
                              .status = "completed",
                              .extra = "  scope_clauses: [\"9\"]\n"
                                       "  findings:\n"
                                       "    - {id: F-4, type: opportunity, title: T}\n"
                                       "    - {id: F-5, type: minor, title: T}\n"}) +
                  audit_yaml({.id = "AUD-4", .planned = "2026-05-01", .status = "planned",
                              .extra = "  scope_clauses: [\"10\"]\n"}));
}

TEST(AuditCoverage, ClausesAndApplicableControlsAuditedInTheLastTwelveMonths) {
    const Kpi kpi = kpi_of(compute_at(audited()), "audit-coverage");
    // Clauses 4, 5, 6 and 9 of 4–10, control A.2.2 of A.2.2 and A.2.3: 5 of 9.
    EXPECT_EQ(kpi.value, 55.6);
    EXPECT_EQ(kpi.records, (Ids{"7", "8", "10", "A.2.3"}));
    EXPECT_EQ(trend_values(kpi), (Values{33.3, 33.3, 77.8, 55.6}));
    EXPECT_EQ(kpi.target, 100.0);
    EXPECT_EQ(kpi.warning, 80.0);
    EXPECT_EQ(rag_of(kpi), "red");
}

TEST(AuditFindings, FindingsOfAuditsInTheLastTwelveMonthsByType) {
    const Kpi kpi = kpi_of(compute_at(audited()), "audit-findings");
    EXPECT_EQ(kpi.value, 5.0);
    EXPECT_EQ(kpi.records, (Ids{"F-1", "F-2", "F-3", "F-4", "F-5"}));
    EXPECT_EQ(breakdown_of(kpi),
              (Breakdown{{"major", 1.0}, {"minor", 2.0}, {"observation", 1.0}, {"opportunity", 1.0}}));
    EXPECT_EQ(trend_values(kpi), (Values{3.0, 3.0, 6.0, 5.0}));
    EXPECT_EQ(kpi.previous, 6.0);
    EXPECT_EQ(kpi.delta, -1.0);
    EXPECT_EQ(rag_of(kpi), "grey");
}

TEST(AuditFindings, AnAuditProgrammeWithoutFindingsIsZero) {
    const TestContent content = TestContent().file(
        "registers/audits.yaml", audit_yaml({.id = "AUD-1", .performed = "2026-03-10", .status = "completed"}));
    const Kpi kpi = kpi_of(compute_at(content), "audit-findings");
    EXPECT_EQ(kpi.value, 0.0);
    EXPECT_EQ(breakdown_of(kpi),
              (Breakdown{{"major", 0.0}, {"minor", 0.0}, {"observation", 0.0}, {"opportunity", 0.0}}));
}

TEST(AuditCoverageAndFindings, NullBeforeTheFirstAuditWasPlanned) {
    // The audit programme starts in 2026: 2025 has no data, not 0 % coverage
    // and 0 findings (as incidents-in-period before the first incident).
    const TestContent content = TestContent().file(
        "registers/audits.yaml",
        audit_yaml({.id = "AUD-1",
                    .planned = "2026-03-01",
                    .performed = "2026-03-10",
                    .status = "completed",
                    .extra = "  scope_clauses: [\"4\", \"5\", \"6\", \"7\", \"8\", \"9\", \"10\"]\n"
                             "  findings:\n    - {id: F-1, type: minor, title: T}\n"}));
    const Computed computed = compute_at(content);
    EXPECT_EQ(trend_values(kpi_of(computed, "audit-coverage")), (Values{std::nullopt, std::nullopt, 100.0, 100.0}));
    EXPECT_EQ(trend_values(kpi_of(computed, "audit-findings")), (Values{std::nullopt, std::nullopt, 1.0, 1.0}));
}

TEST(AuditCoverage, APlannedButUnperformedProgrammeIsZero) {
    const TestContent content = TestContent().file(
        "registers/audits.yaml", audit_yaml({.id = "AUD-1", .planned = "2026-05-01",
                                             .extra = "  scope_clauses: [\"4\"]\n"}));
    const Kpi kpi = kpi_of(compute_at(content), "audit-coverage");
    EXPECT_EQ(kpi.value, 0.0);
    EXPECT_EQ(kpi.records, (Ids{"4", "5", "6", "7", "8", "9", "10"}));
    EXPECT_EQ(rag_of(kpi), "red");
}

// ---- training-completion ----

/// minimal_aims_yaml() with carol, who holds both roles.
std::string aims_with_carol() {
    std::string aims = minimal_aims_yaml();
    const std::string bob = "    roles: [auditor]\n";
    aims.insert(aims.find(bob) + bob.size(), "  - id: carol\n    name: Carol Example\n    roles: [ai-lead, auditor]\n");
    return aims;
}

TEST(TrainingCompletion, PersonCoursePairsWithACompletionValidOnTheDateByRole) {
    const TestContent content =
        TestContent()
            .file("aims.yaml", aims_with_carol())
            .file("registers/training.yaml",
                  "- id: C-1\n  title: AI basics\n  required_for: [ai-lead, auditor]\n  validity_months: 12\n"
                  "  completions:\n"
                  "    - {person: alice, completed: 2025-09-01}\n"
                  "    - {person: bob, completed: 2025-06-29}\n"     // valid until 2026-06-29
                  "    - {person: carol, completed: 2025-06-30}\n"   // valid until 2026-06-30
                  "- id: C-2\n  title: Audit skills\n  required_for: [auditor]\n"
                  "  completions:\n"
                  "    - {person: bob, completed: 2026-01-10}\n");
    const Kpi kpi = kpi_of(compute_at(content), "training-completion");
    // alice C-1, bob C-2 and carol C-1 of five pairs; bob's C-1 expired the day before.
    EXPECT_EQ(kpi.value, 60.0);
    EXPECT_EQ(kpi.records, (Ids{"bob", "carol"}));
    EXPECT_EQ(breakdown_of(kpi), (Breakdown{{"ai-lead", 100.0}, {"auditor", 50.0}}));
    EXPECT_EQ(trend_values(kpi), (Values{60.0, 60.0, 80.0, 60.0}));
    EXPECT_EQ(kpi.target, 95.0);
    EXPECT_EQ(kpi.warning, 80.0);
    EXPECT_EQ(rag_of(kpi), "red");
}

TEST(TrainingCompletion, ValidityMonthsAcrossTheLeapDay) {
    const TestContent content = TestContent().file(
        "registers/training.yaml",
        "- id: C-1\n  title: AI basics\n  required_for: [ai-lead, auditor]\n  validity_months: 12\n"
        "  completions:\n"
        "    - {person: alice, completed: 2027-02-28}\n"   // valid until 2028-02-28
        "    - {person: bob, completed: 2027-03-01}\n");   // valid until 2028-03-01
    const Kpi kpi = kpi_of(compute_at(content, day(2028, 2, 29)), "training-completion");
    EXPECT_EQ(kpi.value, 50.0);
    EXPECT_EQ(kpi.records, (Ids{"alice"}));
    EXPECT_EQ(breakdown_of(kpi), (Breakdown{{"ai-lead", 0.0}, {"auditor", 100.0}}));
}

TEST(TrainingCompletion, CompletedOnTheLeapDayIsValidUntilTheEndOfFebruary) {
    const TestContent content = TestContent().file(
        "registers/training.yaml",
        "- id: C-1\n  title: AI basics\n  required_for: [ai-lead]\n  validity_months: 12\n"
        "  completions:\n    - {person: alice, completed: 2028-02-29}\n");
    EXPECT_EQ(kpi_of(compute_at(content, day(2029, 2, 28)), "training-completion").value, 100.0);
    EXPECT_EQ(kpi_of(compute_at(content, day(2029, 3, 1)), "training-completion").value, 0.0);
}

TEST(TrainingCompletion, ValidUntilOfTheCompletionWinsOverValidityMonths) {
    const TestContent content = TestContent().file(
        "registers/training.yaml",
        "- id: C-1\n  title: AI basics\n  required_for: [ai-lead]\n  validity_months: 24\n"
        "  completions:\n    - {person: alice, completed: 2027-01-10, valid_until: 2028-02-29}\n");
    EXPECT_EQ(kpi_of(compute_at(content, day(2028, 2, 29)), "training-completion").value, 100.0);
    EXPECT_EQ(kpi_of(compute_at(content, day(2028, 3, 1)), "training-completion").value, 0.0);
}

// ---- objectives-on-track ----

std::string objective_yaml(std::string_view id, std::string_view set, std::string_view status,
                           std::string_view extra = "") {
    return "- id: " + std::string(id) + "\n  title: Objective " + std::string(id) +
           "\n  measure: A measure\n  target: 90\n  owner: alice\n  set: " + std::string(set) +
           "\n  due: 2027-12-31\n  status: " + std::string(status) + "\n" + std::string(extra);
}

TEST(ObjectivesOnTrack, OnTrackOrAchievedAmongObjectivesSetLeavingCancelledOut) {
    const TestContent content = TestContent().file(
        "registers/objectives.yaml",
        objective_yaml("OBJ-1", "2025-07-01", "on-track") +
            objective_yaml("OBJ-2", "2026-01-01", "at-risk",
                           "  history:\n    - {date: 2026-02-01, status: on-track}\n"
                           "    - {date: 2026-05-01, status: at-risk}\n") +
            objective_yaml("OBJ-3", "2025-07-01", "achieved") + objective_yaml("OBJ-4", "2025-07-01", "cancelled") +
            objective_yaml("OBJ-5", "2026-07-10", "on-track") + objective_yaml("OBJ-6", "2025-07-01", "off-track"));
    const Kpi kpi = kpi_of(compute_at(content), "objectives-on-track");
    EXPECT_EQ(kpi.value, 50.0);
    EXPECT_EQ(kpi.records, (Ids{"OBJ-2", "OBJ-6"}));
    EXPECT_EQ(trend_values(kpi), (Values{66.7, 66.7, 75.0, 50.0}));
    EXPECT_EQ(kpi.previous, 75.0);
    EXPECT_EQ(kpi.delta, -25.0);
    EXPECT_EQ(kpi.target, 80.0);
    EXPECT_EQ(kpi.warning, 60.0);
    EXPECT_EQ(rag_of(kpi), "red");
}

TEST(ObjectivesOnTrack, NullBeforeTheFirstObjectiveWasSet) {
    const TestContent content =
        TestContent().file("registers/objectives.yaml", objective_yaml("OBJ-1", "2026-04-01", "on-track"));
    const Kpi kpi = kpi_of(compute_at(content), "objectives-on-track");
    EXPECT_EQ(trend_values(kpi), (Values{std::nullopt, std::nullopt, std::nullopt, 100.0}));
    EXPECT_EQ(rag_of(kpi), "green");
}

}  // namespace
}  // namespace aimsgen::testing
