#include "generator/calendar/date.hpp"

#include <cstdio>

namespace aimsgen {

namespace {

bool parse_digits(std::string_view text, int& value) {
    value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') {
            return false;
        }
        value = value * 10 + (c - '0');
    }
    return !text.empty();
}

}  // namespace

Date Date::from_ymd(int year, unsigned month, unsigned day) {
    return Date(std::chrono::sys_days{std::chrono::year{year} / std::chrono::month{month} /
                                      std::chrono::day{day}});
}

std::optional<Date> Date::parse(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    int year = 0;
    int month = 0;
    int day = 0;
    if (!parse_digits(text.substr(0, 4), year) || !parse_digits(text.substr(5, 2), month) ||
        !parse_digits(text.substr(8, 2), day)) {
        return std::nullopt;
    }
    const std::chrono::year_month_day ymd{std::chrono::year{year},
                                          std::chrono::month{static_cast<unsigned>(month)},
                                          std::chrono::day{static_cast<unsigned>(day)}};
    if (!ymd.ok() || year < 1900) {
        return std::nullopt;
    }
    return Date(std::chrono::sys_days{ymd});
}

Date Date::from_unix_seconds(long long seconds) {
    return Date(std::chrono::floor<std::chrono::days>(
        std::chrono::sys_seconds{std::chrono::seconds{seconds}}));
}

std::string Date::to_string() const {
    const auto value = ymd();
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(value.year()),
                  static_cast<unsigned>(value.month()), static_cast<unsigned>(value.day()));
    return buffer;
}

Date Date::add_months(int months) const {
    const auto value = ymd();
    const auto moved = std::chrono::year_month{value.year(), value.month()} + std::chrono::months{months};
    const auto last = std::chrono::year_month_day_last{moved.year(), std::chrono::month_day_last{moved.month()}};
    const auto day = std::min(value.day(), last.day());
    return Date(std::chrono::sys_days{moved.year() / moved.month() / day});
}

}  // namespace aimsgen
