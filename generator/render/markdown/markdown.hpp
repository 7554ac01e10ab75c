#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace aimsgen {

/// Where a link of a Markdown body points in the portal. Gets the URL as
/// written; returns the URL to use, or "" to drop the link and keep its text
/// (so a body never carries a link that leads nowhere).
using LinkRewriter = std::function<std::string(std::string_view url)>;

/// How markdown_to_html renders, and what it refuses to render. cmark-gfm
/// 0.29 is slow on some inputs (deep nesting, very wide or long tables, many
/// e-mail autolinks); a body past these bounds is shown as a notice instead,
/// so one odd document cannot stall a build.
struct MarkdownOptions {
    /// The level the body's highest heading gets (the page has its own h1):
    /// every heading moves by the same amount, within h1 … h6. 0 keeps them.
    int top_heading_level = 0;
    std::size_t max_bytes = 1024 * 1024;
    int max_nesting = 32;  ///< block quotes, list levels, brackets
    int max_table_columns = 128;
    std::size_t max_table_cells = 100'000;  ///< over all tables
    std::size_t max_at_signs = 2'000;       ///< each a possible e-mail autolink, slow to find
};

/// Why `markdown` is past the bounds of `options` (judged from the source
/// alone, before any parsing) and the 0-based line of the text where that
/// shows; nullopt within the bounds. The validate stage reports it, so a
/// document the portal would show only as a notice is an error at check.
struct MarkdownRefusal {
    std::string reason;
    std::size_t line = 0;
};
std::optional<MarkdownRefusal> markdown_refusal(std::string_view markdown, const MarkdownOptions& options = {});

/// CommonMark with the GitHub extensions (tables, task lists, strikethrough,
/// autolinks) to HTML. Safe: raw HTML is omitted, links with a scheme other
/// than http, https or mailto are dropped (their text stays), images are
/// never loaded (an image becomes a link to where `rewrite` points it, or
/// its alt text). `rewrite` sees every other link and image URL. Headings get
/// GitHub-style ids ("3. Scope" → id="3-scope") so `#anchor` links resolve.
std::string markdown_to_html(std::string_view markdown, const LinkRewriter& rewrite,
                             const MarkdownOptions& options = {});

/// The id a heading with `text` gets: lower case, letters, digits, '-' and
/// '_' kept, spaces to '-', other punctuation removed; "section" when empty.
std::string heading_slug(std::string_view text);

}  // namespace aimsgen
