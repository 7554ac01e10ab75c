// Management reviews (clause 9.3): the register, a page per review record
// with its decisions, and a review pack per record plus a draft pack for the
// next review (review_pack*.cpp).

#include <algorithm>
#include <map>

#include "generator/render/pages/pages.hpp"
#include "generator/render/pages/review_pack.hpp"

namespace aimsgen {

namespace {

using reviews::PackScope;

std::string source_of(const Origin& origin) {
    return origin.path + ":" + std::to_string(origin.pos.line);
}

/// Decisions open and done at `day`, and how many of the open ones are late.
struct DecisionCounts {
    int open = 0;
    int done = 0;
    int cancelled = 0;
    int overdue = 0;
};

DecisionCounts count_decisions(const ManagementReview& review, Date day) {
    DecisionCounts counts;
    for (const ReviewDecision& decision : review.decisions) {
        const std::string status = reviews::decision_status_at(decision, day);
        counts.done += status == "done" ? 1 : 0;
        counts.cancelled += status == "cancelled" ? 1 : 0;
        counts.open += status != "done" && status != "cancelled" ? 1 : 0;
        counts.overdue += reviews::decision_overdue_at(decision, day) ? 1 : 0;
    }
    return counts;
}

TemplateData review_row(const SiteContext& site, const std::string& root, const ManagementReview& review) {
    const Date as_of = site.computed.as_of;
    TemplateData row;
    row.set("id", review.id);
    row.set("href", root + site.map.href(review.id));
    row.set("title", review.title.empty() ? review.id : review.title);
    row.set("date", review.date.to_string());
    row.set("status", reviews::status_pill(review.status));
    row.set("not_held", review.status != "held" && review.date < as_of);
    row.set("chair", person_link(site, root, review.chair));
    row.set("inputs_covered", std::to_string(review.inputs.size()));
    row.set("inputs_total", std::to_string(reviews::k_review_inputs.size()));
    const DecisionCounts counts = count_decisions(review, as_of);
    row.set("decisions_open", std::to_string(counts.open));
    row.set("decisions_done", std::to_string(counts.done));
    row.set("decisions_cancelled", optional_text(counts.cancelled > 0 ? std::to_string(counts.cancelled) : ""));
    row.set("decisions_overdue", optional_text(counts.overdue > 0 ? std::to_string(counts.overdue) : ""));
    row.set("pack_href", root + reviews::pack_path(review.id));
    row.set("pack_draft", review.status != "held" || as_of < review.date);
    return row;
}

TemplateData input_rows(const std::string& pack_href, const ManagementReview& review) {
    TemplateData rows{TemplateData::type::list};
    for (const reviews::ReviewInput& input : reviews::k_review_inputs) {
        const bool covered =
            std::find(review.inputs.begin(), review.inputs.end(), std::string(input.id)) != review.inputs.end();
        TemplateData row;
        row.set("heading", std::string(input.heading));
        row.set("href", pack_href + "#input-" + std::string(input.id));
        row.set("covered", covered);
        rows.push_back(std::move(row));
    }
    return rows;
}

/// The review's decisions at the build's as-of date; `any_links` tells whether any is linked with another record.
TemplateData decision_rows(const SiteContext& site, const std::string& root, const ManagementReview& review,
                           bool& any_links) {
    const Date as_of = site.computed.as_of;
    TemplateData rows{TemplateData::type::list};
    for (const ReviewDecision& decision : review.decisions) {
        TemplateData row;
        row.set("id", decision.id);
        row.set("description", decision.description);
        row.set("type", optional_text(decision.type));
        row.set("owner", person_link(site, root, decision.owner));
        row.set("due", date_text(decision.due));
        row.set("overdue", reviews::decision_overdue_at(decision, as_of));
        row.set("status", reviews::status_pill(reviews::decision_status_at(decision, as_of)));
        row.set(
            "completed",
            optional_text(decision.completed && !(as_of < *decision.completed) ? decision.completed->to_string() : ""));
        std::vector<std::string> related;
        for (const auto& [kind, ids] : site.model.links.of(decision.id)) {
            related.insert(related.end(), ids.begin(), ids.end());
        }
        any_links = any_links || !related.empty();
        row.set("related", record_links(site, root, related));
        rows.push_back(std::move(row));
    }
    return rows;
}

/// Every record linked with the review, grouped by kind.
TemplateData related_groups(const SiteContext& site, const std::string& root, const std::string& id) {
    static const std::map<std::string, std::string, std::less<>> k_titles = {{"nonconformity", "Nonconformities"},
                                                                             {"document", "Documents"},
                                                                             {"audit", "Audits"},
                                                                             {"objective", "Objectives"},
                                                                             {"risk", "Risks"},
                                                                             {"system", "AI systems"},
                                                                             {"incident", "Incidents"},
                                                                             {"decision", "Governance decisions"}};
    TemplateData groups{TemplateData::type::list};
    for (const auto& [kind, ids] : site.model.links.of(id)) {
        if (kind == "person" || kind == "role" || ids.empty()) {
            continue;  // chair and attendees have their own block
        }
        const auto title = k_titles.find(kind);
        TemplateData group;
        group.set("kind", title == k_titles.end() ? kind : title->second);
        group.set("records", record_links(site, root, ids));
        groups.push_back(std::move(group));
    }
    return groups;
}

TemplateData minutes_data(const SiteContext& site, const std::optional<Evidence>& minutes) {
    if (!minutes) {
        return TemplateData(false);
    }
    TemplateData data;
    data.set("description", optional_text(minutes->description));
    data.set("path", optional_text(minutes->path));
    const bool web = minutes->url.starts_with("https://") || minutes->url.starts_with("http://");
    data.set("url", optional_text(web ? minutes->url : ""));
    data.set("date", optional_text(date_text(minutes->date)));
    const auto file = site.evidence_files.find(minutes->path);
    const bool present = file != site.evidence_files.end() && file->second.exists;
    data.set("file_present", !minutes->path.empty() && present);
    data.set("file_missing", !minutes->path.empty() && !present);
    return data;
}

std::string render_review(const SiteContext& site, const ManagementReview& review, TemplateSet& templates) {
    const std::string path = site.map.href(review.id);
    const std::string root = root_of(path);
    TemplateData page =
        page_frame(site, path, review.title.empty() ? review.id : review.id + " " + review.title, "reviews");
    page.set("review", review_row(site, root, review));
    TemplateData attendees{TemplateData::type::list};
    for (const std::string& attendee : review.attendees) {
        attendees.push_back(person_link(site, root, attendee));
    }
    reviews::set_list(page, "attendees", std::move(attendees));
    page.set("inputs", input_rows(root + reviews::pack_path(review.id), review));
    page.set("minutes", minutes_data(site, review.minutes));
    page.set("summary", optional_text(review.summary));
    bool decision_links = false;
    reviews::set_list(page, "decisions", decision_rows(site, root, review, decision_links));
    page.set("has_decision_links", decision_links);
    reviews::set_list(page, "related", related_groups(site, root, review.id));
    page.set("source", source_of(review.origin));
    return render_page(site, templates, "management-review", page);
}

std::string render_register(const SiteContext& site, const std::vector<PackScope>& packs, TemplateSet& templates) {
    TemplateData page = page_frame(site, "management-reviews.html", "Management reviews", "reviews");
    page.set("workbook", workbook_link(site, "", "management-review.xlsx"));
    TemplateData rows{TemplateData::type::list};
    std::vector<const ManagementReview*> ordered;
    for (const ManagementReview& review : site.model.reviews) {
        ordered.push_back(&review);
    }
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const ManagementReview* a, const ManagementReview* b) { return b->date < a->date; });
    for (const ManagementReview* review : ordered) {
        rows.push_back(review_row(site, "", *review));
    }
    reviews::set_list(page, "reviews", std::move(rows));
    page.set("count", std::to_string(site.model.reviews.size()));
    const PackScope& next = packs.back();
    page.set("draft_href", std::string(reviews::k_draft_pack_path));
    page.set("draft_start", next.start.to_string());
    page.set("draft_end", next.as_of.to_string());
    page.set("draft_previous",
             next.previous != nullptr ? record_link(site, "", next.previous->id) : TemplateData(false));
    page.set("draft_prepares",
             next.prepares != nullptr ? record_link(site, "", next.prepares->id) : TemplateData(false));
    page.set("draft_prepares_date", next.prepares != nullptr ? next.prepares->date.to_string() : std::string());
    return render_page(site, templates, "management-reviews", page);
}

}  // namespace

void add_review_pages(const SiteContext& site, PageList& pages) {
    auto packs = std::make_shared<const std::vector<PackScope>>(reviews::plan_packs(site.model, site.computed.as_of));
    pages.push_back({"management-reviews.html",
                     [&site, packs](TemplateSet& templates) { return render_register(site, *packs, templates); },
                     true});
    for (const ManagementReview& review : site.model.reviews) {
        pages.push_back({site.map.href(review.id),
                         [&site, &review](TemplateSet& templates) { return render_review(site, review, templates); }});
    }
    for (const PackScope& scope : *packs) {
        pages.push_back({scope.path, [&site, packs, &scope](TemplateSet& templates) {
                             return reviews::render_pack(site, scope, templates);
                         }});
    }
}

}  // namespace aimsgen
