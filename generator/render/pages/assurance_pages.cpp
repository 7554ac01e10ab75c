#include "generator/render/pages/assurance_pages.hpp"

#include <algorithm>
#include <map>

namespace aimsgen {

namespace {

/// The class of a word in a small vocabulary; grey for anything else.
std::string_view class_of(const std::map<std::string_view, std::string_view>& classes, std::string_view word) {
    const auto found = classes.find(word);
    return found == classes.end() ? std::string_view("rag-grey") : found->second;
}

bool starts_with_web_scheme(const std::string& url) {
    return url.starts_with("https://") || url.starts_with("http://");
}

}  // namespace

std::string source_of(const Origin& origin) { return origin.path + ":" + std::to_string(origin.pos.line); }

std::string status_at(const std::vector<StatusChange>& history, const std::string& current, Date day) {
    const StatusChange* latest = nullptr;
    const StatusChange* first = nullptr;
    for (const StatusChange& change : history) {
        if (change.status.empty()) {
            continue;
        }
        if (first == nullptr || change.date < first->date) {
            first = &change;
        }
        if (!(day < change.date) && (latest == nullptr || !(change.date < latest->date))) {
            latest = &change;
        }
    }
    if (latest != nullptr) {
        return latest->status;
    }
    return first != nullptr ? first->status : current;
}

TemplateData status_history_rows(const std::vector<StatusChange>& history, Date as_of) {
    std::vector<const StatusChange*> ordered;
    for (const StatusChange& change : history) {
        ordered.push_back(&change);
    }
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const StatusChange* a, const StatusChange* b) { return a->date < b->date; });
    TemplateData rows{TemplateData::type::list};
    for (const StatusChange* change : ordered) {
        TemplateData row;
        row.set("date", change->date.to_string());
        row.set("status", optional_text(change->status));
        row.set("note", optional_text(change->note));
        row.set("future", as_of < change->date);
        rows.push_back(std::move(row));
    }
    return rows;
}

TemplateData pill(const std::string& label, std::string_view css) {
    TemplateData data;
    data.set("label", label.empty() ? std::string("not recorded") : label);
    data.set("css", std::string(css));
    return data;
}

TemplateData severity_pill(const std::string& severity) {
    static const std::map<std::string_view, std::string_view> k_classes = {
        {"low", "rag-grey"}, {"medium", "rag-amber"}, {"high", "rag-red"}, {"critical", "band-critical"}};
    return pill(severity, class_of(k_classes, severity));
}

TemplateData incident_status_pill(const std::string& status) {
    static const std::map<std::string_view, std::string_view> k_classes = {
        {"open", "rag-red"}, {"investigating", "rag-amber"}, {"resolved", "rag-green"}, {"closed", "rag-green"}};
    return pill(status, class_of(k_classes, status));
}

TemplateData nonconformity_status_pill(const std::string& status) {
    static const std::map<std::string_view, std::string_view> k_classes = {
        {"open", "rag-red"}, {"in-progress", "rag-amber"}, {"closed", "rag-green"}};
    return pill(status, class_of(k_classes, status));
}

TemplateData audit_status_pill(const std::string& status) {
    static const std::map<std::string_view, std::string_view> k_classes = {
        {"planned", "rag-grey"}, {"in-progress", "rag-amber"}, {"completed", "rag-green"}, {"cancelled", "rag-grey"}};
    return pill(status, class_of(k_classes, status));
}

TemplateData finding_type_pill(const std::string& type) {
    static const std::map<std::string_view, std::string_view> k_classes = {
        {"major", "band-critical"}, {"minor", "rag-red"}, {"observation", "rag-amber"}, {"opportunity", "rag-grey"}};
    return pill(type, class_of(k_classes, type));
}

TemplateData objective_status_pill(const std::string& status) {
    static const std::map<std::string_view, std::string_view> k_classes = {{"on-track", "rag-green"},
                                                                           {"achieved", "rag-green"},
                                                                           {"at-risk", "rag-amber"},
                                                                           {"off-track", "rag-red"},
                                                                           {"cancelled", "rag-grey"}};
    return pill(status, class_of(k_classes, status));
}

std::string days_text(long days) { return std::to_string(days) + (days == 1 ? " day" : " days"); }

TemplateData with_separators(TemplateData list) {
    if (!list.is_list()) {
        return list;
    }
    TemplateData result{TemplateData::type::list};
    const auto& items = list.list_value();
    for (std::size_t i = 0; i < items.size(); ++i) {
        TemplateData item = items[i];
        item.set("more", i + 1 < items.size());
        result.push_back(std::move(item));
    }
    return result;
}

bool is_empty_list(const TemplateData& list) { return !list.is_list() || list.list_value().empty(); }

std::string_view kind_heading(std::string_view kind) {
    static const std::map<std::string_view, std::string_view> k_headings = {
        {"system", "AI systems"},
        {"risk", "Risks"},
        {"action", "Risk treatment actions"},
        {"control", "Controls"},
        {"clause", "Clauses"},
        {"document", "Documents"},
        {"impact-assessment", "Impact assessments"},
        {"incident", "Incidents"},
        {"nonconformity", "Corrective actions"},
        {"audit", "Audits"},
        {"finding", "Audit findings"},
        {"review", "Management reviews"},
        {"review-decision", "Management review decisions"},
        {"objective", "Objectives"},
        {"course", "Training courses"},
        {"supplier", "Suppliers"},
        {"decision", "Governance decisions"},
        {"measurement", "Measurement series"},
        {"interested-party", "Interested parties"},
        {"issue", "Context issues"},
    };
    const auto found = k_headings.find(kind);
    return found == k_headings.end() ? std::string_view() : found->second;
}

TemplateData other_links(const SiteContext& site, std::string_view root, std::string_view id,
                         const std::vector<std::string_view>& shown_elsewhere) {
    TemplateData groups{TemplateData::type::list};
    for (const auto& [kind, ids] : site.model.links.of(id)) {
        const std::string_view heading = kind_heading(kind);
        if (heading.empty() || ids.empty() ||
            std::find(shown_elsewhere.begin(), shown_elsewhere.end(), kind) != shown_elsewhere.end()) {
            continue;
        }
        TemplateData group;
        group.set("heading", std::string(heading));
        group.set("links", record_links(site, root, ids));
        groups.push_back(std::move(group));
    }
    return groups;
}

std::map<std::string, TrainingStanding, std::less<>> training_standings(const Course& course, Date day) {
    std::map<std::string, TrainingStanding, std::less<>> standings;
    for (const TrainingCompletion& completion : course.completions) {
        if (day < completion.completed) {
            continue;
        }
        TrainingStanding& standing = standings[completion.person];
        if (standing.latest == nullptr || !(completion.completed < standing.latest->completed)) {
            standing.latest = &completion;
        }
        const std::optional<Date> until = course.valid_until(completion);
        if (!until || !(*until < day)) {
            standing.state = TrainingState::current;
        } else if (standing.state == TrainingState::missing) {
            standing.state = TrainingState::expired;
        }
    }
    return standings;
}

TemplateData training_state_pill(TrainingState state) {
    switch (state) {
        case TrainingState::current:
            return pill("current", "rag-green");
        case TrainingState::expired:
            return pill("expired", "rag-amber");
        case TrainingState::missing:
            break;
    }
    return pill("missing", "rag-red");
}

TemplateData evidence_data(const SiteContext& site, const Evidence& evidence) {
    TemplateData data;
    data.set("description", optional_text(evidence.description));
    data.set("path", optional_text(evidence.path));
    data.set("url", optional_text(starts_with_web_scheme(evidence.url) ? evidence.url : ""));
    data.set("url_text", optional_text(starts_with_web_scheme(evidence.url) ? "" : evidence.url));
    data.set("date", optional_text(date_text(evidence.date)));
    data.set("expires", optional_text(date_text(evidence.expires)));
    const Date as_of = site.computed.as_of;
    data.set("expired", evidence.expires.has_value() && *evidence.expires < as_of);
    TemplateData file{false};
    if (!evidence.path.empty()) {
        const auto found = site.evidence_files.find(evidence.path);
        const bool exists = found != site.evidence_files.end() && found->second.exists;
        file = TemplateData();
        file.set("state", std::string(exists ? "file present" : "file missing"));
        file.set("css", std::string(exists ? "rag-green" : "rag-red"));
        file.set("sha256", optional_text(exists ? found->second.sha256 : ""));
    }
    data.set("file", std::move(file));
    return data;
}

}  // namespace aimsgen
