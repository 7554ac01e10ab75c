#pragma once

#include <string>

#include "generator/load/raw_content.hpp"
#include "generator/model/organization.hpp"
#include "generator/model/records.hpp"

namespace aimsgen {

// Readers from validated YAML into typed records (model stage internals).

AimsSettings read_settings(const YamlFile& file);

AiSystem read_system(const std::string& path, const YamlNode& node);
Risk read_risk(const std::string& path, const YamlNode& node);
SoaEntry read_soa_entry(const std::string& path, const YamlNode& node);
ImpactAssessment read_impact_assessment(const std::string& path, const YamlNode& node);
Supplier read_supplier(const std::string& path, const YamlNode& node);
GovernanceDecision read_decision(const std::string& path, const YamlNode& node);
MeasurementSeries read_measurement(const std::string& path, const YamlNode& node);

Incident read_incident(const std::string& path, const YamlNode& node);
Nonconformity read_nonconformity(const std::string& path, const YamlNode& node);
Audit read_audit(const std::string& path, const YamlNode& node);
ManagementReview read_review(const std::string& path, const YamlNode& node);
Objective read_objective(const std::string& path, const YamlNode& node);
Course read_course(const std::string& path, const YamlNode& node);

Document read_document(const DocumentFile& file);

/// An evidence item, for the readers.
Evidence read_evidence(const std::string& path, const YamlNode& node);
/// Dated status changes from `history`, with `status_key` as the status, sorted by date.
std::vector<StatusChange> read_status_history(const std::string& path, const YamlNode& node,
                                              std::string_view status_key = "status");

}  // namespace aimsgen
