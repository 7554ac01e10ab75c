#pragma once

#include <optional>
#include <string>
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

}  // namespace aimsgen
