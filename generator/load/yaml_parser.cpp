#include "generator/load/yaml_parser.hpp"

#include <sstream>
#include <unordered_map>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

namespace aimsgen {

namespace {

constexpr const char* k_plain_tag = "?";
constexpr const char* k_non_plain_tag = "!";
constexpr const char* k_string_tag = "tag:yaml.org,2002:str";

/// Thrown from the event handler to stop parsing after a reported error.
struct StopParsing {};

/// The tag as the user wrote it: yaml-cpp expands `!!x` to `tag:yaml.org,2002:x`.
std::string tag_as_written(const std::string& tag) {
    constexpr std::string_view k_core_prefix = "tag:yaml.org,2002:";
    return tag.starts_with(k_core_prefix) ? "!!" + tag.substr(k_core_prefix.size()) : tag;
}

/// One open sequence or mapping while events arrive.
struct OpenCollection {
    YamlNode node;
    bool has_pending_key = false;
    std::string pending_key;
    SourcePos pending_key_pos;
    /// Lines of the keys, for duplicate keys; only for large mappings (small
    /// ones, nearly all, are searched directly: a hash table each cost more).
    std::unordered_map<std::string, std::uint32_t> key_lines;

    /// The line of `key` if the mapping already has it.
    std::optional<std::uint32_t> add_key(const std::string& key, std::uint32_t line) {
        constexpr std::size_t k_scan_limit = 32;
        if (node.entries.size() < k_scan_limit) {
            for (const YamlEntry& entry : node.entries) {
                if (entry.key == key) {
                    return entry.key_pos.line;
                }
            }
            return std::nullopt;
        }
        if (key_lines.empty()) {
            for (const YamlEntry& entry : node.entries) {
                key_lines.emplace(entry.key, entry.key_pos.line);
            }
        }
        const auto [first, inserted] = key_lines.emplace(key, line);
        return inserted ? std::nullopt : std::optional<std::uint32_t>(first->second);
    }
};

class TreeBuilder : public YAML::EventHandler {
public:
    TreeBuilder(const SourceText& text, const std::string& path, Diagnostics& diagnostics)
        : m_text(text), m_path(path), m_diagnostics(diagnostics) {}

    SourcePos at(const YAML::Mark& mark) const {
        if (mark.is_null()) {
            return SourcePos{m_text.first_line(), 1};
        }
        return m_text.position(static_cast<std::uint32_t>(mark.line),
                               static_cast<std::uint32_t>(mark.column));
    }

    [[noreturn]] void fail(SourcePos pos, std::string message) {
        m_diagnostics.error(m_path, pos, std::move(message));
        throw StopParsing{};
    }

    void OnDocumentStart(const YAML::Mark& mark) override {
        if (m_documents++ > 0) {
            fail(at(mark), "a content file holds one YAML document; remove the second '---'");
        }
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        reject_anchor(mark, anchor);
        YamlNode node;
        node.pos = at(mark);
        if (!m_open.empty() && m_open.back().node.is_sequence()) {
            node.pos = dash_before(mark).value_or(node.pos);  // an empty `-` item: point at its dash
        }
        add(std::move(node));
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
        fail(at(mark), "YAML aliases ('*name') are not supported; write the value out in full");
    }

    void OnAnchor(const YAML::Mark& mark, const std::string&) override {
        fail(at(mark), "YAML anchors ('&name') are not supported; write the value out in full");
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        reject_anchor(mark, anchor);
        YamlNode node;
        node.kind = YamlNode::Kind::scalar;
        node.pos = at(mark);
        node.text = value;
        if (tag == k_plain_tag) {
            node.quoted = false;
        } else if (tag == k_non_plain_tag || tag == k_string_tag) {
            node.quoted = true;
            reject_unclosed_quote(mark);
        } else {
            fail(node.pos, "YAML tags ('" + tag_as_written(tag) + "') are not supported; remove the tag");
        }
        add(std::move(node));
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        open(mark, tag, anchor, YamlNode::Kind::sequence);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        open(mark, tag, anchor, YamlNode::Kind::mapping);
    }
    void OnMapEnd() override { close(); }

    std::optional<YamlNode> take_root() { return std::move(m_root); }

private:
    /// The `-` of an empty sequence item: yaml-cpp marks the token after it.
    std::optional<SourcePos> dash_before(const YAML::Mark& mark) const {
        const std::string& text = m_text.text();
        if (mark.is_null() || mark.pos < 0 || static_cast<std::size_t>(mark.pos) > text.size()) {
            return std::nullopt;
        }
        std::size_t offset = static_cast<std::size_t>(mark.pos);
        while (offset > 0 && (text[offset - 1] == ' ' || text[offset - 1] == '\t' || text[offset - 1] == '\n' ||
                              text[offset - 1] == '\r')) {
            --offset;
        }
        if (offset == 0 || text[offset - 1] != '-') {
            return std::nullopt;
        }
        return m_text.position_of_offset(offset - 1);
    }

    /// yaml-cpp 0.7 ends an unclosed quoted value at the end of the file
    /// without complaint, swallowing every later line: check it was closed.
    void reject_unclosed_quote(const YAML::Mark& mark) {
        const std::string& text = m_text.text();
        if (mark.is_null() || mark.pos < 0 || static_cast<std::size_t>(mark.pos) >= text.size()) {
            return;
        }
        const char quote = text[static_cast<std::size_t>(mark.pos)];
        if (quote != '\'' && quote != '"') {
            return;  // a block scalar
        }
        for (std::size_t i = static_cast<std::size_t>(mark.pos) + 1; i < text.size(); ++i) {
            if (quote == '"' && text[i] == '\\') {
                ++i;
            } else if (text[i] == quote && quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
                ++i;
            } else if (text[i] == quote) {
                return;
            }
        }
        fail(at(mark), "YAML syntax error: the quoted value opened here is never closed");
    }

    void reject_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
        if (anchor != YAML::NullAnchor) {
            fail(at(mark), "YAML anchors ('&name') are not supported; write the value out in full");
        }
    }

    void open(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
              YamlNode::Kind kind) {
        reject_anchor(mark, anchor);
        if (tag != k_plain_tag && tag != k_non_plain_tag && !tag.empty()) {
            fail(at(mark), "YAML tags ('" + tag_as_written(tag) + "') are not supported; remove the tag");
        }
        if (m_open.size() >= static_cast<std::size_t>(k_max_yaml_depth)) {
            fail(at(mark), "nesting is deeper than " + std::to_string(k_max_yaml_depth) +
                               " levels; content records are never this deep");
        }
        OpenCollection collection;
        collection.node.kind = kind;
        collection.node.pos = at(mark);
        m_open.push_back(std::move(collection));
    }

    void close() {
        OpenCollection collection = std::move(m_open.back());
        m_open.pop_back();
        add(std::move(collection.node));
    }

    void add(YamlNode node) {
        if (m_open.empty()) {
            m_root = std::move(node);
            return;
        }
        OpenCollection& parent = m_open.back();
        if (parent.node.is_sequence()) {
            parent.node.items.push_back(std::move(node));
            return;
        }
        if (!parent.has_pending_key) {
            if (!node.is_scalar()) {
                fail(node.pos, "a mapping key must be plain text");
            }
            parent.has_pending_key = true;
            parent.pending_key = std::move(node.text);
            parent.pending_key_pos = node.pos;
            return;
        }
        parent.has_pending_key = false;
        if (node.is_null()) {
            node.pos = parent.pending_key_pos;  // `key:` with nothing after it: point at the key
        }
        if (const std::optional<std::uint32_t> first = parent.add_key(parent.pending_key, parent.pending_key_pos.line)) {
            m_diagnostics.error(m_path, parent.pending_key_pos,
                                "duplicate key '" + parent.pending_key + "' (first at line " + std::to_string(*first) +
                                    "); keep one of them");
            return;
        }
        parent.node.entries.push_back(
            YamlEntry{std::move(parent.pending_key), parent.pending_key_pos, std::move(node)});
    }

    const SourceText& m_text;
    const std::string& m_path;
    Diagnostics& m_diagnostics;
    std::vector<OpenCollection> m_open;
    std::optional<YamlNode> m_root;
    int m_documents = 0;
};

std::string describe_syntax_error(const std::string& message) {
    if (message.empty()) {
        return "YAML syntax error";
    }
    return "YAML syntax error: " + message;
}

/// A file line at or just before a syntax error that is indented with a tab:
/// yaml-cpp's own message does not say so.
std::optional<std::uint32_t> tab_indented_line(const SourceText& text, SourcePos error) {
    const auto starts_with_tab_indent = [&](std::uint32_t line) {
        const std::string_view content = text.line_text(line);
        const std::size_t indent_end = content.find_first_not_of(" \t");
        return indent_end != std::string_view::npos &&
               content.substr(0, indent_end).find('\t') != std::string_view::npos;
    };
    if (starts_with_tab_indent(error.line)) {
        return error.line;
    }
    if (error.line > text.first_line() && starts_with_tab_indent(error.line - 1)) {
        return error.line - 1;
    }
    return std::nullopt;
}

}  // namespace

std::optional<YamlNode> parse_yaml(const SourceText& text, const std::string& path,
                                   Diagnostics& diagnostics) {
    std::istringstream stream(text.text());
    TreeBuilder builder(text, path, diagnostics);
    try {
        YAML::Parser parser(stream);
        while (parser.HandleNextDocument(builder)) {
        }
    } catch (const StopParsing&) {
        return std::nullopt;
    } catch (const YAML::Exception& error) {
        const SourcePos pos = builder.at(error.mark);
        if (error.msg == "the referenced anchor is not defined") {
            diagnostics.error(path, pos, "YAML aliases ('*name') are not supported; write the value out in full");
        } else if (const std::optional<std::uint32_t> line = tab_indented_line(text, pos)) {
            diagnostics.error(path, SourcePos{*line, 1},
                              "YAML syntax error: this line is indented with a tab; YAML indents with spaces only");
        } else {
            diagnostics.error(path, pos, describe_syntax_error(error.msg));
        }
        return std::nullopt;
    }
    std::optional<YamlNode> root = builder.take_root();
    if (!root) {
        YamlNode empty;
        empty.pos = SourcePos{text.first_line(), 1};
        return empty;
    }
    return root;
}

}  // namespace aimsgen
