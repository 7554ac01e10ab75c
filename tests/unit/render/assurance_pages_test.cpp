#include <gtest/gtest.h>

#include <string>

#include "tests/support/test_site.hpp"

namespace aimsgen::testing {
namespace {

// As of 2026-06-30 (the render_test_site default).

std::string aims_with_context(const std::string& party_name) {
    std::string aims = minimal_aims_yaml();
    aims += R"(context:
  internal_issues:
    - id: ISS-1
      description: Small data science team
      raised: 2025-03-01
      changed: 2026-02-01
      status: open
  external_issues:
    - id: ISS-2
      description: EU AI Act obligations
      raised: 2025-03-01
      status: monitoring
interested_parties:
  - id: IP-1
    name: ")" + party_name + R"("
    type: regulator
    raised: 2025-03-01
    requirements:
      - description: Fair outcomes for customers
        source: Consumer law
        addressed_by: [POL-1]
      - description: Timely notice of incidents
)";
    return aims;
}

TestContent assurance_content(const std::string& hostile = "Biased ranking") {
    TestContent content;
    content.file("aims.yaml", aims_with_context(hostile));
    content.file("documents/POL-1.md", R"(---
id: POL-1
title: AI policy
type: policy
owner: alice
version: "1.0"
status: draft
---
# AI policy
)");
    content.file("registers/ai-systems.yaml", R"(- id: AIS-1
  name: Screening
  purpose: Rank applicants
  owner: alice
  lifecycle_stage: operation
  ai_role: deployer
  source: internal
  eu_ai_act_tier: high
  autonomy: human-in-the-loop
  in_scope: true
  introduced: 2025-01-10
)");
    content.file("registers/risks.yaml", R"(- id: RSK-1
  title: Unfair ranking
  category: bias
  systems: [AIS-1]
  owner: alice
  identified: 2025-02-01
  likelihood: 4
  impact: 4
  treatment: mitigate
  residual_likelihood: 2
  residual_impact: 2
  status: treating
  next_review: 2026-12-01
)");
    content.file("registers/incidents.yaml", R"(- id: INC-1
  title: ")" + hostile + R"("
  description: Older applicants scored lower.
  systems: [AIS-1]
  detected: 2026-01-05
  severity: high
  category: bias
  status: resolved
  resolved: 2026-03-01
  reported_externally: true
  reported_to: The regulator
  reported: 2026-01-10
  nonconformity: NC-1
  related_risks: [RSK-1]
  owner: alice
  history:
    - {date: 2026-01-05, status: open, note: Raised by HR}
    - {date: 2026-03-01, status: resolved}
- id: INC-2
  title: Quick fix
  systems: [AIS-1]
  detected: 2026-06-01
  severity: low
  category: performance
  status: resolved
  resolved: 2026-06-03
)");
    content.file("registers/nonconformities.yaml", R"(- id: NC-1
  title: Vendor update not retested
  source: incident
  source_ref: INC-1
  raised: 2026-01-20
  clauses: ["8.1"]
  controls: [A.6.2.4]
  systems: [AIS-1]
  root_cause: No retest step for vendor updates
  corrective_action: Add a fairness retest to change approval
  owner: alice
  due: 2026-03-31
  status: open
- id: NC-2
  title: Audit gap
  source: internal-audit
  source_ref: F-1
  raised: 2026-02-01
  owner: bob
  due: 2026-06-30
  status: open
- id: NC-3
  title: Closed and verified
  source: self-identified
  raised: 2026-01-01
  owner: alice
  due: 2026-02-01
  status: closed
  closed: 2026-01-31
  effectiveness_verified: true
  verified: 2026-03-01
  verified_by: bob
)");
    content.file("registers/audits.yaml", R"(- id: AUD-1
  title: Lifecycle audit
  type: internal
  cycle: "2026"
  planned: 2026-01-15
  performed: 2026-01-16
  status: completed
  auditor: bob
  scope_clauses: ["8.1"]
  scope_controls: [A.6.2.4]
  findings:
    - id: F-1
      type: minor
      title: ")" + hostile + R"("
      description: Missing retest evidence.
      clauses: ["8.1"]
      controls: [A.6.2.4]
      systems: [AIS-1]
      nonconformity: NC-2
    - id: F-2
      type: minor
      title: Second minor
    - id: F-3
      type: observation
      title: Could be simpler
- id: AUD-2
  title: Suppliers audit
  type: internal
  cycle: "2026"
  planned: 2026-05-01
  status: planned
  auditor: bob
- id: AUD-3
  title: Next year
  type: internal
  cycle: "2027"
  planned: 2027-03-01
  status: planned
  auditor: bob
)");
    content.file("registers/objectives.yaml", R"(- id: OBJ-1
  title: Close the age gap
  measure: Gap in percentage points
  target: 2
  kpi: training-completion
  owner: alice
  set: 2026-01-01
  due: 2026-05-31
  status: achieved
  clauses: ["6.2"]
  history:
    - {date: 2026-01-01, status: on-track, value: 5}
    - {date: 2026-04-01, status: at-risk, value: 4, note: Slower than planned}
    - {date: 2026-08-01, status: achieved, value: 1.5}
)");
    content.file("registers/training.yaml", R"(- id: TRN-1
  title: Governance basics
  required_for: [ai-lead, auditor]
  validity_months: 12
  completions:
    - {person: alice, completed: 2026-01-10, score: 90}
    - {person: bob, completed: 2025-01-10}
- id: TRN-2
  title: Audit skills
  required_for: [auditor]
)");
    return content;
}

bool contains(const std::string& page, const std::string& text) { return page.find(text) != std::string::npos; }

/// The text of the table row or article that opens with `opening`, up to its close.
std::string element_from(const std::string& page, const std::string& opening, const std::string& close) {
    const std::size_t start = page.find(opening);
    if (start == std::string::npos) {
        return "";
    }
    return page.substr(start, page.find(close, start) - start);
}

class AssurancePages : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_pages = new std::map<std::string, std::string>(render_test_site(assurance_content())); }
    static void TearDownTestSuite() {
        delete s_pages;
        s_pages = nullptr;
    }
    static const std::string& page(const std::string& path) {
        const auto found = s_pages->find(path);
        if (found == s_pages->end()) {
            ADD_FAILURE() << "no page " << path;
            static const std::string k_none;
            return k_none;
        }
        return found->second;
    }
    static std::map<std::string, std::string>* s_pages;
};

std::map<std::string, std::string>* AssurancePages::s_pages = nullptr;

TEST_F(AssurancePages, EveryRegisterAndRecordHasItsPage) {
    for (const char* path : {"incidents.html", "incidents/INC-1.html", "incidents/INC-2.html", "nonconformities.html",
                             "nonconformities/NC-1.html", "audits.html", "audits/AUD-1.html", "objectives.html",
                             "objectives/OBJ-1.html", "training.html", "training/TRN-1.html", "people.html",
                             "context.html"}) {
        EXPECT_TRUE(s_pages->contains(path)) << path;
    }
}

TEST_F(AssurancePages, IncidentRegisterFlagsResolutionBeyondTheSla) {
    const std::string row = element_from(page("incidents.html"), "<a href=\"incidents/INC-1.html\">", "</tr>");
    // Detected 2026-01-05, resolved 2026-03-01: 55 days against a 30-day SLA.
    EXPECT_TRUE(contains(row, "55 days")) << row;
    EXPECT_TRUE(contains(row, "beyond SLA")) << row;
    EXPECT_TRUE(contains(row, "Yes, 2026-01-10")) << row;
    const std::string quick = element_from(page("incidents.html"), "<a href=\"incidents/INC-2.html\">", "</tr>");
    EXPECT_TRUE(contains(quick, "2 days")) << quick;
    EXPECT_FALSE(contains(quick, "beyond SLA")) << quick;
}

TEST_F(AssurancePages, IncidentPageLinksItsRecordsAndTheReassessmentItTriggered) {
    const std::string& incident = page("incidents/INC-1.html");
    EXPECT_TRUE(contains(incident, "href=\"../nonconformities/NC-1.html\""));
    EXPECT_TRUE(contains(incident, "href=\"../risks/RSK-1.html\""));
    EXPECT_TRUE(contains(incident, "href=\"../ai-systems/AIS-1.html\""));
    EXPECT_TRUE(contains(incident, "Re-assessments this incident triggered"));
    EXPECT_TRUE(contains(incident, "Raised by HR"));
    EXPECT_TRUE(contains(incident, "href=\"../incidents.html\""));  // breadcrumb
    EXPECT_TRUE(contains(incident, "Recorded in <code>registers/incidents.yaml:1</code>"));
}

TEST_F(AssurancePages, CorrectiveActionsAreOverdueOnlyAfterTheirDueDate) {
    const std::string& reg = page("nonconformities.html");
    const std::string late = element_from(reg, "<a href=\"nonconformities/NC-1.html\">", "</tr>");
    EXPECT_TRUE(contains(late, "overdue")) << late;
    const std::string due_today = element_from(reg, "<a href=\"nonconformities/NC-2.html\">", "</tr>");
    EXPECT_FALSE(contains(due_today, "overdue")) << due_today;
    const std::string closed = element_from(reg, "<a href=\"nonconformities/NC-3.html\">", "</tr>");
    EXPECT_TRUE(contains(closed, "30 days")) << closed;
    EXPECT_TRUE(contains(closed, "Yes, 2026-03-01")) << closed;
    // The source reference links to the incident it came from.
    EXPECT_TRUE(contains(late, "<a href=\"incidents/INC-1.html\">INC-1</a>")) << late;
}

TEST_F(AssurancePages, NonconformityPageLinksClausesControlsAndItsOrigin) {
    const std::string& nc = page("nonconformities/NC-1.html");
    EXPECT_TRUE(contains(nc, "href=\"../clauses/8.1.html\""));
    EXPECT_TRUE(contains(nc, "href=\"../controls/A.6.2.4.html\""));
    EXPECT_TRUE(contains(nc, "href=\"../incidents/INC-1.html\""));
    EXPECT_TRUE(contains(nc, "No retest step for vendor updates"));
    // Raised from an audit finding: links to the finding's anchor on its audit page.
    EXPECT_TRUE(contains(page("nonconformities/NC-2.html"), "href=\"../audits/AUD-1.html#F-1\""));
}

TEST_F(AssurancePages, AuditProgrammeIsGroupedByCycleAndFlagsPastDueAudits) {
    const std::string& reg = page("audits.html");
    const std::size_t cycle_2027 = reg.find("Cycle 2027");
    const std::size_t cycle_2026 = reg.find("Cycle 2026");
    ASSERT_NE(cycle_2027, std::string::npos);
    ASSERT_NE(cycle_2026, std::string::npos);
    EXPECT_LT(cycle_2027, cycle_2026);  // newest cycle first
    EXPECT_TRUE(contains(element_from(reg, "<a href=\"audits/AUD-2.html\">", "</tr>"), "past due"));
    EXPECT_FALSE(contains(element_from(reg, "<a href=\"audits/AUD-3.html\">", "</tr>"), "past due"));
    const std::string performed = element_from(reg, "<a href=\"audits/AUD-1.html\">", "</tr>");
    EXPECT_TRUE(contains(performed, "2 minor")) << performed;
    EXPECT_TRUE(contains(performed, "1 observation")) << performed;
}

TEST_F(AssurancePages, AuditPageAnchorsEveryFinding) {
    const std::string& audit = page("audits/AUD-1.html");
    for (const char* id : {"F-1", "F-2", "F-3"}) {
        EXPECT_TRUE(contains(audit, std::string("id=\"") + id + "\"")) << id;
    }
    const std::string finding = element_from(audit, "id=\"F-1\"", "</article>");
    EXPECT_TRUE(contains(finding, "href=\"../nonconformities/NC-2.html\"")) << finding;
    EXPECT_TRUE(contains(finding, "href=\"../controls/A.6.2.4.html\"")) << finding;
    EXPECT_TRUE(contains(finding, "href=\"../ai-systems/AIS-1.html\"")) << finding;
    // A minor finding with no nonconformity is flagged.
    EXPECT_TRUE(contains(element_from(audit, "id=\"F-2\"", "</article>"), "no nonconformity raised"));
    EXPECT_FALSE(contains(element_from(audit, "id=\"F-3\"", "</article>"), "no nonconformity raised"));
}

TEST_F(AssurancePages, ObjectiveStatusIgnoresUpdatesAfterTheAsOfDate) {
    const std::string row = element_from(page("objectives.html"), "<a href=\"objectives/OBJ-1.html\">", "</tr>");
    // The update of 2026-08-01 (achieved, 1.5) is after the as-of date.
    EXPECT_TRUE(contains(row, ">at-risk<")) << row;
    EXPECT_TRUE(contains(row, "overdue")) << row;
    EXPECT_TRUE(contains(row, "4 <span class=\"aside\">(2026-04-01)")) << row;
    const std::string& objective = page("objectives/OBJ-1.html");
    EXPECT_TRUE(contains(objective, "Slower than planned"));
    EXPECT_TRUE(contains(objective, "<svg"));  // progress chart from the numeric values
    EXPECT_TRUE(contains(objective, "href=\"../clauses/6.2.html\""));
    EXPECT_TRUE(contains(objective, "href=\"../kpis/training-completion.html\""));
}

TEST_F(AssurancePages, CoursePageShowsWhoIsCurrentExpiredOrMissing) {
    const std::string& course = page("training/TRN-1.html");
    const std::string alice = element_from(course, "<td><a href=\"../people.html#alice\">", "</tr>");
    EXPECT_TRUE(contains(alice, ">current<")) << alice;
    EXPECT_TRUE(contains(alice, "2027-01-10")) << alice;  // 12 months' validity
    const std::string bob = element_from(course, "<td><a href=\"../people.html#bob\">", "</tr>");
    EXPECT_TRUE(contains(bob, ">expired<")) << bob;
    const std::string& skills = page("training/TRN-2.html");
    EXPECT_TRUE(contains(element_from(skills, "<td><a href=\"../people.html#bob\">", "</tr>"), ">missing<"));
    const std::string row = element_from(page("training.html"), "<a href=\"training/TRN-1.html\">", "</tr>");
    EXPECT_TRUE(contains(row, "1 of 2")) << row;
    EXPECT_TRUE(contains(row, "50%")) << row;
}

TEST_F(AssurancePages, PeoplePageAnchorsPeopleAndRolesWithWhatTheyOwn) {
    const std::string& people = page("people.html");
    const std::string alice = element_from(people, "<tr id=\"alice\">", "</tr>");
    ASSERT_FALSE(alice.empty());
    for (const char* link : {"risks/RSK-1.html", "ai-systems/AIS-1.html", "nonconformities/NC-1.html",
                             "incidents/INC-1.html", "objectives/OBJ-1.html", "documents/POL-1.html"}) {
        EXPECT_TRUE(contains(alice, std::string("href=\"") + link + "\"")) << link;
    }
    EXPECT_TRUE(contains(alice, "href=\"people.html#ai-lead\""));
    const std::string bob = element_from(people, "<tr id=\"bob\">", "</tr>");
    EXPECT_TRUE(contains(bob, "href=\"audits/AUD-1.html\"")) << bob;  // named as auditor, not owner
    const std::string role = element_from(people, "<tr id=\"auditor\">", "</tr>");
    EXPECT_TRUE(contains(role, "href=\"people.html#bob\"")) << role;
    EXPECT_TRUE(contains(role, "href=\"training/TRN-2.html\"")) << role;
}

TEST_F(AssurancePages, ContextPageAnchorsIssuesAndPartiesAndLinksDocuments) {
    const std::string& context = page("context.html");
    EXPECT_TRUE(contains(context, "<tr id=\"ISS-1\">"));
    EXPECT_TRUE(contains(context, "<tr id=\"ISS-2\">"));
    const std::string party = element_from(context, "id=\"IP-1\"", "</article>");
    EXPECT_TRUE(contains(party, "href=\"documents/POL-1.html\"")) << party;
    EXPECT_TRUE(contains(party, "requirement not addressed")) << party;
    EXPECT_TRUE(contains(context, "All AI systems of Example Ltd."));
}

TEST(AssurancePagesEscaping, HostileTextIsEscapedEverywhere) {
    const auto pages = render_test_site(assurance_content("<script>alert(1)</script>"));
    for (const char* path : {"incidents.html", "incidents/INC-1.html", "audits/AUD-1.html", "context.html"}) {
        const std::string& html = pages.at(path);
        EXPECT_FALSE(contains(html, "<script>alert(1)")) << path;
        EXPECT_TRUE(contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;")) << path;
    }
}

}  // namespace
}  // namespace aimsgen::testing
