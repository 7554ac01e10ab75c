#pragma once

// One valid example of every shipped schema, using (nearly) every field of
// its records, written as a content author would write it.

namespace aimsgen::testing {

inline constexpr const char* k_aims = R"(format_version: 1
organization:
  name: Example Ltd
  legal_name: Example Limited
  description: Makes hiring software
  industry: Software
  address: 1 Main Street
scope:
  statement: All AI systems of Example Ltd.
  boundaries: Head office and cloud
  exclusions:
    - {item: Research lab, justification: No production use}
  sites: [London]
context:
  internal_issues:
    - {id: ISS-1, description: Skills gap, impact: Slower reviews, raised: 2025-01-10, changed: 2025-06-01, status: open}
  external_issues:
    - {id: ISS-2, description: EU AI Act, status: monitoring}
interested_parties:
  - id: IP-1
    name: Applicants
    type: applicant
    raised: 2025-01-10
    changed: 2025-02-01
    requirements:
      - {description: Fair treatment, source: Equality law, addressed_by: [POL-001]}
people:
  - {id: alice, name: Alice Example, email: alice@example.com, roles: [ai-lead], unit: Risk}
roles:
  - {id: ai-lead, title: AI governance lead, responsibilities: [Runs the AIMS]}
risk_criteria:
  likelihood:
    - {value: 1, label: Rare, description: Once in ten years}
  impact:
    - {value: 1, label: Minor}
  bands:
    - {name: low, min: 1, max: 1}
  acceptance_threshold: 1
kpi_targets:
  - {kpi: overdue-actions, target: 0, warning: 3}
reporting: {period: quarter, periods: 8}
review_slas:
  decision_days: 10
  incident_resolution_days: 30
  corrective_action_days: 60
  document_review_months: 12
  risk_review_months: 6
  system_review_months: 12
soa: {version: "1.2", approved_by: alice, approved: 2026-01-15, next_review: 2027-01-15}
theme: {css: theme/site.css, logo: theme/logo.svg, templates: theme/templates}
)";

inline constexpr const char* k_ai_systems = R"(- id: AIS-001
  name: CV screener
  description: Ranks applications
  purpose: Shortlisting
  owner: alice
  business_unit: HR
  lifecycle_stage: operation
  ai_role: deployer
  source: third-party
  supplier: SUP-001
  eu_ai_act_tier: high
  autonomy: human-in-the-loop
  data_categories: [CVs]
  affected_parties: [Applicants]
  in_scope: true
  introduced: 2024-02-29
  last_review: 2026-01-10
  next_review: 2027-01-10
  documents: [POL-001]
  history:
    - {date: 2024-02-29, lifecycle_stage: deployment, note: Went live}
)";

inline constexpr const char* k_risks = R"(- id: RSK-001
  title: Biased ranking
  description: The ranking disadvantages a group
  category: bias
  direction: from-ai
  systems: [AIS-001]
  owner: alice
  identified: 2025-02-01
  likelihood: 3
  impact: 4
  treatment: mitigate
  controls: [A.7.4]
  actions:
    - {id: ACT-001, description: Bias test, owner: alice, due: 2026-03-01, completed: 2026-02-20}
  residual_likelihood: 2
  residual_impact: 3
  status: accepted
  accepted_by: alice
  accepted: 2026-02-21
  last_review: 2026-02-21
  next_review: 2026-08-21
  closed: 2026-09-01
  history:
    - {date: 2025-02-01, likelihood: 3, impact: 4, residual_likelihood: 3, residual_impact: 4, status: open, note: Found}
)";

inline constexpr const char* k_soa = R"(- control: A.2.2
  applicable: true
  reasons: [risk-treatment, legal]
  justification: We need an AI policy
  status: implemented
  implementation: POL-001 approved by the board
  owner: alice
  target_date: 2026-03-01
  documents: [POL-001]
  evidence:
    - {path: evidence/board-minutes.pdf, description: Approval, date: 2026-01-15, expires: 2027-01-15}
    - {url: "https://intranet.example.com/policy", description: Published policy}
  last_review: 2026-01-15
  next_review: 2027-01-15
  history:
    - {date: 2026-01-15, status: implemented, note: Approved}
- control: ORG-1
  additional: true
  title: Model cards for every model
  group: Own controls
  applicable: false
  justification: Not yet adopted
)";

inline constexpr const char* k_impact_assessments = R"(- id: IA-001
  title: Screener impact
  system: AIS-001
  date: 2026-01-10
  assessor: alice
  status: approved
  scope: Shortlisting
  dimensions:
    fairness: {rating: high, notes: Gender gap}
    transparency: {rating: medium}
    human_oversight: {rating: low}
    privacy: {rating: medium}
    safety: {rating: negligible}
    environment: {rating: negligible}
    society: {rating: low}
    vulnerable_groups: {rating: very-high}
  overall_rating: high
  mitigations: [Human review of every rejection]
  related_risks: [RSK-001]
  approved_by: alice
  approved: 2026-01-20
  next_review: 2027-01-20
  evidence:
    - {path: evidence/ia.pdf, description: Signed assessment}
)";

inline constexpr const char* k_incidents = R"(- id: INC-001
  title: Wrong ranking
  description: A batch was ranked in reverse
  systems: [AIS-001]
  detected: 2026-03-01
  severity: high
  category: performance
  status: closed
  resolved: 2026-03-02
  closed: 2026-03-05
  reported_externally: true
  reported_to: Regulator
  reported: 2026-03-03
  nonconformity: NC-001
  related_risks: [RSK-001]
  owner: alice
  history:
    - {date: 2026-03-01, status: investigating, note: Triage}
)";

inline constexpr const char* k_nonconformities = R"(- id: NC-001
  title: Missing bias test
  description: No test before release
  source: internal-audit
  source_ref: AUD-001-F1
  raised: 2026-02-01
  clauses: ["8.2", 6.1, 10]
  controls: [A.7.4]
  systems: [AIS-001]
  root_cause: No checklist
  correction: Tested now
  corrective_action: Checklist added
  owner: alice
  due: 2026-04-01
  status: closed
  closed: 2026-03-20
  effectiveness_verified: true
  verified: 2026-05-01
  verified_by: bob
  history:
    - {date: 2026-02-01, status: open}
)";

inline constexpr const char* k_audits = R"(- id: AUD-001
  title: Internal audit 2026
  type: internal
  cycle: 2026
  planned: 2026-02-01
  performed: 2026-02-03
  status: completed
  auditor: bob
  external_auditor: Audit Co
  lead_auditor: bob
  scope_clauses: ["9.2", 8.1]
  scope_controls: [A.6.2.4]
  report: {path: evidence/audit.pdf, description: Audit report}
  findings:
    - id: AUD-001-F1
      type: minor
      title: Missing bias test
      description: Release without test
      clauses: ["8.2"]
      controls: [A.7.4]
      systems: [AIS-001]
      nonconformity: NC-001
)";

inline constexpr const char* k_management_reviews = R"(- id: MR-001
  title: Review Q1
  date: 2026-03-15
  status: held
  chair: alice
  attendees: [alice, bob]
  inputs: [previous-actions, audit-results, risk-assessment]
  minutes: {path: evidence/mr.pdf, description: Minutes}
  summary: All well
  decisions:
    - {id: MRD-001, description: Hire an ML auditor, type: resource, owner: alice, due: 2026-09-01, status: open}
    - {id: MRD-002, description: Update policy, owner: bob, status: done, completed: 2026-04-01}
)";

inline constexpr const char* k_objectives = R"(- id: OBJ-001
  title: Fair hiring
  description: Keep selection fair
  measure: Selection rate ratio
  target: 0.8
  kpi: selection-rate
  owner: alice
  set: 2026-01-01
  due: 2026-12-31
  status: on-track
  clauses: ["6.2"]
  history:
    - {date: 2026-03-31, status: at-risk, value: 0.78, note: Dip}
- id: OBJ-002
  title: Train everyone
  measure: Completion
  target: "100 %"
  owner: ai-lead
  set: 2026-01-01
  due: 2026-12-31
  status: achieved
)";

inline constexpr const char* k_training = R"(- id: TRN-001
  title: AI awareness
  description: Basics for everyone
  required_for: [ai-lead, bob]
  validity_months: 12
  delivery: E-learning
  completions:
    - {person: alice, completed: 2026-01-10, valid_until: 2027-01-10, score: 92.5}
    - {person: bob, completed: 2026-01-11}
)";

inline constexpr const char* k_suppliers = R"(- id: SUP-001
  name: Model Vendor
  description: Supplies the ranking model
  services: [Model hosting]
  systems: [AIS-001]
  owner: alice
  criticality: high
  status: active
  contract_ref: C-2025-7
  assessments:
    - date: 2026-01-05
      assessor: alice
      rating: medium
      notes: Acceptable
      evidence:
        - {path: evidence/sup.pdf, description: Questionnaire}
  next_assessment: 2027-01-05
)";

inline constexpr const char* k_decisions = R"(- id: DEC-001
  title: Deploy screener
  system: AIS-001
  gate: deployment-approval
  requested: 2026-01-05
  requested_by: alice
  reviewer: bob
  decided: 2026-01-12
  outcome: approved-with-conditions
  conditions: [Monthly bias report]
  rationale: Benefits outweigh residual risk
  related_risks: [RSK-001]
  impact_assessment: IA-001
)";

inline constexpr const char* k_measurements = R"(- id: MET-001
  system: AIS-001
  metric: selection-rate-ratio
  title: Selection rate ratio
  unit: ratio
  direction: higher-is-better
  threshold: {min: 0.8, max: 1.25, warning_min: 0.85, warning_max: 1.2}
  owner: alice
  points:
    - {date: 2026-01-31, value: 0.91, note: January}
    - {date: 2026-02-28, value: 1}
)";

inline constexpr const char* k_document = R"(id: POL-001
title: AI policy
type: policy
owner: alice
version: "1.10"
status: approved
approved_by: bob
approved: 2026-01-15
next_review: 2027-01-15
clauses: ["5.2", 5.3]
controls: [A.2.2]
fulfils: [ai-policy]
summary: The organization's AI policy
supersedes: POL-000
)";

inline constexpr const char* k_framework = R"(framework:
  id: iso42001
  title: "ISO/IEC 42001:2023"
  edition: "2023"
  publisher: ISO/IEC
  note: Paraphrased
clauses:
  - {id: "4", title: Context}
  - {id: "4.1", title: The organization, parent: "4"}
controls:
  - {id: A.2.2, group: A.2, group_title: Policies, title: AI policy, description: Have one}
)";

}  // namespace aimsgen::testing
