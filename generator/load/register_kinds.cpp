#include "generator/load/register_kinds.hpp"

#include <array>

namespace aimsgen {

namespace {

constexpr std::array<RegisterKind, 13> k_register_kinds = {{
    {"ai-systems", "ai-systems.schema.json", "id", "system", "AI system"},
    {"risks", "risks.schema.json", "id", "risk", "risk"},
    {"soa", "soa.schema.json", "control", "control", "SoA entry"},
    {"impact-assessments", "impact-assessments.schema.json", "id", "impact-assessment",
     "impact assessment"},
    {"incidents", "incidents.schema.json", "id", "incident", "incident"},
    {"nonconformities", "nonconformities.schema.json", "id", "nonconformity", "nonconformity"},
    {"audits", "audits.schema.json", "id", "audit", "audit"},
    {"management-reviews", "management-reviews.schema.json", "id", "review", "management review"},
    {"objectives", "objectives.schema.json", "id", "objective", "objective"},
    {"training", "training.schema.json", "id", "course", "training course"},
    {"suppliers", "suppliers.schema.json", "id", "supplier", "supplier"},
    {"decisions", "decisions.schema.json", "id", "decision", "decision"},
    {"measurements", "measurements.schema.json", "id", "measurement", "measurement series"},
}};

}  // namespace

std::span<const RegisterKind> register_kinds() { return k_register_kinds; }

const RegisterKind* find_register_kind(std::string_view name) {
    for (const RegisterKind& kind : k_register_kinds) {
        if (kind.name == name) {
            return &kind;
        }
    }
    return nullptr;
}

}  // namespace aimsgen
