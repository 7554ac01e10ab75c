#include "generator/model/model.hpp"

#include <algorithm>

namespace aimsgen {

void LinkIndex::add(const std::string& from_kind, const std::string& from_id, const std::string& to_kind,
                    const std::string& to_id) {
    if (from_id.empty() || to_id.empty() || from_id == to_id) {
        return;
    }
    m_links[from_id][to_kind].push_back(to_id);
    m_links[to_id][from_kind].push_back(from_id);
}

void LinkIndex::finish() {
    for (auto& [id, groups] : m_links) {
        for (auto& [kind, ids] : groups) {
            std::sort(ids.begin(), ids.end());
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        }
    }
}

const LinkIndex::Groups& LinkIndex::of(std::string_view id) const {
    static const Groups k_none;
    const auto found = m_links.find(id);
    return found == m_links.end() ? k_none : found->second;
}

const std::vector<std::string>& LinkIndex::of(std::string_view id, std::string_view kind) const {
    static const std::vector<std::string> k_none;
    const Groups& groups = of(id);
    const auto found = groups.find(kind);
    return found == groups.end() ? k_none : found->second;
}

namespace {

/// The record with `id` in `records`: through `index` when it covers them
/// all, else (a model put together by hand) by a scan.
template <typename Record>
const Record* find_by_id(const std::vector<Record>& records, const std::map<std::string, std::size_t, std::less<>>& index,
                         std::string_view id) {
    if (index.size() == records.size()) {
        const auto found = index.find(id);
        return found == index.end() ? nullptr : &records[found->second];
    }
    for (const Record& record : records) {
        if (record.id == id) {
            return &record;
        }
    }
    return nullptr;
}

}  // namespace

const Person* Model::find_person(std::string_view id) const { return find_by_id(aims.people, people_by_id, id); }

const Role* Model::find_role(std::string_view id) const { return find_by_id(aims.roles, roles_by_id, id); }

void Model::index_people() {
    people_by_id.clear();
    roles_by_id.clear();
    for (std::size_t i = 0; i < aims.people.size(); ++i) {
        people_by_id.emplace(aims.people[i].id, i);
    }
    for (std::size_t i = 0; i < aims.roles.size(); ++i) {
        roles_by_id.emplace(aims.roles[i].id, i);
    }
}

std::string Model::name_of(std::string_view person_or_role) const {
    if (const Person* person = find_person(person_or_role)) {
        return person->name;
    }
    if (const Role* role = find_role(person_or_role)) {
        return role->title;
    }
    return std::string(person_or_role);
}

}  // namespace aimsgen
