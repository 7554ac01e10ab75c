#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "generator/diagnostics/diagnostic.hpp"
#include "generator/load/input_files.hpp"
#include "generator/output/manifest.hpp"
#include "generator/source/file_system.hpp"

namespace aimsgen {

/// `aimsgen verify`: compares an output directory, and optionally the content
/// it was built from, with its manifest. Every difference is one error whose
/// path is already as shown to the user; the lists are sorted.

/// Re-hashes every file the manifest lists in `out`: an error for each one
/// that changed, is missing, or is no longer a regular file, and for each
/// file, symbolic link or empty directory in `out` that the manifest does not
/// list (the manifest itself aside). Paths are shown below `shown_out`.
Diagnostics verify_outputs(const std::filesystem::path& out, const Manifest& manifest, const std::string& shown_out);

/// Where the inputs are now.
struct InputSources {
    const FileSystem& content;  ///< the content directory
    std::string shown_content;  ///< the content directory as the user named it
    const FileSystem* theme_dir = nullptr;  ///< `--theme DIR`, when given
    std::string shown_theme_dir;
    std::vector<InputFile> builtin;  ///< this aimsgen's builtin_inputs()
    /// The names of every input a build would read now, as the manifest names them.
    std::vector<std::string> current;
};

/// Re-hashes every input the manifest lists, from the content directory, the
/// theme directory, or this aimsgen's built-in parts: an error for each one
/// that changed, went missing, or cannot be checked (a "theme:" input without
/// a theme directory), and for each input a build would read now that the
/// manifest does not list (a new register file, document or evidence file).
Diagnostics verify_inputs(const std::vector<InputFile>& recorded, const InputSources& sources);

/// An error when the manifest names a content commit, the content directory
/// is in a git work tree (`current_commit` not empty), and the two differ.
Diagnostics verify_commit(const Manifest& manifest, const std::string& current_commit,
                          const std::string& shown_content);

}  // namespace aimsgen
