// The supplier register (suppliers.html) and one page per supplier with its
// assessment history.

#include "generator/render/pages/inventory_common.hpp"
#include "generator/render/pages/pages.hpp"

namespace aimsgen {

namespace {

using namespace inventory;

/// "worse", "better" or "same" from `before` to `now`; "" when either is unrated.
std::string rating_change(const SupplierAssessment& before, const SupplierAssessment& now) {
    const int was = supplier_rating_rank(before.rating);
    const int is = supplier_rating_rank(now.rating);
    if (was < 0 || is < 0) {
        return "";
    }
    return is > was ? "worse" : is < was ? "better" : "same";
}

/// The assessments dated on or before the as-of date (later ones do not exist yet).
std::vector<const SupplierAssessment*> assessments_at(const Supplier& supplier, Date as_of) {
    std::vector<const SupplierAssessment*> done;
    for (const SupplierAssessment& assessment : supplier.assessments) {
        if (!(as_of < assessment.date)) {
            done.push_back(&assessment);
        }
    }
    return done;
}

void collect_evidence(const std::vector<Evidence>& items, std::vector<const Evidence*>& out) {
    for (const Evidence& item : items) {
        out.push_back(&item);
    }
}

void set_change(TemplateData& data, const std::string& change) {
    data.set("change", optional_text(change));
    data.set("worse", change == "worse");
    data.set("better", change == "better");
}

TemplateData supplier_row(const SiteContext& site, const std::string& root,
                          const Supplier& supplier) {
    const Date as_of = site.computed.as_of;
    const std::vector<const SupplierAssessment*> done = assessments_at(supplier, as_of);
    TemplateData row;
    row.set("id", supplier.id);
    row.set("href", root + site.map.href(supplier.id));
    row.set("name", supplier.name);
    row.set("criticality", supplier.criticality);
    row.set("status", supplier.status);
    row.set("owner", person_link(site, root, supplier.owner));
    row.set("systems", linked(site, root, supplier.id, "system"));
    row.set("rating", optional_text(done.empty() ? "" : done.back()->rating));
    row.set("last_assessed", optional_text(done.empty() ? "" : done.back()->date.to_string()));
    set_change(row, done.size() < 2 ? "" : rating_change(*done[done.size() - 2], *done.back()));
    row.set("next_assessment", optional_text(date_text(supplier.next_assessment)));
    row.set("assessment_overdue",
            supplier.status != "offboarded" && past(supplier.next_assessment, as_of));
    return row;
}

std::string render_register(const SiteContext& site, TemplateSet& templates) {
    TemplateData page = page_frame(site, "suppliers.html", "AI suppliers", "ai-systems");
    TemplateData rows{TemplateData::type::list};
    std::size_t overdue = 0;
    std::size_t worse = 0;
    for (const Supplier& supplier : site.model.suppliers) {
        TemplateData row = supplier_row(site, "", supplier);
        overdue += row.get("assessment_overdue")->is_true() ? 1 : 0;
        worse += row.get("worse")->is_true() ? 1 : 0;
        rows.push_back(std::move(row));
    }
    page.set("suppliers", std::move(rows));
    page.set("summary", std::to_string(site.model.suppliers.size()) +
                            " suppliers of AI systems and services. " + std::to_string(overdue) +
                            " overdue for re-assessment; " + std::to_string(worse) +
                            " rated worse at their latest assessment than at the one before.");
    return render_page(site, templates, "suppliers", page);
}

TemplateData assessment_rows(const SiteContext& site, const std::string& root,
                             const Supplier& supplier) {
    const std::vector<const SupplierAssessment*> done =
        assessments_at(supplier, site.computed.as_of);
    TemplateData rows{TemplateData::type::list};
    for (std::size_t i = 0; i < done.size(); ++i) {
        const SupplierAssessment& assessment = *done[i];
        TemplateData row;
        row.set("date", assessment.date.to_string());
        row.set("assessor", person_link(site, root, assessment.assessor));
        row.set("rating", assessment.rating);
        set_change(row, i == 0 ? "" : rating_change(*done[i - 1], assessment));
        row.set("notes", optional_text(assessment.notes));
        std::vector<const Evidence*> evidence;
        collect_evidence(assessment.evidence, evidence);
        row.set("evidence", evidence_rows(site, evidence));
        rows.push_back(std::move(row));
    }
    return rows;
}

std::string render_supplier(const SiteContext& site, const Supplier& supplier,
                            TemplateSet& templates) {
    const std::string path = site.map.href(supplier.id);
    const std::string root = root_of(path);
    TemplateData page = page_frame(site, path, supplier.id + " " + supplier.name, "ai-systems");
    page.set("supplier", supplier_row(site, root, supplier));
    page.set("description", optional_text(supplier.description));
    page.set("contract_ref", optional_text(supplier.contract_ref));
    page.set("services", text_list(supplier.services));
    page.set("assessments", assessment_rows(site, root, supplier));
    page.set("risks", risk_summaries(site, root, site.model.links.of(supplier.id, "risk")));
    page.set("incidents", linked(site, root, supplier.id, "incident"));
    page.set("documents", linked(site, root, supplier.id, "document"));
    page.set("source", source_of(supplier.origin));
    return render_page(site, templates, "supplier", page);
}

}  // namespace

void add_supplier_pages(const SiteContext& site, PageList& pages) {
    pages.push_back({"suppliers.html",
                     [&site](TemplateSet& templates) { return render_register(site, templates); }});
    for (const Supplier& supplier : site.model.suppliers) {
        pages.push_back({site.map.href(supplier.id), [&site, &supplier](TemplateSet& templates) {
                             return render_supplier(site, supplier, templates);
                         }});
    }
}

}  // namespace aimsgen
