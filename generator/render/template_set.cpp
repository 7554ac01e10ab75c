#include "generator/render/template_set.hpp"

#include <algorithm>
#include <stdexcept>
#include <vector>

#include "generator/source/source_text.hpp"

namespace aimsgen {

namespace {

constexpr int k_max_partial_depth = 8;
constexpr std::size_t k_max_template_bytes = 4U * 1024U * 1024U;  ///< a page template with its partials inlined
constexpr std::size_t k_max_inclusions = 10'000;                  ///< partial inclusions in one page template
constexpr std::string_view k_partials = "partials/";

/// Inlines the partials of one page template. Theme templates can come from the
/// content directory, so a partial that includes itself and partials that
/// include others over and over (ten levels of ten: 10^10 copies) are errors,
/// found before they cost time or memory.
struct Inliner {
    const Theme& theme;
    Diagnostics& diagnostics;
    std::vector<std::string> chain;  ///< the partials being inlined, outermost first
    std::size_t inlined_bytes = 0;   ///< of the page template so far
    std::size_t inclusions = 0;      ///< of partials into the page template so far
    bool too_large = false;

    void error(const ThemeFile& file, std::size_t offset, std::string message) {
        diagnostics.error(file.origin, SourceText(file.bytes).position_of_offset(offset), std::move(message));
    }

    void append(std::string& result, std::string_view text) {
        result.append(text);
        inlined_bytes += text.size();
    }

    /// `text` with every `{{> name}}` replaced by the partial's text, recursively.
    std::string inline_partials(const ThemeFile& file, std::string_view text, int depth) {
        std::string result;
        std::size_t at = 0;
        while (!too_large) {
            const std::size_t open = text.find("{{>", at);
            if (open == std::string_view::npos) {
                append(result, text.substr(at));
                return result;
            }
            const std::size_t close = text.find("}}", open);
            if (close == std::string_view::npos) {
                append(result, text.substr(at));
                return result;  // the parser reports the unclosed tag
            }
            append(result, text.substr(at, open - at));
            std::string name(text.substr(open + 3, close - open - 3));
            name.erase(0, name.find_first_not_of(" \t"));
            name.erase(name.find_last_not_of(" \t") + 1);
            const auto partial = theme.templates.find(name);
            const auto cycle = std::find(chain.begin(), chain.end(), name);
            if (partial == theme.templates.end()) {
                error(file, open, "template partial '" + name + "' does not exist");
            } else if (cycle != chain.end()) {
                std::string through;  // the partials between it and this inclusion
                for (auto link = cycle + 1; link != chain.end(); ++link) {
                    through += (through.empty() ? " (through '" : ", '") + *link + "'";
                }
                through += through.empty() ? "" : ")";
                error(file, open, "template partial '" + name + "' includes itself" + through);
            } else if (depth >= k_max_partial_depth) {
                error(file, open, "partials nest deeper than " + std::to_string(k_max_partial_depth) + " levels");
            } else if (++inclusions > k_max_inclusions || inlined_bytes > k_max_template_bytes) {
                too_large = true;
                error(file, open,
                      "a page template grows past " + std::to_string(k_max_inclusions) + " partial inclusions or " +
                          std::to_string(k_max_template_bytes / 1024 / 1024) +
                          " MiB here; is a partial included over and over?");
            } else {
                chain.push_back(name);
                result += inline_partials(partial->second, partial->second.bytes, depth + 1);
                chain.pop_back();
            }
            at = close + 2;
        }
        return result;
    }
};

/// kainjow reports "... at N" with a byte offset into the template text.
SourcePos error_position(const std::string& text, const std::string& message) {
    const std::size_t at = message.rfind(" at ");
    if (at == std::string::npos) {
        return {1, 1};
    }
    try {
        return SourceText(text).position_of_offset(std::stoul(message.substr(at + 4)));
    } catch (const std::exception&) {
        return {1, 1};
    }
}

/// Collects the rendered text: kainjow's own render() goes through a
/// std::ostringstream, which costs more than appending to a string.
struct PageText {
    std::string text;
    PageText& operator<<(const std::string& piece) {
        text += piece;
        return *this;
    }
};

/// A rendering context that notes every name it cannot resolve.
class RecordingContext : public kainjow::mustache::context<std::string> {
public:
    RecordingContext(const TemplateData::Data* data, std::string_view template_name, std::set<std::string>& unresolved)
        : kainjow::mustache::context<std::string>(data), m_template(template_name), m_unresolved(unresolved) {}

    const TemplateData::Data* get(const std::string& name) const override {
        const TemplateData::Data* found = kainjow::mustache::context<std::string>::get(name);
        if (found == nullptr) {
            m_unresolved.insert(std::string(m_template) + ": " + name);
        }
        return found;
    }

private:
    std::string_view m_template;
    std::set<std::string>& m_unresolved;
};

}  // namespace

namespace {

using DataList = kainjow::mustache::basic_list<std::string>;

/// kainjow gives a list only as const; the vector is its own heap object, never const.
DataList& list_of(const TemplateData& data) { return const_cast<DataList&>(data.list_value()); }

}  // namespace

void TemplateData::set(const std::string& name, Data value) {
    if (is_object()) {
        (*this)[name] = std::move(value);
    }
}

void TemplateData::push_back(Data value) {
    if (!is_list()) {
        return;
    }
    DataList& list = list_of(*this);
    if (list.size() == list.capacity()) {
        reserve(std::max<std::size_t>(8, list.capacity() * 2));
    }
    list.push_back(std::move(value));
}

void TemplateData::reserve(std::size_t count) {
    if (!is_list()) {
        return;
    }
    DataList& list = list_of(*this);
    if (count <= list.capacity()) {
        return;
    }
    // std::vector would copy the items (their move is not noexcept): move them by hand.
    DataList grown;
    grown.reserve(count);
    for (Data& item : list) {
        grown.push_back(std::move(item));
    }
    list.swap(grown);
}

TemplateSet TemplateSet::compile(const Theme& theme, Diagnostics& diagnostics) {
    TemplateSet set;
    for (const auto& [name, file] : theme.templates) {
        if (name.starts_with(k_partials)) {
            continue;
        }
        // Syntax is checked on each file as written, so positions are its own.
        const kainjow::mustache::mustache own(file.bytes);
        if (!own.is_valid()) {
            diagnostics.error(file.origin, error_position(file.bytes, own.error_message()),
                              "template syntax error: " + own.error_message());
            continue;
        }
        Inliner inliner{theme, diagnostics, {}, 0, 0, false};
        std::string inlined = inliner.inline_partials(file, file.bytes, 0);
        if (!inliner.too_large) {
            set.m_sources[name] = std::move(inlined);
        }
    }
    for (const auto& [name, file] : theme.templates) {
        if (name.starts_with(k_partials)) {
            const kainjow::mustache::mustache own(file.bytes);
            if (!own.is_valid()) {
                diagnostics.error(file.origin, error_position(file.bytes, own.error_message()),
                                  "template syntax error: " + own.error_message());
            }
        }
    }
    return set.clone();
}

TemplateSet TemplateSet::clone() const {
    TemplateSet copy;
    copy.m_sources = m_sources;
    for (const auto& [name, text] : m_sources) {
        copy.m_parsed[name] = std::make_unique<kainjow::mustache::mustache>(text);
    }
    return copy;
}

std::string TemplateSet::render(std::string_view name, const TemplateData& data, const TemplateData* frame) {
    const auto found = m_parsed.find(name);
    if (found == m_parsed.end()) {
        throw std::runtime_error("no template named '" + std::string(name) + "' in the theme");
    }
    const TemplateData::Data* bottom = frame != nullptr ? frame : &data;
    if (m_unresolved != nullptr) {
        RecordingContext context(bottom, name, *m_unresolved);
        if (frame != nullptr) {
            context.push(&data);
        }
        PageText page;
        return std::move(found->second->render(context, page).text);
    }
    kainjow::mustache::context<std::string> context(bottom);
    if (frame != nullptr) {
        context.push(&data);
    }
    PageText page;
    return std::move(found->second->render(context, page).text);
}

const std::string& TemplateSet::source(std::string_view name) const {
    const auto found = m_sources.find(name);
    if (found == m_sources.end()) {
        throw std::runtime_error("no template named '" + std::string(name) + "' in the theme");
    }
    return found->second;
}

}  // namespace aimsgen
