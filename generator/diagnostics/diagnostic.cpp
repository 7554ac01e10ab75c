#include "generator/diagnostics/diagnostic.hpp"

#include <algorithm>
#include <tuple>

namespace aimsgen {

namespace {

constexpr std::size_t k_message_end_bytes = 480;  ///< kept at each end of an over-long message

/// A message that quotes a value megabytes long (an id written as one huge
/// line) keeps its start and its end, which says what is wrong, and loses the
/// middle: a diagnostic stays readable on the console and the portal.
std::string clamp(std::string message) {
    if (message.size() <= 2 * k_message_end_bytes + 64) {
        return message;
    }
    const auto boundary = [&](std::size_t at) {  // back to the start of a UTF-8 sequence
        while (at > 0 && (static_cast<unsigned char>(message[at]) & 0xC0U) == 0x80U) {
            --at;
        }
        return at;
    };
    const std::size_t head = boundary(k_message_end_bytes);
    const std::size_t tail = boundary(message.size() - k_message_end_bytes);
    const std::string cut = " … (" + std::to_string(tail - head) + " bytes left out) … ";
    return message.substr(0, head) + cut + message.substr(tail);
}

}  // namespace

void Diagnostics::error(std::string path, SourcePos pos, std::string message) {
    m_items.push_back({Severity::error, std::move(path), pos, clamp(std::move(message))});
}

void Diagnostics::warning(std::string path, SourcePos pos, std::string message) {
    m_items.push_back({Severity::warning, std::move(path), pos, clamp(std::move(message))});
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
