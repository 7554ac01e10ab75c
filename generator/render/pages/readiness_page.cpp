// readiness.html: certification readiness clause by clause, with every check
// and the records that show it, and the ten implementation steps.

#include "generator/render/pages/dashboard_parts.hpp"
#include "generator/render/pages/pages.hpp"

namespace aimsgen {

namespace {

std::string check_anchor(const ReadinessCheck& check) { return "check-" + check.rule->id; }

TemplateData check_data(const SiteContext& site, const std::string& root, const ReadinessCheck& check) {
    TemplateData data;
    data.set("id", check.rule->id);
    data.set("anchor", check_anchor(check));
    data.set("title", check.rule->title);
    data.set("clause", record_link(site, root, check.rule->clause));
    data.set("step", std::to_string(check.rule->step));
    data.set("status", std::string(readiness_name(check.finding.status)));
    data.set("status_word", readiness_word(check.finding.status));
    data.set("status_class", readiness_class(check.finding.status));
    data.set("detail", optional_text(check.finding.detail));
    data.set("records", record_links(site, root, check.finding.records));
    return data;
}

TemplateData group_with_checks(const SiteContext& site, const std::string& root, const ReadinessGroup& group,
                               bool open_only) {
    TemplateData data = readiness_group_data(site, root, group);
    TemplateData checks{TemplateData::type::list};
    for (const std::size_t index : group.checks) {
        const ReadinessCheck& check = site.computed.readiness.checks[index];
        if (!open_only || check.finding.status != ReadinessStatus::met) {
            checks.push_back(check_data(site, root, check));
        }
    }
    data.set("has_checks", !checks.list_value().empty());
    data.set("checks", std::move(checks));
    return data;
}

std::string render_readiness(const SiteContext& site, TemplateSet& templates) {
    const std::string path = "readiness.html";
    const std::string root = root_of(path);
    TemplateData page = page_frame(site, path, "Certification readiness", "readiness");
    const Readiness& readiness = site.computed.readiness;
    TemplateData clauses{TemplateData::type::list};
    for (const ReadinessGroup& group : readiness.clauses) {
        clauses.push_back(group_with_checks(site, root, group, false));
    }
    page.set("clauses", std::move(clauses));
    TemplateData steps{TemplateData::type::list};
    for (const ReadinessGroup& group : readiness.steps) {
        steps.push_back(group_with_checks(site, root, group, true));
    }
    page.set("steps", std::move(steps));
    int met = 0;
    int partial = 0;
    for (const ReadinessCheck& check : readiness.checks) {
        met += check.finding.status == ReadinessStatus::met ? 1 : 0;
        partial += check.finding.status == ReadinessStatus::partial ? 1 : 0;
    }
    page.set("met", std::to_string(met));
    page.set("partial", std::to_string(partial));
    page.set("missing", std::to_string(static_cast<int>(readiness.checks.size()) - met - partial));
    page.set("total", std::to_string(readiness.checks.size()));
    page.set("next", next_key_output_data(site, root));
    return render_page(site, templates, "readiness", page);
}

}  // namespace

std::string readiness_word(ReadinessStatus status) {
    switch (status) {
        case ReadinessStatus::met:
            return "Met";
        case ReadinessStatus::partial:
            return "Partly met";
        case ReadinessStatus::missing:
            return "Missing";
    }
    return "Missing";
}

std::string readiness_class(ReadinessStatus status) {
    switch (status) {
        case ReadinessStatus::met:
            return "rag-green";
        case ReadinessStatus::partial:
            return "rag-amber";
        case ReadinessStatus::missing:
            return "rag-red";
    }
    return "rag-red";
}

TemplateData readiness_group_data(const SiteContext& site, const std::string& root, const ReadinessGroup& group) {
    TemplateData data;
    data.set("id", group.id);
    data.set("title", group.title);
    data.set("href", optional_text(site.map.href(group.id).empty() ? "" : root + site.map.href(group.id)));
    data.set("status", std::string(readiness_name(group.status)));
    data.set("status_word", group.total == 0 ? std::string("No checks") : readiness_word(group.status));
    data.set("status_class", group.total == 0 ? std::string("rag-grey") : readiness_class(group.status));
    data.set("score", format_number(group.score, 0));
    data.set("met", std::to_string(group.met));
    data.set("partial", std::to_string(group.partial));
    data.set("total", std::to_string(group.total));
    return data;
}

TemplateData next_key_output_data(const SiteContext& site, const std::string& root) {
    const Readiness& readiness = site.computed.readiness;
    TemplateData data;
    data.set("title", optional_text(readiness.next_key_output));
    std::string href;
    std::string step;
    for (const ReadinessGroup& group : readiness.steps) {
        for (const std::size_t index : group.checks) {
            const ReadinessCheck& check = readiness.checks[index];
            if (href.empty() && check.finding.status != ReadinessStatus::met &&
                check.rule->title == readiness.next_key_output) {
                href = root + "readiness.html#" + check_anchor(check);
                step = group.id + ": " + group.title;
            }
        }
    }
    data.set("href", optional_text(href));
    data.set("step", optional_text(step));
    return data;
}

void add_readiness_page(const SiteContext& site, PageList& pages) {
    pages.push_back({"readiness.html", [&site](TemplateSet& templates) { return render_readiness(site, templates); }});
}

}  // namespace aimsgen
