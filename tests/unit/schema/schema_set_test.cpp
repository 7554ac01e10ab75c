#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "generator/resources/embedded_resources.hpp"
#include "generator/schema/schema_set.hpp"
#include "tests/unit/schema/schema_test_support.hpp"

namespace aimsgen::testing {
namespace {

/// The message SchemaSet refuses `files` with, or "" when it compiles them.
std::string refusal_of(const SchemaFiles& files) {
    try {
        const SchemaSet schemas(files);
    } catch (const std::runtime_error& error) {
        return error.what();
    }
    return "";
}

TEST(SchemaSet, RefusesOneOfNamingTheKeywordAndWhereItIs) {
    EXPECT_EQ(refusal_of({{"t.schema.json",
                           R"({"type": "object", "properties": {"a": {"oneOf": [{"type": "string"}]}}})"}}),
              "schemas/t.schema.json#/properties/a/oneOf: keyword 'oneOf' is not supported by aimsgen's "
              "validator (see schemas/README.md)");
}

TEST(SchemaSet, RefusesEveryKeywordTheReadmeForbids) {
    for (const std::string keyword :
         {"anyOf", "allOf", "if", "then", "not", "patternProperties", "dependentRequired"}) {
        EXPECT_EQ(refusal_of({{"t.schema.json", R"({")" + keyword + R"(": {}})"}}),
                  "schemas/t.schema.json#/" + keyword + ": keyword '" + keyword +
                      "' is not supported by aimsgen's validator (see schemas/README.md)")
            << keyword;
    }
}

TEST(SchemaSet, RefusesAnUnsupportedKeywordInsideItemsAndDefs) {
    EXPECT_EQ(refusal_of({{"t.schema.json", R"({"type": "array", "items": {"maxItems": 3}})"}}),
              "schemas/t.schema.json#/items/maxItems: keyword 'maxItems' is not supported by aimsgen's "
              "validator (see schemas/README.md)");
    // A definition is compiled when a $ref reaches it, and reported at its own pointer.
    EXPECT_EQ(refusal_of({{"t.schema.json",
                           R"({"$ref": "#/$defs/x", "$defs": {"x": {"exclusiveMinimum": 0}}})"}}),
              "schemas/t.schema.json#/$defs/x/exclusiveMinimum: keyword 'exclusiveMinimum' is not supported "
              "by aimsgen's validator (see schemas/README.md)");
}

TEST(SchemaSet, RefusesUnsupportedTypeFormatAndAdditionalProperties) {
    EXPECT_EQ(refusal_of({{"t.schema.json", R"({"type": "date"})"}}),
              "schemas/t.schema.json#/type: type 'date' is not supported");
    EXPECT_EQ(refusal_of({{"t.schema.json", R"({"properties": {"a": {"type": ["string", "any"]}}})"}}),
              "schemas/t.schema.json#/properties/a/type: type 'any' is not supported");
    EXPECT_EQ(refusal_of({{"t.schema.json", R"({"properties": {"e": {"type": "string", "format": "email"}}})"}}),
              "schemas/t.schema.json#/properties/e/format: format 'email' is not supported");
    EXPECT_EQ(refusal_of({{"t.schema.json", R"({"additionalProperties": {"type": "string"}})"}}),
              "schemas/t.schema.json#/additionalProperties: only true or false is supported");
}

TEST(SchemaSet, TypeNullAcceptsOnlyAMissingValue) {
    // Content never holds nulls; the type exists for the model's own schema.
    const SchemaSet schemas(SchemaFiles{{"t.schema.json", R"({"type": "object", "properties": {
        "note": {"type": ["string", "null"]}, "text": {"type": "string"}}})"}});
    const SchemaNode& root = schemas.root("t.schema.json");
    EXPECT_EQ(check_yaml(root, "note: ~\n").lines, "");
    EXPECT_EQ(check_yaml(root, "note:\n").lines, "");
    EXPECT_EQ(check_yaml(root, "note: hello\n").lines, "");
    EXPECT_EQ(check_yaml(root, "text: ~\n").lines, "test.yaml:1:1: error: 'text' has no value; give one or remove the line\n");
}

TEST(SchemaSet, RefusesASchemaThatIsNotAnObject) {
    EXPECT_EQ(refusal_of({{"t.schema.json", R"({"properties": {"a": true}})"}}),
              "schemas/t.schema.json#/properties/a: a schema must be a JSON object");
}

TEST(SchemaSet, RefusesTextThatIsNotJson) {
    const std::string message = refusal_of({{"t.schema.json", R"({"type": "object",})"}});
    EXPECT_TRUE(message.starts_with("schemas/t.schema.json is not valid JSON: ")) << message;
}

TEST(SchemaSet, RefusesARefToAnUnknownFile) {
    EXPECT_EQ(refusal_of({{"t.schema.json", R"({"properties": {"a": {"$ref": "other.schema.json#/$defs/x"}}})"}}),
              "$ref to unknown schema file other.schema.json");
}

TEST(SchemaSet, RefusesARefToAMissingDefinition) {
    EXPECT_EQ(refusal_of({{"t.schema.json", R"({"properties": {"a": {"$ref": "#/$defs/missing"}}})"}}),
              "$ref to t.schema.json#/$defs/missing, which does not exist");
    EXPECT_EQ(refusal_of({{"t.schema.json", R"({"$defs": {}})"},
                          {"u.schema.json", R"({"$ref": "t.schema.json#/$defs/gone"})"}}),
              "$ref to t.schema.json#/$defs/gone, which does not exist");
}

TEST(SchemaSet, RefusesAMalformedRefAsASchemaError) {
    // "#$defs/x" lacks the '/' a JSON pointer starts with. Like every other
    // broken schema it must be refused with std::runtime_error naming the place,
    // not escape as a JSON library exception that names no file.
    try {
        const SchemaSet schemas(SchemaFiles{{"t.schema.json", R"({"properties": {"a": {"$ref": "#$defs/x"}}})"}});
        ADD_FAILURE() << "a malformed $ref was accepted";
    } catch (const std::runtime_error& error) {
        EXPECT_NE(std::string(error.what()).find("t.schema.json"), std::string::npos) << error.what();
    } catch (const std::exception& error) {
        ADD_FAILURE() << "refused with a non-runtime_error exception: " << error.what();
    }
}

TEST(SchemaSet, RefusesARefCycleThatNeverReachesAConstraint) {
    // a → b → a: following the chain never ends, so checking any value against it
    // would loop forever. The set must refuse it when compiling.
    try {
        const SchemaSet schemas(SchemaFiles{
            {"t.schema.json",
              R"({"$ref": "#/$defs/a", "$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}})"}});
        ADD_FAILURE() << "a $ref cycle was accepted";
    } catch (const std::runtime_error& error) {
        EXPECT_NE(std::string(error.what()).find("t.schema.json"), std::string::npos) << error.what();
    }
}

TEST(SchemaSet, RootOfAnUnknownFileThrows) {
    const SchemaSet schemas(SchemaFiles{{"t.schema.json", R"({"type": "string"})"}});
    try {
        (void)schemas.root("nope.schema.json");
        ADD_FAILURE() << "root() of an unknown file returned";
    } catch (const std::runtime_error& error) {
        EXPECT_STREQ(error.what(), "no schema named nope.schema.json");
    }
}

TEST(SchemaSet, AnnotationsAreAcceptedAndTitleIsKept) {
    const SchemaSet schemas(SchemaFiles{{"t.schema.json", R"({
        "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "t.schema.json",
        "$comment": "c", "title": "gadget", "description": "d", "examples": [{}],
        "type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"],
        "additionalProperties": false})"}});
    EXPECT_EQ(schemas.root("t.schema.json").title, "gadget");
    EXPECT_EQ(check_yaml(schemas.root("t.schema.json"), "{}\n").lines,
              "test.yaml:1:1: error: gadget lacks the required field 'a'\n");
}

TEST(SchemaSet, RecursiveRefChecksEveryLevel) {
    const SchemaSet schemas(SchemaFiles{{"tree.schema.json", R"({
        "title": "tree node", "type": "object",
        "properties": {"name": {"type": "string"}, "children": {"type": "array", "items": {"$ref": "#"}}},
        "required": ["name"], "additionalProperties": false})"}});
    const SchemaNode& tree = schemas.root("tree.schema.json");
    EXPECT_EQ(check_yaml(tree,
                         "name: root\n"
                         "children:\n"
                         "  - name: a\n"
                         "    children:\n"
                         "      - name: b\n"
                         "        children:\n"
                         "          - nam: c\n")
                  .lines,
              "test.yaml:7:13: error: unknown field 'nam' in tree node; did you mean 'name'?\n");
    EXPECT_EQ(check_yaml(tree, "name: root\nchildren:\n  - children:\n      - {name: b, children: [{}]}\n").lines,
              "test.yaml:3:5: error: tree node lacks the required field 'name'\n"
              "test.yaml:4:30: error: tree node lacks the required field 'name'\n");
    EXPECT_EQ(check_yaml(tree, "name: root\nchildren:\n  - name: a\n    children: []\n").lines, "");
}

TEST(SchemaSet, MutuallyRecursiveDefinitionsAcrossFiles) {
    const SchemaSet schemas(SchemaFiles{
        {"a.schema.json", R"({"$ref": "#/$defs/box", "$defs": {"box": {"title": "box", "type": "object",
            "properties": {"inner": {"$ref": "b.schema.json#/$defs/wrapper"}}, "additionalProperties": false}}})"},
        {"b.schema.json", R"({"$defs": {"wrapper": {"title": "wrapper", "type": "object",
            "properties": {"box": {"$ref": "a.schema.json#/$defs/box"}}, "additionalProperties": false}}})"},
    });
    EXPECT_EQ(check_yaml(schemas.root("a.schema.json"), "inner:\n  box:\n    inner:\n      lid: 1\n").lines,
              "test.yaml:4:7: error: unknown field 'lid' in wrapper; known fields: box\n");
}

TEST(SchemaSet, EmbeddedCompilesEveryShippedSchema) {
    const SchemaSet& schemas = SchemaSet::embedded();
    std::size_t shipped = 0;
    for (const EmbeddedResource& resource : embedded_resources()) {
        if (resource.path.starts_with("schemas/") && resource.path.ends_with(".schema.json")) {
            ++shipped;
            EXPECT_NO_THROW((void)schemas.root(resource.path.substr(std::string_view("schemas/").size())))
                << resource.path;
        }
    }
    EXPECT_GE(shipped, 17U);  // at least the 16 content schemas and common.schema.json
    for (const char* name : {"aims.schema.json", "ai-systems.schema.json", "risks.schema.json", "soa.schema.json",
                             "impact-assessments.schema.json", "incidents.schema.json",
                             "nonconformities.schema.json", "audits.schema.json", "management-reviews.schema.json",
                             "objectives.schema.json", "training.schema.json", "suppliers.schema.json",
                             "decisions.schema.json", "measurements.schema.json", "document.schema.json",
                             "framework.schema.json", "common.schema.json"}) {
        EXPECT_NO_THROW((void)schemas.root(name)) << name;
    }
    EXPECT_EQ(&SchemaSet::embedded(), &schemas);  // compiled once
}

TEST(SchemaSet, EmbeddedRecordSchemasCarryTheirTitles) {
    const SchemaSet& schemas = SchemaSet::embedded();
    EXPECT_EQ(schemas.root("aims.schema.json").title, "AIMS settings");
    EXPECT_EQ(schemas.root("document.schema.json").title, "document");
    const SchemaNode* risk = schemas.root("risks.schema.json").items;
    ASSERT_NE(risk, nullptr);
    EXPECT_EQ(risk->resolved().title, "risk");
}

}  // namespace
}  // namespace aimsgen::testing
