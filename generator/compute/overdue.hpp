#pragma once

#include <string>
#include <vector>

#include "generator/calendar/date.hpp"
#include "generator/model/model.hpp"

namespace aimsgen {

/// Something overdue on the as-of date: its due, review or expiry date is
/// before it and it was not done on or before it.
struct OverdueItem {
    std::string kind;    ///< system, risk, control, impact-assessment, document, supplier, nonconformity,
                         ///< action, review-decision, objective, audit, evidence
    std::string id;      ///< the record (for evidence: its path or URL)
    std::string parent;  ///< the record it belongs to, for actions, decisions and evidence
    std::string what;    ///< "review", "reassessment", "corrective action", ...
    Date due;
    std::string owner;
};

/// Everything overdue on `as_of`, oldest due date first.
std::vector<OverdueItem> find_overdue(const Model& model, Date as_of);

}  // namespace aimsgen
