#include <algorithm>
#include <array>
#include <map>
#include <unordered_set>

#include "generator/render/pages/assurance_pages.hpp"
#include "generator/render/pages/pages.hpp"

namespace aimsgen {

namespace {

/// What each person or role owns, by owner id, then by kind, in register order.
class OwnerIndex {
public:
    explicit OwnerIndex(const Model& model) {
        for (const AiSystem& system : model.systems) {
            add(system.owner, "system", system.id);
        }
        for (const Risk& risk : model.risks) {
            add(risk.owner, "risk", risk.id);
            for (const RiskAction& action : risk.actions) {
                add(action.owner, "action", action.id);
            }
        }
        for (const SoaEntry& entry : model.soa) {
            add(entry.owner, "control", entry.control);
        }
        for (const Document& document : model.documents) {
            add(document.owner, "document", document.id);
        }
        for (const Nonconformity& nc : model.nonconformities) {
            add(nc.owner, "nonconformity", nc.id);
        }
        for (const Incident& incident : model.incidents) {
            add(incident.owner, "incident", incident.id);
        }
        for (const Objective& objective : model.objectives) {
            add(objective.owner, "objective", objective.id);
        }
        for (const Supplier& supplier : model.suppliers) {
            add(supplier.owner, "supplier", supplier.id);
        }
        for (const MeasurementSeries& series : model.measurements) {
            add(series.owner, "measurement", series.id);
        }
        for (const ManagementReview& review : model.reviews) {
            for (const ReviewDecision& decision : review.decisions) {
                add(decision.owner, "review-decision", decision.id);
            }
        }
    }

    /// [{heading, links}] of what `owner` owns, in a fixed order of kinds.
    TemplateData owned(const SiteContext& site, const std::string& owner) const {
        TemplateData groups{TemplateData::type::list};
        const auto found = m_owned.find(owner);
        if (found == m_owned.end()) {
            return groups;
        }
        for (const std::string_view kind : k_kinds) {
            const auto ids = found->second.find(kind);
            if (ids != found->second.end()) {
                TemplateData group;
                group.set("heading", std::string(kind_heading(kind)));
                group.set("count", std::to_string(ids->second.size()));
                group.set("links", record_links(site, "", ids->second));
                groups.push_back(std::move(group));
            }
        }
        return groups;
    }

    /// Whether `owner` owns `id`.
    bool owns(const std::string& owner, std::string_view kind, const std::string& id) const {
        return m_pairs.contains(key(owner, kind, id));
    }

private:
    static constexpr std::array<std::string_view, 11> k_kinds = {
        "system", "risk", "action", "control", "document", "nonconformity", "incident", "objective",
        "supplier", "measurement", "review-decision"};

    void add(const std::string& owner, std::string_view kind, const std::string& id) {
        if (!owner.empty()) {
            m_owned[owner][std::string(kind)].push_back(id);
            m_pairs.insert(key(owner, kind, id));
        }
    }
    static std::string key(const std::string& owner, std::string_view kind, const std::string& id) {
        return owner + '\n' + std::string(kind) + '\n' + id;
    }
    std::map<std::string, std::map<std::string, std::vector<std::string>, std::less<>>, std::less<>> m_owned;
    std::unordered_set<std::string> m_pairs;  ///< owner, kind and id, for owns()
};

/// Records that name `id` other than as owner (assessor, auditor, attendee, approver, ...).
TemplateData named_in(const SiteContext& site, const OwnerIndex& owners, const std::string& id) {
    TemplateData groups{TemplateData::type::list};
    for (const auto& [kind, ids] : site.model.links.of(id)) {
        const std::string_view heading = kind_heading(kind);
        if (heading.empty() || kind == "course") {  // training has its own column
            continue;
        }
        std::vector<std::string> others;
        for (const std::string& other : ids) {
            if (!owners.owns(id, kind, other)) {
                others.push_back(other);
            }
        }
        if (!others.empty()) {
            TemplateData group;
            group.set("heading", std::string(heading));
            group.set("links", record_links(site, "", others));
            groups.push_back(std::move(group));
        }
    }
    return groups;
}

/// A person's required courses with their standing: [{course, state}].
TemplateData person_training(const SiteContext& site, const Person& person,
                             const std::vector<std::map<std::string, TrainingStanding, std::less<>>>& standings) {
    TemplateData list{TemplateData::type::list};
    std::size_t index = 0;
    for (const Course& course : site.model.courses) {
        const auto& by_person = standings[index++];
        const bool required = std::any_of(person.roles.begin(), person.roles.end(), [&](const std::string& role) {
            return std::find(course.required_for.begin(), course.required_for.end(), role) !=
                   course.required_for.end();
        });
        if (!required) {
            continue;
        }
        const auto found = by_person.find(person.id);
        TemplateData entry;
        entry.set("course", record_link(site, "", course.id));
        entry.set("state", training_state_pill(found == by_person.end() ? TrainingState::missing
                                                                         : found->second.state));
        list.push_back(std::move(entry));
    }
    return list;
}

TemplateData people_rows(const SiteContext& site, const OwnerIndex& owners) {
    std::vector<std::map<std::string, TrainingStanding, std::less<>>> standings;
    for (const Course& course : site.model.courses) {
        standings.push_back(training_standings(course, site.computed.as_of));
    }
    TemplateData rows{TemplateData::type::list};
    for (const Person& person : site.model.aims.people) {
        TemplateData row;
        row.set("id", person.id);
        row.set("name", person.name.empty() ? person.id : person.name);
        row.set("roles", record_links(site, "", person.roles));
        row.set("unit", optional_text(person.unit));
        row.set("email", optional_text(person.email));
        row.set("training", person_training(site, person, standings));
        row.set("owns", owners.owned(site, person.id));
        row.set("named_in", named_in(site, owners, person.id));
        rows.push_back(std::move(row));
    }
    return rows;
}

TemplateData role_rows(const SiteContext& site, const OwnerIndex& owners) {
    std::map<std::string, std::vector<std::string>, std::less<>> holders;
    for (const Person& person : site.model.aims.people) {
        for (const std::string& role : person.roles) {
            holders[role].push_back(person.id);
        }
    }
    std::map<std::string, std::vector<std::string>, std::less<>> courses;
    for (const Course& course : site.model.courses) {
        for (const std::string& role : course.required_for) {
            courses[role].push_back(course.id);
        }
    }
    TemplateData rows{TemplateData::type::list};
    for (const Role& role : site.model.aims.roles) {
        TemplateData row;
        row.set("id", role.id);
        row.set("title", role.title.empty() ? role.id : role.title);
        row.set("responsibilities", text_list(role.responsibilities));
        row.set("has_responsibilities", !role.responsibilities.empty());
        row.set("holders", record_links(site, "", holders[role.id]));
        row.set("courses", record_links(site, "", courses[role.id]));
        row.set("owns", owners.owned(site, role.id));
        rows.push_back(std::move(row));
    }
    return rows;
}

std::string render_people(const SiteContext& site, TemplateSet& templates) {
    TemplateData page = page_frame(site, "people.html", "People and roles", "dashboard");
    const OwnerIndex owners(site.model);
    page.set("people", people_rows(site, owners));
    page.set("roles", role_rows(site, owners));
    page.set("person_count", std::to_string(site.model.aims.people.size()));
    page.set("role_count", std::to_string(site.model.aims.roles.size()));
    page.set("source", site.model.aims.people.empty() ? std::string("aims.yaml")
                                                      : source_of(site.model.aims.people.front().origin));
    return render_page(site, templates, "people", page);
}

}  // namespace

void add_people_page(const SiteContext& site, PageList& pages) {
    pages.push_back({"people.html", [&site](TemplateSet& templates) { return render_people(site, templates); }});
}

}  // namespace aimsgen
