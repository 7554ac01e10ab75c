#include <gtest/gtest.h>

#include "tests/unit/validate/validate_test_support.hpp"

namespace aimsgen::testing {
namespace {

constexpr const char* k_ia_path = "registers/impact-assessments.yaml";

/// An impact assessment whose evidence list holds `item` on line 9 (the item's
/// mapping starts at column 7).
std::string assessment_with_evidence(std::string_view item) {
    return "- id: IA-001\n  system: AIS-001\n  date: 2026-01-10\n  assessor: alice\n  status: draft\n"
           "  dimensions:\n    fairness: {rating: low}\n  evidence:\n    - " +
           std::string(item) + "\n";
}

/// Content with AIS-001, the file evidence/a.pdf and an assessment giving `item` as evidence.
TestContent content_with_evidence(std::string_view item) {
    TestContent content = content_with_system();
    content.file("evidence/a.pdf", "%PDF").file(k_ia_path, assessment_with_evidence(item));
    return content;
}

std::string errors_for(std::string_view item) { return error_lines(content_with_evidence(item).check()); }

TEST(EvidenceRules, AFileInsideTheContentIsFine) {
    EXPECT_EQ(format_lines(content_with_evidence("{path: evidence/a.pdf, description: D}").check()),
              std::string(k_no_soa_warning));
    EXPECT_EQ(errors_for("{path: ./evidence/../evidence/a.pdf, description: D}"), "");
    EXPECT_EQ(errors_for("{url: \"https://intranet.example.com/a\", description: D}"), "");
}

TEST(EvidenceRules, BothPathAndUrl) {
    EXPECT_EQ(errors_for("{path: evidence/a.pdf, url: \"https://example.com/a\", description: D}"),
              "registers/impact-assessments.yaml:9:7: error: evidence gives both a 'path' and a 'url'; give one of "
              "them\n");
}

TEST(EvidenceRules, NeitherPathNorUrl) {
    EXPECT_EQ(errors_for("{description: D}"),
              "registers/impact-assessments.yaml:9:7: error: evidence needs a 'path' (a file in the content "
              "directory) or a 'url'\n");
}

TEST(EvidenceRules, AnAbsolutePath) {
    EXPECT_EQ(errors_for("{path: /etc/passwd, description: D}"),
              "registers/impact-assessments.yaml:9:14: error: evidence path '/etc/passwd' is absolute; give it "
              "relative to the content directory (evidence/...)\n");
    EXPECT_EQ(errors_for("{path: 'C:\\evidence\\a.pdf', description: D}"),
              "registers/impact-assessments.yaml:9:14: error: evidence path 'C:\\evidence\\a.pdf' is absolute; give "
              "it relative to the content directory (evidence/...)\n");
}

TEST(EvidenceRules, APathThatClimbsOutWithDotDot) {
    EXPECT_EQ(errors_for("{path: ../secret.pdf, description: D}"),
              "registers/impact-assessments.yaml:9:14: error: evidence path '../secret.pdf' leads out of the content "
              "directory\n");
    EXPECT_EQ(errors_for("{path: evidence/../../secret.pdf, description: D}"),
              "registers/impact-assessments.yaml:9:14: error: evidence path 'evidence/../../secret.pdf' leads out of "
              "the content directory\n");
}

TEST(EvidenceRules, ASymbolicLinkThatLeadsOut) {
    TestContent content = content_with_evidence("{path: shared.pdf, description: D}");
    content.symlink("shared.pdf", "../x");
    EXPECT_EQ(error_lines(content.check()),
              "registers/impact-assessments.yaml:9:14: error: evidence path 'shared.pdf' goes through a symbolic link "
              "that leads out of the content directory\n");

    TestContent nested = content_with_evidence("{path: evidence/link.pdf, description: D}");
    nested.symlink("evidence/link.pdf", "../../x.pdf");
    EXPECT_EQ(error_lines(nested.check()),
              "registers/impact-assessments.yaml:9:14: error: evidence path 'evidence/link.pdf' goes through a "
              "symbolic link that leads out of the content directory\n");
}

TEST(EvidenceRules, ASymbolicLinkInsideTheContentIsFine) {
    TestContent content = content_with_evidence("{path: evidence/latest.pdf, description: D}");
    content.symlink("evidence/latest.pdf", "a.pdf");
    EXPECT_EQ(error_lines(content.check()), "");
}

TEST(EvidenceRules, AFolder) {
    EXPECT_EQ(errors_for("{path: evidence, description: D}"),
              "registers/impact-assessments.yaml:9:14: error: evidence path 'evidence' is a folder; name a file\n");
    EXPECT_EQ(errors_for("{path: evidence/, description: D}"),
              "registers/impact-assessments.yaml:9:14: error: evidence path 'evidence/' is a folder; name a file\n");
}

TEST(EvidenceRules, TheContentRootIsAFolderNotAnEscape) {
    // "." names the content directory itself: it is inside, and it is a folder.
    EXPECT_EQ(errors_for("{path: ., description: D}"),
              "registers/impact-assessments.yaml:9:14: error: evidence path '.' is a folder; name a file\n");
}

TEST(EvidenceRules, AMissingFile) {
    EXPECT_EQ(errors_for("{path: evidence/b.pdf, description: D}"),
              "registers/impact-assessments.yaml:9:14: error: evidence file 'evidence/b.pdf' does not exist\n");
}

TEST(EvidenceRules, ExpiredEvidenceIsAWarningAtItsExpiryDate) {
    const Diagnostics diagnostics =
        content_with_evidence("{path: evidence/a.pdf, description: D, expires: 2026-06-29}").check();
    EXPECT_EQ(error_lines(diagnostics), "");
    EXPECT_EQ(warnings_except_soa_coverage(diagnostics),
              "registers/impact-assessments.yaml:9:55: warning: evidence 'evidence/a.pdf' expired on 2026-06-29\n");
}

TEST(EvidenceRules, EvidenceExpiringOnTheAsOfDateIsStillCurrent) {
    const Diagnostics diagnostics =
        content_with_evidence("{path: evidence/a.pdf, description: D, expires: 2026-06-30}").check();
    EXPECT_EQ(format_lines(diagnostics), std::string(k_no_soa_warning));
}

TEST(EvidenceRules, ExpiredUrlEvidenceIsNamedByItsUrl) {
    const Diagnostics diagnostics =
        content_with_evidence("{url: \"https://example.com/cert\", description: D, expires: 2025-12-31}").check();
    EXPECT_EQ(warnings_except_soa_coverage(diagnostics),
              "registers/impact-assessments.yaml:9:66: warning: evidence 'https://example.com/cert' expired on "
              "2025-12-31\n");
}

TEST(EvidenceRules, AnAuditReportIsEvidence) {
    const Diagnostics diagnostics =
        TestContent()
            .file("registers/audits.yaml",
                  "- id: AUD-001\n  title: T\n  type: internal\n  cycle: 2026\n  planned: 2026-02-01\n"
                  "  performed: 2026-02-03\n  status: completed\n  report: {path: evidence/audit.pdf, description: R}\n")
            .check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/audits.yaml:8:18: error: evidence file 'evidence/audit.pdf' does not exist\n");
}

TEST(EvidenceRules, ManagementReviewMinutesAreEvidence) {
    const Diagnostics diagnostics =
        TestContent()
            .file("registers/management-reviews.yaml",
                  "- id: MR-001\n  date: 2026-03-15\n  status: held\n  chair: alice\n  minutes:\n    description: M\n")
            .check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/management-reviews.yaml:6:5: error: evidence needs a 'path' (a file in the content directory) "
              "or a 'url'\n");
}

TEST(EvidenceRules, EvidenceNestedInSupplierAssessments) {
    const Diagnostics diagnostics =
        TestContent()
            .file("registers/suppliers.yaml",
                  "- id: SUP-001\n  name: Vendor\n  owner: alice\n  criticality: low\n  status: active\n"
                  "  assessments:\n    - date: 2026-01-05\n      assessor: alice\n      rating: low\n      evidence:\n"
                  "        - {path: /tmp/q.pdf, description: Q}\n")
            .check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/suppliers.yaml:11:18: error: evidence path '/tmp/q.pdf' is absolute; give it relative to the "
              "content directory (evidence/...)\n");
}

TEST(EvidenceRules, SoaEvidence) {
    const Diagnostics diagnostics =
        TestContent()
            .file("registers/soa.yaml",
                  "- control: A.2.2\n  applicable: true\n  justification: J\n  evidence:\n"
                  "    - {path: evidence/policy.pdf, description: P}\n")
            .check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/soa.yaml:5:14: error: evidence file 'evidence/policy.pdf' does not exist\n");
}

TEST(EvidenceRules, EveryItemOfAListIsChecked) {
    const Diagnostics diagnostics =
        content_with_system()
            .file("evidence/a.pdf", "%PDF")
            .file(k_ia_path, assessment_with_evidence("{path: evidence/a.pdf, description: D}\n"
                                                      "    - {path: evidence/b.pdf, description: D}\n"
                                                      "    - {path: ../c.pdf, description: D}"))
            .check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/impact-assessments.yaml:10:14: error: evidence file 'evidence/b.pdf' does not exist\n"
              "registers/impact-assessments.yaml:11:14: error: evidence path '../c.pdf' leads out of the content "
              "directory\n");
}

}  // namespace
}  // namespace aimsgen::testing
