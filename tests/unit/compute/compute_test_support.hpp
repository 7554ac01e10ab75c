#pragma once

// Small content for compute tests: records built from a few fields that
// matter to a figure, every other required field filled with a valid value
// consistent with minimal_aims_yaml() (people alice and bob, roles ai-lead and
// auditor). `extra` adds fields as block YAML lines indented two spaces
// ("  closed: 2026-06-30\n").

#include <gtest/gtest.h>

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tests/support/test_model.hpp"

// The record specs below are aggregates with a default for every member, built
// with designated initializers naming only what a test is about; GCC 12 warns
// about every member left to its default, which is the point of them here.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace aimsgen::testing {

inline Date day(int year, unsigned month, unsigned day_of_month) {
    return Date::from_ymd(year, month, day_of_month);
}

/// The as-of date most tests use: the last day of 2026-Q2, so no period is "to date".
inline const Date k_as_of = day(2026, 6, 30);

/// Loads and models `content` at `as_of`, then runs the compute stage over
/// `periods` periods of `kind`.
inline Computed compute_at(const TestContent& content, Date as_of = k_as_of, int periods = 4,
                           PeriodKind kind = PeriodKind::quarter) {
    const Model model = build_test_model(content, as_of);
    return compute(model, ComputeOptions{as_of, kind, periods});
}

/// A copy of the KPI `id`, so it may outlive a temporary Computed (its
/// `definition` may not); throws (failing the test) when there is none.
inline Kpi kpi_of(const Computed& computed, std::string_view id) {
    const Kpi* kpi = find_kpi(computed, id);
    if (kpi == nullptr) {
        throw std::runtime_error("no KPI " + std::string(id));
    }
    return *kpi;
}

using Values = std::vector<std::optional<double>>;
using Breakdown = std::vector<std::pair<std::string, std::optional<double>>>;
using Ids = std::vector<std::string>;

inline Values trend_values(const Kpi& kpi) {
    Values values;
    for (const KpiTrendPoint& point : kpi.trend) {
        values.push_back(point.value);
    }
    return values;
}

inline std::vector<std::string> trend_labels(const Kpi& kpi) {
    std::vector<std::string> labels;
    for (const KpiTrendPoint& point : kpi.trend) {
        labels.push_back(point.period);
    }
    return labels;
}

inline Breakdown breakdown_of(const Kpi& kpi) {
    Breakdown breakdown;
    for (const KpiBreakdown& item : kpi.breakdown) {
        breakdown.emplace_back(item.key, item.value);
    }
    return breakdown;
}

inline std::string rag_of(const Kpi& kpi) { return rag_name(kpi.rag); }

// ---- records ----

struct SystemSpec {
    std::string id = "AIS-001";
    std::string introduced = "2025-01-01";
    std::string tier = "minimal";
    std::string in_scope = "true";
    std::string stage = "operation";
    std::string extra;
};

inline std::string system_yaml(const SystemSpec& s) {
    return "- id: " + s.id + "\n  name: System " + s.id +
           "\n  purpose: Testing\n  owner: alice\n  lifecycle_stage: " + s.stage +
           "\n  ai_role: deployer\n  source: internal\n  eu_ai_act_tier: " + s.tier +
           "\n  autonomy: human-in-the-loop\n  in_scope: " + s.in_scope + "\n  introduced: " + s.introduced + "\n" +
           s.extra;
}

/// registers/ai-systems.yaml holding one system, AIS-001.
inline const std::string k_one_system = system_yaml({});

struct RiskSpec {
    std::string id = "RSK-001";
    std::string identified = "2025-01-01";
    int likelihood = 4;
    int impact = 4;
    int residual_likelihood = 2;
    int residual_impact = 2;
    std::string status = "treating";
    std::string next_review = "2027-01-01";  ///< left out when empty
    std::string systems = "AIS-001";
    std::string extra;
};

inline std::string risk_yaml(const RiskSpec& r) {
    std::string text = "- id: " + r.id + "\n  title: Risk " + r.id + "\n  category: bias\n  systems: [" + r.systems +
                       "]\n  owner: alice\n  identified: " + r.identified +
                       "\n  likelihood: " + std::to_string(r.likelihood) +
                       "\n  impact: " + std::to_string(r.impact) + "\n  treatment: mitigate\n  residual_likelihood: " +
                       std::to_string(r.residual_likelihood) +
                       "\n  residual_impact: " + std::to_string(r.residual_impact) + "\n  status: " + r.status + "\n";
    if (!r.next_review.empty()) {
        text += "  next_review: " + r.next_review + "\n";
    }
    return text + r.extra;
}

struct IncidentSpec {
    std::string id = "INC-001";
    std::string detected = "2026-05-01";
    std::string severity = "medium";
    std::string status = "open";
    std::string systems = "AIS-001";
    std::string extra;
};

inline std::string incident_yaml(const IncidentSpec& i) {
    return "- id: " + i.id + "\n  title: Incident " + i.id + "\n  systems: [" + i.systems + "]\n  detected: " +
           i.detected + "\n  severity: " + i.severity + "\n  category: performance\n  status: " + i.status + "\n" +
           i.extra;
}

struct NonconformitySpec {
    std::string id = "NC-001";
    std::string raised = "2026-04-01";
    std::string status = "open";
    std::string extra;
};

inline std::string nonconformity_yaml(const NonconformitySpec& n) {
    return "- id: " + n.id + "\n  title: Nonconformity " + n.id + "\n  source: self-identified\n  raised: " +
           n.raised + "\n  owner: alice\n  status: " + n.status + "\n" + n.extra;
}

struct DecisionSpec {
    std::string id = "DEC-001";
    std::string requested = "2026-05-01";
    std::string decided;  ///< left out when empty
    std::string outcome = "approved";
};

inline std::string decision_yaml(const DecisionSpec& d) {
    std::string text = "- id: " + d.id + "\n  title: Decision " + d.id +
                       "\n  gate: deployment-approval\n  requested: " + d.requested +
                       "\n  requested_by: alice\n  reviewer: bob\n  outcome: " + d.outcome + "\n";
    if (!d.decided.empty()) {
        text += "  decided: " + d.decided + "\n";
    }
    return text;
}

struct AuditSpec {
    std::string id = "AUD-001";
    std::string cycle = "2026";
    std::string planned = "2026-03-01";
    std::string performed;  ///< left out when empty
    std::string status = "planned";
    std::string extra;
};

inline std::string audit_yaml(const AuditSpec& a) {
    std::string text = "- id: " + a.id + "\n  title: Audit " + a.id + "\n  type: internal\n  cycle: " + a.cycle +
                       "\n  planned: " + a.planned + "\n  status: " + a.status + "\n  auditor: bob\n";
    if (!a.performed.empty()) {
        text += "  performed: " + a.performed + "\n";
    }
    return text + a.extra;
}

struct DocumentSpec {
    std::string id = "POL-1";
    std::string status = "approved";
    std::string approved = "2026-01-01";  ///< with approved_by alice; left out when empty
    std::string next_review;              ///< left out when empty
    std::string fulfils;                  ///< a flow list's items, "ai-policy"; left out when empty
};

/// A Markdown document with front matter.
inline std::string document_md(const DocumentSpec& d) {
    std::string text = "---\nid: " + d.id + "\ntitle: Document " + d.id +
                       "\ntype: policy\nowner: alice\nversion: \"1.0\"\nstatus: " + d.status + "\n";
    if (!d.approved.empty()) {
        text += "approved_by: alice\napproved: " + d.approved + "\n";
    }
    if (!d.next_review.empty()) {
        text += "next_review: " + d.next_review + "\n";
    }
    if (!d.fulfils.empty()) {
        text += "fulfils: [" + d.fulfils + "]\n";
    }
    return text + "---\n# " + d.id + "\n\nBody.\n";
}

/// An SoA entry for an applicable Annex A control.
inline std::string soa_yaml(std::string_view control, std::string_view status, std::string_view extra = "") {
    return "- control: " + std::string(control) + "\n  applicable: true\n  justification: Needed\n  status: " +
           std::string(status) + "\n" + std::string(extra);
}

}  // namespace aimsgen::testing
