// The impact assessment register (impact-assessments.html) and one page per
// assessment: the eight dimensions, mitigations, approval and review.

#include <algorithm>

#include "generator/render/pages/inventory_common.hpp"
#include "generator/render/pages/pages.hpp"

namespace aimsgen {

namespace {

using namespace inventory;

/// "human_oversight" → "Human oversight".
std::string dimension_label(const std::string& name) {
    std::string label = name;
    for (char& c : label) {
        c = c == '_' ? ' ' : c;
    }
    if (!label.empty() && label.front() >= 'a' && label.front() <= 'z') {
        label.front() = static_cast<char>(label.front() - 'a' + 'A');
    }
    return label;
}

/// The next assessment of the same system dated after this one, if any: what replaced it.
const ImpactAssessment* successor_of(const Model& model, const ImpactAssessment& assessment) {
    const ImpactAssessment* next = nullptr;
    for (const std::string& id : model.links.of(assessment.system, "impact-assessment")) {
        const ImpactAssessment* other = model.impact_assessments.find(id);
        if (other != nullptr && other != &assessment && other->system == assessment.system &&
            assessment.date < other->date && (next == nullptr || other->date < next->date)) {
            next = other;
        }
    }
    return next;
}

TemplateData assessment_row(const SiteContext& site, const std::string& root,
                            const ImpactAssessment& assessment) {
    const Date as_of = site.computed.as_of;
    TemplateData row;
    row.set("id", assessment.id);
    row.set("href", root + site.map.href(assessment.id));
    row.set("title", assessment.title);
    row.set("system", record_link(site, root, assessment.system));
    row.set("date", assessment.date.to_string());
    row.set("assessor", person_link(site, root, assessment.assessor));
    row.set("status", assessment.status);
    row.set("is_draft", assessment.status == "draft");
    row.set("is_superseded", assessment.status == "superseded");
    row.set("is_current", assessment.current_at(as_of));
    const ImpactAssessment* successor = successor_of(site.model, assessment);
    row.set("successor",
            successor == nullptr ? TemplateData(false) : record_link(site, root, successor->id));
    row.set("overall", optional_text(assessment.overall_rating));
    row.set("approved", optional_text(date_text(assessment.approved)));
    row.set("approved_by", assessment.approved_by.empty()
                               ? TemplateData(false)
                               : person_link(site, root, assessment.approved_by));
    row.set("next_review", optional_text(date_text(assessment.next_review)));
    row.set("review_overdue",
            assessment.status == "approved" && past(assessment.next_review, as_of));
    return row;
}

std::string render_register(const SiteContext& site, TemplateSet& templates) {
    TemplateData page =
        page_frame(site, "impact-assessments.html", "AI system impact assessments", "risks");
    TemplateData rows{TemplateData::type::list};
    std::size_t current = 0;
    std::size_t overdue = 0;
    std::size_t drafts = 0;
    for (const ImpactAssessment& assessment : site.model.impact_assessments) {
        TemplateData row = assessment_row(site, "", assessment);
        current += row.get("is_current")->is_true() ? 1 : 0;
        overdue += row.get("review_overdue")->is_true() ? 1 : 0;
        drafts += row.get("is_draft")->is_true() ? 1 : 0;
        rows.push_back(std::move(row));
    }
    page.set("assessments", std::move(rows));
    page.set("summary", std::to_string(site.model.impact_assessments.size()) +
                            " impact assessments: " + std::to_string(current) +
                            " current and approved, " + std::to_string(overdue) +
                            " overdue for review, " + std::to_string(drafts) + " in draft.");
    return render_page(site, templates, "impact-assessments", page);
}

TemplateData dimension_rows(const ImpactAssessment& assessment) {
    TemplateData rows{TemplateData::type::list};
    for (const ImpactDimension& dimension : assessment.dimensions) {
        TemplateData row;
        row.set("name", dimension.name);
        row.set("label", dimension_label(dimension.name));
        row.set("rating", dimension.rating);
        row.set("notes", optional_text(dimension.notes));
        rows.push_back(std::move(row));
    }
    return rows;
}

/// Every assessment of the same system, oldest first, this one marked.
TemplateData version_rows(const SiteContext& site, const std::string& root,
                          const ImpactAssessment& assessment) {
    std::vector<const ImpactAssessment*> versions;
    for (const std::string& id : site.model.links.of(assessment.system, "impact-assessment")) {
        const ImpactAssessment* other = site.model.impact_assessments.find(id);
        if (other != nullptr && other->system == assessment.system) {
            versions.push_back(other);
        }
    }
    std::stable_sort(
        versions.begin(), versions.end(),
        [](const ImpactAssessment* a, const ImpactAssessment* b) { return a->date < b->date; });
    TemplateData rows{TemplateData::type::list};
    for (const ImpactAssessment* other : versions) {
        TemplateData row = record_link(site, root, other->id);
        row.set("date", other->date.to_string());
        row.set("status", other->status);
        row.set("is_this", other == &assessment);
        rows.push_back(std::move(row));
    }
    return rows;
}

std::string render_assessment(const SiteContext& site, const ImpactAssessment& assessment,
                              TemplateSet& templates) {
    const std::string path = site.map.href(assessment.id);
    const std::string root = root_of(path);
    TemplateData page = page_frame(site, path, assessment.id + " " + assessment.title, "risks");
    page.set("assessment", assessment_row(site, root, assessment));
    page.set("scope", optional_text(assessment.scope));
    page.set("dimensions", dimension_rows(assessment));
    page.set("mitigations", text_list(assessment.mitigations));
    page.set("risks", risk_summaries(site, root, site.model.links.of(assessment.id, "risk")));
    page.set("decisions", linked(site, root, assessment.id, "decision"));
    page.set("versions", version_rows(site, root, assessment));
    std::vector<const Evidence*> evidence;
    for (const Evidence& item : assessment.evidence) {
        evidence.push_back(&item);
    }
    page.set("evidence", evidence_rows(site, evidence));
    page.set("source", source_of(assessment.origin));
    return render_page(site, templates, "impact-assessment", page);
}

}  // namespace

void add_impact_assessment_pages(const SiteContext& site, PageList& pages) {
    pages.push_back({"impact-assessments.html",
                     [&site](TemplateSet& templates) { return render_register(site, templates); }});
    for (const ImpactAssessment& assessment : site.model.impact_assessments) {
        pages.push_back(
            {site.map.href(assessment.id), [&site, &assessment](TemplateSet& templates) {
                 return render_assessment(site, assessment, templates);
             }});
    }
}

}  // namespace aimsgen
