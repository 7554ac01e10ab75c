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
    const auto found = m_links.find(std::string(id));
    return found == m_links.end() ? k_none : found->second;
}

const std::vector<std::string>& LinkIndex::of(std::string_view id, std::string_view kind) const {
    static const std::vector<std::string> k_none;
    const Groups& groups = of(id);
    const auto found = groups.find(kind);
    return found == groups.end() ? k_none : found->second;
}

const Person* Model::find_person(std::string_view id) const {
    for (const Person& person : aims.people) {
        if (person.id == id) {
            return &person;
        }
    }
    return nullptr;
}

const Role* Model::find_role(std::string_view id) const {
    for (const Role& role : aims.roles) {
        if (role.id == id) {
            return &role;
        }
    }
    return nullptr;
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
