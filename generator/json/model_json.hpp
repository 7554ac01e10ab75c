#pragma once

#include <string>

#include "generator/compute/compute.hpp"
#include "generator/model/model.hpp"
#include "generator/model/provenance.hpp"

namespace aimsgen {

/// Render stage for OUT/data/model.json, the public interface for BI tools
/// and scripts (described by schemas/model.schema.json): provenance, the
/// organization, every register with each record's links both ways and its
/// source line, the catalogue, KPIs with trends, heat maps, triggers and
/// readiness. Stable key order and number formatting: byte-identical for the
/// same content and as-of date.
std::string render_model_json(const Model& model, const Computed& computed, const Provenance& provenance);

}  // namespace aimsgen
