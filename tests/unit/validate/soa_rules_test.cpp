#include <gtest/gtest.h>

#include <algorithm>

#include "tests/unit/validate/validate_test_support.hpp"

namespace aimsgen::testing {
namespace {

constexpr const char* k_policy_entry = "- control: A.2.2\n  applicable: true\n  justification: Needed\n";

std::size_t count_lines(const std::string& lines) {
    return static_cast<std::size_t>(std::count(lines.begin(), lines.end(), '\n'));
}

TEST(SoaRules, NoSoaAtAllIsOneWarning) {
    const Diagnostics diagnostics = TestContent().check();
    EXPECT_EQ(error_lines(diagnostics), "");
    EXPECT_EQ(warning_lines(diagnostics), k_no_soa_warning);
}

TEST(SoaRules, AnSoaFolderWithoutFilesIsNoSoa) {
    const Diagnostics diagnostics = TestContent().file("registers/soa/README.md", "Entries go here.\n").check();
    EXPECT_EQ(format_lines(diagnostics), k_no_soa_warning);
}

TEST(SoaRules, AnEmptySoaWarnsOfEveryControl) {
    const std::string warnings = warning_lines(TestContent().file("registers/soa.yaml", "[]\n").check());
    EXPECT_EQ(count_lines(warnings), 38U);
    EXPECT_NE(warnings.find("registers/soa.yaml:1:1: warning: Annex A control A.2.2 (Documented AI policy) has no "
                            "SoA entry yet\n"),
              std::string::npos)
        << warnings;
    EXPECT_NE(warnings.find("registers/soa.yaml:1:1: warning: Annex A control A.10.4 (Meeting customer needs) has no "
                            "SoA entry yet\n"),
              std::string::npos)
        << warnings;
}

TEST(SoaRules, EachMissingCatalogueControlIsAWarning) {
    const Diagnostics diagnostics = TestContent().file("registers/soa.yaml", k_policy_entry).check();
    EXPECT_EQ(error_lines(diagnostics), "");
    const std::string warnings = warning_lines(diagnostics);
    EXPECT_EQ(count_lines(warnings), 37U);
    EXPECT_EQ(warnings.find("A.2.2 "), std::string::npos) << warnings;
    EXPECT_NE(warnings.find("registers/soa.yaml:1:1: warning: Annex A control A.2.3 (Consistency with other "
                            "policies) has no SoA entry yet\n"),
              std::string::npos)
        << warnings;
}

TEST(SoaRules, AFullSoaHasNoWarning) {
    EXPECT_EQ(format_lines(TestContent().file("registers/soa.yaml", full_soa_yaml()).check()), "");
}

TEST(SoaRules, MissingControlWarningsPointAtTheFirstFileOfAFolder) {
    const Diagnostics diagnostics = TestContent()
                                        .file("registers/soa/a-policies.yaml", k_policy_entry)
                                        .file("registers/soa/b-rest.yaml", "[]\n")
                                        .check();
    const std::string warnings = warning_lines(diagnostics);
    EXPECT_EQ(count_lines(warnings), 37U);
    EXPECT_EQ(count_lines(without_lines_containing(warnings, "registers/soa/a-policies.yaml:1:1: warning: Annex A "
                                                             "control ")),
              0U)
        << warnings;
}

TEST(SoaRules, TwoEntriesForOneControl) {
    const Diagnostics diagnostics =
        TestContent().file("registers/soa.yaml", std::string(k_policy_entry) + k_policy_entry).check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/soa.yaml:4:12: error: a second SoA entry for A.2.2 (the first is at registers/soa.yaml:1); "
              "the SoA has one entry per control\n");
}

TEST(SoaRules, TwoEntriesForOneControlInTwoFilesOfAFolder) {
    const Diagnostics diagnostics = TestContent()
                                        .file("registers/soa/a.yaml", k_policy_entry)
                                        .file("registers/soa/b.yaml", k_policy_entry)
                                        .check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/soa/b.yaml:1:12: error: a second SoA entry for A.2.2 (the first is at "
              "registers/soa/a.yaml:1); the SoA has one entry per control\n");
}

TEST(SoaRules, AdditionalOnACatalogueControl) {
    const Diagnostics diagnostics =
        TestContent()
            .file("registers/soa.yaml", "- control: A.2.2\n  additional: true\n  applicable: true\n  justification: J\n")
            .check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/soa.yaml:2:15: error: A.2.2 is an Annex A control; 'additional: true' is for the "
              "organization's own controls\n");
}

TEST(SoaRules, AnAdditionalControlNeedsATitle) {
    const Diagnostics diagnostics =
        TestContent()
            .file("registers/soa.yaml",
                  std::string(k_policy_entry) + "- control: ORG-1\n  additional: true\n  applicable: true\n"
                                                "  justification: Ours\n")
            .check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/soa.yaml:4:3: error: additional control ORG-1 needs a 'title' saying what it is\n");
}

TEST(SoaRules, AnAdditionalControlWithATitleIsFine) {
    const Diagnostics diagnostics =
        TestContent()
            .file("registers/soa.yaml", full_soa_yaml() + "- control: ORG-1\n  additional: true\n  title: Model cards\n"
                                                          "  applicable: true\n  justification: Ours\n")
            .check();
    EXPECT_EQ(format_lines(diagnostics), "");
}

TEST(SoaRules, ARiskTreatedByANotApplicableControl) {
    const Diagnostics diagnostics =
        content_with_system()
            .file("registers/soa.yaml",
                  std::string(k_policy_entry) + "- control: A.5.2\n  applicable: false\n  justification: No\n")
            .file("registers/risks.yaml",
                  risk_yaml("RSK-001", std::string(k_open_risk_tail) + "  controls: [A.2.2, A.5.2]\n"))
            .check();
    EXPECT_EQ(error_lines(diagnostics),
              "registers/risks.yaml:14:21: error: risk RSK-001 is treated by A.5.2, which the SoA marks not "
              "applicable (registers/soa.yaml:4); mark it applicable in the SoA or change the treatment\n");
}

TEST(SoaRules, ARiskTreatedByAnApplicableControlIsFine) {
    const Diagnostics diagnostics =
        content_with_system()
            .file("registers/soa.yaml", k_policy_entry)
            .file("registers/risks.yaml", risk_yaml("RSK-001", std::string(k_open_risk_tail) + "  controls: [A.2.2]\n"))
            .check();
    EXPECT_EQ(error_lines(diagnostics), "");
}

}  // namespace
}  // namespace aimsgen::testing
