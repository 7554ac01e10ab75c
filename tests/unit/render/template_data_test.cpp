// TemplateData moves values in where kainjow's own set() and push_back() copy
// them, and a page renders with the shared frame beneath its own data. Both
// must give exactly what kainjow's plain data gives.

#include <gtest/gtest.h>

#include <string>

#include "generator/render/template_set.hpp"

namespace aimsgen {
namespace {

TemplateSet compile_one(const std::string& text) {
    Theme theme;
    theme.templates["page"] = {text, "page.mustache"};
    Diagnostics diagnostics;
    TemplateSet templates = TemplateSet::compile(theme, diagnostics);
    EXPECT_FALSE(diagnostics.has_errors());
    return templates;
}

TEST(TemplateData, SetMovesAValueInAndReplacesAnEarlierOne) {
    TemplateData row;
    row.set("id", std::string("RSK-1"));
    row.set("id", std::string("RSK-2"));  // kainjow's set replaces: so must ours
    TemplateData owner;
    owner.set("name", std::string("Ada"));
    row.set("owner", std::move(owner));
    ASSERT_NE(row.get("id"), nullptr);
    EXPECT_EQ(row.get("id")->string_value(), "RSK-2");
    ASSERT_NE(row.get("owner"), nullptr);
    EXPECT_EQ(row.get("owner")->get("name")->string_value(), "Ada");
}

TEST(TemplateData, AListGrowsPastItsCapacityKeepingEveryItemInOrder) {
    TemplateData list{TemplateData::type::list};
    for (int i = 0; i < 1000; ++i) {
        TemplateData item;
        item.set("n", std::to_string(i));
        TemplateData inner{TemplateData::type::list};
        inner.push_back(TemplateData("v", std::to_string(i * 2)));
        item.set("inner", std::move(inner));
        list.push_back(std::move(item));
    }
    ASSERT_EQ(list.list_value().size(), 1000U);
    for (int i = 0; i < 1000; ++i) {
        const auto& item = list.list_value()[static_cast<std::size_t>(i)];
        EXPECT_EQ(item.get("n")->string_value(), std::to_string(i));
        EXPECT_EQ(item.get("inner")->list_value().at(0).get("v")->string_value(), std::to_string(i * 2));
    }
}

TEST(TemplateData, SetAndPushBackOnTheWrongKindDoNothing) {
    TemplateData text(std::string("plain"));
    text.set("key", std::string("value"));
    text.push_back(std::string("item"));
    text.reserve(10);
    EXPECT_TRUE(text.is_string());
    EXPECT_EQ(text.string_value(), "plain");
}

TEST(TemplateData, RendersAsKainjowsOwnDataDoes) {
    const std::string text = "{{title}}:{{#rows}}[{{id}}{{#flag}}!{{/flag}}{{^flag}}-{{/flag}}]{{/rows}}{{&raw}}";
    TemplateSet templates = compile_one(text);

    kainjow::mustache::data plain;
    kainjow::mustache::data plain_rows{kainjow::mustache::data::type::list};
    TemplateData ours;
    TemplateData our_rows{TemplateData::type::list};
    for (int i = 0; i < 20; ++i) {
        kainjow::mustache::data row;
        row.set("id", "<" + std::to_string(i) + ">");
        row.set("flag", i % 3 == 0);
        plain_rows.push_back(row);
        TemplateData our_row;
        our_row.set("id", "<" + std::to_string(i) + ">");
        our_row.set("flag", i % 3 == 0);
        our_rows.push_back(std::move(our_row));
    }
    plain.set("rows", plain_rows);
    plain.set("title", std::string("T&C"));
    plain.set("raw", std::string("<b>"));
    ours.set("rows", std::move(our_rows));
    ours.set("title", std::string("T&C"));
    ours.set("raw", std::string("<b>"));

    kainjow::mustache::mustache reference(text);
    EXPECT_EQ(templates.render("page", ours), reference.render(plain));
    EXPECT_EQ(templates.render("page", ours).substr(0, 10), "T&amp;C:[&");
}

TEST(TemplateData, APageNameHidesTheFramesAndTheFrameFillsTheRest) {
    TemplateSet templates = compile_one("{{site}}|{{as_of}}|{{title}}|{{#nav}}{{label}}{{#current}}*{{/current}};{{/nav}}");
    TemplateData frame;
    frame.set("site", std::string("Org"));
    frame.set("as_of", std::string("2026-09-30"));
    TemplateData nav{TemplateData::type::list};
    for (const char* label : {"A", "B"}) {
        TemplateData entry;
        entry.set("label", std::string(label));
        entry.set("current", std::string(label) == "B");
        nav.push_back(std::move(entry));
    }
    frame.set("nav", std::move(nav));
    TemplateData page;
    page.set("title", std::string("Pack"));
    page.set("as_of", std::string("2025-12-31"));  // a review pack's own date
    EXPECT_EQ(templates.render("page", page, &frame), "Org|2025-12-31|Pack|A;B*;");
    EXPECT_EQ(templates.render("page", frame), "Org|2026-09-30||A;B*;");
}

}  // namespace
}  // namespace aimsgen
