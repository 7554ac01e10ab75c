// index.html: the dashboard a compliance lead puts in front of the board.
// Header, headline KPI tiles by area, heat maps, re-assessment triggers,
// overdue items, readiness by clause, and what changed since last period.
// The parts live in kpi_view.cpp, heat_map_html.cpp, dashboard_changes.cpp
// and readiness_page.cpp.

#include <algorithm>
#include <array>
#include <map>

#include "generator/render/pages/dashboard_parts.hpp"
#include "generator/render/pages/pages.hpp"

namespace aimsgen {

namespace {

/// The KPIs on the dashboard's tiles: one or two per area that a board reads
/// first. Every KPI, with the series ones, is on kpis.html.
constexpr std::array<std::string_view, 16> k_headline_kpis = {
    "systems-in-scope",         "impact-assessment-coverage", "risks-above-appetite",
    "treatment-completion",     "risk-reviews-overdue",       "soa-implementation",
    "soa-evidence-gaps",        "incidents-in-period",        "incident-resolution-days",
    "corrective-actions-overdue", "monitoring-breaches",      "audit-programme-completion",
    "training-completion",      "objectives-on-track",        "documents-approved",
    "supplier-assessments-current",
};

struct OverdueKind {
    std::string_view kind;
    std::string_view one;
    std::string_view many;
};

/// How the kinds of OverdueItem read, one and many.
constexpr std::array<OverdueKind, 12> k_overdue_kinds = {{
    {"system", "AI system", "AI systems"},
    {"risk", "risk", "risks"},
    {"control", "control", "controls"},
    {"impact-assessment", "impact assessment", "impact assessments"},
    {"document", "document", "documents"},
    {"supplier", "supplier", "suppliers"},
    {"nonconformity", "nonconformity", "nonconformities"},
    {"action", "treatment action", "treatment actions"},
    {"review-decision", "review decision", "review decisions"},
    {"objective", "objective", "objectives"},
    {"audit", "audit", "audits"},
    {"evidence", "evidence", "evidence items"},
}};

std::string overdue_kind_label(std::string_view kind, std::size_t count) {
    for (const OverdueKind& entry : k_overdue_kinds) {
        if (entry.kind == kind) {
            return std::string(count == 1 ? entry.one : entry.many);
        }
    }
    return std::string(kind);
}

/// The scope statement's first sentence, at most about 280 characters.
std::string short_scope(const std::string& statement) {
    std::string text = statement;
    const std::size_t stop = text.find(". ");
    if (stop != std::string::npos) {
        text.resize(stop + 1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) {
        text.pop_back();
    }
    if (text.size() > 280) {
        std::size_t cut = text.rfind(' ', 277);
        text.resize(cut == std::string::npos ? 277 : cut);
        text += "…";
    }
    return text;
}

TemplateData kpi_areas(const SiteContext& site, const std::string& root) {
    std::vector<const Kpi*> headline;
    for (const std::string_view id : k_headline_kpis) {
        for (const Kpi& kpi : site.computed.kpis) {
            if (kpi.id == id) {
                headline.push_back(&kpi);
            }
        }
    }
    std::stable_sort(headline.begin(), headline.end(), [&](const Kpi* a, const Kpi* b) {
        return area_rank(kpi_facts(site, *a).area) < area_rank(kpi_facts(site, *b).area);
    });
    TemplateData areas{TemplateData::type::list};
    TemplateData tiles{TemplateData::type::list};
    std::string current;
    const auto close_area = [&] {
        if (!current.empty()) {
            TemplateData area;
            area.set("title", area_title(current));
            area.set("tiles", tiles);
            areas.push_back(area);
            tiles = TemplateData(TemplateData::type::list);
        }
    };
    for (const Kpi* kpi : headline) {
        const std::string area = kpi_facts(site, *kpi).area;
        if (area != current) {
            close_area();
            current = area;
        }
        tiles.push_back(kpi_summary(site, root, *kpi));
    }
    close_area();
    return areas;
}

/// The distinct ids in `ids`, in first-seen order, as record links.
TemplateData distinct_links(const SiteContext& site, const std::string& root, const std::vector<std::string>& ids) {
    std::vector<std::string> distinct;
    for (const std::string& id : ids) {
        if (std::find(distinct.begin(), distinct.end(), id) == distinct.end()) {
            distinct.push_back(id);
        }
    }
    return record_links(site, root, distinct);
}

/// Re-assessment triggers by AI system: a system's own, and those of its
/// risks. Each group gives what to re-assess, what caused it, and the reasons.
TemplateData trigger_groups(const SiteContext& site, const std::string& root) {
    std::map<std::string, std::vector<const ReassessmentTrigger*>> by_system;
    for (const ReassessmentTrigger& trigger : site.computed.triggers) {
        if (trigger.subject_kind == "risk") {
            const Risk* risk = site.model.risks.find(trigger.subject);
            if (risk == nullptr || risk->systems.empty()) {
                by_system[""].push_back(&trigger);
                continue;
            }
            for (const std::string& system : risk->systems) {
                by_system[system].push_back(&trigger);
            }
        } else {
            by_system[trigger.subject].push_back(&trigger);
        }
    }
    TemplateData groups{TemplateData::type::list};
    for (const auto& [system, triggers] : by_system) {
        TemplateData group;
        group.set("system", system.empty() ? TemplateData(false) : record_link(site, root, system));
        std::vector<std::string> subjects;
        std::vector<std::string> events;
        TemplateData rows{TemplateData::type::list};
        for (const ReassessmentTrigger* trigger : triggers) {
            subjects.push_back(trigger->subject);
            events.push_back(trigger->event_record);
            TemplateData row;
            row.set("subject", record_link(site, root, trigger->subject));
            row.set("reason", trigger->reason);
            row.set("record", record_link(site, root, trigger->event_record));
            row.set("date", trigger->event_date.to_string());
            rows.push_back(std::move(row));
        }
        group.set("subjects", distinct_links(site, root, subjects));
        group.set("events", distinct_links(site, root, events));
        group.set("triggers", std::move(rows));
        group.set("count", std::to_string(triggers.size()));
        groups.push_back(std::move(group));
    }
    return groups;
}

TemplateData overdue_rows(const SiteContext& site, const std::string& root) {
    TemplateData rows{TemplateData::type::list};
    const Date as_of = site.computed.as_of;
    for (const OverdueItem& item : site.computed.overdue) {
        TemplateData row;
        row.set("kind", overdue_kind_label(item.kind, 1));
        row.set("what", item.what);
        // Evidence has no page of its own: link the record that cites it.
        const std::string own = site.map.href(item.id);
        const std::string target = own.empty() ? site.map.href(item.parent) : own;
        row.set("id", item.id);
        row.set("title", optional_text(own.empty() ? "" : site.map.title(item.id)));
        row.set("href", optional_text(target.empty() ? "" : root + target));
        row.set("parent", item.parent.empty() ? TemplateData(false) : record_link(site, root, item.parent));
        row.set("due", item.due.to_string());
        row.set("days", std::to_string(as_of.days_since(item.due)));
        row.set("owner", item.owner.empty() ? TemplateData(false) : person_link(site, root, item.owner));
        rows.push_back(std::move(row));
    }
    return rows;
}

TemplateData overdue_summary(const SiteContext& site) {
    std::map<std::string, std::size_t> by_kind;
    for (const OverdueItem& item : site.computed.overdue) {
        ++by_kind[item.kind];
    }
    TemplateData kinds{TemplateData::type::list};
    for (const auto& [kind, count] : by_kind) {
        TemplateData entry;
        entry.set("kind", overdue_kind_label(kind, count));
        entry.set("count", std::to_string(count));
        kinds.push_back(std::move(entry));
    }
    return kinds;
}

void set_header(const SiteContext& site, TemplateData& page) {
    const std::vector<Period>& periods = site.computed.periods;
    page.set("organization", site.model.aims.organization.name);
    page.set("scope", optional_text(short_scope(site.model.aims.scope.statement)));
    page.set("as_of_date", site.computed.as_of.to_string());
    page.set("period", periods.empty() ? std::string("—") : periods.back().label);
    page.set("period_to_date", !periods.empty() && periods.back().to_date);
    page.set("period_start", periods.empty() ? std::string() : periods.back().start.to_string());
    page.set("previous_period", periods.size() >= 2 ? periods[periods.size() - 2].label : std::string("—"));
    std::size_t in_scope = 0;  // as the systems-in-scope KPI counts: in scope, introduced, not retired
    const Date as_of = site.computed.as_of;
    for (const AiSystem& system : site.model.systems) {
        in_scope += system.in_scope && !(as_of < system.introduced) && system.stage_at(as_of) != "retired" ? 1 : 0;
    }
    std::size_t open_risks = 0;
    for (const HeatCell& cell : site.computed.residual.cells) {
        open_risks += cell.risks.size();
    }
    page.set("systems_in_scope", std::to_string(in_scope));
    page.set("open_risks", std::to_string(open_risks));
    page.set("warnings", std::to_string(site.diagnostics.warning_count()));
}

std::string render_dashboard(const SiteContext& site, TemplateSet& templates) {
    const std::string path = "index.html";
    const std::string root = root_of(path);
    TemplateData page = page_frame(site, path, "Dashboard", "dashboard");
    set_header(site, page);
    page.set("areas", kpi_areas(site, root));
    page.set("inherent", heat_map_data(site, root, site.computed.inherent, "Inherent risk: open risks by likelihood and impact before treatment"));
    page.set("residual", heat_map_data(site, root, site.computed.residual, "Residual risk: open risks by likelihood and impact after treatment"));
    page.set("movement", residual_movement_data(site));
    TemplateData triggers = trigger_groups(site, root);
    page.set("has_triggers", !triggers.list_value().empty());
    page.set("trigger_groups", std::move(triggers));
    page.set("trigger_count", std::to_string(site.computed.triggers.size()));
    page.set("has_overdue", !site.computed.overdue.empty());
    page.set("overdue", overdue_rows(site, root));
    page.set("overdue_kinds", overdue_summary(site));
    page.set("overdue_count", std::to_string(site.computed.overdue.size()));
    TemplateData clauses{TemplateData::type::list};
    for (const ReadinessGroup& group : site.computed.readiness.clauses) {
        clauses.push_back(readiness_group_data(site, root, group));
    }
    page.set("clauses", std::move(clauses));
    page.set("next", next_key_output_data(site, root));
    page.set("changes", changes_data(site, root));
    return render_page(site, templates, "index", page);
}

}  // namespace

void add_dashboard_page(const SiteContext& site, PageList& pages) {
    pages.push_back({"index.html", [&site](TemplateSet& templates) { return render_dashboard(site, templates); }});
}

}  // namespace aimsgen
