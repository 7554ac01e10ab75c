#include <gtest/gtest.h>

#include "tests/unit/validate/validate_test_support.hpp"

namespace aimsgen::testing {
namespace {

TEST(SchemaPass, CompleteContentOfEveryRegisterChecksClean) {
    EXPECT_EQ(format_lines(complete_content().check()), "");
}

TEST(SchemaPass, ARegisterFileHoldingAMappingIsRefused) {
    const Diagnostics diagnostics = TestContent().file("registers/risks.yaml", "id: RSK-001\ntitle: T\n").check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/risks.yaml:1:1: error: a register file is a list of records, each starting with '- '; this "
              "file holds a mapping of fields\n");
}

TEST(SchemaPass, ARegisterFileHoldingOneValueIsRefused) {
    const Diagnostics diagnostics = TestContent().file("registers/incidents.yaml", "none yet\n").check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/incidents.yaml:1:1: error: a register file is a list of records, each starting with '- '; "
              "this file holds a single value\n");
}

TEST(SchemaPass, EmptyRegistersAreValid) {
    TestContent content;
    for (const char* name : {"ai-systems", "risks", "impact-assessments", "incidents", "nonconformities", "audits",
                             "management-reviews", "objectives", "training", "suppliers", "decisions",
                             "measurements"}) {
        content.file("registers/" + std::string(name) + ".yaml", "[]\n");
    }
    const Diagnostics diagnostics = content.check();
    EXPECT_EQ(error_lines(diagnostics), "");
    EXPECT_EQ(warning_lines(diagnostics), k_no_soa_warning);
}

TEST(SchemaPass, AnEmptyFileIsNotAnEmptyRegister) {
    const Diagnostics diagnostics = TestContent().file("registers/risks.yaml", "").check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/risks.yaml:1:1: error: the file is empty; a register file is a YAML list of records (write "
              "[] for none)\n");
}

TEST(SchemaPass, EachRecordOfAListIsChecked) {
    const Diagnostics diagnostics =
        content_with_system()
            .file("registers/risks.yaml", risk_yaml("RSK-001", k_open_risk_tail) +
                                              risk_yaml("RSK-002", "  status: opened\n  next_review: 2026-12-31\n"))
            .check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/risks.yaml:25:11: error: 'opened' is not a valid status; did you mean 'open'? Allowed: open, "
              "treating, accepted, closed\n");
}

TEST(SchemaPass, EveryFileOfARegisterFolderIsChecked) {
    const Diagnostics diagnostics =
        content_with_system()
            .file("registers/incidents/2025.yaml", "[]\n")
            .file("registers/incidents/2026.yaml",
                  "- id: INC-001\n  title: T\n  systems: [AIS-001]\n  detected: 2026-03-01\n  severity: low\n"
                  "  category: bias\n  status: open\n  priority: high\n")
            .check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/incidents/2026.yaml:8:3: error: unknown field 'priority' in incident; known fields: category, "
              "closed, description, detected, history, id, nonconformity, owner, related_risks, reported, "
              "reported_externally, reported_to, resolved, severity, status, systems, title\n");
}

TEST(SchemaPass, AimsYamlIsChecked) {
    const Diagnostics diagnostics =
        TestContent().file("aims.yaml", minimal_aims_yaml() + "reporting:\n  period: weekly\n").check();
    EXPECT_EQ(error_lines(diagnostics),
              "aims.yaml:38:11: error: 'weekly' is not a valid period; allowed: month, quarter\n");
}

TEST(SchemaPass, DocumentFrontMatterIsCheckedAtFileLines) {
    const Diagnostics diagnostics =
        TestContent()
            .file("documents/policies/POL-001.md",
                  "---\nid: POL-001\ntitles: AI policy\ntype: policy\nowner: alice\nversion: \"1\"\nstatus: draft\n---\n"
                  "# AI policy\n")
            .check();
    EXPECT_EQ(error_lines(diagnostics),
              "documents/policies/POL-001.md:3:1: error: unknown field 'titles' in document; did you mean 'title'?\n");
}

TEST(SchemaPass, LeapDayIsARealDateOnlyInALeapYear) {
    const Diagnostics valid =
        content_with_system()
            .file("registers/risks.yaml", risk_yaml("RSK-001", "  status: treating\n  next_review: 2028-02-29\n"))
            .check();
    EXPECT_EQ(format_lines(valid), std::string(k_no_soa_warning));

    const Diagnostics invalid =
        content_with_system()
            .file("registers/risks.yaml", risk_yaml("RSK-001", "  status: treating\n  next_review: 2026-02-29\n"))
            .check();
    EXPECT_EQ(error_lines(invalid), "registers/risks.yaml:13:16: error: '2026-02-29' is not a real calendar date\n");
    // An impossible date is reported once: no rule reads it as a due date.
    EXPECT_EQ(warning_lines(invalid), std::string(k_no_soa_warning));
}

TEST(SchemaPass, DateInTheWrongShape) {
    const Diagnostics diagnostics =
        content_with_system()
            .file("registers/risks.yaml", risk_yaml("RSK-001", "  status: treating\n  next_review: 31/12/2026\n"))
            .check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/risks.yaml:13:16: error: '31/12/2026' is not a date; write it as YYYY-MM-DD\n");
}

}  // namespace
}  // namespace aimsgen::testing
