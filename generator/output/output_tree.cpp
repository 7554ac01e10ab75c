#include "generator/output/output_tree.hpp"

#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "generator/support/sha256.hpp"
#include "generator/source/file_system.hpp"

namespace aimsgen {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view k_manifest = "manifest.json";
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

void write_file(const fs::path& path, std::string_view bytes) {
    std::ofstream stream(path, std::ios::binary | std::ios::trunc);
    stream.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    stream.close();
    if (!stream) {
        throw OutputError("cannot write " + path.string());
    }
}

std::vector<std::string> manifest_files(const fs::path& dir) {
    std::ifstream stream(dir / k_manifest);
    std::vector<std::string> files;
    try {
        const nlohmann::json manifest = nlohmann::json::parse(stream);
        for (const auto& file : manifest.at("files")) {
            files.push_back(file.at("path").get<std::string>());
        }
    } catch (const nlohmann::json::exception&) {
        return {};
    }
    return files;
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
    m_staging = sibling(m_out, "staging");
    if (!fs::create_directory(m_staging, error) || error) {
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
    if (*normal == k_manifest) {
        throw OutputError("'manifest.json' is written by the output stage itself");
    }
    {
        const std::lock_guard lock(m_mutex);
        if (!m_paths.insert(*normal).second) {
            throw OutputError("two outputs were written to '" + *normal + "'; this is a bug in aimsgen");
        }
    }
    const fs::path target = m_staging / *normal;
    std::error_code error;
    fs::create_directories(target.parent_path(), error);
    write_file(target, bytes);
    WrittenFile written{*normal, bytes.size(), sha256_hex(bytes)};
    const std::lock_guard lock(m_mutex);
    m_written.push_back(std::move(written));
}

void OutputTree::commit(const Provenance& provenance) {
    std::sort(m_written.begin(), m_written.end(),
              [](const WrittenFile& a, const WrittenFile& b) { return a.path < b.path; });
    nlohmann::ordered_json manifest;
    manifest["generator"] = k_generator;
    manifest["version"] = provenance.generator_version;
    manifest["as_of"] = provenance.as_of.to_string();
    manifest["content_commit"] =
        provenance.content_commit.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(provenance.content_commit);
    nlohmann::ordered_json files = nlohmann::ordered_json::array();
    for (const WrittenFile& file : m_written) {
        files.push_back({{"path", file.path}, {"size", file.size}, {"sha256", file.sha256}});
    }
    manifest["files"] = std::move(files);
    write_file(m_staging / k_manifest, manifest.dump(1) + "\n");

    std::error_code error;
    fs::path previous;
    if (fs::exists(m_out, error)) {
        previous = sibling(m_out, "previous");
        fs::rename(m_out, previous, error);
        if (error) {
            throw OutputError("cannot move the previous " + m_out.string() + " aside: " + error.message());
        }
    }
    fs::rename(m_staging, m_out, error);
    if (error) {
        if (!previous.empty()) {
            std::error_code ignored;
            fs::rename(previous, m_out, ignored);  // put the old tree back
        }
        throw OutputError("cannot put the new output in place at " + m_out.string() + ": " + error.message());
    }
    m_committed = true;
    if (!previous.empty()) {
        remove_previous(previous);
    }
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
