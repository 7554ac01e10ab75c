#pragma once

#include <string>
#include <vector>

#include "generator/calendar/date.hpp"

namespace aimsgen {

enum class PeriodKind { month, quarter };

/// A calendar month or quarter. The one holding the as-of date ends at it and
/// is "to date": incomplete.
struct Period {
    std::string label;  ///< "2026-09" or "2026-Q3"
    Date start;
    Date end;           ///< last day counted (the as-of date for the period to date)
    bool to_date = false;
};

/// "month" or "quarter"; throws std::invalid_argument otherwise.
PeriodKind parse_period_kind(const std::string& text);

/// The `count` periods ending with the one that holds `as_of`, oldest first.
std::vector<Period> trailing_periods(Date as_of, PeriodKind kind, int count);

/// The period of `kind` that holds `day` (not cut at any as-of date).
Period period_of(Date day, PeriodKind kind);

/// A period named by its label ("2026-Q3", "2026-09"); nullopt if malformed.
std::optional<Period> parse_period_label(const std::string& label);

}  // namespace aimsgen
