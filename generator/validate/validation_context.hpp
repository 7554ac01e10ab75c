#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "generator/calendar/date.hpp"
#include "generator/catalogue/catalogue.hpp"
#include "generator/diagnostics/diagnostic.hpp"
#include "generator/load/raw_content.hpp"
#include "generator/schema/schema_check.hpp"
#include "generator/source/file_system.hpp"

namespace aimsgen {

/// Where an id is defined, and what kind of thing it names.
struct IdDefinition {
    std::string kind;  ///< "system", "risk", "person", "role", "control", "action", ...
    std::string id;
    std::string path;
    SourcePos pos;
};

/// Every id in the content, unique across all of it and regardless of letter case.
class IdIndex {
public:
    /// Adds a definition; reports a clash with an earlier one (same id, or the
    /// same but for letter case) and returns false.
    bool add(IdDefinition definition, Diagnostics& diagnostics);
    /// The definition of exactly `id`, or nullptr.
    const IdDefinition* find(std::string_view id) const;
    /// The definition of `id` ignoring letter case, or nullptr.
    const IdDefinition* find_ignoring_case(std::string_view id) const;
    /// Ids of one kind, for "did you mean" suggestions.
    std::vector<std::string_view> ids_of_kind(std::string_view kind) const;

private:
    std::unordered_map<std::string, IdDefinition> m_by_folded_id;
};

/// A record of a register with the file it came from.
struct RecordRef {
    const YamlFile* file = nullptr;
    const YamlNode* record = nullptr;
};

/// What every validation rule may read.
struct ValidationContext {
    const RawContent& content;
    const Catalogue& catalogue;
    const FileSystem& files;
    Date as_of;
    IdIndex ids;
    std::vector<Reference> references;

    /// The records (mappings) of a register, in file and then source order.
    std::vector<RecordRef> records(std::string_view register_name) const;
    /// Calls `visit` on each record of a register.
    void for_each_record(std::string_view register_name,
                         const std::function<void(const YamlFile&, const YamlNode&)>& visit) const;
};

/// How messages name a kind of record ("AI system", "person or role").
std::string kind_noun(std::string_view kind);
/// How messages name the kind of a defined id: as kind_noun, but a person is a "person".
std::string defined_noun(std::string_view kind);

/// How a record names itself in messages: "risk RSK-014".
std::string record_label(std::string_view noun, const YamlNode& record, std::string_view id_field = "id");

/// The date in `node[key]`, if it holds a valid one.
std::optional<Date> date_of(const YamlNode& node, std::string_view key);

/// The position of `node[key]`'s value, or of `node` when absent.
SourcePos position_of(const YamlNode& node, std::string_view key);

}  // namespace aimsgen
