#include <gtest/gtest.h>

#include "tests/unit/validate/validate_test_support.hpp"

namespace aimsgen::testing {
namespace {

// Lines of minimal_aims_yaml() these tests point at: format_version 1,
// likelihood: 19, impact: 25, bands: 31 (medium on 33), acceptance_threshold 36.

/// Errors of content whose aims.yaml is the minimal one with `from` replaced by `to`.
std::string errors_with(std::string_view from, std::string_view to) {
    return error_lines(TestContent().file("aims.yaml", replaced(minimal_aims_yaml(), from, to)).check());
}

TEST(AimsRules, TheMinimalAimsYamlIsValid) {
    EXPECT_EQ(error_lines(TestContent().check()), "");
}

TEST(AimsRules, NewerFormatVersionNamesTheReleaseNeeded) {
    EXPECT_EQ(errors_with("format_version: 1", "format_version: 2"),
              "aims.yaml:1:17: error: format_version 2 is newer than this aimsgen " AIMSGEN_VERSION
              " reads (format_version 1); install an aimsgen release that supports format_version 2\n");
}

TEST(AimsRules, OlderFormatVersionDoesNotExist) {
    EXPECT_EQ(errors_with("format_version: 1", "format_version: 0"),
              "aims.yaml:1:17: error: 'format_version' is 0, below the minimum of 1\n"
              "aims.yaml:1:17: error: format_version 0 does not exist; write format_version: 1\n");
}

TEST(AimsRules, MistypedFormatVersionIsLeftToTheSchema) {
    EXPECT_EQ(errors_with("format_version: 1", "format_version: \"1\""),
              "aims.yaml:1:17: error: 'format_version' must be a whole number, not the text \"1\"; remove the "
              "quotes\n");
}

TEST(AimsRules, AScaleWithAGap) {
    EXPECT_EQ(errors_with("{value: 3, label: Possible}", "{value: 6, label: Possible}"),
              "aims.yaml:19:3: error: the likelihood scale must number its levels 1, 2, 3, ... with no gap or "
              "repeat\n");
}

TEST(AimsRules, AScaleWithARepeat) {
    EXPECT_EQ(errors_with("{value: 3, label: Moderate}", "{value: 2, label: Moderate}"),
              "aims.yaml:25:3: error: the impact scale must number its levels 1, 2, 3, ... with no gap or repeat\n");
}

TEST(AimsRules, AScaleMayBeInAnyOrder) {
    EXPECT_EQ(errors_with("    - {value: 1, label: Rare}\n    - {value: 2, label: Unlikely}\n",
                          "    - {value: 2, label: Unlikely}\n    - {value: 1, label: Rare}\n"),
              "");
}

TEST(AimsRules, ASmallerScaleNeedsBandsOnlyUpToItsLargestScore) {
    // 3 × 5: scores 1 to 15; the bands above 15 cannot be reached but do no harm.
    EXPECT_EQ(errors_with("    - {value: 4, label: Likely}\n    - {value: 5, label: Almost certain}\n", ""), "");
}

TEST(AimsRules, BandsWithAGap) {
    EXPECT_EQ(errors_with("{name: medium, min: 5, max: 9}", "{name: medium, min: 5, max: 8}"),
              "aims.yaml:31:3: error: risk score 9 falls in no band; the bands must cover 1 to 25 exactly once\n");
}

TEST(AimsRules, BandsThatStopShortOfTheLargestScore) {
    EXPECT_EQ(errors_with("{name: critical, min: 17, max: 25}", "{name: critical, min: 17, max: 24}"),
              "aims.yaml:31:3: error: risk score 25 falls in no band; the bands must cover 1 to 25 exactly once\n");
}

TEST(AimsRules, OverlappingBands) {
    EXPECT_EQ(errors_with("{name: high, min: 10, max: 16}", "{name: high, min: 9, max: 16}"),
              "aims.yaml:31:3: error: risk score 9 falls in more than one band; the bands must cover 1 to 25 exactly "
              "once\n");
}

TEST(AimsRules, ABandWithMinAboveMax) {
    EXPECT_EQ(errors_with("{name: medium, min: 5, max: 9}", "{name: medium, min: 9, max: 5}"),
              "aims.yaml:31:3: error: risk score 5 falls in no band; the bands must cover 1 to 25 exactly once\n"
              "aims.yaml:33:7: error: band 'medium' has min 9 above max 5\n");
}

TEST(AimsRules, AcceptanceThresholdAboveTheLargestScore) {
    EXPECT_EQ(errors_with("acceptance_threshold: 9", "acceptance_threshold: 26"),
              "aims.yaml:36:25: error: acceptance_threshold 26 is outside the scores 1 to 25\n");
    EXPECT_EQ(errors_with("acceptance_threshold: 9", "acceptance_threshold: 25"), "");
}

TEST(AimsRules, AcceptanceThresholdFollowsTheScale) {
    const std::string three_levels = replaced(minimal_aims_yaml(),
                                              "    - {value: 4, label: Likely}\n    - {value: 5, label: Almost certain}\n",
                                              "");
    EXPECT_EQ(error_lines(TestContent()
                              .file("aims.yaml", replaced(three_levels, "acceptance_threshold: 9",
                                                          "acceptance_threshold: 16"))
                              .check()),
              "aims.yaml:34:25: error: acceptance_threshold 16 is outside the scores 1 to 15\n");
}

TEST(AimsRules, AcceptanceThresholdBelowOne) {
    EXPECT_EQ(errors_with("acceptance_threshold: 9", "acceptance_threshold: 0"),
              "aims.yaml:36:25: error: 'acceptance_threshold' is 0, below the minimum of 1\n"
              "aims.yaml:36:25: error: acceptance_threshold 0 is outside the scores 1 to 25\n");
}

}  // namespace
}  // namespace aimsgen::testing
