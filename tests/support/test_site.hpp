#pragma once

#include <map>
#include <string>

#include "tests/support/test_content.hpp"

namespace aimsgen::testing {

/// Every page of the portal built from `content` as `aimsgen build` would,
/// in memory: page path → HTML (assets left out). Fails the test when the
/// content has errors or the default theme does not compile.
std::map<std::string, std::string> render_test_site(const TestContent& content,
                                                    Date as_of = Date::from_ymd(2026, 6, 30));

}  // namespace aimsgen::testing
