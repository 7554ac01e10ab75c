#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "generator/load/input_files.hpp"

namespace aimsgen {

/// One file of the output tree: its path relative to OUT ('/'-separated),
/// size and SHA-256.
struct WrittenFile {
    std::string path;
    std::uintmax_t size = 0;
    std::string sha256;
};

/// OUT/manifest.json: what made the output (provenance), what the build read
/// (`inputs`) and what it wrote (`files`), each list sorted by path.
struct Manifest {
    std::string version;
    std::string as_of;
    std::string content_commit;  ///< "" when the content was not in git (null in JSON)
    /// Absent in a manifest written before aimsgen listed its inputs.
    std::optional<std::vector<InputFile>> inputs;
    std::vector<WrittenFile> files;
};

constexpr std::string_view k_manifest_file = "manifest.json";

/// The manifest as JSON text: fixed key order, no clock, so the same build
/// gives the same bytes.
std::string manifest_text(const Manifest& manifest);

/// Reads DIR/manifest.json. Nullopt when there is none, it is not JSON, not
/// written by aimsgen, or an entry is malformed (a path that is not a plain
/// relative path, a hash that is not 64 hex digits); `problem` then says why.
std::optional<Manifest> read_manifest(const std::filesystem::path& dir, std::string* problem = nullptr);

}  // namespace aimsgen
