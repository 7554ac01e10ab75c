#include "generator/compute/readiness.hpp"

#include <array>
#include <cmath>

namespace aimsgen {

namespace {

constexpr std::array<std::string_view, 7> k_clauses = {"4", "5", "6", "7", "8", "9", "10"};

void roll_up(ReadinessGroup& group, const std::vector<ReadinessCheck>& checks) {
    for (const std::size_t index : group.checks) {
        const ReadinessStatus status = checks[index].finding.status;
        group.met += status == ReadinessStatus::met ? 1 : 0;
        group.partial += status == ReadinessStatus::partial ? 1 : 0;
    }
    group.total = static_cast<int>(group.checks.size());
    if (group.total == 0) {
        return;
    }
    group.score = std::round(1000.0 * (group.met + group.partial / 2.0) / group.total) / 10.0;
    group.status = group.met == group.total                   ? ReadinessStatus::met
                   : group.met == 0 && group.partial == 0 ? ReadinessStatus::missing
                                                          : ReadinessStatus::partial;
}

std::string top_clause(const std::string& clause) { return clause.substr(0, clause.find('.')); }

}  // namespace

const char* readiness_name(ReadinessStatus status) {
    switch (status) {
        case ReadinessStatus::met:
            return "met";
        case ReadinessStatus::partial:
            return "partial";
        case ReadinessStatus::missing:
            return "missing";
    }
    return "missing";
}

const std::vector<std::string>& readiness_steps() {
    static const std::vector<std::string> k_steps = {
        "Scope and context",
        "Leadership and policy",
        "Objectives, support and document control",
        "AI system inventory",
        "Risk and impact assessment",
        "SoA and treatment plan",
        "Life-cycle and data controls",
        "Use, transparency and third parties",
        "Monitoring, audit and review",
        "Correction and improvement",
    };
    return k_steps;
}

Readiness assess_readiness(const Model& model, Date as_of) {
    Readiness readiness;
    for (const ReadinessRule& rule : readiness_rules()) {
        readiness.checks.push_back({&rule, rule.assess(model, as_of)});
    }
    for (const std::string_view clause : k_clauses) {
        ReadinessGroup group;
        group.id = std::string(clause);
        const CatalogueClause* entry = model.catalogue->find_clause(clause);
        group.title = entry != nullptr ? entry->title : "";
        for (std::size_t i = 0; i < readiness.checks.size(); ++i) {
            if (top_clause(readiness.checks[i].rule->clause) == clause) {
                group.checks.push_back(i);
            }
        }
        roll_up(group, readiness.checks);
        readiness.clauses.push_back(std::move(group));
    }
    const std::vector<std::string>& steps = readiness_steps();
    for (std::size_t s = 0; s < steps.size(); ++s) {
        ReadinessGroup group;
        group.id = std::to_string(s + 1);
        group.title = steps[s];
        for (std::size_t i = 0; i < readiness.checks.size(); ++i) {
            if (readiness.checks[i].rule->step == static_cast<int>(s + 1)) {
                group.checks.push_back(i);
            }
        }
        roll_up(group, readiness.checks);
        if (readiness.next_key_output.empty() && group.status != ReadinessStatus::met) {
            for (const std::size_t index : group.checks) {
                if (readiness.checks[index].finding.status != ReadinessStatus::met) {
                    readiness.next_key_output = readiness.checks[index].rule->title;
                    break;
                }
            }
        }
        readiness.steps.push_back(std::move(group));
    }
    return readiness;
}

}  // namespace aimsgen
