// Pack sections about the management system's context and the reviews
// themselves: actions from previous reviews, changes in issues and interested
// parties, opportunities for improvement, and the review's own decisions.

#include "generator/render/pages/review_pack.hpp"

namespace aimsgen::reviews {

namespace {

/// Reviews whose decisions are "previous actions" for this pack: held before
/// the review (for the draft, on or before its as-of date).
bool is_earlier(const PackScope& scope, const ManagementReview& review) {
    if (scope.review != nullptr) {
        return review.date < scope.review->date && review.id != scope.review->id;
    }
    return !(scope.as_of < review.date);
}

TemplateData decision_row(const PackContext& pack, const ManagementReview& review, const ReviewDecision& decision) {
    const Date day = pack.scope.as_of;
    TemplateData row;
    row.set("id", decision.id);
    row.set("href", pack.root + pack.site.map.href(decision.id));
    row.set("review", record_link(pack.site, pack.root, review.id));
    row.set("description", decision.description);
    row.set("type", optional_text(decision.type));
    row.set("owner", person_link(pack.site, pack.root, decision.owner));
    row.set("due", date_text(decision.due));
    row.set("overdue", decision_overdue_at(decision, day));
    row.set("status", status_pill(decision_status_at(decision, day)));
    row.set("completed",
            optional_text(decision.completed && !(day < *decision.completed) ? decision.completed->to_string() : ""));
    return row;
}

/// The change dates of an issue or party that fall in the pack's interval.
std::string change_text(const PackContext& pack, const std::optional<Date>& raised,
                        const std::optional<Date>& changed) {
    std::string text;
    if (raised && pack.in_interval(*raised)) {
        text = "raised " + raised->to_string();
    }
    if (changed && pack.in_interval(*changed)) {
        text += (text.empty() ? "changed " : ", changed ") + changed->to_string();
    }
    return text;
}

}  // namespace

void add_previous_actions(const PackContext& pack, TemplateData& page) {
    TemplateData rows{TemplateData::type::list};
    int done = 0;
    int open = 0;
    int overdue = 0;
    for (const ManagementReview& review : pack.site.model.reviews) {
        if (!is_earlier(pack.scope, review)) {
            continue;
        }
        const bool from_previous = pack.scope.previous != nullptr && pack.scope.previous->id == review.id;
        for (const ReviewDecision& decision : review.decisions) {
            // Older reviews' actions stay on the list until done; the previous
            // review's are all reported once, whatever their state.
            const bool done_before = decision.completed && *decision.completed < pack.scope.start;
            if (!from_previous && (done_before || decision.status == "cancelled")) {
                continue;
            }
            const std::string status = decision_status_at(decision, pack.scope.as_of);
            done += status == "done" ? 1 : 0;
            open += status != "done" && status != "cancelled" ? 1 : 0;
            overdue += decision_overdue_at(decision, pack.scope.as_of) ? 1 : 0;
            rows.push_back(decision_row(pack, review, decision));
        }
    }
    set_list(page, "previous_actions", std::move(rows));
    page.set("actions_done", std::to_string(done));
    page.set("actions_open", std::to_string(open));
    page.set("actions_overdue", std::to_string(overdue));
    page.set("has_actions_overdue", overdue > 0);
}

void add_context_changes(const PackContext& pack, TemplateData& page) {
    TemplateData issues{TemplateData::type::list};
    for (const ContextIssue& issue : pack.site.model.aims.issues) {
        const std::string change = change_text(pack, issue.raised, issue.changed);
        if (change.empty()) {
            continue;
        }
        TemplateData row;
        row.set("link", record_link(pack.site, pack.root, issue.id));
        row.set("kind", std::string(issue.external ? "External" : "Internal"));
        row.set("description", issue.description);
        row.set("impact", optional_text(issue.impact));
        row.set("status", optional_text(issue.status));
        row.set("change", change);
        issues.push_back(row);
    }
    set_list(page, "issues", std::move(issues));

    TemplateData parties{TemplateData::type::list};
    for (const InterestedParty& party : pack.site.model.aims.interested_parties) {
        const std::string change = change_text(pack, party.raised, party.changed);
        if (change.empty()) {
            continue;
        }
        TemplateData requirements{TemplateData::type::list};
        for (const PartyRequirement& requirement : party.requirements) {
            TemplateData entry;
            entry.set("description", requirement.description);
            entry.set("addressed_by", record_links(pack.site, pack.root, requirement.addressed_by));
            requirements.push_back(std::move(entry));
        }
        TemplateData row;
        row.set("link", record_link(pack.site, pack.root, party.id));
        row.set("type", optional_text(party.type));
        row.set("requirements", std::move(requirements));
        row.set("change", change);
        parties.push_back(std::move(row));
    }
    set_list(page, "parties", std::move(parties));
}

void add_opportunities(const PackContext& pack, TemplateData& page) {
    TemplateData findings{TemplateData::type::list};
    for (const Audit& audit : pack.site.model.audits) {
        if (!audit.performed || !pack.in_interval(*audit.performed)) {
            continue;
        }
        for (const AuditFinding& finding : audit.findings) {
            if (finding.type != "opportunity") {
                continue;
            }
            TemplateData row;
            row.set("link", record_link(pack.site, pack.root, finding.id));
            row.set("audit", record_link(pack.site, pack.root, audit.id));
            row.set("description", optional_text(finding.description));
            findings.push_back(std::move(row));
        }
    }
    set_list(page, "opportunity_findings", std::move(findings));

    // Improvements decided earlier: under way at the pack date, or delivered in its interval.
    TemplateData improvements{TemplateData::type::list};
    for (const ManagementReview& review : pack.site.model.reviews) {
        if (!is_earlier(pack.scope, review)) {
            continue;
        }
        for (const ReviewDecision& decision : review.decisions) {
            const std::string status = decision_status_at(decision, pack.scope.as_of);
            const bool delivered = status == "done" && decision.completed && pack.in_interval(*decision.completed);
            const bool under_way = status != "done" && status != "cancelled";
            if (decision.type == "improvement" && (delivered || under_way)) {
                improvements.push_back(decision_row(pack, review, decision));
            }
        }
    }
    set_list(page, "improvements", std::move(improvements));
}

void add_review_decisions(const PackContext& pack, TemplateData& page) {
    TemplateData rows{TemplateData::type::list};
    const ManagementReview* review = pack.scope.review;
    if (review != nullptr && !pack.scope.draft) {
        for (const ReviewDecision& decision : review->decisions) {
            rows.push_back(decision_row(pack, *review, decision));
        }
    }
    set_list(page, "decisions_taken", rows);
    // A draft (or a held review that recorded none) leaves room to write them in.
    TemplateData blank{TemplateData::type::list};
    if (rows.list_value().empty()) {
        for (int n = 1; n <= 6; ++n) {
            blank.push_back(TemplateData("n", std::to_string(n)));
        }
    }
    set_list(page, "blank_decisions", std::move(blank));
}

}  // namespace aimsgen::reviews
