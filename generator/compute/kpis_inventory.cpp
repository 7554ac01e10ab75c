#include "generator/compute/kpi.hpp"

namespace aimsgen {

namespace {

/// In scope, in the inventory by `day`, and not retired at it.
bool in_scope_at(const AiSystem& system, Date day) {
    return system.in_scope && !(day < system.introduced) && system.stage_at(day) != "retired";
}

KpiSample count_systems(const Model& model, const KpiWindow& window, bool (*counted)(const AiSystem&)) {
    KpiSample sample;
    bool any = false;
    for (const AiSystem& system : model.systems) {
        if (!in_scope_at(system, window.end)) {
            continue;
        }
        any = true;
        if (counted(system)) {
            sample.records.push_back(system.id);
        }
    }
    if (any) {
        sample.value = static_cast<double>(sample.records.size());
    }
    return sample;
}

KpiSample impact_assessment_coverage(const Model& model, const KpiWindow& window) {
    KpiSample sample;
    std::size_t systems = 0;
    std::size_t covered = 0;
    for (const AiSystem& system : model.systems) {
        if (!in_scope_at(system, window.end)) {
            continue;
        }
        ++systems;
        bool current = false;
        for (const std::string& id : model.links.of(system.id, "impact-assessment")) {
            const ImpactAssessment* assessment = model.impact_assessments.find(id);
            current = current || (assessment != nullptr && assessment->system == system.id &&
                                  assessment->current_at(window.end));
        }
        if (current) {
            ++covered;
        } else {
            sample.records.push_back(system.id);
        }
    }
    sample.value = percent(covered, systems);
    return sample;
}

KpiSample documents_overdue(const Model& model, const KpiWindow& window) {
    KpiSample sample;
    bool any = false;
    for (const Document& document : model.documents) {
        if (document.status != "approved" || !document.approved || window.end < *document.approved) {
            continue;
        }
        any = true;
        if (document.next_review && *document.next_review < window.end) {
            sample.records.push_back(document.id);
        }
    }
    if (any) {
        sample.value = static_cast<double>(sample.records.size());
    }
    return sample;
}

KpiSample documents_approved(const Model& model, const KpiWindow& window) {
    KpiSample sample;
    std::size_t approved = 0;
    std::size_t drafts = 0;
    for (const Document& document : model.documents) {
        if (document.status == "retired") {
            continue;
        }
        if (document.status == "approved" && document.approved && !(window.end < *document.approved)) {
            ++approved;
        } else if (document.status == "draft" || document.status == "approved") {
            ++drafts;  // approved later than the window: still a draft then
            sample.records.push_back(document.id);
        }
    }
    sample.value = percent(approved, approved + drafts);
    sample.breakdown = {{"approved", static_cast<double>(approved)}, {"draft", static_cast<double>(drafts)}};
    return sample;
}

/// An assessment on or before `day`, not older than twelve months, and when it
/// is the latest one, its next assessment not yet due.
bool supplier_current_at(const Supplier& supplier, Date day) {
    const SupplierAssessment* latest = nullptr;
    for (const SupplierAssessment& assessment : supplier.assessments) {
        if (!(day < assessment.date)) {
            latest = &assessment;
        }
    }
    if (latest == nullptr || latest->date.add_months(12) < day) {
        return false;
    }
    const bool is_last = latest == &supplier.assessments.back();
    return !is_last || !supplier.next_assessment || !(*supplier.next_assessment < day);
}

KpiSample supplier_assessments_current(const Model& model, const KpiWindow& window) {
    KpiSample sample;
    std::size_t active = 0;
    std::size_t current = 0;
    for (const Supplier& supplier : model.suppliers) {
        if (supplier.status == "offboarded") {
            continue;
        }
        ++active;
        if (supplier_current_at(supplier, window.end)) {
            ++current;
        } else {
            sample.records.push_back(supplier.id);
        }
    }
    sample.value = percent(current, active);
    return sample;
}

}  // namespace

void add_inventory_kpis(std::vector<KpiDefinition>& kpis, const ReviewSlas&) {
    kpis.push_back({"systems-in-scope", "AI systems in scope", "inventory",
                    "AI systems in the inventory on the date, in scope and not retired.", "count",
                    Direction::higher_is_better, std::nullopt, std::nullopt,
                    [](const Model& m, const KpiWindow& w) {
                        return count_systems(m, w, [](const AiSystem&) { return true; });
                    }});
    kpis.push_back({"systems-high-tier", "High-risk AI systems (EU AI Act)", "inventory",
                    "In-scope AI systems whose eu_ai_act_tier is high.", "count", Direction::lower_is_better,
                    std::nullopt, std::nullopt, [](const Model& m, const KpiWindow& w) {
                        return count_systems(m, w, [](const AiSystem& s) { return s.eu_ai_act_tier == "high"; });
                    }});
    kpis.push_back({"systems-without-owner-or-review", "AI systems without an owner or review date", "inventory",
                    "In-scope AI systems that lack an owner or a next_review date.", "count",
                    Direction::lower_is_better, 0.0, 1.0, [](const Model& m, const KpiWindow& w) {
                        return count_systems(
                            m, w, [](const AiSystem& s) { return s.owner.empty() || !s.next_review.has_value(); });
                    }});
    kpis.push_back({"impact-assessment-coverage", "Impact assessment coverage", "inventory",
                    "In-scope AI systems with an approved impact assessment that is not past its next_review, as a "
                    "percentage of in-scope AI systems.",
                    "%", Direction::higher_is_better, 100.0, 80.0, impact_assessment_coverage});
    kpis.push_back({"documents-overdue", "Documents overdue for review", "documents",
                    "Approved documents whose next_review is before the date.", "count",
                    Direction::lower_is_better, 0.0, 2.0, documents_overdue});
    kpis.push_back({"documents-approved", "Documents approved", "documents",
                    "Approved documents as a percentage of approved and draft documents (retired ones left out).",
                    "%", Direction::higher_is_better, 90.0, 75.0, documents_approved});
    kpis.push_back({"supplier-assessments-current", "Supplier assessments current", "suppliers",
                    "Active suppliers assessed within the last twelve months whose next assessment is not yet due, "
                    "as a percentage of active suppliers.",
                    "%", Direction::higher_is_better, 100.0, 80.0, supplier_assessments_current});
}

}  // namespace aimsgen
