#include "generator/schema/schema_set.hpp"
#include "generator/support/parallel_for.hpp"
#include "generator/validate/rules.hpp"

namespace aimsgen {

namespace {

constexpr std::string_view k_aims_schema = "aims.schema.json";
constexpr std::string_view k_document_schema = "document.schema.json";

struct SchemaJob {
    const YamlNode* root = nullptr;
    const std::string* path = nullptr;
    const SchemaNode* schema = nullptr;
    const RegisterKind* register_kind = nullptr;  ///< null for aims.yaml and documents
    bool is_document = false;
    Diagnostics diagnostics;
    std::vector<Reference> references;
};

/// Marks the references found since `first` as held by `record`.
void attribute(std::vector<Reference>& references, std::size_t first, std::string_view kind, const YamlNode& record,
               std::string_view id_field) {
    const std::string id(record.text_of(id_field));
    for (std::size_t i = first; i < references.size(); ++i) {
        references[i].from_kind = kind;
        references[i].from_id = id;
    }
}

void run(SchemaJob& job) {
    if (job.register_kind == nullptr) {
        check_against_schema(*job.root, *job.schema, *job.path, job.diagnostics, job.references);
        if (job.is_document && job.root->is_mapping()) {
            attribute(job.references, 0, "document", *job.root, "id");
        }
        return;
    }
    if (!job.root->is_sequence()) {
        job.diagnostics.error(*job.path, job.root->pos,
                              "a register file is a list of records, each starting with '- '; this file "
                              "holds " +
                                  std::string(job.root->is_mapping() ? "a mapping of fields" : "a single value"));
        return;
    }
    // Record by record, so each reference knows the record that holds it.
    const SchemaNode& record_schema = *job.schema->resolved().items;
    for (const YamlNode& record : job.root->items) {
        const std::size_t first = job.references.size();
        check_against_schema(record, record_schema, *job.path, job.diagnostics, job.references);
        if (record.is_mapping()) {
            attribute(job.references, first, job.register_kind->ref_kind, record, job.register_kind->id_field);
        }
    }
}

}  // namespace

void check_schemas(ValidationContext& context, Diagnostics& diagnostics) {
    const SchemaSet& schemas = SchemaSet::embedded();
    std::vector<SchemaJob> jobs;
    if (context.content.aims && context.content.aims->root) {
        jobs.push_back({&*context.content.aims->root, &context.content.aims->path,
                        &schemas.root(k_aims_schema), nullptr, false, {}, {}});
    }
    for (const RegisterFiles& files : context.content.registers) {
        for (const YamlFile& file : files.files) {
            if (file.root) {
                jobs.push_back({&*file.root, &file.path, &schemas.root(files.kind->schema), files.kind, false, {}, {}});
            }
        }
    }
    for (const DocumentFile& document : context.content.documents) {
        if (document.front_matter) {
            jobs.push_back({&*document.front_matter, &document.path, &schemas.root(k_document_schema), nullptr,
                            true, {}, {}});
        }
    }
    parallel_for(jobs.size(), [&](std::size_t i) { run(jobs[i]); });
    for (SchemaJob& job : jobs) {
        diagnostics.append(std::move(job.diagnostics));
        context.references.insert(context.references.end(), std::make_move_iterator(job.references.begin()),
                                  std::make_move_iterator(job.references.end()));
    }
}

}  // namespace aimsgen
