#include "generator/output/verify_tree.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <optional>
#include <set>

#include "generator/diagnostics/diagnostic_printer.hpp"
#include "generator/support/parallel_for.hpp"
#include "generator/support/sha256.hpp"

namespace aimsgen {

namespace fs = std::filesystem;

namespace {

std::string changed_message(const std::string& now, const std::string& recorded) {
    return "changed since the build: its SHA-256 is " + now + ", the manifest says " + recorded;
}

/// What is in OUT, walked without following symbolic links.
struct OutTree {
    std::set<std::string> regular_files;
    std::set<std::string> other_entries;  ///< symbolic links, sockets, ...
    std::set<std::string> empty_directories;
    std::optional<std::string> unreadable;  ///< why the walk stopped early
};

OutTree walk_out(const fs::path& out) {
    OutTree tree;
    std::error_code error;
    fs::recursive_directory_iterator it(out, error);
    for (const fs::recursive_directory_iterator end; !error && it != end; it.increment(error)) {
        const std::string relative = it->path().lexically_relative(out).generic_string();
        const fs::file_status status = it->symlink_status(error);
        if (error) {
            break;
        }
        if (fs::is_regular_file(status)) {
            tree.regular_files.insert(relative);
        } else if (fs::is_directory(status)) {
            if (fs::is_empty(it->path(), error)) {
                tree.empty_directories.insert(relative);
            }
        } else {
            tree.other_entries.insert(relative);
        }
    }
    if (error) {
        tree.unreadable = error.message();
    }
    return tree;
}

std::optional<std::string> file_sha256(const fs::path& path) {
    std::ifstream stream(path, std::ios::binary);
    if (!stream) {
        return std::nullopt;
    }
    const std::string bytes(std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>{});
    if (stream.bad()) {
        return std::nullopt;
    }
    return sha256_hex(bytes);
}

/// Every folder that holds a listed file, at any depth ("a", "a/b" for "a/b/c.html").
std::set<std::string> listed_folders(const Manifest& manifest) {
    std::set<std::string> folders;
    for (const WrittenFile& file : manifest.files) {
        for (std::size_t slash = file.path.find('/'); slash != std::string::npos;
             slash = file.path.find('/', slash + 1)) {
            folders.insert(file.path.substr(0, slash));
        }
    }
    return folders;
}

/// Reports what is in OUT but not in the manifest: files (the manifest itself
/// aside), symbolic links and the like, and empty directories.
template <typename Report>
void report_unlisted(const OutTree& tree, const Manifest& manifest, const std::set<std::string>& listed,
                     const Report& report) {
    for (const std::string& path : tree.regular_files) {
        if (!listed.contains(path) && path != k_manifest_file) {
            report(path, "not in the manifest: aimsgen did not write this file");
        }
    }
    for (const std::string& path : tree.other_entries) {
        if (!listed.contains(path)) {
            report(path, "not in the manifest: aimsgen did not write this symbolic link or special file");
        }
    }
    const std::set<std::string> folders = listed_folders(manifest);
    for (const std::string& path : tree.empty_directories) {
        if (!folders.contains(path)) {
            report(path, "not in the manifest: aimsgen did not make this empty directory");
        }
    }
}

/// An input's name as shown: below the content or theme directory as the
/// user named it; a built-in part by its name.
std::string shown_input(const std::string& name, const InputSources& sources) {
    if (name.starts_with(k_builtin_input)) {
        return name;
    }
    if (name.starts_with(k_theme_dir_input)) {
        return display_path(sources.shown_theme_dir, name.substr(k_theme_dir_input.size()));
    }
    return display_path(sources.shown_content, name);
}

void check_builtin_input(const InputFile& input, const std::vector<InputFile>& builtin, Diagnostics& differences) {
    const auto found = std::find_if(builtin.begin(), builtin.end(),
                                    [&](const InputFile& part) { return part.path == input.path; });
    if (found == builtin.end()) {
        differences.error(input.path, {}, "this aimsgen has no such built-in part; another aimsgen built OUT");
    } else if (found->sha256 != input.sha256) {
        differences.error(input.path, {}, "this aimsgen's built-in part differs from the one that built OUT: " +
                                              changed_message(found->sha256, input.sha256));
    }
}

/// Re-hashes a content file, or a file of the theme directory, as it is now.
void check_input_file(const InputFile& input, const InputSources& sources, Diagnostics& differences) {
    const bool in_theme_dir = input.path.starts_with(k_theme_dir_input);
    const std::optional<std::string> bytes =
        in_theme_dir ? sources.theme_dir->read(input.path.substr(k_theme_dir_input.size()))
                     : sources.content.read(input.path);
    if (!bytes) {
        differences.error(shown_input(input.path, sources), {}, "missing: the build read it");
    } else if (const std::string now = sha256_hex(*bytes); now != input.sha256) {
        differences.error(shown_input(input.path, sources), {}, changed_message(now, input.sha256));
    }
}

}  // namespace

Diagnostics verify_outputs(const fs::path& out, const Manifest& manifest, const std::string& shown_out) {
    Diagnostics differences;
    const auto report = [&](const std::string& path, std::string message) {
        differences.error(display_path(shown_out, path), {}, std::move(message));
    };
    const OutTree tree = walk_out(out);
    if (tree.unreadable) {
        report("", "cannot list every file in it: " + *tree.unreadable);
    }
    std::vector<std::optional<std::string>> hashes(manifest.files.size());
    parallel_for(manifest.files.size(), [&](std::size_t i) {
        if (tree.regular_files.contains(manifest.files[i].path)) {
            hashes[i] = file_sha256(out / manifest.files[i].path);
        }
    });
    std::set<std::string> listed;
    for (std::size_t i = 0; i < manifest.files.size(); ++i) {
        const WrittenFile& file = manifest.files[i];
        listed.insert(file.path);
        if (tree.other_entries.contains(file.path)) {
            report(file.path, "is no longer a regular file (a symbolic link or a special file now)");
        } else if (!tree.regular_files.contains(file.path)) {
            report(file.path, "missing: the manifest lists it");
        } else if (!hashes[i]) {
            report(file.path, "cannot be read");
        } else if (*hashes[i] != file.sha256) {
            report(file.path, changed_message(*hashes[i], file.sha256));
        }
    }
    report_unlisted(tree, manifest, listed, report);
    differences.sort();
    return differences;
}

Diagnostics verify_inputs(const std::vector<InputFile>& recorded, const InputSources& sources) {
    Diagnostics differences;
    std::set<std::string, std::less<>> listed;
    for (const InputFile& input : recorded) {
        listed.insert(input.path);
        if (input.path.starts_with(k_builtin_input)) {
            check_builtin_input(input, sources.builtin, differences);
        } else if (input.path.starts_with(k_theme_dir_input) && sources.theme_dir == nullptr) {
            differences.error(input.path, {},
                              "a file of the build's --theme DIR; not checked: give verify --theme DIR");
        } else {
            check_input_file(input, sources, differences);
        }
    }
    for (const std::string& name : sources.current) {
        if (!listed.contains(name)) {
            differences.error(shown_input(name, sources), {},
                              "a new input: a build would read it now, but the manifest does not list it");
        }
    }
    differences.sort();
    return differences;
}

Diagnostics verify_commit(const Manifest& manifest, const std::string& current_commit,
                          const std::string& shown_content) {
    Diagnostics differences;
    if (!manifest.content_commit.empty() && !current_commit.empty() && current_commit != manifest.content_commit) {
        differences.error(shown_content, {}, "the content is at commit " + current_commit +
                                                 "; the manifest names commit " + manifest.content_commit);
    }
    return differences;
}

}  // namespace aimsgen
