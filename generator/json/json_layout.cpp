#include "generator/json/json_layout.hpp"

namespace aimsgen::json_layout {

namespace {

constexpr int k_indent = 1;  // model.json's dump(1, ' ')

std::string dumped(const nlohmann::ordered_json& value) {
    return value.dump(k_indent, ' ', false, nlohmann::ordered_json::error_handler_t::strict);
}

/// Appends `lines` moved `depth` levels deeper. JSON text holds a raw newline
/// only between lines (strings escape theirs as \n), so every line starts at
/// the beginning of the text or after a '\n'.
void append_indented(std::string& text, std::string_view lines, int depth) {
    const std::string indent(static_cast<std::size_t>(depth * k_indent), ' ');
    text += indent;
    std::size_t start = 0;
    for (std::size_t newline = lines.find('\n'); newline != std::string_view::npos; newline = lines.find('\n', start)) {
        text.append(lines, start, newline + 1 - start);
        text += indent;
        start = newline + 1;
    }
    text.append(lines, start);
}

}  // namespace

std::string entry_lines(const nlohmann::ordered_json& container, int depth) {
    if (container.empty()) {
        return {};
    }
    // "{\n" + the entries at depth 0 + "\n}": keep what lies between.
    const std::string text = dumped(container);
    std::string lines;
    lines.reserve(text.size());
    append_indented(lines, std::string_view(text).substr(2, text.size() - 4), depth);
    return lines;
}

void append_element(std::string& lines, const nlohmann::ordered_json& element, int depth) {
    if (!lines.empty()) {
        lines += ",\n";
    }
    append_indented(lines, dumped(element), depth + 1);
}

ContainerText::ContainerText(char open, int depth) : m_open(open), m_depth(depth) {}

void ContainerText::start_entry() {
    m_pieces.emplace_back(m_pieces.empty() ? "\n" : ",\n");
}

void ContainerText::add_lines(std::string lines) {
    if (lines.empty()) {
        return;
    }
    start_entry();
    m_pieces.push_back(std::move(lines));
}

void ContainerText::add_member(std::string_view key, ContainerText value) {
    start_entry();
    m_pieces.push_back(std::string(static_cast<std::size_t>((m_depth + 1) * k_indent), ' ') + dumped(std::string(key)) +
                       ": ");
    for (std::string& piece : std::move(value).finish()) {
        m_pieces.push_back(std::move(piece));
    }
}

std::vector<std::string> ContainerText::finish() && {
    std::vector<std::string> pieces;
    pieces.reserve(m_pieces.size() + 2);
    pieces.emplace_back(1, m_open);
    if (!m_pieces.empty()) {
        for (std::string& piece : m_pieces) {
            pieces.push_back(std::move(piece));
        }
        pieces.push_back("\n" + std::string(static_cast<std::size_t>(m_depth * k_indent), ' '));
    }
    pieces.emplace_back(1, m_open == '{' ? '}' : ']');
    return pieces;
}

std::string ContainerText::text() && {
    const std::vector<std::string> pieces = std::move(*this).finish();
    std::size_t size = 0;
    for (const std::string& piece : pieces) {
        size += piece.size();
    }
    std::string text;
    text.reserve(size + 1);  // room for the newline that ends a file
    for (const std::string& piece : pieces) {
        text += piece;
    }
    return text;
}

}  // namespace aimsgen::json_layout
