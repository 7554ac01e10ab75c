#pragma once

#include <string>
#include <vector>

#include "generator/model/model.hpp"

namespace aimsgen {

/// An evidence item and the record that cites it.
struct EvidenceCitation {
    const Evidence* evidence = nullptr;
    std::string record;  ///< id of the citing record (control, impact assessment, audit, review, supplier)
    std::string kind;    ///< its kind
};

/// Every evidence item of the content with the record citing it, in register
/// order: SoA entries, impact assessments, audit reports, review minutes,
/// supplier assessments.
std::vector<EvidenceCitation> evidence_citations(const Model& model);

/// The content paths of every evidence file cited (URLs left out), for hashing.
std::vector<std::string> evidence_file_paths(const Model& model);

}  // namespace aimsgen
