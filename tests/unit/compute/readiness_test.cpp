// Certification readiness: each Stage 1 check, their roll-up by clause and by
// implementation step, and the next key output. As of 2026-06-30.

#include <gtest/gtest.h>

#include "tests/unit/compute/compute_test_support.hpp"

namespace aimsgen::testing {
namespace {

Readiness readiness_of(const TestContent& content, Date as_of = k_as_of) {
    return assess_readiness(build_test_model(content, as_of), as_of);
}

/// A copy of the check of rule `id`, so it may outlive a temporary Readiness;
/// throws when there is none.
ReadinessCheck check_of(const Readiness& readiness, std::string_view id) {
    for (const ReadinessCheck& check : readiness.checks) {
        if (check.rule->id == id) {
            return check;
        }
    }
    throw std::runtime_error("no readiness rule " + std::string(id));
}

ReadinessGroup clause_of(const Readiness& readiness, std::string_view id) {
    for (const ReadinessGroup& group : readiness.clauses) {
        if (group.id == id) {
            return group;
        }
    }
    throw std::runtime_error("no clause " + std::string(id));
}

std::string status_of(const ReadinessCheck& check) { return readiness_name(check.finding.status); }

TestContent with_policy(const DocumentSpec& spec) { return TestContent().file("documents/policy.md", document_md(spec)); }

// ---- a documented-information check: ai-policy ----

TEST(ReadinessDocument, ApprovedAndCurrentIsMet) {
    const Readiness readiness =
        readiness_of(with_policy({.id = "POL-1", .next_review = "2027-01-01", .fulfils = "ai-policy"}));
    const ReadinessCheck check = check_of(readiness, "ai-policy");
    EXPECT_EQ(status_of(check), "met");
    EXPECT_EQ(check.finding.detail, "POL-1 is approved and current");
    EXPECT_EQ(check.finding.records, (Ids{"POL-1"}));
    EXPECT_EQ(check.rule->clause, "5.2");
    EXPECT_EQ(check.rule->step, 2);
    EXPECT_EQ(check.rule->title, "AI policy");
}

TEST(ReadinessDocument, ReviewDueOnTheDateIsStillMet) {
    const Readiness readiness =
        readiness_of(with_policy({.id = "POL-1", .next_review = "2026-06-30", .fulfils = "ai-policy"}));
    EXPECT_EQ(status_of(check_of(readiness, "ai-policy")), "met");
}

TEST(ReadinessDocument, ADraftIsPartial) {
    const Readiness readiness =
        readiness_of(with_policy({.id = "POL-1", .status = "draft", .approved = "", .fulfils = "ai-policy"}));
    const ReadinessCheck check = check_of(readiness, "ai-policy");
    EXPECT_EQ(status_of(check), "partial");
    EXPECT_EQ(check.finding.detail, "POL-1 is still a draft");
    EXPECT_EQ(check.finding.records, (Ids{"POL-1"}));
}

TEST(ReadinessDocument, OverdueForReviewIsPartial) {
    const Readiness readiness =
        readiness_of(with_policy({.id = "POL-1", .next_review = "2026-06-29", .fulfils = "ai-policy"}));
    const ReadinessCheck check = check_of(readiness, "ai-policy");
    EXPECT_EQ(status_of(check), "partial");
    EXPECT_EQ(check.finding.detail, "POL-1 is overdue for review since 2026-06-29");
}

TEST(ReadinessDocument, ApprovedOnlyAfterTheDateIsPartial) {
    const Readiness readiness =
        readiness_of(with_policy({.id = "POL-1", .approved = "2026-07-10", .fulfils = "ai-policy"}));
    const ReadinessCheck check = check_of(readiness, "ai-policy");
    EXPECT_EQ(status_of(check), "partial");
    EXPECT_EQ(check.finding.detail, "POL-1 is not approved on the date");
}

TEST(ReadinessDocument, NoneIsMissing) {
    // A document that fulfils something else, and a retired one, do not count.
    const TestContent content =
        TestContent()
            .file("documents/scope.md", document_md({.id = "SCOPE-1", .fulfils = "aims-scope"}))
            .file("documents/old.md", document_md({.id = "POL-0", .status = "retired", .fulfils = "ai-policy"}));
    const ReadinessCheck check = check_of(readiness_of(content), "ai-policy");
    EXPECT_EQ(status_of(check), "missing");
    EXPECT_EQ(check.finding.detail, "no document declares 'fulfils: ai-policy'");
    EXPECT_TRUE(check.finding.records.empty());
}

TEST(ReadinessDocument, ACurrentDocumentWinsOverADraft) {
    const TestContent content =
        TestContent()
            .file("documents/a.md", document_md({.id = "POL-1", .status = "draft", .approved = "", .fulfils = "ai-policy"}))
            .file("documents/b.md", document_md({.id = "POL-2", .fulfils = "ai-policy"}));
    const ReadinessCheck check = check_of(readiness_of(content), "ai-policy");
    EXPECT_EQ(status_of(check), "met");
    EXPECT_EQ(check.finding.detail, "POL-2 is approved and current");
    EXPECT_EQ(check.finding.records, (Ids{"POL-2"}));
}

// ---- checks read off a KPI ----

TEST(ReadinessKpiCheck, RiskReviewsOverdueNamesTheFigureAndRecords) {
    const TestContent content =
        TestContent()
            .file("registers/ai-systems.yaml", k_one_system)
            .file("registers/risks.yaml",
                  risk_yaml({.id = "RSK-1"}) + risk_yaml({.id = "RSK-2", .next_review = "2026-06-01"}));
    const ReadinessCheck check = check_of(readiness_of(content), "risk-register");
    EXPECT_EQ(status_of(check), "partial");
    EXPECT_EQ(check.finding.detail, "risk reviews overdue: 1");
    EXPECT_EQ(check.finding.records, (Ids{"RSK-2"}));
}

TEST(ReadinessKpiCheck, AnEmptyRegisterIsMissingNotMet) {
    const Readiness readiness = readiness_of(TestContent());
    EXPECT_EQ(status_of(check_of(readiness, "risk-register")), "missing");
    EXPECT_EQ(check_of(readiness, "risk-register").finding.detail, "the risk register is empty");
    EXPECT_EQ(status_of(check_of(readiness, "documents-current")), "missing");
    EXPECT_EQ(check_of(readiness, "documents-current").finding.detail,
              "no data yet for documents overdue for review");
}

// ---- roll-up by clause ----

TEST(ReadinessClauses, ClauseFiveRollsUpItsThreeChecks) {
    // Clause 5: ai-policy (5.2), roles-doc (5.3), roles-assigned (5.3); both
    // roles of minimal_aims_yaml() are held, so roles-assigned is met.
    const Readiness current = readiness_of(with_policy({.id = "POL-1", .fulfils = "ai-policy"}));
    const ReadinessGroup five = clause_of(current, "5");
    EXPECT_EQ(five.title, "Leadership");
    EXPECT_EQ(five.total, 3);
    EXPECT_EQ(five.met, 2);
    EXPECT_EQ(five.partial, 0);
    EXPECT_EQ(five.score, 66.7);
    EXPECT_EQ(readiness_name(five.status), std::string("partial"));

    const Readiness draft =
        readiness_of(with_policy({.id = "POL-1", .status = "draft", .approved = "", .fulfils = "ai-policy"}));
    const ReadinessGroup five_draft = clause_of(draft, "5");
    EXPECT_EQ(five_draft.met, 1);
    EXPECT_EQ(five_draft.partial, 1);
    EXPECT_EQ(five_draft.score, 50.0);
    EXPECT_EQ(readiness_name(five_draft.status), std::string("partial"));

    const Readiness complete =
        readiness_of(with_policy({.id = "POL-1", .fulfils = "ai-policy, roles-responsibilities"}));
    const ReadinessGroup five_complete = clause_of(complete, "5");
    EXPECT_EQ(five_complete.met, 3);
    EXPECT_EQ(five_complete.score, 100.0);
    EXPECT_EQ(readiness_name(five_complete.status), std::string("met"));
}

TEST(ReadinessClauses, NothingMetIsMissing) {
    const Readiness readiness = readiness_of(TestContent());
    ASSERT_EQ(readiness.clauses.size(), 7U);
    EXPECT_EQ(readiness.clauses.front().id, "4");
    EXPECT_EQ(readiness.clauses.back().id, "10");
    const ReadinessGroup four = clause_of(readiness, "4");
    EXPECT_EQ(four.title, "Organizational context");
    EXPECT_EQ(four.total, 5);
    EXPECT_EQ(four.met, 0);
    EXPECT_EQ(four.partial, 0);
    EXPECT_EQ(four.score, 0.0);
    EXPECT_EQ(readiness_name(four.status), std::string("missing"));
    EXPECT_EQ(check_of(readiness, "context-issues").finding.detail, "0 internal and 0 external issues in aims.yaml");
}

// ---- roll-up by step and the next key output ----

/// Step 1 complete: its three documents and aims.yaml's issues and parties.
TestContent step_one_done(std::string_view more_fulfils = "") {
    return TestContent()
        .file("aims.yaml", minimal_aims_yaml() +
                               "context:\n"
                               "  internal_issues:\n    - {id: ISS-1, description: Skills}\n"
                               "  external_issues:\n    - {id: ISS-2, description: Regulation}\n"
                               "interested_parties:\n"
                               "  - id: IP-1\n    name: Regulator\n"
                               "    requirements:\n      - {description: Comply with the AI Act}\n")
        .file("documents/context.md",
              document_md({.id = "CTX-1",
                           .fulfils = "context-analysis, interested-parties, aims-scope" + std::string(more_fulfils)}));
}

TEST(ReadinessSteps, TenStepsInOrder) {
    const Readiness readiness = readiness_of(TestContent());
    ASSERT_EQ(readiness.steps.size(), 10U);
    EXPECT_EQ(readiness.steps[0].id, "1");
    EXPECT_EQ(readiness.steps[0].title, "Scope and context");
    EXPECT_EQ(readiness.steps[9].id, "10");
    EXPECT_EQ(readiness.steps[9].title, "Correction and improvement");
    EXPECT_EQ(readiness.checks.size(), readiness_rules().size());
}

TEST(ReadinessSteps, NextKeyOutputOfEmptyContentIsTheFirstCheckOfStepOne) {
    EXPECT_EQ(readiness_of(TestContent()).next_key_output, "Analysis of internal and external issues");
}

TEST(ReadinessSteps, NextKeyOutputIsTheFirstUnmetCheckOfTheFirstUnfinishedStep) {
    const Readiness readiness = readiness_of(step_one_done(", ai-policy"));
    EXPECT_EQ(readiness_name(readiness.steps[0].status), std::string("met"));
    EXPECT_EQ(readiness.steps[0].score, 100.0);
    // Step 2: ai-policy met, roles-doc missing, roles-assigned met.
    EXPECT_EQ(readiness_name(readiness.steps[1].status), std::string("partial"));
    EXPECT_EQ(readiness.steps[1].met, 2);
    EXPECT_EQ(readiness.steps[1].total, 3);
    EXPECT_EQ(readiness.next_key_output, "Roles, responsibilities and authorities");
}

TEST(ReadinessSteps, APartialCheckIsUnmet) {
    TestContent content = step_one_done();
    content.file("documents/policy.md",
                 document_md({.id = "POL-1", .status = "draft", .approved = "", .fulfils = "ai-policy"}));
    EXPECT_EQ(readiness_of(content).next_key_output, "AI policy");
}

TEST(ReadinessSteps, ComputeCarriesTheReadiness) {
    const Computed computed = compute_at(step_one_done(", ai-policy"));
    EXPECT_EQ(computed.readiness.next_key_output, "Roles, responsibilities and authorities");
    EXPECT_EQ(computed.readiness.checks.size(), readiness_rules().size());
}

}  // namespace
}  // namespace aimsgen::testing
