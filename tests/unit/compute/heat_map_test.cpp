// Likelihood × impact heat maps of the risks open on a date. The scale of
// minimal_aims_yaml() is 5 × 5 with bands low 1–4, medium 5–9, high 10–16,
// critical 17–25.

#include <gtest/gtest.h>

#include "tests/unit/compute/compute_test_support.hpp"

namespace aimsgen::testing {
namespace {

std::string expected_band(int score) {
    return score <= 4 ? "low" : score <= 9 ? "medium" : score <= 16 ? "high" : "critical";
}

/// Every (likelihood, impact, risk) on the map, for comparing whole maps.
std::vector<std::tuple<int, int, std::string>> placed(const HeatMap& map) {
    std::vector<std::tuple<int, int, std::string>> result;
    for (const HeatCell& cell : map.cells) {
        for (const std::string& risk : cell.risks) {
            result.emplace_back(cell.likelihood, cell.impact, risk);
        }
    }
    return result;
}

using Placed = std::vector<std::tuple<int, int, std::string>>;

TestContent register_of(const std::string& risks) {
    return TestContent().file("registers/ai-systems.yaml", k_one_system).file("registers/risks.yaml", risks);
}

TEST(HeatMap, TwentyFiveCellsWithTheirBands) {
    const Computed computed = compute_at(TestContent());
    const HeatMap& map = computed.residual;
    EXPECT_EQ(map.likelihood_levels, 5);
    EXPECT_EQ(map.impact_levels, 5);
    ASSERT_EQ(map.cells.size(), 25U);
    for (int likelihood = 1; likelihood <= 5; ++likelihood) {
        for (int impact = 1; impact <= 5; ++impact) {
            const HeatCell& cell = map.cell(likelihood, impact);
            EXPECT_EQ(cell.likelihood, likelihood);
            EXPECT_EQ(cell.impact, impact);
            EXPECT_EQ(cell.band, expected_band(likelihood * impact)) << likelihood << "×" << impact;
            EXPECT_TRUE(cell.risks.empty());
        }
    }
    // Spot checks at the band edges, independent of expected_band.
    EXPECT_EQ(map.cell(2, 2).band, "low");
    EXPECT_EQ(map.cell(1, 5).band, "medium");
    EXPECT_EQ(map.cell(3, 3).band, "medium");
    EXPECT_EQ(map.cell(2, 5).band, "high");
    EXPECT_EQ(map.cell(4, 4).band, "high");
    EXPECT_EQ(map.cell(5, 4).band, "critical");
    EXPECT_EQ(map.cells[5].likelihood, 2);  // row-major: likelihood, then impact
    EXPECT_EQ(map.cells[5].impact, 1);
}

TEST(HeatMap, OpenRisksByInherentAndResidualScore) {
    const TestContent content = register_of(
        risk_yaml({.id = "RSK-1", .likelihood = 4, .impact = 5, .residual_likelihood = 2, .residual_impact = 3}) +
        risk_yaml({.id = "RSK-2", .likelihood = 4, .impact = 5, .residual_likelihood = 1, .residual_impact = 1}) +
        risk_yaml({.id = "RSK-3",
                   .likelihood = 3,
                   .impact = 3,
                   .residual_likelihood = 3,
                   .residual_impact = 3,
                   .status = "closed",
                   .next_review = "",
                   .extra = "  closed: 2026-05-01\n"}) +
        risk_yaml({.id = "RSK-4", .identified = "2026-07-01", .likelihood = 5, .impact = 5}) +
        // Closed on the as-of date: off the map that day.
        risk_yaml({.id = "RSK-5",
                   .likelihood = 2,
                   .impact = 2,
                   .status = "closed",
                   .next_review = "",
                   .extra = "  closed: 2026-06-30\n"}));
    const Computed computed = compute_at(content);
    EXPECT_EQ(placed(computed.inherent), (Placed{{4, 5, "RSK-1"}, {4, 5, "RSK-2"}}));
    EXPECT_EQ(computed.inherent.cell(4, 5).band, "critical");
    EXPECT_FALSE(computed.inherent.residual);
    EXPECT_EQ(placed(computed.residual), (Placed{{1, 1, "RSK-2"}, {2, 3, "RSK-1"}}));
    EXPECT_EQ(computed.residual.cell(2, 3).band, "medium");
    EXPECT_EQ(computed.residual.cell(1, 1).band, "low");
    EXPECT_TRUE(computed.residual.residual);
    EXPECT_EQ(computed.residual.label, "as-of");
}

TEST(HeatMap, ScoresFromHistoryAtEachPeriodEnd) {
    const TestContent content = register_of(risk_yaml(
        {.id = "RSK-6",
         .likelihood = 5,
         .impact = 5,
         .residual_likelihood = 2,
         .residual_impact = 2,
         .extra = "  history:\n"
                  "    - {date: 2025-01-01, likelihood: 4, impact: 5, residual_likelihood: 4, residual_impact: 4}\n"
                  "    - {date: 2026-02-01, residual_likelihood: 3, residual_impact: 3}\n"
                  "    - {date: 2026-05-01, likelihood: 5, residual_likelihood: 2, residual_impact: 2}\n"}));
    const Computed computed = compute_at(content);
    ASSERT_EQ(computed.residual_by_period.size(), 4U);
    EXPECT_EQ(computed.residual_by_period[0].label, "2025-Q3");
    EXPECT_EQ(placed(computed.residual_by_period[0]), (Placed{{4, 4, "RSK-6"}}));
    EXPECT_EQ(placed(computed.residual_by_period[1]), (Placed{{4, 4, "RSK-6"}}));
    EXPECT_EQ(placed(computed.residual_by_period[2]), (Placed{{3, 3, "RSK-6"}}));
    EXPECT_EQ(computed.residual_by_period[3].label, "2026-Q2");
    EXPECT_EQ(placed(computed.residual_by_period[3]), (Placed{{2, 2, "RSK-6"}}));
    EXPECT_TRUE(computed.residual_by_period[3].residual);

    const Model model = build_test_model(content);
    EXPECT_EQ(placed(build_heat_map(model, day(2026, 3, 1), false, "x")), (Placed{{4, 5, "RSK-6"}}));
    EXPECT_EQ(placed(build_heat_map(model, day(2026, 5, 1), false, "x")), (Placed{{5, 5, "RSK-6"}}));
    EXPECT_EQ(placed(build_heat_map(model, day(2026, 5, 1), true, "x")), (Placed{{2, 2, "RSK-6"}}));
}

TEST(HeatMap, ARiskClosedLaterIsOnTheMapsOfEarlierPeriods) {
    // RSK-3 was open until 2026-05-01 and RSK-7 until 2026-06-30: both belong on the
    // maps of 2025-Q3 … 2026-Q1, though their register status is now closed.
    const TestContent content = register_of(
        risk_yaml({.id = "RSK-3",
                   .residual_likelihood = 3,
                   .residual_impact = 3,
                   .status = "closed",
                   .next_review = "",
                   .extra = "  closed: 2026-05-01\n"}) +
        risk_yaml({.id = "RSK-7",
                   .residual_likelihood = 2,
                   .residual_impact = 4,
                   .status = "closed",
                   .next_review = "",
                   .extra = "  closed: 2026-06-30\n  history:\n    - {date: 2025-01-01, note: Assessed}\n"}));
    const Computed computed = compute_at(content);
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(placed(computed.residual_by_period[i]), (Placed{{2, 4, "RSK-7"}, {3, 3, "RSK-3"}}))
            << computed.residual_by_period[i].label;
    }
    EXPECT_TRUE(placed(computed.residual_by_period[3]).empty());
    EXPECT_TRUE(placed(computed.residual).empty());
}

TEST(HeatMap, AClosedStatusInHistoryTakesTheRiskOffFromThatDate) {
    const TestContent content = register_of(risk_yaml(
        {.id = "RSK-8",
         .residual_likelihood = 3,
         .residual_impact = 3,
         .status = "closed",
         .next_review = "",
         .extra = "  closed: 2026-02-01\n  history:\n    - {date: 2025-01-01, status: treating}\n"
                  "    - {date: 2026-02-01, status: closed}\n"}));
    const Computed computed = compute_at(content);
    EXPECT_EQ(placed(computed.residual_by_period[1]), (Placed{{3, 3, "RSK-8"}}));
    EXPECT_TRUE(placed(computed.residual_by_period[2]).empty());
}

}  // namespace
}  // namespace aimsgen::testing
