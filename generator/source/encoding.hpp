#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace aimsgen {

/// The first byte that makes `text` unusable as content: a NUL byte, or a
/// byte sequence that is not valid UTF-8 (overlong forms and surrogates included).
struct EncodingProblem {
    std::size_t offset = 0;
    std::string message;
};

std::optional<EncodingProblem> find_encoding_problem(std::string_view text);

/// Drops a leading UTF-8 byte order mark, if any.
std::string_view strip_byte_order_mark(std::string_view text);

}  // namespace aimsgen
