#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>
#include <vector>

#include "tests/unit/validate/validate_test_support.hpp"

namespace aimsgen::testing {
namespace {

// ---- every due rule, at the default as-of date 2026-06-30 ----

struct DueCase {
    const char* name;
    const char* register_name;
    /// The record, with {DUE}, {STATE} and {DONE} to fill in.
    const char* record;
    const char* open_state;      ///< {STATE} while the obligation runs
    const char* finished_state;  ///< {STATE} that ends it, or nullptr
    const char* done;            ///< what {DONE} becomes when done, with {DATE}; nullptr when no date marks it done
    const char* done_field;
    const char* message;       ///< the overdue warning up to the due date
    const char* future_label;  ///< how the future-dated warning names the item that holds done_field
};

void PrintTo(const DueCase& c, std::ostream* out) { *out << c.name; }

const DueCase k_due_cases[] = {
    {"AiSystemReview", "ai-systems",
     "- id: AIS-001\n  name: Screener\n  purpose: Shortlisting\n  owner: alice\n  lifecycle_stage: {STATE}\n  ai_role: deployer\n"
     "  source: internal\n  eu_ai_act_tier: high\n  autonomy: autonomous\n  in_scope: true\n"
     "  introduced: 2025-01-15\n  next_review: {DUE}\n{DONE}",
     "operation", "retired", nullptr, nullptr, "AI system AIS-001 is overdue for review (next_review ", nullptr},
    {"RiskReview", "risks",
     "- id: RSK-001\n  title: T\n  category: bias\n  systems: [AIS-001]\n  owner: alice\n  identified: 2025-01-01\n"
     "  likelihood: 3\n  impact: 4\n  treatment: avoid\n  residual_likelihood: 2\n  residual_impact: 3\n"
     "  status: {STATE}\n  closed: 2026-06-01\n  next_review: {DUE}\n{DONE}",
     "treating", "closed", nullptr, nullptr, "risk RSK-001 is overdue for review (next_review ", nullptr},
    {"SoaEntryReview", "soa",
     "- control: A.2.2\n  applicable: {STATE}\n  justification: J\n  next_review: {DUE}\n{DONE}", "true", "false",
     nullptr, nullptr, "SoA entry A.2.2 is overdue for review (next_review ", nullptr},
    {"ImpactAssessmentReview", "impact-assessments",
     "- id: IA-001\n  system: AIS-001\n  date: 2026-01-10\n  assessor: alice\n  status: {STATE}\n  approved_by: bob\n"
     "  approved: 2026-01-20\n  next_review: {DUE}\n  dimensions:\n    fairness: {rating: low}\n{DONE}",
     "approved", "superseded", nullptr, nullptr, "impact assessment IA-001 is overdue for review (next_review ",
     nullptr},
    {"SupplierReassessment", "suppliers",
     "- id: SUP-001\n  name: Vendor\n  owner: alice\n  criticality: low\n  status: {STATE}\n"
     "  next_assessment: {DUE}\n{DONE}",
     "active", "offboarded", nullptr, nullptr, "supplier SUP-001 is overdue for reassessment (next_assessment ",
     nullptr},
    {"NonconformityDue", "nonconformities",
     "- id: NC-001\n  title: T\n  source: monitoring\n  raised: 2026-01-01\n  owner: alice\n  status: {STATE}\n"
     "  due: {DUE}\n{DONE}",
     "in-progress", nullptr, "  closed: {DATE}\n", "closed",
     "nonconformity NC-001 is past its due date and not closed (due ", "nonconformity NC-001"},
    {"ObjectiveDue", "objectives",
     "- id: OBJ-001\n  title: T\n  measure: M\n  target: 1\n  owner: alice\n  set: 2026-01-01\n  due: {DUE}\n"
     "  status: {STATE}\n{DONE}",
     "at-risk", "achieved", nullptr, nullptr, "objective OBJ-001 is past its due date and not achieved (due ",
     nullptr},
    {"AuditPlanned", "audits",
     "- id: AUD-001\n  title: T\n  type: internal\n  cycle: 2026\n  planned: {DUE}\n  status: {STATE}\n{DONE}",
     "planned", "cancelled", "  performed: {DATE}\n", "performed",
     "audit AUD-001 was planned and has not been performed (planned ", "audit AUD-001"},
    {"RiskTreatmentActionDue", "risks",
     "- id: RSK-001\n  title: T\n  category: bias\n  systems: [AIS-001]\n  owner: alice\n  identified: 2025-01-01\n"
     "  likelihood: 3\n  impact: 4\n  treatment: mitigate\n  residual_likelihood: 2\n  residual_impact: 3\n"
     "  status: {STATE}\n  next_review: 2026-12-31\n  actions:\n"
     "    - {id: ACT-001, description: D, owner: alice, due: {DUE}{DONE}}\n",
     "treating", nullptr, ", completed: {DATE}", "completed",
     "treatment action ACT-001 of risk RSK-001 is past its due date and not completed (due ",
     "risk RSK-001 actions entry"},
    {"ManagementReviewDecisionDue", "management-reviews",
     "- id: MR-001\n  date: 2026-03-15\n  status: held\n  chair: alice\n  decisions:\n"
     "    - {id: MRD-001, description: D, owner: alice, status: {STATE}, due: {DUE}{DONE}}\n",
     "in-progress", "done", ", completed: {DATE}", "completed",
     "decision MRD-001 of management review MR-001 is past its due date and not completed (due ",
     "management review MR-001 decisions entry"},
};

std::string filled(std::string text, std::string_view placeholder, std::string_view value) {
    for (std::size_t at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at)) {
        text.replace(at, placeholder.size(), value);
        at += value.size();
    }
    return text;
}

/// "line:column" of the first `needle` in `text`, as an editor shows it.
std::string position_in(const std::string& text, std::string_view needle) {
    const std::size_t at = text.find(needle);
    EXPECT_NE(at, std::string::npos) << needle;
    const std::size_t line_start = text.rfind('\n', at) == std::string::npos ? 0 : text.rfind('\n', at) + 1;
    const auto line = std::count(text.begin(), text.begin() + static_cast<long>(at), '\n') + 1;
    return std::to_string(line) + ":" + std::to_string(at - line_start + 1);
}

class DueRule : public ::testing::TestWithParam<DueCase> {
protected:
    std::string record(std::string_view due, const char* state, std::string_view done_date) const {
        const DueCase& c = GetParam();
        std::string done;
        if (!done_date.empty()) {
            done = filled(c.done, "{DATE}", done_date);
        }
        return filled(filled(filled(c.record, "{DUE}", due), "{STATE}", state), "{DONE}", done);
    }
    std::string path() const { return "registers/" + std::string(GetParam().register_name) + ".yaml"; }
    /// The warnings of content holding `text`, leaving out SoA coverage.
    std::string warnings_for(const std::string& text) const {
        return warnings_except_soa_coverage(content_with_system().file(path(), text).check());
    }
    std::string errors_for(const std::string& text) const {
        return error_lines(content_with_system().file(path(), text).check());
    }
    std::string overdue_line(const std::string& text, std::string_view due) const {
        return path() + ":" + position_in(text, due) + ": warning: " + GetParam().message + std::string(due) + ")\n";
    }
};

TEST_P(DueRule, TheRecordIsValid) {
    EXPECT_EQ(errors_for(record("2026-06-30", GetParam().open_state, "")), "");
}

TEST_P(DueRule, OverdueTheDayAfterItsDueDate) {
    const std::string text = record("2026-06-29", GetParam().open_state, "");
    EXPECT_EQ(warnings_for(text), overdue_line(text, "2026-06-29"));
}

TEST_P(DueRule, NotOverdueOnItsDueDate) {
    EXPECT_EQ(warnings_for(record("2026-06-30", GetParam().open_state, "")), "");
}

TEST_P(DueRule, NotOverdueBeforeItsDueDate) {
    EXPECT_EQ(warnings_for(record("2026-12-31", GetParam().open_state, "")), "");
}

TEST_P(DueRule, OverdueLongAfterItsDueDate) {
    const std::string text = record("2025-01-31", GetParam().open_state, "");
    EXPECT_EQ(warnings_for(text), overdue_line(text, "2025-01-31"));
}

INSTANTIATE_TEST_SUITE_P(Rules, DueRule, ::testing::ValuesIn(k_due_cases),
                         [](const ::testing::TestParamInfo<DueCase>& info) { return info.param.name; });

/// The due rules whose obligation a date marks as done.
std::vector<DueCase> cases_done_by_a_date() {
    std::vector<DueCase> cases;
    for (const DueCase& c : k_due_cases) {
        if (c.done != nullptr) {
            cases.push_back(c);
        }
    }
    return cases;
}

/// The due rules that some state ends.
std::vector<DueCase> cases_ended_by_a_state() {
    std::vector<DueCase> cases;
    for (const DueCase& c : k_due_cases) {
        if (c.finished_state != nullptr) {
            cases.push_back(c);
        }
    }
    return cases;
}

class DoneByADate : public DueRule {};

TEST_P(DoneByADate, NotOverdueWhenDoneOnTheAsOfDate) {
    EXPECT_EQ(warnings_for(record("2026-06-29", GetParam().open_state, "2026-06-30")), "");
}

TEST_P(DoneByADate, NotOverdueWhenDoneBeforeItsDueDate) {
    EXPECT_EQ(warnings_for(record("2026-06-29", GetParam().open_state, "2026-06-01")), "");
}

TEST_P(DoneByADate, NotOverdueWhenDoneLateButBeforeTheAsOfDate) {
    EXPECT_EQ(warnings_for(record("2026-06-01", GetParam().open_state, "2026-06-20")), "");
}

TEST_P(DoneByADate, OverdueWhenDoneOnlyAfterTheAsOfDate) {
    // Done on 2026-07-01 is not done at 2026-06-30: overdue, and the date lies ahead.
    const DueCase& c = GetParam();
    const std::string text = record("2026-06-29", c.open_state, "2026-07-01");
    EXPECT_EQ(warnings_for(text), overdue_line(text, "2026-06-29") + path() + ":" + position_in(text, "2026-07-01") +
                                      ": warning: " + c.future_label + ": '" + c.done_field +
                                      "' 2026-07-01 is after the as-of date 2026-06-30; figures ignore it until then\n");
}

INSTANTIATE_TEST_SUITE_P(Rules, DoneByADate, ::testing::ValuesIn(cases_done_by_a_date()),
                         [](const ::testing::TestParamInfo<DueCase>& info) { return info.param.name; });

class EndedByAState : public DueRule {};

TEST_P(EndedByAState, NotOverdueInAFinishedState) {
    EXPECT_EQ(warnings_for(record("2026-06-29", GetParam().finished_state, "")), "");
}

INSTANTIATE_TEST_SUITE_P(Rules, EndedByAState, ::testing::ValuesIn(cases_ended_by_a_state()),
                         [](const ::testing::TestParamInfo<DueCase>& info) { return info.param.name; });

TEST(TimelinessRules, EveryDueRuleIsCovered) {
    EXPECT_EQ(std::size(k_due_cases), 10U);
    EXPECT_EQ(cases_done_by_a_date().size(), 4U);
}

TEST(TimelinessRules, OtherFinishedStatesEndTheObligationToo) {
    const std::string draft_assessment =
        "- id: IA-001\n  system: AIS-001\n  date: 2026-01-10\n  assessor: alice\n  status: draft\n"
        "  next_review: 2026-01-31\n  dimensions:\n    fairness: {rating: low}\n";
    const std::string cancelled_objective =
        "- id: OBJ-001\n  title: T\n  measure: M\n  target: 1\n  owner: alice\n  set: 2026-01-01\n  due: 2026-03-01\n"
        "  status: cancelled\n";
    const std::string completed_audit =
        "- id: AUD-001\n  title: T\n  type: internal\n  cycle: 2026\n  planned: 2026-03-01\n  status: completed\n"
        "  performed: 2026-03-02\n";
    const std::string cancelled_decision =
        "- id: MR-001\n  date: 2026-03-15\n  status: held\n  chair: alice\n  decisions:\n"
        "    - {id: MRD-001, description: D, owner: alice, status: cancelled, due: 2026-04-01}\n";
    const Diagnostics diagnostics = content_with_system()
                                        .file("registers/impact-assessments.yaml", draft_assessment)
                                        .file("registers/objectives.yaml", cancelled_objective)
                                        .file("registers/audits.yaml", completed_audit)
                                        .file("registers/management-reviews.yaml", cancelled_decision)
                                        .check();
    EXPECT_EQ(format_lines(diagnostics), std::string(k_no_soa_warning));
}

TEST(TimelinessRules, DueDatesAroundALeapDay) {
    const auto warnings_at = [](std::string_view due, Date as_of) {
        return warnings_except_soa_coverage(
            TestContent()
                .file("registers/suppliers.yaml",
                      "- id: SUP-001\n  name: Vendor\n  owner: alice\n  criticality: low\n  status: active\n"
                      "  next_assessment: " +
                          std::string(due) + "\n")
                .check(as_of));
    };
    const Date leap_day = Date::from_ymd(2028, 2, 29);
    EXPECT_EQ(warnings_at("2028-02-29", leap_day), "");
    EXPECT_EQ(warnings_at("2028-02-28", leap_day),
              "registers/suppliers.yaml:6:20: warning: supplier SUP-001 is overdue for reassessment (next_assessment "
              "2028-02-28)\n");
    EXPECT_EQ(warnings_at("2028-02-29", Date::from_ymd(2028, 3, 1)),
              "registers/suppliers.yaml:6:20: warning: supplier SUP-001 is overdue for reassessment (next_assessment "
              "2028-02-29)\n");
}

TEST(TimelinessRules, AClosedRisksOpenActionsAreNotOverdue) {
    const Diagnostics diagnostics =
        content_with_system()
            .file("registers/risks.yaml",
                  risk_yaml("RSK-001", "  status: closed\n  closed: 2026-05-01\n  actions:\n"
                                       "    - {id: ACT-001, description: D, owner: alice, due: 2026-04-01}\n"))
            .check();
    EXPECT_EQ(format_lines(diagnostics), std::string(k_no_soa_warning));
}

// ---- documents ----

std::string document(std::string_view status, std::string_view next_review) {
    return "---\nid: POL-001\ntitle: T\ntype: policy\nowner: alice\nversion: \"1\"\nstatus: " + std::string(status) +
           "\napproved_by: bob\napproved: 2025-06-01\nnext_review: " + std::string(next_review) + "\n---\n# T\n";
}

TEST(TimelinessRules, AnApprovedDocumentIsOverdueTheDayAfterItsReview) {
    const Diagnostics diagnostics = TestContent().file("documents/POL-001.md", document("approved", "2026-06-29")).check();
    EXPECT_EQ(error_lines(diagnostics), "");
    EXPECT_EQ(warnings_except_soa_coverage(diagnostics),
              "documents/POL-001.md:10:14: warning: document POL-001 is overdue for review (next_review 2026-06-29)\n");
}

TEST(TimelinessRules, AnApprovedDocumentDueOnTheAsOfDateIsNotOverdue) {
    EXPECT_EQ(warnings_except_soa_coverage(
                  TestContent().file("documents/POL-001.md", document("approved", "2026-06-30")).check()),
              "");
}

TEST(TimelinessRules, OnlyApprovedDocumentsAreOverdue) {
    EXPECT_EQ(warnings_except_soa_coverage(
                  TestContent().file("documents/POL-001.md", document("draft", "2026-01-01")).check()),
              "");
    EXPECT_EQ(warnings_except_soa_coverage(
                  TestContent().file("documents/POL-001.md", document("retired", "2026-01-01")).check()),
              "");
}

TEST(TimelinessRules, ADocumentApprovedAfterTheAsOfDateWarns) {
    // A document is a record dated by its approval: approved after the as-of
    // date, it does not exist yet for any figure, like every other record.
    const std::string text = "---\nid: POL-001\ntitle: T\ntype: policy\nowner: alice\nversion: \"1\"\nstatus: approved\n"
                             "approved_by: bob\napproved: 2026-07-15\nnext_review: 2027-07-15\n---\n";
    const Diagnostics diagnostics = TestContent().file("documents/POL-001.md", text).check();
    EXPECT_EQ(warnings_except_soa_coverage(diagnostics),
              "documents/POL-001.md:9:11: warning: document POL-001: 'approved' 2026-07-15 is after the as-of date "
              "2026-06-30; figures ignore it until then\n");
}

// ---- records and history entries dated after the as-of date ----

TEST(TimelinessRules, ARecordDatedAfterTheAsOfDateWarns) {
    const Diagnostics diagnostics =
        content_with_system()
            .file("registers/risks.yaml",
                  replaced(risk_yaml("RSK-001", k_open_risk_tail), "identified: 2025-02-01", "identified: 2026-07-01"))
            .check();
    EXPECT_EQ(error_lines(diagnostics), "");
    EXPECT_EQ(warnings_except_soa_coverage(diagnostics),
              "registers/risks.yaml:6:15: warning: risk RSK-001: 'identified' 2026-07-01 is after the as-of date "
              "2026-06-30; figures ignore it until then\n");
}

TEST(TimelinessRules, ARecordDatedOnTheAsOfDateDoesNotWarn) {
    const Diagnostics diagnostics =
        content_with_system()
            .file("registers/risks.yaml",
                  replaced(risk_yaml("RSK-001", k_open_risk_tail), "identified: 2025-02-01", "identified: 2026-06-30"))
            .check();
    EXPECT_EQ(warnings_except_soa_coverage(diagnostics), "");
}

TEST(TimelinessRules, AHistoryEntryDatedAfterTheAsOfDateWarns) {
    const Diagnostics diagnostics =
        content_with_system()
            .file("registers/risks.yaml",
                  risk_yaml("RSK-001", std::string(k_open_risk_tail) +
                                           "  history:\n    - {date: 2026-06-30, status: open}\n"
                                           "    - {date: 2026-07-01, status: treating}\n"))
            .check();
    EXPECT_EQ(warnings_except_soa_coverage(diagnostics),
              "registers/risks.yaml:16:14: warning: risk RSK-001 history entry: 'date' 2026-07-01 is after the as-of "
              "date 2026-06-30; figures ignore it until then\n");
}

TEST(TimelinessRules, NestedEntriesOfEveryKindAreDated) {
    const Diagnostics diagnostics =
        content_with_system()
            .file("registers/measurements.yaml",
                  "- id: MET-001\n  system: AIS-001\n  metric: m\n  direction: higher-is-better\n  threshold: {min: 1}\n"
                  "  points:\n    - {date: 2026-08-31, value: 1.5}\n")
            .file("registers/training.yaml",
                  "- id: TRN-001\n  title: T\n  required_for: [ai-lead]\n  completions:\n"
                  "    - {person: alice, completed: 2026-07-02}\n")
            .file("registers/suppliers.yaml",
                  "- id: SUP-001\n  name: Vendor\n  owner: alice\n  criticality: low\n  status: active\n"
                  "  assessments:\n    - {date: 2026-07-03, assessor: alice, rating: low}\n")
            .check();
    EXPECT_EQ(error_lines(diagnostics), "");
    EXPECT_EQ(warnings_except_soa_coverage(diagnostics),
              "registers/measurements.yaml:7:14: warning: measurement series MET-001 points entry: 'date' 2026-08-31 "
              "is after the as-of date 2026-06-30; figures ignore it until then\n"
              "registers/suppliers.yaml:7:14: warning: supplier SUP-001 assessments entry: 'date' 2026-07-03 is after "
              "the as-of date 2026-06-30; figures ignore it until then\n"
              "registers/training.yaml:5:34: warning: training course TRN-001 completions entry: 'completed' "
              "2026-07-02 is after the as-of date 2026-06-30; figures ignore it until then\n");
}

TEST(TimelinessRules, AnSoaHistoryEntryDatedAfterTheAsOfDateWarnsWhateverItsStatus) {
    // 'planned' is the control's implementation status at that date, not a
    // meeting that is meant to lie ahead: the entry is still a dated event.
    const Diagnostics diagnostics =
        TestContent()
            .file("registers/soa.yaml", "- control: A.2.2\n  applicable: true\n  justification: J\n  history:\n"
                                        "    - {date: 2026-07-15, status: planned}\n"
                                        "    - {date: 2026-07-16, status: partial}\n")
            .check();
    EXPECT_EQ(warnings_except_soa_coverage(diagnostics),
              "registers/soa.yaml:5:14: warning: SoA entry A.2.2 history entry: 'date' 2026-07-15 is after the as-of "
              "date 2026-06-30; figures ignore it until then\n"
              "registers/soa.yaml:6:14: warning: SoA entry A.2.2 history entry: 'date' 2026-07-16 is after the as-of "
              "date 2026-06-30; figures ignore it until then\n");
}

TEST(TimelinessRules, APlannedReviewMayLieAhead) {
    const Diagnostics diagnostics =
        TestContent()
            .file("registers/management-reviews.yaml",
                  "- id: MR-001\n  date: 2026-09-15\n  status: planned\n  chair: alice\n")
            .check();
    EXPECT_EQ(format_lines(diagnostics), std::string(k_no_soa_warning));
}

TEST(TimelinessRules, AHeldReviewDatedAfterTheAsOfDateWarns) {
    const Diagnostics diagnostics =
        TestContent()
            .file("registers/management-reviews.yaml", "- id: MR-001\n  date: 2026-09-15\n  status: held\n  chair: alice\n")
            .check();
    EXPECT_EQ(warnings_except_soa_coverage(diagnostics),
              "registers/management-reviews.yaml:2:9: warning: management review MR-001: 'date' 2026-09-15 is after "
              "the as-of date 2026-06-30; figures ignore it until then\n");
}

TEST(TimelinessRules, FutureDueDatesAndNextReviewsAreNormal) {
    EXPECT_EQ(format_lines(complete_content().check()), "");
    // Half a year on, what was ahead has fallen due; a due date on that day has not.
    EXPECT_EQ(format_lines(complete_content().check(Date::from_ymd(2026, 12, 31))),
              "registers/management-reviews.yaml:8:73: warning: decision MRD-001 of management review MR-001 is past "
              "its due date and not completed (due 2026-09-01)\n"
              "registers/nonconformities.yaml:10:8: warning: nonconformity NC-001 is past its due date and not closed "
              "(due 2026-09-30)\n");
}

}  // namespace
}  // namespace aimsgen::testing
