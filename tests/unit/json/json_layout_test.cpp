// model.json is joined from values dumped separately; joined, they must be
// byte for byte what nlohmann's dump(1, ' ') makes of the whole document.
// Checked here on small documents with every kind of value and nesting.

#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "generator/json/json_layout.hpp"

namespace aimsgen {
namespace {

using Json = nlohmann::ordered_json;

std::string whole(const Json& value) {
    return value.dump(1, ' ', false, Json::error_handler_t::strict);
}

/// Values of every kind, containers nested and empty, text with escapes.
Json mixed_records() {
    return Json::parse(R"([
        {"id": "RSK-1", "score": 12, "ratio": 0.25, "open": true, "owner": null,
         "note": "two\nlines, a \"quote\", a tab\t and ü", "tags": [], "links": {},
         "history": [{"date": "2026-01-01", "scores": [1, 2, [3, {"deep": []}]]}]},
        {"id": "RSK-2"},
        []
    ])");
}

TEST(JsonLayout, EntryLinesAreTheEntriesOfTheWholeAtAnyDepth) {
    const Json records = mixed_records();
    json_layout::ContainerText document('{', 0);
    document.add_lines(json_layout::entry_lines(Json{{"format", 1}}, 0));
    json_layout::ContainerText registers('{', 1);
    json_layout::ContainerText risks('[', 2);
    risks.add_lines(json_layout::entry_lines(Json::array({records[0], records[1]}), 2));
    risks.add_lines("");  // an empty slice
    risks.add_lines(json_layout::entry_lines(Json::array({records[2]}), 2));
    registers.add_member("risks", std::move(risks));
    registers.add_member("audits", json_layout::ContainerText('[', 2));
    document.add_member("registers", std::move(registers));
    document.add_lines(json_layout::entry_lines(Json{{"kpis", Json::array()}, {"empty", Json::object()}}, 0));

    const Json expected = {{"format", 1},
                           {"registers", {{"risks", records}, {"audits", Json::array()}}},
                           {"kpis", Json::array()},
                           {"empty", Json::object()}};
    EXPECT_EQ(std::move(document).text(), whole(expected));
}

TEST(JsonLayout, ElementsAppendedOneByOneAreTheEntryLinesOfAll) {
    const Json records = mixed_records();
    for (const int depth : {0, 1, 3}) {
        std::string lines;
        for (const Json& record : records) {
            json_layout::append_element(lines, record, depth);
        }
        EXPECT_EQ(lines, json_layout::entry_lines(records, depth)) << "depth " << depth;
    }
}

TEST(JsonLayout, AContainerWithNothingInItIsWrittenAsNlohmannWritesIt) {
    EXPECT_EQ(json_layout::ContainerText('{', 2).text(), "{}");
    json_layout::ContainerText array('[', 1);
    array.add_lines(json_layout::entry_lines(Json::array(), 1));
    EXPECT_EQ(std::move(array).text(), "[]");
    EXPECT_EQ(json_layout::entry_lines(Json::object(), 0), "");
}

TEST(JsonLayout, KeysAreEscapedAsNlohmannEscapesThem) {
    json_layout::ContainerText object('{', 0);
    object.add_member("a \"key\"\n", json_layout::ContainerText('[', 1));
    EXPECT_EQ(std::move(object).text(), whole(Json{{"a \"key\"\n", Json::array()}}));
}

}  // namespace
}  // namespace aimsgen
