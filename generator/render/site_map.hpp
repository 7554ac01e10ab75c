#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "generator/model/model.hpp"

namespace aimsgen {

/// Where every record's page lives, relative to the output root: one stable
/// page per record, `<register>/<id>.html` (risks/RSK-014.html,
/// controls/A.6.2.4.html), nested records as anchors on their parent's page
/// (audits/AUD-1.html#F-1), people on people.html. Register tables are
/// `<register>.html` beside the folders.
class SiteMap {
public:
    explicit SiteMap(const Model& model);

    /// What the map knows of a record.
    struct Entry {
        std::string kind;
        std::string href;
        std::string title;
    };
    /// The entry of `id`, or nullptr: one lookup for all three.
    const Entry* find(std::string_view id) const;

    /// The page (and anchor) of `id` from the output root, or "" if unknown.
    std::string href(std::string_view id) const;
    /// A short human title ("Credit scoring drift"), or the id itself.
    std::string title(std::string_view id) const;
    /// The kind of record ("risk", "control", ...), or "".
    std::string kind(std::string_view id) const;

    /// The folder of a register's record pages ("risks", "controls", ...).
    static std::string_view folder_of(std::string_view kind);

private:
    void add(std::string kind, const std::string& id, std::string href, std::string title);
    std::unordered_map<std::string, Entry, IdHash, std::equal_to<>> m_entries;
};

}  // namespace aimsgen
