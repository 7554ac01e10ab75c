#include "generator/output/output_tree.hpp"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

#include <nlohmann/json.hpp>

#include "generator/output/staging_dir.hpp"
#include "generator/output/unchanged_files.hpp"
#include "generator/source/file_system.hpp"
#include "generator/support/sha256.hpp"

namespace aimsgen {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view k_manifest = k_manifest_file;
constexpr std::string_view k_generator = "aimsgen";

bool is_within(const fs::path& root, const fs::path& candidate) {
    const auto mismatch = std::mismatch(root.begin(), root.end(), candidate.begin(), candidate.end());
    return mismatch.first == root.end();
}

fs::path canonical_or_lexical(const fs::path& path) {
    std::error_code error;
    fs::path resolved = fs::weakly_canonical(fs::absolute(path), error);
    if (error) {
        resolved = fs::absolute(path).lexically_normal();
    }
    // "out/" names the directory "out": drop the empty last element it leaves.
    while (resolved.filename().empty() && resolved.has_relative_path()) {
        resolved = resolved.parent_path();
    }
    return resolved;
}

/// A new directory beside `out` named after it, for staging or the previous tree.
fs::path sibling(const fs::path& out, std::string_view role) {
    const std::string base = "." + out.filename().string() + "." + std::string(role) + "-" + std::to_string(getpid());
    fs::path candidate = out.parent_path() / base;
    for (int attempt = 1; fs::exists(candidate); ++attempt) {
        candidate = out.parent_path() / (base + "-" + std::to_string(attempt));
    }
    return candidate;
}

/// One open, write and close per file: a std::ofstream costs more to set up
/// than a page costs to write, over tens of thousands of pages.
void write_file(const fs::path& path, std::string_view bytes) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0666);
    if (fd < 0) {
        throw OutputError("cannot write " + path.string() + ": " + std::strerror(errno));
    }
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t wrote = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (wrote < 0 && errno == EINTR) {
            continue;
        }
        if (wrote <= 0) {
            const int error = errno;
            ::close(fd);
            throw OutputError("cannot write " + path.string() + ": " + std::strerror(error));
        }
        done += static_cast<std::size_t>(wrote);
    }
    if (::close(fd) != 0) {
        throw OutputError("cannot write " + path.string() + ": " + std::strerror(errno));
    }
}

/// The files the manifest in `dir` lists: those aimsgen wrote there. None
/// when the manifest is missing or malformed, so nothing is deleted.
std::set<std::string> manifest_files(const fs::path& dir) {
    std::set<std::string> files;
    if (const std::optional<Manifest> manifest = read_manifest(dir)) {
        for (const WrittenFile& file : manifest->files) {
            files.insert(file.path);
        }
    }
    return files;
}

/// Swaps two directories in one step (Linux renameat2); false where the file
/// system cannot, with errno set.
bool exchange_directories(const fs::path& a, const fs::path& b) {
    return renameat2(AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), RENAME_EXCHANGE) == 0;
}

}  // namespace

bool is_aimsgen_output(const fs::path& dir) {
    std::ifstream stream(dir / k_manifest);
    if (!stream) {
        return false;
    }
    try {
        const nlohmann::json manifest = nlohmann::json::parse(stream);
        return manifest.value("generator", "") == k_generator;
    } catch (const nlohmann::json::exception&) {
        return false;
    }
}

OutputTree::OutputTree(fs::path out, const fs::path& content_dir) : m_out(canonical_or_lexical(out)) {
    const fs::path content = canonical_or_lexical(content_dir);
    const std::string shown = out.string();
    if (m_out == content) {
        throw OutputError("the output directory '" + shown + "' is the content directory; choose another one");
    }
    if (is_within(content, m_out)) {
        throw OutputError("the output directory '" + shown +
                          "' lies inside the content directory; aimsgen would read its own output back");
    }
    if (is_within(m_out, content)) {
        throw OutputError("the output directory '" + shown + "' contains the content directory; choose another one");
    }
    std::error_code error;
    if (fs::exists(m_out, error)) {
        if (!fs::is_directory(m_out, error)) {
            throw OutputError("'" + shown + "' exists and is not a directory");
        }
        if (!fs::is_empty(m_out, error) && !is_aimsgen_output(m_out)) {
            throw OutputError("'" + shown +
                              "' exists and was not written by aimsgen (it has no aimsgen manifest.json); "
                              "name a new or empty directory");
        }
    }
    fs::create_directories(m_out.parent_path(), error);
    m_removed_stale = remove_stale_staging_dirs(m_out);
    m_staging = sibling(m_out, "staging");
    if (!make_staging_dir(m_staging, error)) {
        std::error_code ignored;
        fs::remove_all(m_staging, ignored);
        throw OutputError("cannot create " + m_staging.string() + ": " + error.message());
    }
}

OutputTree::~OutputTree() {
    if (!m_committed) {
        std::error_code ignored;
        fs::remove_all(m_staging, ignored);  // only our own staging tree
    }
}

void OutputTree::write(std::string_view relative_path, std::string_view bytes) {
    const std::optional<std::string> normal = normalize_content_path(relative_path);
    if (!normal) {
        throw OutputError("refusing to write '" + std::string(relative_path) + "' outside the output directory");
    }
    if (*normal == k_manifest || *normal == k_staging_marker) {
        throw OutputError("'" + *normal + "' is written by the output stage itself");
    }
    const fs::path target = m_staging / *normal;
    {
        const std::lock_guard lock(m_mutex);
        if (!m_paths.insert(*normal).second) {
            throw OutputError("two outputs were written to '" + *normal + "'; this is a bug in aimsgen");
        }
        // Made under the lock: another thread may write into the same folder next.
        if (m_folders.insert(target.parent_path().string()).second) {
            std::error_code error;
            fs::create_directories(target.parent_path(), error);
        }
    }
    write_file(target, bytes);
    WrittenFile written{*normal, bytes.size(), sha256_hex(bytes)};
    const std::lock_guard lock(m_mutex);
    m_written.push_back(std::move(written));
}

void OutputTree::commit(const Provenance& provenance, std::vector<InputFile> inputs) {
    std::sort(m_written.begin(), m_written.end(),
              [](const WrittenFile& a, const WrittenFile& b) { return a.path < b.path; });
    sort_inputs(inputs);
    const std::string manifest = manifest_text(Manifest{provenance.generator_version, provenance.as_of.to_string(),
                                                        provenance.content_commit, std::move(inputs), m_written});
    write_file(m_staging / k_manifest, manifest);
    std::error_code error;
    if (fs::is_directory(m_out, error)) {
        // The manifest too: a rebuild that changed nothing changes no file at all.
        std::vector<WrittenFile> files = m_written;
        files.push_back({std::string(k_manifest), manifest.size(), sha256_hex(manifest)});
        std::set<std::string> previous_files = manifest_files(m_out);
        if (!previous_files.empty()) {
            previous_files.insert(std::string(k_manifest));
        }
        m_unchanged = link_unchanged_files(m_staging, m_out, files, previous_files);
    }
    const fs::path previous = swap_into_place();
    if (!previous.empty()) {
        remove_previous(previous);
    }
}

fs::path OutputTree::swap_into_place() {
    unmark_staging_dir(m_staging);  // the marker must not reach OUT
    std::error_code error;
    if (!fs::exists(m_out, error)) {
        fs::rename(m_staging, m_out, error);
        if (error) {
            throw OutputError("cannot put the new output in place at " + m_out.string() + ": " + error.message());
        }
        m_committed = true;
        return {};
    }
    fs::path previous = sibling(m_out, "previous");
    if (exchange_directories(m_staging, m_out)) {
        // One step: OUT is the new tree; the old one now sits at the staging path.
        m_committed = true;
        fs::rename(m_staging, previous, error);
        return error ? m_staging : previous;
    }
    // A file system without an atomic exchange: two renames, OUT briefly absent.
    fs::rename(m_out, previous, error);
    if (error) {
        throw OutputError("cannot move the previous " + m_out.string() + " aside: " + error.message());
    }
    fs::rename(m_staging, m_out, error);
    if (error) {
        std::error_code ignored;
        fs::rename(previous, m_out, ignored);  // put the old tree back
        throw OutputError("cannot put the new output in place at " + m_out.string() + ": " + error.message());
    }
    m_committed = true;
    return previous;
}

void OutputTree::remove_previous(const fs::path& previous) {
    // Delete only what the previous build wrote; anything else stays where it is.
    std::error_code ignored;
    for (const std::string& file : manifest_files(previous)) {
        if (const std::optional<std::string> normal = normalize_content_path(file)) {
            fs::remove(previous / *normal, ignored);
        }
    }
    fs::remove(previous / k_manifest, ignored);
    std::vector<fs::path> directories;
    for (fs::recursive_directory_iterator it(previous, ignored), end; it != end; it.increment(ignored)) {
        if (it->is_directory(ignored) && !it->is_symlink(ignored)) {
            directories.push_back(it->path());
        }
    }
    std::sort(directories.rbegin(), directories.rend());  // deepest first
    for (const fs::path& directory : directories) {
        if (fs::is_empty(directory, ignored)) {
            fs::remove(directory, ignored);
        }
    }
    if (fs::is_empty(previous, ignored)) {
        fs::remove(previous, ignored);
    } else {
        m_kept = previous;
    }
}

}  // namespace aimsgen
