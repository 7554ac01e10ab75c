#include "generator/model/records.hpp"

#include <algorithm>

#include "generator/model/organization.hpp"

namespace aimsgen {

namespace {

/// The last entry of a date-sorted list dated on or before `day`, or nullptr.
template <typename Entry>
const Entry* last_on_or_before(const std::vector<Entry>& entries, Date day) {
    const auto after = std::upper_bound(entries.begin(), entries.end(), day,
                                        [](Date d, const Entry& entry) { return d < entry.date; });
    return after == entries.begin() ? nullptr : &*(after - 1);
}

/// The status of the last entry on or before `day` that names one (entries
/// with only a note or a value keep the status before them); `before_first`
/// when none does; `fallback` when the history names no status at all.
template <typename Entry>
std::string status_on(const std::vector<Entry>& entries, Date day, const std::string& before_first,
                      const std::string& fallback) {
    bool any = false;
    const std::string* status = nullptr;
    for (const Entry& entry : entries) {
        if (entry.status.empty()) {
            continue;
        }
        any = true;
        if (day < entry.date) {
            break;
        }
        status = &entry.status;
    }
    if (!any) {
        return fallback;
    }
    return status != nullptr ? *status : before_first;
}

}  // namespace

std::string RiskCriteria::band_of(int score) const {
    for (const RiskBand& band : bands) {
        if (score >= band.min && score <= band.max) {
            return band.name;
        }
    }
    return "";
}

bool Evidence::current_at(Date day) const {
    const bool dated_ok = !date || *date <= day;
    const bool not_expired = !expires || !(*expires < day);
    return dated_ok && not_expired;
}

std::string AiSystem::stage_at(Date day) const {
    // Before its first recorded change the system was at that first stage.
    for (const StatusChange& change : history) {
        if (!change.status.empty()) {
            return status_on(history, day, change.status, lifecycle_stage);
        }
    }
    return lifecycle_stage;
}

Risk::State Risk::state_at(Date day) const {
    // Start from the current values, then fold every history entry on or
    // before `day` (the first one always: it is the earliest state known).
    State state{inherent, residual, status};
    bool first = true;
    for (const RiskHistoryEntry& entry : history) {
        if (!first && day < entry.date) {
            break;
        }
        first = false;
        if (entry.likelihood) state.inherent.likelihood = *entry.likelihood;
        if (entry.impact) state.inherent.impact = *entry.impact;
        if (entry.residual_likelihood) state.residual.likelihood = *entry.residual_likelihood;
        if (entry.residual_impact) state.residual.impact = *entry.residual_impact;
        if (!entry.status.empty()) state.status = entry.status;
    }
    if (state.status == "closed" && closed && day < *closed) {
        state.status = "open";  // closed later: before its closed date it was still open
    }
    return state;
}

bool Risk::open_at(Date day) const {
    return !(day < identified) && !(closed && *closed <= day) && state_at(day).status != "closed";
}

Date Risk::last_reviewed_at(Date day) const {
    Date latest = identified;
    if (last_review && !(day < *last_review)) {
        latest = std::max(latest, *last_review);
    }
    if (const RiskHistoryEntry* entry = last_on_or_before(history, day)) {
        latest = std::max(latest, entry->date);
    }
    return latest;
}

std::string SoaEntry::status_at(Date day) const {
    return status_on(history, day, "not-started", status);
}

bool ImpactAssessment::current_at(Date day) const {
    // A superseded or draft assessment never counts: its replacement does.
    const bool approved_then = status == "approved" && approved && *approved <= day;
    return approved_then && (!next_review || !(*next_review < day));
}

std::string Objective::status_at(Date day) const {
    return status_on(history, day, "on-track", status);
}

std::optional<Date> Course::valid_until(const TrainingCompletion& completion) const {
    if (completion.valid_until) {
        return completion.valid_until;
    }
    if (validity_months) {
        return completion.completed.add_months(*validity_months);
    }
    return std::nullopt;
}

bool Threshold::breached(double value) const {
    return (min && value < *min) || (max && value > *max);
}

bool Threshold::warned(double value) const {
    return !breached(value) && ((warning_min && value < *warning_min) || (warning_max && value > *warning_max));
}

bool Document::current_at(Date day) const {
    const bool approved_then = status == "approved" && approved && *approved <= day;
    return approved_then && (!next_review || !(*next_review < day));
}

}  // namespace aimsgen
