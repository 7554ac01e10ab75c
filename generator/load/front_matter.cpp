#include "generator/load/front_matter.hpp"

namespace aimsgen {

namespace {

/// The line starting at `start`, without its line break; `next` gets the
/// offset of the following line.
std::string_view line_at(std::string_view text, std::size_t start, std::size_t& next) {
    std::size_t end = text.find('\n', start);
    next = end == std::string_view::npos ? text.size() : end + 1;
    end = end == std::string_view::npos ? text.size() : end;
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') {
        line.remove_suffix(1);
    }
    return line;
}

bool is_fence(std::string_view line) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) {
        line.remove_suffix(1);
    }
    return line == "---";
}

}  // namespace

std::optional<FrontMatterSplit> split_front_matter(std::string_view text,
                                                   FrontMatterProblem& problem) {
    std::size_t next = 0;
    if (text.empty() || !is_fence(line_at(text, 0, next))) {
        problem = {1, "a document must begin with YAML front matter: a line '---', the fields, "
                      "then another '---'"};
        return std::nullopt;
    }
    FrontMatterSplit split;
    const std::size_t yaml_start = next;
    std::uint32_t line_number = 2;
    while (next < text.size()) {
        const std::size_t line_start = next;
        const std::string_view line = line_at(text, line_start, next);
        if (is_fence(line) || line == "...") {
            split.front_matter = text.substr(yaml_start, line_start - yaml_start);
            split.body = text.substr(next);
            split.body_line = line_number + 1;
            return split;
        }
        ++line_number;
    }
    problem = {1, "the front matter opened here is never closed by a '---' line"};
    return std::nullopt;
}

}  // namespace aimsgen
