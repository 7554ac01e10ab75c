#include <gtest/gtest.h>

#include "tests/support/test_model.hpp"

namespace aimsgen::testing {
namespace {

TEST(ComputeSmoke, EmptyContentGivesNullFiguresNotZeros) {
    const Model model = build_test_model(TestContent());
    const Computed computed = compute(model, ComputeOptions{Date::from_ymd(2026, 6, 30), PeriodKind::quarter, 4});
    const Kpi* risks = find_kpi(computed, "risks-above-appetite");
    ASSERT_NE(risks, nullptr);
    EXPECT_FALSE(risks->value.has_value());
    EXPECT_EQ(risks->trend.size(), 4U);
    EXPECT_STREQ(rag_name(risks->rag), "grey");
}

}  // namespace
}  // namespace aimsgen::testing
