#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>

#include "generator/catalogue/catalogue.hpp"
#include "tests/support/test_site.hpp"

namespace aimsgen::testing {
namespace {

// As of 2026-06-30 (the render_test_site default).

bool contains(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

/// The table row of `page` that holds `marker`.
std::string row_with(const std::string& page, std::string_view marker) {
    const std::size_t at = page.find(marker);
    if (at == std::string::npos) {
        return "";
    }
    const std::size_t start = page.rfind("<tr", at);
    return page.substr(start, page.find("</tr>", at) - start);
}

std::string aims_yaml() {
    return minimal_aims_yaml() + R"(soa:
  version: "2.0"
  approved_by: alice
  approved: 2026-01-10
  next_review: 2026-05-01
interested_parties:
  - id: IP-1
    name: Regulator
    type: regulator
    raised: 2025-03-01
    requirements:
      - description: A documented AI policy
        addressed_by: [POL-1]
)";
}

std::string soa_yaml(const std::string& justification) {
    return R"(- control: A.2.2
  applicable: true
  reasons: [legal, business]
  justification: ")" +
           justification + R"("
  status: implemented
  implementation: Policy approved by the board.
  owner: alice
  documents: [POL-1]
  evidence:
    - path: evidence/minutes.md
      description: Board minutes approving the policy
      date: 2026-01-10
    - url: https://intranet.example.com/policy
      description: Published policy page
      date: 2026-01-12
      expires: 2026-03-01
  next_review: 2026-03-01
  history:
    - date: 2025-06-01
      status: planned
    - date: 2026-01-10
      status: implemented
      note: Approved by the board
- control: A.2.3
  applicable: false
  justification: No other policies exist yet.
- control: ORG-1
  additional: true
  title: Model cards for every model
  group: Our own controls
  applicable: true
  reasons: [business]
  justification: House rule.
  status: planned
  owner: bob
)";
}

TestContent soa_content(const std::string& justification = "Required by the AI Act") {
    TestContent content;
    content.file("aims.yaml", aims_yaml());
    content.file("registers/soa.yaml", soa_yaml(justification));
    content.file("evidence/minutes.md", "# Minutes\n\nApproved.\n");
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
  documents: [POL-1]
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
  controls: [A.2.2]
  residual_likelihood: 2
  residual_impact: 2
  status: treating
  next_review: 2026-12-01
)");
    content.file("registers/audits.yaml", R"(- id: AUD-1
  title: Policy audit
  type: internal
  cycle: "2026"
  planned: 2026-02-01
  performed: 2026-02-02
  status: completed
  auditor: bob
  scope_clauses: ["5.2"]
  scope_controls: [A.2.2]
  findings:
    - id: F-1
      type: minor
      title: Policy not yet communicated to contractors
      clauses: ["5.2"]
      controls: [A.2.2]
)");
    content.file("registers/nonconformities.yaml", R"(- id: NC-1
  title: Contractors not told
  source: internal-audit
  source_ref: F-1
  raised: 2026-02-03
  clauses: ["5.2"]
  controls: [A.2.2]
  owner: alice
  due: 2026-09-30
  status: open
)");
    content.file("documents/policies/POL-1-ai-policy.md", R"(---
id: POL-1
title: AI policy
type: policy
owner: alice
version: "1.0"
status: approved
approved_by: alice
approved: 2026-01-10
next_review: 2026-05-01
clauses: ["5.2"]
controls: [A.2.2]
fulfils: [ai-policy]
---
# AI policy

## 1. Purpose

Follow the [risk method](../procedures/PRO-1-risk-method.md#2-scope), see the [board minutes](../../evidence/minutes.md),
a [missing note](../../notes/none.md), [bad](javascript:alert(1)) and [the intranet](https://intranet.example.com/).

<script>alert('body')</script>

| Rule | Owner |
|------|-------|
| One  | Alice |
)");
    content.file("documents/procedures/PRO-1-risk-method.md", R"(---
id: PRO-1
title: Risk method
type: procedure
owner: alice
version: "0.3"
status: draft
clauses: ["6.1.2"]
supersedes: RET-1
---
# Risk method

## 2. Scope

Back to the [policy](../policies/POL-1-ai-policy.md).
)");
    content.file("documents/procedures/RET-1-old-method.md", R"(---
id: RET-1
title: Old risk method
type: procedure
owner: alice
version: "1.0"
status: retired
approved_by: alice
approved: 2024-01-10
---
Old text.
)");
    return content;
}

TEST(ControlPages, SoaListsEveryCatalogueControlInOrderWithAdditionalControlsLast) {
    const auto pages = render_test_site(soa_content());
    ASSERT_TRUE(pages.contains("controls.html"));
    const std::string& soa = pages.at("controls.html");
    std::size_t last = 0;
    for (const CatalogueControl& control : iso42001_catalogue().controls) {
        const std::size_t at =
            soa.find("<a href=\"controls/" + control.id + ".html\">" + control.id + "</a>");
        ASSERT_NE(at, std::string::npos) << control.id;
        EXPECT_GT(at, last) << control.id << " out of catalogue order";
        last = at;
        EXPECT_TRUE(pages.contains("controls/" + control.id + ".html")) << control.id;
    }
    EXPECT_GT(soa.find("controls/ORG-1.html"), last);
    EXPECT_TRUE(pages.contains("controls/ORG-1.html"));
    EXPECT_TRUE(contains(soa, "id=\"soa-A.2\"")) << "one table per group";
    EXPECT_TRUE(contains(soa, "data-table=\"soa-A.10\""));
    // the organization's own group: its name as the heading, a valid id for its table
    EXPECT_TRUE(contains(soa, "<h2 id=\"soa-Our-own-controls-heading\">Our own controls</h2>"))
        << soa;
    EXPECT_TRUE(contains(soa, "<table id=\"soa-Our-own-controls\""));
}

TEST(ControlPages, SoaRowsShowApplicabilityStatusEvidenceAndFlags) {
    const auto pages = render_test_site(soa_content());
    const std::string& soa = pages.at("controls.html");
    const std::string applied = row_with(soa, "controls/A.2.2.html");
    EXPECT_TRUE(contains(applied, ">Yes<")) << applied;
    EXPECT_TRUE(contains(applied, "<span class=\"reason\">legal</span>")) << applied;
    EXPECT_TRUE(contains(applied, "impl-implemented\">implemented<")) << applied;
    EXPECT_TRUE(contains(applied, "1 of 2 current")) << applied;  // the URL expired on 2026-03-01
    EXPECT_TRUE(contains(applied, "2026-03-01 <span class=\"flag flag-amber\">overdue</span>"))
        << applied;
    EXPECT_TRUE(contains(applied, "people.html#alice")) << applied;

    const std::string excluded = row_with(soa, "controls/A.2.3.html");
    EXPECT_TRUE(contains(excluded, "class=\"not-applicable\"")) << excluded;
    EXPECT_TRUE(contains(excluded, ">No<")) << excluded;

    const std::string undecided = row_with(soa, "controls/A.2.4.html");
    EXPECT_TRUE(contains(undecided, "No SoA entry yet")) << undecided;

    // SoA document control from aims.yaml, its review overdue on 2026-06-30
    EXPECT_TRUE(contains(soa, "<dd>2.0</dd>")) << soa;
    EXPECT_TRUE(contains(soa, "2026-05-01 <span class=\"flag flag-amber\">overdue</span>"));
    // the change log comes from the entries' history
    EXPECT_TRUE(contains(soa, "Approved by the board"));
}

TEST(ControlPages, ControlPageShowsEntryEvidenceAndRelatedRecordsBothWays) {
    const auto pages = render_test_site(soa_content());
    const std::string& page = pages.at("controls/A.2.2.html");
    EXPECT_TRUE(contains(page, "href=\"../controls.html\"")) << "breadcrumb";
    EXPECT_TRUE(contains(page, "Policy approved by the board."));
    EXPECT_TRUE(contains(page, "<code>evidence/minutes.md</code>"));
    EXPECT_TRUE(
        contains(page, "href=\"https://intranet.example.com/policy\" rel=\"noopener noreferrer\""));
    EXPECT_TRUE(contains(page, "<span class=\"flag flag-red\">expired</span>"));
    // size and SHA-256 of the file as the build read it
    EXPECT_TRUE(contains(page, "present</span> 21 B")) << page;
    EXPECT_TRUE(
        std::regex_search(page, std::regex("<code class=\"hash\"[^>]*>[0-9a-f]{64}</code>")));
    EXPECT_TRUE(contains(page, "href=\"../evidence.html#ev-A.2.2-1\""));
    EXPECT_TRUE(contains(page, "href=\"../risks/RSK-1.html\""));
    EXPECT_TRUE(contains(page, "href=\"../documents/POL-1.html\""));
    EXPECT_TRUE(contains(page, "href=\"../audits/AUD-1.html#F-1\""));
    EXPECT_TRUE(contains(page, "href=\"../nonconformities/NC-1.html\""));
    EXPECT_TRUE(contains(page, "href=\"../audits/AUD-1.html\">AUD-1</a> on 2026-02-02"))
        << "last audit";
    EXPECT_TRUE(contains(page, "impl-planned\">planned<")) << "status history";
    EXPECT_TRUE(contains(page, "Recorded in <code>registers/soa.yaml:1</code>"));

    const std::string& undecided = pages.at("controls/A.2.4.html");
    EXPECT_TRUE(contains(undecided, "<h2>No SoA entry yet</h2>"));
    // and back: the document lists the control, the risk page links the control
    EXPECT_TRUE(contains(pages.at("documents/POL-1.html"), "href=\"../controls/A.2.2.html\""));
}

TEST(ControlPages, HostileTextIsEscaped) {
    const auto pages = render_test_site(soa_content("<script>alert(1)</script>"));
    for (const std::string path : {"controls.html", "controls/A.2.2.html"}) {
        const std::string& page = pages.at(path);
        EXPECT_FALSE(contains(page, "<script>alert(1)")) << path;
        EXPECT_TRUE(contains(page, "&lt;script&gt;alert(1)&lt;/script&gt;")) << path;
    }
}

TEST(ClausePages, EveryClauseHasAPageWithItsDocumentsAuditsAndFindings) {
    const auto pages = render_test_site(soa_content());
    for (const CatalogueClause& clause : iso42001_catalogue().clauses) {
        EXPECT_TRUE(pages.contains("clauses/" + clause.id + ".html")) << clause.id;
    }
    const std::string& clause = pages.at("clauses/5.2.html");
    EXPECT_TRUE(contains(clause, "href=\"../clauses/5.html\"")) << "parent";
    EXPECT_TRUE(contains(clause, "href=\"../documents/POL-1.html\""));
    EXPECT_TRUE(contains(clause, "href=\"../audits/AUD-1.html\""));
    EXPECT_TRUE(contains(clause, "href=\"../audits/AUD-1.html#F-1\""));
    EXPECT_TRUE(contains(clause, "href=\"../nonconformities/NC-1.html\""));
    const std::string& parent = pages.at("clauses/5.html");
    EXPECT_TRUE(contains(parent, "href=\"../clauses/5.2.html\"")) << "children";
    EXPECT_TRUE(pages.contains("clauses.html"));
    EXPECT_TRUE(contains(pages.at("clauses.html"), "href=\"clauses/6.1.2.html\""));
    // the document page links the clause back
    EXPECT_TRUE(contains(pages.at("documents/POL-1.html"), "href=\"../clauses/5.2.html\""));
}

TEST(TraceabilityPage, RowsTraceClausesAndControlsToDocumentsEvidenceAndFindings) {
    const auto pages = render_test_site(soa_content());
    ASSERT_TRUE(pages.contains("traceability.html"));
    const std::string& matrix = pages.at("traceability.html");
    const std::string clause = row_with(matrix, "href=\"clauses/5.2.html\"");
    EXPECT_TRUE(contains(clause, "href=\"documents/POL-1.html\"")) << clause;
    EXPECT_TRUE(contains(clause, "href=\"audits/AUD-1.html#F-1\"")) << clause;
    EXPECT_TRUE(contains(clause, "href=\"nonconformities/NC-1.html\"")) << clause;
    EXPECT_TRUE(contains(matrix, "href=\"clauses/10.2.html\""));
    EXPECT_FALSE(contains(matrix, "href=\"clauses/5.html\"")) << "main clauses are headings only";

    const std::string control = row_with(matrix, "href=\"controls/A.2.2.html\"");
    EXPECT_TRUE(contains(control, "href=\"evidence.html#ev-A.2.2-1\"")) << control;
    EXPECT_TRUE(contains(control, "minutes.md")) << control;
    EXPECT_TRUE(contains(control, "not current")) << control;  // the expired URL
    EXPECT_TRUE(contains(control, "href=\"documents/POL-1.html\"")) << control;
    EXPECT_TRUE(contains(control, "href=\"audits/AUD-1.html#F-1\"")) << control;
    EXPECT_TRUE(contains(row_with(matrix, "href=\"controls/A.3.2.html\""), "No SoA entry yet"));
}

TEST(EvidencePage, IndexesEveryItemWithItsFileAndCitingRecord) {
    const auto pages = render_test_site(soa_content());
    ASSERT_TRUE(pages.contains("evidence.html"));
    const std::string& index = pages.at("evidence.html");
    const std::string file = row_with(index, "id=\"ev-A.2.2-1\"");
    EXPECT_TRUE(contains(file, "<code>evidence/minutes.md</code>")) << file;
    EXPECT_TRUE(contains(file, "href=\"controls/A.2.2.html\"")) << file;
    EXPECT_TRUE(contains(file, "flag-green\">yes<")) << file;
    EXPECT_TRUE(contains(file, "data-sort=\"21\">21 B<")) << file;
    EXPECT_TRUE(std::regex_search(file, std::regex("<code class=\"hash\">[0-9a-f]{64}</code>")))
        << file;
    const std::string url = row_with(index, "id=\"ev-A.2.2-2\"");
    EXPECT_TRUE(contains(url, "rel=\"noopener noreferrer\"")) << url;
    EXPECT_TRUE(contains(url, "2026-03-01<br><span class=\"flag flag-red\">expired</span>")) << url;
}

TEST(DocumentPages, RegisterFlagsDraftsRetiredAndOverdueReviews) {
    const auto pages = render_test_site(soa_content());
    ASSERT_TRUE(pages.contains("documents.html"));
    const std::string& documents = pages.at("documents.html");
    const std::string policy = row_with(documents, "href=\"documents/POL-1.html\"");
    EXPECT_TRUE(contains(policy, "2026-05-01 <span class=\"flag flag-amber\">overdue</span>"))
        << policy;
    EXPECT_TRUE(contains(policy, "<code class=\"fulfils\">ai-policy</code>")) << policy;
    EXPECT_TRUE(
        contains(row_with(documents, "href=\"documents/PRO-1.html\""), "doc-draft\">draft<"));
    EXPECT_TRUE(
        contains(row_with(documents, "href=\"documents/RET-1.html\""), "class=\"retired\""));
    EXPECT_TRUE(contains(pages.at("documents/PRO-1.html"), "<h2>Draft</h2>"));
    const std::string& retired = pages.at("documents/RET-1.html");
    EXPECT_TRUE(contains(retired, "<h2>Retired</h2>"));
    EXPECT_TRUE(contains(retired, "Superseded by <a href=\"../documents/PRO-1.html\">PRO-1</a>"))
        << retired;
}

TEST(DocumentPages, BodyIsSafeMarkdownWithLinksIntoThePortal) {
    const auto pages = render_test_site(soa_content());
    const std::string& page = pages.at("documents/POL-1.html");
    const std::size_t start = page.find("<div class=\"document-body\">");
    ASSERT_NE(start, std::string::npos);
    const std::string body =
        page.substr(start, page.find("<aside class=\"document-related\"") - start);
    EXPECT_TRUE(contains(body, "<a href=\"PRO-1.html#2-scope\">risk method</a>")) << body;
    EXPECT_TRUE(contains(body, "<a href=\"../evidence.html#ev-A.2.2-1\">board minutes</a>"))
        << body;
    EXPECT_TRUE(contains(body, "a missing note,")) << body;
    EXPECT_FALSE(contains(body, "none.md")) << body;
    EXPECT_FALSE(contains(body, "javascript")) << body;
    EXPECT_FALSE(contains(body, "<script")) << body;
    EXPECT_TRUE(contains(body, "<a href=\"https://intranet.example.com/\">the intranet</a>"))
        << body;
    EXPECT_TRUE(contains(body, "<td>Alice</td>")) << body;
    EXPECT_TRUE(contains(body, "<h2 id=\"ai-policy\">AI policy</h2>"))
        << "one h1 per page: " << body;
    EXPECT_TRUE(contains(body, "<h3 id=\"1-purpose\">")) << body;
    // the target anchor exists on the other page, and the link back works
    EXPECT_TRUE(contains(pages.at("documents/PRO-1.html"), "id=\"2-scope\""));
    EXPECT_TRUE(contains(pages.at("documents/PRO-1.html"), "<a href=\"POL-1.html\">policy</a>"));
    // related records: SoA entries citing it, systems, interested-party requirements
    EXPECT_TRUE(contains(page, "href=\"../controls/A.2.2.html\""));
    EXPECT_TRUE(contains(page, "href=\"../ai-systems/AIS-1.html\""));
    EXPECT_TRUE(contains(page, "A documented AI policy (<a href=\"../context.html#IP-1\">"))
        << page;
}

/// Every relative link on the pages of this area leads to a page of the
/// portal (and, for our own pages, to an element with that id).
TEST(ControlPages, InternalLinksResolve) {
    const auto pages = render_test_site(soa_content());
    const std::regex href("href=\"([^\"#:]*)(#[^\"]*)?\"");
    const std::set<std::string> ours = {"controls.html", "clauses.html", "traceability.html",
                                        "evidence.html", "documents.html"};
    for (const auto& [path, html] : pages) {
        const bool mine = ours.contains(path) || path.starts_with("controls/") ||
                          path.starts_with("clauses/") || path.starts_with("documents/");
        if (!mine) {
            continue;
        }
        const std::string folder =
            path.find('/') == std::string::npos ? "" : path.substr(0, path.find('/') + 1);
        for (auto it = std::sregex_iterator(html.begin(), html.end(), href);
             it != std::sregex_iterator(); ++it) {
            std::string target = (*it)[1].str();
            if (target.empty() || target.starts_with("assets/") ||
                target.starts_with("../assets/")) {
                continue;
            }
            target = target.starts_with("../") ? target.substr(3) : folder + target;
            EXPECT_TRUE(pages.contains(target)) << path << " links to " << (*it)[0].str();
            const std::string anchor = (*it)[2].str();
            if (pages.contains(target) && !anchor.empty() &&
                (ours.contains(target) || target.starts_with("documents/"))) {
                EXPECT_TRUE(contains(pages.at(target), "id=\"" + anchor.substr(1) + "\""))
                    << path << " links to missing anchor " << (*it)[0].str();
            }
        }
    }
}

}  // namespace
}  // namespace aimsgen::testing
