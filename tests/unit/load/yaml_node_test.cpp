#include "generator/load/yaml_node.hpp"

#include <gtest/gtest.h>

#include <string_view>

namespace aimsgen {
namespace {

void expect_all(std::initializer_list<std::string_view> texts, ScalarType type) {
    for (const std::string_view text : texts) {
        EXPECT_EQ(resolve_plain_scalar(text), type) << "plain scalar '" << text << "'";
    }
}

TEST(ResolvePlainScalar, CoreSchemaNulls) {
    expect_all({"", "~", "null", "Null", "NULL"}, ScalarType::null);
}

TEST(ResolvePlainScalar, OtherNullSpellingsAreText) {
    expect_all({"nULL", "none", "None", "nil", "~~"}, ScalarType::string);
}

TEST(ResolvePlainScalar, CoreSchemaBooleans) {
    expect_all({"true", "True", "TRUE", "false", "False", "FALSE"}, ScalarType::boolean);
}

TEST(ResolvePlainScalar, Yaml11BooleansAndOddCasesAreText) {
    expect_all({"yes", "no", "on", "off", "y", "n", "tRUE", "fAlse"}, ScalarType::string);
}

TEST(ResolvePlainScalar, DecimalOctalAndHexIntegers) {
    expect_all({"0", "42", "-7", "+7", "007", "0o17", "0o0", "0x1F", "0x1f", "0xABCDEF"},
               ScalarType::integer);
}

TEST(ResolvePlainScalar, IntegerLookalikesAreText) {
    // Core schema: only lower-case 0o/0x prefixes, no sign on them, no digit separators.
    expect_all({"0o18", "0o", "0x", "0xG1", "0X1F", "0O17", "-0x1F", "+0o17", "1_000", "12a", "-",
                "+"},
               ScalarType::string);
}

TEST(ResolvePlainScalar, CoreSchemaFloats) {
    expect_all({"1.5", ".5", "1.", "-.5", "+1.5", "1e3", "1E3", "1e-3", "1.5e+3", ".5e3", "1.e3",
                ".inf", ".Inf", ".INF", "-.inf", "+.INF", ".nan", ".NaN", ".NAN"},
               ScalarType::floating);
}

TEST(ResolvePlainScalar, VersionsDatesAndControlIdsAreText) {
    expect_all({"1.2.3", "2026-01-01", "A.6.2.4", "6.1.2", "1,5", ".", "1e", "e3", ".e3", "1e3.5",
                "inf", "nan", ".infinity", "RSK-001"},
               ScalarType::string);
}

// Bug: the core schema's NaN has no sign ([-+]? applies to .inf only), yet
// is_core_float strips a sign before matching the special values.
TEST(ResolvePlainScalar, SignedNanIsText) {
    expect_all({"-.nan", "+.NaN"}, ScalarType::string);
}

TEST(IsYaml11Boolean, UsualSpellings) {
    for (const std::string_view word : {"y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
                                        "on", "On", "ON", "off", "Off", "OFF"}) {
        EXPECT_TRUE(is_yaml11_boolean(word)) << word;
    }
}

TEST(IsYaml11Boolean, OtherWordsAreNot) {
    for (const std::string_view word : {"yEs", "oN", "true", "false", "ok", "", "nope", "yes "}) {
        EXPECT_FALSE(is_yaml11_boolean(word)) << "'" << word << "'";
    }
}

TEST(DescribeScalarType, HumanWords) {
    EXPECT_STREQ(describe(ScalarType::null), "nothing");
    EXPECT_STREQ(describe(ScalarType::boolean), "true or false");
    EXPECT_STREQ(describe(ScalarType::integer), "a whole number");
    EXPECT_STREQ(describe(ScalarType::floating), "a number");
    EXPECT_STREQ(describe(ScalarType::string), "text");
}

YamlNode scalar(std::string text, bool quoted) {
    YamlNode node;
    node.kind = YamlNode::Kind::scalar;
    node.text = std::move(text);
    node.quoted = quoted;
    return node;
}

TEST(YamlNodeScalarType, QuotedIsAlwaysTextPlainIsResolved) {
    EXPECT_EQ(scalar("12", true).scalar_type(), ScalarType::string);
    EXPECT_EQ(scalar("true", true).scalar_type(), ScalarType::string);
    EXPECT_EQ(scalar("", true).scalar_type(), ScalarType::string);
    EXPECT_EQ(scalar("12", false).scalar_type(), ScalarType::integer);
    EXPECT_EQ(scalar("true", false).scalar_type(), ScalarType::boolean);
    EXPECT_EQ(YamlNode{}.scalar_type(), ScalarType::null);
}

TEST(YamlNodeLookup, FindEntryAndTextOf) {
    YamlNode mapping;
    mapping.kind = YamlNode::Kind::mapping;
    mapping.entries.push_back({"id", SourcePos{3, 1}, scalar("RSK-001", false)});
    YamlNode list;
    list.kind = YamlNode::Kind::sequence;
    list.items.push_back(scalar("a", false));
    mapping.entries.push_back({"tags", SourcePos{4, 1}, list});

    ASSERT_NE(mapping.find_entry("id"), nullptr);
    EXPECT_EQ(mapping.find_entry("id")->key_pos, (SourcePos{3, 1}));
    EXPECT_EQ(mapping.text_of("id"), "RSK-001");
    EXPECT_TRUE(mapping.find("tags")->is_sequence());
    EXPECT_EQ(mapping.text_of("tags"), "");  // not a scalar
    EXPECT_EQ(mapping.find("missing"), nullptr);
    EXPECT_EQ(mapping.find_entry("ID"), nullptr);  // keys are case-sensitive
    EXPECT_EQ(mapping.text_of("missing"), "");
}

}  // namespace
}  // namespace aimsgen
