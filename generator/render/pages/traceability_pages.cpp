// traceability.html: each clause and control → documents → evidence → audits and findings.

#include <algorithm>

#include "generator/render/pages/pages.hpp"
#include "generator/render/pages/trace_index.hpp"

namespace aimsgen {

namespace {

/// A short name for an evidence item in a crowded cell: the file name, or the URL's host and path.
std::string short_label(const Evidence& evidence) {
    if (!evidence.path.empty()) {
        return evidence.path.substr(evidence.path.rfind('/') + 1);
    }
    const std::size_t scheme = evidence.url.find("://");
    return scheme == std::string::npos ? evidence.url : evidence.url.substr(scheme + 3);
}

/// Links to a record's evidence on the evidence index.
TemplateData evidence_links(const SiteContext& site, const TraceIndex& index,
                            const std::string& record) {
    TemplateData links{TemplateData::type::list};
    const auto found = index.citations_of.find(record);
    if (found == index.citations_of.end()) {
        return links;
    }
    for (const std::size_t i : found->second) {
        const Evidence& evidence = *index.citations[i].evidence;
        TemplateData link;
        link.set("label", short_label(evidence));
        link.set("description", evidence.description);
        link.set("href", "evidence.html#" + index.anchors[i]);
        link.set("stale", !evidence.current_at(site.computed.as_of));
        links.push_back(std::move(link));
    }
    return links;
}

/// The records a clause's readiness checks found (the clause's own checks only).
std::vector<std::string> readiness_records(const SiteContext& site, const std::string& clause) {
    std::vector<std::string> records;
    for (const ReadinessCheck& check : site.computed.readiness.checks) {
        if (check.rule != nullptr && check.rule->clause == clause) {
            for (const std::string& record : check.finding.records) {
                if (std::find(records.begin(), records.end(), record) == records.end()) {
                    records.push_back(record);
                }
            }
        }
    }
    return records;
}

struct Gaps {
    int without_documents = 0;
    int without_evidence = 0;
};

TemplateData trace_row(const SiteContext& site, const TraceIndex& index, const std::string& id,
                       const std::string& kind, TemplateData evidence, Gaps* gaps) {
    TemplateData row = record_link(site, "", id);
    row.set("kind", kind);
    const std::vector<std::string>& documents = TraceIndex::of(index.documents_citing, id);
    row.set("documents", document_links(site, "", documents));
    row.set("no_documents", documents.empty());
    const bool no_evidence = evidence.list_value().empty();
    row.set("evidence", evidence);
    row.set("no_evidence", no_evidence);
    row.set("audits", record_links(site, "", TraceIndex::of(index.audits_scoping, id)));
    row.set("findings", record_links(site, "", TraceIndex::of(index.findings_citing, id)));
    row.set("nonconformities", linked(site, "", id, "nonconformity"));
    row.set("not_applicable", gaps == nullptr);
    row.set("no_entry", kind == "control" && site.model.soa.find(id) == nullptr);
    if (gaps != nullptr) {
        gaps->without_documents += documents.empty() ? 1 : 0;
        gaps->without_evidence += no_evidence ? 1 : 0;
    }
    return row;
}

std::string render_matrix(const SiteContext& site, const TraceIndex& index,
                          TemplateSet& templates) {
    TemplateData page = page_frame(site, "traceability.html", "Traceability matrix", "controls");
    Gaps clause_gaps;
    TemplateData clauses{TemplateData::type::list};
    for (const CatalogueClause& clause : site.model.catalogue->clauses) {
        if (clause.parent.empty()) {
            continue;  // 4 … 10 are headings: their sub-clauses carry the requirements
        }
        TemplateData evidence{TemplateData::type::list};
        for (const std::string& record : readiness_records(site, clause.id)) {
            TemplateData link = record_link(site, "", record);
            link.set("label", record);
            link.set("description", site.map.title(record));
            link.set("stale", false);
            evidence.push_back(std::move(link));
        }
        clauses.push_back(trace_row(site, index, clause.id, "clause", evidence, &clause_gaps));
    }
    Gaps control_gaps;
    TemplateData controls{TemplateData::type::list};
    const auto add_control = [&](const std::string& id) {
        const SoaEntry* entry = site.model.soa.find(id);
        const bool excluded =
            entry != nullptr && !entry->applicable;  // needs no trail: not counted as a gap
        controls.push_back(trace_row(site, index, id, "control", evidence_links(site, index, id),
                                     excluded ? nullptr : &control_gaps));
    };
    for (const CatalogueControl& control : site.model.catalogue->controls) {
        add_control(control.id);
    }
    for (const SoaEntry& entry : site.model.soa) {
        if (entry.additional) {
            add_control(entry.control);
        }
    }
    page.set("clauses", std::move(clauses));
    page.set("controls", std::move(controls));
    page.set("clauses_without_documents", std::to_string(clause_gaps.without_documents));
    page.set("clauses_without_evidence", std::to_string(clause_gaps.without_evidence));
    page.set("controls_without_documents", std::to_string(control_gaps.without_documents));
    page.set("controls_without_evidence", std::to_string(control_gaps.without_evidence));
    return render_page(site, templates, "traceability", page);
}

}  // namespace

void add_traceability_page(const SiteContext& site, PageList& pages) {
    const std::shared_ptr<const TraceIndex> index = site.trace;
    pages.push_back({"traceability.html", [&site, index](TemplateSet& templates) {
                         return render_matrix(site, *index, templates);
                     }});
}

}  // namespace aimsgen
