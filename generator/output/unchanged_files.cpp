#include "generator/output/unchanged_files.hpp"

#include <atomic>
#include <fstream>
#include <iterator>

#include "generator/support/parallel_for.hpp"
#include "generator/support/sha256.hpp"

namespace aimsgen {

namespace fs = std::filesystem;

namespace {

/// The bytes of the previous file at `relative` when it is a regular file
/// reached through real directories only (no symbolic link on the way) and
/// has `size` bytes; nullopt otherwise.
std::optional<std::string> previous_bytes(const fs::path& previous, const std::string& relative, std::uintmax_t size) {
    const fs::path file = previous / relative;
    std::error_code error;
    const fs::file_status status = fs::symlink_status(file, error);
    if (error || !fs::is_regular_file(status) || fs::file_size(file, error) != size || error) {
        return std::nullopt;
    }
    const fs::path parent = fs::path(relative).parent_path();
    if (fs::canonical(file.parent_path(), error) != (parent.empty() ? previous : previous / parent) || error) {
        return std::nullopt;
    }
    std::ifstream stream(file, std::ios::binary);
    if (!stream) {
        return std::nullopt;
    }
    std::string bytes(std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>{});
    if (stream.bad() || bytes.size() != size) {
        return std::nullopt;
    }
    return bytes;
}

}  // namespace

std::size_t link_unchanged_files(const fs::path& staging, const fs::path& previous,
                                 const std::vector<WrittenFile>& written, const std::set<std::string>& previous_files) {
    std::set<std::string> written_paths;
    for (const WrittenFile& file : written) {
        written_paths.insert(file.path);
    }
    std::error_code error;
    const fs::path previous_root = fs::canonical(previous, error);
    if (error) {
        return 0;
    }
    std::atomic<std::size_t> linked{0};
    parallel_for(written.size(), [&](std::size_t i) {
        const WrittenFile& file = written[i];
        const std::string temporary = ".aimsgen-link-" + std::to_string(i);
        if (!previous_files.contains(file.path) || written_paths.contains(temporary)) {
            return;
        }
        const std::optional<std::string> bytes = previous_bytes(previous_root, file.path, file.size);
        if (!bytes || sha256_hex(*bytes) != file.sha256) {
            return;
        }
        std::error_code failed;
        fs::create_hard_link(previous_root / file.path, staging / temporary, failed);
        if (failed) {
            return;  // another file system, or links not allowed: keep the new copy
        }
        fs::rename(staging / temporary, staging / file.path, failed);
        if (failed) {
            fs::remove(staging / temporary, failed);
            return;
        }
        ++linked;
    });
    return linked;
}

}  // namespace aimsgen
