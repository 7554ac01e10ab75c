#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace aimsgen {

/// What a path inside the content directory is. `other` is a FIFO, socket or
/// device (never opened: reading a FIFO would wait forever); `unreadable` a
/// folder that cannot be listed or a path that cannot be looked at (permission
/// denied), reported rather than taken for missing or empty.
enum class PathKind { missing, file, directory, other, outside_root, unreadable };

struct DirectoryEntry {
    std::string path;  ///< relative to the content root, '/'-separated
    PathKind kind = PathKind::missing;
    bool symlink = false;
    std::uintmax_t size = 0;
};

/// Read access to a content directory. Every path is relative to its root and
/// '/'-separated; a path (or a symlink on the way) that leads out of the root is
/// `outside_root`, never followed. A real and an in-memory version exist so a
/// test can load a whole content tree without touching the disk.
class FileSystem {
public:
    virtual ~FileSystem() = default;
    virtual PathKind kind(std::string_view path) const = 0;
    /// Entries below `dir`, recursively, sorted by path; `dir` itself is not
    /// listed, unless as `unreadable` when it cannot be listed.
    virtual std::vector<DirectoryEntry> list(std::string_view dir) const = 0;
    /// The bytes of a file, or nullopt when it is not a readable file inside the root.
    virtual std::optional<std::string> read(std::string_view path) const = 0;
    virtual std::uintmax_t size(std::string_view path) const = 0;
};

class DiskFileSystem final : public FileSystem {
public:
    explicit DiskFileSystem(std::filesystem::path root);
    PathKind kind(std::string_view path) const override;
    std::vector<DirectoryEntry> list(std::string_view dir) const override;
    std::optional<std::string> read(std::string_view path) const override;
    std::uintmax_t size(std::string_view path) const override;

private:
    std::filesystem::path m_root;
    std::filesystem::path m_canonical_root;
};

/// An in-memory tree for tests. A symlink's target is resolved from the
/// link's own folder, as on disk ("../secret.txt" from the root leads
/// outside); an absolute target is always outside.
class MemoryFileSystem final : public FileSystem {
public:
    void add_file(std::string path, std::string content);
    void add_symlink(std::string path, std::string target);

    PathKind kind(std::string_view path) const override;
    std::vector<DirectoryEntry> list(std::string_view dir) const override;
    std::optional<std::string> read(std::string_view path) const override;
    std::uintmax_t size(std::string_view path) const override;

private:
    std::optional<std::string> resolve(std::string_view path) const;
    std::map<std::string, std::string, std::less<>> m_files;
    std::map<std::string, std::string, std::less<>> m_symlinks;
};

/// Normalizes a relative content path lexically ("a/./b" → "a/b"); nullopt when
/// it is absolute or climbs above the root with "..".
std::optional<std::string> normalize_content_path(std::string_view path);

}  // namespace aimsgen
