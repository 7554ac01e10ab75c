#include "tests/support/test_site.hpp"

#include <gtest/gtest.h>

#include "generator/compute/compute.hpp"
#include "generator/model/evidence_catalogue.hpp"
#include "generator/render/render_site.hpp"
#include "tests/support/test_model.hpp"

namespace aimsgen::testing {

std::map<std::string, std::string> render_test_site(const TestContent& content, Date as_of) {
    const Model model = build_test_model(content, as_of);
    const Computed computed = compute(model, ComputeOptions{as_of, PeriodKind::quarter, 4});
    const Provenance provenance{"test", "", as_of};
    Diagnostics diagnostics = content.check(as_of);
    const Theme theme = load_theme(ThemeSources{std::nullopt, "", "", "", ""}, diagnostics);
    TemplateSet templates = TemplateSet::compile(theme, diagnostics);
    if (diagnostics.has_errors()) {
        ADD_FAILURE() << error_lines(diagnostics);
    }
    const SiteContext site{model,        computed, provenance, diagnostics, theme, SiteMap(model),
                           read_evidence_files(content.files(), evidence_file_paths(model)), {}};
    std::map<std::string, std::string> pages;
    for (const PageJob& job : plan_site(site)) {
        pages[job.path] = job.render(templates);
    }
    return pages;
}

}  // namespace aimsgen::testing
