#include "generator/validate/validation_context.hpp"

#include <algorithm>
#include <map>

namespace aimsgen {

namespace {

std::string fold_case(std::string_view id) {
    std::string folded(id);
    std::transform(folded.begin(), folded.end(), folded.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return folded;
}

}  // namespace

bool IdIndex::add(IdDefinition definition, Diagnostics& diagnostics) {
    const std::string folded = fold_case(definition.id);
    const auto [existing, inserted] = m_by_folded_id.emplace(folded, definition);
    if (inserted) {
        return true;
    }
    const IdDefinition& first = existing->second;
    const std::string where = first.path + ":" + std::to_string(first.pos.line);
    if (first.pos.line == 0) {  // defined by the catalogue built into aimsgen, not by the content
        diagnostics.error(definition.path, definition.pos,
                          "id '" + definition.id + "' is taken by the ISO/IEC 42001 catalogue's " +
                              defined_noun(first.kind) + " " + first.id + "; choose another id");
        return false;
    }
    if (first.id == definition.id) {
        diagnostics.error(definition.path, definition.pos,
                          "duplicate id '" + definition.id + "': already used by the " + defined_noun(first.kind) +
                              " at " + where + "; ids are unique across the whole content");
    } else {
        diagnostics.error(definition.path, definition.pos,
                          "id '" + definition.id + "' differs only in letter case from '" + first.id +
                              "' (" + defined_noun(first.kind) + " at " + where +
                              "); they would clash on case-insensitive file systems");
    }
    return false;
}

const IdDefinition* IdIndex::find(std::string_view id) const {
    const IdDefinition* definition = find_ignoring_case(id);
    return definition != nullptr && definition->id == id ? definition : nullptr;
}

const IdDefinition* IdIndex::find_ignoring_case(std::string_view id) const {
    const auto found = m_by_folded_id.find(fold_case(id));
    return found == m_by_folded_id.end() ? nullptr : &found->second;
}

std::vector<std::string_view> IdIndex::ids_of_kind(std::string_view kind) const {
    std::vector<std::string_view> ids;
    for (const auto& [folded, definition] : m_by_folded_id) {
        if (definition.kind == kind) {
            ids.push_back(definition.id);
        }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::vector<RecordRef> ValidationContext::records(std::string_view register_name) const {
    std::vector<RecordRef> found;
    for (const YamlFile& file : content.register_files(register_name).files) {
        if (!file.root || !file.root->is_sequence()) {
            continue;
        }
        for (const YamlNode& record : file.root->items) {
            if (record.is_mapping()) {
                found.push_back({&file, &record});
            }
        }
    }
    return found;
}

void ValidationContext::for_each_record(
    std::string_view register_name, const std::function<void(const YamlFile&, const YamlNode&)>& visit) const {
    for (const RecordRef& ref : records(register_name)) {
        visit(*ref.file, *ref.record);
    }
}

std::string kind_noun(std::string_view kind) {
    static const std::map<std::string_view, std::string_view> k_nouns = {
        {"person", "person or role"},
        {"role", "role"},
        {"system", "AI system"},
        {"risk", "risk"},
        {"control", "control"},
        {"clause", "clause"},
        {"document", "document"},
        {"nonconformity", "nonconformity"},
        {"incident", "incident"},
        {"audit", "audit"},
        {"finding", "audit finding"},
        {"supplier", "supplier"},
        {"objective", "objective"},
        {"course", "training course"},
        {"measurement", "measurement series"},
        {"impact-assessment", "impact assessment"},
        {"decision", "decision"},
        {"review", "management review"},
        {"interested-party", "interested party"},
        {"issue", "context issue"},
        {"action", "risk treatment action"},
        {"review-decision", "management review decision"},
    };
    const auto found = k_nouns.find(kind);
    return found == k_nouns.end() ? std::string(kind) : std::string(found->second);
}

std::string defined_noun(std::string_view kind) { return kind == "person" ? "person" : kind_noun(kind); }

std::string record_label(std::string_view noun, const YamlNode& record, std::string_view id_field) {
    const std::string_view id = record.text_of(id_field);
    return id.empty() ? std::string(noun) : std::string(noun) + " " + std::string(id);
}

std::optional<Date> date_of(const YamlNode& node, std::string_view key) {
    const YamlNode* value = node.find(key);
    if (value == nullptr || !value->is_scalar()) {
        return std::nullopt;
    }
    return Date::parse(value->text);
}

SourcePos position_of(const YamlNode& node, std::string_view key) {
    const YamlNode* value = node.find(key);
    return value != nullptr ? value->pos : node.pos;
}

}  // namespace aimsgen
