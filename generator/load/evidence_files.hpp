#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "generator/source/file_system.hpp"

namespace aimsgen {

/// What the evidence index shows of a file: whether it is there, its size and SHA-256.
struct EvidenceFile {
    bool exists = false;
    std::uintmax_t size = 0;
    std::string sha256;
};

/// Reads and hashes each evidence file once (in parallel), by content path.
std::map<std::string, EvidenceFile, std::less<>> read_evidence_files(const FileSystem& files,
                                                                    const std::vector<std::string>& paths);

}  // namespace aimsgen
