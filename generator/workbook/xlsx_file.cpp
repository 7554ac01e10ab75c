#include "generator/workbook/xlsx_file.hpp"

#include <xlsxwriter.h>

#include <map>
#include <string>
#include <vector>

namespace aimsgen::workbook {

namespace {

void check(lxw_error error, const std::string& what) {
    if (error != LXW_NO_ERROR) {
        throw XlsxError(what + ": " + lxw_strerror(error));
    }
}

constexpr long long k_seconds_per_day = 86400;

time_t unix_time(Date day) {
    return static_cast<time_t>(static_cast<long long>(day.days().time_since_epoch().count()) * k_seconds_per_day);
}

lxw_datetime excel_date(Date day) {
    const auto ymd = day.ymd();
    return lxw_datetime{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                        static_cast<int>(static_cast<unsigned>(ymd.day())), 0, 0, 0.0};
}

/// libxlsxwriter reads a chart title or series name that begins with "=" as a
/// formula: a leading space keeps it a literal label.
std::string literal_label(const std::string& text) {
    std::string label = cell_text(text);
    if (!label.empty() && label.front() == '=') {
        label.insert(label.begin(), ' ');
    }
    return label;
}

/// The formats of one workbook, made once and reused (libxlsxwriter owns them).
class Formats {
public:
    explicit Formats(lxw_workbook* book) : m_book(book) {
        title = make();
        format_set_bold(title);
        format_set_font_size(title, 14);
        bold = make();
        format_set_bold(bold);
        header = make();
        format_set_bold(header);
        format_set_bg_color(header, 0xD9E1F2);
        format_set_bottom(header, LXW_BORDER_THIN);
        format_set_text_wrap(header);
        format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
        m_columns[ColumnFormat::text] = top("");
        m_columns[ColumnFormat::long_text] = top("");
        format_set_text_wrap(m_columns[ColumnFormat::long_text]);
        m_columns[ColumnFormat::integer] = top("0");
        m_columns[ColumnFormat::decimal] = top("0.0##");
        m_columns[ColumnFormat::percent] = top("0.0%");
        m_columns[ColumnFormat::date] = top("yyyy-mm-dd");
        format_set_align(m_columns[ColumnFormat::date], LXW_ALIGN_LEFT);
    }

    lxw_format* column(ColumnFormat format) { return m_columns.at(format); }

    /// A conditional format's fill.
    lxw_format* fill(std::uint32_t rgb) {
        auto& format = m_fills[rgb];
        if (format == nullptr) {
            format = make();
            format_set_bg_color(format, rgb);
        }
        return format;
    }

    /// A heat-map cell: wrapped, bordered, filled.
    lxw_format* grid(std::uint32_t rgb) {
        auto& format = m_grid[rgb];
        if (format == nullptr) {
            format = make();
            format_set_text_wrap(format);
            format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
            format_set_border(format, LXW_BORDER_THIN);
            if (rgb != 0) {
                format_set_bg_color(format, rgb);
            }
        }
        return format;
    }

    lxw_format* title = nullptr;
    lxw_format* bold = nullptr;
    lxw_format* header = nullptr;

private:
    lxw_format* make() {
        lxw_format* format = workbook_add_format(m_book);
        if (format == nullptr) {
            throw XlsxError("cannot add a cell format");
        }
        return format;
    }
    lxw_format* top(const char* number_format) {
        lxw_format* format = make();
        format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
        if (*number_format != '\0') {
            format_set_num_format(format, number_format);
        }
        return format;
    }

    lxw_workbook* m_book;
    std::map<ColumnFormat, lxw_format*> m_columns;
    std::map<std::uint32_t, lxw_format*> m_fills;
    std::map<std::uint32_t, lxw_format*> m_grid;
};

/// Writes one sheet top to bottom: constant-memory mode takes rows in order only.
class SheetWriter {
public:
    SheetWriter(lxw_workbook* book, lxw_worksheet* sheet, Formats& formats, const Sheet& spec)
        : m_book(book), m_sheet(sheet), m_formats(formats), m_spec(spec) {}

    void write() {
        const std::vector<double> widths = column_widths(m_spec);
        for (std::size_t c = 0; c < widths.size(); ++c) {
            const auto column = static_cast<lxw_col_t>(c);
            check(worksheet_set_column(m_sheet, column, column, widths[c], nullptr), where("column width"));
        }
        const SheetLayout layout = layout_of(m_spec);
        if (!m_spec.title.empty()) {
            text(layout.title, 0, m_spec.title, m_formats.title);
        }
        for (std::size_t i = 0; i < m_spec.facts.size(); ++i) {
            const auto row = layout.facts + static_cast<lxw_row_t>(i);
            text(row, 0, m_spec.facts[i].label, m_formats.bold);
            const Cell& value = m_spec.facts[i].value;
            cell(row, 1, value,
                 m_formats.column(value.kind == CellKind::date ? ColumnFormat::date : ColumnFormat::long_text),
                 false);
        }
        for (std::size_t i = 0; i < m_spec.blocks.size(); ++i) {
            text(layout.blocks[i], 0, m_spec.blocks[i].first, m_formats.bold);
            table(m_spec.blocks[i].second, layout.blocks[i] + 1, false);
        }
        if (m_spec.grid) {
            grid(*m_spec.grid, layout.grid);
        }
        if (!m_spec.table.columns.empty()) {
            table(m_spec.table, layout.table, true);
        }
        for (const Chart& chart : m_spec.charts) {
            insert(chart);
        }
    }

private:
    std::string where(const std::string& what) const { return "sheet " + m_spec.name + ": " + what; }

    void text(lxw_row_t row, lxw_col_t column, const std::string& value, lxw_format* format) {
        check(worksheet_write_string(m_sheet, row, column, cell_text(value).c_str(), format), where("text"));
    }

    void cell(lxw_row_t row, lxw_col_t column, const Cell& value, lxw_format* format, bool percent) {
        switch (value.kind) {
            case CellKind::empty:
                return;
            case CellKind::text:
                // Always a string: a value beginning with = + - @ stays text.
                text(row, column, value.text, format);
                return;
            case CellKind::number:
                check(worksheet_write_number(m_sheet, row, column, percent ? value.number / 100 : value.number,
                                             format),
                      where("number"));
                return;
            case CellKind::date: {
                lxw_datetime date = excel_date(value.date);
                check(worksheet_write_datetime(m_sheet, row, column, &date, format), where("date"));
                return;
            }
        }
    }

    void table(const Table& spec, lxw_row_t header_row, bool main) {
        const auto columns = static_cast<lxw_col_t>(spec.columns.size());
        for (lxw_col_t c = 0; c < columns; ++c) {
            text(header_row, c, spec.columns[c].header, m_formats.header);
        }
        for (std::size_t r = 0; r < spec.rows.size(); ++r) {
            const auto row = header_row + 1 + static_cast<lxw_row_t>(r);
            for (lxw_col_t c = 0; c < columns && c < spec.rows[r].size(); ++c) {
                const ColumnFormat format = spec.columns[c].format;
                cell(row, c, spec.rows[r][c], m_formats.column(format), format == ColumnFormat::percent);
            }
        }
        const lxw_row_t last_row = header_row + static_cast<lxw_row_t>(spec.rows.size());
        if (!spec.rows.empty()) {
            for (lxw_col_t c = 0; c < columns; ++c) {
                colour(spec.columns[c], header_row + 1, last_row, c);
                restrict_to(spec.columns[c], header_row + 1, last_row, c);
            }
        }
        if (main && columns > 0) {
            check(worksheet_autofilter(m_sheet, header_row, 0, last_row, columns - 1), where("autofilter"));
            worksheet_freeze_panes(m_sheet, header_row + 1, 1);
            check(worksheet_repeat_rows(m_sheet, header_row, header_row), where("print titles"));
        }
    }

    void colour(const Column& column, lxw_row_t first, lxw_row_t last, lxw_col_t c) {
        for (const ColourRule& rule : column.colours) {
            std::string quoted = "\"" + rule.value + "\"";
            lxw_conditional_format format{};
            format.type = LXW_CONDITIONAL_TYPE_CELL;
            format.criteria = LXW_CONDITIONAL_CRITERIA_EQUAL_TO;
            format.value_string = quoted.data();
            format.format = m_formats.fill(rule.fill);
            check(worksheet_conditional_format_range(m_sheet, first, c, last, c, &format),
                  where("colours of " + column.header));
        }
    }

    void restrict_to(const Column& column, lxw_row_t first, lxw_row_t last, lxw_col_t c) {
        if (column.choices.empty()) {
            return;
        }
        // libxlsxwriter takes char** though it only reads the values.
        std::vector<std::string> values = column.choices;
        std::vector<char*> list;
        for (auto& value : values) {
            list.push_back(value.data());
        }
        list.push_back(nullptr);
        lxw_data_validation validation{};
        validation.validate = LXW_VALIDATION_TYPE_LIST;
        validation.value_list = list.data();
        std::string title = cell_text(column.header).substr(0, 32);
        std::string message = "Choose one of the listed values.";
        validation.error_title = title.data();
        validation.error_message = message.data();
        check(worksheet_data_validation_range(m_sheet, first, c, last, c, &validation),
              where("value list of " + column.header));
    }

    void grid(const HeatGrid& spec, lxw_row_t row) {
        text(row, 0, spec.corner, m_formats.header);
        for (std::size_t c = 0; c < spec.column_labels.size(); ++c) {
            text(row, static_cast<lxw_col_t>(c + 1), spec.column_labels[c], m_formats.header);
        }
        constexpr double k_grid_row_height = 60;
        for (std::size_t r = 0; r < spec.cells.size(); ++r) {
            const auto at = row + 1 + static_cast<lxw_row_t>(r);
            check(worksheet_set_row(m_sheet, at, k_grid_row_height, nullptr), where("row height"));
            text(at, 0, spec.row_labels[r], m_formats.header);
            for (std::size_t c = 0; c < spec.cells[r].size(); ++c) {
                const Cell& value = spec.cells[r][c];
                lxw_format* format = m_formats.grid(spec.fills[r][c]);
                const auto column = static_cast<lxw_col_t>(c + 1);
                if (value.kind == CellKind::empty) {
                    check(worksheet_write_blank(m_sheet, at, column, format), where("heat map"));
                } else {
                    cell(at, column, value, format, false);
                }
            }
        }
    }

    void insert(const Chart& spec) {
        static const std::map<ChartKind, std::uint8_t> k_types = {{ChartKind::column, LXW_CHART_COLUMN},
                                                                  {ChartKind::bar, LXW_CHART_BAR},
                                                                  {ChartKind::line, LXW_CHART_LINE},
                                                                  {ChartKind::pie, LXW_CHART_PIE}};
        lxw_chart* chart = workbook_add_chart(m_book, k_types.at(spec.kind));
        if (chart == nullptr) {
            throw XlsxError(where("cannot add the chart " + spec.title));
        }
        for (const ChartSeries& series_spec : spec.series) {
            lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
            const CellRange& c = series_spec.categories;
            const CellRange& v = series_spec.values;
            chart_series_set_categories(series, c.sheet.c_str(), c.first_row, c.first_column, c.last_row,
                                        c.last_column);
            chart_series_set_values(series, v.sheet.c_str(), v.first_row, v.first_column, v.last_row,
                                    v.last_column);
            chart_series_set_name(series, literal_label(series_spec.name).c_str());
            if (spec.kind == ChartKind::line) {
                chart_series_set_marker_type(series, LXW_CHART_MARKER_AUTOMATIC);
            }
        }
        chart_title_set_name(chart, literal_label(spec.title).c_str());
        if (spec.kind != ChartKind::pie) {
            if (!spec.y_axis.empty()) {
                chart_axis_set_name(chart->y_axis, literal_label(spec.y_axis).c_str());
            }
            if (spec.series.size() == 1) {
                chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
            }
        }
        check(worksheet_insert_chart(m_sheet, spec.row, spec.column, chart), where("chart " + spec.title));
    }

    lxw_workbook* m_book;
    lxw_worksheet* m_sheet;
    Formats& m_formats;
    const Sheet& m_spec;
};

/// Closes the workbook on every path: libxlsxwriter frees its memory only there.
class OpenWorkbook {
public:
    OpenWorkbook(const std::filesystem::path& file, const std::filesystem::path& scratch_dir, bool constant_memory)
        : m_scratch(scratch_dir.string()) {
        lxw_workbook_options options{};
        options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
        options.tmpdir = m_scratch.data();
        m_book = workbook_new_opt(file.c_str(), &options);
        if (m_book == nullptr) {
            throw XlsxError("cannot create " + file.string());
        }
    }
    ~OpenWorkbook() {
        if (m_book != nullptr) {
            workbook_close(m_book);
        }
    }
    OpenWorkbook(const OpenWorkbook&) = delete;
    OpenWorkbook& operator=(const OpenWorkbook&) = delete;

    lxw_workbook* get() const { return m_book; }
    void close() {
        lxw_workbook* book = m_book;
        m_book = nullptr;
        check(workbook_close(book), "closing the workbook");
    }

private:
    std::string m_scratch;
    lxw_workbook* m_book = nullptr;
};

void set_properties(lxw_workbook* book, const Properties& properties) {
    std::string title = cell_text(properties.title);
    std::string subject = cell_text(properties.subject);
    std::string author = cell_text(properties.author);
    std::string company = cell_text(properties.company);
    std::string keywords = cell_text(properties.keywords);
    std::string comments = cell_text(properties.comments);
    lxw_doc_properties document{};
    document.title = title.data();
    document.subject = subject.data();
    document.author = author.data();
    document.company = company.data();
    document.keywords = keywords.data();
    document.comments = comments.data();
    document.created = unix_time(properties.created);
    check(workbook_set_properties(book, &document), "document properties");
}

}  // namespace

std::string cell_text(const std::string& text) {
    std::string safe;
    safe.reserve(text.size());
    std::size_t characters = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if ((byte & 0xC0U) != 0x80U) {
            if (characters == k_max_cell_characters - 40) {
                safe += " [… cut at Excel's cell size limit]";
                return safe;
            }
            ++characters;
        }
        if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') {
            safe += "\xEF\xBF\xBD";
        } else {
            safe += static_cast<char>(byte);
        }
    }
    return safe;
}

void write_xlsx(const Workbook& book, const std::filesystem::path& file, const std::filesystem::path& scratch_dir) {
    try {
        OpenWorkbook open(file, scratch_dir, book.constant_memory);
        set_properties(open.get(), book.properties);
        Formats formats(open.get());
        std::vector<lxw_worksheet*> sheets;
        for (const Sheet& sheet : book.sheets) {
            lxw_worksheet* added = workbook_add_worksheet(open.get(), sheet.name.c_str());
            if (added == nullptr) {
                throw XlsxError("cannot add the sheet " + sheet.name);
            }
            sheets.push_back(added);
        }
        for (std::size_t i = 0; i < book.sheets.size(); ++i) {
            SheetWriter(open.get(), sheets[i], formats, book.sheets[i]).write();
        }
        open.close();
    } catch (const XlsxError& error) {
        std::error_code ignored;
        std::filesystem::remove(file, ignored);
        throw XlsxError(book.file_name + ": " + error.what());
    }
}

}  // namespace aimsgen::workbook
