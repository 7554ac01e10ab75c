#include "generator/schema/schema_set.hpp"

#include <set>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "generator/resources/embedded_resources.hpp"

namespace aimsgen {

namespace {

constexpr std::string_view k_schema_dir = "schemas/";

const std::set<std::string, std::less<>> k_annotations = {"$schema", "$id",      "$comment", "title",
                                                          "description", "examples", "$defs"};

std::uint8_t parse_type(const std::string& name, const std::string& where) {
    if (name == "object") return k_json_object;
    if (name == "array") return k_json_array;
    if (name == "string") return k_json_string;
    if (name == "integer") return k_json_integer;
    if (name == "number") return k_json_number;
    if (name == "boolean") return k_json_boolean;
    if (name == "null") return k_json_null;
    throw std::runtime_error(where + ": type '" + name + "' is not supported");
}

}  // namespace

const SchemaSet& SchemaSet::embedded() {
    static const SchemaSet schemas([] {
        std::map<std::string, std::string, std::less<>> files;
        for (const EmbeddedResource& resource : embedded_resources()) {
            if (resource.path.starts_with(k_schema_dir)) {
                files.emplace(std::string(resource.path.substr(k_schema_dir.size())),
                              std::string(resource.text));
            }
        }
        return files;
    }());
    return schemas;
}

SchemaSet::SchemaSet(const std::map<std::string, std::string, std::less<>>& files) {
    for (const auto& [name, text] : files) {
        try {
            m_documents.emplace(name, nlohmann::json::parse(text));
        } catch (const nlohmann::json::exception& error) {
            throw std::runtime_error("schemas/" + name + " is not valid JSON: " + error.what());
        }
    }
    for (const auto& [name, json] : m_documents) {
        try {
            compile(name, "");
        } catch (const nlohmann::json::exception& error) {
            throw std::runtime_error("schemas/" + name + ": " + error.what());
        }
    }
    // A $ref chain that loops never reaches a constraint: refuse it here, or
    // checking a value against it would never end.
    for (const auto& [where, node] : m_compiled) {
        std::size_t steps = 0;
        for (const SchemaNode* link = node; link != nullptr; link = link->target) {
            if (++steps > m_nodes.size()) {
                throw std::runtime_error("schemas/" + where + ": a chain of $refs leads back to itself");
            }
        }
    }
}

const SchemaNode& SchemaSet::root(std::string_view file) const {
    const auto found = m_compiled.find(std::string(file) + "#");
    if (found == m_compiled.end()) {
        throw std::runtime_error("no schema named " + std::string(file));
    }
    return *found->second;
}

const SchemaNode* SchemaSet::compile(const std::string& file, const std::string& pointer) {
    const std::string key = file + "#" + pointer;
    if (const auto found = m_compiled.find(key); found != m_compiled.end()) {
        return found->second;
    }
    const auto document = m_documents.find(file);
    if (document == m_documents.end()) {
        throw std::runtime_error("$ref to unknown schema file " + file);
    }
    const nlohmann::json::json_pointer json_pointer(pointer);
    if (!document->second.contains(json_pointer)) {
        throw std::runtime_error("$ref to " + key + ", which does not exist");
    }
    SchemaNode& node = m_nodes.emplace_back();
    m_compiled.emplace(key, &node);  // before filling, so recursive refs find it
    fill(node, document->second.at(json_pointer), file, "schemas/" + key);
    return &node;
}

const SchemaNode* SchemaSet::child(const nlohmann::json& json, const std::string& file,
                                   const std::string& where) {
    SchemaNode& node = m_nodes.emplace_back();
    fill(node, json, file, where);
    return &node;
}

void SchemaSet::fill(SchemaNode& node, const nlohmann::json& json, const std::string& file,
                     const std::string& where) {
    if (!json.is_object()) {
        throw std::runtime_error(where + ": a schema must be a JSON object");
    }
    for (const auto& [keyword, value] : json.items()) {
        const std::string at = where + "/" + keyword;
        if (keyword == "title") {
            node.title = value.get<std::string>();
        } else if (k_annotations.contains(keyword)) {
            continue;
        } else if (keyword == "$ref") {
            const std::string ref = value.get<std::string>();
            const std::size_t hash = ref.find('#');
            const std::string ref_file = hash == 0 ? file : ref.substr(0, hash);
            node.target = compile(ref_file, hash == std::string::npos ? "" : ref.substr(hash + 1));
        } else if (keyword == "type") {
            if (value.is_array()) {
                for (const auto& type : value) {
                    node.types |= parse_type(type.get<std::string>(), at);
                }
            } else {
                node.types = parse_type(value.get<std::string>(), at);
            }
        } else if (keyword == "properties") {
            for (const auto& [name, property] : value.items()) {
                node.properties.emplace(name, child(property, file, at + "/" + name));
            }
        } else if (keyword == "required") {
            node.required = value.get<std::vector<std::string>>();
        } else if (keyword == "additionalProperties") {
            if (!value.is_boolean()) {
                throw std::runtime_error(at + ": only true or false is supported");
            }
            node.closed = !value.get<bool>();
        } else if (keyword == "items") {
            node.items = child(value, file, at);
        } else if (keyword == "minItems") {
            node.min_items = value.get<std::size_t>();
        } else if (keyword == "uniqueItems") {
            node.unique_items = value.get<bool>();
        } else if (keyword == "enum") {
            node.allowed = value.get<std::vector<std::string>>();
        } else if (keyword == "const") {
            node.constant = value.is_string() ? value.get<std::string>() : value.dump();
        } else if (keyword == "pattern") {
            node.pattern.emplace(value.get<std::string>());
        } else if (keyword == "minLength") {
            node.min_length = value.get<std::size_t>();
        } else if (keyword == "maxLength") {
            node.max_length = value.get<std::size_t>();
        } else if (keyword == "format") {
            node.format = value.get<std::string>();
            if (node.format != "date" && node.format != "uri") {
                throw std::runtime_error(at + ": format '" + node.format + "' is not supported");
            }
        } else if (keyword == "minimum") {
            node.minimum = value.get<double>();
        } else if (keyword == "maximum") {
            node.maximum = value.get<double>();
        } else if (keyword == "x-aimsgen-ref") {
            node.ref_kind = value.get<std::string>();
        } else {
            throw std::runtime_error(at + ": keyword '" + keyword +
                                     "' is not supported by aimsgen's validator (see schemas/README.md)");
        }
    }
}

namespace {

const SchemaNode& into_items(const SchemaNode& node) {
    const SchemaNode& resolved = node.resolved();
    return resolved.items != nullptr ? resolved.items->resolved() : resolved;
}

}  // namespace

const std::vector<std::string>& enum_of(const SchemaSet& schemas, std::string_view file,
                                        std::initializer_list<std::string_view> fields) {
    const SchemaNode* node = &into_items(schemas.root(file));
    for (const std::string_view field : fields) {
        const auto found = node->properties.find(field);
        if (found == node->properties.end()) {
            throw std::logic_error(std::string(file) + " has no field " + std::string(field));
        }
        node = &into_items(*found->second);
    }
    if (node->allowed.empty()) {
        throw std::logic_error(std::string(file) + ": the field has no enum");
    }
    return node->allowed;
}

}  // namespace aimsgen
