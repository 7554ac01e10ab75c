#pragma once

#include <functional>
#include <string>
#include <vector>

#include "generator/calendar/date.hpp"
#include "generator/model/model.hpp"

namespace aimsgen {

enum class ReadinessStatus { met, partial, missing };
const char* readiness_name(ReadinessStatus status);

/// What a readiness rule found.
struct ReadinessFinding {
    ReadinessStatus status = ReadinessStatus::missing;
    std::string detail;                ///< what is there, or what is missing and why
    std::vector<std::string> records;  ///< records that show it
};

/// One thing a certification auditor asks for at Stage 1, with the clause it
/// speaks for and the implementation step that produces it.
struct ReadinessRule {
    std::string id;
    std::string clause;  ///< "6.1.2"
    int step = 0;        ///< 1 … 10, see readiness_steps()
    std::string title;   ///< the documented information or record asked for
    std::function<ReadinessFinding(const Model&, Date)> assess;
};

struct ReadinessCheck {
    const ReadinessRule* rule = nullptr;
    ReadinessFinding finding;
};

/// A roll-up of checks: of a clause 4 … 10, or of an implementation step.
struct ReadinessGroup {
    std::string id;     ///< "4" … "10", or the step number
    std::string title;
    ReadinessStatus status = ReadinessStatus::missing;
    int met = 0;
    int partial = 0;
    int total = 0;
    double score = 0;   ///< (met + partial / 2) / total, as a percentage
    std::vector<std::size_t> checks;  ///< indexes into Readiness::checks
};

struct Readiness {
    std::vector<ReadinessCheck> checks;  ///< in rule order
    std::vector<ReadinessGroup> clauses;  ///< 4 … 10
    std::vector<ReadinessGroup> steps;    ///< 1 … 10
    std::string next_key_output;          ///< first unmet check of the first unfinished step
};

/// The readiness rules, one table, in step order.
const std::vector<ReadinessRule>& readiness_rules();
/// The titles of the ten implementation steps, step 1 first.
const std::vector<std::string>& readiness_steps();

/// Runs every rule as of `as_of` and rolls the results up by clause and step.
Readiness assess_readiness(const Model& model, Date as_of);

}  // namespace aimsgen
