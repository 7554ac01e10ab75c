#include "generator/render/markdown/markdown.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <array>
#include <memory>
#include <mutex>
#include <set>
#include <stdexcept>
#include <vector>

namespace aimsgen {

namespace {

// RAII for the cmark objects this file creates.
struct NodeFree {
    void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct ParserFree {
    void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};
struct IterFree {
    void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};
struct HtmlFree {
    void operator()(char* html) const { cmark_get_default_mem_allocator()->free(html); }
};
using NodePtr = std::unique_ptr<cmark_node, NodeFree>;
using ParserPtr = std::unique_ptr<cmark_parser, ParserFree>;
using IterPtr = std::unique_ptr<cmark_iter, IterFree>;
using HtmlPtr = std::unique_ptr<char, HtmlFree>;

// Safe mode: never CMARK_OPT_UNSAFE. Raw HTML is omitted from the output.
constexpr int k_options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8;
constexpr std::array<const char*, 4> k_extensions = {"table", "tasklist", "strikethrough",
                                                     "autolink"};

std::string notice(const std::string& reason) {
    return "<div class=\"callout callout-amber markdown-notice\"><p>The text of this document is "
           "not shown here: " +
           reason + ". Read it in its source file.</p></div>\n";
}

/// Containers opened at the start of a line: block quotes and list markers
/// ("- ", "* ", "+ ", "1. ", "2) "), and the indentation in columns.
struct LinePrefix {
    int containers = 0;
    int indent = 0;
};

LinePrefix line_prefix(std::string_view line) {
    LinePrefix prefix;
    std::size_t i = 0;
    const auto space_at = [&](std::size_t at) {
        return at >= line.size() || line[at] == ' ' || line[at] == '\t';
    };
    while (i < line.size()) {
        const char c = line[i];
        std::size_t digits = 0;
        while (i + digits < line.size() && digits < 10 && line[i + digits] >= '0' &&
               line[i + digits] <= '9') {
            ++digits;
        }
        if (c == ' ' || c == '\t') {
            prefix.indent += c == '\t' ? 4 : 1;
        } else if (c == '>' || ((c == '-' || c == '*' || c == '+') && space_at(i + 1))) {
            ++prefix.containers;
        } else if (digits > 0 && i + digits < line.size() &&
                   (line[i + digits] == '.' || line[i + digits] == ')') &&
                   space_at(i + digits + 1)) {
            ++prefix.containers;
            i += digits;
        } else {
            break;
        }
        ++i;
    }
    return prefix;
}

/// Reads the source line by line for what makes cmark-gfm 0.29 slow: deep
/// nesting, wide or huge tables, many e-mail autolinks.
class SourceScan {
  public:
    explicit SourceScan(const MarkdownOptions& options) : m_limits(options) {}

    /// Why the text is past the limits after `line`; "" while within them.
    std::string read(std::string_view line) {
        const LinePrefix prefix = line_prefix(line);
        const bool blank = line.find_first_not_of(" \t\r") == std::string_view::npos;
        if (blank) {
            m_brackets = 0;
            m_table_columns = 0;
        }
        int pipes = 0;
        bool delimiter_row = line.find('-') != std::string_view::npos;
        for (const char c : line) {
            m_brackets += c == '[' ? 1 : (c == ']' && m_brackets > 0 ? -1 : 0);
            pipes += c == '|' ? 1 : 0;
            m_at_signs += c == '@' ? 1 : 0;
            delimiter_row =
                delimiter_row && std::string_view("|-: \t\r").find(c) != std::string_view::npos;
        }
        if (prefix.containers > m_limits.max_nesting || prefix.indent > 4 * m_limits.max_nesting ||
            m_brackets > m_limits.max_nesting) {
            return "it is nested more than " + std::to_string(m_limits.max_nesting) +
                   " levels deep";
        }
        if (delimiter_row && pipes > 0) {
            m_table_columns = pipes + 1;
        } else if (!blank) {
            m_table_cells += m_table_columns;
        }
        if (m_table_columns > m_limits.max_table_columns ||
            m_table_cells > m_limits.max_table_cells) {
            return "it has tables of more than " + std::to_string(m_limits.max_table_columns) +
                   " columns or " + std::to_string(m_limits.max_table_cells) + " cells";
        }
        if (m_at_signs > m_limits.max_at_signs) {
            return "it has more than " + std::to_string(m_limits.max_at_signs) + " '@' signs";
        }
        return "";
    }

  private:
    const MarkdownOptions& m_limits;
    int m_brackets = 0;       // unclosed '[' in the current paragraph
    int m_table_columns = 0;  // of the table being read, 0 outside tables
    std::size_t m_table_cells = 0;
    std::size_t m_at_signs = 0;
};

/// Deepest nesting of the tree (a list level counts twice: list and item).
int tree_depth(cmark_node* root) {
    const IterPtr iter(cmark_iter_new(root));
    int depth = 0;
    int deepest = 0;
    cmark_event_type event;
    while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
        if (event == CMARK_EVENT_ENTER &&
            cmark_node_first_child(cmark_iter_get_node(iter.get())) != nullptr) {
            deepest = std::max(deepest, ++depth);
        } else if (event == CMARK_EVENT_EXIT) {
            --depth;
        }
    }
    return deepest;
}

/// http, https, mailto and relative URLs; everything else (javascript:,
/// data:, file:, vbscript:, ...) is dropped.
bool allowed_scheme(std::string_view url) {
    const std::size_t colon = url.find(':');
    const std::size_t stop = url.find_first_of("/?#");
    if (colon == std::string_view::npos || (stop != std::string_view::npos && stop < colon)) {
        return true;  // no scheme: relative
    }
    std::string scheme;
    for (const char c : url.substr(0, colon)) {
        scheme += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    return scheme == "http" || scheme == "https" || scheme == "mailto";
}

/// Moves the children of `node` in front of it and frees it: its text stays.
void unwrap(cmark_node* node) {
    while (cmark_node* child = cmark_node_first_child(node)) {
        cmark_node_insert_before(node, child);
    }
    cmark_node_unlink(node);
    cmark_node_free(node);
}

void rewrite_links(cmark_node* root, const LinkRewriter& rewrite) {
    std::vector<cmark_node*> targets;
    {
        const IterPtr iter(cmark_iter_new(root));
        cmark_event_type event;
        while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
            cmark_node* node = cmark_iter_get_node(iter.get());
            const cmark_node_type type = cmark_node_get_type(node);
            if (event == CMARK_EVENT_ENTER &&
                (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE)) {
                targets.push_back(node);
            }
        }
    }
    // Changed after the walk: the iterator must not see the tree change under it.
    for (cmark_node* node : targets) {
        const char* written = cmark_node_get_url(node);
        const std::string_view url =
            written == nullptr ? std::string_view() : std::string_view(written);
        const std::string target = allowed_scheme(url) ? rewrite(url) : std::string();
        if (target.empty()) {
            unwrap(node);
        } else if (cmark_node_get_type(node) == CMARK_NODE_IMAGE) {
            // Never load an image: it becomes a link to what it showed.
            cmark_node* link = cmark_node_new(CMARK_NODE_LINK);
            cmark_node_set_url(link, target.c_str());
            while (cmark_node* child = cmark_node_first_child(node)) {
                cmark_node_append_child(link, child);
            }
            cmark_node_replace(node, link);
            cmark_node_free(node);
        } else {
            cmark_node_set_url(node, target.c_str());
        }
    }
}

/// The text of a heading, for its slug.
std::string plain_text(cmark_node* heading) {
    std::string text;
    const IterPtr iter(cmark_iter_new(heading));
    cmark_event_type event;
    while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
        cmark_node* node = cmark_iter_get_node(iter.get());
        const cmark_node_type type = cmark_node_get_type(node);
        if (event == CMARK_EVENT_ENTER && (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE)) {
            if (const char* literal = cmark_node_get_literal(node)) {
                text += literal;
            }
        }
    }
    return text;
}

/// The headings of the tree, in document order.
std::vector<cmark_node*> headings(cmark_node* root) {
    std::vector<cmark_node*> found;
    const IterPtr iter(cmark_iter_new(root));
    cmark_event_type event;
    while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
        cmark_node* node = cmark_iter_get_node(iter.get());
        if (event == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_HEADING) {
            found.push_back(node);
        }
    }
    return found;
}

/// Moves every heading so the highest becomes `top` (1 … 6; 0 leaves them).
void shift_headings(const std::vector<cmark_node*>& nodes, int top) {
    if (top < 1 || nodes.empty()) {
        return;
    }
    int highest = 6;
    for (cmark_node* node : nodes) {
        highest = std::min(highest, cmark_node_get_heading_level(node));
    }
    for (cmark_node* node : nodes) {
        cmark_node_set_heading_level(
            node, std::clamp(cmark_node_get_heading_level(node) + top - highest, 1, 6));
    }
}

/// Unique heading ids in document order; "main" is the page's own.
std::vector<std::string> heading_ids(const std::vector<cmark_node*>& nodes) {
    std::vector<std::string> ids;
    std::set<std::string, std::less<>> taken = {"main"};
    for (cmark_node* node : nodes) {
        const std::string slug = heading_slug(plain_text(node));
        std::string id = slug;
        for (int n = 1; taken.contains(id); ++n) {
            id = slug + "-" + std::to_string(n);
        }
        taken.insert(id);
        ids.push_back(id);
    }
    return ids;
}

/// Gives the n-th heading tag of `html` the n-th id. In safe mode every
/// "<hN>" of the output is a heading (text and code are escaped), so the
/// tags and the headings of the tree pair up one to one.
std::string add_heading_ids(const std::string& html, const std::vector<std::string>& ids) {
    std::string out;
    out.reserve(html.size() + ids.size() * 16);
    std::size_t next = 0;
    std::size_t pos = 0;
    while (next < ids.size()) {
        const std::size_t tag = html.find("<h", pos);
        if (tag == std::string::npos) {
            break;
        }
        const bool heading = tag + 3 < html.size() && html[tag + 2] >= '1' &&
                             html[tag + 2] <= '6' && html[tag + 3] == '>';
        out.append(html, pos, tag + (heading ? 3 : 2) - pos);
        if (heading) {
            out += " id=\"" + ids[next++] + "\"";
        }
        pos = tag + (heading ? 3 : 2);
    }
    out.append(html, pos);
    return out;
}

/// Names the task list's checkboxes for screen readers ("Done", "Not done"):
/// the extension writes bare inputs, which have no accessible name. Raw
/// HTML is omitted in safe mode, so every input of the output is one of these.
std::string label_task_boxes(std::string html) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 2> k_boxes = {{
        {"<input type=\"checkbox\" checked=\"\" disabled=\"\" />",
         "<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Done\" />"},
        {"<input type=\"checkbox\" disabled=\"\" />",
         "<input type=\"checkbox\" disabled=\"\" aria-label=\"Not done\" />"},
    }};
    for (const auto& [bare, labelled] : k_boxes) {
        for (std::size_t at = html.find(bare); at != std::string::npos; at = html.find(bare, at)) {
            html.replace(at, bare.size(), labelled);
            at += labelled.size();
        }
    }
    return html;
}

}  // namespace

std::optional<MarkdownRefusal> markdown_refusal(std::string_view markdown, const MarkdownOptions& options) {
    if (markdown.size() > options.max_bytes) {
        return MarkdownRefusal{"it is " + std::to_string(markdown.size() / 1024) + " KiB, more than the " +
                                   std::to_string(options.max_bytes / 1024) + " KiB the portal renders",
                               0};
    }
    SourceScan scan(options);
    std::size_t line = 0;
    for (std::size_t start = 0; start <= markdown.size(); ++line) {
        const std::size_t end = std::min(markdown.find('\n', start), markdown.size());
        if (std::string reason = scan.read(markdown.substr(start, end - start)); !reason.empty()) {
            return MarkdownRefusal{std::move(reason), line};
        }
        start = end + 1;
    }
    return std::nullopt;
}

std::string heading_slug(std::string_view text) {
    std::string slug;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
            byte >= 0x80) {
            slug += c;
        } else if (c >= 'A' && c <= 'Z') {
            slug += static_cast<char>(c - 'A' + 'a');
        } else if (c == ' ') {
            slug += '-';
        }
    }
    return slug.empty() ? std::string("section") : slug;
}

std::string markdown_to_html(std::string_view markdown, const LinkRewriter& rewrite,
                             const MarkdownOptions& options) {
    if (const std::optional<MarkdownRefusal> refusal = markdown_refusal(markdown, options)) {
        return notice(refusal->reason);  // the slow cases cost their time in the parser: not given to it
    }
    // The library registers its extensions in a global list without a lock:
    // once, before any thread parses.
    static std::once_flag registered;
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
    const ParserPtr parser(cmark_parser_new(k_options));
    for (const char* name : k_extensions) {
        cmark_syntax_extension* extension = cmark_find_syntax_extension(name);
        if (extension == nullptr ||
            cmark_parser_attach_syntax_extension(parser.get(), extension) == 0) {
            throw std::runtime_error(std::string("cmark-gfm has no '") + name + "' extension");
        }
    }
    NodePtr document;
    {
        // cmark-gfm 0.29 adds and removes the extensions' special characters
        // in one global table while it parses inlines (github/cmark-gfm#176,
        // unmerged): two parses at once drop '~' or '|' from each other's
        // text, so pages would differ from build to build. Parse one at a
        // time; the tree walks and the HTML rendering run in parallel.
        static std::mutex parsing;
        const std::lock_guard lock(parsing);
        cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
        document.reset(cmark_parser_finish(parser.get()));
    }
    if (!document) {
        throw std::runtime_error("cmark-gfm could not parse a document");
    }
    if (tree_depth(document.get()) > 2 * options.max_nesting + 8) {
        return notice("it is nested more than " + std::to_string(options.max_nesting) +
                      " levels deep");
    }
    rewrite_links(document.get(), rewrite);
    const std::vector<cmark_node*> heading_nodes = headings(document.get());
    shift_headings(heading_nodes, options.top_heading_level);
    const std::vector<std::string> ids = heading_ids(heading_nodes);
    const HtmlPtr html(cmark_render_html(document.get(), k_options,
                                         cmark_parser_get_syntax_extensions(parser.get())));
    return label_task_boxes(add_heading_ids(html ? std::string(html.get()) : std::string(), ids));
}

}  // namespace aimsgen
