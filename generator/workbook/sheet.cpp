#include "generator/workbook/sheet.hpp"

#include <algorithm>


namespace aimsgen::workbook {

namespace {

std::size_t characters(const std::string& text) {
    std::size_t count = 0;
    for (const char c : text) {
        // Count code points, not bytes: every byte that does not continue one.
        if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) {
            ++count;
        }
    }
    return count;
}

/// The width a value asks for: its longest line, in characters.
double width_of(const std::string& text) {
    std::size_t longest = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        longest = std::max(longest, characters(text.substr(start, end - start)));
        start = end + 1;
    }
    return static_cast<double>(longest);
}

constexpr double k_min_width = 6;
constexpr double k_max_width = 50;
constexpr double k_long_text_width = 60;
constexpr double k_padding = 2;

void widen(std::vector<double>& widths, std::size_t column, double width) {
    if (widths.size() <= column) {
        widths.resize(column + 1, 0);
    }
    widths[column] = std::max(widths[column], width);
}

void widen_for(std::vector<double>& widths, const Table& table) {
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        const Column& column = table.columns[c];
        double width = width_of(column.header);
        for (const auto& row : table.rows) {
            if (c < row.size()) {
                width = std::max(width, width_of(row[c].display()));
            }
        }
        const double cap = column.format == ColumnFormat::long_text ? k_long_text_width : k_max_width;
        widen(widths, c, std::min(width + k_padding, cap));
    }
}

}  // namespace

Cell Cell::of(std::string text) {
    // YAML block scalars end with a line break a cell should not show.
    text.erase(text.find_last_not_of(" \t\r\n") + 1);
    Cell cell;
    cell.kind = CellKind::text;
    cell.text = std::move(text);
    return cell;
}

Cell Cell::of(double number) {
    Cell cell;
    cell.kind = CellKind::number;
    cell.number = number;
    return cell;
}

Cell Cell::of(Date date) {
    Cell cell;
    cell.kind = CellKind::date;
    cell.date = date;
    return cell;
}

Cell Cell::of(const std::optional<Date>& date) { return date ? of(*date) : Cell{}; }

Cell Cell::of(const std::optional<double>& number) { return number ? of(*number) : Cell{}; }

Cell Cell::yes_no(bool yes) { return of(std::string(yes ? "Yes" : "No")); }

Cell Cell::list(const std::vector<std::string>& items) {
    std::string joined;
    for (const auto& item : items) {
        if (!joined.empty()) {
            joined += ", ";
        }
        joined += item;
    }
    return joined.empty() ? Cell{} : of(std::move(joined));
}

std::string Cell::display() const {
    switch (kind) {
        case CellKind::text:
            return text;
        case CellKind::number: {
            std::string shown = std::to_string(number);
            shown.erase(shown.find_last_not_of('0') + 1);
            if (!shown.empty() && shown.back() == '.') {
                shown.pop_back();
            }
            return shown;
        }
        case CellKind::date:
            return date.to_string();
        case CellKind::empty:
            break;
    }
    return "";
}

SheetLayout layout_of(const Sheet& sheet) {
    SheetLayout layout;
    std::uint32_t row = 0;
    if (!sheet.title.empty()) {
        layout.title = row;
        row += 2;
    }
    layout.facts = row;
    if (!sheet.facts.empty()) {
        row += static_cast<std::uint32_t>(sheet.facts.size()) + 1;
    }
    for (const auto& block : sheet.blocks) {
        layout.blocks.push_back(row);
        row += 2 + static_cast<std::uint32_t>(block.second.rows.size()) + 1;
    }
    layout.grid = row;
    if (sheet.grid) {
        row += 1 + static_cast<std::uint32_t>(sheet.grid->cells.size()) + 1;
    }
    layout.table = row;
    return layout;
}

std::uint32_t Sheet::table_header_row() const { return layout_of(*this).table; }

std::vector<double> column_widths(const Sheet& sheet) {
    std::vector<double> widths;
    for (const auto& fact : sheet.facts) {
        widen(widths, 0, std::min(width_of(fact.label) + k_padding, k_max_width));
        widen(widths, 1, std::min(width_of(fact.value.display()) + k_padding, k_long_text_width));
    }
    for (const auto& block : sheet.blocks) {
        widen_for(widths, block.second);
    }
    if (sheet.grid) {
        widen(widths, 0, width_of(sheet.grid->corner) + k_padding);
        for (const auto& label : sheet.grid->row_labels) {
            widen(widths, 0, std::min(width_of(label) + k_padding, k_max_width));
        }
        for (std::size_t c = 0; c < sheet.grid->column_labels.size(); ++c) {
            widen(widths, c + 1, 24);
        }
    }
    widen_for(widths, sheet.table);
    for (double& width : widths) {
        width = std::max(width, k_min_width);
    }
    return widths;
}

}  // namespace aimsgen::workbook
