// The AI system inventory: ai-systems.html and one page per system with
// everything that refers to it. Suppliers, decisions, impact assessments and
// measurements have their own files beside this one.

#include <map>

#include "generator/render/pages/inventory_common.hpp"
#include "generator/render/pages/pages.hpp"

namespace aimsgen {

namespace {

using namespace inventory;

/// In scope and not retired: only such systems are flagged for reviews and assessments.
bool in_use(const AiSystem& system, Date as_of) {
    return system.in_scope && system.stage_at(as_of) != "retired";
}

bool review_overdue(const AiSystem& system, Date as_of) {
    return in_use(system, as_of) && past(system.next_review, as_of);
}

/// Its risks' count and the worst residual band among the open ones.
TemplateData risk_figures(const SiteContext& site, const AiSystem& system) {
    const std::vector<std::string>& ids = site.model.links.of(system.id, "risk");
    int worst = 0;
    std::size_t open = 0;
    for (const std::string& id : ids) {
        const Risk* risk = site.model.risks.find(id);
        if (risk != nullptr && risk->status != "closed") {
            ++open;
            worst = std::max(worst, risk->residual.score());
        }
    }
    TemplateData figures;
    figures.set("count", std::to_string(ids.size()));
    figures.set("open", std::to_string(open));
    const std::string band = worst > 0 ? site.model.aims.risk_criteria.band_of(worst) : "";
    figures.set("worst_band", optional_text(band));
    return figures;
}

TemplateData system_row(const SiteContext& site, const std::string& root, const AiSystem& system) {
    const Date as_of = site.computed.as_of;
    TemplateData row;
    row.set("id", system.id);
    row.set("href", root + site.map.href(system.id));
    row.set("name", system.name);
    row.set("business_unit", system.business_unit);
    row.set("tier", system.eu_ai_act_tier);
    row.set("role", system.ai_role);
    row.set("source", system.source);
    row.set("supplier", system.supplier.empty() ? TemplateData(false)
                                                : record_link(site, root, system.supplier));
    row.set("autonomy", system.autonomy);
    row.set("stage", system.stage_at(as_of));
    row.set("in_scope", system.in_scope);
    row.set("owner", person_link(site, root, system.owner));
    row.set("next_review", optional_text(date_text(system.next_review)));
    row.set("review_overdue", review_overdue(system, as_of));
    row.set("no_review_date", in_use(system, as_of) && !system.next_review);
    row.set("risks", risk_figures(site, system));
    row.set("assessment", assessment_state_data(site, root, system));
    return row;
}

std::string summary_line(const SiteContext& site) {
    const Date as_of = site.computed.as_of;
    std::size_t in_scope = 0;
    std::size_t high = 0;
    std::size_t overdue = 0;
    std::size_t uncovered = 0;
    for (const AiSystem& system : site.model.systems) {
        if (!in_use(system, as_of)) {
            continue;
        }
        ++in_scope;
        high += system.eu_ai_act_tier == "high" ? 1 : 0;
        overdue += review_overdue(system, as_of) ? 1 : 0;
        uncovered += assessment_state(site.model, system, as_of).state != "current" ? 1 : 0;
    }
    return std::to_string(site.model.systems.size()) + " AI systems, " + std::to_string(in_scope) +
           " in scope and in use, " + std::to_string(high) + " high-risk under the EU AI Act. " +
           std::to_string(overdue) + " overdue for review; " + std::to_string(uncovered) +
           " without a current approved impact assessment.";
}

std::string render_register(const SiteContext& site, TemplateSet& templates) {
    TemplateData page = page_frame(site, "ai-systems.html", "AI system inventory", "ai-systems");
    page.set("workbook", workbook_link(site, "", "ai-system-register.xlsx"));
    TemplateData rows{TemplateData::type::list};
    for (const AiSystem& system : site.model.systems) {
        rows.push_back(system_row(site, "", system));
    }
    page.set("systems", std::move(rows));
    page.set("summary", summary_line(site));
    return render_page(site, templates, "ai-systems", page);
}

TemplateData history_rows(const AiSystem& system, Date as_of) {
    TemplateData rows{TemplateData::type::list};
    for (const StatusChange& change : system.history) {
        if (as_of < change.date) {
            continue;  // after the as-of date: not yet history
        }
        TemplateData row;
        row.set("date", change.date.to_string());
        row.set("stage", optional_text(change.status));
        row.set("note", change.note);
        rows.push_back(std::move(row));
    }
    return rows;
}

/// The controls treating its risks, each with the risks it treats.
TemplateData control_rows(const SiteContext& site, const std::string& root,
                          const AiSystem& system) {
    std::map<std::string, std::vector<std::string>, NaturalLess> via;
    for (const std::string& risk : site.model.links.of(system.id, "risk")) {
        for (const std::string& control : site.model.links.of(risk, "control")) {
            via[control].push_back(risk);
        }
    }
    TemplateData rows{TemplateData::type::list};
    for (const auto& [control, risks] : via) {
        TemplateData row = record_link(site, root, control);
        row.set("risks", record_links(site, root, risks));
        rows.push_back(std::move(row));
    }
    return rows;
}

TemplateData decision_rows(const SiteContext& site, const std::string& root,
                           const AiSystem& system) {
    TemplateData rows{TemplateData::type::list};
    for (const std::string& id : site.model.links.of(system.id, "decision")) {
        TemplateData row = record_link(site, root, id);
        const GovernanceDecision* decision = site.model.decisions.find(id);
        row.set("gate", decision != nullptr ? decision->gate : std::string());
        row.set("outcome", decision != nullptr ? decision->outcome : std::string());
        row.set("decided", optional_text(decision != nullptr ? date_text(decision->decided) : ""));
        rows.push_back(std::move(row));
    }
    return rows;
}

TemplateData incident_rows(const SiteContext& site, const std::string& root,
                           const AiSystem& system) {
    TemplateData rows{TemplateData::type::list};
    for (const std::string& id : site.model.links.of(system.id, "incident")) {
        TemplateData row = record_link(site, root, id);
        const Incident* incident = site.model.incidents.find(id);
        row.set("detected", incident != nullptr ? incident->detected.to_string() : std::string());
        row.set("severity", incident != nullptr ? incident->severity : std::string());
        row.set("status", incident != nullptr ? incident->status : std::string());
        rows.push_back(std::move(row));
    }
    return rows;
}

TemplateData assessment_rows(const SiteContext& site, const std::string& root,
                             const AiSystem& system) {
    TemplateData rows{TemplateData::type::list};
    for (const std::string& id : site.model.links.of(system.id, "impact-assessment")) {
        TemplateData row = record_link(site, root, id);
        const ImpactAssessment* assessment = site.model.impact_assessments.find(id);
        row.set("status", assessment != nullptr ? assessment->status : std::string());
        row.set("date", assessment != nullptr ? assessment->date.to_string() : std::string());
        row.set("overall", optional_text(assessment != nullptr ? assessment->overall_rating : ""));
        rows.push_back(std::move(row));
    }
    return rows;
}

TemplateData series_rows(const SiteContext& site, const std::string& root, const AiSystem& system) {
    TemplateData rows{TemplateData::type::list};
    for (const std::string& id : site.model.links.of(system.id, "measurement")) {
        if (const MeasurementSeries* series = site.model.measurements.find(id)) {
            rows.push_back(series_summary(site, root, *series));
        }
    }
    return rows;
}

void set_facts(const SiteContext& site, const std::string& root, const AiSystem& system,
               TemplateData& page) {
    page.set("system", system_row(site, root, system));
    page.set("description", optional_text(system.description));
    page.set("purpose", optional_text(system.purpose));
    page.set("lifecycle_stage", system.lifecycle_stage);
    page.set("introduced", system.introduced.to_string());
    page.set("last_review", optional_text(date_text(system.last_review)));
    page.set("data_categories", text_list(system.data_categories));
    page.set("affected_parties", text_list(system.affected_parties));
    page.set("documents", record_links(site, root, system.documents));
}

void set_related(const SiteContext& site, const std::string& root, const AiSystem& system,
                 TemplateData& page) {
    page.set("risks", risk_summaries(site, root, site.model.links.of(system.id, "risk")));
    page.set("impact_assessments", assessment_rows(site, root, system));
    page.set("incidents", incident_rows(site, root, system));
    page.set("suppliers", linked(site, root, system.id, "supplier"));
    page.set("decisions", decision_rows(site, root, system));
    page.set("series", series_rows(site, root, system));
    page.set("controls", control_rows(site, root, system));
    page.set("nonconformities", linked(site, root, system.id, "nonconformity"));
    page.set("findings", linked(site, root, system.id, "finding"));
}

std::string render_system(const SiteContext& site, const AiSystem& system, TemplateSet& templates) {
    const std::string path = site.map.href(system.id);
    const std::string root = root_of(path);
    TemplateData page = page_frame(site, path, system.id + " " + system.name, "ai-systems");
    set_facts(site, root, system, page);
    page.set("history", history_rows(system, site.computed.as_of));
    TemplateData triggers = trigger_rows(site, root, "system", system.id);
    page.set("has_triggers", !triggers.list_value().empty());
    page.set("triggers", std::move(triggers));
    set_related(site, root, system, page);
    page.set("source", source_of(system.origin));
    return render_page(site, templates, "ai-system", page);
}

}  // namespace

void add_system_pages(const SiteContext& site, PageList& pages) {
    pages.push_back({"ai-systems.html",
                     [&site](TemplateSet& templates) { return render_register(site, templates); }, true});
    for (const AiSystem& system : site.model.systems) {
        pages.push_back({site.map.href(system.id), [&site, &system](TemplateSet& templates) {
                             return render_system(site, system, templates);
                         }});
    }
}

}  // namespace aimsgen
