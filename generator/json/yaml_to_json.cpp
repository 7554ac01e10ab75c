#include "generator/json/yaml_to_json.hpp"

#include <charconv>

namespace aimsgen {

namespace {

/// The types a schema allows, following $ref links.
std::uint8_t types_of(const SchemaNode* schema) {
    for (const SchemaNode* link = schema; link != nullptr; link = link->target) {
        if (link->types != 0) {
            return link->types;
        }
    }
    return 0;
}

const SchemaNode* property_of(const SchemaNode* schema, const std::string& key) {
    for (const SchemaNode* link = schema; link != nullptr; link = link->target) {
        const auto found = link->properties.find(key);
        if (found != link->properties.end()) {
            return found->second;
        }
    }
    return nullptr;
}

const SchemaNode* items_of(const SchemaNode* schema) {
    for (const SchemaNode* link = schema; link != nullptr; link = link->target) {
        if (link->items != nullptr) {
            return link->items;
        }
    }
    return nullptr;
}

nlohmann::ordered_json scalar_to_json(const YamlNode& node, std::uint8_t types) {
    const ScalarType type = node.scalar_type();
    const bool text_allowed = types == 0 ? type == ScalarType::string : (types & k_json_string) != 0;
    if (text_allowed || type == ScalarType::string) {
        return node.text;
    }
    if (type == ScalarType::boolean) {
        return node.text == "true" || node.text == "True" || node.text == "TRUE";
    }
    if (type == ScalarType::integer) {
        long long value = 0;
        const auto [end, status] = std::from_chars(node.text.data(), node.text.data() + node.text.size(), value);
        if (status == std::errc() && end == node.text.data() + node.text.size()) {
            return value;
        }
    }
    double value = 0;
    const std::string_view text = node.text.front() == '+' ? std::string_view(node.text).substr(1) : node.text;
    const auto [end, status] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (status == std::errc() && end == text.data() + text.size()) {
        return value;
    }
    return node.text;
}

}  // namespace

nlohmann::ordered_json yaml_to_json(const YamlNode& node, const SchemaNode* schema) {
    switch (node.kind) {
        case YamlNode::Kind::null:
            return nullptr;
        case YamlNode::Kind::scalar:
            return scalar_to_json(node, types_of(schema));
        case YamlNode::Kind::sequence: {
            nlohmann::ordered_json list = nlohmann::ordered_json::array();
            const SchemaNode* items = items_of(schema);
            for (const YamlNode& item : node.items) {
                list.push_back(yaml_to_json(item, items));
            }
            return list;
        }
        case YamlNode::Kind::mapping: {
            nlohmann::ordered_json object = nlohmann::ordered_json::object();
            for (const YamlEntry& entry : node.entries) {
                object[entry.key] = yaml_to_json(entry.value, property_of(schema, entry.key));
            }
            return object;
        }
    }
    return nullptr;
}

}  // namespace aimsgen
