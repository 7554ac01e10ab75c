#include "generator/render/pages/review_pack.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include "generator/render/charts/charts.hpp"

namespace aimsgen::reviews {

const std::array<ReviewInput, 12> k_review_inputs = {{
    {"previous-actions", "Status of actions from previous management reviews"},
    {"context-changes", "Changes in external and internal issues"},
    {"interested-party-changes", "Changes in needs and expectations of interested parties"},
    {"performance", "Information on the performance of the AI management system"},
    {"nonconformities-trend", "Nonconformities and corrective actions"},
    {"monitoring-results", "Monitoring and measurement results"},
    {"audit-results", "Audit results"},
    {"objectives", "Fulfilment of AI objectives"},
    {"risk-assessment", "Risk assessment and risk treatment"},
    {"impact-assessment", "Impact assessments"},
    {"incidents", "Incidents"},
    {"improvement-opportunities", "Opportunities for continual improvement"},
}};

std::string pack_path(std::string_view review_id) {
    return "management-reviews/" + std::string(review_id) + "-pack.html";
}

namespace {

/// Reviews by date (then id), so "the previous review" is a lookup, not a guess.
std::vector<const ManagementReview*> reviews_by_date(const Model& model) {
    std::vector<const ManagementReview*> ordered;
    ordered.reserve(model.reviews.size());
    for (const ManagementReview& review : model.reviews) {
        ordered.push_back(&review);
    }
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const ManagementReview* a, const ManagementReview* b) { return a->date < b->date; });
    return ordered;
}

/// The last held review dated strictly before `day` (or on or before it when `inclusive`).
const ManagementReview* last_held_before(const std::vector<const ManagementReview*>& by_date, Date day,
                                         bool inclusive) {
    const ManagementReview* found = nullptr;
    for (const ManagementReview* review : by_date) {
        const bool before = inclusive ? !(day < review->date) : review->date < day;
        if (!before) {
            break;
        }
        if (review->status == "held") {
            found = review;
        }
    }
    return found;
}

Date interval_start(const ManagementReview* previous, Date end) {
    return previous != nullptr ? previous->date.add_days(1) : end.add_months(-12).add_days(1);
}

}  // namespace

std::vector<PackScope> plan_packs(const Model& model, Date build_as_of) {
    const std::vector<const ManagementReview*> by_date = reviews_by_date(model);
    std::vector<PackScope> packs;
    packs.reserve(model.reviews.size() + 1);
    for (const ManagementReview& review : model.reviews) {
        PackScope scope;
        scope.path = pack_path(review.id);
        scope.review = &review;
        scope.previous = last_held_before(by_date, review.date, false);
        scope.start = interval_start(scope.previous, review.date);
        scope.as_of = std::min(review.date, build_as_of);
        scope.draft = review.status != "held" || build_as_of < review.date;
        packs.push_back(scope);
    }
    PackScope next;
    next.path = std::string(k_draft_pack_path);
    next.previous = last_held_before(by_date, build_as_of, true);
    next.start = interval_start(next.previous, build_as_of);
    next.as_of = build_as_of;
    next.draft = true;
    for (const ManagementReview* review : by_date) {
        if (review->status == "planned" && (next.previous == nullptr || next.previous->date < review->date)) {
            next.prepares = review;
            break;
        }
    }
    packs.push_back(next);
    return packs;
}

std::string decision_status_at(const ReviewDecision& decision, Date day) {
    if (decision.completed) {
        return *decision.completed <= day ? "done" : "open";
    }
    return decision.status;
}

bool decision_overdue_at(const ReviewDecision& decision, Date day) {
    const std::string status = decision_status_at(decision, day);
    return status != "done" && status != "cancelled" && decision.due && *decision.due < day;
}

TemplateData status_pill(const std::string& status) {
    static const std::map<std::string, std::string, std::less<>> k_classes = {
        {"done", "rag-green"},        {"closed", "rag-green"},        {"resolved", "rag-green"},
        {"achieved", "rag-green"},    {"on-track", "rag-green"},      {"held", "rag-green"},
        {"approved", "rag-green"},    {"completed", "rag-green"},     {"open", "rag-amber"},
        {"in-progress", "rag-amber"}, {"investigating", "rag-amber"}, {"at-risk", "rag-amber"},
        {"planned", "rag-grey"},      {"off-track", "rag-red"},       {"draft", "rag-grey"},
    };
    const auto found = k_classes.find(status);
    TemplateData pill;
    pill.set("label", status.empty() ? std::string("not recorded") : status);
    pill.set("css", found == k_classes.end() ? std::string("rag-grey") : found->second);
    return pill;
}

std::string with_unit(const std::string& number, std::string_view unit) {
    if (unit.empty() || unit == "count") {
        return number;
    }
    return number + (unit == "%" ? "" : " ") + std::string(unit);
}

std::string figure_text(const std::optional<double>& value, std::string_view unit, int decimals) {
    return value ? with_unit(format_number(*value, decimals), unit) : std::string("no data");
}

void set_list(TemplateData& page, const std::string& key, TemplateData list) {
    page.set("has_" + key, list.is_list() && !list.list_value().empty());
    page.set(key, std::move(list));
}

namespace {

TemplateData cover_review(const SiteContext& site, const std::string& root, const ManagementReview* review) {
    if (review == nullptr) {
        return TemplateData(false);
    }
    TemplateData data;
    data.set("id", review->id);
    data.set("title", review->title.empty() ? review->id : review->title);
    data.set("href", root + site.map.href(review->id));
    data.set("date", review->date.to_string());
    data.set("status", review->status);
    data.set("chair", person_link(site, root, review->chair));
    return data;
}

/// The table of contents; for a review record, whether its minutes record each input as covered.
TemplateData contents(const ManagementReview* review) {
    TemplateData list{TemplateData::type::list};
    for (const ReviewInput& input : k_review_inputs) {
        TemplateData entry;
        entry.set("anchor", "input-" + std::string(input.id));
        entry.set("heading", std::string(input.heading));
        const bool covered = review != nullptr && std::find(review->inputs.begin(), review->inputs.end(),
                                                            std::string(input.id)) != review->inputs.end();
        entry.set("covered", covered);
        list.push_back(std::move(entry));
    }
    TemplateData decisions;
    decisions.set("anchor", std::string("decisions"));
    decisions.set("heading", std::string(k_decisions_heading));
    decisions.set("covered", true);  // not an input: nothing to flag
    list.push_back(std::move(decisions));
    return list;
}

void add_cover(const PackContext& pack, TemplateData& page) {
    const PackScope& scope = pack.scope;
    const SiteContext& site = pack.site;
    const ManagementReview* review = scope.review != nullptr ? scope.review : scope.prepares;
    page.set("organization", site.model.aims.organization.name);
    page.set("legal_name", optional_text(site.model.aims.organization.legal_name));
    page.set("review", cover_review(site, pack.root, review));
    page.set("for_next_review", scope.review == nullptr);
    page.set("draft", scope.draft);
    page.set("planned_after_as_of", review != nullptr && scope.as_of < review->date);
    page.set("previous_review",
             scope.previous != nullptr ? record_link(site, pack.root, scope.previous->id) : TemplateData(false));
    page.set("period_start", scope.start.to_string());
    page.set("period_end", scope.as_of.to_string());
    page.set("empty_period", scope.as_of < scope.start);
    page.set("pack_as_of", scope.as_of.to_string());
    page.set("has_coverage", scope.review != nullptr && scope.review->status == "held");
    page.set("contents", contents(scope.review != nullptr && scope.review->status == "held" ? scope.review : nullptr));
    page.set("register_href", pack.root + "management-reviews.html");
}

}  // namespace

std::string render_pack(const SiteContext& site, const PackScope& scope, TemplateSet& templates) {
    // Computing is pure: the pack's figures (KPIs, residual heat map) are those
    // the build would give at the pack's own date. The draft at the build's
    // as-of date reuses its figures.
    std::optional<Computed> own;
    const bool reuse = scope.as_of == site.computed.as_of;
    if (!reuse) {
        own = compute_review_figures(site.model, ComputeOptions{scope.as_of, site.computed.period_kind,
                                                                static_cast<int>(site.computed.periods.size())});
    }
    const Computed& at = reuse ? site.computed : *own;
    const PackContext pack{site, scope, at, root_of(scope.path)};

    const std::string name = scope.review != nullptr ? scope.review->id : std::string("next review");
    TemplateData page =
        page_frame(site, scope.path,
                   (scope.draft ? "Draft management review pack: " : "Management review pack: ") + name, "reviews");
    page.set("as_of", scope.as_of.to_string());  // the footer's "figures as of": the pack's own date
    add_cover(pack, page);
    add_previous_actions(pack, page);
    add_context_changes(pack, page);
    add_performance(pack, page);
    add_nonconformities(pack, page);
    add_monitoring(pack, page);
    add_audits(pack, page);
    add_objectives(pack, page);
    add_risk_treatment(pack, page);
    add_impact_assessments(pack, page);
    add_incidents(pack, page);
    add_opportunities(pack, page);
    add_review_decisions(pack, page);
    return render_page(site, templates, "review-pack", page);
}

}  // namespace aimsgen::reviews
