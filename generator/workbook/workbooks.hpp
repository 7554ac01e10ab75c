#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "generator/workbook/sources.hpp"
#include "generator/workbook/xlsx_file.hpp"

namespace aimsgen::workbook {

// The evidence workbooks a certification body's auditor is handed, each built
// from the same model and figures as the portal (workbook stage).

/// soa.xlsx: cover with change log, clauses 4–10, Annex A, additional controls, summary.
Workbook soa_workbook(const Sources& sources);
/// risk-register.xlsx: method, risks, treatment plan, inherent and residual heat maps.
Workbook risk_workbook(const Sources& sources);
/// ai-system-register.xlsx: the AI system inventory.
Workbook system_workbook(const Sources& sources);
/// management-review.xlsx: the figures of the next management review's pack.
Workbook review_workbook(const Sources& sources);

/// Every workbook, in the order the portal lists them.
std::vector<Workbook> build_workbooks(const Sources& sources);

/// Where the workbooks go under OUT, and the portal's links to them.
inline constexpr std::string_view k_workbook_folder = "workbooks";

/// A workbook as written, for the portal's list: where it is and its digest.
struct WorkbookFile {
    std::string path;  ///< from the output root: "workbooks/soa.xlsx"
    std::string file_name;
    std::string title;
    std::string subject;
    std::uintmax_t size = 0;
    std::string sha256;
};

/// Writes each workbook to a file in `scratch_dir` (in parallel) and hands its
/// bytes to `deliver(relative path, bytes)`; the file is removed after.
std::vector<WorkbookFile> write_workbooks(const std::vector<Workbook>& books, const std::filesystem::path& scratch_dir,
                     const std::function<void(const std::string&, const std::string&)>& deliver);

}  // namespace aimsgen::workbook
