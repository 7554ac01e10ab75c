#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace aimsgen {

/// A clause of the management-system standard (4 … 10.2), id and short title.
struct CatalogueClause {
    std::string id;
    std::string title;
    std::string parent;  ///< "" for the top-level clauses 4 … 10
};

/// An Annex A control: id, group and our own short title (never the standard's text).
struct CatalogueControl {
    std::string id;
    std::string group;
    std::string group_title;
    std::string title;
    std::string description;
};

/// A reference catalogue from content/frameworks/, in catalogue order.
class Catalogue {
public:
    std::string id;
    std::string title;
    std::string edition;
    std::vector<CatalogueClause> clauses;
    std::vector<CatalogueControl> controls;

    const CatalogueClause* find_clause(std::string_view clause_id) const;
    const CatalogueControl* find_control(std::string_view control_id) const;
    /// Builds the lookup indexes; call once after filling the lists.
    void index();

private:
    std::unordered_map<std::string, std::size_t> m_clause_index;
    std::unordered_map<std::string, std::size_t> m_control_index;
};

/// The ISO/IEC 42001 catalogue compiled into the binary
/// (content/frameworks/iso42001.yaml), checked against framework.schema.json;
/// throws std::runtime_error if the shipped file is broken.
const Catalogue& iso42001_catalogue();

}  // namespace aimsgen
