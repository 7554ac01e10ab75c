#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "generator/source/source_pos.hpp"

namespace aimsgen {

/// The text of one content file with an index of its line starts, so byte
/// offsets from parsers can be turned into editor positions and a diagnostic
/// can quote the offending line.
class SourceText {
public:
    SourceText() = default;
    /// `first_line` is the file line of the text's first line (front matter
    /// starts below its opening `---`).
    explicit SourceText(std::string text, std::uint32_t first_line = 1);

    const std::string& text() const { return m_text; }
    std::uint32_t first_line() const { return m_first_line; }

    /// The position of a 0-based line and 0-based byte column of this text.
    SourcePos position(std::uint32_t line0, std::uint32_t byte_column0) const;
    /// The position of a 0-based byte offset into this text.
    SourcePos position_of_offset(std::size_t offset) const;
    /// The text of a file line (without its line break), empty if out of range.
    std::string_view line_text(std::uint32_t file_line) const;

private:
    /// Code points in the text before byte `offset`.
    std::size_t code_points_before(std::size_t offset) const;

    std::string m_text;
    std::uint32_t m_first_line = 1;
    std::vector<std::uint32_t> m_line_starts{0};
    /// Code points before every 256th byte: a column on a very long line
    /// (a register written as one line of JSON) costs a block's scan, not the
    /// line's, so positioning every node of that line stays linear overall.
    std::vector<std::uint32_t> m_code_points_at_block{0};
};

/// Number of code points in a UTF-8 byte range (continuation bytes not counted).
std::uint32_t count_code_points(std::string_view utf8);

}  // namespace aimsgen
