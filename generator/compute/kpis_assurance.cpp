#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <unordered_map>

#include "generator/compute/kpi.hpp"

namespace aimsgen {

namespace {

constexpr std::array<std::string_view, 7> k_top_clauses = {"4", "5", "6", "7", "8", "9", "10"};

std::string top_clause(std::string_view clause) { return std::string(clause.substr(0, clause.find('.'))); }

bool audit_counts(const Audit& audit) { return audit.status != "cancelled"; }

/// Audits performed in the twelve months up to `day`.
std::vector<const Audit*> audits_in_last_year(const Model& model, Date day) {
    std::vector<const Audit*> audits;
    const Date since = day.add_months(-12);
    for (const Audit& audit : model.audits) {
        if (audit.performed_by(day) && since < *audit.performed) {
            audits.push_back(&audit);
        }
    }
    return audits;
}

KpiSample audit_programme_completion(const Model& model, const KpiWindow& window) {
    KpiSample sample;
    const std::string cycle = std::to_string(static_cast<int>(window.end.ymd().year()));
    std::size_t planned = 0;
    std::size_t performed = 0;
    for (const Audit& audit : model.audits) {
        if (audit.type != "internal" || audit.cycle != cycle || !audit_counts(audit) || window.end < audit.planned) {
            continue;
        }
        ++planned;
        if (audit.performed_by(window.end)) {
            ++performed;
        } else {
            sample.records.push_back(audit.id);
        }
    }
    sample.value = percent(performed, planned);
    return sample;
}

KpiSample audit_coverage(const Model& model, const KpiWindow& window) {
    KpiSample sample;
    std::set<std::string> covered_clauses;
    std::set<std::string> covered_controls;
    for (const Audit* audit : audits_in_last_year(model, window.end)) {
        for (const std::string& clause : audit->scope_clauses) {
            covered_clauses.insert(top_clause(clause));
        }
        covered_controls.insert(audit->scope_controls.begin(), audit->scope_controls.end());
    }
    std::size_t items = 0;
    std::size_t covered = 0;
    for (const std::string_view clause : k_top_clauses) {
        ++items;
        if (covered_clauses.contains(std::string(clause))) {
            ++covered;
        } else {
            sample.records.push_back(std::string(clause));
        }
    }
    for (const SoaEntry& entry : model.soa) {
        if (!entry.applicable) {
            continue;
        }
        ++items;
        if (covered_controls.contains(entry.control)) {
            ++covered;
        } else {
            sample.records.push_back(entry.control);
        }
    }
    const bool programme_started = std::any_of(model.audits.begin(), model.audits.end(),
                                               [&](const Audit& audit) { return !(window.end < audit.planned); });
    if (!programme_started) {
        sample.records.clear();
        return sample;  // no audit programme yet: no figure
    }
    sample.value = percent(covered, items);
    return sample;
}

KpiSample audit_findings(const Model& model, const KpiWindow& window) {
    KpiSample sample;
    const bool programme_started = std::any_of(model.audits.begin(), model.audits.end(),
                                               [&](const Audit& audit) { return !(window.end < audit.planned); });
    if (!programme_started) {
        return sample;
    }
    std::map<std::string, double> by_type = {{"major", 0}, {"minor", 0}, {"observation", 0}, {"opportunity", 0}};
    for (const Audit* audit : audits_in_last_year(model, window.end)) {
        for (const AuditFinding& finding : audit->findings) {
            sample.records.push_back(finding.id);
            by_type[finding.type] += 1;
        }
    }
    for (const std::string_view type : {"major", "minor", "observation", "opportunity"}) {
        sample.breakdown.push_back({std::string(type), by_type[std::string(type)]});
    }
    sample.value = static_cast<double>(sample.records.size());
    return sample;
}

/// Each course's completions by person: looking them up person by person
/// would scan every completion once per person (people x people).
using CompletionsByPerson = std::unordered_map<std::string_view, std::vector<const TrainingCompletion*>>;

std::vector<CompletionsByPerson> completions_by_person(const Model& model) {
    std::vector<CompletionsByPerson> by_course;
    by_course.reserve(model.courses.size());
    for (const Course& course : model.courses) {
        CompletionsByPerson& by_person = by_course.emplace_back();
        for (const TrainingCompletion& completion : course.completions) {
            by_person[completion.person].push_back(&completion);
        }
    }
    return by_course;
}

/// Whether `person` holds a completion of `course` valid at `day`.
bool trained_at(const Course& course, const CompletionsByPerson& completions, std::string_view person, Date day) {
    const auto found = completions.find(person);
    if (found == completions.end()) {
        return false;
    }
    for (const TrainingCompletion* completion : found->second) {
        if (day < completion->completed) {
            continue;
        }
        const std::optional<Date> until = course.valid_until(*completion);
        if (!until || !(*until < day)) {
            return true;
        }
    }
    return false;
}

KpiSample training_completion(const Model& model, const KpiWindow& window) {
    KpiSample sample;
    std::map<std::string, std::pair<std::size_t, std::size_t>> per_role;  // role → (current, required)
    std::size_t required = 0;
    std::size_t current = 0;
    const std::vector<CompletionsByPerson> completions = completions_by_person(model);
    for (const Person& person : model.aims.people) {
        bool person_has_gap = false;
        for (std::size_t c = 0; c < model.courses.size(); ++c) {
            const Course& course = model.courses.all()[c];
            std::vector<std::string> roles;
            for (const std::string& role : person.roles) {
                if (std::find(course.required_for.begin(), course.required_for.end(), role) !=
                    course.required_for.end()) {
                    roles.push_back(role);
                }
            }
            if (roles.empty()) {
                continue;
            }
            ++required;
            const bool ok = trained_at(course, completions[c], person.id, window.end);
            current += ok ? 1 : 0;
            person_has_gap = person_has_gap || !ok;
            for (const std::string& role : roles) {
                per_role[role].second += 1;
                per_role[role].first += ok ? 1 : 0;
            }
        }
        if (person_has_gap) {
            sample.records.push_back(person.id);
        }
    }
    for (const auto& [role, counts] : per_role) {
        sample.breakdown.push_back({role, percent(counts.first, counts.second)});
    }
    sample.value = percent(current, required);
    return sample;
}

KpiSample objectives_on_track(const Model& model, const KpiWindow& window) {
    KpiSample sample;
    std::size_t counted = 0;
    std::size_t on_track = 0;
    for (const Objective& objective : model.objectives) {
        if (window.end < objective.set) {
            continue;
        }
        const std::string status = objective.status_at(window.end);
        if (status == "cancelled") {
            continue;
        }
        ++counted;
        if (status == "on-track" || status == "achieved") {
            ++on_track;
        } else {
            sample.records.push_back(objective.id);
        }
    }
    sample.value = percent(on_track, counted);
    return sample;
}

}  // namespace

void add_assurance_kpis(std::vector<KpiDefinition>& kpis, const ReviewSlas&) {
    kpis.push_back({"audit-programme-completion", "Audit programme completion", "audit",
                    "Internal audits of the calendar year's cycle planned on or before the date (cancelled ones left out) that "
                    "were performed by it, as a percentage of those planned.",
                    "%", Direction::higher_is_better, 100.0, 80.0, audit_programme_completion});
    kpis.push_back({"audit-coverage", "Audit coverage", "audit",
                    "Clauses 4 to 10 and applicable controls in the scope of an audit performed in the twelve months "
                    "up to the date, as a percentage of all of them.",
                    "%", Direction::higher_is_better, 100.0, 80.0, audit_coverage});
    kpis.push_back({"audit-findings", "Audit findings in the last twelve months", "audit",
                    "Findings of audits performed in the twelve months up to the date, with a breakdown by type.",
                    "count", Direction::lower_is_better, std::nullopt, std::nullopt, audit_findings});
    kpis.push_back({"training-completion", "Required training current", "competence",
                    "Pairs of a person and a course required for one of their roles where the person holds a "
                    "completion valid on the date, as a percentage of all such pairs; with a breakdown per role.",
                    "%", Direction::higher_is_better, 95.0, 80.0, training_completion});
    kpis.push_back({"objectives-on-track", "AI objectives on track", "objectives",
                    "Objectives set on or before the date whose status then is on-track or achieved, as a percentage "
                    "of objectives set (cancelled ones left out).",
                    "%", Direction::higher_is_better, 80.0, 60.0, objectives_on_track});
}

}  // namespace aimsgen
