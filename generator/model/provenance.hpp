#pragma once

#include <string>

#include "generator/calendar/date.hpp"

namespace aimsgen {

/// What made an output: every page footer, workbook, model.json and the
/// manifest name it. No wall-clock time, so rebuilds are byte-identical.
struct Provenance {
    std::string generator_version = AIMSGEN_VERSION;
    std::string content_commit;  ///< the content's git commit, or "" outside git
    Date as_of;
};

}  // namespace aimsgen
