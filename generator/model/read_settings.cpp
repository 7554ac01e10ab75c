#include <algorithm>

#include "generator/model/field_reader.hpp"
#include "generator/model/read_content.hpp"

namespace aimsgen {

namespace {

Origin origin_of(const std::string& path, const YamlNode& node) { return Origin{path, node.pos, &node}; }

std::vector<ScaleLevel> read_scale(const FieldReader& criteria, std::string_view key) {
    std::vector<ScaleLevel> levels;
    for (const YamlNode* level : criteria.mappings(key)) {
        const FieldReader fields(*level);
        levels.push_back({fields.integer("value").value_or(0), fields.text("label"), fields.text("description")});
    }
    std::sort(levels.begin(), levels.end(), [](const ScaleLevel& a, const ScaleLevel& b) { return a.value < b.value; });
    return levels;
}

void read_issues(const std::string& path, const FieldReader& context, std::string_view key, bool external,
                 std::vector<ContextIssue>& issues) {
    for (const YamlNode* node : context.mappings(key)) {
        const FieldReader fields(*node);
        issues.push_back({fields.text("id"), external, fields.text("description"), fields.text("impact"),
                          fields.date("raised"), fields.date("changed"), fields.text("status"),
                          origin_of(path, *node)});
    }
}

void read_parties(const std::string& path, const FieldReader& aims, AimsSettings& settings) {
    for (const YamlNode* node : aims.mappings("interested_parties")) {
        const FieldReader fields(*node);
        InterestedParty party{fields.text("id"), fields.text("name"), fields.text("type"), {},
                              fields.date("raised"), fields.date("changed"), origin_of(path, *node)};
        for (const YamlNode* requirement : fields.mappings("requirements")) {
            const FieldReader r(*requirement);
            party.requirements.push_back({r.text("description"), r.text("source"), r.list("addressed_by")});
        }
        settings.interested_parties.push_back(std::move(party));
    }
}

void read_people(const std::string& path, const FieldReader& aims, AimsSettings& settings) {
    for (const YamlNode* node : aims.mappings("people")) {
        const FieldReader fields(*node);
        settings.people.push_back({fields.text("id"), fields.text("name"), fields.text("email"), fields.text("unit"),
                                   fields.list("roles"), origin_of(path, *node)});
    }
    for (const YamlNode* node : aims.mappings("roles")) {
        const FieldReader fields(*node);
        settings.roles.push_back(
            {fields.text("id"), fields.text("title"), fields.list("responsibilities"), origin_of(path, *node)});
    }
}

void read_criteria(const FieldReader& aims, AimsSettings& settings) {
    const YamlNode* node = aims.node("risk_criteria");
    if (node == nullptr || !node->is_mapping()) {
        return;
    }
    const FieldReader criteria(*node);
    settings.risk_criteria.likelihood = read_scale(criteria, "likelihood");
    settings.risk_criteria.impact = read_scale(criteria, "impact");
    for (const YamlNode* band : criteria.mappings("bands")) {
        const FieldReader fields(*band);
        settings.risk_criteria.bands.push_back(
            {fields.text("name"), fields.integer("min").value_or(0), fields.integer("max").value_or(0)});
    }
    settings.risk_criteria.acceptance_threshold = criteria.integer("acceptance_threshold").value_or(0);
}

void read_service_levels(const FieldReader& aims, AimsSettings& settings) {
    if (const YamlNode* node = aims.node("reporting"); node != nullptr && node->is_mapping()) {
        const FieldReader reporting(*node);
        settings.period = reporting.text("period").empty() ? settings.period : reporting.text("period");
        settings.periods = reporting.integer("periods").value_or(settings.periods);
    }
    if (const YamlNode* node = aims.node("review_slas"); node != nullptr && node->is_mapping()) {
        const FieldReader slas(*node);
        ReviewSlas& s = settings.slas;
        s.decision_days = slas.integer("decision_days").value_or(s.decision_days);
        s.incident_resolution_days = slas.integer("incident_resolution_days").value_or(s.incident_resolution_days);
        s.corrective_action_days = slas.integer("corrective_action_days").value_or(s.corrective_action_days);
        s.document_review_months = slas.integer("document_review_months").value_or(s.document_review_months);
        s.risk_review_months = slas.integer("risk_review_months").value_or(s.risk_review_months);
        s.system_review_months = slas.integer("system_review_months").value_or(s.system_review_months);
    }
    for (const YamlNode* node : aims.mappings("kpi_targets")) {
        const FieldReader fields(*node);
        settings.kpi_targets.push_back({fields.text("kpi"), fields.number("target").value_or(0), fields.number("warning")});
    }
}

}  // namespace

AimsSettings read_settings(const YamlFile& file) {
    AimsSettings settings;
    if (!file.root || !file.root->is_mapping()) {
        return settings;
    }
    const FieldReader aims(*file.root);
    if (const YamlNode* node = aims.node("organization"); node != nullptr && node->is_mapping()) {
        const FieldReader o(*node);
        settings.organization = {o.text("name"), o.text("legal_name"), o.text("description"), o.text("industry"),
                                 o.text("address")};
    }
    if (const YamlNode* node = aims.node("scope"); node != nullptr && node->is_mapping()) {
        const FieldReader s(*node);
        settings.scope.statement = s.text("statement");
        settings.scope.boundaries = s.text("boundaries");
        settings.scope.sites = s.list("sites");
        for (const YamlNode* exclusion : s.mappings("exclusions")) {
            const FieldReader e(*exclusion);
            settings.scope.exclusions.push_back({e.text("item"), e.text("justification")});
        }
    }
    if (const YamlNode* node = aims.node("context"); node != nullptr && node->is_mapping()) {
        const FieldReader context(*node);
        read_issues(file.path, context, "internal_issues", false, settings.issues);
        read_issues(file.path, context, "external_issues", true, settings.issues);
    }
    read_parties(file.path, aims, settings);
    read_people(file.path, aims, settings);
    read_criteria(aims, settings);
    read_service_levels(aims, settings);
    if (const YamlNode* node = aims.node("soa"); node != nullptr && node->is_mapping()) {
        const FieldReader soa(*node);
        settings.soa = {soa.text("version"), soa.text("approved_by"), soa.date("approved"), soa.date("next_review")};
    }
    if (const YamlNode* node = aims.node("theme"); node != nullptr && node->is_mapping()) {
        const FieldReader theme(*node);
        settings.theme = {theme.text("css"), theme.text("logo"), theme.text("templates")};
    }
    return settings;
}

}  // namespace aimsgen
