#include "generator/output/manifest.hpp"

#include <fstream>

#include <nlohmann/json.hpp>

#include "generator/source/file_system.hpp"

namespace aimsgen {

namespace {

constexpr std::string_view k_generator = "aimsgen";

using OrderedJson = nlohmann::ordered_json;

template <typename Entry>
OrderedJson entries_json(const std::vector<Entry>& entries) {
    OrderedJson list = OrderedJson::array();
    for (const Entry& entry : entries) {
        list.push_back({{"path", entry.path}, {"size", entry.size}, {"sha256", entry.sha256}});
    }
    return list;
}

bool is_sha256(const std::string& text) {
    return text.size() == 64 && text.find_first_not_of("0123456789abcdef") == std::string::npos;
}

/// A malformed manifest: thrown inside read_manifest only.
struct ManifestProblem {
    std::string message;
};

/// Whether `path` is named as aimsgen names it: a normalized relative path
/// (after "theme:" for a --theme file), or "builtin:" and a name.
bool is_plain_name(std::string_view path, bool is_input) {
    if (is_input && path.starts_with(k_builtin_input)) {
        return path.size() > k_builtin_input.size();
    }
    if (is_input && path.starts_with(k_theme_dir_input)) {
        path.remove_prefix(k_theme_dir_input.size());
    }
    const std::optional<std::string> normal = normalize_content_path(path);
    return normal && *normal == path;
}

/// Reads one list of {path, size, sha256}, `key` being "inputs" or "files".
template <typename Entry>
std::vector<Entry> read_entries(const nlohmann::json& list, std::string_view key) {
    if (!list.is_array()) {
        throw ManifestProblem{"'" + std::string(key) + "' is not a list"};
    }
    std::vector<Entry> entries;
    for (const nlohmann::json& item : list) {
        Entry entry{item.at("path").get<std::string>(), item.at("size").get<std::uintmax_t>(),
                    item.at("sha256").get<std::string>()};
        if (!is_plain_name(entry.path, key == "inputs")) {
            throw ManifestProblem{"'" + std::string(key) + "' names '" + entry.path +
                                  "', which is not a plain relative path"};
        }
        if (!is_sha256(entry.sha256)) {
            throw ManifestProblem{"'" + std::string(key) + "' gives '" + entry.path +
                                  "' a SHA-256 that is not 64 hex digits"};
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

}  // namespace

std::string manifest_text(const Manifest& manifest) {
    OrderedJson json;
    json["generator"] = k_generator;
    json["version"] = manifest.version;
    json["as_of"] = manifest.as_of;
    json["content_commit"] =
        manifest.content_commit.empty() ? OrderedJson(nullptr) : OrderedJson(manifest.content_commit);
    if (manifest.inputs) {
        json["inputs"] = entries_json(*manifest.inputs);
    }
    json["files"] = entries_json(manifest.files);
    return json.dump(1) + "\n";
}

std::optional<Manifest> read_manifest(const std::filesystem::path& dir, std::string* problem) {
    const auto fail = [&](std::string why) -> std::optional<Manifest> {
        if (problem != nullptr) {
            *problem = std::move(why);
        }
        return std::nullopt;
    };
    std::ifstream stream(dir / k_manifest_file, std::ios::binary);
    if (!stream) {
        return fail("there is no manifest.json");
    }
    try {
        const nlohmann::json json = nlohmann::json::parse(stream);
        if (!json.is_object() || json.value("generator", "") != k_generator) {
            return fail("manifest.json was not written by aimsgen");
        }
        Manifest manifest;
        manifest.version = json.value("version", "");
        manifest.as_of = json.value("as_of", "");
        if (json.contains("content_commit") && json.at("content_commit").is_string()) {
            manifest.content_commit = json.at("content_commit").get<std::string>();
        }
        if (json.contains("inputs")) {
            manifest.inputs = read_entries<InputFile>(json.at("inputs"), "inputs");
        }
        manifest.files = read_entries<WrittenFile>(json.at("files"), "files");
        return manifest;
    } catch (const nlohmann::json::exception& error) {
        return fail("manifest.json cannot be read: " + std::string(error.what()));
    } catch (const ManifestProblem& malformed) {
        return fail("manifest.json " + malformed.message);
    }
}

}  // namespace aimsgen
