#include "generator/compute/overdue.hpp"

#include <algorithm>
#include <tuple>

#include "generator/compute/kpi.hpp"

namespace aimsgen {

namespace {

bool late(const std::optional<Date>& due, Date as_of) { return due && *due < as_of; }
bool done_by(const std::optional<Date>& done, Date as_of) { return done && !(as_of < *done); }

void add_records(const Model& model, Date as_of, std::vector<OverdueItem>& items) {
    for (const AiSystem& system : model.systems) {
        if (system.in_scope && system.stage_at(as_of) != "retired" && late(system.next_review, as_of)) {
            items.push_back({"system", system.id, "", "review", *system.next_review, system.owner});
        }
    }
    for (const Risk& risk : model.risks) {
        if (!risk.open_at(as_of)) {
            continue;
        }
        const Date due = risk_review_due(risk, as_of, model.aims.slas.risk_review_months);
        if (due < as_of) {
            items.push_back({"risk", risk.id, "", "review", due, risk.owner});
        }
        for (const RiskAction& action : risk.actions) {
            if (action.due < as_of && !done_by(action.completed, as_of)) {
                items.push_back({"action", action.id, risk.id, "treatment action", action.due, action.owner});
            }
        }
    }
    for (const SoaEntry& entry : model.soa) {
        if (!entry.applicable) {
            continue;
        }
        if (late(entry.next_review, as_of)) {
            items.push_back({"control", entry.control, "", "review", *entry.next_review, entry.owner});
        }
        for (const Evidence& evidence : entry.evidence) {
            if (late(evidence.expires, as_of)) {
                items.push_back({"evidence", evidence.path.empty() ? evidence.url : evidence.path, entry.control,
                                 "evidence expired", *evidence.expires, entry.owner});
            }
        }
    }
    for (const ImpactAssessment& assessment : model.impact_assessments) {
        if (assessment.status == "approved" && late(assessment.next_review, as_of)) {
            items.push_back({"impact-assessment", assessment.id, assessment.system, "review",
                             *assessment.next_review, assessment.assessor});
        }
    }
    for (const Document& document : model.documents) {
        if (document.status == "approved" && late(document.next_review, as_of)) {
            items.push_back({"document", document.id, "", "review", *document.next_review, document.owner});
        }
    }
    for (const Supplier& supplier : model.suppliers) {
        if (supplier.status != "offboarded" && late(supplier.next_assessment, as_of)) {
            items.push_back({"supplier", supplier.id, "", "reassessment", *supplier.next_assessment, supplier.owner});
        }
    }
}

void add_actions(const Model& model, Date as_of, std::vector<OverdueItem>& items) {
    for (const Nonconformity& nc : model.nonconformities) {
        if (!(as_of < nc.raised) && !nc.closed_by(as_of) && late(nc.due, as_of)) {
            items.push_back({"nonconformity", nc.id, "", "corrective action", *nc.due, nc.owner});
        }
    }
    for (const ManagementReview& review : model.reviews) {
        for (const ReviewDecision& decision : review.decisions) {
            const bool finished = decision.status == "done" || decision.status == "cancelled";
            if (!finished && late(decision.due, as_of) && !done_by(decision.completed, as_of)) {
                items.push_back({"review-decision", decision.id, review.id, "review decision", *decision.due,
                                 decision.owner});
            }
        }
    }
    for (const Objective& objective : model.objectives) {
        const std::string status = objective.status_at(as_of);
        if (!(as_of < objective.set) && objective.due < as_of && status != "achieved" && status != "cancelled") {
            items.push_back({"objective", objective.id, "", "objective", objective.due, objective.owner});
        }
    }
    for (const Audit& audit : model.audits) {
        const bool open = audit.status != "cancelled" && audit.status != "completed";
        if (open && audit.planned < as_of && !audit.performed_by(as_of)) {
            items.push_back({"audit", audit.id, "", "audit", audit.planned, audit.auditor});
        }
    }
}

}  // namespace

std::vector<OverdueItem> find_overdue(const Model& model, Date as_of) {
    std::vector<OverdueItem> items;
    add_records(model, as_of, items);
    add_actions(model, as_of, items);
    const auto key = [](const OverdueItem& item) { return std::tie(item.due, item.kind, item.id); };
    std::sort(items.begin(), items.end(), [&](const OverdueItem& a, const OverdueItem& b) { return key(a) < key(b); });
    return items;
}

}  // namespace aimsgen
