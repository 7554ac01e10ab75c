#include "generator/diagnostics/diagnostic_printer.hpp"

#include <filesystem>

#include <nlohmann/json.hpp>

namespace aimsgen {

namespace {

const char* severity_word(Severity severity) { return severity == Severity::error ? "error" : "warning"; }

std::string plural(std::size_t count, const char* word) {
    return std::to_string(count) + " " + word + (count == 1 ? "" : "s");
}

constexpr std::size_t k_excerpt_context = 80;  ///< bytes shown each side of the caret on a long line

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U; }

/// The source line with tabs kept (so the caret lines up) and a caret line. A
/// line longer than twice k_excerpt_context (a register written as one line of
/// JSON, say) is cut to the part around the caret, with '…' where it was cut.
void print_excerpt(std::ostream& out, const SourceText& text, SourcePos pos) {
    const std::string_view line = text.line_text(pos.line);
    std::size_t caret = 0;  // byte offset of the column
    for (std::uint32_t column = 1; caret < line.size() && column < pos.column; ++column) {
        for (++caret; caret < line.size() && is_continuation(line[caret]); ++caret) {
        }
    }
    std::size_t from = 0;
    std::size_t to = line.size();
    if (line.size() > 2 * k_excerpt_context) {
        from = caret > k_excerpt_context ? caret - k_excerpt_context : 0;
        to = std::min(line.size(), caret + k_excerpt_context);
        while (from > 0 && is_continuation(line[from])) {
            --from;
        }
        while (to < line.size() && is_continuation(line[to])) {
            ++to;
        }
    }
    const std::string number = std::to_string(pos.line);
    std::string shown(from > 0 ? "…" : "");
    std::string marker(from > 0 ? " " : "");
    shown.append(line.substr(from, to - from));
    shown += to < line.size() ? "…" : "";
    for (std::size_t i = from; i < caret; ++i) {
        if (!is_continuation(line[i])) {
            marker += line[i] == '\t' ? '\t' : ' ';
        }
    }
    out << ' ' << std::string(number.size() < 5 ? 5 - number.size() : 0, ' ') << number << " | " << shown << '\n'
        << ' ' << std::string(std::max<std::size_t>(5, number.size()), ' ') << " | " << marker << "^\n";
}

}  // namespace

std::string display_path(const std::string& root, std::string_view path) {
    if (path.empty()) {
        return root;
    }
    return (std::filesystem::path(root) / std::filesystem::path(path)).lexically_normal().generic_string();
}

void print_diagnostics(std::ostream& out, const Diagnostics& diagnostics, const std::string& display_root,
                       const SourceLookup& lookup) {
    for (const Diagnostic& diagnostic : diagnostics.items()) {
        out << display_path(display_root, diagnostic.path);
        if (diagnostic.pos.line > 0) {
            out << ':' << diagnostic.pos.line << ':' << diagnostic.pos.column;
        }
        out << ": " << severity_word(diagnostic.severity) << ": " << diagnostic.message << '\n';
        const SourceText* text = diagnostic.pos.line > 0 ? lookup(diagnostic.path) : nullptr;
        if (text != nullptr && !text->line_text(diagnostic.pos.line).empty()) {
            print_excerpt(out, *text, diagnostic.pos);
        }
    }
}

std::string summarize(const Diagnostics& diagnostics) {
    const std::size_t errors = diagnostics.error_count();
    const std::size_t warnings = diagnostics.warning_count();
    if (errors == 0 && warnings == 0) {
        return "No problems.";
    }
    return plural(errors, "error") + " and " + plural(warnings, "warning") + ".";
}

std::string diagnostics_to_json(const Diagnostics& diagnostics, const std::string& display_root,
                                const std::string& as_of) {
    nlohmann::ordered_json items = nlohmann::ordered_json::array();
    for (const Diagnostic& diagnostic : diagnostics.items()) {
        nlohmann::ordered_json item;
        item["path"] = display_path(display_root, diagnostic.path);
        item["line"] = diagnostic.pos.line;
        item["column"] = diagnostic.pos.column;
        item["severity"] = severity_word(diagnostic.severity);
        item["message"] = diagnostic.message;
        items.push_back(std::move(item));
    }
    nlohmann::ordered_json document;
    document["as_of"] = as_of;
    document["errors"] = diagnostics.error_count();
    document["warnings"] = diagnostics.warning_count();
    document["diagnostics"] = std::move(items);
    return document.dump(2) + "\n";
}

}  // namespace aimsgen
