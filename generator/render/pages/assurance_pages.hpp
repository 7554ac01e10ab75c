#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "generator/render/site_context.hpp"

namespace aimsgen {

// Helpers shared by the assurance pages (incidents, corrective actions,
// audits, objectives, training, people, context).

/// "path:line" of a record, for the "Recorded in" line at the foot of its page.
std::string source_of(const Origin& origin);

/// The status of a record at `day` from its dated history: that of the last
/// entry on or before `day` naming a status; the first named status when all
/// are later; `current` when the history names none.
std::string status_at(const std::vector<StatusChange>& history, const std::string& current, Date day);

/// History entries as [{date, status (or false), note (or false), future}], in date order.
TemplateData status_history_rows(const std::vector<StatusChange>& history, Date as_of);

/// A pill: {label, css} where css is a rag-/band- class, so the text carries
/// the meaning and the colour only repeats it.
TemplateData pill(const std::string& label, std::string_view css);
/// Pills for the registers' own vocabularies.
TemplateData severity_pill(const std::string& severity);
TemplateData incident_status_pill(const std::string& status);
TemplateData nonconformity_status_pill(const std::string& status);
TemplateData audit_status_pill(const std::string& status);
TemplateData finding_type_pill(const std::string& type);
TemplateData objective_status_pill(const std::string& status);

/// "3 days" / "1 day".
std::string days_text(long days);

/// `list` with `more` set on every item but the last, for "a · b · c".
TemplateData with_separators(TemplateData list);

/// A list that is empty has no entries: for `has_…` flags.
bool is_empty_list(const TemplateData& list);

/// The plural heading for records of `kind` ("Corrective actions"), or "" for kinds not shown.
std::string_view kind_heading(std::string_view kind);

/// Every other record linked with `id`, grouped by kind as [{heading, links}],
/// leaving out the kinds in `shown_elsewhere` (already on the page).
TemplateData other_links(const SiteContext& site, std::string_view root, std::string_view id,
                         const std::vector<std::string_view>& shown_elsewhere);

/// Where a person stands on a course at a date: a completion valid then,
/// only completions that have expired, or none at all.
enum class TrainingState { current, expired, missing };

/// Each person's standing on `course` at `day` (people without a completion
/// on or before it are absent: missing), and their latest completion then.
struct TrainingStanding {
    TrainingState state = TrainingState::missing;
    const TrainingCompletion* latest = nullptr;
};
std::map<std::string, TrainingStanding, std::less<>> training_standings(const Course& course, Date day);

/// "current", "expired" or "missing" as a pill.
TemplateData training_state_pill(TrainingState state);

/// An evidence item as {description, path, url (http(s) only), date, expires,
/// file: {state, css, sha256}} with every optional part false when absent.
TemplateData evidence_data(const SiteContext& site, const Evidence& evidence);

}  // namespace aimsgen
