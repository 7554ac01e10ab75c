#pragma once

#include <string>
#include <string_view>

#include "generator/calendar/date.hpp"
#include "generator/diagnostics/diagnostic.hpp"
#include "generator/source/file_system.hpp"

namespace aimsgen::testing {

/// An aims.yaml that is valid on its own: two people, two roles, a 5×5 scale
/// with bands low 1–4, medium 5–9, high 10–16, critical 17–25, threshold 9.
/// People: alice (role ai-lead), bob (role auditor).
std::string minimal_aims_yaml();

/// A content tree in memory, starting with minimal_aims_yaml().
class TestContent {
public:
    TestContent();
    /// Adds or replaces a file ("registers/risks.yaml", "documents/x.md", ...).
    TestContent& file(std::string path, std::string text);
    TestContent& symlink(std::string path, std::string target);
    MemoryFileSystem& files() { return m_files; }
    const MemoryFileSystem& files() const { return m_files; }

    /// Runs load and validate as `aimsgen check` does, at `as_of`.
    Diagnostics check(Date as_of = Date::from_ymd(2026, 6, 30)) const;

private:
    MemoryFileSystem m_files;
};

/// Each diagnostic as `path:line:column: error|warning: message`, one per line.
std::string format_lines(const Diagnostics& diagnostics);
/// Only the error lines of format_lines.
std::string error_lines(const Diagnostics& diagnostics);
/// Only the warning lines of format_lines.
std::string warning_lines(const Diagnostics& diagnostics);

}  // namespace aimsgen::testing
