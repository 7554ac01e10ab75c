#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>

#include <kainjow/mustache.hpp>

#include "generator/diagnostics/diagnostic.hpp"
#include "generator/render/theme.hpp"

namespace aimsgen {

using TemplateData = kainjow::mustache::data;

/// The theme's page templates, each parsed once with its partials inlined
/// (kainjow re-parses a partial at every inclusion). Not shared between
/// threads: each rendering thread makes its own copy with clone().
class TemplateSet {
public:
    /// Inlines partials and parses every template that is not under
    /// "partials/". Syntax errors and missing partials are reported at the
    /// template file's line and column.
    static TemplateSet compile(const Theme& theme, Diagnostics& diagnostics);

    TemplateSet clone() const;
    bool has(std::string_view name) const { return m_sources.contains(name); }
    std::string render(std::string_view name, const TemplateData& data);
    /// The template text after inlining.
    const std::string& source(std::string_view name) const;
    /// From now on, every tag a render looks up and finds nothing for is
    /// added to `names` as "template: tag" (kainjow renders such a tag as
    /// empty without a word; a test makes that an error).
    void record_unresolved_tags(std::set<std::string>* names) { m_unresolved = names; }

private:
    std::map<std::string, std::string, std::less<>> m_sources;
    std::map<std::string, std::unique_ptr<kainjow::mustache::mustache>, std::less<>> m_parsed;
    std::set<std::string>* m_unresolved = nullptr;
};

}  // namespace aimsgen
