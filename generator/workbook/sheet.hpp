#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "generator/calendar/date.hpp"

namespace aimsgen::workbook {

// What a workbook holds, as plain data: the builders (soa_workbook.cpp, …) fill
// it from the model; xlsx_file.cpp is the only code that turns it into a file.
// Keeping the two apart lets tests read a workbook's content without a zip.

enum class CellKind : std::uint8_t { empty, text, number, date };

/// One value. Text is always written as a string, never as a formula, whatever
/// it begins with.
struct Cell {
    CellKind kind = CellKind::empty;
    std::string text;
    double number = 0;
    Date date;

    /// Text without trailing blanks and line breaks.
    static Cell of(std::string text);
    static Cell of(double number);
    static Cell of(int number) { return of(static_cast<double>(number)); }
    static Cell of(std::size_t number) { return of(static_cast<double>(number)); }
    static Cell of(Date date);
    static Cell of(const std::optional<Date>& date);
    static Cell of(const std::optional<double>& number);
    static Cell yes_no(bool yes);
    /// Ids or names joined with ", ".
    static Cell list(const std::vector<std::string>& items);

    /// The text a reader sees (dates as YYYY-MM-DD), for widths and tests.
    std::string display() const;
};

/// How a column's values look: its number format and alignment.
/// `percent` numbers are percentage points (62.5), shown as 62.5%.
enum class ColumnFormat : std::uint8_t { text, long_text, integer, decimal, percent, date };

/// A fill a cell takes when its text equals `value` (conditional formatting).
struct ColourRule {
    std::string value;
    std::uint32_t fill = 0;  ///< 0xRRGGBB
};

struct Column {
    std::string header;
    ColumnFormat format = ColumnFormat::text;
    std::vector<std::string> choices;  ///< a data-validation list; empty = none
    std::vector<ColourRule> colours;   ///< conditional fills by value
};

/// A titled table: bold header row, frozen below it, with an autofilter.
struct Table {
    std::vector<Column> columns;
    std::vector<std::vector<Cell>> rows;  ///< each as long as columns
};

/// A label and its value, above a sheet's table (the cover, the method).
struct Fact {
    std::string label;
    Cell value;
};

/// A likelihood × impact matrix: likelihood down (highest first), impact across.
struct HeatGrid {
    std::string corner;                  ///< "Likelihood \ Impact"
    std::vector<std::string> row_labels;  ///< highest likelihood first
    std::vector<std::string> column_labels;
    /// rows × columns; text is the count and the ids, fill the band's colour.
    std::vector<std::vector<Cell>> cells;
    std::vector<std::vector<std::uint32_t>> fills;
};

/// A rectangle of cells on a sheet, zero-based.
struct CellRange {
    std::string sheet;
    std::uint32_t first_row = 0;
    std::uint16_t first_column = 0;
    std::uint32_t last_row = 0;
    std::uint16_t last_column = 0;
};

enum class ChartKind : std::uint8_t { column, bar, line, pie };

struct ChartSeries {
    std::string name;
    CellRange categories;
    CellRange values;
};

/// A chart placed on its sheet at `row`, `column`.
struct Chart {
    ChartKind kind = ChartKind::column;
    std::string title;
    std::string y_axis;
    std::vector<ChartSeries> series;
    std::uint32_t row = 0;
    std::uint16_t column = 0;
};

struct Sheet {
    std::string name;   ///< at most 31 characters, none of []:*?/ or backslash
    std::string title;  ///< a bold first line; empty for none
    std::vector<Fact> facts;
    /// Sub-tables above the main table (the cover's change log, the method's scales).
    std::vector<std::pair<std::string, Table>> blocks;
    Table table;
    std::optional<HeatGrid> grid;
    std::vector<Chart> charts;

    /// Zero-based row of the main table's header, from what is above it.
    std::uint32_t table_header_row() const;
    /// Zero-based row of the main table's data row `index`.
    std::uint32_t table_row(std::size_t index) const {
        return table_header_row() + 1 + static_cast<std::uint32_t>(index);
    }
};

/// Where each part of a sheet starts, top to bottom, a blank row between parts:
/// title, facts, each block (its heading, then its table), the grid, the table.
struct SheetLayout {
    std::uint32_t title = 0;
    std::uint32_t facts = 0;
    std::vector<std::uint32_t> blocks;  ///< the row of each block's heading
    std::uint32_t grid = 0;
    std::uint32_t table = 0;  ///< the main table's header row
};
SheetLayout layout_of(const Sheet& sheet);

/// Document properties: the workbook's File ▸ Info.
struct Properties {
    std::string title;
    std::string subject;
    std::string author;
    std::string company;
    std::string keywords;
    std::string comments;  ///< provenance: generator version, content commit, as-of date
    Date created;          ///< the as-of date, so rebuilds are byte-identical
};

struct Workbook {
    std::string file_name;  ///< "soa.xlsx"
    std::string title;      ///< "Statement of Applicability"
    Properties properties;
    std::vector<Sheet> sheets;
    /// Rows written strictly in order with little memory; charts then show no
    /// cached values, so books with charts turn it off.
    bool constant_memory = false;
};

/// Each sheet column's width in characters, from everything in it (there is
/// no autofit): wide enough for the longest value, capped for long text.
std::vector<double> column_widths(const Sheet& sheet);

/// The largest text a cell takes (Excel's limit); longer text is cut with a note.
inline constexpr std::size_t k_max_cell_characters = 32767;

}  // namespace aimsgen::workbook
