// model.json against schemas/model.schema.json, checked by aimsgen's own
// validator (JSON is YAML, so the YAML loader reads it): the model.json of
// small content built in memory, and the one `aimsgen build` writes for
// site-example. Then the other way round: the schema refuses model.json files
// that are wrong in one place each, so the checks above cannot pass vacuously.

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "generator/catalogue/catalogue.hpp"
#include "generator/compute/compute.hpp"
#include "generator/json/model_json.hpp"
#include "generator/load/content_loader.hpp"
#include "generator/load/yaml_parser.hpp"
#include "generator/model/build_model.hpp"
#include "generator/output/output_tree.hpp"
#include "generator/schema/schema_check.hpp"
#include "generator/schema/schema_set.hpp"
#include "generator/source/file_system.hpp"
#include "generator/validate/validate_content.hpp"
#include "tests/support/test_model.hpp"
#include "tests/unit/output/output_test_support.hpp"

namespace aimsgen::testing {
namespace {

using Json = nlohmann::ordered_json;

const Date k_as_of = Date::from_ymd(2026, 6, 30);
constexpr const char* k_commit = "0123456789abcdef0123456789abcdef01234567";

/// Every diagnostic of checking `json` against model.schema.json, one
/// `model.json:line:column: error|warning: message` per line.
std::string schema_diagnostics(const std::string& json) {
    Diagnostics diagnostics;
    const std::optional<YamlNode> node = parse_yaml(SourceText(json), "model.json", diagnostics);
    if (!node) {
        return "model.json cannot be read as YAML:\n" + format_lines(diagnostics);
    }
    std::vector<Reference> references;
    check_against_schema(*node, SchemaSet::embedded().root("model.schema.json"), "model.json", diagnostics,
                         references);
    return format_lines(diagnostics);
}

/// Only the messages of schema_diagnostics, without positions.
std::string schema_messages(const std::string& json) {
    std::string messages;
    std::size_t start = 0;
    const std::string lines = schema_diagnostics(json);
    while (start < lines.size()) {
        const std::size_t end = lines.find('\n', start);
        const std::string line = lines.substr(start, end - start);
        const std::size_t kind = line.find(": error: ") != std::string::npos ? line.find(": error: ")
                                                                              : line.find(": warning: ");
        messages += (kind == std::string::npos ? line : line.substr(line.find(' ', kind + 2) + 1)) + "\n";
        start = end == std::string::npos ? lines.size() : end + 1;
    }
    return messages;
}

/// Content with a record in most registers, a document, a measurement series
/// (a KPI without direction), and events after the system's last review (triggers).
TestContent small_content() {
    TestContent content;
    content.file("registers/ai-systems.yaml", R"(- id: AIS-001
  name: CV screener
  purpose: Shortlisting
  owner: alice
  lifecycle_stage: operation
  ai_role: deployer
  source: internal
  eu_ai_act_tier: high
  autonomy: human-in-the-loop
  in_scope: true
  introduced: 2025-01-15
  last_review: 2026-01-10
  next_review: 2027-01-10
  history:
    - {date: 2025-01-15, lifecycle_stage: deployment}
    - {date: 2026-03-01, lifecycle_stage: operation, note: "Live for all vacancies."}
)");
    content.file("registers/risks.yaml", R"(- id: RSK-001
  title: Biased shortlisting
  category: bias
  systems: [AIS-001]
  owner: alice
  identified: 2025-02-01
  likelihood: 4
  impact: 4
  treatment: mitigate
  residual_likelihood: 3
  residual_impact: 4
  status: treating
  next_review: 2026-12-01
)");
    content.file("registers/incidents.yaml", R"(- id: INC-001
  title: Age bias complaint
  systems: [AIS-001]
  detected: 2026-05-01
  severity: high
  category: performance
  status: open
)");
    content.file("registers/soa.yaml", R"(- control: A.2.2
  applicable: true
  justification: Needed for the AI policy.
  status: implemented
)");
    content.file("registers/measurements.yaml", R"(- id: MEA-001
  system: AIS-001
  metric: selection-rate-ratio
  direction: higher-is-better
  threshold: {min: 0.8, warning_min: 0.85}
  points:
    - {date: 2026-04-30, value: 0.9}
    - {date: 2026-05-31, value: 0.7, note: "Below the four-fifths limit."}
)");
    content.file("documents/ai-policy.md", R"(---
id: POL-001
title: AI Policy
type: policy
owner: alice
version: "1.0"
status: approved
approved_by: alice
approved: 2026-01-01
next_review: 2027-01-01
fulfils: [ai-policy]
---
# AI Policy

Body.
)");
    return content;
}

std::string small_model_json(const std::string& commit) {
    const Model model = build_test_model(small_content(), k_as_of);
    const Computed computed = compute(model, ComputeOptions{k_as_of, PeriodKind::quarter, 4});
    return render_model_json(model, computed, Provenance{"0.1.0", commit, k_as_of});
}

TEST(ModelSchema, SmallContentOutsideGitConforms) {
    const std::string json = small_model_json("");
    EXPECT_EQ(schema_diagnostics(json), "");
    // What the schema was checked against holds what it should: nothing vacuous.
    const Json model = Json::parse(json);
    EXPECT_TRUE(model.at("content_commit").is_null());
    EXPECT_EQ(model.at("registers").at("ai-systems").size(), 1U);
    EXPECT_EQ(model.at("registers").at("documents").size(), 1U);
    EXPECT_FALSE(model.at("triggers").empty());
    bool series_without_direction = false;
    for (const Json& kpi : model.at("kpis")) {
        series_without_direction = series_without_direction || kpi.at("direction").is_null();
    }
    EXPECT_TRUE(series_without_direction);
}

TEST(ModelSchema, SmallContentInGitConforms) {
    const std::string json = small_model_json(k_commit);
    EXPECT_EQ(Json::parse(json).at("content_commit"), k_commit);
    EXPECT_EQ(schema_diagnostics(json), "");
}

TEST(ModelSchema, EmptyContentConforms) {
    const Model model = build_test_model(TestContent(), k_as_of);
    const Computed computed = compute(model, ComputeOptions{k_as_of, PeriodKind::month, 1});
    EXPECT_EQ(schema_diagnostics(render_model_json(model, computed, Provenance{"0.1.0", "", k_as_of})), "");
}

TEST(ModelSchema, SiteExampleModelJsonAsBuiltConforms) {
    // The pipeline of `aimsgen build site-example -o OUT --as-of 2026-09-30`,
    // then OUT/data/model.json read back from disk.
    const std::filesystem::path example = testing::site_example_dir();
    const Date as_of = Date::from_ymd(2026, 9, 30);
    const Model& model = testing::site_example_model();
    const Computed computed =
        compute(model, ComputeOptions{as_of, parse_period_kind(model.aims.period), model.aims.periods});

    TempDir root;
    {
        OutputTree output(root / "out", example);
        output.write("data/model.json", render_model_json(model, computed, Provenance{"0.1.0", k_commit, as_of}));
        output.commit(Provenance{"0.1.0", k_commit, as_of}, {});
    }
    const std::string json = file_bytes(root / "out/data/model.json");
    EXPECT_EQ(schema_diagnostics(json), "");
    EXPECT_EQ(Json::parse(json).at("registers").at("risks").size(), model.risks.size());
}

TEST(ModelSchema, ARecordsOwnSourceFieldIsNotOverwrittenByWhereItWasRead) {
    const Model& model = testing::site_example_model();
    const Computed computed = compute(model, ComputeOptions{Date::from_ymd(2026, 9, 30), PeriodKind::quarter, 4});
    const Json json = Json::parse(render_model_json(model, computed, Provenance{"0.1.0", "", k_as_of}));
    const Json& system = json.at("registers").at("ai-systems").at(0);
    EXPECT_EQ(system.at("source"), model.systems.all().front().source);  // internal, third-party, embedded
    EXPECT_EQ(system.at("origin").at("path"), "registers/ai-systems.yaml");
    const Json& nc = json.at("registers").at("nonconformities").at(0);
    EXPECT_EQ(nc.at("source"), model.nonconformities.all().front().source);
}

// ---- the schema refuses what is wrong ----

/// The small content's model.json with one change.
template <typename Change>
std::string changed(Change change) {
    Json model = Json::parse(small_model_json(""));
    change(model);
    return model.dump(1) + "\n";
}

TEST(ModelSchema, RefusesAMissingKey) {
    EXPECT_EQ(schema_messages(changed([](Json& m) { m.erase("readiness"); })),
              "model.json lacks the required field 'readiness'\n");
    EXPECT_EQ(schema_messages(changed([](Json& m) { m["registers"].erase("documents"); })),
              "registers lacks the required field 'documents'\n");
    EXPECT_EQ(schema_messages(changed([](Json& m) { m["kpis"][0].erase("trend"); })),
              "KPI systems-in-scope lacks the required field 'trend'\n");
    EXPECT_EQ(schema_messages(changed([](Json& m) { m["registers"]["risks"][0].erase("origin"); })),
              "register record RSK-001 lacks the required field 'origin'\n");
}

TEST(ModelSchema, RefusesAnUnknownKey) {
    EXPECT_EQ(schema_messages(changed([](Json& m) { m["generated_at"] = "2026-06-30T12:00:00Z"; })).find(
                  "unknown field 'generated_at' in model.json"),
              0U);
    EXPECT_EQ(schema_messages(changed([](Json& m) { m["heat_maps"]["inherent"]["cells"][0]["colour"] = "red"; }))
                  .find("unknown field 'colour' in heat map cell"),
              0U);
    EXPECT_EQ(schema_messages(changed([](Json& m) { m["settings"]["colour"] = "red"; }))
                  .find("unknown field 'colour' in AIMS settings"),
              0U);
}

TEST(ModelSchema, RefusesWrongTypesAndValues) {
    EXPECT_EQ(schema_messages(changed([](Json& m) { m["kpis"][0]["value"] = "10"; })),
              "'value' must be a number, not the text \"10\"; remove the quotes\n");
    EXPECT_EQ(schema_messages(changed([](Json& m) { m["heat_maps"]["residual"]["cells"][0]["count"] = 1.5; })),
              "'count' must be a whole number, not the number 1.5\n");
    EXPECT_EQ(schema_messages(changed([](Json& m) { m["kpis"][0]["direction"] = "sideways"; })),
              "'sideways' in 'direction' does not match the pattern ^(higher|lower)$\n");
    EXPECT_EQ(schema_messages(changed([](Json& m) { m["content_commit"] = "HEAD"; })),
              "'HEAD' in 'content_commit' does not match the pattern ^[0-9a-f]{40}$\n");
    EXPECT_EQ(schema_messages(changed([](Json& m) { m["as_of"] = "2026-02-30"; })),
              "'2026-02-30' is not a real calendar date\n");
    EXPECT_EQ(schema_messages(changed([](Json& m) { m["period"] = "week"; })),
              "'week' is not a valid period; allowed: month, quarter\n");
    EXPECT_EQ(schema_messages(changed([](Json& m) { m["format"] = 2; })), "'format' must be 1\n");
    EXPECT_EQ(schema_messages(changed([](Json& m) { m["registers"]["risks"] = Json::object(); })),
              "'risks' must be a list, not a mapping of fields\n");
    EXPECT_EQ(schema_messages(changed([](Json& m) { m["kpis"][0]["rag"] = nullptr; })),
              "'rag' has no value; give one or remove the line\n");
}

}  // namespace
}  // namespace aimsgen::testing
