#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>

#include "tests/unit/validate/validate_test_support.hpp"

namespace aimsgen::testing {
namespace {

std::size_t count_lines(std::string_view text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

// ---- date order: one row per pair the rules table holds ----

struct DateOrderCase {
    const char* name;
    const char* register_name;
    const char* base;  ///< a record lacking both dates; the two dates are appended
    const char* earlier;
    const char* later;
    const char* label;  ///< how the message names the record
};

void PrintTo(const DateOrderCase& c, std::ostream* out) { *out << c.name; }

constexpr const char* k_system_without_introduced =
    "- id: AIS-001\n  name: CV screener\n  purpose: P\n  owner: alice\n  lifecycle_stage: operation\n"
    "  ai_role: deployer\n  source: internal\n  eu_ai_act_tier: high\n  autonomy: autonomous\n  in_scope: true\n";
constexpr const char* k_risk_without_identified =
    "- id: RSK-001\n  title: T\n  category: bias\n  systems: [AIS-001]\n  owner: alice\n  likelihood: 3\n"
    "  impact: 4\n  treatment: mitigate\n  residual_likelihood: 2\n  residual_impact: 3\n  status: treating\n"
    "  next_review: 2026-12-31\n";
constexpr const char* k_risk_without_reviews =
    "- id: RSK-001\n  title: T\n  category: bias\n  systems: [AIS-001]\n  owner: alice\n  identified: 2025-01-01\n"
    "  likelihood: 3\n  impact: 4\n  treatment: mitigate\n  residual_likelihood: 2\n  residual_impact: 3\n"
    "  status: treating\n";
constexpr const char* k_assessment_without_dates =
    "- id: IA-001\n  system: AIS-001\n  assessor: alice\n  status: draft\n  dimensions:\n    fairness: {rating: low}\n";
constexpr const char* k_incident_without_dates =
    "- id: INC-001\n  title: T\n  systems: [AIS-001]\n  severity: low\n  category: bias\n  status: open\n";
constexpr const char* k_nonconformity_without_dates =
    "- id: NC-001\n  title: T\n  source: monitoring\n  owner: alice\n  status: open\n";

const DateOrderCase k_date_orders[] = {
    {"SystemIntroducedLastReview", "ai-systems", k_system_without_introduced, "introduced", "last_review",
     "AI system AIS-001"},
    {"SystemLastReviewNextReview", "ai-systems",
     "- id: AIS-001\n  name: CV screener\n  purpose: P\n  owner: alice\n  lifecycle_stage: operation\n"
     "  ai_role: deployer\n  source: internal\n  eu_ai_act_tier: high\n  autonomy: autonomous\n  in_scope: true\n"
     "  introduced: 2025-01-01\n",
     "last_review", "next_review", "AI system AIS-001"},
    {"RiskIdentifiedAccepted", "risks", k_risk_without_identified, "identified", "accepted", "risk RSK-001"},
    {"RiskIdentifiedClosed", "risks", k_risk_without_identified, "identified", "closed", "risk RSK-001"},
    {"RiskIdentifiedLastReview", "risks", k_risk_without_identified, "identified", "last_review", "risk RSK-001"},
    {"RiskLastReviewNextReview", "risks", k_risk_without_reviews, "last_review", "next_review", "risk RSK-001"},
    // An SoA entry is named by its control, as everywhere else.
    {"SoaLastReviewNextReview", "soa", "- control: A.2.2\n  applicable: true\n  justification: J\n", "last_review",
     "next_review", "SoA entry A.2.2"},
    {"AssessmentDateApproved", "impact-assessments", k_assessment_without_dates, "date", "approved",
     "impact assessment IA-001"},
    {"AssessmentDateNextReview", "impact-assessments", k_assessment_without_dates, "date", "next_review",
     "impact assessment IA-001"},
    {"IncidentDetectedResolved", "incidents", k_incident_without_dates, "detected", "resolved", "incident INC-001"},
    {"IncidentDetectedReported", "incidents", k_incident_without_dates, "detected", "reported", "incident INC-001"},
    {"IncidentDetectedClosed", "incidents", k_incident_without_dates, "detected", "closed", "incident INC-001"},
    {"IncidentResolvedClosed", "incidents",
     "- id: INC-001\n  title: T\n  systems: [AIS-001]\n  severity: low\n  category: bias\n  status: open\n"
     "  detected: 2026-01-01\n",
     "resolved", "closed", "incident INC-001"},
    {"NonconformityRaisedDue", "nonconformities", k_nonconformity_without_dates, "raised", "due",
     "nonconformity NC-001"},
    {"NonconformityRaisedClosed", "nonconformities", k_nonconformity_without_dates, "raised", "closed",
     "nonconformity NC-001"},
    {"NonconformityRaisedVerified", "nonconformities", k_nonconformity_without_dates, "raised", "verified",
     "nonconformity NC-001"},
    {"NonconformityClosedVerified", "nonconformities",
     "- id: NC-001\n  title: T\n  source: monitoring\n  owner: alice\n  status: open\n  raised: 2026-01-01\n",
     "closed", "verified", "nonconformity NC-001"},
    {"DecisionRequestedDecided", "decisions",
     "- id: DEC-001\n  title: T\n  gate: exception\n  requested_by: alice\n  reviewer: bob\n  outcome: pending\n",
     "requested", "decided", "decision DEC-001"},
    {"ObjectiveSetDue", "objectives",
     "- id: OBJ-001\n  title: T\n  measure: M\n  target: 1\n  owner: alice\n  status: on-track\n", "set", "due",
     "objective OBJ-001"},
};

class DateOrder : public ::testing::TestWithParam<DateOrderCase> {
protected:
    Diagnostics check(std::string_view earlier_date, std::string_view later_date) const {
        const DateOrderCase& c = GetParam();
        const std::string record = std::string(c.base) + "  " + c.earlier + ": " + std::string(earlier_date) +
                                   "\n  " + c.later + ": " + std::string(later_date) + "\n";
        return content_with_system().file("registers/" + std::string(c.register_name) + ".yaml", record).check();
    }
};

TEST_P(DateOrder, LaterBeforeEarlierIsAnErrorAtTheLaterDate) {
    const DateOrderCase& c = GetParam();
    const std::size_t later_line = count_lines(c.base) + 2;
    const std::size_t later_column = std::string_view(c.later).size() + 5;
    EXPECT_EQ(error_lines(check("2026-03-02", "2026-03-01")),
              "registers/" + std::string(c.register_name) + ".yaml:" + std::to_string(later_line) + ":" +
                  std::to_string(later_column) + ": error: '" + c.later + "' (2026-03-01) is before '" + c.earlier +
                  "' (2026-03-02) in " + c.label + "\n");
}

TEST_P(DateOrder, TheSameDayIsInOrder) { EXPECT_EQ(error_lines(check("2026-03-02", "2026-03-02")), ""); }

INSTANTIATE_TEST_SUITE_P(Rules, DateOrder, ::testing::ValuesIn(k_date_orders),
                         [](const ::testing::TestParamInfo<DateOrderCase>& info) { return info.param.name; });

TEST(RecordRules, DocumentNextReviewBeforeApproved) {
    const Diagnostics diagnostics =
        TestContent()
            .file("documents/POL-001.md",
                  "---\nid: POL-001\ntitle: T\ntype: policy\nowner: alice\nversion: \"1\"\nstatus: approved\n"
                  "approved_by: bob\napproved: 2026-03-02\nnext_review: 2026-03-01\n---\n")
            .check();
    EXPECT_EQ(error_lines(diagnostics),
              "documents/POL-001.md:10:14: error: 'next_review' (2026-03-01) is before 'approved' (2026-03-02) in "
              "document POL-001\n");
}

TEST(RecordRules, TrainingCompletionValidUntilBeforeCompleted) {
    const Diagnostics diagnostics =
        TestContent()
            .file("registers/training.yaml",
                  "- id: TRN-001\n  title: T\n  required_for: [ai-lead]\n  completions:\n"
                  "    - {person: alice, completed: 2026-03-02, valid_until: 2026-03-01}\n"
                  "    - {person: bob, completed: 2026-03-02, valid_until: 2026-03-02}\n")
            .check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/training.yaml:5:59: error: 'valid_until' (2026-03-01) is before 'completed' (2026-03-02) in "
              "completion of training course TRN-001\n");
}

// ---- fields a record needs in a given state ----

struct StateCase {
    const char* name;
    const char* register_name;
    const char* record;    ///< starts on line 1, column 3 is its first field
    const char* expected;  ///< messages, each prefixed with the record's position
};

void PrintTo(const StateCase& c, std::ostream* out) { *out << c.name; }

const StateCase k_states[] = {
    {"ThirdPartySystemNeedsSupplier", "ai-systems",
     "- id: AIS-002\n  name: Chatbot\n  purpose: P\n  owner: alice\n  lifecycle_stage: design\n  ai_role: deployer\n"
     "  source: third-party\n  eu_ai_act_tier: minimal\n  autonomy: autonomous\n  in_scope: true\n"
     "  introduced: 2026-01-01\n",
     "AI system AIS-002 has source 'third-party' but no 'supplier'"},
    {"EmbeddedSystemNeedsSupplier", "ai-systems",
     "- id: AIS-002\n  name: Chatbot\n  purpose: P\n  owner: alice\n  lifecycle_stage: design\n  ai_role: deployer\n"
     "  source: embedded\n  eu_ai_act_tier: minimal\n  autonomy: autonomous\n  in_scope: true\n"
     "  introduced: 2026-01-01\n",
     "AI system AIS-002 has source 'embedded' but no 'supplier'"},
    {"AcceptedRiskNeedsAcceptedBy", "risks",
     "- id: RSK-002\n  title: T\n  category: bias\n  systems: [AIS-001]\n  owner: alice\n  identified: 2026-01-01\n"
     "  likelihood: 1\n  impact: 1\n  treatment: accept\n  residual_likelihood: 1\n  residual_impact: 1\n"
     "  status: accepted\n  accepted: 2026-02-01\n  next_review: 2026-12-31\n",
     "risk RSK-002 has status 'accepted' but no 'accepted_by'"},
    {"AcceptedRiskNeedsAcceptedDate", "risks",
     "- id: RSK-002\n  title: T\n  category: bias\n  systems: [AIS-001]\n  owner: alice\n  identified: 2026-01-01\n"
     "  likelihood: 1\n  impact: 1\n  treatment: accept\n  residual_likelihood: 1\n  residual_impact: 1\n"
     "  status: accepted\n  accepted_by: bob\n  next_review: 2026-12-31\n",
     "risk RSK-002 has status 'accepted' but no 'accepted'"},
    {"ClosedRiskNeedsClosedDate", "risks",
     "- id: RSK-002\n  title: T\n  category: bias\n  systems: [AIS-001]\n  owner: alice\n  identified: 2026-01-01\n"
     "  likelihood: 1\n  impact: 1\n  treatment: avoid\n  residual_likelihood: 1\n  residual_impact: 1\n"
     "  status: closed\n  next_review: 2026-12-31\n",
     "risk RSK-002 has status 'closed' but no 'closed'"},
    {"ResolvedIncidentNeedsResolvedDate", "incidents",
     "- id: INC-001\n  title: T\n  systems: [AIS-001]\n  detected: 2026-01-01\n  severity: low\n  category: bias\n"
     "  status: resolved\n",
     "incident INC-001 has status 'resolved' but no 'resolved'"},
    {"ClosedIncidentNeedsClosedDate", "incidents",
     "- id: INC-001\n  title: T\n  systems: [AIS-001]\n  detected: 2026-01-01\n  severity: low\n  category: bias\n"
     "  status: closed\n  resolved: 2026-01-02\n",
     "incident INC-001 has status 'closed' but no 'closed'"},
    {"ExternallyReportedIncidentNeedsReportedTo", "incidents",
     "- id: INC-001\n  title: T\n  systems: [AIS-001]\n  detected: 2026-01-01\n  severity: low\n  category: bias\n"
     "  status: open\n  reported_externally: true\n",
     "incident INC-001 has reported_externally 'true' but no 'reported_to'"},
    {"ClosedNonconformityNeedsClosedDate", "nonconformities",
     "- id: NC-001\n  title: T\n  source: monitoring\n  raised: 2026-01-01\n  owner: alice\n  status: closed\n",
     "nonconformity NC-001 has status 'closed' but no 'closed'"},
    {"VerifiedNonconformityNeedsVerifiedDate", "nonconformities",
     "- id: NC-001\n  title: T\n  source: monitoring\n  raised: 2026-01-01\n  owner: alice\n  status: open\n"
     "  effectiveness_verified: true\n",
     "nonconformity NC-001 has effectiveness_verified 'true' but no 'verified'"},
    {"ApprovedDecisionNeedsDecidedDate", "decisions",
     "- id: DEC-001\n  title: T\n  gate: exception\n  requested: 2026-01-01\n  requested_by: alice\n  reviewer: bob\n"
     "  outcome: approved\n",
     "decision DEC-001 has outcome 'approved' but no 'decided'"},
    {"ConditionallyApprovedDecisionNeedsDecidedDate", "decisions",
     "- id: DEC-001\n  title: T\n  gate: exception\n  requested: 2026-01-01\n  requested_by: alice\n  reviewer: bob\n"
     "  outcome: approved-with-conditions\n",
     "decision DEC-001 has outcome 'approved-with-conditions' but no 'decided'"},
    {"ReturnedDecisionNeedsDecidedDate", "decisions",
     "- id: DEC-001\n  title: T\n  gate: exception\n  requested: 2026-01-01\n  requested_by: alice\n  reviewer: bob\n"
     "  outcome: returned\n",
     "decision DEC-001 has outcome 'returned' but no 'decided'"},
    {"RejectedDecisionNeedsDecidedDate", "decisions",
     "- id: DEC-001\n  title: T\n  gate: exception\n  requested: 2026-01-01\n  requested_by: alice\n  reviewer: bob\n"
     "  outcome: rejected\n",
     "decision DEC-001 has outcome 'rejected' but no 'decided'"},
    {"CompletedAuditNeedsPerformedDate", "audits",
     "- id: AUD-001\n  title: T\n  type: internal\n  cycle: 2026\n  planned: 2026-02-01\n  status: completed\n",
     "audit AUD-001 has status 'completed' but no 'performed'"},
    {"ApprovedAssessmentNeedsApprovedBy", "impact-assessments",
     "- id: IA-001\n  system: AIS-001\n  date: 2026-01-10\n  assessor: alice\n  status: approved\n"
     "  approved: 2026-01-20\n  next_review: 2027-01-20\n  dimensions:\n    fairness: {rating: low}\n",
     "impact assessment IA-001 has status 'approved' but no 'approved_by'"},
    {"ApprovedAssessmentNeedsApprovedDate", "impact-assessments",
     "- id: IA-001\n  system: AIS-001\n  date: 2026-01-10\n  assessor: alice\n  status: approved\n"
     "  approved_by: bob\n  next_review: 2027-01-20\n  dimensions:\n    fairness: {rating: low}\n",
     "impact assessment IA-001 has status 'approved' but no 'approved'"},
};

class StateRequirement : public ::testing::TestWithParam<StateCase> {};

TEST_P(StateRequirement, IsAnErrorAtTheRecord) {
    const StateCase& c = GetParam();
    const Diagnostics diagnostics =
        content_with_system().file("registers/" + std::string(c.register_name) + ".yaml", c.record).check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/" + std::string(c.register_name) + ".yaml:1:3: error: " + c.expected + "\n");
}

INSTANTIATE_TEST_SUITE_P(Rules, StateRequirement, ::testing::ValuesIn(k_states),
                         [](const ::testing::TestParamInfo<StateCase>& info) { return info.param.name; });

TEST(RecordRules, ARiskThatIsNotClosedNeedsANextReview) {
    const Diagnostics diagnostics =
        content_with_system().file("registers/risks.yaml", risk_yaml("RSK-001", "  status: treating\n")).check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/risks.yaml:1:3: error: risk RSK-001 has status 'treating' but no 'next_review'; every risk "
              "that is not closed has a review date\n");
    const Diagnostics closed =
        content_with_system()
            .file("registers/risks.yaml", risk_yaml("RSK-001", "  status: closed\n  closed: 2026-01-01\n"))
            .check();
    EXPECT_EQ(error_lines(closed), "");
}

TEST(RecordRules, StatesWithoutRequirementsNeedNothing) {
    const Diagnostics diagnostics =
        content_with_system()
            .file("registers/decisions.yaml",
                  "- id: DEC-001\n  title: T\n  gate: exception\n  requested: 2026-01-01\n  requested_by: alice\n"
                  "  reviewer: bob\n  outcome: pending\n")
            .file("registers/incidents.yaml",
                  "- id: INC-001\n  title: T\n  systems: [AIS-001]\n  detected: 2026-01-01\n  severity: low\n"
                  "  category: bias\n  status: investigating\n  reported_externally: false\n")
            .check();
    EXPECT_EQ(error_lines(diagnostics), "");
}

TEST(RecordRules, AClosedIncidentWithoutEitherDateNamesBoth) {
    const Diagnostics diagnostics =
        content_with_system()
            .file("registers/incidents.yaml",
                  "- id: INC-001\n  title: T\n  systems: [AIS-001]\n  detected: 2026-01-01\n  severity: low\n"
                  "  category: bias\n  status: closed\n")
            .check();
    // Both at the record, in the order the rule checks them: resolved, then closed.
    EXPECT_EQ(error_lines(diagnostics),
              "registers/incidents.yaml:1:3: error: incident INC-001 has status 'closed' but no 'resolved'\n"
              "registers/incidents.yaml:1:3: error: incident INC-001 has status 'closed' but no 'closed'\n");
}

// ---- risk scores and the scales of aims.yaml ----

TEST(RecordRules, RiskScoresOutsideTheScale) {
    const std::string risk = replaced(replaced(risk_yaml("RSK-001", k_open_risk_tail), "likelihood: 3", "likelihood: 6"),
                                      "residual_impact: 3", "residual_impact: 7");
    const Diagnostics diagnostics = content_with_system().file("registers/risks.yaml", risk).check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/risks.yaml:7:15: error: 'likelihood' is 6, outside the likelihood scale of aims.yaml (1 to "
              "5)\n"
              "registers/risks.yaml:11:20: error: 'residual_impact' is 7, outside the impact scale of aims.yaml (1 to "
              "5)\n");
}

TEST(RecordRules, HistoryScoresOutsideTheScale) {
    const Diagnostics diagnostics =
        content_with_system()
            .file("registers/risks.yaml",
                  risk_yaml("RSK-001", std::string(k_open_risk_tail) +
                                           "  history:\n    - {date: 2025-03-01, likelihood: 5, impact: 9}\n"
                                           "    - {date: 2025-04-01, residual_likelihood: 0}\n"))
            .check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/risks.yaml:15:49: error: 'impact' is 9, outside the impact scale of aims.yaml (1 to 5)\n"
              "registers/risks.yaml:16:47: error: 'residual_likelihood' is 0, below the minimum of 1\n"
              "registers/risks.yaml:16:47: error: 'residual_likelihood' is 0, outside the likelihood scale of "
              "aims.yaml (1 to 5)\n");
}

TEST(RecordRules, RiskScoresFollowTheScaleOfAimsYaml) {
    const std::string three_levels = replaced(minimal_aims_yaml(),
                                              "    - {value: 4, label: Likely}\n    - {value: 5, label: Almost certain}\n",
                                              "");
    const std::string risk = replaced(risk_yaml("RSK-001", k_open_risk_tail), "likelihood: 3", "likelihood: 4");
    const Diagnostics diagnostics =
        content_with_system().file("aims.yaml", three_levels).file("registers/risks.yaml", risk).check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/risks.yaml:7:15: error: 'likelihood' is 4, outside the likelihood scale of aims.yaml (1 to "
              "3)\n");
}

// ---- measurements, documents ----

TEST(RecordRules, AMeasurementThresholdNeedsMinOrMax) {
    const std::string series =
        "- id: MET-001\n  system: AIS-001\n  metric: m\n  direction: higher-is-better\n  threshold: {warning_min: 0.9}\n"
        "  points: []\n";
    EXPECT_EQ(error_lines(content_with_system().file("registers/measurements.yaml", series).check()),
              "registers/measurements.yaml:5:14: error: the threshold of measurement series MET-001 needs a 'min', a "
              "'max' or both\n");
    EXPECT_EQ(error_lines(content_with_system()
                              .file("registers/measurements.yaml", replaced(series, "{warning_min: 0.9}", "{}"))
                              .check()),
              "registers/measurements.yaml:5:14: error: the threshold of measurement series MET-001 needs a 'min', a "
              "'max' or both\n");
    EXPECT_EQ(error_lines(content_with_system()
                              .file("registers/measurements.yaml", replaced(series, "{warning_min: 0.9}", "{max: 2}"))
                              .check()),
              "");
}

TEST(RecordRules, AnApprovedDocumentNeedsApprover) {
    const Diagnostics diagnostics =
        TestContent()
            .file("documents/POL-001.md", "---\nid: POL-001\ntitle: T\ntype: policy\nowner: alice\nversion: \"1\"\n"
                                          "status: approved\napproved: 2026-01-15\n---\n")
            .check();
    EXPECT_EQ(error_lines(diagnostics),
              "documents/POL-001.md:2:1: error: document POL-001 has status 'approved' but no 'approved_by'\n");
}

TEST(RecordRules, ARetiredDocumentNeedsItsApproval) {
    const Diagnostics diagnostics =
        TestContent()
            .file("documents/POL-001.md",
                  "---\nid: POL-001\ntitle: T\ntype: policy\nowner: alice\nversion: \"1\"\nstatus: retired\n---\n")
            .check();
    // Both at the front matter, in the order the rule checks them: approved_by, then approved.
    EXPECT_EQ(error_lines(diagnostics),
              "documents/POL-001.md:2:1: error: document POL-001 has status 'retired' but no 'approved_by'\n"
              "documents/POL-001.md:2:1: error: document POL-001 has status 'retired' but no 'approved'\n");
}

TEST(RecordRules, ADraftDocumentNeedsNoApproval) {
    const Diagnostics diagnostics =
        TestContent()
            .file("documents/POL-001.md",
                  "---\nid: POL-001\ntitle: T\ntype: policy\nowner: alice\nversion: \"1\"\nstatus: draft\n---\n")
            .check();
    EXPECT_EQ(error_lines(diagnostics), "");
}

}  // namespace
}  // namespace aimsgen::testing
