#include "generator/json/model_json.hpp"

#include "generator/json/yaml_to_json.hpp"
#include "generator/load/register_kinds.hpp"
#include "generator/schema/schema_set.hpp"

namespace aimsgen {

namespace {

using Json = nlohmann::ordered_json;

constexpr int k_model_format = 1;

Json optional_number(std::optional<double> value) { return value ? Json(*value) : Json(nullptr); }

Json links_of(const Model& model, std::string_view id) {
    Json links = Json::object();
    for (const auto& [kind, ids] : model.links.of(id)) {
        links[kind] = ids;
    }
    return links;
}

Json source_of(const Origin& origin) { return Json{{"path", origin.path}, {"line", origin.pos.line}}; }

/// One register: each record as written (typed by the schema), plus its
/// links and where it came from. Records in id order, as the model holds them.
template <typename Record>
Json register_json(const Model& model, const RecordList<Record>& records, std::string_view schema_file,
                   std::string Record::*id_field) {
    const SchemaNode* record_schema = SchemaSet::embedded().root(schema_file).resolved().items;
    Json list = Json::array();
    for (const Record& record : records) {
        Json item = yaml_to_json(*record.origin.node, record_schema);
        item["links"] = links_of(model, record.*id_field);
        item["origin"] = source_of(record.origin);
        list.push_back(std::move(item));
    }
    return list;
}

Json documents_json(const Model& model) {
    const SchemaNode& schema = SchemaSet::embedded().root("document.schema.json");
    Json list = Json::array();
    for (const Document& document : model.documents) {
        Json item = yaml_to_json(*document.origin.node, &schema);
        item["links"] = links_of(model, document.id);
        item["origin"] = source_of(document.origin);
        list.push_back(std::move(item));
    }
    return list;
}

Json registers_json(const Model& model) {
    Json registers;
    registers["ai-systems"] = register_json(model, model.systems, "ai-systems.schema.json", &AiSystem::id);
    registers["risks"] = register_json(model, model.risks, "risks.schema.json", &Risk::id);
    registers["soa"] = register_json(model, model.soa, "soa.schema.json", &SoaEntry::control);
    registers["impact-assessments"] =
        register_json(model, model.impact_assessments, "impact-assessments.schema.json", &ImpactAssessment::id);
    registers["incidents"] = register_json(model, model.incidents, "incidents.schema.json", &Incident::id);
    registers["nonconformities"] =
        register_json(model, model.nonconformities, "nonconformities.schema.json", &Nonconformity::id);
    registers["audits"] = register_json(model, model.audits, "audits.schema.json", &Audit::id);
    registers["management-reviews"] =
        register_json(model, model.reviews, "management-reviews.schema.json", &ManagementReview::id);
    registers["objectives"] = register_json(model, model.objectives, "objectives.schema.json", &Objective::id);
    registers["training"] = register_json(model, model.courses, "training.schema.json", &Course::id);
    registers["suppliers"] = register_json(model, model.suppliers, "suppliers.schema.json", &Supplier::id);
    registers["decisions"] = register_json(model, model.decisions, "decisions.schema.json", &GovernanceDecision::id);
    registers["measurements"] =
        register_json(model, model.measurements, "measurements.schema.json", &MeasurementSeries::id);
    registers["documents"] = documents_json(model);
    return registers;
}

Json settings_json(const Model& model) {
    if (!model.raw->aims || !model.raw->aims->root) {
        return Json::object();
    }
    return yaml_to_json(*model.raw->aims->root, &SchemaSet::embedded().root("aims.schema.json"));
}

Json catalogue_json(const Catalogue& catalogue) {
    Json clauses = Json::array();
    for (const CatalogueClause& clause : catalogue.clauses) {
        clauses.push_back({{"id", clause.id}, {"title", clause.title}, {"parent", clause.parent}});
    }
    Json controls = Json::array();
    for (const CatalogueControl& control : catalogue.controls) {
        controls.push_back({{"id", control.id},
                            {"group", control.group},
                            {"group_title", control.group_title},
                            {"title", control.title}});
    }
    return {{"id", catalogue.id}, {"title", catalogue.title}, {"edition", catalogue.edition},
            {"clauses", clauses}, {"controls", controls}};
}

Json kpi_json(const Kpi& kpi) {
    Json item;
    item["id"] = kpi.id;
    item["title"] = kpi.title;
    item["area"] = kpi_area(kpi);
    item["definition"] = kpi_definition_text(kpi);
    item["unit"] = kpi_unit(kpi);
    if (kpi.definition != nullptr) {
        item["direction"] = kpi.definition->direction == Direction::higher_is_better ? "higher" : "lower";
    } else {
        item["direction"] = nullptr;
    }
    item["value"] = optional_number(kpi.value);
    item["previous"] = optional_number(kpi.previous);
    item["delta"] = optional_number(kpi.delta);
    item["target"] = optional_number(kpi.target);
    item["warning"] = optional_number(kpi.warning);
    item["rag"] = rag_name(kpi.rag);
    Json trend = Json::array();
    for (const KpiTrendPoint& point : kpi.trend) {
        trend.push_back({{"period", point.period}, {"value", optional_number(point.value)}});
    }
    item["trend"] = std::move(trend);
    Json breakdown = Json::array();
    for (const KpiBreakdown& part : kpi.breakdown) {
        breakdown.push_back({{"key", part.key}, {"value", optional_number(part.value)}});
    }
    item["breakdown"] = std::move(breakdown);
    item["records"] = kpi.records;
    return item;
}

Json heat_map_json(const HeatMap& map) {
    Json cells = Json::array();
    for (const HeatCell& cell : map.cells) {
        cells.push_back({{"likelihood", cell.likelihood},
                         {"impact", cell.impact},
                         {"band", cell.band},
                         {"count", cell.risks.size()},
                         {"risks", cell.risks}});
    }
    return {{"label", map.label},
            {"residual", map.residual},
            {"likelihood_levels", map.likelihood_levels},
            {"impact_levels", map.impact_levels},
            {"cells", cells}};
}

Json triggers_json(const std::vector<ReassessmentTrigger>& triggers) {
    Json list = Json::array();
    for (const ReassessmentTrigger& trigger : triggers) {
        list.push_back({{"subject_kind", trigger.subject_kind},
                        {"subject", trigger.subject},
                        {"event", trigger.event},
                        {"event_record", trigger.event_record},
                        {"event_date", trigger.event_date.to_string()},
                        {"last_review", trigger.last_review.to_string()},
                        {"reason", trigger.reason}});
    }
    return list;
}

Json group_json(const ReadinessGroup& group) {
    return {{"id", group.id},       {"title", group.title}, {"status", readiness_name(group.status)},
            {"met", group.met},     {"partial", group.partial}, {"total", group.total},
            {"score", group.score}, {"checks", group.checks}};
}

Json readiness_json(const Readiness& readiness) {
    Json checks = Json::array();
    for (const ReadinessCheck& check : readiness.checks) {
        checks.push_back({{"id", check.rule->id},
                          {"clause", check.rule->clause},
                          {"step", check.rule->step},
                          {"title", check.rule->title},
                          {"status", readiness_name(check.finding.status)},
                          {"detail", check.finding.detail},
                          {"records", check.finding.records}});
    }
    Json clauses = Json::array();
    for (const ReadinessGroup& group : readiness.clauses) {
        clauses.push_back(group_json(group));
    }
    Json steps = Json::array();
    for (const ReadinessGroup& group : readiness.steps) {
        steps.push_back(group_json(group));
    }
    return {{"checks", checks}, {"clauses", clauses}, {"steps", steps}, {"next_key_output", readiness.next_key_output}};
}

}  // namespace

std::string render_model_json(const Model& model, const Computed& computed, const Provenance& provenance) {
    Json document;
    document["format"] = k_model_format;
    document["generator"] = "aimsgen " + provenance.generator_version;
    document["content_commit"] = provenance.content_commit.empty() ? Json(nullptr) : Json(provenance.content_commit);
    document["as_of"] = computed.as_of.to_string();
    document["period"] = computed.period_kind == PeriodKind::month ? "month" : "quarter";
    Json periods = Json::array();
    for (const Period& period : computed.periods) {
        periods.push_back({{"label", period.label},
                           {"start", period.start.to_string()},
                           {"end", period.end.to_string()},
                           {"to_date", period.to_date}});
    }
    document["periods"] = std::move(periods);
    document["settings"] = settings_json(model);
    document["catalogue"] = catalogue_json(*model.catalogue);
    document["registers"] = registers_json(model);
    Json kpis = Json::array();
    for (const Kpi& kpi : computed.kpis) {
        kpis.push_back(kpi_json(kpi));
    }
    document["kpis"] = std::move(kpis);
    Json heat_maps;
    heat_maps["inherent"] = heat_map_json(computed.inherent);
    heat_maps["residual"] = heat_map_json(computed.residual);
    Json by_period = Json::array();
    for (const HeatMap& map : computed.residual_by_period) {
        by_period.push_back(heat_map_json(map));
    }
    heat_maps["residual_by_period"] = std::move(by_period);
    document["heat_maps"] = std::move(heat_maps);
    document["triggers"] = triggers_json(computed.triggers);
    document["readiness"] = readiness_json(computed.readiness);
    return document.dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::strict) + "\n";
}

}  // namespace aimsgen
