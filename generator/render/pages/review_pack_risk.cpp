// Pack sections on risk: the residual heat map and risks above appetite,
// impact assessments, and incidents, all as they stood at the pack's date.

#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>

#include "generator/render/pages/review_pack.hpp"

namespace aimsgen::reviews {

namespace {

std::string level_label(const std::vector<ScaleLevel>& levels, int value) {
    for (const ScaleLevel& level : levels) {
        if (level.value == value && !level.label.empty()) {
            return std::to_string(value) + " " + level.label;
        }
    }
    return std::to_string(value);
}

/// Rows from the highest likelihood down, so the map reads like the risk criteria.
TemplateData heat_map_rows(const HeatMap& map, const RiskCriteria& criteria) {
    TemplateData rows{TemplateData::type::list};
    for (int likelihood = map.likelihood_levels; likelihood >= 1; --likelihood) {
        TemplateData cells{TemplateData::type::list};
        for (int impact = 1; impact <= map.impact_levels; ++impact) {
            const HeatCell& cell = map.cell(likelihood, impact);
            TemplateData data;
            data.set("band", cell.band.empty() ? std::string("none") : cell.band);
            data.set("count", std::to_string(cell.risks.size()));
            data.set("empty", cell.risks.empty());
            cells.push_back(std::move(data));
        }
        TemplateData row;
        row.set("likelihood", level_label(criteria.likelihood, likelihood));
        row.set("cells", std::move(cells));
        rows.push_back(std::move(row));
    }
    return rows;
}

TemplateData impact_labels(const HeatMap& map, const RiskCriteria& criteria) {
    TemplateData labels{TemplateData::type::list};
    for (int impact = 1; impact <= map.impact_levels; ++impact) {
        labels.push_back(TemplateData("label", level_label(criteria.impact, impact)));
    }
    return labels;
}

TemplateData risk_row(const PackContext& pack, const Risk& risk) {
    const Risk::State state = risk.state_at(pack.scope.as_of);
    const int score = state.residual.score();
    const std::string band = pack.site.model.aims.risk_criteria.band_of(score);
    TemplateData row;
    row.set("link", record_link(pack.site, pack.root, risk.id));
    row.set("owner", person_link(pack.site, pack.root, risk.owner));
    row.set("score", std::to_string(score));
    row.set("band", band.empty() ? std::string("none") : band);
    row.set("treatment", optional_text(risk.treatment));
    row.set("status", optional_text(state.status));
    row.set("identified", risk.identified.to_string());
    return row;
}

/// An incident's status at `day`: whichever of its dated history, resolution
/// and closure came last on or before it; "open" when all of them came later.
std::string incident_status_at(const Incident& incident, Date day) {
    std::optional<Date> when;
    std::string status;
    const auto consider = [&](const std::optional<Date>& date, const std::string& value) {
        if (date && !value.empty() && !(day < *date) && (!when || !(*date < *when))) {
            when = date;
            status = value;
        }
    };
    for (const StatusChange& change : incident.history) {
        consider(change.date, change.status);
    }
    consider(incident.resolved, "resolved");
    consider(incident.closed, "closed");
    if (when) {
        return status;
    }
    const bool reached_later = incident.status == "resolved" || incident.status == "closed";
    return incident.history.empty() && !reached_later ? incident.status : std::string("open");
}

TemplateData severity_pill(const std::string& severity) {
    static const std::map<std::string, std::string, std::less<>> k_classes = {
        {"low", "rag-grey"}, {"medium", "rag-amber"}, {"high", "rag-red"}, {"critical", "band-critical"}};
    const auto found = k_classes.find(severity);
    TemplateData pill;
    pill.set("label", severity.empty() ? std::string("not rated") : severity);
    pill.set("css", found == k_classes.end() ? std::string("rag-grey") : found->second);
    return pill;
}

/// Approval dates of each system's impact assessments, sorted: to tell whether
/// an assessment had been replaced by a given day without scanning them all.
using ApprovalsBySystem = std::unordered_map<std::string, std::vector<Date>>;

ApprovalsBySystem approvals_by_system(const Model& model) {
    ApprovalsBySystem approvals;
    for (const ImpactAssessment& assessment : model.impact_assessments) {
        if (assessment.approved) {
            approvals[assessment.system].push_back(*assessment.approved);
        }
    }
    for (auto& [system, dates] : approvals) {
        std::sort(dates.begin(), dates.end());
    }
    return approvals;
}

/// Approved on or before `day`, due for review before it, and not replaced by
/// a later assessment of the same system approved by then.
bool assessment_overdue_at(const ApprovalsBySystem& approvals, const ImpactAssessment& assessment, Date day) {
    if (assessment.status == "draft" || !assessment.approved || day < *assessment.approved || !assessment.next_review ||
        !(*assessment.next_review < day)) {
        return false;
    }
    const std::vector<Date>& dates = approvals.at(assessment.system);
    const auto later = std::upper_bound(dates.begin(), dates.end(), *assessment.approved);
    return later == dates.end() || day < *later;
}

}  // namespace

void add_risk_treatment(const PackContext& pack, TemplateData& page) {
    const RiskCriteria& criteria = pack.site.model.aims.risk_criteria;
    page.set("heat_rows", heat_map_rows(pack.at.residual, criteria));
    page.set("impact_labels", impact_labels(pack.at.residual, criteria));
    page.set("threshold", std::to_string(criteria.acceptance_threshold));

    TemplateData above{TemplateData::type::list};
    const auto appetite = std::find_if(pack.at.kpis.begin(), pack.at.kpis.end(),
                                       [](const Kpi& kpi) { return kpi.id == "risks-above-appetite"; });
    if (appetite != pack.at.kpis.end()) {
        for (const std::string& id : appetite->records) {
            if (const Risk* risk = pack.site.model.risks.find(id)) {
                above.push_back(risk_row(pack, *risk));
            }
        }
    }
    page.set("above_count", std::to_string(above.list_value().size()));
    set_list(page, "above_appetite", std::move(above));

    TemplateData identified{TemplateData::type::list};
    std::size_t open = 0;
    for (const HeatCell& cell : pack.at.residual.cells) {
        open += cell.risks.size();
    }
    for (const Risk& risk : pack.site.model.risks) {
        if (pack.in_interval(risk.identified)) {
            identified.push_back(risk_row(pack, risk));
        }
    }
    set_list(page, "new_risks", std::move(identified));
    page.set("open_risks", std::to_string(open));
}

void add_impact_assessments(const PackContext& pack, TemplateData& page) {
    TemplateData approved{TemplateData::type::list};
    TemplateData overdue{TemplateData::type::list};
    const ApprovalsBySystem approvals = approvals_by_system(pack.site.model);
    for (const ImpactAssessment& assessment : pack.site.model.impact_assessments) {
        const bool approved_in = assessment.approved && pack.in_interval(*assessment.approved);
        const bool late = assessment_overdue_at(approvals, assessment, pack.scope.as_of);
        if (!approved_in && !late) {
            continue;
        }
        TemplateData row;
        row.set("link", record_link(pack.site, pack.root, assessment.id));
        row.set("system", record_link(pack.site, pack.root, assessment.system));
        row.set("rating", optional_text(assessment.overall_rating));
        row.set("approved", date_text(assessment.approved));
        row.set("approved_by", person_link(pack.site, pack.root, assessment.approved_by));
        row.set("next_review", date_text(assessment.next_review));
        (approved_in ? approved : overdue).push_back(row);
        if (approved_in && late) {
            overdue.push_back(std::move(row));
        }
    }
    set_list(page, "assessments_approved", std::move(approved));
    set_list(page, "assessments_overdue", std::move(overdue));
}

void add_incidents(const PackContext& pack, TemplateData& page) {
    constexpr std::array<const char*, 4> k_severities = {"critical", "high", "medium", "low"};
    std::map<std::string, int, std::less<>> by_severity;
    TemplateData rows{TemplateData::type::list};
    int open_at_end = 0;
    for (const Incident& incident : pack.site.model.incidents) {
        if (pack.scope.as_of < incident.detected) {
            continue;  // not yet detected at the pack date: never shown
        }
        const std::string status = incident_status_at(incident, pack.scope.as_of);
        open_at_end += status == "open" || status == "investigating" ? 1 : 0;
        if (!pack.in_interval(incident.detected)) {
            continue;
        }
        ++by_severity[incident.severity];
        TemplateData row;
        row.set("link", record_link(pack.site, pack.root, incident.id));
        row.set("detected", incident.detected.to_string());
        row.set("severity", severity_pill(incident.severity));
        row.set("category", optional_text(incident.category));
        row.set("systems", record_links(pack.site, pack.root, incident.systems));
        row.set("status", status_pill(status));
        row.set("reported",
                incident.reported_externally && incident.reported && !(pack.scope.as_of < *incident.reported));
        rows.push_back(std::move(row));
    }
    set_list(page, "incidents", rows);
    TemplateData severities{TemplateData::type::list};
    for (const char* severity : k_severities) {
        TemplateData entry;
        entry.set("severity", severity_pill(severity));
        entry.set("count", std::to_string(by_severity[severity]));
        severities.push_back(std::move(entry));
    }
    page.set("severities", std::move(severities));
    page.set("incidents_count", std::to_string(rows.list_value().size()));
    page.set("incidents_open", std::to_string(open_at_end));
}

}  // namespace aimsgen::reviews
