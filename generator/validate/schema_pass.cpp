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
    bool is_register = false;
    Diagnostics diagnostics;
    std::vector<Reference> references;
};

void run(SchemaJob& job) {
    if (job.is_register && !job.root->is_sequence()) {
        job.diagnostics.error(*job.path, job.root->pos,
                              "a register file is a list of records, each starting with '- '; this file "
                              "holds " +
                                  std::string(job.root->is_mapping() ? "a mapping of fields" : "a single value"));
        return;
    }
    check_against_schema(*job.root, *job.schema, *job.path, job.diagnostics, job.references);
}

}  // namespace

void check_schemas(ValidationContext& context, Diagnostics& diagnostics) {
    const SchemaSet& schemas = SchemaSet::embedded();
    std::vector<SchemaJob> jobs;
    if (context.content.aims && context.content.aims->root) {
        jobs.push_back({&*context.content.aims->root, &context.content.aims->path,
                        &schemas.root(k_aims_schema), false, {}, {}});
    }
    for (const RegisterFiles& files : context.content.registers) {
        for (const YamlFile& file : files.files) {
            if (file.root) {
                jobs.push_back({&*file.root, &file.path, &schemas.root(files.kind->schema), true, {}, {}});
            }
        }
    }
    for (const DocumentFile& document : context.content.documents) {
        if (document.front_matter) {
            jobs.push_back({&*document.front_matter, &document.path, &schemas.root(k_document_schema), false,
                            {}, {}});
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
