// "What changed since the previous period" on the dashboard: KPIs whose RAG
// changed or that moved notably, and the records dated in the current period.

#include <cmath>

#include "generator/render/pages/dashboard_parts.hpp"

namespace aimsgen {

namespace {

/// A group lists at most this many records and counts the rest.
constexpr std::size_t k_records_per_group = 12;

/// A move worth a board's attention: five points of a percentage, or a fifth
/// of the previous figure (at least one) for counts, days and series values.
bool notable_delta(const Kpi& kpi, const KpiFacts& facts) {
    if (!kpi.value || !kpi.previous || *kpi.value == *kpi.previous) {
        return false;
    }
    const double size = std::fabs(*kpi.value - *kpi.previous);
    if (facts.unit == "%") {
        return size >= 5;
    }
    const double base = kpi.previous ? std::fabs(*kpi.previous) : 0;
    return size >= std::max(1.0, 0.2 * base);
}

TemplateData kpi_changes(const SiteContext& site, const std::string& root) {
    TemplateData rows{TemplateData::type::list};
    for (const Kpi& kpi : site.computed.kpis) {
        const KpiFacts facts = kpi_facts(site, kpi);
        const Rag before = kpi_rag_of(site, kpi, kpi.previous);
        const bool rag_changed = before != kpi.rag && !(before == Rag::grey && !kpi.previous && !kpi.value);
        if (!rag_changed && !notable_delta(kpi, facts)) {
            continue;
        }
        TemplateData row = kpi_summary(site, root, kpi);
        row.set("rag_changed", rag_changed);
        row.set("before_rag", std::string(rag_name(before)));
        row.set("before_word", before == Rag::grey && kpi.previous ? std::string("No target") : rag_word(before));
        rows.push_back(std::move(row));
    }
    return rows;
}

struct RecordGroup {
    std::string label;
    std::string register_href;
    std::vector<std::string> ids;
};

TemplateData group_data(const SiteContext& site, const std::string& root, const RecordGroup& group) {
    TemplateData data;
    data.set("label", group.label);
    data.set("count", std::to_string(group.ids.size()));
    data.set("register", root + group.register_href);
    TemplateData items{TemplateData::type::list};
    for (std::size_t i = 0; i < group.ids.size() && i < k_records_per_group; ++i) {
        items.push_back(record_link(site, root, group.ids[i]));
    }
    data.set("items", std::move(items));
    data.set("has_items", !group.ids.empty());
    const std::size_t more = group.ids.size() > k_records_per_group ? group.ids.size() - k_records_per_group : 0;
    data.set("more", optional_text(more > 0 ? std::to_string(more) : ""));
    return data;
}

TemplateData record_changes(const SiteContext& site, const std::string& root, const Period& period) {
    const KpiWindow window{period.start, period.end};
    const auto in_window = [&](const std::optional<Date>& day) { return day && within(*day, window); };
    RecordGroup risks{"Risks identified", "risks.html", {}};
    for (const Risk& risk : site.model.risks) {
        if (within(risk.identified, window)) {
            risks.ids.push_back(risk.id);
        }
    }
    RecordGroup incidents{"Incidents detected", "incidents.html", {}};
    for (const Incident& incident : site.model.incidents) {
        if (within(incident.detected, window)) {
            incidents.ids.push_back(incident.id);
        }
    }
    RecordGroup raised{"Nonconformities raised", "nonconformities.html", {}};
    RecordGroup closed{"Nonconformities closed", "nonconformities.html", {}};
    for (const Nonconformity& nc : site.model.nonconformities) {
        if (within(nc.raised, window)) {
            raised.ids.push_back(nc.id);
        }
        if (in_window(nc.closed)) {
            closed.ids.push_back(nc.id);
        }
    }
    RecordGroup documents{"Documents approved", "documents.html", {}};
    for (const Document& document : site.model.documents) {
        if (in_window(document.approved)) {
            documents.ids.push_back(document.id);
        }
    }
    TemplateData groups{TemplateData::type::list};
    for (const RecordGroup* group : {&risks, &incidents, &raised, &closed, &documents}) {
        groups.push_back(group_data(site, root, *group));
    }
    return groups;
}

}  // namespace

TemplateData changes_data(const SiteContext& site, const std::string& root) {
    TemplateData data;
    const std::vector<Period>& periods = site.computed.periods;
    data.set("period", periods.empty() ? std::string() : periods.back().label);
    data.set("period_start", periods.empty() ? std::string() : periods.back().start.to_string());
    data.set("period_end", periods.empty() ? std::string() : periods.back().end.to_string());
    data.set("previous_period", periods.size() >= 2 ? periods[periods.size() - 2].label : std::string("—"));
    TemplateData kpis = kpi_changes(site, root);
    data.set("has_kpis", !kpis.list_value().empty());
    data.set("kpis", std::move(kpis));
    data.set("groups", periods.empty() ? TemplateData(TemplateData::type::list)
                                       : record_changes(site, root, periods.back()));
    return data;
}

}  // namespace aimsgen
