#pragma once

#include <string>
#include <vector>

#include "generator/source/source_pos.hpp"

namespace aimsgen {

enum class Severity { error, warning };

/// One problem in the content, pointing at the place a person must edit.
/// `path` is relative to the content directory ("registers/risks.yaml").
struct Diagnostic {
    Severity severity = Severity::error;
    std::string path;
    SourcePos pos;
    std::string message;
};

/// The problems found by a stage, collected rather than thrown so a run reports
/// everything at once.
class Diagnostics {
public:
    void error(std::string path, SourcePos pos, std::string message);
    void warning(std::string path, SourcePos pos, std::string message);
    void add(Diagnostic diagnostic) { m_items.push_back(std::move(diagnostic)); }
    void append(Diagnostics other);

    const std::vector<Diagnostic>& items() const { return m_items; }
    std::size_t error_count() const;
    std::size_t warning_count() const;
    bool has_errors() const { return error_count() > 0; }

    /// Sorts by path, line, column, severity, message and drops exact repeats,
    /// so output does not depend on the order files were loaded in.
    void sort();
    /// `--strict`: every warning becomes an error.
    void promote_warnings();

private:
    std::vector<Diagnostic> m_items;
};

}  // namespace aimsgen
