#include "generator/source/file_system.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>

namespace aimsgen {

namespace fs = std::filesystem;

std::optional<std::string> normalize_content_path(std::string_view path) {
    if (path.empty() || path.front() == '/' || path.front() == '\\' ||
        (path.size() > 1 && path[1] == ':')) {
        return std::nullopt;
    }
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find('/', start), path.size());
        const std::string_view part = path.substr(start, end - start);
        if (part == "..") {
            if (parts.empty()) {
                return std::nullopt;
            }
            parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        start = end + 1;
    }
    if (parts.empty()) {
        return std::nullopt;
    }
    std::string normal;
    for (const std::string_view part : parts) {
        if (!normal.empty()) {
            normal += '/';
        }
        normal += part;
    }
    return normal;
}

// ---- disk ----

DiskFileSystem::DiskFileSystem(fs::path root) : m_root(std::move(root)) {
    std::error_code ignored;
    m_canonical_root = fs::weakly_canonical(m_root, ignored);
}

namespace {

bool is_within(const fs::path& root, const fs::path& candidate) {
    const auto mismatch = std::mismatch(root.begin(), root.end(), candidate.begin(), candidate.end());
    return mismatch.first == root.end();
}

PathKind kind_of_status(const fs::file_status& status) {
    if (fs::is_regular_file(status)) {
        return PathKind::file;
    }
    if (fs::is_directory(status)) {
        return PathKind::directory;
    }
    return fs::exists(status) ? PathKind::other : PathKind::missing;
}

/// Whether the folder can be listed: a recursive listing skips one it may not
/// open without a word, and a register folder would vanish.
bool can_list(const fs::path& dir) {
    std::error_code error;
    const fs::directory_iterator listing(dir, error);
    return !error;
}

}  // namespace

PathKind DiskFileSystem::kind(std::string_view path) const {
    std::error_code error;
    const fs::path full = m_root / fs::path(path);
    const fs::file_status link_status = fs::symlink_status(full, error);
    if (error == std::errc::permission_denied) {
        return PathKind::unreadable;
    }
    if (!fs::exists(link_status)) {
        return PathKind::missing;
    }
    const fs::path resolved = fs::weakly_canonical(full, error);
    if (error || !is_within(m_canonical_root, resolved)) {
        return PathKind::outside_root;
    }
    return kind_of_status(fs::status(full, error));
}

std::vector<DirectoryEntry> DiskFileSystem::list(std::string_view dir) const {
    std::vector<DirectoryEntry> entries;
    std::error_code error;
    const fs::path base = m_root / fs::path(dir);
    if (kind(dir) != PathKind::directory) {
        return entries;
    }
    if (!can_list(base)) {
        entries.push_back({std::string(dir), PathKind::unreadable, false, 0});
        return entries;
    }
    fs::recursive_directory_iterator it(base, fs::directory_options::skip_permission_denied, error);
    for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        const fs::path relative = it->path().lexically_relative(m_root);  // never through links
        DirectoryEntry entry;
        entry.path = relative.generic_string();
        entry.symlink = it->is_symlink(error);
        entry.kind = kind(entry.path);
        if (entry.kind == PathKind::file) {
            entry.size = it->file_size(error);
        }
        if (entry.symlink) {
            it.disable_recursion_pending();  // never walk into linked directories
        } else if (entry.kind == PathKind::directory && !can_list(it->path())) {
            entry.kind = PathKind::unreadable;
        }
        entries.push_back(std::move(entry));
    }
    if (error) {  // the listing stopped part way: say so rather than return part of it
        entries.push_back({std::string(dir), PathKind::unreadable, false, 0});
    }
    std::sort(entries.begin(), entries.end(),
              [](const DirectoryEntry& a, const DirectoryEntry& b) { return a.path < b.path; });
    return entries;
}

std::optional<std::string> DiskFileSystem::read(std::string_view path) const {
    if (kind(path) != PathKind::file) {
        return std::nullopt;
    }
    std::ifstream stream(m_root / fs::path(path), std::ios::binary);
    if (!stream) {
        return std::nullopt;
    }
    std::ostringstream content;
    content << stream.rdbuf();
    if (stream.bad()) {
        return std::nullopt;
    }
    return std::move(content).str();
}

std::uintmax_t DiskFileSystem::size(std::string_view path) const {
    std::error_code error;
    const std::uintmax_t bytes = fs::file_size(m_root / fs::path(path), error);
    return error ? 0 : bytes;
}

// ---- memory ----

void MemoryFileSystem::add_file(std::string path, std::string content) {
    m_files[std::move(path)] = std::move(content);
}

void MemoryFileSystem::add_symlink(std::string path, std::string target) {
    m_symlinks[std::move(path)] = std::move(target);
}

std::optional<std::string> MemoryFileSystem::resolve(std::string_view path) const {
    const auto link = m_symlinks.find(path);
    if (link == m_symlinks.end()) {
        return std::string(path);
    }
    if (link->second.starts_with('/')) {
        return std::nullopt;  // an absolute target is outside the root by definition
    }
    const std::size_t slash = path.rfind('/');
    const std::string base = slash == std::string_view::npos ? "" : std::string(path.substr(0, slash + 1));
    return normalize_content_path(base + link->second);
}

PathKind MemoryFileSystem::kind(std::string_view path) const {
    if (!m_symlinks.contains(path) && !m_files.contains(path)) {
        const std::string prefix = std::string(path) + "/";
        const auto is_below = [&](const auto& entry) { return entry.first.starts_with(prefix); };
        const bool directory = std::any_of(m_files.begin(), m_files.end(), is_below) ||
                               std::any_of(m_symlinks.begin(), m_symlinks.end(), is_below);
        return directory ? PathKind::directory : PathKind::missing;
    }
    const std::optional<std::string> target = resolve(path);
    if (!target) {
        return PathKind::outside_root;
    }
    return m_files.contains(*target) ? PathKind::file : PathKind::missing;
}

std::vector<DirectoryEntry> MemoryFileSystem::list(std::string_view dir) const {
    std::vector<DirectoryEntry> entries;
    const std::string prefix = dir.empty() ? "" : std::string(dir) + "/";
    for (const auto& [path, content] : m_files) {
        if (path.starts_with(prefix)) {
            entries.push_back({path, PathKind::file, false, content.size()});
        }
    }
    for (const auto& [path, target] : m_symlinks) {
        if (path.starts_with(prefix)) {
            entries.push_back({path, kind(path), true, size(path)});
        }
    }
    std::sort(entries.begin(), entries.end(),
              [](const DirectoryEntry& a, const DirectoryEntry& b) { return a.path < b.path; });
    return entries;
}

std::optional<std::string> MemoryFileSystem::read(std::string_view path) const {
    const std::optional<std::string> target = resolve(path);
    if (!target) {
        return std::nullopt;
    }
    const auto file = m_files.find(*target);
    return file == m_files.end() ? std::nullopt : std::optional<std::string>(file->second);
}

std::uintmax_t MemoryFileSystem::size(std::string_view path) const {
    const std::optional<std::string> content = read(path);
    return content ? content->size() : 0;
}

}  // namespace aimsgen
