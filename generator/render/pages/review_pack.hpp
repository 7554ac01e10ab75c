#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "generator/render/site_context.hpp"

// Management reviews and their input packs (clause 9.3). Internal to the
// review pages: review_pages.cpp renders the register and the record pages,
// review_pack*.cpp the packs.

namespace aimsgen::reviews {

/// One clause 9.3 input: the id a review record lists under `inputs:` and
/// the heading its section carries in a pack.
struct ReviewInput {
    std::string_view id;
    std::string_view heading;
};

/// The twelve inputs in the order of clause 9.3 and of every pack.
extern const std::array<ReviewInput, 12> k_review_inputs;
/// The heading of the last pack section, after the twelve inputs.
inline constexpr std::string_view k_decisions_heading = "Decisions of the review";

inline constexpr std::string_view k_draft_pack_path = "management-reviews/draft-pack.html";
/// management-reviews/<id>-pack.html
std::string pack_path(std::string_view review_id);

/// What one pack covers. Every figure in it is computed at `as_of`, so the pack
/// of a held review rebuilds identically whatever the build's as-of date.
struct PackScope {
    std::string path;
    const ManagementReview* review = nullptr;    ///< null for the draft of the next review
    const ManagementReview* prepares = nullptr;  ///< for the draft: the planned review it prepares, if any
    const ManagementReview* previous = nullptr;  ///< the held review before, whose date opens the interval
    Date start;          ///< first day covered: the day after the previous review, else twelve months back
    Date as_of;          ///< last day covered and the date every figure stands at
    bool draft = false;  ///< not a held review's record: figures may still move
};

/// One pack per management review record (in id order), then the draft pack
/// for the next review. A review dated after the build's as-of date is cut at
/// it (nothing after the as-of date counts) and is a draft.
std::vector<PackScope> plan_packs(const Model& model, Date build_as_of);

std::string render_pack(const SiteContext& site, const PackScope& scope, TemplateSet& templates);

// Shared by the review pages and the packs.

/// A review decision's status as it stood at `day`: "done" once completed on or
/// before it; "open" when completed only later; otherwise the recorded status.
std::string decision_status_at(const ReviewDecision& decision, Date day);
/// Not done or cancelled at `day` and its due date is before it.
bool decision_overdue_at(const ReviewDecision& decision, Date day);
/// {label, css} for a status word, so colour is never the only signal.
TemplateData status_pill(const std::string& status);
/// "62.5%", "3", "12.4 days", or "no data"; at most `decimals` places.
std::string figure_text(const std::optional<double>& value, std::string_view unit, int decimals = 1);
/// A number with its unit: "62.5%", "3", "0.85 ratio".
std::string with_unit(const std::string& number, std::string_view unit);

/// The figures a pack section is built from.
struct PackContext {
    const SiteContext& site;
    const PackScope& scope;
    const Computed& at;  ///< compute() at scope.as_of
    std::string root;    ///< from the pack page to the output root

    bool in_interval(Date day) const { return !(day < scope.start) && !(scope.as_of < day); }
    bool by_end(Date day) const { return !(scope.as_of < day); }
};

// Section builders: each sets the keys its part of review-pack.mustache names.
void add_previous_actions(const PackContext& pack, TemplateData& page);
void add_context_changes(const PackContext& pack, TemplateData& page);
void add_performance(const PackContext& pack, TemplateData& page);
void add_nonconformities(const PackContext& pack, TemplateData& page);
void add_monitoring(const PackContext& pack, TemplateData& page);
void add_audits(const PackContext& pack, TemplateData& page);
void add_objectives(const PackContext& pack, TemplateData& page);
void add_risk_treatment(const PackContext& pack, TemplateData& page);
void add_impact_assessments(const PackContext& pack, TemplateData& page);
void add_incidents(const PackContext& pack, TemplateData& page);
void add_opportunities(const PackContext& pack, TemplateData& page);
void add_review_decisions(const PackContext& pack, TemplateData& page);

/// `list` when it has rows; sets `key` and `has_<key>`.
void set_list(TemplateData& page, const std::string& key, TemplateData list);

}  // namespace aimsgen::reviews
