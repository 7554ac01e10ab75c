#pragma once

#include <cstdint>
#include <filesystem>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "generator/load/input_files.hpp"
#include "generator/model/provenance.hpp"
#include "generator/output/manifest.hpp"

namespace aimsgen {

/// A problem with the output directory (exit 2): nothing was touched.
class OutputError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Output stage: the only code that touches the output directory. Files are
/// written into a staging directory beside OUT as they are produced; commit()
/// adds OUT/manifest.json and swaps the staging directory in with one atomic
/// rename, so OUT is never half-written. Destroyed without commit (an error,
/// an exception), it removes the staging directory and OUT stays as it was. A
/// staging directory left by a build that was killed carries our marker and
/// the dead process's id; the next build of the same OUT removes it.
class OutputTree {
public:
    /// Refuses (OutputError) an OUT that exists and is not an aimsgen output
    /// (no manifest of ours, and not empty), that is the content directory,
    /// lies inside it, or contains it.
    OutputTree(std::filesystem::path out, const std::filesystem::path& content_dir);
    ~OutputTree();
    OutputTree(const OutputTree&) = delete;
    OutputTree& operator=(const OutputTree&) = delete;

    /// Writes one file (thread-safe; paths must be relative and stay inside OUT).
    void write(std::string_view relative_path, std::string_view bytes);
    /// Writes the manifest (provenance, `inputs`, every file written), keeps
    /// the previous inode of each file whose bytes did not change, and puts
    /// the tree in place of OUT.
    void commit(const Provenance& provenance, std::vector<InputFile> inputs);

    const std::filesystem::path& staging() const { return m_staging; }
    /// After commit: where files found in the previous OUT that aimsgen did
    /// not write were left (never deleted), or empty when there were none.
    const std::filesystem::path& kept_files() const { return m_kept; }
    /// After commit: how many files (the manifest included) kept the previous
    /// OUT's copy, having the same bytes.
    std::size_t unchanged_files() const { return m_unchanged; }
    /// Staging directories of killed builds of this OUT, removed on construction.
    const std::vector<std::filesystem::path>& removed_stale_staging() const { return m_removed_stale; }

private:
    void remove_previous(const std::filesystem::path& previous);
    std::filesystem::path swap_into_place();

    std::filesystem::path m_out;
    std::filesystem::path m_staging;
    std::vector<WrittenFile> m_written;
    std::set<std::string> m_paths;
    std::set<std::string> m_folders;  ///< made in the staging directory so far
    std::filesystem::path m_kept;
    std::size_t m_unchanged = 0;
    std::vector<std::filesystem::path> m_removed_stale;
    std::mutex m_mutex;
    bool m_committed = false;
};

/// Whether `dir` holds a manifest.json written by aimsgen.
bool is_aimsgen_output(const std::filesystem::path& dir);

}  // namespace aimsgen
