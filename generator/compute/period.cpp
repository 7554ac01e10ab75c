#include "generator/compute/period.hpp"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

namespace aimsgen {

namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

Date month_start(int y, unsigned m) { return Date::from_ymd(y, m, 1); }

std::string label_of(int y, unsigned m, PeriodKind kind) {
    char buffer[32];
    if (kind == PeriodKind::quarter) {
        std::snprintf(buffer, sizeof buffer, "%04d-Q%u", y, (m - 1) / 3 + 1);
    } else {
        std::snprintf(buffer, sizeof buffer, "%04d-%02u", y, m);
    }
    return buffer;
}

}  // namespace

PeriodKind parse_period_kind(const std::string& text) {
    if (text == "month") {
        return PeriodKind::month;
    }
    if (text == "quarter") {
        return PeriodKind::quarter;
    }
    throw std::invalid_argument("--period must be month or quarter, not '" + text + "'");
}

Period period_of(Date d, PeriodKind kind) {
    const auto ymd = d.ymd();
    const int y = static_cast<int>(ymd.year());
    const unsigned m = static_cast<unsigned>(ymd.month());
    const unsigned first_month = kind == PeriodKind::quarter ? (m - 1) / 3 * 3 + 1 : m;
    const int length = kind == PeriodKind::quarter ? 3 : 1;
    const Date start = month_start(y, first_month);
    return Period{label_of(y, first_month, kind), start, start.add_months(length).add_days(-1), false};
}

std::vector<Period> trailing_periods(Date as_of, PeriodKind kind, int count) {
    std::vector<Period> periods;
    Period current = period_of(as_of, kind);
    current.to_date = current.end != as_of;
    current.end = as_of;
    periods.push_back(current);
    const int length = kind == PeriodKind::quarter ? 3 : 1;
    Date start = current.start;
    for (int i = 1; i < count; ++i) {
        start = start.add_months(-length);
        periods.push_back(period_of(start, kind));
    }
    std::reverse(periods.begin(), periods.end());
    return periods;
}

std::optional<Period> parse_period_label(const std::string& label) {
    int y = 0;
    unsigned n = 0;
    char extra = 0;
    if (std::sscanf(label.c_str(), "%4d-Q%1u%c", &y, &n, &extra) == 2 && label.size() == 7 && n >= 1 && n <= 4) {
        return period_of(Date::from_ymd(y, (n - 1) * 3 + 1, 1), PeriodKind::quarter);
    }
    if (std::sscanf(label.c_str(), "%4d-%2u%c", &y, &n, &extra) == 2 && label.size() == 7 && n >= 1 && n <= 12) {
        return period_of(Date::from_ymd(y, n, 1), PeriodKind::month);
    }
    return std::nullopt;
}

}  // namespace aimsgen
