#include <algorithm>
#include <map>
#include <memory>
#include <unordered_map>

#include "generator/render/pages/assurance_pages.hpp"
#include "generator/render/pages/pages.hpp"

namespace aimsgen {

namespace {

/// How long an incident took to resolve, or has been open, at `as_of`.
struct ResolutionTime {
    bool resolved = false;  ///< resolved on or before the as-of date
    long days = 0;
    bool beyond_sla = false;
};

ResolutionTime resolution_time(const Incident& incident, Date as_of, int sla_days) {
    ResolutionTime time;
    time.resolved = incident.resolved && !(as_of < *incident.resolved);
    const Date end = time.resolved ? *incident.resolved : as_of;
    time.days = std::max(0L, end.days_since(incident.detected));
    time.beyond_sla = !(as_of < incident.detected) && time.days > sla_days;
    return time;
}

TemplateData incident_row(const SiteContext& site, const std::string& root, const Incident& incident) {
    const Date as_of = site.computed.as_of;
    const ResolutionTime time = resolution_time(incident, as_of, site.model.aims.slas.incident_resolution_days);
    TemplateData row;
    row.set("id", incident.id);
    row.set("href", root + site.map.href(incident.id));
    row.set("title", incident.title);
    row.set("systems", record_links(site, root, incident.systems));
    row.set("detected", incident.detected.to_string());
    row.set("future", as_of < incident.detected);
    row.set("severity", severity_pill(incident.severity));
    row.set("category", incident.category);
    row.set("status", incident_status_pill(status_at(incident.history, incident.status, as_of)));
    row.set("resolved", optional_text(time.resolved ? incident.resolved->to_string() : ""));
    row.set("days", std::to_string(time.days));
    row.set("days_text", time.resolved ? days_text(time.days) : "open " + days_text(time.days));
    row.set("beyond_sla", time.beyond_sla);
    row.set("reported_externally", incident.reported_externally);
    row.set("reported_to", optional_text(incident.reported_to));
    row.set("reported", optional_text(date_text(incident.reported)));
    row.set("owner", person_link(site, root, incident.owner));
    row.set("has_owner", !incident.owner.empty());
    return row;
}

/// The re-assessments this incident set off: triggers whose event record is it.
TemplateData caused_triggers(const SiteContext& site, const std::string& root, const std::string& id) {
    TemplateData rows{TemplateData::type::list};
    const auto found = site.triggers_by_record.find(id);
    if (found == site.triggers_by_record.end()) {
        return rows;
    }
    for (const ReassessmentTrigger* trigger_ptr : found->second) {
        const ReassessmentTrigger& trigger = *trigger_ptr;
        if (trigger.event != "incident") {
            continue;
        }
        TemplateData row;
        row.set("subject", record_link(site, root, trigger.subject));
        row.set("subject_kind", trigger.subject_kind == "system" ? std::string("AI system") : trigger.subject_kind);
        row.set("last_review", trigger.last_review.to_string());
        row.set("reason", trigger.reason);
        rows.push_back(std::move(row));
    }
    return rows;
}

std::string render_incident(const SiteContext& site, const Incident& incident, TemplateSet& templates) {
    const std::string path = site.map.href(incident.id);
    const std::string root = root_of(path);
    TemplateData page = page_frame(site, path, incident.id + " " + incident.title, "incidents");
    page.set("incident", incident_row(site, root, incident));
    page.set("sla_days", std::to_string(site.model.aims.slas.incident_resolution_days));
    page.set("description", optional_text(incident.description));
    page.set("closed", optional_text(date_text(incident.closed)));
    page.set("history", status_history_rows(incident.history, site.computed.as_of));
    page.set("nonconformities", linked(site, root, incident.id, "nonconformity"));
    page.set("risks", record_links(site, root, incident.related_risks));
    TemplateData triggers = caused_triggers(site, root, incident.id);
    page.set("has_triggers", !is_empty_list(triggers));
    page.set("triggers", std::move(triggers));
    page.set("other_links", other_links(site, root, incident.id, {"system", "risk", "nonconformity"}));
    page.set("source", source_of(incident.origin));
    return render_page(site, templates, "incident", page);
}

TemplateData severity_counts(const SiteContext& site) {
    std::map<std::string, int> counts;
    for (const Incident& incident : site.model.incidents) {
        if (!(site.computed.as_of < incident.detected)) {
            ++counts[incident.severity];
        }
    }
    TemplateData list{TemplateData::type::list};
    for (const char* severity : {"critical", "high", "medium", "low"}) {
        TemplateData entry;
        entry.set("severity", severity_pill(severity));
        entry.set("count", std::to_string(counts[severity]));
        list.push_back(std::move(entry));
    }
    return list;
}

std::string render_register(const SiteContext& site, TemplateSet& templates) {
    const std::string path = "incidents.html";
    const Date as_of = site.computed.as_of;
    const int sla = site.model.aims.slas.incident_resolution_days;
    TemplateData page = page_frame(site, path, "AI incidents", "incidents");
    TemplateData rows{TemplateData::type::list};
    int recorded = 0;
    int open = 0;
    int late = 0;
    int reported = 0;
    for (const Incident& incident : site.model.incidents) {
        rows.push_back(incident_row(site, "", incident));
        if (as_of < incident.detected) {
            continue;
        }
        const ResolutionTime time = resolution_time(incident, as_of, sla);
        ++recorded;
        open += time.resolved ? 0 : 1;
        late += time.beyond_sla ? 1 : 0;
        reported += incident.reported_externally && !(incident.reported && as_of < *incident.reported) ? 1 : 0;
    }
    page.set("incidents", std::move(rows));
    page.set("recorded", std::to_string(recorded));
    page.set("open", std::to_string(open));
    page.set("late", std::to_string(late));
    page.set("reported", std::to_string(reported));
    page.set("severities", severity_counts(site));
    page.set("sla_days", std::to_string(sla));
    return render_page(site, templates, "incidents", page);
}

}  // namespace

void add_incident_pages(const SiteContext& site, PageList& pages) {
    pages.push_back({"incidents.html", [&site](TemplateSet& templates) { return render_register(site, templates); }});
    for (const Incident& incident : site.model.incidents) {
        pages.push_back({site.map.href(incident.id), [&site, &incident](TemplateSet& templates) {
                             return render_incident(site, incident, templates);
                         }});
    }
}

}  // namespace aimsgen
