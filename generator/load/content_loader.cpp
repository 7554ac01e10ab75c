#include "generator/load/content_loader.hpp"

#include <algorithm>
#include <string_view>

#include "generator/load/front_matter.hpp"
#include "generator/load/yaml_parser.hpp"
#include "generator/source/encoding.hpp"
#include "generator/support/parallel_for.hpp"
#include "generator/support/sha256.hpp"
#include "generator/support/spelling.hpp"

namespace aimsgen {

namespace {

constexpr std::string_view k_aims_file = "aims.yaml";
constexpr std::string_view k_registers_dir = "registers";
constexpr std::string_view k_documents_dir = "documents";

std::string file_name(std::string_view path) {
    const std::size_t slash = path.rfind('/');
    return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

std::string list_register_names() {
    std::string names;
    for (const RegisterKind& kind : register_kinds()) {
        names += names.empty() ? "" : ", ";
        names += kind.name;
    }
    return names;
}

/// Reads a file and checks it is usable text; the text has its BOM removed.
/// `digest` gets the size and SHA-256 of the bytes as read, BOM included.
std::optional<std::string> read_text(const FileSystem& files, const std::string& path,
                                     const LoadLimits& limits, FileDigest& digest, Diagnostics& diagnostics) {
    if (files.size(path) > limits.max_file_bytes) {
        diagnostics.error(path, {}, "the file has " + std::to_string(files.size(path)) +
                                        " bytes, over the limit of " +
                                        std::to_string(limits.max_file_bytes) +
                                        " (--max-file-size); split it into several files");
        return std::nullopt;
    }
    std::optional<std::string> bytes = files.read(path);
    if (!bytes) {
        diagnostics.error(path, {}, "the file cannot be read");
        return std::nullopt;
    }
    digest = FileDigest{bytes->size(), sha256_hex(*bytes)};
    std::string text(strip_byte_order_mark(*bytes));
    if (const auto problem = find_encoding_problem(text)) {
        diagnostics.error(path, SourceText(text).position_of_offset(problem->offset), problem->message);
        return std::nullopt;
    }
    return text;
}

YamlFile load_yaml_file(const FileSystem& files, const std::string& path, const LoadLimits& limits,
                        Diagnostics& diagnostics) {
    YamlFile file{path, {}, std::nullopt, {}};
    std::optional<std::string> text = read_text(files, path, limits, file.digest, diagnostics);
    if (!text) {
        return file;
    }
    file.text = SourceText(std::move(*text));
    file.root = parse_yaml(file.text, path, diagnostics);
    if (file.root && file.root->is_null()) {
        diagnostics.error(path, {1, 1},
                          path == k_aims_file
                              ? "aims.yaml is empty; it describes the organization and its AIMS"
                              : "the file is empty; a register file is a YAML list of records "
                                "(write [] for none)");
        file.root.reset();
    }
    return file;
}

DocumentFile load_document(const FileSystem& files, const std::string& path, const LoadLimits& limits,
                           Diagnostics& diagnostics) {
    DocumentFile document{path, {}, std::nullopt, {}, 0, {}};
    std::optional<std::string> text = read_text(files, path, limits, document.digest, diagnostics);
    if (!text) {
        return document;
    }
    document.text = SourceText(std::move(*text));
    FrontMatterProblem problem;
    const std::optional<FrontMatterSplit> split = split_front_matter(document.text.text(), problem);
    if (!split) {
        diagnostics.error(path, {problem.line, 1}, problem.message);
        return document;
    }
    const SourceText front_matter(std::string(split->front_matter), split->front_matter_line);
    document.front_matter = parse_yaml(front_matter, path, diagnostics);
    if (document.front_matter && document.front_matter->is_null()) {
        diagnostics.error(path, {1, 1}, "the front matter is empty; a document needs at least id, "
                                        "title, type, owner, version and status");
        document.front_matter.reset();
    }
    document.body = std::string(split->body);
    document.body_line = split->body_line;
    return document;
}

void report_outside(const DirectoryEntry& entry, Diagnostics& diagnostics) {
    diagnostics.error(entry.path, {}, "this symbolic link leads out of the content directory; "
                                      "content must stay inside it");
}

/// A path that is no regular file or folder, or cannot be read: reported, never
/// passed over (a register or document would vanish without a word) and never
/// opened (reading a FIFO waits forever). False for every other path.
bool report_unusable(const DirectoryEntry& entry, Diagnostics& diagnostics) {
    if (entry.kind == PathKind::unreadable) {
        diagnostics.error(entry.path, {}, "this cannot be read (permission denied); aimsgen must be able to read "
                                          "the whole content directory");
        return true;
    }
    if (entry.kind == PathKind::other) {
        diagnostics.error(entry.path, {}, "this is not a regular file (a FIFO, socket or device); content files "
                                          "must be regular files");
        return true;
    }
    return false;
}

/// Finds which files make up each register and reports stray ones.
void find_register_files(const FileSystem& files, RawContent& content,
                         std::vector<std::vector<std::string>>& register_paths, Diagnostics& diagnostics) {
    register_paths.assign(register_kinds().size(), {});
    for (const DirectoryEntry& entry : files.list(k_registers_dir)) {
        if (report_unusable(entry, diagnostics)) {
            continue;
        }
        const std::string relative = entry.path.substr(k_registers_dir.size() + 1);
        const std::size_t slash = relative.find('/');
        const std::string top = relative.substr(0, slash);
        const bool in_folder = slash != std::string::npos;
        if (entry.kind == PathKind::outside_root) {
            report_outside(entry, diagnostics);
            continue;
        }
        if (entry.kind == PathKind::directory && !in_folder &&
            (entry.path.ends_with(".yaml") || entry.path.ends_with(".yml"))) {
            diagnostics.error(entry.path, {}, "this is a folder; a register file is a YAML file, a register folder "
                                              "is named without .yaml (registers/risks/)");
            continue;
        }
        if (entry.kind != PathKind::file) {
            continue;
        }
        const std::string name = in_folder ? top : top.substr(0, top.rfind('.'));
        const RegisterKind* kind = find_register_kind(name);
        const bool is_yaml = entry.path.ends_with(".yaml");
        if (!in_folder && kind != nullptr && entry.path.ends_with(".yml")) {
            diagnostics.error(entry.path, {}, "register files end in .yaml; rename this file");
            continue;
        }
        if (!in_folder && (kind == nullptr || !is_yaml)) {
            std::string message = "'";
            message += file_name(entry.path);
            message += "' is not a register.";
            std::vector<std::string_view> names;
            for (const RegisterKind& known : register_kinds()) {
                names.push_back(known.name);
            }
            if (const std::string near = nearest_name(name, names); !near.empty()) {
                message.back() = ';';
                message += " did you mean '" + near + ".yaml'?";
            }
            message += " The registers are " + list_register_names() + " (each NAME.yaml or a folder NAME/)";
            diagnostics.error(entry.path, {}, std::move(message));
            continue;
        }
        if (in_folder && kind == nullptr) {
            diagnostics.error(entry.path, {}, "the folder '" + top + "' is not a register; the registers are " +
                                                  list_register_names());
            continue;
        }
        if (in_folder && entry.path.ends_with(".yml")) {
            diagnostics.error(entry.path, {}, "register files end in .yaml; rename this file");
            continue;
        }
        if (!is_yaml) {
            continue;  // notes or other files kept beside a register folder
        }
        const auto index = static_cast<std::size_t>(kind - register_kinds().data());
        register_paths[index].push_back(entry.path);
    }
    content.registers.resize(register_kinds().size());
    for (std::size_t i = 0; i < register_kinds().size(); ++i) {
        content.registers[i].kind = &register_kinds()[i];
        const std::string file = std::string(k_registers_dir) + "/" + std::string(register_kinds()[i].name) + ".yaml";
        const std::vector<std::string>& paths = register_paths[i];
        const bool has_file = std::find(paths.begin(), paths.end(), file) != paths.end();
        if (has_file && paths.size() > 1) {
            diagnostics.error(file, {}, "both this file and the folder registers/" +
                                            std::string(register_kinds()[i].name) +
                                            "/ exist; keep the register in one place");
        }
    }
}

}  // namespace

RawContent load_content(const FileSystem& files, const LoadLimits& limits, Diagnostics& diagnostics) {
    RawContent content;
    const PathKind aims_kind = files.kind(k_aims_file);
    if (aims_kind == PathKind::outside_root) {
        diagnostics.error(std::string(k_aims_file), {},
                          "this symbolic link leads out of the content directory");
    } else if (aims_kind == PathKind::missing) {
        diagnostics.error(std::string(k_aims_file), {},
                          "aims.yaml is missing; a content directory starts with it (see README)");
    } else if (aims_kind == PathKind::directory) {
        diagnostics.error(std::string(k_aims_file), {}, "aims.yaml is a folder; it must be a YAML file");
    } else if (aims_kind != PathKind::file) {
        report_unusable({std::string(k_aims_file), aims_kind}, diagnostics);
    }

    std::vector<std::vector<std::string>> register_paths;
    find_register_files(files, content, register_paths, diagnostics);

    std::vector<std::string> document_paths;
    for (const DirectoryEntry& entry : files.list(k_documents_dir)) {
        if (entry.kind == PathKind::outside_root) {
            report_outside(entry, diagnostics);
        } else if (entry.kind == PathKind::unreadable ||
                   (entry.kind == PathKind::other && entry.path.ends_with(".md"))) {
            report_unusable(entry, diagnostics);
        } else if (entry.kind == PathKind::file && entry.path.ends_with(".md")) {
            document_paths.push_back(entry.path);
        }
    }

    // One parse job per file, run in parallel; each writes only its own slot.
    struct Job {
        std::string path;
        YamlFile* yaml = nullptr;
        DocumentFile* document = nullptr;
        Diagnostics diagnostics;
    };
    std::vector<Job> jobs;
    if (aims_kind == PathKind::file) {
        content.aims.emplace();
        jobs.push_back({std::string(k_aims_file), &*content.aims, nullptr, {}});
    }
    for (std::size_t i = 0; i < register_paths.size(); ++i) {
        content.registers[i].files.resize(register_paths[i].size());
        for (std::size_t f = 0; f < register_paths[i].size(); ++f) {
            jobs.push_back({register_paths[i][f], &content.registers[i].files[f], nullptr, {}});
        }
    }
    content.documents.resize(document_paths.size());
    for (std::size_t d = 0; d < document_paths.size(); ++d) {
        jobs.push_back({document_paths[d], nullptr, &content.documents[d], {}});
    }
    parallel_for(jobs.size(), [&](std::size_t i) {
        Job& job = jobs[i];
        if (job.yaml != nullptr) {
            *job.yaml = load_yaml_file(files, job.path, limits, job.diagnostics);
        } else {
            *job.document = load_document(files, job.path, limits, job.diagnostics);
        }
    });
    for (Job& job : jobs) {
        diagnostics.append(std::move(job.diagnostics));
    }
    return content;
}

}  // namespace aimsgen
