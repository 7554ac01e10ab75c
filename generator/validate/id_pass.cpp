#include "generator/validate/rules.hpp"

namespace aimsgen {

namespace {

constexpr std::string_view k_catalogue_path = "content/frameworks/iso42001.yaml";

/// Adds the id in `record[id_field]` when it is a usable scalar.
void add_id(ValidationContext& context, std::string_view kind, const std::string& path, const YamlNode& record,
            std::string_view id_field, Diagnostics& diagnostics) {
    const YamlNode* id = record.find(id_field);
    if (id == nullptr || !id->is_scalar() || id->text.empty()) {
        return;
    }
    context.ids.add({std::string(kind), id->text, path, id->pos}, diagnostics);
}

/// Adds the ids of every mapping in the list `parent[list_key]`.
void add_list_ids(ValidationContext& context, std::string_view kind, const std::string& path,
                  const YamlNode& parent, std::string_view list_key, Diagnostics& diagnostics) {
    const YamlNode* list = parent.find(list_key);
    if (list == nullptr || !list->is_sequence()) {
        return;
    }
    for (const YamlNode& item : list->items) {
        if (item.is_mapping()) {
            add_id(context, kind, path, item, "id", diagnostics);
        }
    }
}

void index_aims(ValidationContext& context, Diagnostics& diagnostics) {
    if (!context.content.aims || !context.content.aims->root || !context.content.aims->root->is_mapping()) {
        return;
    }
    const YamlNode& aims = *context.content.aims->root;
    const std::string& path = context.content.aims->path;
    add_list_ids(context, "person", path, aims, "people", diagnostics);
    add_list_ids(context, "role", path, aims, "roles", diagnostics);
    add_list_ids(context, "interested-party", path, aims, "interested_parties", diagnostics);
    if (const YamlNode* context_node = aims.find("context"); context_node && context_node->is_mapping()) {
        add_list_ids(context, "issue", path, *context_node, "internal_issues", diagnostics);
        add_list_ids(context, "issue", path, *context_node, "external_issues", diagnostics);
    }
}

}  // namespace

void index_ids(ValidationContext& context, Diagnostics& diagnostics) {
    for (const CatalogueControl& control : context.catalogue.controls) {
        context.ids.add({"control", control.id, std::string(k_catalogue_path), {}}, diagnostics);
    }
    index_aims(context, diagnostics);
    for (const RegisterFiles& files : context.content.registers) {
        const RegisterKind& kind = *files.kind;
        for (const RecordRef& ref : context.records(kind.name)) {
            const YamlNode& record = *ref.record;
            if (kind.name == "soa") {
                // Catalogue controls are already known; an organization's own control adds an id.
                const std::string_view control = record.text_of("control");
                if (context.catalogue.find_control(control) == nullptr && record.text_of("additional") == "true") {
                    add_id(context, kind.ref_kind, ref.file->path, record, kind.id_field, diagnostics);
                }
                continue;
            }
            add_id(context, kind.ref_kind, ref.file->path, record, kind.id_field, diagnostics);
            if (kind.name == "risks") {
                add_list_ids(context, "action", ref.file->path, record, "actions", diagnostics);
            } else if (kind.name == "audits") {
                add_list_ids(context, "finding", ref.file->path, record, "findings", diagnostics);
            } else if (kind.name == "management-reviews") {
                add_list_ids(context, "review-decision", ref.file->path, record, "decisions", diagnostics);
            }
        }
    }
    for (const DocumentFile& document : context.content.documents) {
        if (document.front_matter && document.front_matter->is_mapping()) {
            add_id(context, "document", document.path, *document.front_matter, "id", diagnostics);
        }
    }
}

}  // namespace aimsgen
