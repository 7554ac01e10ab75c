#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "generator/load/register_kinds.hpp"
#include "generator/load/yaml_node.hpp"
#include "generator/source/source_text.hpp"

namespace aimsgen {

/// The size and SHA-256 of a content file's bytes exactly as read (before a
/// byte order mark is dropped), for the manifest's list of inputs. Empty when
/// the file could not be read.
struct FileDigest {
    std::uintmax_t size = 0;
    std::string sha256;
};

/// A YAML file as loaded: its text (for quoting lines in diagnostics) and its
/// tree, absent when the file could not be parsed.
struct YamlFile {
    std::string path;  ///< relative to the content root
    SourceText text;
    std::optional<YamlNode> root;
    FileDigest digest;
};

/// A Markdown document: the whole file's text, its parsed front matter and its body.
struct DocumentFile {
    std::string path;
    SourceText text;
    std::optional<YamlNode> front_matter;
    std::string body;
    std::uint32_t body_line = 0;
    FileDigest digest;
};

/// All files of one register (one file, or every *.yaml of its folder).
struct RegisterFiles {
    const RegisterKind* kind = nullptr;
    std::vector<YamlFile> files;
};

/// The content directory as loaded, before any meaning is checked.
struct RawContent {
    std::optional<YamlFile> aims;  ///< aims.yaml; absent when missing
    std::vector<RegisterFiles> registers;  ///< one per register kind, in register_kinds() order
    std::vector<DocumentFile> documents;   ///< sorted by path

    const RegisterFiles& register_files(std::string_view name) const;
    /// The text of a loaded file, for quoting its lines; nullptr if unknown.
    const SourceText* find_text(std::string_view path) const;
};

}  // namespace aimsgen
