// render_model_json joins the text of model.json from slices dumped on all
// cores: parsed and dumped again as one document, it must come back
// unchanged. Checked on a register longer than a slice and on site-example.

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include <nlohmann/json.hpp>

#include "generator/compute/compute.hpp"
#include "generator/json/model_json.hpp"
#include "tests/unit/compute/compute_test_support.hpp"

namespace aimsgen {
namespace {

using Json = nlohmann::ordered_json;

/// `text` is a model.json laid out as one dump(1, ' ') of the whole document;
/// else where the two first differ (a diff of megabytes would say no more).
void expect_one_dump(const std::string& text) {
    const std::string whole = Json::parse(text).dump(1, ' ', false, Json::error_handler_t::strict) + "\n";
    const auto [in_whole, in_text] = std::mismatch(whole.begin(), whole.end(), text.begin(), text.end());
    const auto at = static_cast<std::size_t>(in_text - text.begin());
    EXPECT_TRUE(in_whole == whole.end() && in_text == text.end())
        << "first difference at byte " << at << " of " << text.size() << ": one dump has\n"
        << whole.substr(at < 80 ? 0 : at - 80, 160) << "\nwhere model.json has\n"
        << text.substr(at < 80 ? 0 : at - 80, 160);
}

TEST(ModelJson, ARegisterMadeInManySlicesIsLaidOutAsOneDumpOfTheWholeDocument) {
    // More risks than one job dumps, so the register is joined from slices.
    testing::TestContent content;
    content.file("registers/ai-systems.yaml", testing::k_one_system);
    std::string risks;
    for (int i = 1; i <= 600; ++i) {
        // A description with an escaped character in every record, across slice boundaries.
        risks += testing::risk_yaml({.id = "RSK-" + std::to_string(1000 + i).substr(1),
                                     .extra = "  description: \"first line\\nsecond line\"\n"});
    }
    content.file("registers/risks.yaml", risks);
    const Date as_of = Date::from_ymd(2026, 6, 30);
    const Model model = testing::build_test_model(content, as_of);
    const Computed computed = compute(model, ComputeOptions{as_of, PeriodKind::quarter, 4});
    const std::string text = render_model_json(model, computed, Provenance{"0.1.0", "", as_of});
    ASSERT_EQ(Json::parse(text).at("registers").at("risks").size(), 600U);
    expect_one_dump(text);
}

TEST(ModelJson, SiteExampleIsLaidOutAsOneDumpOfTheWholeDocument) {
    const Model& model = testing::site_example_model();
    const Date as_of = Date::from_ymd(2026, 9, 30);
    const Computed computed = compute(model, ComputeOptions{as_of, PeriodKind::quarter, 12});
    const std::string text = render_model_json(model, computed, Provenance{"0.1.0", "", as_of});
    ASSERT_EQ(Json::parse(text).at("registers").at("risks").size(), model.risks.size());
    expect_one_dump(text);
}

}  // namespace
}  // namespace aimsgen
