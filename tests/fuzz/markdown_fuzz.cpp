// libFuzzer target: a Markdown document as `aimsgen build` reads it. The
// input is cut into front matter and body; the body (or, when the input has
// no usable front matter, the whole input) is rendered to HTML with a link
// rewriter like the document pages' one, under the page's h1.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "generator/load/front_matter.hpp"
#include "generator/render/markdown/markdown.hpp"

namespace {

/// Keeps anchors and web addresses, sends a relative .md link to its page and
/// drops every other link, as the portal's document pages do.
std::string rewrite_link(std::string_view url) {
    if (url.empty() || url.front() == '#' || url.find(':') != std::string_view::npos) {
        return std::string(url);
    }
    const std::string_view path = url.substr(0, url.find_first_of("?#"));
    if (path.ends_with(".md")) {
        return std::string(path.substr(0, path.size() - 3)) + ".html" + std::string(url.substr(path.size()));
    }
    return "";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    aimsgen::FrontMatterProblem problem;
    const auto split = aimsgen::split_front_matter(input, problem);
    const std::string_view body = split ? split->body : input;
    if (split && (split->body.data() < input.data() || split->body.end() > input.end() ||
                  split->front_matter.end() > input.end())) {
        __builtin_trap();  // the split must stay inside the input
    }
    aimsgen::MarkdownOptions options;
    options.top_heading_level = 2;
    const std::string html = aimsgen::markdown_to_html(body, rewrite_link, options);
    static_cast<void>(html);
    return 0;
}
