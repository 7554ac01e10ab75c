#pragma once

#include <memory>
#include <vector>

#include "generator/catalogue/catalogue.hpp"
#include "generator/load/raw_content.hpp"
#include "generator/model/model.hpp"
#include "generator/schema/schema_check.hpp"

namespace aimsgen {

/// Model stage: turns validated raw content into typed records, merges each
/// register's files and sorts them by id, and links every reference both ways
/// (`references` as collected by validation, each naming its record).
Model build_model(std::shared_ptr<const RawContent> content, const Catalogue& catalogue,
                  const std::vector<Reference>& references);

}  // namespace aimsgen
