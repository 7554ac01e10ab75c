#pragma once

#include <filesystem>

#include "generator/compute/compute.hpp"
#include "generator/model/model.hpp"
#include "tests/support/test_content.hpp"

namespace aimsgen::testing {

/// Loads, validates and models `content` as `aimsgen build` does; fails the
/// current test (ADD_FAILURE with the diagnostics) if the content has errors.
Model build_test_model(const TestContent& content, Date as_of = Date::from_ymd(2026, 6, 30));

/// The folder of site-example in the source tree.
std::filesystem::path site_example_dir();
/// site-example loaded, validated and modelled as `aimsgen build` does as of
/// 2026-09-30 (built once per test program); fails the test on content errors.
const Model& site_example_model();

/// The KPI `id` of `computed`, or nullptr.
const Kpi* find_kpi(const Computed& computed, std::string_view id);

}  // namespace aimsgen::testing
