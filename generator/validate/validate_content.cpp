#include "generator/validate/validate_content.hpp"

#include "generator/validate/rules.hpp"

namespace aimsgen {

Diagnostics validate_content(const RawContent& content, const Catalogue& catalogue, const FileSystem& files,
                             const ValidationOptions& options, std::vector<Reference>* references) {
    ValidationContext context{content, catalogue, files, options.as_of, {}, {}};
    Diagnostics diagnostics;
    check_schemas(context, diagnostics);
    index_ids(context, diagnostics);
    check_references(context, diagnostics);
    check_aims_rules(context, diagnostics);
    check_soa_rules(context, diagnostics);
    check_record_rules(context, diagnostics);
    check_evidence_rules(context, diagnostics);
    check_timeliness_rules(context, diagnostics);
    diagnostics.sort();
    if (references != nullptr) {
        *references = std::move(context.references);
    }
    return diagnostics;
}

}  // namespace aimsgen
