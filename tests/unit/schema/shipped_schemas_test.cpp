// Every shipped schema, as aimsgen embeds it: one full valid example that gives
// no diagnostic, and invalid examples each giving one exact message.

#include <gtest/gtest.h>

#include <ostream>

#include "generator/schema/schema_set.hpp"
#include "tests/unit/schema/schema_test_support.hpp"
#include "tests/unit/schema/shipped_examples.hpp"

namespace aimsgen::testing {
namespace {

struct ShippedCase {
    const char* name;    ///< test name suffix
    const char* schema;  ///< "risks.schema.json"
    const char* yaml;
    const char* expected;  ///< format_lines of the result, "" for a valid example
};

void PrintTo(const ShippedCase& c, std::ostream* out) { *out << c.name; }

const ShippedCase k_cases[] = {
    // ---- aims.schema.json ----
    {"AimsValid", "aims.schema.json", k_aims, ""},
    {"AimsUnknownTopLevelField", "aims.schema.json",
     "format_version: 1\norganisation: {name: X}\n",
     "aims.yaml:1:1: error: AIMS settings lacks the required field 'scope'\n"
     "aims.yaml:1:1: error: AIMS settings lacks the required field 'people'\n"
     "aims.yaml:1:1: error: AIMS settings lacks the required field 'roles'\n"
     "aims.yaml:1:1: error: AIMS settings lacks the required field 'risk_criteria'\n"
     "aims.yaml:2:1: error: unknown field 'organisation' in AIMS settings; did you mean 'organization'?\n"},
    {"AimsBadPeriod", "aims.schema.json", "reporting: {period: weekly}\n",
     "aims.yaml:1:1: error: AIMS settings lacks the required field 'format_version'\n"
     "aims.yaml:1:1: error: AIMS settings lacks the required field 'organization'\n"
     "aims.yaml:1:1: error: AIMS settings lacks the required field 'scope'\n"
     "aims.yaml:1:1: error: AIMS settings lacks the required field 'people'\n"
     "aims.yaml:1:1: error: AIMS settings lacks the required field 'roles'\n"
     "aims.yaml:1:1: error: AIMS settings lacks the required field 'risk_criteria'\n"
     "aims.yaml:1:21: error: 'weekly' is not a valid period; allowed: month, quarter\n"},
    {"AimsPersonWithoutName", "aims.schema.json",
     "format_version: 1\norganization: {name: X}\nscope: {statement: S}\nroles: []\n"
     "risk_criteria: {likelihood: [{value: 1, label: L}], impact: [{value: 1, label: I}],"
     " bands: [{name: low, min: 1, max: 1}], acceptance_threshold: 1}\n"
     "people:\n  - id: carol\n    email: carol.example.com\n",
     "aims.yaml:7:5: error: person carol lacks the required field 'name'\n"
     "aims.yaml:8:12: error: 'carol.example.com' in 'email' does not match the pattern ^[^@\\s]+@[^@\\s]+$\n"},
    {"AimsSoaVersionIsText", "aims.schema.json",
     "format_version: 1\norganization: {name: X}\nscope: {statement: S}\nroles: []\npeople: []\n"
     "risk_criteria: {likelihood: [{value: 1, label: L}], impact: [{value: 1, label: I}],"
     " bands: [{name: low, min: 1, max: 1}], acceptance_threshold: 1}\n"
     "soa: {version: 1.10}\n",
     "aims.yaml:7:16: error: 'version' must be text, but 1.10 is read as a number; quote it: \"1.10\"\n"},
    {"AimsThresholdNotANumber", "aims.schema.json",
     "format_version: 1\norganization: {name: X}\nscope: {statement: S}\nroles: []\npeople: []\n"
     "risk_criteria: {likelihood: [], impact: [{value: 1, label: I}],"
     " bands: [{name: extreme, min: 1, max: 1}], acceptance_threshold: \"9\"}\n",
     "aims.yaml:6:29: error: 'likelihood' needs at least 1 item\n"
     "aims.yaml:6:80: error: 'extreme' is not a valid name; allowed: low, medium, high, critical\n"
     "aims.yaml:6:129: error: 'acceptance_threshold' must be a whole number, not the text \"9\"; remove the "
     "quotes\n"},

    // ---- ai-systems.schema.json ----
    {"AiSystemsValid", "ai-systems.schema.json", k_ai_systems, ""},
    {"AiSystemsMissingRequired", "ai-systems.schema.json",
     "- id: AIS-002\n  name: Chatbot\n  purpose: Answers questions\n  owner: alice\n  lifecycle_stage: design\n"
     "  ai_role: provider\n  source: internal\n  eu_ai_act_tier: limited\n  autonomy: autonomous\n"
     "  introduced: 2026-01-01\n",
     "registers/ai-systems.yaml:1:3: error: AI system AIS-002 lacks the required field 'in_scope'\n"},
    {"AiSystemsBadEnumAndYaml11Boolean", "ai-systems.schema.json",
     "- id: AIS-002\n  name: Chatbot\n  purpose: Answers questions\n  owner: alice\n  lifecycle_stage: production\n"
     "  ai_role: provider\n  source: internal\n  eu_ai_act_tier: limited\n  autonomy: autonomous\n"
     "  in_scope: yes\n  introduced: 2026-01-01\n",
     "registers/ai-systems.yaml:5:20: error: 'production' is not a valid lifecycle_stage; allowed: concept, design, "
     "development, verification, deployment, operation, retired\n"
     "registers/ai-systems.yaml:10:13: error: 'in_scope' must be true or false; 'yes' is a boolean only in YAML "
     "1.1, write true or false\n"},
    {"AiSystemsRegisterMustBeAList", "ai-systems.schema.json", "id: AIS-001\n",
     "registers/ai-systems.yaml:1:1: error: the value must be a list, not a mapping of fields\n"},

    // ---- risks.schema.json ----
    {"RisksValid", "risks.schema.json", k_risks, ""},
    {"RisksBadCategoryAndScore", "risks.schema.json",
     "- id: RSK-002\n  title: T\n  category: fairness\n  systems: []\n  owner: alice\n  identified: 2026-01-01\n"
     "  likelihood: 0\n  impact: 2\n  treatment: mitigate\n  residual_likelihood: 1\n  residual_impact: 1\n"
     "  status: open\n  next_review: 2026-13-01\n",
     "registers/risks.yaml:3:13: error: 'fairness' is not a valid category; allowed: bias, safety, privacy, "
     "security, transparency, accountability, robustness, data-quality, third-party, legal, other\n"
     "registers/risks.yaml:4:12: error: 'systems' needs at least 1 item\n"
     "registers/risks.yaml:7:15: error: 'likelihood' is 0, below the minimum of 1\n"
     "registers/risks.yaml:13:16: error: '2026-13-01' is not a real calendar date\n"},
    {"RisksActionWithoutDue", "risks.schema.json",
     "- id: RSK-002\n  title: T\n  category: bias\n  systems: [AIS-001]\n  owner: alice\n  identified: 2026-01-01\n"
     "  likelihood: 1\n  impact: 2\n  treatment: mitigate\n  residual_likelihood: 1\n  residual_impact: 1\n"
     "  status: open\n  next_review: 2026-12-01\n  actions:\n    - {id: ACT-9, description: D, owner: bob, when: 2026-05-01}\n",
     "registers/risks.yaml:15:7: error: risk treatment action ACT-9 lacks the required field 'due'\n"
     "registers/risks.yaml:15:47: error: unknown field 'when' in risk treatment action; known fields: completed, "
     "description, due, id, owner\n"},

    // ---- soa.schema.json ----
    {"SoaValid", "soa.schema.json", k_soa, ""},
    {"SoaMissingJustificationAndBadReason", "soa.schema.json",
     "- control: A.2.3\n  applicable: \"true\"\n  reasons: [legal, legal, regulatory]\n",
     "registers/soa.yaml:1:3: error: SoA entry A.2.3 lacks the required field 'justification'\n"
     "registers/soa.yaml:2:15: error: 'applicable' must be true or false, not the text \"true\"; remove the quotes\n"
     "registers/soa.yaml:3:20: error: 'legal' appears more than once in 'reasons'\n"
     "registers/soa.yaml:3:27: error: 'regulatory' is not a valid reasons; allowed: risk-treatment, legal, "
     "contractual, business\n"},
    {"SoaEvidenceUnknownField", "soa.schema.json",
     "- control: A.2.3\n  applicable: true\n  justification: J\n  evidence:\n    - {file: x.pdf, description: D}\n",
     "registers/soa.yaml:5:8: error: unknown field 'file' in evidence; known fields: date, description, expires, "
     "path, url\n"},

    // ---- impact-assessments.schema.json ----
    {"ImpactAssessmentsValid", "impact-assessments.schema.json", k_impact_assessments, ""},
    {"ImpactAssessmentsBadDimension", "impact-assessments.schema.json",
     "- id: IA-002\n  system: AIS-001\n  date: 2026-01-10\n  assessor: alice\n  status: draft\n  dimensions:\n"
     "    fairnes: {rating: high}\n    privacy: {rating: severe}\n    safety: {notes: Unclear}\n",
     "registers/impact-assessments.yaml:7:5: error: unknown field 'fairnes' in impact dimensions; did you mean "
     "'fairness'?\n"
     "registers/impact-assessments.yaml:8:23: error: 'severe' is not a valid rating; allowed: negligible, low, "
     "medium, high, very-high\n"
     "registers/impact-assessments.yaml:9:13: error: impact dimension lacks the required field 'rating'\n"},

    // ---- incidents.schema.json ----
    {"IncidentsValid", "incidents.schema.json", k_incidents, ""},
    {"IncidentsBadSeverityAndStatus", "incidents.schema.json",
     "- id: INC-002\n  title: T\n  systems: [AIS-001]\n  detected: 2026-03-01\n  severity: severe\n"
     "  category: bias\n  status: solved\n",
     "registers/incidents.yaml:5:13: error: 'severe' is not a valid severity; allowed: low, medium, high, critical\n"
     "registers/incidents.yaml:7:11: error: 'solved' is not a valid status; did you mean 'resolved'? Allowed: open, "
     "investigating, resolved, closed\n"},

    // ---- nonconformities.schema.json ----
    {"NonconformitiesValid", "nonconformities.schema.json", k_nonconformities, ""},
    {"NonconformitiesBadSourceAndVerified", "nonconformities.schema.json",
     "- id: NC-002\n  title: T\n  source: audit\n  raised: 2026-02-01\n  owner: alice\n  status: open\n"
     "  effectiveness_verified: no\n",
     "registers/nonconformities.yaml:3:11: error: 'audit' is not a valid source; allowed: internal-audit, "
     "external-audit, incident, management-review, monitoring, complaint, self-identified\n"
     "registers/nonconformities.yaml:7:27: error: 'effectiveness_verified' must be true or false; 'no' is a "
     "boolean only in YAML 1.1, write true or false\n"},

    // ---- audits.schema.json ----
    {"AuditsValid", "audits.schema.json", k_audits, ""},
    {"AuditsFindingWithoutType", "audits.schema.json",
     "- id: AUD-002\n  title: T\n  type: internal\n  cycle: \"\"\n  planned: 2026-02-01\n  status: planned\n"
     "  findings:\n    - {id: F-1, title: T}\n",
     "registers/audits.yaml:4:10: error: 'cycle' is empty\n"
     "registers/audits.yaml:8:7: error: audit finding F-1 lacks the required field 'type'\n"},

    // ---- management-reviews.schema.json ----
    {"ManagementReviewsValid", "management-reviews.schema.json", k_management_reviews, ""},
    {"ManagementReviewsBadInputAndDecision", "management-reviews.schema.json",
     "- id: MR-002\n  date: 2026-03-15\n  status: done\n  chair: alice\n  inputs: [objectives, budget]\n"
     "  decisions:\n    - {id: MRD-9, owner: bob, status: open}\n",
     "registers/management-reviews.yaml:3:11: error: 'done' is not a valid status; allowed: planned, held\n"
     "registers/management-reviews.yaml:5:24: error: 'budget' is not a valid inputs; allowed: previous-actions, "
     "context-changes, interested-party-changes, performance, nonconformities-trend, monitoring-results, "
     "audit-results, objectives, risk-assessment, impact-assessment, incidents, improvement-opportunities\n"
     "registers/management-reviews.yaml:7:7: error: management review decision MRD-9 lacks the required field "
     "'description'\n"},

    // ---- objectives.schema.json ----
    {"ObjectivesValid", "objectives.schema.json", k_objectives, ""},
    {"ObjectivesMissingMeasureBadStatus", "objectives.schema.json",
     "- id: OBJ-003\n  title: T\n  target: [1]\n  owner: alice\n  set: 2026-01-01\n  due: 2026-12-31\n"
     "  status: done\n",
     "registers/objectives.yaml:1:3: error: AI objective OBJ-003 lacks the required field 'measure'\n"
     "registers/objectives.yaml:3:11: error: 'target' must be text or a number, not a list\n"
     "registers/objectives.yaml:7:11: error: 'done' is not a valid status; allowed: on-track, at-risk, off-track, "
     "achieved, cancelled\n"},

    // ---- training.schema.json ----
    {"TrainingValid", "training.schema.json", k_training, ""},
    {"TrainingCompletionProblems", "training.schema.json",
     "- id: TRN-002\n  title: T\n  required_for: [alice, alice]\n  validity_months: 0\n  completions:\n"
     "    - {person: bob, score: -1}\n",
     "registers/training.yaml:3:25: error: 'alice' appears more than once in 'required_for'\n"
     "registers/training.yaml:4:20: error: 'validity_months' is 0, below the minimum of 1\n"
     "registers/training.yaml:6:7: error: course completion lacks the required field 'completed'\n"
     "registers/training.yaml:6:28: error: 'score' is -1, below the minimum of 0\n"},

    // ---- suppliers.schema.json ----
    {"SuppliersValid", "suppliers.schema.json", k_suppliers, ""},
    {"SuppliersBadStatusAndAssessment", "suppliers.schema.json",
     "- id: SUP-002\n  name: Vendor\n  owner: alice\n  criticality: medium\n  status: inactive\n"
     "  assessments:\n    - {date: 2026-01-05, rating: low}\n",
     "registers/suppliers.yaml:5:11: error: 'inactive' is not a valid status; did you mean 'active'? Allowed: active, "
     "onboarding, offboarded\n"
     "registers/suppliers.yaml:7:7: error: supplier assessment lacks the required field 'assessor'\n"},

    // ---- decisions.schema.json ----
    {"DecisionsValid", "decisions.schema.json", k_decisions, ""},
    {"DecisionsBadGateAndOutcome", "decisions.schema.json",
     "- id: DEC-002\n  title: T\n  gate: go-live\n  requested: 2026-01-05\n  requested_by: alice\n  reviewer: bob\n"
     "  outcome: aproved\n",
     "registers/decisions.yaml:3:9: error: 'go-live' is not a valid gate; allowed: use-case-approval, "
     "design-approval, data-approval, deployment-approval, change-approval, retirement-approval, exception\n"
     "registers/decisions.yaml:7:12: error: 'aproved' is not a valid outcome; did you mean 'approved'? Allowed: "
     "pending, approved, approved-with-conditions, returned, rejected\n"},

    // ---- measurements.schema.json ----
    {"MeasurementsValid", "measurements.schema.json", k_measurements, ""},
    {"MeasurementsPointProblems", "measurements.schema.json",
     "- id: MET-002\n  system: AIS-001\n  metric: m\n  direction: up\n  threshold: {minimum: 1}\n  points:\n"
     "    - {date: 2026-01-31, value: high}\n    - {value: 1}\n",
     "registers/measurements.yaml:4:14: error: 'up' is not a valid direction; allowed: higher-is-better, "
     "lower-is-better\n"
     "registers/measurements.yaml:5:15: error: unknown field 'minimum' in threshold; known fields: max, min, "
     "warning_max, warning_min\n"
     "registers/measurements.yaml:7:33: error: 'value' must be a number, not the text 'high'\n"
     "registers/measurements.yaml:8:7: error: measurement point lacks the required field 'date'\n"},

    // ---- document.schema.json ----
    {"DocumentValid", "document.schema.json", k_document, ""},
    {"DocumentProblems", "document.schema.json",
     "id: POL-002\ntitle: T\ntype: manual\nowner: alice\nversion: 2\nstatus: approved\nfulfils: [ai-policy, "
     "aims-scop]\nreviewed: 2026-01-01\n",
     "documents/x.md:3:7: error: 'manual' is not a valid type; allowed: policy, procedure, plan, standard, record, "
     "form, guideline\n"
     "documents/x.md:5:10: error: 'version' must be text, but 2 is read as a whole number; quote it: \"2\"\n"
     "documents/x.md:7:22: error: 'aims-scop' is not a valid fulfils; did you mean 'aims-scope'? Allowed: "
     "aims-scope, context-analysis, interested-parties, ai-policy, roles-responsibilities, ai-objectives, "
     "risk-assessment-method, risk-treatment-process, impact-assessment-process, competence-awareness, "
     "communication, document-control, operational-planning, ai-lifecycle, data-management, incident-management, "
     "third-party-management, responsible-use, monitoring-measurement, internal-audit-programme, "
     "management-review-process, nonconformity-corrective-action\n"
     "documents/x.md:8:1: error: unknown field 'reviewed' in document; known fields: approved, approved_by, "
     "clauses, controls, fulfils, id, next_review, owner, status, summary, supersedes, title, type, version\n"},

    // ---- framework.schema.json ----
    {"FrameworkValid", "framework.schema.json", k_framework, ""},
    {"FrameworkProblems", "framework.schema.json",
     "framework: {id: iso42001, title: T, edition: 2023}\nclauses: []\ncontrols:\n  - {id: A.2.2, group: A.2, title: T}\n",
     "content/frameworks/x.yaml:1:46: error: 'edition' must be text, but 2023 is read as a whole number; quote "
     "it: \"2023\"\n"
     "content/frameworks/x.yaml:2:10: error: 'clauses' needs at least 1 item\n"
     "content/frameworks/x.yaml:4:5: error: catalogue control A.2.2 lacks the required field 'group_title'\n"},
};

/// Where each schema's files live, for realistic paths in the messages.
std::string path_for(std::string_view schema) {
    if (schema == "aims.schema.json") return "aims.yaml";
    if (schema == "document.schema.json") return "documents/x.md";
    if (schema == "framework.schema.json") return "content/frameworks/x.yaml";
    return "registers/" + std::string(schema.substr(0, schema.find('.'))) + ".yaml";
}

class ShippedSchema : public ::testing::TestWithParam<ShippedCase> {};

TEST_P(ShippedSchema, GivesExactlyTheExpectedDiagnostics) {
    const ShippedCase& c = GetParam();
    const SchemaNode& schema = SchemaSet::embedded().root(c.schema);
    EXPECT_EQ(check_yaml(schema, c.yaml, path_for(c.schema)).lines, c.expected);
}

INSTANTIATE_TEST_SUITE_P(Examples, ShippedSchema, ::testing::ValuesIn(k_cases),
                         [](const ::testing::TestParamInfo<ShippedCase>& info) { return info.param.name; });

TEST(ShippedSchemas, EverySchemaHasAValidAndAnInvalidExample) {
    std::map<std::string, std::pair<int, int>> counts;  // schema → (valid, invalid)
    for (const ShippedCase& c : k_cases) {
        auto& [valid, invalid] = counts[c.schema];
        (std::string_view(c.expected).empty() ? valid : invalid) += 1;
    }
    EXPECT_EQ(counts.size(), 16U);
    for (const auto& [schema, count] : counts) {
        EXPECT_EQ(count.first, 1) << schema;
        EXPECT_GE(count.second, 1) << schema;
    }
}

TEST(ShippedSchemas, ReferencesAreCollectedWithTheirKinds) {
    const SchemaCheckResult result =
        check_yaml(SchemaSet::embedded().root("risks.schema.json"), k_risks, "registers/risks.yaml");
    std::vector<std::string> found;
    for (const Reference& reference : result.references) {
        found.push_back(reference.kind + " " + reference.id + " in " + reference.field);
    }
    EXPECT_EQ(found, (std::vector<std::string>{"system AIS-001 in systems", "person alice in owner",
                                               "control A.7.4 in controls", "person alice in owner",
                                               "person alice in accepted_by"}));
}

TEST(ShippedSchemas, ClauseReferencesMayBeNumbersOrText) {
    const SchemaCheckResult result = check_yaml(SchemaSet::embedded().root("document.schema.json"),
                                                "id: D-1\ntitle: T\ntype: plan\nowner: alice\nversion: \"1\"\n"
                                                "status: draft\nclauses: [6.1, \"6.1.2\", 10, 9.3.1]\n");
    EXPECT_EQ(result.lines, "");
    std::vector<std::string> clauses;
    for (const Reference& reference : result.references) {
        if (reference.kind == "clause") {
            clauses.push_back(reference.id);
        }
    }
    EXPECT_EQ(clauses, (std::vector<std::string>{"6.1", "6.1.2", "10", "9.3.1"}));
}

}  // namespace
}  // namespace aimsgen::testing
