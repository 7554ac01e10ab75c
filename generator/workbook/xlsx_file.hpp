#pragma once

#include <filesystem>
#include <stdexcept>

#include "generator/workbook/sheet.hpp"

namespace aimsgen::workbook {

/// libxlsxwriter refused something; the file is not usable.
class XlsxError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Writes `book` as an .xlsx file at `file` (libxlsxwriter writes to a path
/// only), with its temporary files in `scratch_dir`. The only code that calls
/// libxlsxwriter. Same book → same bytes: the zip entries carry a fixed date
/// and the document's created time is the book's as-of date.
void write_xlsx(const Workbook& book, const std::filesystem::path& file, const std::filesystem::path& scratch_dir);

/// `text` made safe for a cell: characters XML cannot carry replaced by U+FFFD
/// and cut at Excel's limit with a note saying so.
std::string cell_text(const std::string& text);

}  // namespace aimsgen::workbook
