#include "generator/json/model_json.hpp"

#include <vector>

#include "generator/json/json_layout.hpp"
#include "generator/json/text_jobs.hpp"
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

/// A record as written (typed by its schema), plus its links and where it came from.
Json record_json(const Model& model, const Origin& origin, const SchemaNode* schema, std::string_view id) {
    Json item = yaml_to_json(*origin.node, schema);
    item["links"] = links_of(model, id);
    item["origin"] = source_of(origin);
    return item;
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

Json trigger_json(const ReassessmentTrigger& trigger) {
    return {{"subject_kind", trigger.subject_kind},
            {"subject", trigger.subject},
            {"event", trigger.event},
            {"event_record", trigger.event_record},
            {"event_date", trigger.event_date.to_string()},
            {"last_review", trigger.last_review.to_string()},
            {"reason", trigger.reason}};
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

/// A register's array: document → "registers" → the register.
constexpr int k_register_depth = 2;

/// One register: each record as written, with its links and where it came
/// from, in id order as the model holds them.
template <typename Record>
ArrayText plan_register(TextJobs& jobs, const Model& model, std::string key, const RecordList<Record>& records,
                        const SchemaNode* schema, std::string Record::*id_field) {
    return plan_array(jobs, std::move(key), k_register_depth, records.size(),
                      [&model, &records, schema, id_field](std::size_t i) {
                          const Record& record = records.all()[i];
                          return record_json(model, record.origin, schema, record.*id_field);
                      });
}

const SchemaNode* record_schema(std::string_view schema_file) {
    return SchemaSet::embedded().root(schema_file).resolved().items;
}

std::vector<ArrayText> plan_registers(TextJobs& jobs, const Model& model) {
    std::vector<ArrayText> registers;
    // Each register's schema is "<key>.schema.json".
    const auto add = [&](std::string key, const auto& records, auto id_field) {
        const std::string schema_file = key + ".schema.json";
        registers.push_back(plan_register(jobs, model, std::move(key), records, record_schema(schema_file), id_field));
    };
    add("ai-systems", model.systems, &AiSystem::id);
    add("risks", model.risks, &Risk::id);
    add("soa", model.soa, &SoaEntry::control);
    add("impact-assessments", model.impact_assessments, &ImpactAssessment::id);
    add("incidents", model.incidents, &Incident::id);
    add("nonconformities", model.nonconformities, &Nonconformity::id);
    add("audits", model.audits, &Audit::id);
    add("management-reviews", model.reviews, &ManagementReview::id);
    add("objectives", model.objectives, &Objective::id);
    add("training", model.courses, &Course::id);
    add("suppliers", model.suppliers, &Supplier::id);
    add("decisions", model.decisions, &GovernanceDecision::id);
    add("measurements", model.measurements, &MeasurementSeries::id);
    // A document is one Markdown file, so its schema is the file's, not a list's items.
    registers.push_back(plan_register(jobs, model, "documents", model.documents,
                                      &SchemaSet::embedded().root("document.schema.json"), &Document::id));
    return registers;
}

/// The document's members before the registers: provenance, periods,
/// settings and the catalogue.
Json head_json(const Model& model, const Computed& computed, const Provenance& provenance) {
    Json head;
    head["format"] = k_model_format;
    head["generator"] = "aimsgen " + provenance.generator_version;
    head["content_commit"] = provenance.content_commit.empty() ? Json(nullptr) : Json(provenance.content_commit);
    head["as_of"] = computed.as_of.to_string();
    head["period"] = computed.period_kind == PeriodKind::month ? "month" : "quarter";
    Json periods = Json::array();
    for (const Period& period : computed.periods) {
        periods.push_back({{"label", period.label},
                           {"start", period.start.to_string()},
                           {"end", period.end.to_string()},
                           {"to_date", period.to_date}});
    }
    head["periods"] = std::move(periods);
    head["settings"] = settings_json(model);
    head["catalogue"] = catalogue_json(*model.catalogue);
    return head;
}

Json heat_maps_json(const Computed& computed) {
    Json heat_maps;
    heat_maps["inherent"] = heat_map_json(computed.inherent);
    heat_maps["residual"] = heat_map_json(computed.residual);
    Json by_period = Json::array();
    for (const HeatMap& map : computed.residual_by_period) {
        by_period.push_back(heat_map_json(map));
    }
    heat_maps["residual_by_period"] = std::move(by_period);
    return heat_maps;
}

/// The lines of the top-level member `key` whose value `make` builds.
template <typename Make>
std::size_t plan_member(TextJobs& jobs, std::string key, Make make) {
    return jobs.add([key = std::move(key), make] {
        Json member;
        member[key] = make();
        return json_layout::entry_lines(member, 0);
    });
}

}  // namespace

// The registers and the long lists of figures are built and dumped in slices
// on all cores, and the document's text is joined from them: byte for byte
// what one DOM of the whole document would dump, at a fraction of the time
// and memory (a large organization's model.json is some 60 MB).
std::string render_model_json(const Model& model, const Computed& computed, const Provenance& provenance) {
    TextJobs jobs;
    const std::size_t head =
        jobs.add([&] { return json_layout::entry_lines(head_json(model, computed, provenance), 0); });
    const std::vector<ArrayText> registers = plan_registers(jobs, model);
    const ArrayText kpis =
        plan_array(jobs, "kpis", 1, computed.kpis.size(), [&](std::size_t i) { return kpi_json(computed.kpis[i]); });
    const std::size_t heat_maps = plan_member(jobs, "heat_maps", [&] { return heat_maps_json(computed); });
    const ArrayText triggers = plan_array(jobs, "triggers", 1, computed.triggers.size(),
                                          [&](std::size_t i) { return trigger_json(computed.triggers[i]); });
    const std::size_t readiness = plan_member(jobs, "readiness", [&] { return readiness_json(computed.readiness); });

    std::vector<std::string> texts = jobs.run();
    json_layout::ContainerText register_texts('{', 1);
    for (const ArrayText& list : registers) {
        register_texts.add_member(list.key, array_text(list, texts));
    }
    json_layout::ContainerText document('{', 0);
    document.add_lines(std::move(texts[head]));
    document.add_member("registers", std::move(register_texts));
    document.add_member(kpis.key, array_text(kpis, texts));
    document.add_lines(std::move(texts[heat_maps]));
    document.add_member(triggers.key, array_text(triggers, texts));
    document.add_lines(std::move(texts[readiness]));
    std::string text = std::move(document).text();
    text += '\n';
    return text;
}

}  // namespace aimsgen
