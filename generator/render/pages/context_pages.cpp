#include <map>

#include "generator/render/pages/assurance_pages.hpp"
#include "generator/render/pages/pages.hpp"

namespace aimsgen {

namespace {

TemplateData issue_status_pill(const std::string& status) {
    static const std::map<std::string_view, std::string_view> k_classes = {
        {"open", "rag-amber"}, {"monitoring", "rag-grey"}, {"closed", "rag-green"}};
    const auto found = k_classes.find(status);
    return pill(status, found == k_classes.end() ? std::string_view("rag-grey") : found->second);
}

TemplateData scope_data(const Scope& scope) {
    TemplateData data;
    data.set("statement", optional_text(scope.statement));
    data.set("boundaries", optional_text(scope.boundaries));
    TemplateData exclusions{TemplateData::type::list};
    for (const ScopeExclusion& exclusion : scope.exclusions) {
        TemplateData row;
        row.set("item", exclusion.item);
        row.set("justification", exclusion.justification);
        exclusions.push_back(std::move(row));
    }
    data.set("has_exclusions", !scope.exclusions.empty());
    data.set("exclusions", std::move(exclusions));
    data.set("has_sites", !scope.sites.empty());
    data.set("sites", text_list(scope.sites));
    return data;
}

TemplateData issue_rows(const SiteContext& site, bool external) {
    const Date as_of = site.computed.as_of;
    TemplateData rows{TemplateData::type::list};
    for (const ContextIssue& issue : site.model.aims.issues) {
        if (issue.external != external) {
            continue;
        }
        TemplateData row;
        row.set("id", issue.id);
        row.set("description", issue.description);
        row.set("impact", optional_text(issue.impact));
        row.set("raised", optional_text(date_text(issue.raised)));
        row.set("changed", optional_text(date_text(issue.changed)));
        row.set("future", (issue.raised && as_of < *issue.raised) || (issue.changed && as_of < *issue.changed));
        row.set("status", issue_status_pill(issue.status));
        row.set("linked", other_links(site, "", issue.id, {}));
        rows.push_back(std::move(row));
    }
    return rows;
}

TemplateData party_rows(const SiteContext& site) {
    const Date as_of = site.computed.as_of;
    TemplateData rows{TemplateData::type::list};
    for (const InterestedParty& party : site.model.aims.interested_parties) {
        TemplateData row;
        row.set("id", party.id);
        row.set("name", party.name);
        row.set("type", optional_text(party.type));
        row.set("raised", optional_text(date_text(party.raised)));
        row.set("changed", optional_text(date_text(party.changed)));
        row.set("future", (party.raised && as_of < *party.raised) || (party.changed && as_of < *party.changed));
        TemplateData requirements{TemplateData::type::list};
        bool unaddressed = false;
        for (const PartyRequirement& requirement : party.requirements) {
            TemplateData entry;
            entry.set("description", requirement.description);
            entry.set("source", optional_text(requirement.source));
            entry.set("documents", record_links(site, "", requirement.addressed_by));
            unaddressed = unaddressed || requirement.addressed_by.empty();
            requirements.push_back(std::move(entry));
        }
        row.set("has_requirements", !party.requirements.empty());
        row.set("requirements", std::move(requirements));
        row.set("unaddressed", unaddressed);
        row.set("linked", other_links(site, "", party.id, {"document"}));
        rows.push_back(std::move(row));
    }
    return rows;
}

std::string render_context(const SiteContext& site, TemplateSet& templates) {
    TemplateData page = page_frame(site, "context.html", "Context and scope", "dashboard");
    const AimsSettings& aims = site.model.aims;
    page.set("organization", aims.organization.name);
    page.set("organization_description", optional_text(aims.organization.description));
    page.set("scope", scope_data(aims.scope));
    TemplateData internal = issue_rows(site, false);
    TemplateData external = issue_rows(site, true);
    page.set("internal_issues", internal);
    page.set("external_issues", external);
    page.set("internal_count", std::to_string(internal.list_value().size()));
    page.set("external_count", std::to_string(external.list_value().size()));
    page.set("parties", party_rows(site));
    page.set("party_count", std::to_string(aims.interested_parties.size()));
    const std::string aims_path = site.model.raw && site.model.raw->aims ? site.model.raw->aims->path : "aims.yaml";
    page.set("source", aims_path);
    return render_page(site, templates, "context", page);
}

}  // namespace

void add_context_page(const SiteContext& site, PageList& pages) {
    pages.push_back({"context.html", [&site](TemplateSet& templates) { return render_context(site, templates); }});
}

}  // namespace aimsgen
