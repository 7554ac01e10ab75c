#pragma once

#include "generator/validate/validation_context.hpp"

namespace aimsgen {

// The passes of the validate stage, in the order validate_content runs them.
// Each reports into `diagnostics`; later passes may rely on the id index.

/// Checks each file against its schema, in parallel; collects references.
void check_schemas(ValidationContext& context, Diagnostics& diagnostics);
/// Registers every id (records, nested actions and findings, people, roles, ...).
void index_ids(ValidationContext& context, Diagnostics& diagnostics);
/// Resolves every reference collected by check_schemas.
void check_references(const ValidationContext& context, Diagnostics& diagnostics);
/// format_version, risk criteria scales and bands.
void check_aims_rules(const ValidationContext& context, Diagnostics& diagnostics);
/// One entry per control, additional controls, risks treated by excluded controls.
void check_soa_rules(const ValidationContext& context, Diagnostics& diagnostics);
/// Scale values, acceptance, fields required by a record's state, date order;
/// document bodies within the bounds the portal renders Markdown in.
void check_record_rules(const ValidationContext& context, Diagnostics& diagnostics);
/// Evidence paths and URLs; expired evidence.
void check_evidence_rules(const ValidationContext& context, Diagnostics& diagnostics);
/// Overdue reviews, actions and assessments; records dated after the as-of date.
void check_timeliness_rules(const ValidationContext& context, Diagnostics& diagnostics);

}  // namespace aimsgen
