#include "generator/load/evidence_files.hpp"

#include <algorithm>

#include "generator/support/parallel_for.hpp"
#include "generator/support/sha256.hpp"

namespace aimsgen {

std::map<std::string, EvidenceFile, std::less<>> read_evidence_files(const FileSystem& files,
                                                                    const std::vector<std::string>& paths) {
    std::vector<std::string> unique = paths;
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    std::vector<EvidenceFile> facts(unique.size());
    parallel_for(unique.size(), [&](std::size_t i) {
        const std::optional<std::string> normal = normalize_content_path(unique[i]);
        const std::optional<std::string> bytes = normal ? files.read(*normal) : std::nullopt;
        if (bytes) {
            facts[i] = EvidenceFile{true, bytes->size(), sha256_hex(*bytes)};
        }
    });
    std::map<std::string, EvidenceFile, std::less<>> by_path;
    for (std::size_t i = 0; i < unique.size(); ++i) {
        by_path.emplace(unique[i], std::move(facts[i]));
    }
    return by_path;
}

}  // namespace aimsgen
