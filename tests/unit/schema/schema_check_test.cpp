#include <gtest/gtest.h>

#include "generator/schema/schema_set.hpp"
#include "generator/support/spelling.hpp"
#include "tests/unit/schema/schema_test_support.hpp"

namespace aimsgen::testing {
namespace {

/// One schema exercising every keyword the validator implements.
const SchemaNode& widget_schema() {
    static const SchemaSet schemas(SchemaFiles{{"widget.schema.json", R"({
  "title": "widget",
  "type": "object",
  "properties": {
    "id": {"$ref": "#/$defs/id"},
    "name": {"type": "string", "minLength": 1, "maxLength": 5},
    "label": {"type": "string", "minLength": 3},
    "count": {"type": "integer", "minimum": 1, "maximum": 10},
    "ratio": {"type": "number", "minimum": 0.5},
    "enabled": {"type": "boolean"},
    "colour": {"type": "string", "enum": ["red", "green", "blue"]},
    "kind": {"const": "widget"},
    "code": {"type": "string", "pattern": "^[A-Z]{3}$"},
    "day": {"type": "string", "format": "date"},
    "link": {"type": "string", "format": "uri"},
    "tags": {"type": "array", "minItems": 2, "uniqueItems": true, "items": {"type": "string"}},
    "one": {"type": "array", "minItems": 1},
    "owner": {"$ref": "#/$defs/person-ref"},
    "reviewers": {"type": "array", "items": {"$ref": "#/$defs/person-ref"}},
    "part": {"$ref": "#/$defs/part"},
    "version": {"type": ["string", "number"]},
    "anything": {}
  },
  "required": ["id", "name"],
  "additionalProperties": false,
  "$defs": {
    "id": {"type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"},
    "person-ref": {"$ref": "#/$defs/id", "x-aimsgen-ref": "person"},
    "part": {"title": "part", "type": "object", "properties": {"size": {"type": "integer"}},
             "required": ["size"], "additionalProperties": false}
  }
})"}});
    return schemas.root("widget.schema.json");
}

const SchemaNode& string_list_schema() {
    static const SchemaSet schemas(SchemaFiles{{"list.schema.json", R"({"type": "array", "items": {"type": "string"}})"}});
    return schemas.root("list.schema.json");
}

/// A valid widget followed by `extra` lines.
std::string widget(std::string_view extra) { return "id: W-1\nname: cog\n" + std::string(extra); }

std::string lines_of(std::string_view yaml) { return check_yaml(widget_schema(), yaml).lines; }

TEST(SchemaCheck, ValidWidgetHasNoDiagnostic) {
    EXPECT_EQ(lines_of(widget("label: abc\ncount: 10\nratio: 0.5\nenabled: false\ncolour: green\nkind: widget\n"
                              "code: ABC\nday: 2028-02-29\nlink: https://example.com/a\ntags: [a, b]\none: [1]\n"
                              "owner: alice\nreviewers: [bob]\npart: {size: 2}\nversion: 1.0\nanything: [1]\n")),
              "");
}

TEST(SchemaCheck, MappingWhereTextIsExpected) {
    EXPECT_EQ(lines_of("id: W-1\nname: {first: a}\n"),
              "test.yaml:2:7: error: 'name' must be text, not a mapping of fields\n");
}

TEST(SchemaCheck, ListWhereAMappingIsExpected) {
    EXPECT_EQ(lines_of(widget("part: [1]\n")), "test.yaml:3:7: error: 'part' must be a mapping of fields, not a list\n");
}

TEST(SchemaCheck, WholeDocumentOfTheWrongType) {
    EXPECT_EQ(lines_of("- a\n"), "test.yaml:1:1: error: the value must be a mapping of fields, not a list\n");
}

TEST(SchemaCheck, PlainNumberWhereTextIsExpectedSuggestsQuotes) {
    EXPECT_EQ(lines_of("id: W-1\nname: 1.0\n"),
              "test.yaml:2:7: error: 'name' must be text, but 1.0 is read as a number; quote it: \"1.0\"\n");
    EXPECT_EQ(lines_of("id: 2026\nname: cog\n"),
              "test.yaml:1:5: error: 'id' must be text, but 2026 is read as a whole number; quote it: \"2026\"\n");
    EXPECT_EQ(lines_of("id: W-1\nname: \"1.0\"\n"), "");
}

TEST(SchemaCheck, PlainBooleanWhereTextIsExpectedSuggestsQuotes) {
    EXPECT_EQ(lines_of("id: W-1\nname: true\n"),
              "test.yaml:2:7: error: 'name' must be text, but true is read as true or false; quote it: \"true\"\n");
}

TEST(SchemaCheck, QuotedNumberWhereANumberIsExpectedSuggestsRemovingQuotes) {
    EXPECT_EQ(lines_of(widget("count: \"3\"\n")),
              "test.yaml:3:8: error: 'count' must be a whole number, not the text \"3\"; remove the quotes\n");
    EXPECT_EQ(lines_of(widget("enabled: 'false'\n")),
              "test.yaml:3:10: error: 'enabled' must be true or false, not the text \"false\"; remove the quotes\n");
}

TEST(SchemaCheck, TextWhereANumberIsExpected) {
    EXPECT_EQ(lines_of(widget("count: many\n")),
              "test.yaml:3:8: error: 'count' must be a whole number, not the text 'many'\n");
    EXPECT_EQ(lines_of(widget("count: 2.5\n")),
              "test.yaml:3:8: error: 'count' must be a whole number, not the number 2.5\n");
    EXPECT_EQ(lines_of(widget("ratio: 2\n")), "");  // a whole number is a number
    EXPECT_EQ(lines_of(widget("version: [1]\n")),
              "test.yaml:3:10: error: 'version' must be text or a number, not a list\n");
}

TEST(SchemaCheck, Yaml11BooleanWordWhereBooleanIsExpected) {
    EXPECT_EQ(lines_of(widget("enabled: yes\n")),
              "test.yaml:3:10: error: 'enabled' must be true or false; 'yes' is a boolean only in YAML 1.1, write "
              "true or false\n");
}

TEST(SchemaCheck, Yaml11BooleanWordWhereTextIsExpectedWarns) {
    EXPECT_EQ(lines_of("id: W-1\nname: no\n"),
              "test.yaml:2:7: warning: 'name': YAML 1.1 tools read a plain 'no' as true or false; quote it (\"no\") "
              "so every reader sees text\n");
    EXPECT_EQ(lines_of("id: W-1\nname: \"no\"\n"), "");
    EXPECT_EQ(lines_of("id: W-1\nname: On\n"),
              "test.yaml:2:7: warning: 'name': YAML 1.1 tools read a plain 'On' as true or false; quote it (\"On\") "
              "so every reader sees text\n");
}

TEST(SchemaCheck, MissingValueIsReportedAtItsKey) {
    EXPECT_EQ(lines_of(widget("count:\n")), "test.yaml:3:1: error: 'count' has no value; give one or remove the line\n");
    EXPECT_EQ(lines_of(widget("part:\n  size: ~\n")),
              "test.yaml:4:3: error: 'size' has no value; give one or remove the line\n");
}

TEST(SchemaCheck, EmptyListItemAtTopLevelIsReportedAtItsDash) {
    // The message says "remove the '-' line": it must point at that line (2),
    // not at the next item's line or past the end of the file.
    EXPECT_EQ(check_yaml(string_list_schema(), "- a\n-\n- c\n").lines,
              "test.yaml:2:1: error: an empty list item; give a value or remove the '-' line\n");
    EXPECT_EQ(check_yaml(string_list_schema(), "- a\n-\n").lines,
              "test.yaml:2:1: error: an empty list item; give a value or remove the '-' line\n");
}

TEST(SchemaCheck, EmptyItemOfAFlowList) {
    EXPECT_EQ(check_yaml(string_list_schema(), "[a, , c]\n").lines,
              "test.yaml:1:5: error: an empty list item; give a value or remove the '-' line\n");
}

TEST(SchemaCheck, EmptyListItemInsideAFieldIsCalledAnEmptyItem) {
    // The field has a value (a list); what lacks one is the item. The message
    // must not tell the user to remove the field's line.
    EXPECT_EQ(lines_of(widget("tags:\n  - a\n  -\n  - c\n")),
              "test.yaml:5:3: error: an empty list item; give a value or remove the '-' line\n");
}

TEST(SchemaCheck, UnknownFieldSuggestsTheNearestName) {
    EXPECT_EQ(lines_of(widget("colur: red\n")),
              "test.yaml:3:1: error: unknown field 'colur' in widget; did you mean 'colour'?\n");
    EXPECT_EQ(lines_of(widget("reveiwers: [bob]\n")),
              "test.yaml:3:1: error: unknown field 'reveiwers' in widget; did you mean 'reviewers'?\n");
}

TEST(SchemaCheck, UnknownFieldFarFromEveryNameListsTheKnownOnes) {
    EXPECT_EQ(lines_of(widget("zzz: 1\n")),
              "test.yaml:3:1: error: unknown field 'zzz' in widget; known fields: anything, code, colour, count, "
              "day, enabled, id, kind, label, link, name, one, owner, part, ratio, reviewers, tags, version\n");
}

TEST(SchemaCheck, UnknownFieldInANestedMappingNamesItsTitle) {
    EXPECT_EQ(lines_of(widget("part:\n  size: 1\n  sise: 2\n")),
              "test.yaml:5:3: error: unknown field 'sise' in part; did you mean 'size'?\n");
}

TEST(SchemaCheck, MissingRequiredFieldNamesTheRecordById) {
    EXPECT_EQ(lines_of("id: W-1\n"), "test.yaml:1:1: error: widget W-1 lacks the required field 'name'\n");
    EXPECT_EQ(lines_of("name: cog\n"), "test.yaml:1:1: error: widget lacks the required field 'id'\n");
    EXPECT_EQ(lines_of(widget("part:\n  {}\n")), "test.yaml:4:3: error: part lacks the required field 'size'\n");
}

TEST(SchemaCheck, EnumSuggestsTheNearestValue) {
    EXPECT_EQ(lines_of(widget("colour: gren\n")),
              "test.yaml:3:9: error: 'gren' is not a valid colour; did you mean 'green'? Allowed: red, green, blue\n");
}

TEST(SchemaCheck, EnumListsTheValuesWhenNoneIsNear) {
    EXPECT_EQ(lines_of(widget("colour: purple\n")),
              "test.yaml:3:9: error: 'purple' is not a valid colour; allowed: red, green, blue\n");
    EXPECT_EQ(lines_of(widget("colour: Red\n")),
              "test.yaml:3:9: error: 'Red' is not a valid colour; did you mean 'red'? Allowed: red, green, blue\n");
}

TEST(SchemaCheck, Const) {
    EXPECT_EQ(lines_of(widget("kind: gadget\n")), "test.yaml:3:7: error: 'kind' must be widget\n");
    EXPECT_EQ(lines_of(widget("kind: widget\n")), "");
}

TEST(SchemaCheck, PatternShowsTheRegex) {
    EXPECT_EQ(lines_of(widget("code: AB\n")), "test.yaml:3:7: error: 'AB' in 'code' does not match the pattern ^[A-Z]{3}$\n");
    EXPECT_EQ(lines_of(widget("code: ABCD\n")),
              "test.yaml:3:7: error: 'ABCD' in 'code' does not match the pattern ^[A-Z]{3}$\n");
    EXPECT_EQ(lines_of(widget("code: ABC\n")), "");
}

TEST(SchemaCheck, IdPatternIsExplainedInWords) {
    const std::string explanation =
        " is not a valid id: an id is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit\n";
    EXPECT_EQ(lines_of("id: -W1\nname: cog\n"), "test.yaml:1:5: error: '-W1'" + explanation);
    EXPECT_EQ(lines_of("id: W 1\nname: cog\n"), "test.yaml:1:5: error: 'W 1'" + explanation);
    EXPECT_EQ(lines_of("id: Wé\nname: cog\n"), "test.yaml:1:5: error: 'Wé'" + explanation);
    const std::string longest(64, 'a');
    EXPECT_EQ(lines_of("id: " + longest + "\nname: cog\n"), "");
    EXPECT_EQ(lines_of("id: " + longest + "b\nname: cog\n"), "test.yaml:1:5: error: '" + longest + "b'" + explanation);
    EXPECT_EQ(lines_of("id: A.6.2_4-x\nname: cog\n"), "");
}

TEST(SchemaCheck, MinLength) {
    EXPECT_EQ(lines_of("id: W-1\nname: \"\"\n"), "test.yaml:2:7: error: 'name' is empty\n");
    EXPECT_EQ(lines_of(widget("label: ab\n")), "test.yaml:3:8: error: 'label' is too short\n");
    EXPECT_EQ(lines_of(widget("label: abc\n")), "");
}

TEST(SchemaCheck, MaxLengthCountsCharactersNotBytes) {
    EXPECT_EQ(lines_of("id: W-1\nname: abcdef\n"), "test.yaml:2:7: error: 'name' is longer than 5 characters\n");
    EXPECT_EQ(lines_of("id: W-1\nname: ééééé\n"), "");  // 5 characters, 10 bytes
    EXPECT_EQ(lines_of("id: W-1\nname: éééééé\n"), "test.yaml:2:7: error: 'name' is longer than 5 characters\n");
}

TEST(SchemaCheck, DateFormat) {
    EXPECT_EQ(lines_of(widget("day: 2028-02-29\n")), "");  // leap day
    EXPECT_EQ(lines_of(widget("day: 2026-02-29\n")), "test.yaml:3:6: error: '2026-02-29' is not a real calendar date\n");
    EXPECT_EQ(lines_of(widget("day: 2026-13-01\n")), "test.yaml:3:6: error: '2026-13-01' is not a real calendar date\n");
    EXPECT_EQ(lines_of(widget("day: 29.02.2028\n")),
              "test.yaml:3:6: error: '29.02.2028' is not a date; write it as YYYY-MM-DD\n");
    EXPECT_EQ(lines_of(widget("day: 2026-6-1\n")),
              "test.yaml:3:6: error: '2026-6-1' is not a date; write it as YYYY-MM-DD\n");
}

TEST(SchemaCheck, UriFormat) {
    EXPECT_EQ(lines_of(widget("link: example.com/a\n")),
              "test.yaml:3:7: error: 'example.com/a' is not a URL; write it as scheme://host/path\n");
    EXPECT_EQ(lines_of(widget("link: \"https://example.com/a b\"\n")),
              "test.yaml:3:7: error: 'https://example.com/a b' is not a URL; write it as scheme://host/path\n");
    EXPECT_EQ(lines_of(widget("link: https://\n")),
              "test.yaml:3:7: error: 'https://' is not a URL; write it as scheme://host/path\n");
}

TEST(SchemaCheck, MinimumAndMaximum) {
    EXPECT_EQ(lines_of(widget("count: 0\n")), "test.yaml:3:8: error: 'count' is 0, below the minimum of 1\n");
    EXPECT_EQ(lines_of(widget("count: 11\n")), "test.yaml:3:8: error: 'count' is 11, above the maximum of 10\n");
    EXPECT_EQ(lines_of(widget("count: 1\n")), "");
    EXPECT_EQ(lines_of(widget("ratio: 0.25\n")), "test.yaml:3:8: error: 'ratio' is 0.25, below the minimum of 0.5\n");
}

TEST(SchemaCheck, MinItems) {
    EXPECT_EQ(lines_of(widget("tags: [a]\n")), "test.yaml:3:7: error: 'tags' needs at least 2 items\n");
    EXPECT_EQ(lines_of(widget("one: []\n")), "test.yaml:3:6: error: 'one' needs at least 1 item\n");
}

TEST(SchemaCheck, UniqueItemsPointsAtTheRepeat) {
    EXPECT_EQ(lines_of(widget("tags: [a, b, a]\n")), "test.yaml:3:14: error: 'a' appears more than once in 'tags'\n");
}

TEST(SchemaCheck, ItemsAreCheckedAgainstTheirSchema) {
    EXPECT_EQ(lines_of(widget("tags: [a, 2]\n")),
              "test.yaml:3:11: error: 'tags' must be text, but 2 is read as a whole number; quote it: \"2\"\n");
}

TEST(SchemaCheck, RefChainCarriesTypeAndPatternToTheReferringField) {
    EXPECT_EQ(lines_of(widget("owner: 7\n")),
              "test.yaml:3:8: error: 'owner' must be text, but 7 is read as a whole number; quote it: \"7\"\n");
    EXPECT_EQ(lines_of(widget("owner: al ice\n")),
              "test.yaml:3:8: error: 'al ice' is not a valid id: an id is 1 to 64 letters, digits, '.', '_' or '-', "
              "starting with a letter or digit\n");
}

TEST(SchemaCheck, ReferencesAreCollectedWithKindFieldAndPosition) {
    const SchemaCheckResult result = check_yaml(widget_schema(), widget("owner: alice\nreviewers:\n  - bob\n  - carol\n"),
                                                "registers/widgets.yaml");
    EXPECT_EQ(result.lines, "");
    ASSERT_EQ(result.references.size(), 3U);
    EXPECT_EQ(result.references[0].kind, "person");
    EXPECT_EQ(result.references[0].id, "alice");
    EXPECT_EQ(result.references[0].field, "owner");
    EXPECT_EQ(result.references[0].path, "registers/widgets.yaml");
    EXPECT_EQ(result.references[0].pos, (SourcePos{3, 8}));
    EXPECT_EQ(result.references[1].id, "bob");
    EXPECT_EQ(result.references[1].field, "reviewers");
    EXPECT_EQ(result.references[1].pos, (SourcePos{5, 5}));
    EXPECT_EQ(result.references[2].id, "carol");
    EXPECT_EQ(result.references[2].pos, (SourcePos{6, 5}));
}

TEST(SchemaCheck, AReferenceThatBreaksItsPatternIsLeftToResolution) {
    // As in common.schema.json, the pattern and x-aimsgen-ref sit on one node.
    // A value that cannot be an id is not reported here: resolution reports it
    // once, as an unknown reference, in words.
    static const SchemaSet schemas(SchemaFiles{{"ref.schema.json", R"({"type": "object", "properties": {
        "owner": {"type": "string", "pattern": "^[a-z]+$", "x-aimsgen-ref": "person"}}})"}});
    const SchemaCheckResult invalid = check_yaml(schemas.root("ref.schema.json"), "owner: Al 1\n");
    EXPECT_EQ(invalid.lines, "");
    ASSERT_EQ(invalid.references.size(), 1U);
    EXPECT_EQ(invalid.references[0].id, "Al 1");
    EXPECT_EQ(invalid.references[0].kind, "person");
    EXPECT_EQ(invalid.references[0].pos, (SourcePos{1, 8}));
}

TEST(SchemaCheck, AReferenceWithTheWrongTypeIsNotCollected) {
    const SchemaCheckResult result = check_yaml(widget_schema(), widget("owner: [alice]\n"));
    EXPECT_EQ(result.lines, "test.yaml:3:8: error: 'owner' must be text, not a list\n");
    EXPECT_TRUE(result.references.empty());
}

TEST(SchemaCheck, AMisspeltRequiredFieldIsReportedOnceAsMisspelt) {
    EXPECT_EQ(lines_of("id: W-1\nnme: cog\n"), "test.yaml:2:1: error: unknown field 'nme' in widget; did you mean 'name'?\n");
    // Far from every name, it is unknown and the required field is missing.
    EXPECT_EQ(lines_of("id: W-1\nzzz: cog\n"),
              "test.yaml:1:1: error: widget W-1 lacks the required field 'name'\n"
              "test.yaml:2:1: error: unknown field 'zzz' in widget; known fields: anything, code, colour, count, day, "
              "enabled, id, kind, label, link, name, one, owner, part, ratio, reviewers, tags, version\n");
}

TEST(SchemaCheck, ColumnsCountCharactersAfterMultibyteText) {
    EXPECT_EQ(lines_of("{id: W-1, name: \"äöü\", count: 0}\n"),
              "test.yaml:1:31: error: 'count' is 0, below the minimum of 1\n");
}

TEST(SchemaCheck, EveryProblemIsReportedNotOnlyTheFirst) {
    EXPECT_EQ(lines_of("count: 0\ncolour: pink\nextra: 1\n"),
              "test.yaml:1:1: error: widget lacks the required field 'id'\n"
              "test.yaml:1:1: error: widget lacks the required field 'name'\n"
              "test.yaml:1:8: error: 'count' is 0, below the minimum of 1\n"
              "test.yaml:2:9: error: 'pink' is not a valid colour; allowed: red, green, blue\n"
              "test.yaml:3:1: error: unknown field 'extra' in widget; known fields: anything, code, colour, count, day, "
              "enabled, id, kind, label, link, name, one, owner, part, ratio, reviewers, tags, version\n");
}

TEST(NearestName, SuggestsOnlyCloseNames) {
    const std::vector<std::string_view> known = {"owner", "status", "next_review"};
    EXPECT_EQ(nearest_name("ownr", known), "owner");
    EXPECT_EQ(nearest_name("next_reveiw", known), "next_review");
    EXPECT_EQ(nearest_name("Status", known), "status");
    EXPECT_EQ(nearest_name("zzz", known), "");
    EXPECT_EQ(nearest_name("x", {}), "");
}

}  // namespace
}  // namespace aimsgen::testing
