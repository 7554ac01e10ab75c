#pragma once

#include <optional>
#include <string>
#include <vector>

#include "generator/calendar/date.hpp"
#include "generator/model/origin.hpp"

namespace aimsgen {

// What aims.yaml says about the organization and its management system.

struct Organization {
    std::string name;
    std::string legal_name;
    std::string description;
    std::string industry;
    std::string address;
};

struct ScopeExclusion {
    std::string item;
    std::string justification;
};

struct Scope {
    std::string statement;
    std::string boundaries;
    std::vector<ScopeExclusion> exclusions;
    std::vector<std::string> sites;
};

/// An internal or external issue of clause 4.1.
struct ContextIssue {
    std::string id;
    bool external = false;
    std::string description;
    std::string impact;
    std::optional<Date> raised;
    std::optional<Date> changed;
    std::string status;
    Origin origin;
};

struct PartyRequirement {
    std::string description;
    std::string source;
    std::vector<std::string> addressed_by;  ///< document ids
};

/// An interested party of clause 4.2 and what it requires.
struct InterestedParty {
    std::string id;
    std::string name;
    std::string type;
    std::vector<PartyRequirement> requirements;
    std::optional<Date> raised;
    std::optional<Date> changed;
    Origin origin;
};

struct Person {
    std::string id;
    std::string name;
    std::string email;
    std::string unit;
    std::vector<std::string> roles;
    Origin origin;
};

struct Role {
    std::string id;
    std::string title;
    std::vector<std::string> responsibilities;
    Origin origin;
};

struct ScaleLevel {
    int value = 0;
    std::string label;
    std::string description;
};

struct RiskBand {
    std::string name;  ///< low, medium, high, critical
    int min = 0;
    int max = 0;
};

/// How risks are scored (likelihood × impact) and when they need acceptance.
struct RiskCriteria {
    std::vector<ScaleLevel> likelihood;
    std::vector<ScaleLevel> impact;
    std::vector<RiskBand> bands;
    int acceptance_threshold = 0;

    /// The band a score falls in ("" if none).
    std::string band_of(int score) const;
};

struct KpiTarget {
    std::string kpi;
    double target = 0;
    std::optional<double> warning;
};

/// Service levels: how long things may take before they are late.
struct ReviewSlas {
    int decision_days = 10;
    int incident_resolution_days = 30;
    int corrective_action_days = 60;
    int document_review_months = 12;
    int risk_review_months = 6;
    int system_review_months = 12;
};

/// Document control of the Statement of Applicability.
struct SoaDocumentControl {
    std::string version;
    std::string approved_by;
    std::optional<Date> approved;
    std::optional<Date> next_review;
};

struct ThemeSettings {
    std::string css;
    std::string logo;
    std::string templates;
};

struct AimsSettings {
    Organization organization;
    Scope scope;
    std::vector<ContextIssue> issues;  ///< internal first, then external, in file order
    std::vector<InterestedParty> interested_parties;
    std::vector<Person> people;
    std::vector<Role> roles;
    RiskCriteria risk_criteria;
    std::vector<KpiTarget> kpi_targets;
    std::string period = "quarter";  ///< reporting period: month or quarter
    int periods = 12;
    ReviewSlas slas;
    SoaDocumentControl soa;
    ThemeSettings theme;
};

}  // namespace aimsgen
