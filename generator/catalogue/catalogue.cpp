#include "generator/catalogue/catalogue.hpp"

#include <stdexcept>

#include "generator/diagnostics/diagnostic.hpp"
#include "generator/load/yaml_parser.hpp"
#include "generator/resources/embedded_resources.hpp"
#include "generator/schema/schema_check.hpp"
#include "generator/schema/schema_set.hpp"

namespace aimsgen {

namespace {

constexpr std::string_view k_iso42001_path = "content/frameworks/iso42001.yaml";

std::string text_at(const YamlNode& node, std::string_view key) { return std::string(node.text_of(key)); }

Catalogue read_catalogue(std::string_view path) {
    const std::optional<std::string_view> text = find_embedded_resource(path);
    if (!text) {
        throw std::runtime_error(std::string(path) + " is not compiled into this aimsgen");
    }
    const SourceText source{std::string(*text)};
    Diagnostics diagnostics;
    std::vector<Reference> references;
    const std::optional<YamlNode> root = parse_yaml(source, std::string(path), diagnostics);
    if (root) {
        check_against_schema(*root, SchemaSet::embedded().root("framework.schema.json"), std::string(path),
                             diagnostics, references);
    }
    if (!root || diagnostics.has_errors()) {
        const Diagnostic& first = diagnostics.items().front();
        throw std::runtime_error(first.path + ":" + std::to_string(first.pos.line) + ":" +
                                 std::to_string(first.pos.column) + ": " + first.message);
    }
    Catalogue catalogue;
    if (const YamlNode* framework = root->find("framework")) {
        catalogue.id = text_at(*framework, "id");
        catalogue.title = text_at(*framework, "title");
        catalogue.edition = text_at(*framework, "edition");
    }
    if (const YamlNode* clauses = root->find("clauses")) {
        for (const YamlNode& clause : clauses->items) {
            catalogue.clauses.push_back({text_at(clause, "id"), text_at(clause, "title"), text_at(clause, "parent")});
        }
    }
    if (const YamlNode* controls = root->find("controls")) {
        for (const YamlNode& control : controls->items) {
            catalogue.controls.push_back({text_at(control, "id"), text_at(control, "group"),
                                          text_at(control, "group_title"), text_at(control, "title"),
                                          text_at(control, "description")});
        }
    }
    catalogue.index();
    return catalogue;
}

}  // namespace

void Catalogue::index() {
    m_clause_index.clear();
    m_control_index.clear();
    for (std::size_t i = 0; i < clauses.size(); ++i) {
        m_clause_index.emplace(clauses[i].id, i);
    }
    for (std::size_t i = 0; i < controls.size(); ++i) {
        m_control_index.emplace(controls[i].id, i);
    }
}

const CatalogueClause* Catalogue::find_clause(std::string_view clause_id) const {
    const auto found = m_clause_index.find(std::string(clause_id));
    return found == m_clause_index.end() ? nullptr : &clauses[found->second];
}

const CatalogueControl* Catalogue::find_control(std::string_view control_id) const {
    const auto found = m_control_index.find(std::string(control_id));
    return found == m_control_index.end() ? nullptr : &controls[found->second];
}

const Catalogue& iso42001_catalogue() {
    static const Catalogue catalogue = read_catalogue(k_iso42001_path);
    return catalogue;
}

}  // namespace aimsgen
