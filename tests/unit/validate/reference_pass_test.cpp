#include <gtest/gtest.h>

#include "tests/unit/validate/validate_test_support.hpp"

namespace aimsgen::testing {
namespace {

/// RSK-001 with its `systems: [AIS-001]` line (line 4) replaced.
std::string risk_with(std::string_view from, std::string_view to) {
    return replaced(risk_yaml("RSK-001", k_open_risk_tail), from, to);
}

TEST(ReferencePass, UnknownIdSuggestsTheNearestOfItsKind) {
    const Diagnostics diagnostics =
        content_with_system().file("registers/risks.yaml", risk_with("[AIS-001]", "[AIS-01]")).check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/risks.yaml:4:13: error: unknown AI system 'AIS-01' in 'systems'; did you mean 'AIS-001'?\n");
}

TEST(ReferencePass, UnknownIdFarFromEveryIdHasNoSuggestion) {
    const Diagnostics diagnostics =
        content_with_system().file("registers/risks.yaml", risk_with("[AIS-001]", "[AIS-001, CHATBOT]")).check();
    EXPECT_EQ(error_lines(diagnostics), "registers/risks.yaml:4:22: error: unknown AI system 'CHATBOT' in 'systems'\n");
}

TEST(ReferencePass, AnIdOfAnotherCaseGetsTheCaseHint) {
    const Diagnostics diagnostics =
        content_with_system().file("registers/risks.yaml", risk_with("[AIS-001]", "[ais-001]")).check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/risks.yaml:4:13: error: unknown AI system 'ais-001' in 'systems'; did you mean 'AIS-001'? "
              "Ids are case-sensitive\n");
}

TEST(ReferencePass, AnIdOfAnotherRegisterKindNamesBothKinds) {
    const Diagnostics diagnostics =
        content_with_system().file("registers/risks.yaml", risk_with("[AIS-001]", "[AIS-001, RSK-001]")).check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/risks.yaml:4:22: error: 'RSK-001' in 'systems' is a risk, not an AI system\n");
}

TEST(ReferencePass, AnotherKindWhereAPersonIsExpected) {
    const Diagnostics diagnostics =
        content_with_system().file("registers/risks.yaml", risk_with("owner: alice", "owner: AIS-001")).check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/risks.yaml:5:10: error: 'AIS-001' in 'owner' is an AI system, not a person or role\n");
}

TEST(ReferencePass, ANestedIdOfAnotherKind) {
    const Diagnostics diagnostics =
        content_with_system()
            .file("registers/risks.yaml",
                  risk_yaml("RSK-001", std::string(k_open_risk_tail) +
                                           "  actions:\n    - {id: ACT-001, description: D, owner: alice, due: "
                                           "2026-12-01}\n"))
            .file("registers/incidents.yaml",
                  "- id: INC-001\n  title: T\n  systems: [AIS-001]\n  detected: 2026-03-01\n  severity: low\n"
                  "  category: bias\n  status: open\n  nonconformity: ACT-001\n  related_risks: [RSK-001]\n")
            .check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/incidents.yaml:8:18: error: 'ACT-001' in 'nonconformity' is a risk treatment action, not a "
              "nonconformity\n");
}

TEST(ReferencePass, ARiskWhereAnImpactAssessmentIsExpected) {
    const Diagnostics diagnostics =
        content_with_system()
            .file("registers/risks.yaml", risk_yaml("RSK-001", k_open_risk_tail))
            .file("registers/decisions.yaml",
                  "- id: DEC-001\n  title: T\n  system: AIS-001\n  gate: exception\n  requested: 2026-01-05\n"
                  "  requested_by: alice\n  reviewer: bob\n  outcome: pending\n  impact_assessment: RSK-001\n")
            .check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/decisions.yaml:9:22: error: 'RSK-001' in 'impact_assessment' is a risk, not an impact "
              "assessment\n");
}

TEST(ReferencePass, ARoleMayStandWhereAPersonIsExpected) {
    const Diagnostics diagnostics =
        content_with_system().file("registers/risks.yaml", risk_with("owner: alice", "owner: ai-lead")).check();
    EXPECT_EQ(error_lines(diagnostics), "");
}

TEST(ReferencePass, UnknownPersonSuggestsPeopleAndRoles) {
    EXPECT_EQ(error_lines(
                  content_with_system().file("registers/risks.yaml", risk_with("owner: alice", "owner: alic")).check()),
              "registers/risks.yaml:5:10: error: unknown person or role 'alic' in 'owner'; did you mean 'alice'?\n");
    EXPECT_EQ(
        error_lines(
            content_with_system().file("registers/risks.yaml", risk_with("owner: alice", "owner: auditr")).check()),
        "registers/risks.yaml:5:10: error: unknown person or role 'auditr' in 'owner'; did you mean 'auditor'?\n");
    EXPECT_EQ(
        error_lines(
            content_with_system().file("registers/risks.yaml", risk_with("owner: alice", "owner: carol")).check()),
        "registers/risks.yaml:5:10: error: unknown person or role 'carol' in 'owner'\n");
}

TEST(ReferencePass, AValueThatCannotBeAnIdIsReportedOnceAsUnknown) {
    const Diagnostics diagnostics =
        content_with_system().file("registers/risks.yaml", risk_with("owner: alice", "owner: Alice Example")).check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/risks.yaml:5:10: error: unknown person or role 'Alice Example' in 'owner'\n");
}

TEST(ReferencePass, APersonListedAsARoleIsTheWrongKind) {
    // people[].roles names roles; bob is a person.
    const std::string aims = replaced(minimal_aims_yaml(), "    roles: [ai-lead]", "    roles: [ai-lead, bob]");
    const Diagnostics diagnostics = TestContent().file("aims.yaml", aims).check();
    EXPECT_EQ(error_lines(diagnostics), "aims.yaml:9:22: error: 'bob' in 'roles' is a person, not a role\n");
}

TEST(ReferencePass, UnknownClauseSaysWhichClausesExist) {
    const Diagnostics diagnostics =
        content_with_system()
            .file("registers/nonconformities.yaml",
                  "- id: NC-001\n  title: T\n  source: monitoring\n  raised: 2026-02-01\n  owner: alice\n"
                  "  status: open\n  clauses: [6.1, \"6.1.2\", 10, \"4.9\", 11]\n")
            .check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/nonconformities.yaml:7:31: error: unknown clause '4.9' in 'clauses'; the clauses of "
              "ISO/IEC 42001:2023 — AI management systems run from 4.1 to 10.2\n"
              "registers/nonconformities.yaml:7:38: error: unknown clause '11' in 'clauses'; the clauses of "
              "ISO/IEC 42001:2023 — AI management systems run from 4.1 to 10.2\n");
}

TEST(ReferencePass, UnknownControlSuggestsAnAnnexAControl) {
    const Diagnostics diagnostics =
        content_with_system()
            .file("registers/risks.yaml",
                  risk_yaml("RSK-001", std::string(k_open_risk_tail) + "  controls: [A.6.2.4, A.2.9]\n"))
            .check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/risks.yaml:14:23: error: unknown control 'A.2.9' in 'controls'; did you mean 'A.2.2'?\n");
}

TEST(ReferencePass, AnAdditionalControlOfTheSoaCanBeReferenced) {
    const Diagnostics diagnostics =
        content_with_system()
            .file("registers/risks.yaml", risk_yaml("RSK-001", std::string(k_open_risk_tail) + "  controls: [ORG-1]\n"))
            .file("registers/soa.yaml",
                  "- control: ORG-1\n  additional: true\n  title: Model cards\n  applicable: true\n"
                  "  justification: Ours\n")
            .check();
    EXPECT_EQ(error_lines(diagnostics), "");
}

TEST(ReferencePass, AnSoaEntryForAnUnknownControlWithoutAdditional) {
    const Diagnostics diagnostics =
        TestContent()
            .file("registers/soa.yaml", "- control: ORG-1\n  title: Model cards\n  applicable: true\n  justification: J\n")
            .check();
    EXPECT_EQ(error_lines(diagnostics), "registers/soa.yaml:1:12: error: unknown control 'ORG-1' in 'control'\n");
}

/// NC-001 raised from `source` naming `source_ref` (line 7, column 15).
std::string nonconformity_from(std::string_view source, std::string_view source_ref) {
    return "- id: NC-001\n  title: T\n  source: " + std::string(source) +
           "\n  raised: 2026-02-01\n  owner: alice\n  status: open\n  source_ref: " + std::string(source_ref) + "\n";
}

TEST(ReferencePass, ANonconformitySourceRefMustExist) {
    const Diagnostics diagnostics =
        TestContent().file("registers/nonconformities.yaml", nonconformity_from("complaint", "CMP-7")).check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/nonconformities.yaml:7:15: error: unknown record 'CMP-7' in 'source_ref' of nonconformity "
              "NC-001\n");
}

TEST(ReferencePass, ANonconformitySourceRefMustFitItsSource) {
    const std::string incident =
        "- id: INC-001\n  title: T\n  systems: [AIS-001]\n  detected: 2026-01-01\n  severity: low\n  category: bias\n"
        "  status: open\n";
    const std::string audit =
        "- id: AUD-001\n  title: T\n  type: internal\n  cycle: 2026\n  planned: 2026-02-01\n  performed: 2026-02-01\n"
        "  status: completed\n  findings:\n    - {id: AUD-001-F1, type: minor, title: F}\n";
    const auto errors = [&](std::string_view source, std::string_view source_ref) {
        return error_lines(content_with_system()
                               .file("registers/incidents.yaml", incident)
                               .file("registers/audits.yaml", audit)
                               .file("registers/nonconformities.yaml", nonconformity_from(source, source_ref))
                               .check());
    };
    EXPECT_EQ(errors("internal-audit", "INC-001"),
              "registers/nonconformities.yaml:7:15: error: 'source_ref' of nonconformity NC-001 names incident "
              "INC-001, but a nonconformity raised from internal-audit names its audit or audit finding\n");
    EXPECT_EQ(errors("incident", "AUD-001-F1"),
              "registers/nonconformities.yaml:7:15: error: 'source_ref' of nonconformity NC-001 names audit finding "
              "AUD-001-F1, but a nonconformity raised from incident names its incident\n");
    EXPECT_EQ(errors("internal-audit", "AUD-001-F1"), "");
    EXPECT_EQ(errors("external-audit", "AUD-001"), "");
    EXPECT_EQ(errors("incident", "INC-001"), "");
    EXPECT_EQ(errors("self-identified", "INC-001"), "");  // may name any record
}

TEST(ReferencePass, UnknownDocument) {
    const Diagnostics diagnostics =
        TestContent()
            .file("registers/ai-systems.yaml", std::string(k_system_yaml) + "  documents: [POL-001, POL-002]\n")
            .file("documents/POL-001.md",
                  "---\nid: POL-001\ntitle: T\ntype: policy\nowner: alice\nversion: \"1\"\nstatus: draft\n---\n")
            .check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/ai-systems.yaml:12:24: error: unknown document 'POL-002' in 'documents'; did you mean "
              "'POL-001'?\n");
}

TEST(ReferencePass, ReferencesIntoARegisterFolderResolve) {
    const Diagnostics diagnostics = TestContent()
                                        .file("registers/ai-systems/hr.yaml", k_system_yaml)
                                        .file("registers/risks/hr.yaml", risk_yaml("RSK-001", k_open_risk_tail))
                                        .check();
    EXPECT_EQ(error_lines(diagnostics), "");
}

TEST(ReferencePass, WithoutAUsableAimsYamlPeopleAreNotReportedUnknown) {
    const Diagnostics diagnostics =
        TestContent()
            .file("aims.yaml", "format_version: [1\n")
            .file("registers/ai-systems.yaml", replaced(k_system_yaml, "owner: alice", "owner: carol"))
            .file("registers/risks.yaml", risk_with("[AIS-001]", "[AIS-404]"))
            .check();
    const std::string errors = error_lines(diagnostics);
    EXPECT_TRUE(errors.starts_with("aims.yaml:")) << errors;
    EXPECT_EQ(errors.find("'carol'"), std::string::npos) << errors;
    EXPECT_NE(errors.find("registers/risks.yaml:4:13: error: unknown AI system 'AIS-404' in 'systems'; did you mean "
                          "'AIS-001'?\n"),
              std::string::npos)
        << errors;
}

}  // namespace
}  // namespace aimsgen::testing
