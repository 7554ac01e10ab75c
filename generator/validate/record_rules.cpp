#include <array>
#include <charconv>

#include "generator/render/markdown/markdown.hpp"
#include "generator/validate/rules.hpp"

namespace aimsgen {

namespace {

/// `later` may not come before `earlier` in one record.
struct DateOrder {
    std::string_view register_name;
    std::string_view earlier;
    std::string_view later;
};

constexpr std::array<DateOrder, 19> k_date_orders = {{
    {"ai-systems", "introduced", "last_review"},
    {"ai-systems", "last_review", "next_review"},
    {"risks", "identified", "accepted"},
    {"risks", "identified", "closed"},
    {"risks", "identified", "last_review"},
    {"risks", "last_review", "next_review"},
    {"soa", "last_review", "next_review"},
    {"impact-assessments", "date", "approved"},
    {"impact-assessments", "date", "next_review"},
    {"incidents", "detected", "resolved"},
    {"incidents", "detected", "reported"},
    {"incidents", "detected", "closed"},
    {"incidents", "resolved", "closed"},
    {"nonconformities", "raised", "due"},
    {"nonconformities", "raised", "closed"},
    {"nonconformities", "raised", "verified"},
    {"nonconformities", "closed", "verified"},
    {"decisions", "requested", "decided"},
    {"objectives", "set", "due"},
}};

/// A field a record must have once it is in a given state.
struct StateRequirement {
    std::string_view register_name;
    std::string_view state_field;
    std::array<std::string_view, 4> states;
    std::string_view required;
};

constexpr std::array<StateRequirement, 13> k_state_requirements = {{
    {"ai-systems", "source", {"third-party", "embedded"}, "supplier"},
    {"risks", "status", {"accepted"}, "accepted_by"},
    {"risks", "status", {"accepted"}, "accepted"},
    {"risks", "status", {"closed"}, "closed"},
    {"incidents", "status", {"resolved", "closed"}, "resolved"},
    {"incidents", "status", {"closed"}, "closed"},
    {"incidents", "reported_externally", {"true"}, "reported_to"},
    {"nonconformities", "status", {"closed"}, "closed"},
    {"nonconformities", "effectiveness_verified", {"true"}, "verified"},
    {"decisions", "outcome", {"approved", "approved-with-conditions", "returned", "rejected"}, "decided"},
    {"audits", "status", {"completed"}, "performed"},
    {"impact-assessments", "status", {"approved"}, "approved_by"},
    {"impact-assessments", "status", {"approved"}, "approved"},
}};

constexpr std::array<std::string_view, 4> k_scored_fields = {"likelihood", "impact", "residual_likelihood",
                                                             "residual_impact"};

void check_date_order(const std::string& path, const YamlNode& record, const std::string& label,
                      std::string_view earlier, std::string_view later, Diagnostics& diagnostics) {
    const std::optional<Date> first = date_of(record, earlier);
    const std::optional<Date> second = date_of(record, later);
    if (first && second && *second < *first) {
        diagnostics.error(path, position_of(record, later),
                          "'" + std::string(later) + "' (" + second->to_string() + ") is before '" +
                              std::string(earlier) + "' (" + first->to_string() + ") in " + label);
    }
}

void check_state_requirement(const std::string& path, const YamlNode& record, std::string_view noun,
                             const StateRequirement& requirement, Diagnostics& diagnostics) {
    const std::string_view state = record.text_of(requirement.state_field);
    if (state.empty() || record.find(requirement.required) != nullptr) {
        return;
    }
    for (const std::string_view wanted : requirement.states) {
        if (!wanted.empty() && wanted == state) {
            diagnostics.error(path, record.pos,
                              record_label(noun, record) + " has " + std::string(requirement.state_field) + " '" +
                                  std::string(state) + "' but no '" + std::string(requirement.required) + "'");
            return;
        }
    }
}

/// Number of levels of a risk scale in aims.yaml, 0 when unknown.
long scale_levels(const ValidationContext& context, std::string_view scale) {
    if (!context.content.aims || !context.content.aims->root) {
        return 0;
    }
    const YamlNode* criteria = context.content.aims->root->find("risk_criteria");
    const YamlNode* levels = criteria != nullptr ? criteria->find(scale) : nullptr;
    return levels != nullptr && levels->is_sequence() ? static_cast<long>(levels->items.size()) : 0;
}

void check_scores(const std::string& path, const YamlNode& scored, long likelihood_levels, long impact_levels,
                  Diagnostics& diagnostics) {
    for (const std::string_view field : k_scored_fields) {
        const YamlNode* value = scored.find(field);
        if (value == nullptr || !value->is_scalar() || value->scalar_type() != ScalarType::integer) {
            continue;
        }
        const long levels = field.ends_with("likelihood") ? likelihood_levels : impact_levels;
        const std::string_view scale = field.ends_with("likelihood") ? "likelihood" : "impact";
        long number = 0;
        std::from_chars(value->text.data(), value->text.data() + value->text.size(), number);
        if (levels > 0 && (number < 1 || number > levels)) {
            diagnostics.error(path, value->pos,
                              "'" + std::string(field) + "' is " + value->text + ", outside the " +
                                  std::string(scale) + " scale of aims.yaml (1 to " + std::to_string(levels) + ")");
        }
    }
}

void check_risks(const ValidationContext& context, Diagnostics& diagnostics) {
    const long likelihood_levels = scale_levels(context, "likelihood");
    const long impact_levels = scale_levels(context, "impact");
    for (const RecordRef& ref : context.records("risks")) {
        const std::string_view status = ref.record->text_of("status");
        if (!status.empty() && status != "closed" && ref.record->find("next_review") == nullptr) {
            diagnostics.error(ref.file->path, ref.record->pos,
                              record_label("risk", *ref.record) + " has status '" + std::string(status) +
                                  "' but no 'next_review'; every risk that is not closed has a review date");
        }
        check_scores(ref.file->path, *ref.record, likelihood_levels, impact_levels, diagnostics);
        if (const YamlNode* history = ref.record->find("history"); history && history->is_sequence()) {
            for (const YamlNode& entry : history->items) {
                check_scores(ref.file->path, entry, likelihood_levels, impact_levels, diagnostics);
            }
        }
    }
}

/// A review's pack page is management-reviews/<id>-pack.html and the next
/// review's draft is management-reviews/draft-pack.html: ids that would take
/// those pages are refused.
void check_review_ids(const ValidationContext& context, Diagnostics& diagnostics) {
    for (const RecordRef& ref : context.records("management-reviews")) {
        const YamlNode* id = ref.record->find("id");
        if (id != nullptr && id->is_scalar() && (id->text.ends_with("-pack") || id->text == "draft")) {
            diagnostics.error(ref.file->path, id->pos,
                              "management review id '" + id->text +
                                  "' would clash with the page of a review pack; choose an id that does not end "
                                  "in '-pack' and is not 'draft'");
        }
    }
}

void check_measurements(const ValidationContext& context, Diagnostics& diagnostics) {
    for (const RecordRef& ref : context.records("measurements")) {
        const YamlNode* threshold = ref.record->find("threshold");
        if (threshold != nullptr && threshold->is_mapping() && threshold->find("min") == nullptr &&
            threshold->find("max") == nullptr) {
            diagnostics.error(ref.file->path, threshold->pos,
                              "the threshold of " + record_label("measurement series", *ref.record) +
                                  " needs a 'min', a 'max' or both");
        }
    }
}

void check_training(const ValidationContext& context, Diagnostics& diagnostics) {
    for (const RecordRef& ref : context.records("training")) {
        const YamlNode* completions = ref.record->find("completions");
        if (completions == nullptr || !completions->is_sequence()) {
            continue;
        }
        for (const YamlNode& completion : completions->items) {
            check_date_order(ref.file->path, completion,
                             "completion of " + record_label("training course", *ref.record), "completed",
                             "valid_until", diagnostics);
        }
    }
}

void check_documents(const ValidationContext& context, Diagnostics& diagnostics) {
    for (const DocumentFile& document : context.content.documents) {
        // The bounds the document page renders within (cmark-gfm 0.29 is slow past them).
        if (const std::optional<MarkdownRefusal> refusal = markdown_refusal(document.body)) {
            diagnostics.error(document.path, {document.body_line + static_cast<std::uint32_t>(refusal->line), 1},
                              "the portal cannot show this document's text: " + refusal->reason +
                                  "; simplify it or split it into several documents");
        }
        if (!document.front_matter || !document.front_matter->is_mapping()) {
            continue;
        }
        const YamlNode& front = *document.front_matter;
        const std::string_view status = front.text_of("status");
        if (status == "approved" || status == "retired") {
            for (const std::string_view field : {std::string_view("approved_by"), std::string_view("approved")}) {
                if (front.find(field) == nullptr) {
                    diagnostics.error(document.path, front.pos,
                                      record_label("document", front) + " has status '" + std::string(status) +
                                          "' but no '" + std::string(field) + "'");
                }
            }
        }
        check_date_order(document.path, front, record_label("document", front), "approved", "next_review",
                         diagnostics);
    }
}

}  // namespace

void check_record_rules(const ValidationContext& context, Diagnostics& diagnostics) {
    for (const RegisterFiles& files : context.content.registers) {
        const RegisterKind& kind = *files.kind;
        for (const RecordRef& ref : context.records(kind.name)) {
            for (const DateOrder& order : k_date_orders) {
                if (order.register_name == kind.name) {
                    check_date_order(ref.file->path, *ref.record, record_label(kind.noun, *ref.record, kind.id_field),
                                     order.earlier, order.later, diagnostics);
                }
            }
            for (const StateRequirement& requirement : k_state_requirements) {
                if (requirement.register_name == kind.name) {
                    check_state_requirement(ref.file->path, *ref.record, kind.noun, requirement, diagnostics);
                }
            }
        }
    }
    check_risks(context, diagnostics);
    check_measurements(context, diagnostics);
    check_review_ids(context, diagnostics);
    check_training(context, diagnostics);
    check_documents(context, diagnostics);
}

}  // namespace aimsgen
