// Re-assessment triggers: something happened to an AI system after its last
// review, so the system and its open risks reviewed before the event must be
// assessed again. As of 2026-06-30.

#include <gtest/gtest.h>

#include <ostream>

#include "tests/unit/compute/compute_test_support.hpp"

namespace aimsgen {

void PrintTo(const ReassessmentTrigger& t, std::ostream* out) {
    *out << "{" << t.subject_kind << " " << t.subject << " " << t.event << " " << t.event_record << " "
         << t.event_date.to_string() << " last " << t.last_review.to_string() << ": " << t.reason << "}";
}

bool operator==(const ReassessmentTrigger& a, const ReassessmentTrigger& b) {
    return a.subject_kind == b.subject_kind && a.subject == b.subject && a.event == b.event &&
           a.event_record == b.event_record && a.event_date == b.event_date && a.last_review == b.last_review &&
           a.reason == b.reason;
}

namespace testing {
namespace {

using Triggers = std::vector<ReassessmentTrigger>;

/// AIS-001, last reviewed 2026-01-15, plus `extra` fields.
std::string reviewed_system(std::string_view extra = "") {
    return system_yaml({.id = "AIS-001",
                        .extra = "  last_review: 2026-01-15\n  next_review: 2027-01-15\n" + std::string(extra)});
}

Triggers triggers_of(const TestContent& content, Date as_of = k_as_of) {
    return find_triggers(build_test_model(content, as_of), as_of);
}

TEST(Triggers, AnIncidentAfterTheLastReviewTriggersTheSystemAndItsRisksReviewedBeforeIt) {
    const TestContent content =
        TestContent()
            .file("registers/ai-systems.yaml", reviewed_system() + system_yaml({.id = "AIS-002"}))
            .file("registers/risks.yaml",
                  risk_yaml({.id = "RSK-1", .extra = "  last_review: 2026-02-01\n"}) +
                      risk_yaml({.id = "RSK-2", .extra = "  last_review: 2026-05-01\n"}) +  // reviewed since
                      risk_yaml({.id = "RSK-3", .status = "closed", .next_review = "",
                                 .extra = "  closed: 2026-03-01\n"}) +
                      risk_yaml({.id = "RSK-4", .systems = "AIS-002"}) +
                      risk_yaml({.id = "RSK-5", .identified = "2026-07-10"}))  // identified after the as-of date
            .file("registers/incidents.yaml",
                  incident_yaml({.id = "INC-1", .detected = "2026-04-10", .severity = "high"}));
    const Triggers expected = {
        {"risk", "RSK-1", "incident", "INC-1", day(2026, 4, 10), day(2026, 2, 1),
         "risk RSK-1 last reviewed 2026-02-01: incident INC-1 (high) on 2026-04-10"},
        {"system", "AIS-001", "incident", "INC-1", day(2026, 4, 10), day(2026, 1, 15),
         "AI system AIS-001 last reviewed 2026-01-15: incident INC-1 (high) on 2026-04-10"},
    };
    EXPECT_EQ(triggers_of(content), expected);
    EXPECT_EQ(compute_at(content).triggers, expected);
}

TEST(Triggers, NothingWhenTheReviewCameAfterTheEvent) {
    const TestContent content =
        TestContent()
            .file("registers/ai-systems.yaml", reviewed_system())
            .file("registers/incidents.yaml", incident_yaml({.id = "INC-1", .detected = "2026-01-10"}) +
                                                  // On the review day itself: the review saw it.
                                                  incident_yaml({.id = "INC-2", .detected = "2026-01-15"}));
    EXPECT_TRUE(triggers_of(content).empty());
}

TEST(Triggers, EventsAfterTheAsOfDateAreIgnored) {
    const TestContent content = TestContent()
                                    .file("registers/ai-systems.yaml", reviewed_system())
                                    .file("registers/incidents.yaml",
                                          incident_yaml({.id = "INC-1", .detected = "2026-07-05"}));
    EXPECT_TRUE(triggers_of(content).empty());
    // The same incident seen from a later date does trigger.
    EXPECT_EQ(triggers_of(content, day(2026, 7, 5)).size(), 1U);
}

TEST(Triggers, WithoutAReviewTheIntroductionDateCounts) {
    const TestContent content =
        TestContent()
            .file("registers/ai-systems.yaml", system_yaml({.id = "AIS-001", .introduced = "2026-01-01"}))
            .file("registers/incidents.yaml",
                  incident_yaml({.id = "INC-1", .detected = "2026-02-01", .severity = "low"}));
    const Triggers expected = {
        {"system", "AIS-001", "incident", "INC-1", day(2026, 2, 1), day(2026, 1, 1),
         "AI system AIS-001 last reviewed 2026-01-01: incident INC-1 (low) on 2026-02-01"},
    };
    EXPECT_EQ(triggers_of(content), expected);
}

TEST(Triggers, TheFirstMonitoringBreachAfterTheReview) {
    const TestContent content =
        TestContent()
            .file("registers/ai-systems.yaml", reviewed_system())
            .file("registers/measurements.yaml",
                  "- id: MS-1\n  system: AIS-001\n  metric: accuracy\n  direction: higher-is-better\n"
                  "  threshold: {min: 0.8}\n  points:\n"
                  "    - {date: 2025-12-01, value: 0.5}\n"   // before the review
                  "    - {date: 2026-01-20, value: 0.9}\n"
                  "    - {date: 2026-02-01, value: 0.7}\n"
                  "    - {date: 2026-03-01, value: 0.6}\n");
    const Triggers expected = {
        {"system", "AIS-001", "monitoring-breach", "MS-1", day(2026, 2, 1), day(2026, 1, 15),
         "AI system AIS-001 last reviewed 2026-01-15: accuracy 0.7 outside its threshold on 2026-02-01 (MS-1)"},
    };
    EXPECT_EQ(triggers_of(content), expected);
}

TEST(Triggers, ALifecycleStageChangeInHistory) {
    const TestContent content = TestContent().file(
        "registers/ai-systems.yaml",
        reviewed_system("  history:\n"
                        "    - {date: 2025-01-01, lifecycle_stage: development}\n"
                        "    - {date: 2026-03-01, lifecycle_stage: operation}\n"
                        "    - {date: 2026-04-01, note: Checked}\n"));
    const Triggers expected = {
        {"system", "AIS-001", "lifecycle-change", "AIS-001", day(2026, 3, 1), day(2026, 1, 15),
         "AI system AIS-001 last reviewed 2026-01-15: lifecycle stage changed to operation on 2026-03-01"},
    };
    EXPECT_EQ(triggers_of(content), expected);
}

std::string supplier_with(std::string_view id, std::string_view assessments, std::string_view extra = "") {
    return "- id: " + std::string(id) + "\n  name: Supplier\n  owner: alice\n  criticality: high\n  status: active\n"
           "  assessments:\n" + std::string(assessments) + std::string(extra);
}

TEST(Triggers, ASupplierReassessedWorse) {
    // The system builder writes source: internal; this system has a supplier.
    const std::string system =
        "- id: AIS-001\n  name: S\n  purpose: P\n  owner: alice\n  lifecycle_stage: operation\n  ai_role: deployer\n"
        "  source: third-party\n  supplier: SUP-1\n  eu_ai_act_tier: minimal\n  autonomy: human-in-the-loop\n"
        "  in_scope: true\n  introduced: 2025-01-01\n  last_review: 2026-01-15\n  next_review: 2027-01-15\n";
    const TestContent with_suppliers =
        TestContent()
            .file("registers/ai-systems.yaml", system)
            .file("registers/suppliers.yaml",
                  supplier_with("SUP-1", "    - {date: 2025-06-01, assessor: alice, rating: low}\n"
                                         "    - {date: 2026-02-10, assessor: alice, rating: high}\n") +
                      // Linked through its own systems list, and assessed better: no trigger.
                      supplier_with("SUP-2",
                                    "    - {date: 2025-06-01, assessor: alice, rating: high}\n"
                                    "    - {date: 2026-03-10, assessor: alice, rating: medium}\n",
                                    "  systems: [AIS-001]\n"));
    const Triggers expected = {
        {"system", "AIS-001", "supplier-rating", "SUP-1", day(2026, 2, 10), day(2026, 1, 15),
         "AI system AIS-001 last reviewed 2026-01-15: supplier SUP-1 assessed high (was low) on 2026-02-10"},
    };
    EXPECT_EQ(triggers_of(with_suppliers), expected);
}

TEST(Triggers, RetiredAndOutOfScopeSystemsAreNotTriggered) {
    const TestContent content =
        TestContent()
            .file("registers/ai-systems.yaml",
                  system_yaml({.id = "AIS-001", .stage = "retired"}) +
                      system_yaml({.id = "AIS-002", .in_scope = "false"}))
            .file("registers/incidents.yaml",
                  incident_yaml({.id = "INC-1", .detected = "2026-04-10", .systems = "AIS-001, AIS-002"}));
    EXPECT_TRUE(triggers_of(content).empty());
}

TEST(Triggers, SortedBySubjectKindSubjectAndDate) {
    const TestContent content =
        TestContent()
            .file("registers/ai-systems.yaml", reviewed_system() + system_yaml({.id = "AIS-000"}))
            .file("registers/risks.yaml",
                  risk_yaml({.id = "RSK-1", .systems = "AIS-001"}) + risk_yaml({.id = "RSK-0", .systems = "AIS-000"}))
            .file("registers/incidents.yaml",
                  incident_yaml({.id = "INC-2", .detected = "2026-05-01", .systems = "AIS-001"}) +
                      incident_yaml({.id = "INC-1", .detected = "2026-04-01", .systems = "AIS-001, AIS-000"}));
    std::vector<std::string> order;
    for (const ReassessmentTrigger& trigger : triggers_of(content)) {
        order.push_back(trigger.subject_kind + " " + trigger.subject + " " + trigger.event_record);
    }
    EXPECT_EQ(order, (std::vector<std::string>{"risk RSK-0 INC-1", "risk RSK-1 INC-1", "risk RSK-1 INC-2",
                                               "system AIS-000 INC-1", "system AIS-001 INC-1",
                                               "system AIS-001 INC-2"}));
}

TEST(Triggers, ARiskOfTwoSystemsIsTriggeredOncePerEvent) {
    // INC-1 concerns both systems of RSK-1: one trigger for the risk, not one per system.
    const TestContent content =
        TestContent()
            .file("registers/ai-systems.yaml", reviewed_system() + system_yaml({.id = "AIS-000"}))
            .file("registers/risks.yaml", risk_yaml({.id = "RSK-1", .systems = "AIS-000, AIS-001"}))
            .file("registers/incidents.yaml",
                  incident_yaml({.id = "INC-1", .detected = "2026-04-01", .systems = "AIS-000, AIS-001"}));
    std::vector<std::string> order;
    for (const ReassessmentTrigger& trigger : triggers_of(content)) {
        order.push_back(trigger.subject_kind + " " + trigger.subject + " " + trigger.event_record);
    }
    EXPECT_EQ(order, (std::vector<std::string>{"risk RSK-1 INC-1", "system AIS-000 INC-1", "system AIS-001 INC-1"}));
}

TEST(Triggers, AClosedRiskIsNotTriggeredWhateverItsHistorySays) {
    // RSK-3 was closed on 2026-03-01, before the incident; its history's last
    // status entry is older than the closing.
    const TestContent content =
        TestContent()
            .file("registers/ai-systems.yaml", reviewed_system())
            .file("registers/risks.yaml",
                  risk_yaml({.id = "RSK-3",
                             .status = "closed",
                             .next_review = "",
                             .extra = "  closed: 2026-03-01\n  history:\n    - {date: 2025-06-01, status: treating}\n"}))
            .file("registers/incidents.yaml", incident_yaml({.id = "INC-1", .detected = "2026-04-10"}));
    const Triggers triggers = triggers_of(content);
    ASSERT_EQ(triggers.size(), 1U) << ::testing::PrintToString(triggers);
    EXPECT_EQ(triggers[0].subject, "AIS-001");
}

/// A trigger for the lookups below; only subject and record matter to them.
ReassessmentTrigger trigger(std::string kind, std::string subject, std::string record, std::string reason) {
    return {std::move(kind), std::move(subject), "incident", std::move(record), Date::from_ymd(2026, 4, 1), Date::from_ymd(2026, 1, 1),
            std::move(reason)};
}

TEST(Triggers, FoundBySubjectKindAndSubject) {
    // In find_triggers' order: by subject kind, then subject.
    const Triggers sorted = {trigger("risk", "AIS-002", "INC-1", "a"), trigger("risk", "RSK-1", "INC-1", "b"),
                             trigger("risk", "RSK-1", "INC-2", "c"), trigger("risk", "RSK-2", "INC-2", "d"),
                             trigger("system", "AIS-001", "INC-1", "e"), trigger("system", "AIS-002", "INC-2", "f")};
    std::vector<std::string> reasons;
    for (const ReassessmentTrigger& t : aimsgen::triggers_of(sorted, "risk", "RSK-1")) {
        reasons.push_back(t.reason);
    }
    EXPECT_EQ(reasons, (std::vector<std::string>{"b", "c"}));
    const auto system = aimsgen::triggers_of(sorted, "system", "AIS-002");
    ASSERT_EQ(system.size(), 1U);
    EXPECT_EQ(system[0].reason, "f");  // not the risk that happens to share the id
    EXPECT_TRUE(aimsgen::triggers_of(sorted, "system", "AIS-003").empty());
    EXPECT_TRUE(aimsgen::triggers_of(sorted, "risk", "RSK-0").empty());
    EXPECT_TRUE(aimsgen::triggers_of(Triggers{}, "risk", "RSK-1").empty());
}

TEST(Triggers, IndexedByTheRecordThatSetThemOffInOrder) {
    const Triggers sorted = {trigger("risk", "RSK-1", "INC-1", "a"), trigger("risk", "RSK-2", "SER-1", "b"),
                             trigger("risk", "RSK-3", "INC-1", "c"), trigger("system", "AIS-001", "INC-1", "d")};
    const TriggersByRecord index = index_triggers_by_record(sorted);
    ASSERT_EQ(index.size(), 2U);
    std::vector<std::string> reasons;
    for (const ReassessmentTrigger* t : index.at("INC-1")) {
        reasons.push_back(t->reason);
    }
    EXPECT_EQ(reasons, (std::vector<std::string>{"a", "c", "d"}));
    ASSERT_EQ(index.at("SER-1").size(), 1U);
    EXPECT_EQ(index.at("SER-1")[0], &sorted[1]);
    EXPECT_FALSE(index.contains(std::string("INC-2")));
}

}  // namespace
}  // namespace testing
}  // namespace aimsgen
