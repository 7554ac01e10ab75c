#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace aimsgen {

/// The known name closest to `name` by edit distance, when close enough to be
/// a likely misspelling (for "did you mean"); empty otherwise.
std::string nearest_name(std::string_view name, const std::vector<std::string_view>& known);

}  // namespace aimsgen
