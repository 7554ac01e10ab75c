#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "generator/render/site_context.hpp"

// Helpers shared by the inventory pages: AI systems, suppliers, governance
// decisions, impact assessments and measurement series. Their own namespace
// keeps them apart from other page files' helpers at link time.
namespace aimsgen::inventory {

/// Orders ids as people read them: A.4.5 before A.10.3, RSK-9 before RSK-10.
struct NaturalLess {
    bool operator()(std::string_view a, std::string_view b) const;
};

/// `due` is set and strictly before `as_of` (due on the as-of date itself is not late).
bool past(const std::optional<Date>& due, Date as_of);

/// "origin path:line", for the "Recorded in" line of a record page.
std::string source_of(const Origin& origin);

/// Evidence items as rows {label, href (URL, or false), description, date, expires,
/// expired, file_status, file_missing, sha256}. A file's status comes from the
/// build's evidence index; http(s) URLs become links.
TemplateData evidence_rows(const SiteContext& site, const std::vector<const Evidence*>& items);

/// A risk as {id, title, href, status, score, band} with its residual score; an
/// unknown id gives a plain link with band "none".
TemplateData risk_summary(const SiteContext& site, std::string_view root, const std::string& id);
TemplateData risk_summaries(const SiteContext& site, std::string_view root,
                            const std::vector<std::string>& ids);

/// The re-assessment triggers of `subject` ("system", "AIS-1") as [{reason, date, record}].
TemplateData trigger_rows(const SiteContext& site, std::string_view root,
                          std::string_view subject_kind, std::string_view subject);

/// Where a system's impact assessment stands at the as-of date.
struct AssessmentState {
    std::string state;       ///< current, overdue or none
    std::string assessment;  ///< the current or overdue assessment's id; "" for none
};
AssessmentState assessment_state(const Model& model, const AiSystem& system, Date as_of);
/// {state, label, css, link (record_link or false)} for templates.
TemplateData assessment_state_data(const SiteContext& site, std::string_view root,
                                   const AiSystem& system);

/// 0 low, 1 medium, 2 high, 3 critical; -1 for anything else. Higher is worse.
int supplier_rating_rank(std::string_view rating);

/// The latest point on or before `day`, or nullptr.
const MeasurementPoint* latest_point(const MeasurementSeries& series, Date day);
/// The computed KPI "series-<id>" of a series, or nullptr.
const Kpi* series_kpi(const SiteContext& site, const MeasurementSeries& series);
/// The threshold in words: "min 0.8 · warning below 0.85"; "none" when unset.
std::string threshold_text(const Threshold& threshold);
/// A series as {id, title, href, metric, unit, system (record_link), latest (false or
/// {value, date}), threshold, rag, rag_label, breaches, period, sparkline}.
/// `breaches` counts points outside min/max in the last reporting period.
TemplateData series_summary(const SiteContext& site, std::string_view root,
                            const MeasurementSeries& series);

}  // namespace aimsgen::inventory
