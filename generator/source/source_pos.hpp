#pragma once

#include <cstdint>

namespace aimsgen {

/// A place in a source file as an editor shows it: 1-based line, and 1-based
/// column counted in Unicode code points. Line 0 means "the whole file".
struct SourcePos {
    std::uint32_t line = 0;
    std::uint32_t column = 0;

    friend bool operator==(const SourcePos&, const SourcePos&) = default;
    friend auto operator<=>(const SourcePos&, const SourcePos&) = default;
};

}  // namespace aimsgen
