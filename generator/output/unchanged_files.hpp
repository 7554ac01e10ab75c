#pragma once

#include <cstddef>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "generator/output/manifest.hpp"

namespace aimsgen {

/// Before the swap: each staged file whose bytes equal those of the file at
/// the same path in the previous OUT is replaced by a hard link to that file
/// (linked to a temporary name in staging, then renamed over), so after the
/// swap it keeps its inode and modification time, and mirrors, web servers
/// and backups see only what changed. Only files the previous manifest lists
/// (`previous_files`: aimsgen wrote them), that are regular files reached
/// without a symbolic link, and whose bytes hash as now (not as the old
/// manifest says) are linked; a link that fails (another file system) leaves
/// the new copy. Returns how many files were linked.
std::size_t link_unchanged_files(const std::filesystem::path& staging, const std::filesystem::path& previous,
                                 const std::vector<WrittenFile>& written, const std::set<std::string>& previous_files);

}  // namespace aimsgen
