#include "generator/compute/kpi.hpp"
#include "generator/render/pages/pages.hpp"

namespace aimsgen {

namespace {

TemplateData score_data(const SiteContext& site, RiskScore score) {
    TemplateData data;
    data.set("likelihood", std::to_string(score.likelihood));
    data.set("impact", std::to_string(score.impact));
    data.set("score", std::to_string(score.score()));
    const std::string band = site.model.aims.risk_criteria.band_of(score.score());
    data.set("band", band.empty() ? std::string("none") : band);
    return data;
}

TemplateData risk_row(const SiteContext& site, const std::string& root, const Risk& risk) {
    const Date as_of = site.computed.as_of;
    TemplateData row;
    row.set("id", risk.id);
    row.set("href", root + site.map.href(risk.id));
    row.set("title", risk.title);
    row.set("category", risk.category);
    row.set("systems", record_links(site, root, risk.systems));
    row.set("owner", person_link(site, root, risk.owner));
    row.set("inherent", score_data(site, risk.inherent));
    row.set("residual", score_data(site, risk.residual));
    row.set("treatment", risk.treatment);
    row.set("status", risk.status);
    row.set("next_review", date_text(risk.next_review));
    const bool open = risk.status != "closed";
    row.set("review_overdue", open && risk_review_due(risk, as_of, site.model.aims.slas.risk_review_months) < as_of);
    const bool accepted = risk.accepted && *risk.accepted <= as_of;
    row.set("above_appetite",
            open && risk.residual.score() > site.model.aims.risk_criteria.acceptance_threshold && !accepted);
    return row;
}

TemplateData history_rows(const SiteContext& site, const Risk& risk) {
    TemplateData rows{TemplateData::type::list};
    for (const RiskHistoryEntry& entry : risk.history) {
        TemplateData row;
        row.set("date", entry.date.to_string());
        RiskScore inherent{entry.likelihood.value_or(0), entry.impact.value_or(0)};
        RiskScore residual{entry.residual_likelihood.value_or(0), entry.residual_impact.value_or(0)};
        row.set("inherent", optional_text(entry.likelihood && entry.impact ? std::to_string(inherent.score()) : ""));
        row.set("residual", optional_text(entry.residual_likelihood && entry.residual_impact
                                              ? std::to_string(residual.score()) + " (" +
                                                    site.model.aims.risk_criteria.band_of(residual.score()) + ")"
                                              : ""));
        row.set("status", optional_text(entry.status));
        row.set("note", optional_text(entry.note));
        rows.push_back(std::move(row));
    }
    return rows;
}

TemplateData action_rows(const SiteContext& site, const std::string& root, const Risk& risk) {
    TemplateData rows{TemplateData::type::list};
    for (const RiskAction& action : risk.actions) {
        const bool done = action.completed && !(site.computed.as_of < *action.completed);
        TemplateData row;
        row.set("id", action.id);
        row.set("description", action.description);
        row.set("owner", person_link(site, root, action.owner));
        row.set("due", action.due.to_string());
        row.set("completed", optional_text(date_text(action.completed)));
        row.set("overdue", !done && action.due < site.computed.as_of && risk.status != "closed");
        rows.push_back(std::move(row));
    }
    return rows;
}

TemplateData trigger_rows(const SiteContext& site, const std::string& root, const std::string& subject) {
    TemplateData rows{TemplateData::type::list};
    for (const ReassessmentTrigger& trigger : triggers_of(site.computed.triggers, "risk", subject)) {
        TemplateData row;
        row.set("reason", trigger.reason);
        row.set("record", record_link(site, root, trigger.event_record));
        rows.push_back(std::move(row));
    }
    return rows;
}

std::string render_risk(const SiteContext& site, const Risk& risk, TemplateSet& templates) {
    const std::string path = site.map.href(risk.id);
    const std::string root = root_of(path);
    TemplateData page = page_frame(site, path, risk.id + " " + risk.title, "risks");
    page.set("risk", risk_row(site, root, risk));
    page.set("description", optional_text(risk.description));
    page.set("direction", optional_text(risk.direction));
    page.set("identified", risk.identified.to_string());
    page.set("controls", record_links(site, root, risk.controls));
    page.set("actions", action_rows(site, root, risk));
    page.set("history", history_rows(site, risk));
    page.set("accepted_by", optional_text(risk.accepted_by.empty() ? "" : site.model.name_of(risk.accepted_by)));
    page.set("accepted", optional_text(date_text(risk.accepted)));
    page.set("last_review", optional_text(date_text(risk.last_review)));
    page.set("closed", optional_text(date_text(risk.closed)));
    page.set("incidents", linked(site, root, risk.id, "incident"));
    page.set("impact_assessments", linked(site, root, risk.id, "impact-assessment"));
    page.set("decisions", linked(site, root, risk.id, "decision"));
    TemplateData triggers = trigger_rows(site, root, risk.id);
    page.set("has_triggers", !triggers.list_value().empty());
    page.set("triggers", std::move(triggers));
    page.set("source", risk.origin.path + ":" + std::to_string(risk.origin.pos.line));
    return render_page(site, templates, "risk", page);
}

std::string render_register(const SiteContext& site, TemplateSet& templates) {
    const std::string path = "risks.html";
    TemplateData page = page_frame(site, path, "Risk register", "risks");
    page.set("workbook", workbook_link(site, "", "risk-register.xlsx"));
    TemplateData rows{TemplateData::type::list};
    for (const Risk& risk : site.model.risks) {
        rows.push_back(risk_row(site, "", risk));
    }
    page.set("risks", std::move(rows));
    page.set("count", std::to_string(site.model.risks.size()));
    page.set("threshold", std::to_string(site.model.aims.risk_criteria.acceptance_threshold));
    return render_page(site, templates, "risks", page);
}

}  // namespace

void add_risk_pages(const SiteContext& site, PageList& pages) {
    pages.push_back(
        {"risks.html", [&site](TemplateSet& templates) { return render_register(site, templates); }, true});
    for (const Risk& risk : site.model.risks) {
        pages.push_back({site.map.href(risk.id),
                         [&site, &risk](TemplateSet& templates) { return render_risk(site, risk, templates); }});
    }
}

}  // namespace aimsgen
