#include "tests/support/test_model.hpp"

#include <gtest/gtest.h>

#include <memory>

#include "generator/catalogue/catalogue.hpp"
#include "generator/load/content_loader.hpp"
#include "generator/model/build_model.hpp"
#include "generator/validate/validate_content.hpp"

namespace aimsgen::testing {

Model build_test_model(const TestContent& content, Date as_of) {
    Diagnostics diagnostics;
    auto raw = std::make_shared<RawContent>(load_content(content.files(), LoadLimits{}, diagnostics));
    std::vector<Reference> references;
    diagnostics.append(validate_content(*raw, iso42001_catalogue(), content.files(),
                                        ValidationOptions{as_of}, &references));
    diagnostics.sort();
    if (diagnostics.has_errors()) {
        ADD_FAILURE() << "test content has errors:\n" << error_lines(diagnostics);
    }
    return build_model(std::move(raw), iso42001_catalogue(), references);
}

const Kpi* find_kpi(const Computed& computed, std::string_view id) {
    for (const Kpi& kpi : computed.kpis) {
        if (kpi.id == id) {
            return &kpi;
        }
    }
    return nullptr;
}

}  // namespace aimsgen::testing
