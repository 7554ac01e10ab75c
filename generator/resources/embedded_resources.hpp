#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace aimsgen {

/// A file compiled into the binary: the JSON Schemas of schemas/ and the
/// reference catalogues of content/frameworks/, keyed by repository path.
struct EmbeddedResource {
    std::string_view path;  ///< e.g. "schemas/risks.schema.json"
    std::string_view text;
};

/// All embedded files, sorted by path.
std::span<const EmbeddedResource> embedded_resources();

/// The embedded file at `path`, if there is one.
std::optional<std::string_view> find_embedded_resource(std::string_view path);

}  // namespace aimsgen
