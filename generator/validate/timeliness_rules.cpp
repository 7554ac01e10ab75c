#include <array>

#include "generator/validate/rules.hpp"

namespace aimsgen {

namespace {

/// Something with a due date that is overdue when the date has passed and it
/// was not done on or before the as-of date.
struct DueRule {
    std::string_view register_name;
    std::string_view nested_list;  ///< "" for the record itself, else e.g. "actions"
    std::string_view nested_noun;  ///< how a nested item is named ("treatment action")
    std::string_view due_field;
    std::string_view done_field;   ///< date that marks it done, or ""
    std::string_view state_field;  ///< field whose values below end the obligation
    std::array<std::string_view, 3> finished_states;
    std::string_view what;         ///< "is overdue for review", ...
};

constexpr std::array<DueRule, 10> k_due_rules = {{
    {"ai-systems", "", "", "next_review", "", "lifecycle_stage", {"retired"}, "is overdue for review"},
    {"risks", "", "", "next_review", "", "status", {"closed"}, "is overdue for review"},
    {"soa", "", "", "next_review", "", "applicable", {"false"}, "is overdue for review"},
    {"impact-assessments", "", "", "next_review", "", "status", {"superseded", "draft"}, "is overdue for review"},
    {"suppliers", "", "", "next_assessment", "", "status", {"offboarded"}, "is overdue for reassessment"},
    {"nonconformities", "", "", "due", "closed", "status", {}, "is past its due date and not closed"},
    {"objectives", "", "", "due", "", "status", {"achieved", "cancelled"}, "is past its due date and not achieved"},
    {"audits", "", "", "planned", "performed", "status", {"cancelled", "completed"},
     "was planned and has not been performed"},
    {"risks", "actions", "treatment action", "due", "completed", "", {}, "is past its due date and not completed"},
    {"management-reviews", "decisions", "decision", "due", "completed", "status", {"done", "cancelled"},
     "is past its due date and not completed"},
}};

/// Fields holding the date a record or entry came to be, or was done: dated
/// after the as-of date they are ignored by every figure.
constexpr std::array<std::string_view, 16> k_event_dates = {
    "introduced", "identified", "detected", "raised", "requested", "date", "performed", "set",
    "completed", "closed", "resolved", "decided", "verified", "accepted", "approved", "assessed"};

/// Nested lists whose entries carry their own event dates.
constexpr std::array<std::string_view, 6> k_dated_lists = {"history", "points", "completions", "assessments",
                                                           "decisions", "actions"};

bool is_finished(const YamlNode& item, const DueRule& rule) {
    if (rule.state_field.empty()) {
        return false;
    }
    const std::string_view state = item.text_of(rule.state_field);
    for (const std::string_view finished : rule.finished_states) {
        if (!finished.empty() && finished == state) {
            return true;
        }
    }
    return false;
}

void check_due(const ValidationContext& context, const std::string& path, const YamlNode& item,
               const std::string& label, const DueRule& rule, Diagnostics& diagnostics) {
    const std::optional<Date> due = date_of(item, rule.due_field);
    if (!due || !(*due < context.as_of) || is_finished(item, rule)) {
        return;
    }
    if (!rule.done_field.empty()) {
        const std::optional<Date> done = date_of(item, rule.done_field);
        if (done && !(context.as_of < *done)) {
            return;
        }
    }
    diagnostics.warning(path, position_of(item, rule.due_field),
                        label + " " + std::string(rule.what) + " (" + std::string(rule.due_field) + " " +
                            due->to_string() + ")");
}

void check_future_dates(const ValidationContext& context, const std::string& path, const YamlNode& node,
                        const std::string& label, bool is_record, Diagnostics& diagnostics) {
    for (const std::string_view field : k_event_dates) {
        if (is_record && field == "date" && node.text_of("status") == "planned") {
            continue;  // a planned review is meant to lie ahead
        }
        const std::optional<Date> date = date_of(node, field);
        if (date && context.as_of < *date) {
            diagnostics.warning(path, position_of(node, field),
                                label + ": '" + std::string(field) + "' " + date->to_string() +
                                    " is after the as-of date " + context.as_of.to_string() +
                                    "; figures ignore it until then");
        }
    }
    for (const std::string_view list : k_dated_lists) {
        const YamlNode* entries = node.find(list);
        if (entries == nullptr || !entries->is_sequence()) {
            continue;
        }
        for (const YamlNode& entry : entries->items) {
            if (entry.is_mapping()) {
                check_future_dates(context, path, entry, label + " " + std::string(list) + " entry", false,
                                   diagnostics);
            }
        }
    }
}

}  // namespace

void check_timeliness_rules(const ValidationContext& context, Diagnostics& diagnostics) {
    for (const RegisterFiles& files : context.content.registers) {
        const RegisterKind& kind = *files.kind;
        for (const RecordRef& ref : context.records(kind.name)) {
            const std::string label = record_label(kind.noun, *ref.record, kind.id_field);
            for (const DueRule& rule : k_due_rules) {
                if (rule.register_name != kind.name || rule.due_field.empty()) {
                    continue;
                }
                if (rule.nested_list.empty()) {
                    check_due(context, ref.file->path, *ref.record, label, rule, diagnostics);
                    continue;
                }
                const YamlNode* list = ref.record->find(rule.nested_list);
                if (list == nullptr || !list->is_sequence() || ref.record->text_of("status") == "closed") {
                    continue;  // a closed risk's open actions are moot
                }
                for (const YamlNode& item : list->items) {
                    check_due(context, ref.file->path, item,
                              std::string(rule.nested_noun) + " " + std::string(item.text_of("id")) + " of " + label,
                              rule, diagnostics);
                }
            }
            check_future_dates(context, ref.file->path, *ref.record, label, true, diagnostics);
        }
    }
    for (const DocumentFile& document : context.content.documents) {
        if (!document.front_matter || !document.front_matter->is_mapping()) {
            continue;
        }
        check_future_dates(context, document.path, *document.front_matter,
                           record_label("document", *document.front_matter), true, diagnostics);
        if (document.front_matter->text_of("status") != "approved") {
            continue;
        }
        const std::optional<Date> next_review = date_of(*document.front_matter, "next_review");
        if (next_review && *next_review < context.as_of) {
            diagnostics.warning(document.path, position_of(*document.front_matter, "next_review"),
                                record_label("document", *document.front_matter) +
                                    " is overdue for review (next_review " + next_review->to_string() + ")");
        }
    }
}

}  // namespace aimsgen
