#pragma once

#include <span>
#include <string_view>

namespace aimsgen {

/// One register of the content format: `registers/<name>.yaml` or the folder
/// `registers/<name>/`, a sequence of records validated by `schema`.
struct RegisterKind {
    std::string_view name;      ///< "risks"
    std::string_view schema;    ///< "risks.schema.json"
    std::string_view id_field;  ///< the field that identifies a record ("id", or "control" in the SoA)
    std::string_view ref_kind;  ///< the x-aimsgen-ref kind its ids answer to ("risk")
    std::string_view noun;      ///< how messages name one record ("risk")
};

/// Every register, in the order the README lists them.
std::span<const RegisterKind> register_kinds();
/// The register called `name`, or nullptr.
const RegisterKind* find_register_kind(std::string_view name);

}  // namespace aimsgen
