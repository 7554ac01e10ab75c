#include "generator/compute/triggers.hpp"

#include <algorithm>
#include <array>
#include <tuple>

namespace aimsgen {

namespace {

struct Event {
    std::string kind;
    std::string record;
    Date date;
    std::string reason;
};

int rating_rank(std::string_view rating) {
    static constexpr std::array<std::string_view, 4> k_order = {"low", "medium", "high", "critical"};
    const auto found = std::find(k_order.begin(), k_order.end(), rating);
    return found == k_order.end() ? -1 : static_cast<int>(found - k_order.begin());
}

bool in_window(Date day, Date after, Date as_of) { return after < day && !(as_of < day); }

std::vector<Event> events_of(const Model& model, const AiSystem& system, Date after, Date as_of) {
    std::vector<Event> events;
    for (const std::string& id : model.links.of(system.id, "incident")) {
        const Incident* incident = model.incidents.find(id);
        if (incident != nullptr && in_window(incident->detected, after, as_of)) {
            events.push_back({"incident", incident->id, incident->detected,
                              "incident " + incident->id + " (" + incident->severity + ") on " +
                                  incident->detected.to_string()});
        }
    }
    for (const std::string& id : model.links.of(system.id, "measurement")) {
        const MeasurementSeries* series = model.measurements.find(id);
        if (series == nullptr || series->system != system.id) {
            continue;
        }
        for (const MeasurementPoint& point : series->points) {
            if (in_window(point.date, after, as_of) && series->threshold.breached(point.value)) {
                events.push_back({"monitoring-breach", series->id, point.date,
                                  series->metric + " " + point.text + " outside its threshold on " +
                                      point.date.to_string() + " (" + series->id + ")"});
                break;  // the first breach after the review is the trigger
            }
        }
    }
    for (const StatusChange& change : system.history) {
        if (!change.status.empty() && in_window(change.date, after, as_of)) {
            events.push_back({"lifecycle-change", system.id, change.date,
                              "lifecycle stage changed to " + change.status + " on " + change.date.to_string()});
        }
    }
    for (const std::string& id : model.links.of(system.id, "supplier")) {
        const Supplier* supplier = model.suppliers.find(id);
        if (supplier == nullptr) {
            continue;
        }
        for (std::size_t i = 1; i < supplier->assessments.size(); ++i) {
            const SupplierAssessment& before = supplier->assessments[i - 1];
            const SupplierAssessment& now = supplier->assessments[i];
            if (in_window(now.date, after, as_of) && rating_rank(now.rating) > rating_rank(before.rating)) {
                events.push_back({"supplier-rating", supplier->id, now.date,
                                  "supplier " + supplier->id + " assessed " + now.rating + " (was " + before.rating +
                                      ") on " + now.date.to_string()});
            }
        }
    }
    return events;
}

}  // namespace

std::vector<ReassessmentTrigger> find_triggers(const Model& model, Date as_of) {
    std::vector<ReassessmentTrigger> triggers;
    for (const AiSystem& system : model.systems) {
        if (!system.in_scope || as_of < system.introduced || system.stage_at(as_of) == "retired") {
            continue;
        }
        const Date reviewed =
            system.last_review && !(as_of < *system.last_review) ? *system.last_review : system.introduced;
        for (const Event& event : events_of(model, system, reviewed, as_of)) {
            triggers.push_back({"system", system.id, event.kind, event.record, event.date, reviewed,
                                "AI system " + system.id + " last reviewed " + reviewed.to_string() + ": " +
                                    event.reason});
            for (const std::string& risk_id : model.links.of(system.id, "risk")) {
                const Risk* risk = model.risks.find(risk_id);
                if (risk == nullptr || !risk->open_at(as_of)) {
                    continue;
                }
                const Date risk_reviewed = risk->last_reviewed_at(as_of);
                if (risk_reviewed < event.date) {
                    triggers.push_back({"risk", risk->id, event.kind, event.record, event.date, risk_reviewed,
                                        "risk " + risk->id + " last reviewed " + risk_reviewed.to_string() + ": " +
                                            event.reason});
                }
            }
        }
    }
    const auto key = [](const ReassessmentTrigger& t) {
        return std::tie(t.subject_kind, t.subject, t.event_date, t.event, t.event_record);
    };
    std::sort(triggers.begin(), triggers.end(),
              [&](const ReassessmentTrigger& a, const ReassessmentTrigger& b) { return key(a) < key(b); });
    // A risk of two systems hit by one event is one trigger, not two.
    triggers.erase(std::unique(triggers.begin(), triggers.end(),
                               [&](const ReassessmentTrigger& a, const ReassessmentTrigger& b) { return key(a) == key(b); }),
                   triggers.end());
    return triggers;
}

std::span<const ReassessmentTrigger> triggers_of(const std::vector<ReassessmentTrigger>& triggers,
                                                 std::string_view subject_kind, std::string_view subject) {
    using Key = std::pair<std::string_view, std::string_view>;
    const auto key = [](const ReassessmentTrigger& t) { return Key(t.subject_kind, t.subject); };
    const Key wanted(subject_kind, subject);
    const auto first = std::lower_bound(triggers.begin(), triggers.end(), wanted,
                                        [&](const ReassessmentTrigger& t, const Key& k) { return key(t) < k; });
    const auto last = std::upper_bound(first, triggers.end(), wanted,
                                       [&](const Key& k, const ReassessmentTrigger& t) { return k < key(t); });
    return {first, last};
}

TriggersByRecord index_triggers_by_record(const std::vector<ReassessmentTrigger>& triggers) {
    TriggersByRecord index;
    for (const ReassessmentTrigger& trigger : triggers) {
        index[trigger.event_record].push_back(&trigger);
    }
    return index;
}

}  // namespace aimsgen
