#pragma once

#include <cstddef>

#include "generator/diagnostics/diagnostic.hpp"
#include "generator/load/raw_content.hpp"
#include "generator/source/file_system.hpp"

namespace aimsgen {

struct LoadLimits {
    /// Largest content file read; larger ones are an error, not a slow build.
    std::size_t max_file_bytes = 64U * 1024U * 1024U;
};

/// Load stage: finds aims.yaml, every register (file or folder), every
/// documents/**/*.md, checks encoding and size, and parses them all in parallel.
/// Problems of layout, encoding and YAML syntax go to `diagnostics`.
RawContent load_content(const FileSystem& files, const LoadLimits& limits, Diagnostics& diagnostics);

}  // namespace aimsgen
