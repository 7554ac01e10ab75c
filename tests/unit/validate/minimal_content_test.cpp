#include <gtest/gtest.h>

#include "tests/support/test_content.hpp"

namespace aimsgen::testing {
namespace {

TEST(MinimalContent, AimsAloneHasNoErrorAndOneSoaWarning) {
    const Diagnostics diagnostics = TestContent().check();
    EXPECT_EQ(error_lines(diagnostics), "");
    EXPECT_EQ(warning_lines(diagnostics),
              "registers/soa.yaml: warning: there is no Statement of Applicability yet: none of the 38 Annex A "
              "controls has an entry\n");
}

}  // namespace
}  // namespace aimsgen::testing
