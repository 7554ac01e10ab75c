#pragma once

#include "generator/compute/compute.hpp"
#include "generator/model/model.hpp"
#include "tests/support/test_content.hpp"

namespace aimsgen::testing {

/// Loads, validates and models `content` as `aimsgen build` does; fails the
/// current test (ADD_FAILURE with the diagnostics) if the content has errors.
Model build_test_model(const TestContent& content, Date as_of = Date::from_ymd(2026, 6, 30));

/// The KPI `id` of `computed`, or nullptr.
const Kpi* find_kpi(const Computed& computed, std::string_view id);

}  // namespace aimsgen::testing
