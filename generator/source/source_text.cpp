#include "generator/source/source_text.hpp"

#include <algorithm>

namespace aimsgen {

namespace {

constexpr std::size_t k_block = 256;

}  // namespace

std::uint32_t count_code_points(std::string_view utf8) {
    std::uint32_t count = 0;
    for (const char c : utf8) {
        if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) {
            ++count;
        }
    }
    return count;
}

SourceText::SourceText(std::string text, std::uint32_t first_line)
    : m_text(std::move(text)), m_first_line(first_line) {
    std::uint32_t code_points = 0;
    for (std::size_t i = 0; i < m_text.size(); ++i) {
        if (m_text[i] == '\n') {
            m_line_starts.push_back(static_cast<std::uint32_t>(i + 1));
        }
        code_points += (static_cast<unsigned char>(m_text[i]) & 0xC0U) != 0x80U ? 1 : 0;
        if ((i + 1) % k_block == 0) {
            m_code_points_at_block.push_back(code_points);
        }
    }
}

std::size_t SourceText::code_points_before(std::size_t offset) const {
    const std::size_t block = offset / k_block;
    return m_code_points_at_block[block] +
           count_code_points(std::string_view(m_text).substr(block * k_block, offset - block * k_block));
}

SourcePos SourceText::position(std::uint32_t line0, std::uint32_t byte_column0) const {
    if (line0 >= m_line_starts.size()) {
        line0 = static_cast<std::uint32_t>(m_line_starts.size() - 1);
    }
    const std::size_t start = m_line_starts[line0];
    const std::size_t end = std::min(m_text.size(), start + byte_column0);
    const auto column = static_cast<std::uint32_t>(code_points_before(end) - code_points_before(start));
    return SourcePos{m_first_line + line0, column + 1};
}

SourcePos SourceText::position_of_offset(std::size_t offset) const {
    offset = std::min(offset, m_text.size());
    const auto it = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
    const auto line0 = static_cast<std::uint32_t>(std::distance(m_line_starts.begin(), it) - 1);
    return position(line0, static_cast<std::uint32_t>(offset - m_line_starts[line0]));
}

std::string_view SourceText::line_text(std::uint32_t file_line) const {
    if (file_line < m_first_line || file_line - m_first_line >= m_line_starts.size()) {
        return {};
    }
    const std::size_t index = file_line - m_first_line;
    const std::size_t start = m_line_starts[index];
    std::size_t end =
        index + 1 < m_line_starts.size() ? m_line_starts[index + 1] - 1 : m_text.size();
    if (end > start && m_text[end - 1] == '\r') {
        --end;
    }
    return std::string_view(m_text).substr(start, end - start);
}

}  // namespace aimsgen
