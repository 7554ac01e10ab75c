#include <algorithm>
#include <array>
#include <map>

#include "generator/compute/kpi.hpp"

namespace aimsgen {

namespace {

constexpr std::array<std::string_view, 4> k_severities = {"critical", "high", "medium", "low"};

KpiSample incidents_in_period(const Model& model, const KpiWindow& window) {
    KpiSample sample;
    const bool register_started = std::any_of(model.incidents.begin(), model.incidents.end(),
                                              [&](const Incident& incident) { return !(window.end < incident.detected); });
    if (!register_started) {
        return sample;  // before the first incident on record there is no data, not a zero
    }
    std::map<std::string, double, std::less<>> by_severity;
    for (const Incident& incident : model.incidents) {
        if (within(incident.detected, window)) {
            sample.records.push_back(incident.id);
            by_severity[incident.severity] += 1;
        }
    }
    for (const std::string_view severity : k_severities) {
        const auto found = by_severity.find(severity);
        sample.breakdown.push_back({std::string(severity), found == by_severity.end() ? 0.0 : found->second});
    }
    sample.value = static_cast<double>(sample.records.size());
    return sample;
}

KpiSample incident_resolution_days(const Model& model, const KpiWindow& window) {
    KpiSample sample;
    std::vector<double> days;
    for (const Incident& incident : model.incidents) {
        if (incident.resolved && within(*incident.resolved, window)) {
            days.push_back(static_cast<double>(incident.resolved->days_since(incident.detected)));
            sample.records.push_back(incident.id);
        }
    }
    sample.value = mean(days);
    return sample;
}

KpiSample corrective_actions_open(const Model& model, const KpiWindow& window, bool overdue_only) {
    KpiSample sample;
    bool any = false;
    for (const Nonconformity& nc : model.nonconformities) {
        if (window.end < nc.raised) {
            continue;
        }
        any = true;
        const bool open = !nc.closed_by(window.end);
        const bool overdue = open && nc.due && *nc.due < window.end;
        if (open && (!overdue_only || overdue)) {
            sample.records.push_back(nc.id);
        }
    }
    if (any) {
        sample.value = static_cast<double>(sample.records.size());
    }
    return sample;
}

KpiSample corrective_action_days(const Model& model, const KpiWindow& window) {
    KpiSample sample;
    std::vector<double> days;
    for (const Nonconformity& nc : model.nonconformities) {
        if (nc.closed && within(*nc.closed, window)) {
            days.push_back(static_cast<double>(nc.closed->days_since(nc.raised)));
            sample.records.push_back(nc.id);
        }
    }
    sample.value = mean(days);
    return sample;
}

KpiSample corrective_actions_verified(const Model& model, const KpiWindow& window) {
    KpiSample sample;
    std::size_t closed = 0;
    std::size_t verified = 0;
    for (const Nonconformity& nc : model.nonconformities) {
        if (!nc.closed_by(window.end)) {
            continue;
        }
        ++closed;
        const bool verified_then = nc.effectiveness_verified && (!nc.verified || *nc.verified <= window.end);
        if (verified_then) {
            ++verified;
        } else {
            sample.records.push_back(nc.id);
        }
    }
    sample.value = percent(verified, closed);
    return sample;
}

std::vector<const GovernanceDecision*> decided_in(const Model& model, const KpiWindow& window) {
    std::vector<const GovernanceDecision*> decided;
    for (const GovernanceDecision& decision : model.decisions) {
        if (decision.decided && within(*decision.decided, window)) {
            decided.push_back(&decision);
        }
    }
    return decided;
}

KpiSample decision_lead_time(const Model& model, const KpiWindow& window) {
    KpiSample sample;
    std::vector<double> days;
    for (const GovernanceDecision* decision : decided_in(model, window)) {
        days.push_back(static_cast<double>(decision->decided->days_since(decision->requested)));
        sample.records.push_back(decision->id);
    }
    sample.value = median(days);
    return sample;
}

KpiSample decision_rework_rate(const Model& model, const KpiWindow& window) {
    KpiSample sample;
    const std::vector<const GovernanceDecision*> decided = decided_in(model, window);
    for (const GovernanceDecision* decision : decided) {
        if (decision->outcome == "returned" || decision->outcome == "rejected") {
            sample.records.push_back(decision->id);
        }
    }
    sample.value = percent(sample.records.size(), decided.size());
    return sample;
}

KpiSample reviewer_adherence(const Model& model, const KpiWindow& window, int sla_days) {
    KpiSample sample;
    const std::vector<const GovernanceDecision*> decided = decided_in(model, window);
    std::size_t in_time = 0;
    for (const GovernanceDecision* decision : decided) {
        if (decision->decided->days_since(decision->requested) <= sla_days) {
            ++in_time;
        } else {
            sample.records.push_back(decision->id);
        }
    }
    sample.value = percent(in_time, decided.size());
    return sample;
}

KpiSample monitoring_breaches(const Model& model, const KpiWindow& window) {
    KpiSample sample;
    bool any_point = false;
    std::map<std::string, double> by_system;
    for (const MeasurementSeries& series : model.measurements) {
        for (const MeasurementPoint& point : series.points) {
            if (!within(point.date, window)) {
                continue;
            }
            any_point = true;
            if (series.threshold.breached(point.value)) {
                by_system[series.system] += 1;
                if (sample.records.empty() || sample.records.back() != series.id) {
                    sample.records.push_back(series.id);
                }
            }
        }
    }
    if (!any_point) {
        return sample;
    }
    double total = 0;
    for (const auto& [system, count] : by_system) {
        sample.breakdown.push_back({system, count});
        total += count;
    }
    sample.value = total;
    return sample;
}

}  // namespace

void add_operation_kpis(std::vector<KpiDefinition>& kpis, const ReviewSlas& slas) {
    const auto incident_sla = static_cast<double>(slas.incident_resolution_days);
    const auto action_sla = static_cast<double>(slas.corrective_action_days);
    const int decision_sla = slas.decision_days;
    kpis.push_back({"incidents-in-period", "Incidents in the period", "incidents",
                    "Incidents detected in the period, with a breakdown by severity.", "count",
                    Direction::lower_is_better, std::nullopt, std::nullopt, incidents_in_period});
    kpis.push_back({"incident-resolution-days", "Mean days to resolve an incident", "incidents",
                    "Mean of days from detection to resolution over incidents resolved in the period; the target is "
                    "incident_resolution_days of aims.yaml.",
                    "days", Direction::lower_is_better, incident_sla, incident_sla * 1.5, incident_resolution_days});
    kpis.push_back({"corrective-actions-open", "Corrective actions open", "improvement",
                    "Nonconformities raised on or before the date and not closed by it.", "count",
                    Direction::lower_is_better, std::nullopt, std::nullopt,
                    [](const Model& m, const KpiWindow& w) { return corrective_actions_open(m, w, false); }});
    kpis.push_back({"corrective-actions-overdue", "Corrective actions overdue", "improvement",
                    "Open nonconformities whose due date is before the date.", "count", Direction::lower_is_better,
                    0.0, 2.0,
                    [](const Model& m, const KpiWindow& w) { return corrective_actions_open(m, w, true); }});
    kpis.push_back({"corrective-action-days", "Mean days to close a corrective action", "improvement",
                    "Mean of days from raised to closed over nonconformities closed in the period; the target is "
                    "corrective_action_days of aims.yaml.",
                    "days", Direction::lower_is_better, action_sla, action_sla * 1.5, corrective_action_days});
    kpis.push_back({"corrective-actions-verified", "Corrective actions verified effective", "improvement",
                    "Nonconformities closed by the date whose effectiveness was verified by it, as a percentage of "
                    "nonconformities closed by the date.",
                    "%", Direction::higher_is_better, 90.0, 70.0, corrective_actions_verified});
    kpis.push_back({"decision-lead-time", "Median days to a governance decision", "decisions",
                    "Median of days from request to decision over gate decisions taken in the period; the target is "
                    "decision_days of aims.yaml.",
                    "days", Direction::lower_is_better, static_cast<double>(decision_sla),
                    static_cast<double>(decision_sla) * 2.0, decision_lead_time});
    kpis.push_back({"decision-rework-rate", "Decisions returned or rejected", "decisions",
                    "Gate decisions taken in the period whose outcome is returned or rejected, as a percentage of "
                    "decisions taken in the period.",
                    "%", Direction::lower_is_better, 10.0, 25.0, decision_rework_rate});
    kpis.push_back({"reviewer-adherence", "Decisions taken within the SLA", "decisions",
                    "Gate decisions taken in the period within decision_days of their request, as a percentage of "
                    "decisions taken in the period.",
                    "%", Direction::higher_is_better, 90.0, 75.0,
                    [decision_sla](const Model& m, const KpiWindow& w) { return reviewer_adherence(m, w, decision_sla); }});
    kpis.push_back({"monitoring-breaches", "Monitoring points outside thresholds", "monitoring",
                    "Measurement points dated in the period that fall outside their series' min or max threshold, "
                    "with a breakdown by AI system.",
                    "count", Direction::lower_is_better, 0.0, 2.0, monitoring_breaches});
}

}  // namespace aimsgen
