#include "tests/support/test_content.hpp"

#include "generator/catalogue/catalogue.hpp"
#include "generator/load/content_loader.hpp"
#include "generator/validate/validate_content.hpp"

namespace aimsgen::testing {

std::string minimal_aims_yaml() {
    return R"(format_version: 1
organization:
  name: Example Ltd
scope:
  statement: All AI systems of Example Ltd.
people:
  - id: alice
    name: Alice Example
    roles: [ai-lead]
  - id: bob
    name: Bob Example
    roles: [auditor]
roles:
  - id: ai-lead
    title: AI governance lead
  - id: auditor
    title: Internal auditor
risk_criteria:
  likelihood:
    - {value: 1, label: Rare}
    - {value: 2, label: Unlikely}
    - {value: 3, label: Possible}
    - {value: 4, label: Likely}
    - {value: 5, label: Almost certain}
  impact:
    - {value: 1, label: Negligible}
    - {value: 2, label: Minor}
    - {value: 3, label: Moderate}
    - {value: 4, label: Major}
    - {value: 5, label: Severe}
  bands:
    - {name: low, min: 1, max: 4}
    - {name: medium, min: 5, max: 9}
    - {name: high, min: 10, max: 16}
    - {name: critical, min: 17, max: 25}
  acceptance_threshold: 9
)";
}

TestContent::TestContent() { m_files.add_file("aims.yaml", minimal_aims_yaml()); }

TestContent& TestContent::file(std::string path, std::string text) {
    m_files.add_file(std::move(path), std::move(text));
    return *this;
}

TestContent& TestContent::symlink(std::string path, std::string target) {
    m_files.add_symlink(std::move(path), std::move(target));
    return *this;
}

Diagnostics TestContent::check(Date as_of) const {
    Diagnostics diagnostics;
    const RawContent content = load_content(m_files, LoadLimits{}, diagnostics);
    diagnostics.append(validate_content(content, iso42001_catalogue(), m_files, ValidationOptions{as_of}));
    diagnostics.sort();
    return diagnostics;
}

namespace {

std::string lines_of(const Diagnostics& diagnostics, bool errors, bool warnings) {
    std::string text;
    for (const Diagnostic& d : diagnostics.items()) {
        const bool is_error = d.severity == Severity::error;
        if ((is_error && !errors) || (!is_error && !warnings)) {
            continue;
        }
        text += d.path;
        if (d.pos.line > 0) {
            text += ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column);
        }
        text += is_error ? ": error: " : ": warning: ";
        text += d.message + "\n";
    }
    return text;
}

}  // namespace

std::string format_lines(const Diagnostics& diagnostics) { return lines_of(diagnostics, true, true); }
std::string error_lines(const Diagnostics& diagnostics) { return lines_of(diagnostics, true, false); }
std::string warning_lines(const Diagnostics& diagnostics) { return lines_of(diagnostics, false, true); }

}  // namespace aimsgen::testing
