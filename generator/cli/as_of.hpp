#pragma once

#include <optional>
#include <string>

#include "generator/calendar/date.hpp"

namespace aimsgen {

/// The as-of date of a run: `--as-of` when given, else the day of
/// SOURCE_DATE_EPOCH when set, else today (UTC). The only place that reads the
/// clock. Throws std::invalid_argument with a message on a bad value.
Date resolve_as_of(const std::optional<std::string>& option);

}  // namespace aimsgen
