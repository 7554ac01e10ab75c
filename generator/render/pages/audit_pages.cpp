#include <algorithm>
#include <array>
#include <cctype>
#include <map>

#include "generator/render/pages/assurance_pages.hpp"
#include "generator/render/pages/pages.hpp"

namespace aimsgen {

namespace {

constexpr std::array<const char*, 4> k_finding_types = {"major", "minor", "observation", "opportunity"};

/// The anchor of a cycle's section on audits.html: "cycle-2025".
std::string cycle_anchor(const std::string& cycle) {
    std::string anchor = "cycle-";
    for (const char c : cycle) {
        const bool safe = std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_' || c == '.';
        anchor += safe ? c : '-';
    }
    return cycle.empty() ? anchor + "none" : anchor;
}

std::string count_text(std::size_t count, const char* one, const char* many) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

/// Planned before the as-of date, not cancelled or completed, and not performed by it.
bool past_due(const Audit& audit, Date as_of) {
    const bool open = audit.status != "cancelled" && audit.status != "completed";
    return open && audit.planned < as_of && !audit.performed_by(as_of);
}

/// [{type pill, count}] for the finding types that occur, and the total.
TemplateData finding_counts(const std::vector<AuditFinding>& findings) {
    std::map<std::string, int> counts;
    for (const AuditFinding& finding : findings) {
        ++counts[finding.type];
    }
    TemplateData list{TemplateData::type::list};
    for (const char* type : k_finding_types) {
        if (counts[type] > 0) {
            TemplateData entry;
            entry.set("type", finding_type_pill(type));
            entry.set("count", std::to_string(counts[type]));
            list.push_back(std::move(entry));
        }
    }
    return list;
}

TemplateData audit_row(const SiteContext& site, const std::string& root, const Audit& audit) {
    const Date as_of = site.computed.as_of;
    TemplateData row;
    row.set("id", audit.id);
    row.set("href", root + site.map.href(audit.id));
    row.set("title", audit.title);
    row.set("type", audit.type);
    row.set("cycle", audit.cycle.empty() ? std::string("No cycle") : audit.cycle);
    row.set("cycle_anchor", cycle_anchor(audit.cycle));
    row.set("planned", audit.planned.to_string());
    row.set("performed", optional_text(audit.performed_by(as_of) ? audit.performed->to_string() : ""));
    row.set("status", audit_status_pill(audit.status));
    row.set("past_due", past_due(audit, as_of));
    row.set("auditor", audit.auditor.empty() ? TemplateData(false) : person_link(site, root, audit.auditor));
    row.set("lead_auditor",
            audit.lead_auditor.empty() ? TemplateData(false) : person_link(site, root, audit.lead_auditor));
    row.set("external_auditor", optional_text(audit.external_auditor));
    row.set("scope_clauses", record_links(site, root, audit.scope_clauses));
    row.set("scope_controls", record_links(site, root, audit.scope_controls));
    row.set("clause_count", std::to_string(audit.scope_clauses.size()));
    row.set("control_count", std::to_string(audit.scope_controls.size()));
    row.set("scope_text", count_text(audit.scope_clauses.size(), "clause", "clauses") + ", " +
                              count_text(audit.scope_controls.size(), "control", "controls"));
    row.set("finding_counts", finding_counts(audit.findings));
    row.set("finding_total", std::to_string(audit.findings.size()));
    return row;
}

TemplateData finding_data(const SiteContext& site, const std::string& root, const AuditFinding& finding) {
    TemplateData data;
    data.set("id", finding.id);
    data.set("title", finding.title);
    data.set("type", finding_type_pill(finding.type));
    data.set("description", optional_text(finding.description));
    data.set("clauses", record_links(site, root, finding.clauses));
    data.set("controls", record_links(site, root, finding.controls));
    data.set("systems", record_links(site, root, finding.systems));
    TemplateData nonconformities = linked(site, root, finding.id, "nonconformity");
    data.set("nonconformities", nonconformities);
    const bool needs_action = finding.type == "major" || finding.type == "minor";
    data.set("action_missing", needs_action && is_empty_list(nonconformities));
    data.set("other_links",
             other_links(site, root, finding.id, {"audit", "clause", "control", "system", "nonconformity"}));
    return data;
}

std::string render_audit(const SiteContext& site, const Audit& audit, TemplateSet& templates) {
    const std::string path = site.map.href(audit.id);
    const std::string root = root_of(path);
    TemplateData page = page_frame(site, path, audit.id + " " + audit.title, "assurance");
    page.set("audit", audit_row(site, root, audit));
    page.set("report", audit.report ? evidence_data(site, *audit.report) : TemplateData(false));
    TemplateData findings{TemplateData::type::list};
    for (const AuditFinding& finding : audit.findings) {
        findings.push_back(finding_data(site, root, finding));
    }
    page.set("findings", std::move(findings));
    page.set("other_links", other_links(site, root, audit.id, {"clause", "control", "finding"}));
    page.set("source", source_of(audit.origin));
    return render_page(site, templates, "audit", page);
}

std::string render_register(const SiteContext& site, TemplateSet& templates) {
    const std::string path = "audits.html";
    const Date as_of = site.computed.as_of;
    TemplateData page = page_frame(site, path, "Audit programme", "assurance");
    // Newest cycle first; within a cycle by planned date.
    std::map<std::string, std::vector<const Audit*>, std::greater<>> by_cycle;
    for (const Audit& audit : site.model.audits) {
        by_cycle[audit.cycle].push_back(&audit);
    }
    for (auto& [cycle, audits] : by_cycle) {
        std::stable_sort(audits.begin(), audits.end(),
                         [](const Audit* a, const Audit* b) { return a->planned < b->planned; });
    }
    TemplateData cycles{TemplateData::type::list};
    int past_due_total = 0;
    for (const auto& [cycle, audits] : by_cycle) {
        TemplateData rows{TemplateData::type::list};
        std::vector<AuditFinding> findings;
        int performed = 0;
        for (const Audit* audit : audits) {
            rows.push_back(audit_row(site, "", *audit));
            performed += audit->performed_by(as_of) ? 1 : 0;
            past_due_total += past_due(*audit, as_of) ? 1 : 0;
            if (audit->performed_by(as_of)) {
                findings.insert(findings.end(), audit->findings.begin(), audit->findings.end());
            }
        }
        TemplateData entry;
        entry.set("cycle", cycle.empty() ? std::string("No cycle") : cycle);
        entry.set("anchor", cycle_anchor(cycle));
        entry.set("audits", std::move(rows));
        entry.set("planned", std::to_string(audits.size()));
        entry.set("performed", std::to_string(performed));
        entry.set("finding_counts", finding_counts(findings));
        entry.set("finding_text", count_text(findings.size(), "finding", "findings"));
        cycles.push_back(std::move(entry));
    }
    page.set("cycles", std::move(cycles));
    page.set("count", std::to_string(site.model.audits.size()));
    page.set("past_due", std::to_string(past_due_total));
    return render_page(site, templates, "audits", page);
}

}  // namespace

void add_audit_pages(const SiteContext& site, PageList& pages) {
    pages.push_back({"audits.html", [&site](TemplateSet& templates) { return render_register(site, templates); }});
    for (const Audit& audit : site.model.audits) {
        pages.push_back({site.map.href(audit.id),
                         [&site, &audit](TemplateSet& templates) { return render_audit(site, audit, templates); }});
    }
}

}  // namespace aimsgen
