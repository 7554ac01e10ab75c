#pragma once

#include <deque>
#include <initializer_list>
#include <vector>
#include <map>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "generator/schema/schema_node.hpp"

namespace aimsgen {

/// The content format's JSON Schemas (schemas/*.schema.json, embedded in the
/// binary), compiled once. A schema that uses a keyword the validator does not
/// implement is refused at load, so the schemas can never say more than is checked.
class SchemaSet {
public:
    /// Compiles every embedded schema; throws std::runtime_error on a schema
    /// that is not valid JSON or uses an unsupported keyword.
    static const SchemaSet& embedded();

    /// Compiles the given files (name → JSON text); for tests.
    explicit SchemaSet(const std::map<std::string, std::string, std::less<>>& files);
    SchemaSet(const SchemaSet&) = delete;
    SchemaSet& operator=(const SchemaSet&) = delete;

    /// The root schema of `file` ("risks.schema.json"); throws if unknown.
    const SchemaNode& root(std::string_view file) const;

private:
    const SchemaNode* compile(const std::string& file, const std::string& pointer);
    void fill(SchemaNode& node, const nlohmann::json& json, const std::string& file,
              const std::string& where);
    const SchemaNode* child(const nlohmann::json& json, const std::string& file, const std::string& where);

    std::map<std::string, nlohmann::json, std::less<>> m_documents;
    std::map<std::string, const SchemaNode*, std::less<>> m_compiled;  ///< "file#pointer" → node
    std::deque<SchemaNode> m_nodes;
};

/// The values a field's `enum` allows, for lists offered to readers (the
/// workbooks' validation lists): `fields` walks from the file's record through
/// nested properties, stepping into array items on the way ("risks.schema.json",
/// {"actions", "status"}). Throws std::logic_error when there is no such enum.
const std::vector<std::string>& enum_of(const SchemaSet& schemas, std::string_view file,
                                        std::initializer_list<std::string_view> fields);

}  // namespace aimsgen
