#include "generator/diagnostics/diagnostic_printer.hpp"

#include <filesystem>

#include <nlohmann/json.hpp>

namespace aimsgen {

namespace {

const char* severity_word(Severity severity) { return severity == Severity::error ? "error" : "warning"; }

std::string plural(std::size_t count, const char* word) {
    return std::to_string(count) + " " + word + (count == 1 ? "" : "s");
}

/// The source line with tabs kept (so the caret lines up) and a caret line.
void print_excerpt(std::ostream& out, const SourceText& text, SourcePos pos) {
    const std::string_view line = text.line_text(pos.line);
    const std::string number = std::to_string(pos.line);
    out << ' ' << std::string(number.size() < 5 ? 5 - number.size() : 0, ' ') << number << " | " << line << '\n';
    out << ' ' << std::string(std::max<std::size_t>(5, number.size()), ' ') << " | ";
    std::uint32_t column = 1;
    for (std::size_t i = 0; i < line.size() && column < pos.column; ++i) {
        const auto byte = static_cast<unsigned char>(line[i]);
        if ((byte & 0xC0U) == 0x80U) {
            continue;
        }
        out << (line[i] == '\t' ? '\t' : ' ');
        ++column;
    }
    out << "^\n";
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
