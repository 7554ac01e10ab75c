#include <map>

#include "generator/validate/rules.hpp"

namespace aimsgen {

namespace {

/// How messages name each kind of record a reference may point at.
std::string noun_of(std::string_view kind) {
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

bool kind_accepts(std::string_view wanted, std::string_view defined) {
    return wanted == defined || (wanted == "person" && defined == "role");
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
                                "'" + reference.id + "' in '" + reference.field + "' is " + article(definition->kind) +
                                    ", not " + article(reference.kind));
        }
    }

private:
    static std::string article(std::string_view kind) {
        const std::string noun = noun_of(kind);
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
            "unknown " + noun_of(reference.kind) + " '" + reference.id + "' in '" + reference.field + "'";
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
        const bool declared_in_aims =
            reference.kind == "person" || reference.kind == "interested-party" || reference.kind == "issue";
        if (aims_loaded || !declared_in_aims) {
            resolver.resolve(reference);
        }
    }
}

}  // namespace aimsgen
