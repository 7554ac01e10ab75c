#include "generator/workbook/workbooks.hpp"

namespace aimsgen::workbook {

namespace {

/// "current" when an approved assessment is in force at the as-of date,
/// "due for review" when the latest approved one has passed its review date,
/// "draft" when only drafts exist, "none" when there is no assessment.
std::string assessment_state(const Model& model, const std::vector<std::string>& ids, Date as_of) {
    bool approved = false;
    bool draft = false;
    for (const std::string& id : ids) {
        const ImpactAssessment* assessment = model.impact_assessments.find(id);
        if (assessment == nullptr || as_of < assessment->date) {
            continue;
        }
        if (assessment->current_at(as_of)) {
            return "current";
        }
        approved = approved || assessment->status == "approved";
        draft = draft || assessment->status == "draft";
    }
    if (approved) {
        return "due for review";
    }
    return draft ? "draft" : "none";
}

/// The worst residual band among the system's risks open at the as-of date.
std::string highest_band(const Model& model, const std::vector<std::string>& risks, Date as_of,
                         std::size_t& open) {
    const RiskCriteria& criteria = model.aims.risk_criteria;
    int highest = 0;
    open = 0;
    for (const std::string& id : risks) {
        const Risk* risk = model.risks.find(id);
        if (risk == nullptr || !risk->open_at(as_of)) {
            continue;
        }
        ++open;
        highest = std::max(highest, risk->state_at(as_of).residual.score());
    }
    return highest == 0 ? "" : criteria.band_of(highest);
}

}  // namespace

Workbook system_workbook(const Sources& sources) {
    const Model& model = sources.model;
    const Date as_of = sources.computed.as_of;
    const RiskCriteria& criteria = model.aims.risk_criteria;
    Sheet sheet;
    sheet.name = "AI systems";
    const auto choices = [&](std::string_view field) {
        return enum_of(sources.schemas, "ai-systems.schema.json", {field});
    };
    sheet.table.columns = {text_column("AI system"),
                           text_column("Name"),
                           long_text_column("Description"),
                           long_text_column("Purpose"),
                           text_column("Owner"),
                           text_column("Business unit"),
                           choice_column("Lifecycle stage", choices("lifecycle_stage")),
                           choice_column("AI role", choices("ai_role")),
                           choice_column("Source", choices("source")),
                           text_column("Supplier"),
                           choice_column("EU AI Act tier", choices("eu_ai_act_tier")),
                           choice_column("Autonomy", choices("autonomy")),
                           text_column("Data categories"),
                           text_column("Affected parties"),
                           yes_no_column("In scope"),
                           date_column("Introduced"),
                           date_column("Last review"),
                           date_column("Next review"),
                           yes_no_column("Review overdue", true),
                           text_column("Risks"),
                           integer_column("Open risks"),
                           choice_column("Highest residual band", band_names(criteria), band_colours(criteria)),
                           text_column("Impact assessments"),
                           choice_column("Impact assessment", {"current", "due for review", "draft", "none"},
                                         {{"due for review", 0xFFEB9C}, {"none", 0xFFC7CE}}),
                           yes_no_column("Re-assessment triggered", true),
                           long_text_column("Why re-assess")};
    const OverdueKeys overdue = overdue_keys(sources.computed);
    for (const AiSystem& system : model.systems) {
        const std::vector<std::string>& risks = model.links.of(system.id, "risk");
        const std::vector<std::string>& assessments = model.links.of(system.id, "impact-assessment");
        std::size_t open = 0;
        const std::string band = highest_band(model, risks, as_of, open);
        std::string reasons;
        for (const ReassessmentTrigger& trigger : triggers_of(sources.computed.triggers, "system", system.id)) {
            reasons += (reasons.empty() ? "" : "\n") + trigger.reason;
        }
        sheet.table.rows.push_back({Cell::of(system.id),
                                    Cell::of(system.name),
                                    Cell::of(system.description),
                                    Cell::of(system.purpose),
                                    Cell::of(person(model, system.owner)),
                                    Cell::of(system.business_unit),
                                    Cell::of(system.lifecycle_stage),
                                    Cell::of(system.ai_role),
                                    Cell::of(system.source),
                                    Cell::of(system.supplier),
                                    Cell::of(system.eu_ai_act_tier),
                                    Cell::of(system.autonomy),
                                    Cell::list(system.data_categories),
                                    Cell::list(system.affected_parties),
                                    Cell::yes_no(system.in_scope),
                                    Cell::of(system.introduced),
                                    Cell::of(system.last_review),
                                    Cell::of(system.next_review),
                                    Cell::yes_no(overdue.count({"system", system.id}) > 0),
                                    Cell::list(risks),
                                    Cell::of(open),
                                    Cell::of(band),
                                    Cell::list(assessments),
                                    Cell::of(assessment_state(model, assessments, as_of)),
                                    Cell::yes_no(!reasons.empty()),
                                    Cell::of(reasons)});
    }
    Workbook book;
    book.file_name = "ai-system-register.xlsx";
    book.title = "AI system register";
    book.properties = properties_for(sources, book.title, "Inventory of AI systems in the AIMS scope");
    book.constant_memory = true;
    book.sheets.push_back(std::move(sheet));
    return book;
}

}  // namespace aimsgen::workbook
