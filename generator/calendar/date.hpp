#pragma once

#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace aimsgen {

/// A calendar date (ISO 8601, no time of day). Every figure and warning is
/// evaluated at one of these, never at the clock.
class Date {
public:
    Date() = default;
    explicit Date(std::chrono::sys_days days) : m_days(days) {}
    static Date from_ymd(int year, unsigned month, unsigned day);

    /// Parses exactly `YYYY-MM-DD` naming a real calendar day (2025-02-29 fails).
    static std::optional<Date> parse(std::string_view text);
    /// The day of a Unix time in UTC (for SOURCE_DATE_EPOCH).
    static Date from_unix_seconds(long long seconds);

    std::string to_string() const;
    std::chrono::year_month_day ymd() const { return std::chrono::year_month_day{m_days}; }
    std::chrono::sys_days days() const { return m_days; }

    /// Same day `months` later, clamped to the month's end (Jan 31 + 1 = Feb 28/29).
    Date add_months(int months) const;
    Date add_days(int days) const { return Date(m_days + std::chrono::days{days}); }
    /// Whole days from `earlier` to this date.
    long days_since(Date earlier) const { return (m_days - earlier.m_days).count(); }

    friend bool operator==(const Date&, const Date&) = default;
    friend auto operator<=>(const Date&, const Date&) = default;

private:
    std::chrono::sys_days m_days{};
};

}  // namespace aimsgen
