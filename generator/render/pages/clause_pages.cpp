// One page per clause of the standard (clauses/<id>.html) and their index (clauses.html).

#include "generator/render/pages/pages.hpp"
#include "generator/render/pages/trace_index.hpp"

namespace aimsgen {

namespace {

constexpr std::string_view k_catalogue_source = "content/frameworks/iso42001.yaml (the catalogue)";

std::string rag_of(ReadinessStatus status) {
    switch (status) {
        case ReadinessStatus::met:
            return "green";
        case ReadinessStatus::partial:
            return "amber";
        case ReadinessStatus::missing:
            break;
    }
    return "red";
}

/// The clause itself or one of its sub-clauses ("6.1" covers "6.1.2", not "6.10").
bool within(std::string_view clause, std::string_view of) {
    return clause == of ||
           (clause.size() > of.size() && clause.starts_with(of) && clause[of.size()] == '.');
}

/// The readiness checks that speak for `clause` or its sub-clauses, and how many are met.
TemplateData readiness_rows(const SiteContext& site, const std::string& root,
                            const std::string& clause, int& met, int& total) {
    TemplateData rows{TemplateData::type::list};
    for (const ReadinessCheck& check : site.computed.readiness.checks) {
        if (check.rule == nullptr || !within(check.rule->clause, clause)) {
            continue;
        }
        TemplateData row;
        row.set("id", check.rule->id);
        row.set("clause", check.rule->clause);
        row.set("title", check.rule->title);
        row.set("status", readiness_name(check.finding.status));
        row.set("rag", rag_of(check.finding.status));
        row.set("detail", check.finding.detail);
        row.set("records", record_links(site, root, check.finding.records));
        rows.push_back(std::move(row));
        ++total;
        met += check.finding.status == ReadinessStatus::met ? 1 : 0;
    }
    return rows;
}

std::vector<std::string> children_of(const Catalogue& catalogue, const std::string& clause) {
    std::vector<std::string> children;
    for (const CatalogueClause& other : catalogue.clauses) {
        if (other.parent == clause) {
            children.push_back(other.id);
        }
    }
    return children;
}

std::string render_clause(const SiteContext& site, const TraceIndex& index,
                          const CatalogueClause& clause, TemplateSet& templates) {
    const std::string path = site.map.href(clause.id);
    const std::string root = root_of(path);
    TemplateData page =
        page_frame(site, path, "Clause " + clause.id + " " + clause.title, "controls");
    page.set("id", clause.id);
    page.set("clause_title", clause.title);
    page.set("parent",
             clause.parent.empty() ? TemplateData(false) : record_link(site, root, clause.parent));
    page.set("children", record_links(site, root, children_of(*site.model.catalogue, clause.id)));
    page.set("documents",
             document_links(site, root, TraceIndex::of(index.documents_citing, clause.id)));
    page.set("findings",
             record_links(site, root, TraceIndex::of(index.findings_citing, clause.id)));
    page.set("nonconformities", linked(site, root, clause.id, "nonconformity"));
    page.set("objectives", linked(site, root, clause.id, "objective"));
    page.set("audits", record_links(site, root, TraceIndex::of(index.audits_scoping, clause.id)));
    int met = 0;
    int total = 0;
    TemplateData checks = readiness_rows(site, root, clause.id, met, total);
    page.set("checks", std::move(checks));
    page.set("has_checks", total > 0);
    page.set("checks_met", std::to_string(met));
    page.set("checks_total", std::to_string(total));
    page.set("source", std::string(k_catalogue_source));
    return render_page(site, templates, "clause", page);
}

std::string render_index(const SiteContext& site, const TraceIndex& index, TemplateSet& templates) {
    TemplateData page = page_frame(site, "clauses.html", "Clauses of the standard", "controls");
    TemplateData rows{TemplateData::type::list};
    int without_documents = 0;
    for (const CatalogueClause& clause : site.model.catalogue->clauses) {
        TemplateData row;
        row.set("id", clause.id);
        row.set("href", site.map.href(clause.id));
        row.set("title", clause.title);
        row.set("top", clause.parent.empty());
        const std::size_t documents = TraceIndex::of(index.documents_citing, clause.id).size();
        row.set("documents", std::to_string(documents));
        row.set("no_documents", documents == 0 && !clause.parent.empty());
        without_documents += documents == 0 && !clause.parent.empty() ? 1 : 0;
        row.set("findings",
                std::to_string(TraceIndex::of(index.findings_citing, clause.id).size()));
        row.set("audits", std::to_string(TraceIndex::of(index.audits_scoping, clause.id).size()));
        int met = 0;
        int total = 0;
        readiness_rows(site, "", clause.id, met, total);
        row.set(
            "readiness",
            optional_text(total == 0 ? "" : std::to_string(met) + " of " + std::to_string(total)));
        row.set("readiness_rag",
                total == 0 ? "grey" : (met == total ? "green" : (met == 0 ? "red" : "amber")));
        rows.push_back(std::move(row));
    }
    page.set("clauses", std::move(rows));
    page.set("catalogue", site.model.catalogue->title);
    page.set("without_documents", std::to_string(without_documents));
    return render_page(site, templates, "clauses", page);
}

}  // namespace

void add_clause_pages(const SiteContext& site, PageList& pages) {
    const std::shared_ptr<const TraceIndex> index = site.trace;
    pages.push_back({"clauses.html", [&site, index](TemplateSet& templates) {
                         return render_index(site, *index, templates);
                     }});
    for (const CatalogueClause& clause : site.model.catalogue->clauses) {
        pages.push_back({site.map.href(clause.id), [&site, index, &clause](TemplateSet& templates) {
                             return render_clause(site, *index, clause, templates);
                         }});
    }
}

}  // namespace aimsgen
