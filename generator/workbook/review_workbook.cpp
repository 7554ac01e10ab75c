#include "generator/workbook/workbooks.hpp"

namespace aimsgen::workbook {

namespace {

/// What the next management review's pack covers: from the day after the last
/// held review on or before the as-of date (else twelve months back) to it.
struct Interval {
    const ManagementReview* previous = nullptr;
    const ManagementReview* next = nullptr;  ///< the planned review it prepares, if any
    Date start;
    Date end;

    bool contains(Date day) const { return !(day < start) && !(end < day); }
};

Interval interval_of(const Model& model, Date as_of) {
    Interval interval;
    interval.end = as_of;
    for (const ManagementReview& review : model.reviews) {
        if (review.status == "held" && !(as_of < review.date) &&
            (interval.previous == nullptr || interval.previous->date < review.date)) {
            interval.previous = &review;
        }
        if (review.status == "planned" && (interval.next == nullptr || review.date < interval.next->date)) {
            interval.next = &review;
        }
    }
    interval.start = interval.previous != nullptr ? interval.previous->date.add_days(1) : as_of.add_months(-12).add_days(1);
    return interval;
}

std::string review_label(const ManagementReview* review) {
    return review == nullptr ? "(none)" : review->id + " " + review->title + " (" + review->date.to_string() + ")";
}

Sheet cover(const Sources& sources, const Interval& interval) {
    const Computed& computed = sources.computed;
    Sheet sheet;
    sheet.name = "Cover";
    sheet.title = "Management review figures (clause 9.3)";
    sheet.facts = {{"Organization", Cell::of(sources.model.aims.organization.name)},
                   {"Prepares", Cell::of(review_label(interval.next))},
                   {"Previous review", Cell::of(review_label(interval.previous))},
                   {"Covers from", Cell::of(interval.start)},
                   {"Covers to", Cell::of(interval.end)}};
    for (Fact& fact : provenance_facts(sources)) {
        sheet.facts.push_back(std::move(fact));
    }
    sheet.table.columns = {text_column("Figure"), integer_column("Count")};
    for (const Rag rag : {Rag::green, Rag::amber, Rag::red, Rag::grey}) {
        std::size_t count = 0;
        for (const Kpi& kpi : computed.kpis) {
            count += kpi.rag == rag ? 1 : 0;
        }
        sheet.table.rows.push_back({Cell::of("KPIs " + std::string(rag_name(rag))), Cell::of(count)});
    }
    std::size_t overdue = 0;
    for (const OverdueItem& item : computed.overdue) {
        overdue += item.kind == "review-decision" || item.kind == "nonconformity" || item.kind == "action" ? 1 : 0;
    }
    sheet.table.rows.push_back({Cell::of(std::string("Overdue actions (review, corrective, treatment)")),
                                Cell::of(overdue)});
    sheet.table.rows.push_back({Cell::of(std::string("Re-assessments triggered")), Cell::of(computed.triggers.size())});
    return sheet;
}

Sheet kpis(const Sources& sources) {
    Sheet sheet;
    sheet.name = "KPIs";
    sheet.table.columns = {text_column("Area"),        text_column("KPI"),
                           long_text_column("Title"),  text_column("Unit"),
                           decimal_column("Value"),    decimal_column("Target"),
                           decimal_column("Warning"),  choice_column("RAG", {"green", "amber", "red", "grey"}, rag_colours()),
                           decimal_column("Previous period"), decimal_column("Change"),
                           integer_column("Records behind"), long_text_column("Definition")};
    for (const Kpi& kpi : sources.computed.kpis) {
        sheet.table.rows.push_back({Cell::of(kpi_area(kpi)),
                                    Cell::of(kpi.id),
                                    Cell::of(kpi.title),
                                    Cell::of(kpi_unit(kpi)),
                                    Cell::of(kpi.value),
                                    Cell::of(kpi.target),
                                    Cell::of(kpi.warning),
                                    Cell::of(std::string(rag_name(kpi.rag))),
                                    Cell::of(kpi.previous),
                                    Cell::of(kpi.delta),
                                    Cell::of(kpi.records.size()),
                                    Cell::of(kpi_definition_text(kpi))});
    }
    return sheet;
}

constexpr std::uint16_t k_trend_first_period_column = 3;

Sheet trends(const Sources& sources) {
    Sheet sheet;
    sheet.name = "Trends";
    sheet.table.columns = {text_column("KPI"), long_text_column("Title"), text_column("Unit")};
    for (const Period& period : sources.computed.periods) {
        sheet.table.columns.push_back(decimal_column(period.label));
    }
    for (const Kpi& kpi : sources.computed.kpis) {
        std::vector<Cell> row{Cell::of(kpi.id), Cell::of(kpi.title),
                              Cell::of(kpi_unit(kpi))};
        for (const Period& period : sources.computed.periods) {
            Cell value;
            for (const KpiTrendPoint& point : kpi.trend) {
                if (point.period == period.label) {
                    value = Cell::of(point.value);
                }
            }
            row.push_back(std::move(value));
        }
        sheet.table.rows.push_back(std::move(row));
    }
    return sheet;
}

/// One line chart per KPI with data, two across, reading the Trends sheet.
Sheet trend_charts(const Sources& sources, const Sheet& trend_sheet) {
    Sheet sheet;
    sheet.name = "Trend charts";
    sheet.title = "KPI trends by period (data on the Trends sheet)";
    const std::size_t periods = sources.computed.periods.size();
    if (periods == 0) {
        return sheet;
    }
    const auto last_column = static_cast<std::uint16_t>(k_trend_first_period_column + periods - 1);
    const std::uint32_t header = trend_sheet.table_header_row();
    constexpr std::uint32_t k_rows_per_chart = 16;
    constexpr std::uint16_t k_columns_per_chart = 9;
    std::size_t placed = 0;
    for (std::size_t i = 0; i < sources.computed.kpis.size(); ++i) {
        const Kpi& kpi = sources.computed.kpis[i];
        const bool has_data = std::any_of(kpi.trend.begin(), kpi.trend.end(),
                                          [](const KpiTrendPoint& point) { return point.value.has_value(); });
        if (!has_data) {
            continue;
        }
        const std::uint32_t row = trend_sheet.table_row(i);
        Chart chart;
        chart.kind = ChartKind::line;
        chart.title = kpi.title;
        chart.y_axis = kpi_unit(kpi);
        chart.series.push_back({kpi.id,
                                {trend_sheet.name, header, k_trend_first_period_column, header, last_column},
                                {trend_sheet.name, row, k_trend_first_period_column, row, last_column}});
        chart.row = 2 + static_cast<std::uint32_t>(placed / 2) * k_rows_per_chart;
        chart.column = static_cast<std::uint16_t>((placed % 2) * k_columns_per_chart);
        sheet.charts.push_back(std::move(chart));
        ++placed;
    }
    return sheet;
}

Sheet review_actions(const Sources& sources, const Interval& interval, const OverdueKeys& overdue) {
    const Model& model = sources.model;
    Sheet sheet;
    sheet.name = "Review actions";
    sheet.table.columns = {text_column("Review"),   text_column("Decision"), long_text_column("Description"),
                           text_column("Type"),     text_column("Owner"),    date_column("Due"),
                           choice_column("Status", enum_of(sources.schemas, "management-reviews.schema.json",
                                                           {"decisions", "status"})),
                           date_column("Completed"), yes_no_column("Overdue", true)};
    for (const ManagementReview& review : model.reviews) {
        if (interval.end < review.date) {
            continue;
        }
        for (const ReviewDecision& decision : review.decisions) {
            const bool done = decision.completed && !(interval.end < *decision.completed);
            const bool closed = done || decision.status == "cancelled";
            if (closed && !(decision.completed && interval.contains(*decision.completed))) {
                continue;  // finished before this interval: the previous pack showed it
            }
            sheet.table.rows.push_back({Cell::of(review.id), Cell::of(decision.id), Cell::of(decision.description),
                                        Cell::of(decision.type), Cell::of(person(model, decision.owner)),
                                        Cell::of(decision.due),
                                        Cell::of(done ? std::string("done")
                                                      : (decision.status == "done" ? std::string("open")
                                                                                   : decision.status)),
                                        Cell::of(done ? decision.completed : std::nullopt),
                                        Cell::yes_no(overdue.count({"review-decision", decision.id}) > 0)});
        }
    }
    return sheet;
}

Sheet corrective_actions(const Sources& sources, const Interval& interval, const OverdueKeys& overdue) {
    const Model& model = sources.model;
    Sheet sheet;
    sheet.name = "Corrective actions";
    sheet.table.columns = {text_column("Nonconformity"), long_text_column("Title"), text_column("Source"),
                           text_column("Source record"), date_column("Raised"), text_column("Owner"),
                           long_text_column("Corrective action"), date_column("Due"),
                           choice_column("Status", enum_of(sources.schemas, "nonconformities.schema.json", {"status"})),
                           date_column("Closed"), yes_no_column("Effectiveness verified"),
                           yes_no_column("Overdue", true)};
    for (const Nonconformity& nc : model.nonconformities) {
        if (interval.end < nc.raised) {
            continue;
        }
        const bool closed = nc.closed_by(interval.end);
        if (closed && !interval.contains(*nc.closed)) {
            continue;
        }
        sheet.table.rows.push_back({Cell::of(nc.id), Cell::of(nc.title), Cell::of(nc.source), Cell::of(nc.source_ref),
                                    Cell::of(nc.raised), Cell::of(person(model, nc.owner)),
                                    Cell::of(nc.corrective_action), Cell::of(nc.due), Cell::of(nc.status),
                                    Cell::of(closed ? nc.closed : std::nullopt),
                                    Cell::yes_no(nc.effectiveness_verified && nc.verified &&
                                                 !(interval.end < *nc.verified)),
                                    Cell::yes_no(overdue.count({"nonconformity", nc.id}) > 0)});
    }
    return sheet;
}

Sheet audit_findings(const Sources& sources, const Interval& interval) {
    Sheet sheet;
    sheet.name = "Audit findings";
    sheet.table.columns = {text_column("Audit"), date_column("Performed"), text_column("Audit type"),
                           text_column("Finding"),
                           choice_column("Finding type", {"major", "minor", "observation", "opportunity"},
                                         {{"major", 0xFFC7CE}, {"minor", 0xFFEB9C}}),
                           long_text_column("Title"), text_column("Clauses"), text_column("Controls"),
                           text_column("Nonconformity")};
    for (const Audit& audit : sources.model.audits) {
        if (!audit.performed || !interval.contains(*audit.performed)) {
            continue;
        }
        for (const AuditFinding& finding : audit.findings) {
            sheet.table.rows.push_back({Cell::of(audit.id), Cell::of(audit.performed), Cell::of(audit.type),
                                        Cell::of(finding.id), Cell::of(finding.type), Cell::of(finding.title),
                                        Cell::list(finding.clauses), Cell::list(finding.controls),
                                        Cell::of(finding.nonconformity)});
        }
    }
    return sheet;
}

Sheet incidents(const Sources& sources, const Interval& interval) {
    Sheet sheet;
    sheet.name = "Incidents";
    sheet.table.columns = {text_column("Incident"), long_text_column("Title"),
                           choice_column("Severity", enum_of(sources.schemas, "incidents.schema.json", {"severity"})),
                           text_column("Category"), date_column("Detected"),
                           choice_column("Status", enum_of(sources.schemas, "incidents.schema.json", {"status"})),
                           date_column("Resolved"), date_column("Closed"), text_column("AI systems"),
                           yes_no_column("Reported externally"), text_column("Nonconformity")};
    for (const Incident& incident : sources.model.incidents) {
        if (interval.end < incident.detected) {
            continue;
        }
        const bool closed = incident.closed && !(interval.end < *incident.closed);
        if (closed && !interval.contains(incident.detected) && !interval.contains(*incident.closed)) {
            continue;
        }
        const bool resolved = incident.resolved && !(interval.end < *incident.resolved);
        sheet.table.rows.push_back({Cell::of(incident.id), Cell::of(incident.title), Cell::of(incident.severity),
                                    Cell::of(incident.category), Cell::of(incident.detected),
                                    Cell::of(incident.status), Cell::of(resolved ? incident.resolved : std::nullopt),
                                    Cell::of(closed ? incident.closed : std::nullopt), Cell::list(incident.systems),
                                    Cell::yes_no(incident.reported_externally), Cell::of(incident.nonconformity)});
    }
    return sheet;
}

}  // namespace

Workbook review_workbook(const Sources& sources) {
    const Interval interval = interval_of(sources.model, sources.computed.as_of);
    const OverdueKeys overdue = overdue_keys(sources.computed);
    Workbook book;
    book.file_name = "management-review.xlsx";
    book.title = "Management review figures";
    book.properties = properties_for(sources, book.title,
                                     "Inputs to the next management review (clause 9.3)");
    book.sheets.push_back(cover(sources, interval));
    book.sheets.push_back(kpis(sources));
    book.sheets.push_back(trends(sources));
    book.sheets.push_back(trend_charts(sources, book.sheets.back()));
    book.sheets.push_back(review_actions(sources, interval, overdue));
    book.sheets.push_back(corrective_actions(sources, interval, overdue));
    book.sheets.push_back(audit_findings(sources, interval));
    book.sheets.push_back(incidents(sources, interval));
    return book;
}

}  // namespace aimsgen::workbook
