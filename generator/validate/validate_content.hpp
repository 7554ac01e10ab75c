#pragma once

#include "generator/calendar/date.hpp"
#include "generator/catalogue/catalogue.hpp"
#include "generator/diagnostics/diagnostic.hpp"
#include "generator/load/raw_content.hpp"
#include "generator/schema/schema_check.hpp"
#include "generator/source/file_system.hpp"

namespace aimsgen {

struct ValidationOptions {
    Date as_of;  ///< the date overdue items and future-dated records are judged at
};

/// Validate stage: checks every file against its JSON Schema, then ids,
/// references, the SoA, risk criteria and scales, date order, evidence paths,
/// and warns of what is overdue or dated after the as-of date. Returns every
/// problem found, sorted by file and position.
/// When `references` is given, it receives every reference found, each naming
/// the record that holds it (the model links records with them).
Diagnostics validate_content(const RawContent& content, const Catalogue& catalogue, const FileSystem& files,
                             const ValidationOptions& options, std::vector<Reference>* references = nullptr);

}  // namespace aimsgen
