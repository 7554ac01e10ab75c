#include "generator/compute/kpi.hpp"

namespace aimsgen {

namespace {

/// Identified by `day` and not closed at it.
bool open_at(const Risk& risk, Date day) { return risk.open_at(day); }

bool any_identified_by(const Model& model, Date day) {
    for (const Risk& risk : model.risks) {
        if (!(day < risk.identified)) {
            return true;
        }
    }
    return false;
}

KpiSample risks_above_appetite(const Model& model, const KpiWindow& window) {
    KpiSample sample;
    if (!any_identified_by(model, window.end)) {
        return sample;
    }
    const int threshold = model.aims.risk_criteria.acceptance_threshold;
    for (const Risk& risk : model.risks) {
        if (!open_at(risk, window.end)) {
            continue;
        }
        const bool accepted = risk.accepted && *risk.accepted <= window.end;
        if (risk.state_at(window.end).residual.score() > threshold && !accepted) {
            sample.records.push_back(risk.id);
        }
    }
    sample.value = static_cast<double>(sample.records.size());
    return sample;
}

KpiSample treatment_completion(const Model& model, const KpiWindow& window) {
    KpiSample sample;
    std::size_t due = 0;
    std::size_t on_time = 0;
    for (const Risk& risk : model.risks) {
        for (const RiskAction& action : risk.actions) {
            // Due on the date itself and not yet done is not late yet: leave it out.
            const bool done_by_due = action.completed && *action.completed <= action.due;
            if (window.end < action.due || window.end < risk.identified || (action.due == window.end && !done_by_due)) {
                continue;
            }
            ++due;
            if (action.completed && *action.completed <= action.due) {
                ++on_time;
            } else {
                sample.records.push_back(action.id);
            }
        }
    }
    sample.value = percent(on_time, due);
    return sample;
}

KpiSample treatment_actions_overdue(const Model& model, const KpiWindow& window) {
    KpiSample sample;
    bool any = false;
    for (const Risk& risk : model.risks) {
        if (window.end < risk.identified) {
            continue;
        }
        const bool risk_open = risk.open_at(window.end);
        for (const RiskAction& action : risk.actions) {
            any = true;
            if (!risk_open) {
                continue;  // a closed risk's open actions are moot, as in the overdue list
            }
            const bool done = action.completed && *action.completed <= window.end;
            if (action.due < window.end && !done) {
                sample.records.push_back(action.id);
            }
        }
    }
    if (any) {
        sample.value = static_cast<double>(sample.records.size());
    }
    return sample;
}

KpiSample risk_reviews_overdue(const Model& model, const KpiWindow& window, int review_months) {
    KpiSample sample;
    if (!any_identified_by(model, window.end)) {
        return sample;
    }
    for (const Risk& risk : model.risks) {
        if (!open_at(risk, window.end)) {
            continue;
        }
        if (risk_review_due(risk, window.end, review_months) < window.end) {
            sample.records.push_back(risk.id);
        }
    }
    sample.value = static_cast<double>(sample.records.size());
    return sample;
}

}  // namespace

Date risk_review_due(const Risk& risk, Date day, int review_months) {
    const Date reviewed = risk.last_reviewed_at(day);
    // At or after the latest review on record, the register's next_review rules;
    // at an earlier date, the review interval of aims.yaml does.
    if (risk.next_review && reviewed == risk.last_reviewed_at(Date::from_ymd(9999, 12, 31))) {
        return *risk.next_review;
    }
    return reviewed.add_months(review_months);
}

void add_risk_kpis(std::vector<KpiDefinition>& kpis, const ReviewSlas& slas) {
    kpis.push_back({"risks-above-appetite", "Risks above appetite", "risk",
                    "Open risks whose residual score (likelihood × impact) is above the acceptance threshold of "
                    "aims.yaml and that have not been formally accepted.",
                    "count", Direction::lower_is_better, 0.0, 2.0, risks_above_appetite});
    kpis.push_back({"treatment-completion", "Risk treatment actions completed on time", "risk",
                    "Treatment actions due on or before the date that were completed by their due date, as a "
                    "percentage of treatment actions due on or before the date.",
                    "%", Direction::higher_is_better, 90.0, 75.0, treatment_completion});
    kpis.push_back({"treatment-actions-overdue", "Risk treatment actions overdue", "risk",
                    "Treatment actions whose due date is before the date and that were not completed on or before it.",
                    "count", Direction::lower_is_better, 0.0, 3.0, treatment_actions_overdue});
    const int months = slas.risk_review_months;
    kpis.push_back({"risk-reviews-overdue", "Risk reviews overdue", "risk",
                    "Open risks whose review is due before the date: next_review after the latest review on record, "
                    "otherwise the latest review (history entry or identification) plus risk_review_months (" +
                        std::to_string(months) + ").",
                    "count", Direction::lower_is_better, 0.0, 3.0,
                    [months](const Model& m, const KpiWindow& w) { return risk_reviews_overdue(m, w, months); }});
}

}  // namespace aimsgen
