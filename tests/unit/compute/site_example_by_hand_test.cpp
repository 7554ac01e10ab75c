// Three KPIs of site-example computed here straight from its YAML with
// yaml-cpp's node API, independently of aimsgen's loader, model and compute
// stages, then compared with what the engine computes from the same files.

#include <gtest/gtest.h>

#include <yaml-cpp/yaml.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "generator/compute/compute.hpp"
#include "tests/support/test_model.hpp"

namespace aimsgen {
namespace {

const std::filesystem::path k_example = testing::site_example_dir();
const std::string k_as_of = "2026-09-30";  // ISO dates compare correctly as text

YAML::Node register_file(const std::string& name) { return YAML::LoadFile((k_example / "registers" / name).string()); }

std::string text(const YAML::Node& node, const char* key) {
    return node[key] ? node[key].as<std::string>() : std::string();
}

/// The engine's value of a KPI for site-example at the as-of date.
std::optional<double> engine_value(const std::string& kpi_id) {
    static const Computed computed =
        compute(testing::site_example_model(), ComputeOptions{*Date::parse(k_as_of), PeriodKind::quarter, 4});
    for (const Kpi& kpi : computed.kpis) {
        if (kpi.id == kpi_id) {
            return kpi.value;
        }
    }
    ADD_FAILURE() << "no KPI " << kpi_id;
    return std::nullopt;
}

TEST(SiteExampleByHand, RisksAboveAppetite) {
    // Open risks whose residual likelihood × impact exceeds the acceptance
    // threshold of aims.yaml and that nobody formally accepted by the date.
    const YAML::Node aims = YAML::LoadFile((k_example / "aims.yaml").string());
    const int threshold = aims["risk_criteria"]["acceptance_threshold"].as<int>();
    int above = 0;
    for (const YAML::Node& risk : register_file("risks.yaml")) {
        const bool open = text(risk, "status") != "closed" && text(risk, "identified") <= k_as_of;
        const int residual = risk["residual_likelihood"].as<int>() * risk["residual_impact"].as<int>();
        const bool accepted = risk["accepted"] && text(risk, "accepted") <= k_as_of;
        above += open && residual > threshold && !accepted ? 1 : 0;
    }
    EXPECT_GT(above, 0);  // the example is meant to show some
    EXPECT_EQ(engine_value("risks-above-appetite"), std::optional<double>(above));
}

TEST(SiteExampleByHand, SoaImplementation) {
    // Applicable controls implemented or effective, as a percentage of applicable controls.
    int applicable = 0;
    int implemented = 0;
    for (const YAML::Node& entry : register_file("soa.yaml")) {
        if (!entry["applicable"].as<bool>()) {
            continue;
        }
        ++applicable;
        const std::string status = text(entry, "status");
        implemented += status == "implemented" || status == "effective" ? 1 : 0;
    }
    ASSERT_GT(applicable, 0);
    const double expected = std::round(1000.0 * implemented / applicable) / 10.0;
    EXPECT_EQ(engine_value("soa-implementation"), std::optional<double>(expected));
}

TEST(SiteExampleByHand, CorrectiveActionsOpenAndOverdue) {
    // Raised by the date and not closed by it; overdue when also past due.
    int open = 0;
    int overdue = 0;
    for (const YAML::Node& nc : register_file("nonconformities.yaml")) {
        if (text(nc, "raised") > k_as_of) {
            continue;
        }
        const bool closed = nc["closed"] && text(nc, "closed") <= k_as_of;
        if (!closed) {
            ++open;
            overdue += nc["due"] && text(nc, "due") < k_as_of ? 1 : 0;
        }
    }
    EXPECT_EQ(engine_value("corrective-actions-open"), std::optional<double>(open));
    EXPECT_EQ(engine_value("corrective-actions-overdue"), std::optional<double>(overdue));
}

TEST(SiteExampleByHand, DocumentsOverdueForReview) {
    // Approved documents whose next review date has passed.
    int overdue = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(k_example / "documents")) {
        if (entry.path().extension() != ".md") {
            continue;
        }
        std::ifstream stream(entry.path());
        std::string line;
        std::string front;
        std::getline(stream, line);  // the opening ---
        while (std::getline(stream, line) && line != "---") {
            front += line + "\n";
        }
        const YAML::Node document = YAML::Load(front);
        const bool approved = text(document, "status") == "approved" && text(document, "approved") <= k_as_of;
        overdue += approved && document["next_review"] && text(document, "next_review") < k_as_of ? 1 : 0;
    }
    EXPECT_EQ(engine_value("documents-overdue"), std::optional<double>(overdue));
}

}  // namespace
}  // namespace aimsgen
