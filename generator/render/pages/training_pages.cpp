#include <algorithm>
#include <map>

#include "generator/compute/kpi.hpp"
#include "generator/render/charts/charts.hpp"
#include "generator/render/pages/assurance_pages.hpp"
#include "generator/render/pages/pages.hpp"

namespace aimsgen {

namespace {

/// Where one person who must take a course stands at the as-of date.
struct Requirement {
    const Person* person = nullptr;
    std::vector<std::string> roles;  ///< their roles that require the course
    TrainingStanding standing;
};

/// Everyone whose roles are in the course's required_for, in people order.
std::vector<Requirement> requirements(const SiteContext& site, const Course& course) {
    const auto standings = training_standings(course, site.computed.as_of);
    std::vector<Requirement> result;
    for (const Person& person : site.model.aims.people) {
        Requirement requirement{&person, {}, {}};
        for (const std::string& role : person.roles) {
            if (std::find(course.required_for.begin(), course.required_for.end(), role) != course.required_for.end()) {
                requirement.roles.push_back(role);
            }
        }
        if (requirement.roles.empty()) {
            continue;
        }
        if (const auto found = standings.find(person.id); found != standings.end()) {
            requirement.standing = found->second;
        }
        result.push_back(std::move(requirement));
    }
    return result;
}

std::size_t current_count(const std::vector<Requirement>& required) {
    return static_cast<std::size_t>(std::count_if(required.begin(), required.end(), [](const Requirement& r) {
        return r.standing.state == TrainingState::current;
    }));
}

/// The completion rate as {text, rag, value} with the training KPI's target and warning.
TemplateData rate_data(const SiteContext& site, std::size_t current, std::size_t required) {
    TemplateData data;
    std::optional<double> target = 95.0;
    std::optional<double> warning = 80.0;
    for (const Kpi& kpi : site.computed.kpis) {
        if (kpi.id == "training-completion") {
            target = kpi.target;
            warning = kpi.warning;
        }
    }
    const std::optional<double> value =
        required == 0 ? std::nullopt : std::optional<double>(100.0 * static_cast<double>(current) / required);
    data.set("text", value ? format_number(*value, 0) + "%" : std::string("no one required"));
    data.set("sort", value ? format_number(*value, 1) : std::string("-1"));
    const Rag rag = rate(value, target, warning, Direction::higher_is_better);
    data.set("rag", std::string(rag_name(rag)));
    data.set("verdict", std::string(rag == Rag::green   ? "meets target"
                                    : rag == Rag::amber ? "below target"
                                    : rag == Rag::red   ? "well below target"
                                                        : "no target"));
    data.set("current", std::to_string(current));
    data.set("required", std::to_string(required));
    return data;
}

std::string validity_text(const Course& course) {
    if (!course.validity_months) {
        return "No expiry";
    }
    return std::to_string(*course.validity_months) + (*course.validity_months == 1 ? " month" : " months");
}

TemplateData course_row(const SiteContext& site, const std::string& root, const Course& course,
                        const std::vector<Requirement>& required) {
    TemplateData row;
    row.set("id", course.id);
    row.set("href", root + site.map.href(course.id));
    row.set("title", course.title);
    row.set("roles", with_separators(record_links(site, root, course.required_for)));
    row.set("validity", validity_text(course));
    row.set("delivery", optional_text(course.delivery));
    row.set("rate", rate_data(site, current_count(required), required.size()));
    return row;
}

TemplateData requirement_rows(const SiteContext& site, const std::string& root, const Course& course,
                              const std::vector<Requirement>& required) {
    TemplateData rows{TemplateData::type::list};
    for (const Requirement& requirement : required) {
        TemplateData row;
        row.set("person", person_link(site, root, requirement.person->id));
        row.set("roles", record_links(site, root, requirement.roles));
        const TrainingCompletion* latest = requirement.standing.latest;
        row.set("completed", optional_text(latest ? latest->completed.to_string() : ""));
        row.set("score", optional_text(latest && latest->score ? format_number(*latest->score) : ""));
        const std::optional<Date> until = latest ? course.valid_until(*latest) : std::optional<Date>();
        row.set("valid_until", optional_text(latest ? (until ? until->to_string() : "no expiry") : ""));
        row.set("state", training_state_pill(requirement.standing.state));
        rows.push_back(std::move(row));
    }
    return rows;
}

TemplateData completion_log(const SiteContext& site, const std::string& root, const Course& course) {
    std::vector<const TrainingCompletion*> ordered;
    for (const TrainingCompletion& completion : course.completions) {
        ordered.push_back(&completion);
    }
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto* a, const auto* b) {
        return b->completed < a->completed;  // newest first
    });
    TemplateData rows{TemplateData::type::list};
    for (const TrainingCompletion* completion : ordered) {
        const std::optional<Date> until = course.valid_until(*completion);
        TemplateData row;
        row.set("person", person_link(site, root, completion->person));
        row.set("completed", completion->completed.to_string());
        row.set("future", site.computed.as_of < completion->completed);
        row.set("valid_until", until ? until->to_string() : std::string("no expiry"));
        row.set("score", optional_text(completion->score ? format_number(*completion->score) : ""));
        rows.push_back(std::move(row));
    }
    return rows;
}

std::string render_course(const SiteContext& site, const Course& course, TemplateSet& templates) {
    const std::string path = site.map.href(course.id);
    const std::string root = root_of(path);
    const std::vector<Requirement> required = requirements(site, course);
    TemplateData page = page_frame(site, path, course.id + " " + course.title, "assurance");
    page.set("course", course_row(site, root, course, required));
    page.set("description", optional_text(course.description));
    page.set("required", requirement_rows(site, root, course, required));
    page.set("completions", completion_log(site, root, course));
    page.set("other_links", other_links(site, root, course.id, {}));
    page.set("source", source_of(course.origin));
    return render_page(site, templates, "course", page);
}

std::string render_register(const SiteContext& site, TemplateSet& templates) {
    TemplateData page = page_frame(site, "training.html", "Training and competence", "assurance");
    TemplateData rows{TemplateData::type::list};
    std::size_t current = 0;
    std::size_t required = 0;
    for (const Course& course : site.model.courses) {
        const std::vector<Requirement> needed = requirements(site, course);
        current += current_count(needed);
        required += needed.size();
        rows.push_back(course_row(site, "", course, needed));
    }
    page.set("courses", std::move(rows));
    page.set("count", std::to_string(site.model.courses.size()));
    page.set("overall", rate_data(site, current, required));
    return render_page(site, templates, "training", page);
}

}  // namespace

void add_training_pages(const SiteContext& site, PageList& pages) {
    pages.push_back({"training.html", [&site](TemplateSet& templates) { return render_register(site, templates); }});
    for (const Course& course : site.model.courses) {
        pages.push_back({site.map.href(course.id),
                         [&site, &course](TemplateSet& templates) { return render_course(site, course, templates); }});
    }
}

}  // namespace aimsgen
