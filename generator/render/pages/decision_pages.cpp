// The governance decision log (decisions.html): lifecycle gate decisions with
// how long each took against aims.yaml review_slas.decision_days, and one page
// per decision.

#include <algorithm>

#include "generator/render/pages/inventory_common.hpp"
#include "generator/render/pages/pages.hpp"

namespace aimsgen {

namespace {

using namespace inventory;

/// Decided on or before the as-of date; a later decision was still pending then.
bool decided_by(const GovernanceDecision& decision, Date as_of) {
    return decision.decided && !(as_of < *decision.decided);
}

std::string outcome_css(const std::string& outcome) {
    if (outcome == "approved" || outcome == "approved-with-conditions") {
        return "flag-green";
    }
    if (outcome == "returned") {
        return "flag-amber";
    }
    if (outcome == "rejected") {
        return "flag-red";
    }
    return "flag-grey";
}

TemplateData decision_row(const SiteContext& site, const std::string& root,
                          const GovernanceDecision& decision) {
    const Date as_of = site.computed.as_of;
    const int sla = site.model.aims.slas.decision_days;
    const bool decided = decided_by(decision, as_of);
    const long days =
        std::max(0L, (decided ? *decision.decided : as_of).days_since(decision.requested));
    TemplateData row;
    row.set("id", decision.id);
    row.set("href", root + site.map.href(decision.id));
    row.set("title", decision.title);
    row.set("system", record_link(site, root, decision.system));
    row.set("gate", decision.gate);
    row.set("requested", decision.requested.to_string());
    row.set("requested_by", person_link(site, root, decision.requested_by));
    row.set("decided", optional_text(decided ? decision.decided->to_string() : ""));
    row.set("pending", !decided);
    row.set("days", std::to_string(days));
    row.set("beyond_sla", days > sla);
    const std::string outcome = decided ? decision.outcome : "pending";
    row.set("outcome", outcome);
    row.set("outcome_css", outcome_css(outcome));
    row.set("reviewer", person_link(site, root, decision.reviewer));
    return row;
}

std::string render_register(const SiteContext& site, TemplateSet& templates) {
    TemplateData page = page_frame(site, "decisions.html", "Governance decision log", "ai-systems");
    TemplateData rows{TemplateData::type::list};
    std::size_t late = 0;
    std::size_t pending = 0;
    for (const GovernanceDecision& decision : site.model.decisions) {
        TemplateData row = decision_row(site, "", decision);
        late += row.get("beyond_sla")->is_true() ? 1 : 0;
        pending += row.get("pending")->is_true() ? 1 : 0;
        rows.push_back(std::move(row));
    }
    page.set("decisions", std::move(rows));
    page.set("sla", std::to_string(site.model.aims.slas.decision_days));
    page.set("summary", std::to_string(site.model.decisions.size()) +
                            " lifecycle gate decisions, " + std::to_string(pending) + " pending. " +
                            std::to_string(late) +
                            " took or have taken longer than the review SLA.");
    return render_page(site, templates, "decisions", page);
}

std::string render_decision(const SiteContext& site, const GovernanceDecision& decision,
                            TemplateSet& templates) {
    const std::string path = site.map.href(decision.id);
    const std::string root = root_of(path);
    TemplateData page = page_frame(site, path, decision.id + " " + decision.title, "ai-systems");
    page.set("decision", decision_row(site, root, decision));
    page.set("sla", std::to_string(site.model.aims.slas.decision_days));
    page.set("conditions", text_list(decision.conditions));
    page.set("rationale", optional_text(decision.rationale));
    page.set("risks", risk_summaries(site, root, decision.related_risks));
    page.set("impact_assessment", decision.impact_assessment.empty()
                                      ? TemplateData(false)
                                      : record_link(site, root, decision.impact_assessment));
    page.set("source", source_of(decision.origin));
    return render_page(site, templates, "decision", page);
}

}  // namespace

void add_decision_pages(const SiteContext& site, PageList& pages) {
    pages.push_back({"decisions.html",
                     [&site](TemplateSet& templates) { return render_register(site, templates); }});
    for (const GovernanceDecision& decision : site.model.decisions) {
        pages.push_back({site.map.href(decision.id), [&site, &decision](TemplateSet& templates) {
                             return render_decision(site, decision, templates);
                         }});
    }
}

}  // namespace aimsgen
