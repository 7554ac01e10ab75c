#pragma once

// Valid records for every register, consistent with each other and with
// minimal_aims_yaml() (people alice and bob, roles ai-lead and auditor), so a
// test adds only the one thing it is about. Nothing here is overdue or dated
// after 2026-06-30, the as-of date TestContent::check uses by default. Line
// numbers in comments are what tests rely on.

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "generator/catalogue/catalogue.hpp"
#include "tests/support/test_content.hpp"

namespace aimsgen::testing {

/// The warning content gives while it has no SoA at all.
inline constexpr std::string_view k_no_soa_warning =
    "registers/soa.yaml: warning: there is no Statement of Applicability yet: none of the 38 Annex A controls "
    "has an entry\n";

/// `lines` without the lines that contain `phrase`: for tests about one rule
/// whose content, to stay small, also triggers another one they do not test.
inline std::string without_lines_containing(const std::string& lines, std::string_view phrase) {
    std::string kept;
    std::size_t start = 0;
    while (start < lines.size()) {
        const std::size_t end = lines.find('\n', start);
        const std::string_view line = std::string_view(lines).substr(start, end - start + 1);
        if (line.find(phrase) == std::string_view::npos) {
            kept += line;
        }
        start = end == std::string::npos ? lines.size() : end + 1;
    }
    return kept;
}

/// `text` with its first `from` replaced by `to`; fails the test when `from` is absent.
inline std::string replaced(std::string text, std::string_view from, std::string_view to) {
    const std::size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << "not found: " << from;
    return at == std::string::npos ? text : text.replace(at, from.size(), to);
}

/// Warnings other than "no SoA yet" and "control ... has no SoA entry yet".
inline std::string warnings_except_soa_coverage(const Diagnostics& diagnostics) {
    return without_lines_containing(without_lines_containing(warning_lines(diagnostics), "has no SoA entry yet"),
                                    "there is no Statement of Applicability yet");
}

/// registers/ai-systems.yaml: AIS-001 (lines 1–11), owned by alice.
inline constexpr const char* k_system_yaml = R"(- id: AIS-001
  name: CV screener
  purpose: Shortlisting applicants
  owner: alice
  lifecycle_stage: operation
  ai_role: deployer
  source: internal
  eu_ai_act_tier: high
  autonomy: human-in-the-loop
  in_scope: true
  introduced: 2025-01-15
)";

/// A risk record on AIS-001 owned by alice: lines 1–11 are fixed (id on line 1,
/// likelihood 3 and impact 4 on lines 7–8, residual 2 and 3 on lines 10–11);
/// `tail` follows from line 12 and must give status and next_review.
inline std::string risk_yaml(std::string_view id, std::string_view tail) {
    return "- id: " + std::string(id) + R"(
  title: Biased ranking
  category: bias
  systems: [AIS-001]
  owner: alice
  identified: 2025-02-01
  likelihood: 3
  impact: 4
  treatment: mitigate
  residual_likelihood: 2
  residual_impact: 3
)" + std::string(tail);
}

/// The usual tail of risk_yaml: lines 12–13.
inline constexpr std::string_view k_open_risk_tail = "  status: treating\n  next_review: 2026-12-31\n";

/// An SoA entry for every Annex A control of the catalogue, each 3 lines
/// (control, applicable, justification), in catalogue order.
inline std::string full_soa_yaml() {
    std::string yaml;
    for (const CatalogueControl& control : iso42001_catalogue().controls) {
        yaml += "- control: " + control.id + "\n  applicable: true\n  justification: Needed\n";
    }
    return yaml;
}

/// Content with aims.yaml and AIS-001.
inline TestContent content_with_system() {
    TestContent content;
    content.file("registers/ai-systems.yaml", k_system_yaml);
    return content;
}

/// One valid record in every register and one document, all linked, with a
/// complete SoA: checks clean at k_as_of.
inline TestContent complete_content() {
    TestContent content = content_with_system();
    content.file("registers/risks.yaml", risk_yaml("RSK-001", k_open_risk_tail));
    content.file("registers/soa.yaml", full_soa_yaml());
    content.file("registers/impact-assessments.yaml", R"(- id: IA-001
  system: AIS-001
  date: 2026-01-10
  assessor: alice
  status: approved
  approved_by: bob
  approved: 2026-01-20
  next_review: 2027-01-20
  related_risks: [RSK-001]
  dimensions:
    fairness: {rating: medium}
  evidence:
    - {path: evidence/ia.pdf, description: Signed assessment, expires: 2027-01-20}
)");
    content.file("registers/incidents.yaml", R"(- id: INC-001
  title: Wrong ranking
  systems: [AIS-001]
  detected: 2026-03-01
  severity: medium
  category: bias
  status: resolved
  resolved: 2026-03-04
  nonconformity: NC-001
  related_risks: [RSK-001]
  owner: ai-lead
)");
    content.file("registers/nonconformities.yaml", R"(- id: NC-001
  title: Missing bias test
  source: internal-audit
  source_ref: AUD-001-F1
  raised: 2026-03-05
  clauses: ["8.2", 6.1]
  controls: [A.7.4]
  systems: [AIS-001]
  owner: alice
  due: 2026-09-30
  status: in-progress
)");
    content.file("registers/audits.yaml", R"(- id: AUD-001
  title: Internal audit 2026
  type: internal
  cycle: 2026
  planned: 2026-02-01
  performed: 2026-02-03
  status: completed
  auditor: bob
  scope_clauses: ["9.2"]
  report: {path: evidence/audit.pdf, description: Audit report}
  findings:
    - {id: AUD-001-F1, type: minor, title: No bias test, nonconformity: NC-001}
)");
    content.file("registers/management-reviews.yaml", R"(- id: MR-001
  date: 2026-03-15
  status: held
  chair: alice
  attendees: [alice, bob]
  minutes: {url: "https://intranet.example.com/mr-001", description: Minutes}
  decisions:
    - {id: MRD-001, description: Hire an ML auditor, owner: alice, due: 2026-09-01, status: open}
- id: MR-002
  date: 2026-09-15
  status: planned
  chair: alice
)");
    content.file("registers/objectives.yaml", R"(- id: OBJ-001
  title: Fair hiring
  measure: Selection rate ratio
  target: 0.8
  owner: alice
  set: 2026-01-01
  due: 2026-12-31
  status: on-track
)");
    content.file("registers/training.yaml", R"(- id: TRN-001
  title: AI awareness
  required_for: [ai-lead, auditor]
  completions:
    - {person: alice, completed: 2026-01-10, valid_until: 2027-01-10}
)");
    content.file("registers/suppliers.yaml", R"(- id: SUP-001
  name: Model Vendor
  systems: [AIS-001]
  owner: alice
  criticality: high
  status: active
  next_assessment: 2027-01-05
)");
    content.file("registers/decisions.yaml", R"(- id: DEC-001
  title: Deploy screener
  system: AIS-001
  gate: deployment-approval
  requested: 2026-01-05
  requested_by: alice
  reviewer: bob
  decided: 2026-01-12
  outcome: approved
  impact_assessment: IA-001
)");
    content.file("registers/measurements.yaml", R"(- id: MET-001
  system: AIS-001
  metric: selection-rate-ratio
  direction: higher-is-better
  threshold: {min: 0.8}
  points:
    - {date: 2026-01-31, value: 0.85}
)");
    content.file("documents/POL-001.md", R"(---
id: POL-001
title: AI policy
type: policy
owner: alice
version: "1.0"
status: approved
approved_by: bob
approved: 2026-01-15
next_review: 2027-01-15
fulfils: [ai-policy]
---
# AI policy
)");
    content.file("evidence/ia.pdf", "%PDF");
    content.file("evidence/audit.pdf", "%PDF");
    return content;
}

}  // namespace aimsgen::testing
