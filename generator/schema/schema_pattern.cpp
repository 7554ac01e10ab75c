#include "generator/schema/schema_node.hpp"

namespace aimsgen {

namespace {

/// The record id pattern of common.schema.json, matched without a regex.
constexpr std::string_view k_id_pattern = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";

bool is_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool matches_id(const std::string& text) {
    if (text.empty() || text.size() > 64 || !is_alnum(text[0])) {
        return false;
    }
    for (const char c : text) {
        if (!is_alnum(c) && c != '.' && c != '_' && c != '-') {
            return false;
        }
    }
    return true;
}

/// Longest text given to std::regex. libstdc++'s matcher recurses about once
/// per character: an e-mail address of 50,000 characters overflowed the stack
/// and crashed `aimsgen check`. No value a pattern of our schemas accepts
/// (clause numbers, e-mail addresses, periods, commit hashes) comes near it,
/// so longer text simply does not match.
constexpr std::size_t k_max_regex_text = 1024;

}  // namespace

SchemaPattern::SchemaPattern(std::string source) : m_source(std::move(source)) {
    m_is_id_pattern = m_source == k_id_pattern;
    if (!m_is_id_pattern) {
        m_regex.emplace(m_source, std::regex::ECMAScript);
    }
}

bool SchemaPattern::matches(const std::string& text) const {
    if (m_is_id_pattern) {
        return matches_id(text);
    }
    return text.size() <= k_max_regex_text && std::regex_search(text, *m_regex);
}

}  // namespace aimsgen
