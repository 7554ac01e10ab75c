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

/// kainjow's page data, with moves. kainjow's own set() and push_back() copy
/// their argument, so a row built and then set into a page was copied whole
/// at every level of nesting, and a list copied all its rows each time it
/// grew (its element's move constructor is not noexcept). Here a value is
/// moved in, and a list grows by moving. Same data, same rendering.
class TemplateData : public kainjow::mustache::data {
public:
    using Data = kainjow::mustache::data;
    using Data::Data;
    TemplateData() = default;
    TemplateData(const Data& other) : Data(other) {}
    TemplateData(Data&& other) noexcept : Data(std::move(other)) {}
    TemplateData(const TemplateData& other) = default;
    TemplateData(TemplateData&& other) noexcept : Data(std::move(other)) {}
    TemplateData& operator=(TemplateData&& other) noexcept {
        Data::operator=(std::move(other));
        return *this;
    }
    ~TemplateData() = default;

    /// Sets `name` in an object (as kainjow's set, without the copy).
    void set(const std::string& name, Data value);
    /// Appends to a list (as kainjow's push_back, without the copies).
    void push_back(Data value);
    /// Room for `count` items in a list, so it never grows while filled.
    void reserve(std::size_t count);
};

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
    /// Renders `name` with `data`; names `data` lacks are looked up in
    /// `frame` (the data every page shares), when given.
    std::string render(std::string_view name, const TemplateData& data, const TemplateData* frame = nullptr);
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
