#include <gtest/gtest.h>

#include <algorithm>

#include "tests/unit/validate/validate_test_support.hpp"

namespace aimsgen::testing {
namespace {

TEST(IdPass, DuplicateIdInOneFile) {
    const Diagnostics diagnostics =
        content_with_system()
            .file("registers/risks.yaml",
                  risk_yaml("RSK-001", k_open_risk_tail) + risk_yaml("RSK-001", k_open_risk_tail))
            .check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/risks.yaml:14:7: error: duplicate id 'RSK-001': already used by the risk at "
              "registers/risks.yaml:1; ids are unique across the whole content\n");
}

TEST(IdPass, DuplicateIdAcrossTwoFilesOfOneRegisterFolder) {
    const Diagnostics diagnostics = content_with_system()
                                        .file("registers/risks/hr.yaml", risk_yaml("RSK-001", k_open_risk_tail))
                                        .file("registers/risks/it.yaml", risk_yaml("RSK-001", k_open_risk_tail))
                                        .check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/risks/it.yaml:1:7: error: duplicate id 'RSK-001': already used by the risk at "
              "registers/risks/hr.yaml:1; ids are unique across the whole content\n");
}

TEST(IdPass, DistinctIdsAcrossFilesOfAFolderAreFine) {
    const Diagnostics diagnostics = content_with_system()
                                        .file("registers/risks/hr.yaml", risk_yaml("RSK-001", k_open_risk_tail))
                                        .file("registers/risks/it.yaml", risk_yaml("RSK-002", k_open_risk_tail))
                                        .file("registers/risks/none.yaml", "[]\n")
                                        .check();
    EXPECT_EQ(error_lines(diagnostics), "");
}

TEST(IdPass, DuplicateIdAcrossRegisterKinds) {
    const Diagnostics diagnostics =
        content_with_system()
            .file("registers/incidents.yaml",
                  "- id: AIS-001\n  title: T\n  systems: [AIS-001]\n  detected: 2026-03-01\n  severity: low\n"
                  "  category: bias\n  status: open\n")
            .check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/incidents.yaml:1:7: error: duplicate id 'AIS-001': already used by the AI system at "
              "registers/ai-systems.yaml:1; ids are unique across the whole content\n");
}

TEST(IdPass, IdsDifferingOnlyInCaseInOneRegister) {
    const Diagnostics diagnostics =
        content_with_system()
            .file("registers/risks.yaml",
                  risk_yaml("RSK-001", k_open_risk_tail) + risk_yaml("rsk-001", k_open_risk_tail))
            .check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/risks.yaml:14:7: error: id 'rsk-001' differs only in letter case from 'RSK-001' (risk at "
              "registers/risks.yaml:1); they would clash on case-insensitive file systems\n");
}

TEST(IdPass, IdsDifferingOnlyInCaseAcrossKinds) {
    const Diagnostics diagnostics =
        content_with_system()
            .file("documents/ais-001.md",
                  "---\nid: ais-001\ntitle: T\ntype: record\nowner: alice\nversion: \"1\"\nstatus: draft\n---\n")
            .check();
    EXPECT_EQ(error_lines(diagnostics),
              "documents/ais-001.md:2:5: error: id 'ais-001' differs only in letter case from 'AIS-001' (AI system at "
              "registers/ai-systems.yaml:1); they would clash on case-insensitive file systems\n");
}

TEST(IdPass, ARecordMayNotReuseAPersonId) {
    const Diagnostics diagnostics =
        content_with_system().file("registers/risks.yaml", risk_yaml("alice", k_open_risk_tail)).check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/risks.yaml:1:7: error: duplicate id 'alice': already used by the person at aims.yaml:7; ids "
              "are unique across the whole content\n");
}

TEST(IdPass, PersonAndRoleIdsDifferingOnlyInCase) {
    // bob holds ai-lead here, so no reference names the role that clashes.
    const std::string aims = replaced(minimal_aims_yaml(), "    roles: [auditor]\nroles:",
                                      "    roles: [ai-lead]\n  - id: Auditor\n    name: Carol Auditor\nroles:");
    const Diagnostics diagnostics = TestContent().file("aims.yaml", aims).check();
    EXPECT_EQ(error_lines(diagnostics),
              "aims.yaml:18:9: error: id 'auditor' differs only in letter case from 'Auditor' (person at aims.yaml:13); "
              "they would clash on case-insensitive file systems\n");
}

TEST(IdPass, InterestedPartiesAndIssuesShareTheIdSpace) {
    const Diagnostics diagnostics =
        TestContent()
            .file("aims.yaml", minimal_aims_yaml() +
                                   "interested_parties:\n  - {id: IP-1, name: Applicants}\n"
                                   "context:\n  internal_issues:\n    - {id: ISS-1, description: Skills gap}\n"
                                   "  external_issues:\n    - {id: IP-1, description: New law}\n"
                                   "    - {id: iss-1, description: Old law}\n")
            .check();
    EXPECT_EQ(error_lines(diagnostics),
              "aims.yaml:43:12: error: duplicate id 'IP-1': already used by the interested party at aims.yaml:38; ids "
              "are unique across the whole content\n"
              "aims.yaml:44:12: error: id 'iss-1' differs only in letter case from 'ISS-1' (context issue at "
              "aims.yaml:41); they would clash on case-insensitive file systems\n");
}

TEST(IdPass, NestedActionIdsAreUniqueAcrossRisks) {
    const Diagnostics diagnostics =
        content_with_system()
            .file("registers/risks.yaml",
                  risk_yaml("RSK-001", std::string(k_open_risk_tail) +
                                           "  actions:\n    - {id: ACT-001, description: D, owner: alice, due: "
                                           "2026-12-01}\n") +
                      risk_yaml("RSK-002", std::string(k_open_risk_tail) +
                                               "  actions:\n    - {id: ACT-001, description: D, owner: bob, due: "
                                               "2026-12-01}\n    - {id: RSK-001, description: D, owner: bob, due: "
                                               "2026-12-01}\n"))
            .check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/risks.yaml:30:12: error: duplicate id 'ACT-001': already used by the risk treatment action at "
              "registers/risks.yaml:15; ids are unique across the whole content\n"
              "registers/risks.yaml:31:12: error: duplicate id 'RSK-001': already used by the risk at "
              "registers/risks.yaml:1; ids are unique across the whole content\n");
}

TEST(IdPass, AuditFindingIdsShareTheIdSpace) {
    const Diagnostics diagnostics =
        content_with_system()
            .file("registers/audits.yaml",
                  "- id: AUD-001\n  title: T\n  type: internal\n  cycle: 2026\n  planned: 2026-09-01\n"
                  "  status: planned\n  findings:\n    - {id: AUD-001, type: minor, title: F}\n"
                  "    - {id: AIS-001, type: minor, title: G}\n")
            .check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/audits.yaml:8:12: error: duplicate id 'AUD-001': already used by the audit at "
              "registers/audits.yaml:1; ids are unique across the whole content\n"
              "registers/audits.yaml:9:12: error: duplicate id 'AIS-001': already used by the AI system at "
              "registers/ai-systems.yaml:1; ids are unique across the whole content\n");
}

TEST(IdPass, ManagementReviewDecisionIdsShareTheIdSpace) {
    const Diagnostics diagnostics =
        TestContent()
            .file("registers/management-reviews.yaml",
                  "- id: MR-001\n  date: 2026-03-15\n  status: held\n  chair: alice\n  decisions:\n"
                  "    - {id: D-1, description: D, owner: alice, status: open}\n"
                  "- id: MR-002\n  date: 2026-04-15\n  status: held\n  chair: alice\n  decisions:\n"
                  "    - {id: d-1, description: D, owner: alice, status: open}\n")
            .file("registers/decisions.yaml",
                  "- id: D-1\n  title: T\n  gate: exception\n  requested: 2026-01-05\n  requested_by: alice\n"
                  "  reviewer: bob\n  outcome: pending\n")
            .check();
    // Management reviews are indexed before gate decisions (register order).
    EXPECT_EQ(error_lines(diagnostics),
              "registers/decisions.yaml:1:7: error: duplicate id 'D-1': already used by the management review "
              "decision at registers/management-reviews.yaml:6; ids are unique across the whole content\n"
              "registers/management-reviews.yaml:12:12: error: id 'd-1' differs only in letter case from 'D-1' "
              "(management review decision at registers/management-reviews.yaml:6); they would clash on "
              "case-insensitive file systems\n");
}

TEST(IdPass, AnAdditionalControlIdMayNotReuseAnotherId) {
    const Diagnostics diagnostics =
        content_with_system()
            .file("registers/risks.yaml", risk_yaml("ORG-1", k_open_risk_tail))
            .file("registers/soa.yaml",
                  "- control: ORG-1\n  additional: true\n  title: Model cards\n  applicable: true\n"
                  "  justification: Ours\n")
            .check();
    // Both at one position, in pass order: the id pass runs before the reference pass.
    EXPECT_EQ(error_lines(diagnostics),
              "registers/soa.yaml:1:12: error: duplicate id 'ORG-1': already used by the risk at "
              "registers/risks.yaml:1; ids are unique across the whole content\n"
              "registers/soa.yaml:1:12: error: 'ORG-1' in 'control' is a risk, not a control\n");
}

TEST(IdPass, SoaEntriesForCatalogueControlsAddNoId) {
    // A.2.2 is defined by the catalogue; its SoA entry refers to it and is no clash.
    const Diagnostics diagnostics =
        TestContent().file("registers/soa.yaml", "- control: A.2.2\n  applicable: true\n  justification: J\n").check();
    EXPECT_EQ(error_lines(diagnostics), "");
}

TEST(IdPass, ARecordMayNotReuseAnAnnexAControlId) {
    const Diagnostics diagnostics =
        content_with_system().file("registers/risks.yaml", risk_yaml("A.2.2", k_open_risk_tail)).check();
    const std::string errors = error_lines(diagnostics);
    // The catalogue is compiled into aimsgen and has no line to point at: the
    // message names the catalogue instead of citing "line 0" of a file that is
    // not in the content.
    EXPECT_EQ(errors, "registers/risks.yaml:1:7: error: id 'A.2.2' is taken by the ISO/IEC 42001 catalogue's control "
                      "A.2.2; choose another id\n");
    EXPECT_EQ(errors.find("iso42001.yaml:0"), std::string::npos) << errors;
    EXPECT_EQ(std::count(errors.begin(), errors.end(), '\n'), 1);
}

}  // namespace
}  // namespace aimsgen::testing
