#pragma once

#include <optional>
#include <string>
#include <vector>

#include "generator/calendar/date.hpp"
#include "generator/model/origin.hpp"

namespace aimsgen {

// Typed records of the registers and documents. Lists of ids are kept as
// written; the Model resolves them. Every record keeps its Origin.

/// A dated status change, as several registers keep them.
struct StatusChange {
    Date date;
    std::string status;
    std::string note;
};

/// An evidence item: a file in the content directory or a URL.
struct Evidence {
    std::string path;
    std::string url;
    std::string description;
    std::optional<Date> date;
    std::optional<Date> expires;
    Origin origin;

    /// Exists at `day` and has not expired by then.
    bool current_at(Date day) const;
};

struct AiSystem {
    std::string id;
    std::string name;
    std::string description;
    std::string purpose;
    std::string owner;
    std::string business_unit;
    std::string lifecycle_stage;
    std::string ai_role;
    std::string source;
    std::string supplier;
    std::string eu_ai_act_tier;
    std::string autonomy;
    std::vector<std::string> data_categories;
    std::vector<std::string> affected_parties;
    std::vector<std::string> documents;
    bool in_scope = true;
    Date introduced;
    std::optional<Date> last_review;
    std::optional<Date> next_review;
    std::vector<StatusChange> history;  ///< status = lifecycle stage; sorted by date
    Origin origin;

    /// The lifecycle stage at `day`: that of the last history entry on or
    /// before it naming a stage; the first named stage before that; the
    /// current stage when the history names none.
    std::string stage_at(Date day) const;
};

struct RiskScore {
    int likelihood = 0;
    int impact = 0;
    int score() const { return likelihood * impact; }
};

struct RiskAction {
    std::string id;
    std::string description;
    std::string owner;
    Date due;
    std::optional<Date> completed;
    Origin origin;
};

struct RiskHistoryEntry {
    Date date;
    std::optional<int> likelihood;
    std::optional<int> impact;
    std::optional<int> residual_likelihood;
    std::optional<int> residual_impact;
    std::string status;
    std::string note;
};

struct Risk {
    std::string id;
    std::string title;
    std::string description;
    std::string category;
    std::string direction;
    std::vector<std::string> systems;
    std::string owner;
    Date identified;
    RiskScore inherent;
    RiskScore residual;
    std::string treatment;
    std::vector<std::string> controls;
    std::vector<RiskAction> actions;
    std::string status;
    std::string accepted_by;
    std::optional<Date> accepted;
    std::optional<Date> last_review;
    std::optional<Date> next_review;
    std::optional<Date> closed;
    std::vector<RiskHistoryEntry> history;  ///< sorted by date
    Origin origin;

    /// Scores and status as they stood at `day`.
    struct State {
        RiskScore inherent;
        RiskScore residual;
        std::string status;
    };
    State state_at(Date day) const;
    /// Identified by `day` and not closed on or before it.
    bool open_at(Date day) const;
    /// The latest review on or before `day`: a history entry, last_review, or
    /// the identification date.
    Date last_reviewed_at(Date day) const;
};

struct SoaEntry {
    std::string control;
    bool additional = false;
    std::string title;
    std::string group;
    bool applicable = true;
    std::vector<std::string> reasons;
    std::string justification;
    std::string status;  ///< current status ("not-started" when absent)
    std::string implementation;
    std::string owner;
    std::optional<Date> target_date;
    std::vector<std::string> documents;
    std::vector<Evidence> evidence;
    std::optional<Date> last_review;
    std::optional<Date> next_review;
    std::vector<StatusChange> history;  ///< sorted by date
    Origin origin;

    /// The implementation status at `day`: that of the last history entry on
    /// or before it naming a status; not-started before the first; the
    /// current status when the history names none.
    std::string status_at(Date day) const;
};

struct ImpactDimension {
    std::string name;  ///< fairness, transparency, human_oversight, ...
    std::string rating;
    std::string notes;
};

struct ImpactAssessment {
    std::string id;
    std::string title;
    std::string system;
    Date date;
    std::string assessor;
    std::string status;
    std::string scope;
    std::vector<ImpactDimension> dimensions;  ///< in the order of the schema
    std::string overall_rating;
    std::vector<std::string> mitigations;
    std::vector<std::string> related_risks;
    std::string approved_by;
    std::optional<Date> approved;
    std::optional<Date> next_review;
    std::vector<Evidence> evidence;
    Origin origin;

    /// Approved on or before `day` and not yet due for review.
    bool current_at(Date day) const;
};

struct Incident {
    std::string id;
    std::string title;
    std::string description;
    std::vector<std::string> systems;
    Date detected;
    std::string severity;
    std::string category;
    std::string status;
    std::optional<Date> resolved;
    std::optional<Date> closed;
    bool reported_externally = false;
    std::string reported_to;
    std::optional<Date> reported;
    std::string nonconformity;
    std::vector<std::string> related_risks;
    std::string owner;
    std::vector<StatusChange> history;
    Origin origin;
};

struct Nonconformity {
    std::string id;
    std::string title;
    std::string description;
    std::string source;
    std::string source_ref;
    Date raised;
    std::vector<std::string> clauses;
    std::vector<std::string> controls;
    std::vector<std::string> systems;
    std::string root_cause;
    std::string correction;
    std::string corrective_action;
    std::string owner;
    std::optional<Date> due;
    std::string status;
    std::optional<Date> closed;
    bool effectiveness_verified = false;
    std::optional<Date> verified;
    std::string verified_by;
    std::vector<StatusChange> history;
    Origin origin;

    bool closed_by(Date day) const { return closed && *closed <= day; }
};

struct AuditFinding {
    std::string id;
    std::string type;  ///< major, minor, observation, opportunity
    std::string title;
    std::string description;
    std::vector<std::string> clauses;
    std::vector<std::string> controls;
    std::vector<std::string> systems;
    std::string nonconformity;
    std::string audit;  ///< the audit it belongs to
    Origin origin;
};

struct Audit {
    std::string id;
    std::string title;
    std::string type;
    std::string cycle;
    Date planned;
    std::optional<Date> performed;
    std::string status;
    std::string auditor;
    std::string external_auditor;
    std::string lead_auditor;
    std::vector<std::string> scope_clauses;
    std::vector<std::string> scope_controls;
    std::optional<Evidence> report;
    std::vector<AuditFinding> findings;
    Origin origin;

    bool performed_by(Date day) const { return performed && *performed <= day; }
};

struct ReviewDecision {
    std::string id;
    std::string description;
    std::string type;
    std::string owner;
    std::optional<Date> due;
    std::string status;
    std::optional<Date> completed;
    std::string review;  ///< the management review that took it
    Origin origin;
};

struct ManagementReview {
    std::string id;
    std::string title;
    Date date;
    std::string status;  ///< planned or held
    std::string chair;
    std::vector<std::string> attendees;
    std::vector<std::string> inputs;
    std::optional<Evidence> minutes;
    std::string summary;
    std::vector<ReviewDecision> decisions;
    Origin origin;
};

struct ObjectiveUpdate {
    Date date;
    std::string status;
    std::string value;
    std::string note;
};

struct Objective {
    std::string id;
    std::string title;
    std::string description;
    std::string measure;
    std::string target;
    std::string kpi;
    std::string owner;
    Date set;
    Date due;
    std::string status;
    std::vector<std::string> clauses;
    std::vector<ObjectiveUpdate> history;  ///< sorted by date
    Origin origin;

    /// The status at `day`: that of the last history entry on or before it
    /// naming a status; on-track before the first; the current status when
    /// the history names none.
    std::string status_at(Date day) const;
};

struct TrainingCompletion {
    std::string person;
    Date completed;
    std::optional<Date> valid_until;
    std::optional<double> score;
};

struct Course {
    std::string id;
    std::string title;
    std::string description;
    std::vector<std::string> required_for;  ///< role ids
    std::optional<int> validity_months;
    std::string delivery;
    std::vector<TrainingCompletion> completions;
    Origin origin;

    /// Until when a completion counts: valid_until, else completed plus
    /// validity_months, else forever.
    std::optional<Date> valid_until(const TrainingCompletion& completion) const;
};

struct SupplierAssessment {
    Date date;
    std::string assessor;
    std::string rating;  ///< low, medium, high, critical: higher is worse
    std::string notes;
    std::vector<Evidence> evidence;
};

struct Supplier {
    std::string id;
    std::string name;
    std::string description;
    std::vector<std::string> services;
    std::vector<std::string> systems;
    std::string owner;
    std::string criticality;
    std::string status;
    std::string contract_ref;
    std::vector<SupplierAssessment> assessments;  ///< sorted by date
    std::optional<Date> next_assessment;
    Origin origin;
};

struct GovernanceDecision {
    std::string id;
    std::string title;
    std::string system;
    std::string gate;
    Date requested;
    std::string requested_by;
    std::string reviewer;
    std::optional<Date> decided;
    std::string outcome;
    std::vector<std::string> conditions;
    std::string rationale;
    std::vector<std::string> related_risks;
    std::string impact_assessment;
    Origin origin;
};

struct MeasurementPoint {
    Date date;
    double value = 0;
    std::string text;  ///< the value as written, for display
    std::string note;
};

struct Threshold {
    std::optional<double> min;
    std::optional<double> max;
    std::optional<double> warning_min;
    std::optional<double> warning_max;

    /// Outside min or max.
    bool breached(double value) const;
    /// Inside the limits but outside the warning limits.
    bool warned(double value) const;
};

struct MeasurementSeries {
    std::string id;
    std::string system;
    std::string metric;
    std::string title;
    std::string unit;
    std::string direction;  ///< higher-is-better or lower-is-better
    Threshold threshold;
    std::string owner;
    std::vector<MeasurementPoint> points;  ///< sorted by date
    Origin origin;
};

struct Document {
    std::string id;
    std::string title;
    std::string type;
    std::string owner;
    std::string version;
    std::string status;
    std::string approved_by;
    std::optional<Date> approved;
    std::optional<Date> next_review;
    std::vector<std::string> clauses;
    std::vector<std::string> controls;
    std::vector<std::string> fulfils;
    std::string summary;
    std::string supersedes;
    std::string body;           ///< the Markdown after the front matter
    std::uint32_t body_line = 0;  ///< file line of the body's first line
    Origin origin;

    /// Approved on or before `day` and not due for review before it.
    bool current_at(Date day) const;
};

}  // namespace aimsgen
