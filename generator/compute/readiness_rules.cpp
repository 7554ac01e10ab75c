#include <cstdio>

#include "generator/compute/kpi.hpp"
#include "generator/compute/readiness.hpp"

namespace aimsgen {

namespace {

using Status = ReadinessStatus;

ReadinessFinding finding(Status status, std::string detail, std::vector<std::string> records = {}) {
    return ReadinessFinding{status, std::move(detail), std::move(records)};
}

/// Documented information: a document that declares `fulfils: <kind>` and is
/// approved and not past its review on the date.
ReadinessFinding documented(const Model& model, Date day, std::string_view kind) {
    std::vector<std::string> current;
    std::string shortfall;
    std::vector<std::string> others;
    for (const Document& document : model.documents) {
        if (document.status == "retired" ||
            std::find(document.fulfils.begin(), document.fulfils.end(), kind) == document.fulfils.end()) {
            continue;
        }
        if (document.current_at(day)) {
            current.push_back(document.id);
        } else if (shortfall.empty()) {
            others.push_back(document.id);
            shortfall = document.status == "draft" ? document.id + " is still a draft"
                        : document.next_review && *document.next_review < day
                            ? document.id + " is overdue for review since " + document.next_review->to_string()
                            : document.id + " is not approved on the date";
        }
    }
    if (!current.empty()) {
        return finding(Status::met, current.front() + " is approved and current", current);
    }
    if (!shortfall.empty()) {
        return finding(Status::partial, shortfall, others);
    }
    return finding(Status::missing, "no document declares 'fulfils: " + std::string(kind) + "'");
}

ReadinessFinding context_issues(const Model& model, Date) {
    std::size_t internal = 0;
    std::size_t external = 0;
    for (const ContextIssue& issue : model.aims.issues) {
        (issue.external ? external : internal) += 1;
    }
    const std::string counts = std::to_string(internal) + " internal and " + std::to_string(external) +
                               " external issues in aims.yaml";
    return finding(internal > 0 && external > 0 ? Status::met : (internal + external > 0 ? Status::partial : Status::missing),
                   counts);
}

ReadinessFinding interested_parties(const Model& model, Date) {
    std::size_t without = 0;
    for (const InterestedParty& party : model.aims.interested_parties) {
        without += party.requirements.empty() ? 1 : 0;
    }
    const std::size_t parties = model.aims.interested_parties.size();
    if (parties == 0) {
        return finding(Status::missing, "no interested parties in aims.yaml");
    }
    return finding(without == 0 ? Status::met : Status::partial,
                   std::to_string(parties) + " interested parties, " + std::to_string(without) +
                       " without requirements");
}

ReadinessFinding roles_assigned(const Model& model, Date) {
    std::vector<std::string> unassigned;
    for (const Role& role : model.aims.roles) {
        bool held = false;
        for (const Person& person : model.aims.people) {
            held = held || std::find(person.roles.begin(), person.roles.end(), role.id) != person.roles.end();
        }
        if (!held) {
            unassigned.push_back(role.id);
        }
    }
    if (model.aims.roles.empty()) {
        return finding(Status::missing, "no roles in aims.yaml");
    }
    return unassigned.empty()
               ? finding(Status::met, std::to_string(model.aims.roles.size()) + " roles, each held by someone")
               : finding(Status::partial, std::to_string(unassigned.size()) + " roles held by nobody", unassigned);
}

/// A rule read off a KPI on the date: met when the count is 0 (`zero_is_good`)
/// or the percentage is 100; the detail names the figure.
ReadinessFinding kpi_based(const Model& model, Date day, std::string_view kpi_id, std::string_view what,
                           bool zero_is_good) {
    for (const KpiDefinition& definition : kpi_definitions(model.aims.slas)) {
        if (definition.id != kpi_id) {
            continue;
        }
        const KpiSample sample = definition.evaluate(model, KpiWindow{day, day});
        if (!sample.value) {
            return finding(Status::missing, "no data yet for " + std::string(what));
        }
        const bool good = zero_is_good ? *sample.value == 0 : *sample.value >= 100.0;
        char figure[32];
        std::snprintf(figure, sizeof figure, zero_is_good ? "%.0f" : "%.1f%%", *sample.value);
        return finding(good ? Status::met : Status::partial, std::string(what) + ": " + figure, sample.records);
    }
    return finding(Status::missing, "unknown KPI " + std::string(kpi_id));
}

ReadinessFinding inventory(const Model& model, Date day) {
    if (model.systems.empty()) {
        return finding(Status::missing, "the AI system inventory is empty");
    }
    return kpi_based(model, day, "systems-without-owner-or-review", "AI systems without an owner or review date", true);
}

ReadinessFinding soa_approved(const Model& model, Date day) {
    if (model.soa.empty()) {
        return finding(Status::missing, "the SoA has no entries");
    }
    std::size_t missing_entries = 0;
    for (const CatalogueControl& control : model.catalogue->controls) {
        missing_entries += model.soa.find(control.id) == nullptr ? 1 : 0;
    }
    const SoaDocumentControl& control = model.aims.soa;
    const bool approved = control.approved && *control.approved <= day;
    const bool current = !control.next_review || !(*control.next_review < day);
    if (missing_entries > 0) {
        return finding(Status::partial, std::to_string(missing_entries) + " Annex A controls have no SoA entry");
    }
    if (!approved || !current) {
        return finding(Status::partial, approved ? "the SoA is overdue for review" : "the SoA is not approved (aims.yaml soa:)");
    }
    return finding(Status::met, "version " + control.version + " approved " + control.approved->to_string() +
                                    ", every Annex A control has an entry");
}

ReadinessFinding treatment_plan(const Model& model, Date day) {
    if (model.risks.empty()) {
        return finding(Status::missing, "no risks, so no treatment plan");
    }
    return kpi_based(model, day, "treatment-actions-overdue", "overdue treatment actions", true);
}

ReadinessFinding impact_assessments(const Model& model, Date day) {
    return kpi_based(model, day, "impact-assessment-coverage", "in-scope AI systems with a current impact assessment",
                     false);
}

ReadinessFinding objectives(const Model& model, Date day) {
    std::vector<std::string> ids;
    for (const Objective& objective : model.objectives) {
        if (!(day < objective.set) && objective.status_at(day) != "cancelled") {
            ids.push_back(objective.id);
        }
    }
    return ids.empty() ? finding(Status::missing, "no AI objectives set")
                       : finding(Status::met, std::to_string(ids.size()) + " AI objectives with owners and due dates",
                                 ids);
}

ReadinessFinding competence(const Model& model, Date day) {
    if (model.courses.empty()) {
        return finding(Status::missing, "no training courses or completion records");
    }
    return kpi_based(model, day, "training-completion", "required training current", false);
}

ReadinessFinding monitoring_results(const Model& model, Date day) {
    std::vector<std::string> fresh;
    std::vector<std::string> stale;
    for (const MeasurementSeries& series : model.measurements) {
        bool recent = false;
        for (const MeasurementPoint& point : series.points) {
            recent = recent || (!(day < point.date) && day.add_months(-3) < point.date);
        }
        (recent ? fresh : stale).push_back(series.id);
    }
    if (fresh.empty() && stale.empty()) {
        return finding(Status::missing, "no monitoring results recorded");
    }
    return stale.empty() ? finding(Status::met, std::to_string(fresh.size()) + " series measured in the last three months", fresh)
                         : finding(Status::partial, std::to_string(stale.size()) + " series not measured in the last three months",
                                   stale);
}

ReadinessFinding audits_performed(const Model& model, Date day) {
    std::vector<std::string> recent;
    std::vector<std::string> planned;
    for (const Audit& audit : model.audits) {
        if (audit.type != "internal") {
            continue;
        }
        if (audit.performed_by(day) && day.add_months(-12) < *audit.performed) {
            recent.push_back(audit.id);
        } else if (audit.status != "cancelled") {
            planned.push_back(audit.id);
        }
    }
    if (!recent.empty()) {
        return finding(Status::met, std::to_string(recent.size()) + " internal audits performed in the last twelve months",
                       recent);
    }
    return planned.empty() ? finding(Status::missing, "no audit programme")
                           : finding(Status::partial, "audits are planned but none was performed in the last twelve months",
                                     planned);
}

ReadinessFinding reviews_held(const Model& model, Date day) {
    const ManagementReview* latest = nullptr;
    for (const ManagementReview& review : model.reviews) {
        if (review.status == "held" && !(day < review.date) && (latest == nullptr || latest->date < review.date)) {
            latest = &review;
        }
    }
    if (latest == nullptr) {
        return finding(Status::missing, "no management review held yet");
    }
    const bool recent = day.add_months(-12) < latest->date;
    return finding(recent ? Status::met : Status::partial,
                   latest->id + " held " + latest->date.to_string() + (recent ? "" : ", more than twelve months ago"),
                   {latest->id});
}

ReadinessFinding corrective_actions(const Model& model, Date day) {
    if (model.nonconformities.empty()) {
        return finding(Status::partial, "no nonconformities recorded: auditors look for evidence the process runs");
    }
    return kpi_based(model, day, "corrective-actions-overdue", "overdue corrective actions", true);
}

ReadinessFinding improvement(const Model& model, Date day) {
    std::vector<std::string> ids;
    for (const ManagementReview& review : model.reviews) {
        for (const ReviewDecision& decision : review.decisions) {
            if (decision.type == "improvement" && review.status == "held" && !(day < review.date)) {
                ids.push_back(decision.id);
            }
        }
    }
    return ids.empty() ? finding(Status::partial, "no improvement decisions from management reviews yet")
                       : finding(Status::met, std::to_string(ids.size()) + " improvement decisions", ids);
}

ReadinessRule doc_rule(std::string id, std::string clause, int step, std::string title, std::string kind) {
    return ReadinessRule{std::move(id), std::move(clause), step, std::move(title),
                         [kind](const Model& m, Date d) { return documented(m, d, kind); }};
}

}  // namespace

const std::vector<ReadinessRule>& readiness_rules() {
    static const std::vector<ReadinessRule> k_rules = {
        doc_rule("context-analysis", "4.1", 1, "Analysis of internal and external issues", "context-analysis"),
        {"context-issues", "4.1", 1, "Internal and external issues recorded", context_issues},
        doc_rule("interested-parties-doc", "4.2", 1, "Interested parties and their requirements", "interested-parties"),
        {"interested-parties", "4.2", 1, "Requirements of each interested party", interested_parties},
        doc_rule("aims-scope", "4.3", 1, "AIMS scope statement", "aims-scope"),
        doc_rule("ai-policy", "5.2", 2, "AI policy", "ai-policy"),
        doc_rule("roles-doc", "5.3", 2, "Roles, responsibilities and authorities", "roles-responsibilities"),
        {"roles-assigned", "5.3", 2, "Every AIMS role assigned to a person", roles_assigned},
        doc_rule("ai-objectives-doc", "6.2", 3, "AI objectives and plans to achieve them", "ai-objectives"),
        {"ai-objectives", "6.2", 3, "AI objectives with owners and due dates", objectives},
        doc_rule("competence-doc", "7.2", 3, "Competence and awareness process", "competence-awareness"),
        {"competence-records", "7.2", 3, "Training and competence records", competence},
        doc_rule("communication", "7.4", 3, "Communication plan", "communication"),
        doc_rule("document-control", "7.5", 3, "Control of documented information", "document-control"),
        {"documents-current", "7.5.3", 3, "Documents reviewed on time",
         [](const Model& m, Date d) { return kpi_based(m, d, "documents-overdue", "documents overdue for review", true); }},
        {"inventory", "8.1", 4, "AI system inventory with owners and review dates", inventory},
        doc_rule("risk-method", "6.1.2", 5, "AI risk assessment method and criteria", "risk-assessment-method"),
        {"risk-register", "8.2", 5, "Risk assessments reviewed on time",
         [](const Model& m, Date d) {
             return m.risks.empty() ? finding(Status::missing, "the risk register is empty")
                                    : kpi_based(m, d, "risk-reviews-overdue", "risk reviews overdue", true);
         }},
        doc_rule("impact-method", "6.1.4", 5, "AI system impact assessment process", "impact-assessment-process"),
        {"impact-assessments", "8.4", 5, "Impact assessments of in-scope AI systems", impact_assessments},
        doc_rule("treatment-process", "6.1.3", 6, "AI risk treatment process", "risk-treatment-process"),
        {"soa", "6.1.3", 6, "Statement of Applicability, complete and approved", soa_approved},
        {"treatment-plan", "8.3", 6, "Risk treatment plan on schedule", treatment_plan},
        doc_rule("operational-planning", "8.1", 7, "Operational planning and control", "operational-planning"),
        doc_rule("ai-lifecycle", "8.1", 7, "AI system life-cycle process", "ai-lifecycle"),
        doc_rule("data-management", "8.1", 7, "Data management for AI systems", "data-management"),
        doc_rule("responsible-use", "8.1", 8, "Responsible use of AI systems", "responsible-use"),
        doc_rule("third-parties", "8.1", 8, "Third-party and supplier management", "third-party-management"),
        {"suppliers-assessed", "8.1", 8, "Supplier assessments current",
         [](const Model& m, Date d) {
             return kpi_based(m, d, "supplier-assessments-current", "active suppliers with a current assessment", false);
         }},
        doc_rule("incident-management", "8.1", 8, "AI incident management", "incident-management"),
        doc_rule("monitoring-method", "9.1", 9, "Monitoring and measurement method", "monitoring-measurement"),
        {"monitoring-results", "9.1", 9, "Monitoring and measurement results", monitoring_results},
        doc_rule("audit-programme", "9.2", 9, "Internal audit programme", "internal-audit-programme"),
        {"audits-performed", "9.2", 9, "Internal audit reports of the last twelve months", audits_performed},
        doc_rule("review-process", "9.3", 9, "Management review process", "management-review-process"),
        {"reviews-held", "9.3", 9, "Management review records", reviews_held},
        doc_rule("nonconformity-process", "10.2", 10, "Nonconformity and corrective action process",
                 "nonconformity-corrective-action"),
        {"corrective-actions", "10.2", 10, "Corrective actions on schedule", corrective_actions},
        {"improvement", "10.1", 10, "Continual improvement decisions", improvement},
    };
    return k_rules;
}

}  // namespace aimsgen
