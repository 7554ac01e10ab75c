#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "generator/calendar/date.hpp"
#include "generator/model/model.hpp"

namespace aimsgen {

/// A system or risk that must return to assessment: something happened after
/// its last review (an incident on the system, a monitoring breach, a change of
/// lifecycle stage, a supplier assessed worse than before).
struct ReassessmentTrigger {
    std::string subject_kind;  ///< "system" or "risk"
    std::string subject;       ///< its id
    std::string event;         ///< incident, monitoring-breach, lifecycle-change, supplier-rating
    std::string event_record;  ///< the record that shows it (incident, series, system, supplier id)
    Date event_date;
    Date last_review;          ///< the subject's last review before the event
    std::string reason;        ///< one sentence for people
};

/// Every trigger as of `as_of`, sorted by subject kind, subject, date and record.
std::vector<ReassessmentTrigger> find_triggers(const Model& model, Date as_of);

/// The triggers whose subject is `subject` of `subject_kind`, in order: a binary
/// search, since `triggers` is in find_triggers' order.
std::span<const ReassessmentTrigger> triggers_of(const std::vector<ReassessmentTrigger>& triggers,
                                                 std::string_view subject_kind, std::string_view subject);

/// Triggers by the record that set them off (incident, series, system or
/// supplier id), each list in `triggers`' order. The keys view the triggers'
/// own strings: the index must not outlive them.
using TriggersByRecord = std::unordered_map<std::string_view, std::vector<const ReassessmentTrigger*>>;
TriggersByRecord index_triggers_by_record(const std::vector<ReassessmentTrigger>& triggers);

}  // namespace aimsgen
