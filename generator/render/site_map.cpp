#include "generator/render/site_map.hpp"

#include <array>
#include <utility>

namespace aimsgen {

namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 14> k_folders = {{
    {"system", "ai-systems"},
    {"risk", "risks"},
    {"control", "controls"},
    {"document", "documents"},
    {"impact-assessment", "impact-assessments"},
    {"incident", "incidents"},
    {"nonconformity", "nonconformities"},
    {"audit", "audits"},
    {"review", "management-reviews"},
    {"objective", "objectives"},
    {"course", "training"},
    {"supplier", "suppliers"},
    {"decision", "decisions"},
    {"measurement", "measurements"},
}};

}  // namespace

std::string_view SiteMap::folder_of(std::string_view kind) {
    for (const auto& [name, folder] : k_folders) {
        if (name == kind) {
            return folder;
        }
    }
    return "";
}

void SiteMap::add(std::string kind, const std::string& id, std::string href, std::string title) {
    m_entries.emplace(id, Entry{std::move(kind), std::move(href), title.empty() ? id : std::move(title)});
}

SiteMap::SiteMap(const Model& model) {
    const auto page = [](std::string_view kind, const std::string& id) {
        return std::string(folder_of(kind)) + "/" + id + ".html";
    };
    // Risks and their actions are most of the entries: room for all at once.
    m_entries.reserve(model.systems.size() + 2 * model.risks.size() + model.incidents.size() +
                      model.decisions.size() + model.documents.size() + model.measurements.size() + 1024);
    for (const AiSystem& system : model.systems) {
        add("system", system.id, page("system", system.id), system.name);
    }
    for (const Risk& risk : model.risks) {
        add("risk", risk.id, page("risk", risk.id), risk.title);
        for (const RiskAction& action : risk.actions) {
            add("action", action.id, page("risk", risk.id) + "#" + action.id, action.description);
        }
    }
    for (const CatalogueControl& control : model.catalogue->controls) {
        add("control", control.id, page("control", control.id), control.title);
    }
    for (const SoaEntry& entry : model.soa) {
        if (entry.additional) {
            add("control", entry.control, page("control", entry.control), entry.title);
        }
    }
    for (const CatalogueClause& clause : model.catalogue->clauses) {
        add("clause", clause.id, "clauses/" + clause.id + ".html", clause.title);
    }
    for (const Document& document : model.documents) {
        add("document", document.id, page("document", document.id), document.title);
    }
    for (const ImpactAssessment& assessment : model.impact_assessments) {
        add("impact-assessment", assessment.id, page("impact-assessment", assessment.id), assessment.title);
    }
    for (const Incident& incident : model.incidents) {
        add("incident", incident.id, page("incident", incident.id), incident.title);
    }
    for (const Nonconformity& nc : model.nonconformities) {
        add("nonconformity", nc.id, page("nonconformity", nc.id), nc.title);
    }
    for (const Audit& audit : model.audits) {
        add("audit", audit.id, page("audit", audit.id), audit.title);
        for (const AuditFinding& finding : audit.findings) {
            add("finding", finding.id, page("audit", audit.id) + "#" + finding.id, finding.title);
        }
    }
    for (const ManagementReview& review : model.reviews) {
        add("review", review.id, page("review", review.id), review.title.empty() ? review.id : review.title);
        for (const ReviewDecision& decision : review.decisions) {
            add("review-decision", decision.id, page("review", review.id) + "#" + decision.id, decision.description);
        }
    }
    for (const Objective& objective : model.objectives) {
        add("objective", objective.id, page("objective", objective.id), objective.title);
    }
    for (const Course& course : model.courses) {
        add("course", course.id, page("course", course.id), course.title);
    }
    for (const Supplier& supplier : model.suppliers) {
        add("supplier", supplier.id, page("supplier", supplier.id), supplier.name);
    }
    for (const GovernanceDecision& decision : model.decisions) {
        add("decision", decision.id, page("decision", decision.id), decision.title);
    }
    for (const MeasurementSeries& series : model.measurements) {
        add("measurement", series.id, page("measurement", series.id),
            series.title.empty() ? series.metric : series.title);
    }
    for (const Person& person : model.aims.people) {
        add("person", person.id, "people.html#" + person.id, person.name);
    }
    for (const Role& role : model.aims.roles) {
        add("role", role.id, "people.html#" + role.id, role.title);
    }
    for (const ContextIssue& issue : model.aims.issues) {
        add("issue", issue.id, "context.html#" + issue.id, issue.description);
    }
    for (const InterestedParty& party : model.aims.interested_parties) {
        add("interested-party", party.id, "context.html#" + party.id, party.name);
    }
}

const SiteMap::Entry* SiteMap::find(std::string_view id) const {
    const auto found = m_entries.find(id);
    return found == m_entries.end() ? nullptr : &found->second;
}

std::string SiteMap::href(std::string_view id) const {
    const Entry* entry = find(id);
    return entry == nullptr ? std::string() : entry->href;
}

std::string SiteMap::title(std::string_view id) const {
    const Entry* entry = find(id);
    return entry == nullptr ? std::string(id) : entry->title;
}

std::string SiteMap::kind(std::string_view id) const {
    const Entry* entry = find(id);
    return entry == nullptr ? std::string() : entry->kind;
}

}  // namespace aimsgen
