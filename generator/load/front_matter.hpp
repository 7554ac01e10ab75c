#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace aimsgen {

/// A Markdown document cut into its YAML front matter and its body.
struct FrontMatterSplit {
    std::string_view front_matter;       ///< the YAML between the two `---` lines
    std::uint32_t front_matter_line = 2;  ///< file line of the YAML's first line
    std::string_view body;               ///< the Markdown after the closing line
    std::uint32_t body_line = 0;          ///< file line of the body's first line
};

/// Why a document could not be split; the line is where the problem shows.
struct FrontMatterProblem {
    std::uint32_t line = 1;
    std::string message;
};

/// Splits `text` (BOM already removed): it must open with a line `---` and the
/// front matter ends at the next line that is `---` or `...`. CRLF line ends
/// are accepted.
std::optional<FrontMatterSplit> split_front_matter(std::string_view text,
                                                   FrontMatterProblem& problem);

}  // namespace aimsgen
