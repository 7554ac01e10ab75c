#pragma once

// Real directories for output-stage tests: each test gets its own directory
// under the system's temporary directory, made by mkdtemp (so parallel test
// processes never share one) and removed when the test ends.

#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>

namespace aimsgen::testing {

/// A fresh, empty directory, removed with everything in it on destruction.
class TempDir {
public:
    TempDir() {
        std::string pattern = (std::filesystem::temp_directory_path() / "aimsgen-output-test-XXXXXX").string();
        if (mkdtemp(pattern.data()) == nullptr) {
            throw std::runtime_error("mkdtemp failed for " + pattern);
        }
        // Canonical, so paths compare equal to what OutputTree resolves them to.
        m_path = std::filesystem::canonical(pattern);
    }
    ~TempDir() {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(std::string_view relative) const { return m_path / relative; }

private:
    std::filesystem::path m_path;
};

/// Writes `bytes` to `path`, creating its folders.
inline void put_file(const std::filesystem::path& path, std::string_view bytes) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream stream(path, std::ios::binary | std::ios::trunc);
    stream.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!stream) {
        throw std::runtime_error("cannot write " + path.string());
    }
}

/// The bytes of a file; throws when it cannot be read.
inline std::string file_bytes(const std::filesystem::path& path) {
    std::ifstream stream(path, std::ios::binary);
    if (!stream) {
        throw std::runtime_error("cannot read " + path.string());
    }
    return std::string(std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>());
}

/// Everything below `root`: relative path → file bytes, or "<dir>" for a
/// directory. Two snapshots compare equal when the tree is byte-for-byte the same.
using TreeSnapshot = std::map<std::string, std::string>;

inline TreeSnapshot snapshot(const std::filesystem::path& root) {
    TreeSnapshot tree;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
        const std::string relative = entry.path().lexically_relative(root).generic_string();
        tree[relative] = entry.is_directory() ? std::string("<dir>") : file_bytes(entry.path());
    }
    return tree;
}

}  // namespace aimsgen::testing
