// Calendar months and quarters: the trailing periods every trend and heat map
// is evaluated over.

#include <gtest/gtest.h>

#include <stdexcept>

#include "generator/compute/period.hpp"
#include "tests/unit/compute/compute_test_support.hpp"

namespace aimsgen::testing {
namespace {

std::vector<std::string> labels(const std::vector<Period>& periods) {
    std::vector<std::string> result;
    for (const Period& period : periods) {
        result.push_back(period.label);
    }
    return result;
}

TEST(TrailingPeriods, QuartersEndingWithTheOneHoldingTheAsOfDate) {
    const std::vector<Period> periods = trailing_periods(day(2026, 5, 15), PeriodKind::quarter, 3);
    EXPECT_EQ(labels(periods), (std::vector<std::string>{"2025-Q4", "2026-Q1", "2026-Q2"}));
    EXPECT_EQ(periods[0].start, day(2025, 10, 1));
    EXPECT_EQ(periods[0].end, day(2025, 12, 31));
    EXPECT_FALSE(periods[0].to_date);
    EXPECT_EQ(periods[1].start, day(2026, 1, 1));
    EXPECT_EQ(periods[1].end, day(2026, 3, 31));
    EXPECT_FALSE(periods[1].to_date);
    // The last one ends at the as-of date and is incomplete.
    EXPECT_EQ(periods[2].start, day(2026, 4, 1));
    EXPECT_EQ(periods[2].end, day(2026, 5, 15));
    EXPECT_TRUE(periods[2].to_date);
}

TEST(TrailingPeriods, AnAsOfDateOnThePeriodsLastDayCompletesIt) {
    const std::vector<Period> quarters = trailing_periods(day(2026, 3, 31), PeriodKind::quarter, 2);
    EXPECT_EQ(labels(quarters), (std::vector<std::string>{"2025-Q4", "2026-Q1"}));
    EXPECT_EQ(quarters.back().end, day(2026, 3, 31));
    EXPECT_FALSE(quarters.back().to_date);

    const std::vector<Period> months = trailing_periods(day(2026, 4, 30), PeriodKind::month, 1);
    EXPECT_EQ(months.back().end, day(2026, 4, 30));
    EXPECT_FALSE(months.back().to_date);
}

TEST(TrailingPeriods, AnAsOfDateOnThePeriodsFirstDayIsToDate) {
    const std::vector<Period> periods = trailing_periods(day(2026, 7, 1), PeriodKind::quarter, 1);
    EXPECT_EQ(labels(periods), (std::vector<std::string>{"2026-Q3"}));
    EXPECT_EQ(periods[0].start, day(2026, 7, 1));
    EXPECT_EQ(periods[0].end, day(2026, 7, 1));
    EXPECT_TRUE(periods[0].to_date);
}

TEST(TrailingPeriods, MonthsCrossingTheYear) {
    const std::vector<Period> periods = trailing_periods(day(2026, 1, 10), PeriodKind::month, 3);
    EXPECT_EQ(labels(periods), (std::vector<std::string>{"2025-11", "2025-12", "2026-01"}));
    EXPECT_EQ(periods[0].start, day(2025, 11, 1));
    EXPECT_EQ(periods[0].end, day(2025, 11, 30));
    EXPECT_EQ(periods[1].start, day(2025, 12, 1));
    EXPECT_EQ(periods[1].end, day(2025, 12, 31));
    EXPECT_EQ(periods[2].start, day(2026, 1, 1));
    EXPECT_EQ(periods[2].end, day(2026, 1, 10));
    EXPECT_TRUE(periods[2].to_date);
}

TEST(TrailingPeriods, QuartersCrossingTheYear) {
    const std::vector<Period> periods = trailing_periods(day(2026, 2, 1), PeriodKind::quarter, 5);
    EXPECT_EQ(labels(periods), (std::vector<std::string>{"2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1"}));
    EXPECT_EQ(periods[0].start, day(2025, 1, 1));
    EXPECT_EQ(periods[0].end, day(2025, 3, 31));
    EXPECT_EQ(periods[3].end, day(2025, 12, 31));
}

TEST(TrailingPeriods, FebruaryOfALeapYear) {
    const std::vector<Period> on_leap_day = trailing_periods(day(2028, 2, 29), PeriodKind::month, 2);
    EXPECT_EQ(labels(on_leap_day), (std::vector<std::string>{"2028-01", "2028-02"}));
    EXPECT_EQ(on_leap_day[1].start, day(2028, 2, 1));
    EXPECT_EQ(on_leap_day[1].end, day(2028, 2, 29));
    EXPECT_FALSE(on_leap_day[1].to_date);  // the leap day is February's last

    const std::vector<Period> day_before = trailing_periods(day(2028, 2, 28), PeriodKind::month, 1);
    EXPECT_TRUE(day_before[0].to_date);

    const std::vector<Period> after = trailing_periods(day(2028, 3, 15), PeriodKind::month, 2);
    EXPECT_EQ(after[0].label, "2028-02");
    EXPECT_EQ(after[0].end, day(2028, 2, 29));
}

TEST(TrailingPeriods, ComputeUsesThem) {
    const Computed computed = compute_at(TestContent(), day(2026, 1, 10), 3, PeriodKind::month);
    EXPECT_EQ(labels(computed.periods), (std::vector<std::string>{"2025-11", "2025-12", "2026-01"}));
    EXPECT_TRUE(computed.periods.back().to_date);
    EXPECT_EQ(trend_labels(kpi_of(computed, "systems-in-scope")),
              (std::vector<std::string>{"2025-11", "2025-12", "2026-01"}));
}

TEST(PeriodOf, QuarterAndMonthHoldingADay) {
    const Period quarter = period_of(day(2026, 8, 15), PeriodKind::quarter);
    EXPECT_EQ(quarter.label, "2026-Q3");
    EXPECT_EQ(quarter.start, day(2026, 7, 1));
    EXPECT_EQ(quarter.end, day(2026, 9, 30));
    EXPECT_FALSE(quarter.to_date);

    const Period q4 = period_of(day(2026, 12, 31), PeriodKind::quarter);
    EXPECT_EQ(q4.label, "2026-Q4");
    EXPECT_EQ(q4.start, day(2026, 10, 1));
    EXPECT_EQ(q4.end, day(2026, 12, 31));

    const Period month = period_of(day(2028, 2, 10), PeriodKind::month);
    EXPECT_EQ(month.label, "2028-02");
    EXPECT_EQ(month.start, day(2028, 2, 1));
    EXPECT_EQ(month.end, day(2028, 2, 29));
}

TEST(ParsePeriodLabel, QuarterAndMonthLabels) {
    const std::optional<Period> quarter = parse_period_label("2026-Q3");
    ASSERT_TRUE(quarter.has_value());
    EXPECT_EQ(quarter->label, "2026-Q3");
    EXPECT_EQ(quarter->start, day(2026, 7, 1));
    EXPECT_EQ(quarter->end, day(2026, 9, 30));

    const std::optional<Period> month = parse_period_label("2026-09");
    ASSERT_TRUE(month.has_value());
    EXPECT_EQ(month->label, "2026-09");
    EXPECT_EQ(month->start, day(2026, 9, 1));
    EXPECT_EQ(month->end, day(2026, 9, 30));
}

TEST(ParsePeriodLabel, MalformedLabels) {
    for (const char* label : {"2026-Q5", "2026-Q0", "2026-13", "2026-00", "2026-Q3x", "2026-9", "26-Q1", "", "2026"}) {
        EXPECT_FALSE(parse_period_label(label).has_value()) << label;
    }
}

TEST(ParsePeriodKind, MonthOrQuarter) {
    EXPECT_EQ(parse_period_kind("month"), PeriodKind::month);
    EXPECT_EQ(parse_period_kind("quarter"), PeriodKind::quarter);
    EXPECT_THROW(parse_period_kind("year"), std::invalid_argument);
    EXPECT_THROW(parse_period_kind("Quarter"), std::invalid_argument);
}

}  // namespace
}  // namespace aimsgen::testing
