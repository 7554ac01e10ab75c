#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "generator/load/evidence_files.hpp"
#include "generator/load/raw_content.hpp"

namespace aimsgen {

/// One input of a build as the manifest lists it, with the size and SHA-256
/// of the exact bytes read. `path` is a content path ('/'-separated, relative
/// to the content directory), "theme:PATH" for a file of `--theme DIR`, or
/// "builtin:NAME" for a part of aimsgen itself.
struct InputFile {
    std::string path;
    std::uintmax_t size = 0;
    std::string sha256;
};

constexpr std::string_view k_builtin_input = "builtin:";
constexpr std::string_view k_theme_dir_input = "theme:";

/// aims.yaml, every register file and every document that load_content found,
/// and every evidence file that exists, by normalized path, once each, sorted.
/// A file load could not read has an empty `sha256` (a build stops there, but
/// `verify` still learns that the file is there).
std::vector<InputFile> content_inputs(const RawContent& raw,
                                      const std::map<std::string, EvidenceFile, std::less<>>& evidence);

/// The parts compiled into aimsgen that shape every output: "builtin:catalogue"
/// (content/frameworks/), "builtin:schemas" (schemas/) and "builtin:theme"
/// (themes/default/). Each one's SHA-256 is that of the lines
/// `SHA256  PATH\n` of its files sorted by path, as `sha256sum` prints them
/// from the source tree; its size is the sum of its files' sizes.
std::vector<InputFile> builtin_inputs();

/// Sorts by path and keeps the first entry of each path.
void sort_inputs(std::vector<InputFile>& inputs);

}  // namespace aimsgen
