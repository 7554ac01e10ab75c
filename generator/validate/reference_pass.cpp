#include <algorithm>
#include <map>

#include "generator/validate/rules.hpp"

namespace aimsgen {

namespace {

bool kind_accepts(std::string_view wanted, std::string_view defined) {
    return wanted == defined || (wanted == "person" && defined == "role");
}

/// The kinds of record a nonconformity's source_ref may name, by its source.
std::vector<std::string_view> source_ref_kinds(std::string_view source) {
    if (source == "internal-audit" || source == "external-audit") {
        return {"audit", "finding"};
    }
    if (source == "incident") {
        return {"incident"};
    }
    if (source == "management-review") {
        return {"review", "review-decision"};
    }
    if (source == "monitoring") {
        return {"measurement"};
    }
    return {};  // a complaint or a self-identified problem may name any record
}

void check_source_refs(const ValidationContext& context, Diagnostics& diagnostics) {
    for (const RecordRef& ref : context.records("nonconformities")) {
        const YamlNode* source_ref = ref.record->find("source_ref");
        if (source_ref == nullptr || !source_ref->is_scalar()) {
            continue;
        }
        const std::string label = record_label("nonconformity", *ref.record);
        const IdDefinition* definition = context.ids.find(source_ref->text);
        if (definition == nullptr) {
            diagnostics.error(ref.file->path, source_ref->pos,
                              "unknown record '" + source_ref->text + "' in 'source_ref' of " + label);
            continue;
        }
        const std::string_view source = ref.record->text_of("source");
        const std::vector<std::string_view> kinds = source_ref_kinds(source);
        if (!kinds.empty() && std::find(kinds.begin(), kinds.end(), definition->kind) == kinds.end()) {
            std::string wanted;
            for (const std::string_view kind : kinds) {
                wanted += (wanted.empty() ? "" : " or ") + kind_noun(kind);
            }
            diagnostics.error(ref.file->path, source_ref->pos,
                              "'source_ref' of " + label + " names " + defined_noun(definition->kind) + " " +
                                  source_ref->text + ", but a nonconformity raised from " + std::string(source) +
                                  " names its " + wanted);
        }
    }
}

class ReferenceResolver {
public:
    ReferenceResolver(const ValidationContext& context, Diagnostics& diagnostics)
        : m_context(context), m_diagnostics(diagnostics) {}

    void resolve(const Reference& reference) {
        if (reference.kind == "clause") {
            resolve_clause(reference);
            return;
        }
        const IdDefinition* definition = m_context.ids.find(reference.id);
        if (definition == nullptr) {
            report_unknown(reference);
            return;
        }
        if (!kind_accepts(reference.kind, definition->kind)) {
            m_diagnostics.error(reference.path, reference.pos,
                                "'" + reference.id + "' in '" + reference.field + "' is " + article(definition->kind, true) +
                                    ", not " + article(reference.kind, false));
        }
    }

private:
    static std::string article(std::string_view kind, bool defined) {
        const std::string noun = defined ? defined_noun(kind) : kind_noun(kind);
        const bool vowel = std::string_view("aeiouAEIOU").find(noun.front()) != std::string_view::npos;
        return (vowel ? "an " : "a ") + noun;
    }

    void resolve_clause(const Reference& reference) {
        if (m_context.catalogue.find_clause(reference.id) != nullptr) {
            return;
        }
        m_diagnostics.error(reference.path, reference.pos,
                            "unknown clause '" + reference.id + "' in '" + reference.field +
                                "'; the clauses of " + m_context.catalogue.title + " run from 4.1 to 10.2");
    }

    void report_unknown(const Reference& reference) {
        std::string message =
            "unknown " + kind_noun(reference.kind) + " '" + reference.id + "' in '" + reference.field + "'";
        if (const IdDefinition* near = m_context.ids.find_ignoring_case(reference.id)) {
            message += "; did you mean '" + near->id + "'? Ids are case-sensitive";
        } else if (const std::string suggestion = suggest(reference); !suggestion.empty()) {
            message += "; did you mean '" + suggestion + "'?";
        }
        m_diagnostics.error(reference.path, reference.pos, message);
    }

    std::string suggest(const Reference& reference) {
        auto cached = m_ids_by_kind.find(reference.kind);
        if (cached == m_ids_by_kind.end()) {
            std::vector<std::string_view> ids = m_context.ids.ids_of_kind(reference.kind);
            if (reference.kind == "person") {
                const std::vector<std::string_view> roles = m_context.ids.ids_of_kind("role");
                ids.insert(ids.end(), roles.begin(), roles.end());
            }
            cached = m_ids_by_kind.emplace(reference.kind, std::move(ids)).first;
        }
        // Suggestions cost a scan of the kind's ids: only offer them while errors are few.
        return ++m_suggestions > 200 ? std::string() : nearest_name(reference.id, cached->second);
    }

    const ValidationContext& m_context;
    Diagnostics& m_diagnostics;
    std::map<std::string, std::vector<std::string_view>, std::less<>> m_ids_by_kind;
    int m_suggestions = 0;
};

}  // namespace

void check_references(const ValidationContext& context, Diagnostics& diagnostics) {
    // Without a usable aims.yaml every owner would be "unknown": its own error says enough.
    const bool aims_loaded = context.content.aims && context.content.aims->root;
    ReferenceResolver resolver(context, diagnostics);
    for (const Reference& reference : context.references) {
        const bool declared_in_aims = reference.kind == "person" || reference.kind == "role" ||
                                      reference.kind == "interested-party" || reference.kind == "issue";
        if (aims_loaded || !declared_in_aims) {
            resolver.resolve(reference);
        }
    }
    check_source_refs(context, diagnostics);
}

}  // namespace aimsgen
