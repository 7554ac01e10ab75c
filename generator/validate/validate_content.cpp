#include "generator/validate/validate_content.hpp"

#include <array>

#include "generator/support/parallel_for.hpp"
#include "generator/validate/rules.hpp"

namespace aimsgen {

namespace {

/// The passes that only read the context once ids are indexed: they run side
/// by side, each into its own diagnostics, joined in this order.
using RulePass = void (*)(const ValidationContext&, Diagnostics&);
constexpr std::array<RulePass, 6> k_rule_passes = {check_references,   check_aims_rules,     check_soa_rules,
                                                   check_record_rules, check_evidence_rules, check_timeliness_rules};

}  // namespace

Diagnostics validate_content(const RawContent& content, const Catalogue& catalogue, const FileSystem& files,
                             const ValidationOptions& options, std::vector<Reference>* references) {
    ValidationContext context{content, catalogue, files, options.as_of, {}, {}};
    Diagnostics diagnostics;
    check_schemas(context, diagnostics);
    index_ids(context, diagnostics);
    std::array<Diagnostics, k_rule_passes.size()> found;
    const ValidationContext& read_only = context;
    parallel_for(k_rule_passes.size(), [&](std::size_t i) { k_rule_passes[i](read_only, found[i]); });
    for (Diagnostics& pass : found) {
        diagnostics.append(std::move(pass));
    }
    diagnostics.sort();
    if (references != nullptr) {
        *references = std::move(context.references);
    }
    return diagnostics;
}

}  // namespace aimsgen
