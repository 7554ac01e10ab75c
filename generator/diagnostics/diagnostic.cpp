#include "generator/diagnostics/diagnostic.hpp"

#include <algorithm>
#include <tuple>

namespace aimsgen {

void Diagnostics::error(std::string path, SourcePos pos, std::string message) {
    m_items.push_back({Severity::error, std::move(path), pos, std::move(message)});
}

void Diagnostics::warning(std::string path, SourcePos pos, std::string message) {
    m_items.push_back({Severity::warning, std::move(path), pos, std::move(message)});
}

void Diagnostics::append(Diagnostics other) {
    m_items.insert(m_items.end(), std::make_move_iterator(other.m_items.begin()),
                   std::make_move_iterator(other.m_items.end()));
}

std::size_t Diagnostics::error_count() const {
    return static_cast<std::size_t>(std::count_if(m_items.begin(), m_items.end(), [](const auto& d) {
        return d.severity == Severity::error;
    }));
}

std::size_t Diagnostics::warning_count() const { return m_items.size() - error_count(); }

void Diagnostics::sort() {
    // Stable on equal positions, so problems reported at one place (the SoA's
    // missing controls) keep the order the rule reported them in.
    const auto place = [](const Diagnostic& d) { return std::tie(d.path, d.pos, d.severity); };
    const auto key = [](const Diagnostic& d) { return std::tie(d.path, d.pos, d.severity, d.message); };
    std::stable_sort(m_items.begin(), m_items.end(),
                     [&](const Diagnostic& a, const Diagnostic& b) { return place(a) < place(b); });
    m_items.erase(std::unique(m_items.begin(), m_items.end(),
                              [&](const Diagnostic& a, const Diagnostic& b) { return key(a) == key(b); }),
                  m_items.end());
}

void Diagnostics::promote_warnings() {
    for (Diagnostic& d : m_items) {
        d.severity = Severity::error;
    }
}

}  // namespace aimsgen
