#include "generator/calendar/date.hpp"

#include <gtest/gtest.h>

#include <ostream>
#include <string_view>

namespace aimsgen {

/// Readable failure messages: the ISO date rather than raw bytes.
[[maybe_unused]] static void PrintTo(const Date& date, std::ostream* out) { *out << date.to_string(); }

namespace {

Date ymd(int year, unsigned month, unsigned day) { return Date::from_ymd(year, month, day); }

TEST(DateParse, ValidDay) {
    const std::optional<Date> date = Date::parse("2026-06-30");
    ASSERT_TRUE(date);
    EXPECT_EQ(*date, ymd(2026, 6, 30));
}

TEST(DateParse, LeapDays) {
    EXPECT_EQ(Date::parse("2024-02-29"), ymd(2024, 2, 29));
    EXPECT_EQ(Date::parse("2000-02-29"), ymd(2000, 2, 29));  // divisible by 400
    EXPECT_EQ(Date::parse("2025-02-29"), std::nullopt);
    EXPECT_EQ(Date::parse("2100-02-29"), std::nullopt);      // divisible by 100 only
}

TEST(DateParse, ImpossibleMonthsAndDays) {
    for (const std::string_view text :
         {"2026-13-01", "2026-00-10", "2026-01-00", "2026-01-32", "2026-04-31", "2026-06-31",
          "2026-02-30", "2026-99-99"}) {
        EXPECT_EQ(Date::parse(text), std::nullopt) << text;
    }
}

TEST(DateParse, OnlyExactYyyyMmDd) {
    for (const std::string_view text :
         {"2026-1-01", "2026-01-1", "26-01-01", "2026/01/01", "20260101", "2026-01-01T00:00",
          " 2026-01-01", "2026-01-01 ", "+026-01-01", "2026-+1-01", "2026-0a-01", "２０２６-01-01",
          "", "2026-01-01Z"}) {
        EXPECT_EQ(Date::parse(text), std::nullopt) << "'" << text << "'";
    }
}

TEST(DateParse, YearsBefore1900Rejected) {
    EXPECT_EQ(Date::parse("1899-12-31"), std::nullopt);
    EXPECT_EQ(Date::parse("0000-01-01"), std::nullopt);
    EXPECT_EQ(Date::parse("1900-01-01"), ymd(1900, 1, 1));
    EXPECT_EQ(Date::parse("9999-12-31"), ymd(9999, 12, 31));
}

TEST(DateToString, ZeroPaddedIso) {
    EXPECT_EQ(ymd(2026, 3, 5).to_string(), "2026-03-05");
    EXPECT_EQ(ymd(2026, 12, 31).to_string(), "2026-12-31");
    EXPECT_EQ(ymd(987, 1, 2).to_string(), "0987-01-02");
}

TEST(DateToString, RoundTripsThroughParse) {
    for (const std::string_view text : {"1900-01-01", "2024-02-29", "2026-06-30", "2099-12-31"}) {
        const std::optional<Date> date = Date::parse(text);
        ASSERT_TRUE(date) << text;
        EXPECT_EQ(date->to_string(), text);
    }
}

TEST(DateAddMonths, ClampsToTheEndOfShorterMonths) {
    EXPECT_EQ(ymd(2025, 1, 31).add_months(1), ymd(2025, 2, 28));
    EXPECT_EQ(ymd(2024, 1, 31).add_months(1), ymd(2024, 2, 29));
    EXPECT_EQ(ymd(2026, 5, 31).add_months(1), ymd(2026, 6, 30));
    EXPECT_EQ(ymd(2024, 2, 29).add_months(12), ymd(2025, 2, 28));
}

TEST(DateAddMonths, CrossesYearsBothWays) {
    EXPECT_EQ(ymd(2025, 11, 30).add_months(3), ymd(2026, 2, 28));
    EXPECT_EQ(ymd(2026, 1, 15).add_months(-13), ymd(2024, 12, 15));
    EXPECT_EQ(ymd(2026, 3, 31).add_months(-1), ymd(2026, 2, 28));
    EXPECT_EQ(ymd(2026, 1, 15).add_months(0), ymd(2026, 1, 15));
    EXPECT_EQ(ymd(2026, 12, 1).add_months(1), ymd(2027, 1, 1));
}

TEST(DateAddMonths, ClampingDoesNotCarryOver) {
    // Jan 31 + 1 month + 1 month is Mar 28, not Mar 31: each step clamps.
    EXPECT_EQ(ymd(2025, 1, 31).add_months(1).add_months(1), ymd(2025, 3, 28));
    EXPECT_EQ(ymd(2025, 1, 31).add_months(2), ymd(2025, 3, 31));
}

TEST(DateAddDays, CrossesMonthAndYear) {
    EXPECT_EQ(ymd(2024, 2, 28).add_days(1), ymd(2024, 2, 29));
    EXPECT_EQ(ymd(2025, 2, 28).add_days(1), ymd(2025, 3, 1));
    EXPECT_EQ(ymd(2026, 1, 1).add_days(-1), ymd(2025, 12, 31));
}

TEST(DateDaysSince, WholeDaysSignedByOrder) {
    EXPECT_EQ(ymd(2026, 3, 1).days_since(ymd(2026, 2, 1)), 28);
    EXPECT_EQ(ymd(2024, 3, 1).days_since(ymd(2024, 2, 1)), 29);
    EXPECT_EQ(ymd(2026, 1, 1).days_since(ymd(2025, 1, 1)), 365);
    EXPECT_EQ(ymd(2025, 1, 1).days_since(ymd(2024, 1, 1)), 366);
    EXPECT_EQ(ymd(2026, 2, 1).days_since(ymd(2026, 3, 1)), -28);
    EXPECT_EQ(ymd(2026, 6, 30).days_since(ymd(2026, 6, 30)), 0);
}

TEST(DateFromUnixSeconds, DayInUtc) {
    EXPECT_EQ(Date::from_unix_seconds(0), ymd(1970, 1, 1));
    EXPECT_EQ(Date::from_unix_seconds(86399), ymd(1970, 1, 1));
    EXPECT_EQ(Date::from_unix_seconds(86400), ymd(1970, 1, 2));
    EXPECT_EQ(Date::from_unix_seconds(1767225600), ymd(2026, 1, 1));  // 2026-01-01T00:00:00Z
    EXPECT_EQ(Date::from_unix_seconds(1767225599), ymd(2025, 12, 31));
}

TEST(DateFromUnixSeconds, NegativeSecondsRoundDownToTheEarlierDay) {
    EXPECT_EQ(Date::from_unix_seconds(-1), ymd(1969, 12, 31));
    EXPECT_EQ(Date::from_unix_seconds(-86400), ymd(1969, 12, 31));
    EXPECT_EQ(Date::from_unix_seconds(-86401), ymd(1969, 12, 30));
}

}  // namespace
}  // namespace aimsgen
