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

std::filesystem::path site_example_dir() { return std::filesystem::path(AIMSGEN_SOURCE_DIR) / "site-example"; }

const Model& site_example_model() {
    static const Model model = [] {
        const DiskFileSystem files(site_example_dir());
        Diagnostics diagnostics;
        auto raw = std::make_shared<RawContent>(load_content(files, LoadLimits{}, diagnostics));
        std::vector<Reference> references;
        diagnostics.append(validate_content(*raw, iso42001_catalogue(), files,
                                            ValidationOptions{Date::from_ymd(2026, 9, 30)}, &references));
        if (diagnostics.has_errors()) {
            ADD_FAILURE() << "site-example has errors:\n" << error_lines(diagnostics);
        }
        return build_model(std::move(raw), iso42001_catalogue(), references);
    }();
    return model;
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
