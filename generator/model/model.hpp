#pragma once

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "generator/catalogue/catalogue.hpp"
#include "generator/load/raw_content.hpp"
#include "generator/model/organization.hpp"
#include "generator/model/records.hpp"

namespace aimsgen {

/// Hashes std::string and std::string_view alike, so that a map keyed by id
/// is searched with a string_view without first copying it into a string.
struct IdHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view id) const noexcept { return std::hash<std::string_view>{}(id); }
};

/// Records of one kind, sorted by id, found by id without scanning.
template <typename Record>
class RecordList {
public:
    void assign(std::vector<Record> records, std::string Record::*id_field) {
        m_records = std::move(records);
        std::sort(m_records.begin(), m_records.end(),
                  [&](const Record& a, const Record& b) { return a.*id_field < b.*id_field; });
        m_index.clear();
        for (std::size_t i = 0; i < m_records.size(); ++i) {
            m_index.emplace(m_records[i].*id_field, i);
        }
    }
    const Record* find(std::string_view id) const {
        const auto found = m_index.find(id);
        return found == m_index.end() ? nullptr : &m_records[found->second];
    }
    const std::vector<Record>& all() const { return m_records; }
    auto begin() const { return m_records.begin(); }
    auto end() const { return m_records.end(); }
    std::size_t size() const { return m_records.size(); }
    bool empty() const { return m_records.empty(); }

private:
    std::vector<Record> m_records;
    std::unordered_map<std::string, std::size_t, IdHash, std::equal_to<>> m_index;
};

/// Every cross-reference, kept in both directions: for a record id, the ids
/// it is linked with, grouped by their kind ("risk", "system", ...), sorted.
class LinkIndex {
public:
    using Groups = std::map<std::string, std::vector<std::string>, std::less<>>;

    void add(const std::string& from_kind, const std::string& from_id, const std::string& to_kind,
             const std::string& to_id);
    /// Sorts and de-duplicates every group; call once after the last add.
    void finish();
    const Groups& of(std::string_view id) const;
    /// The ids of `kind` linked with `id`.
    const std::vector<std::string>& of(std::string_view id, std::string_view kind) const;

private:
    std::unordered_map<std::string, Groups, IdHash, std::equal_to<>> m_links;
};

/// The model stage's product: typed records with resolved links, built only
/// from content that validated without errors. Owns the raw content that the
/// records' Origins point into.
struct Model {
    std::shared_ptr<const RawContent> raw;
    const Catalogue* catalogue = nullptr;
    AimsSettings aims;
    RecordList<AiSystem> systems;
    RecordList<Risk> risks;
    RecordList<SoaEntry> soa;  ///< by control id
    RecordList<ImpactAssessment> impact_assessments;
    RecordList<Incident> incidents;
    RecordList<Nonconformity> nonconformities;
    RecordList<Audit> audits;
    RecordList<ManagementReview> reviews;
    RecordList<Objective> objectives;
    RecordList<Course> courses;
    RecordList<Supplier> suppliers;
    RecordList<GovernanceDecision> decisions;
    RecordList<MeasurementSeries> measurements;
    RecordList<Document> documents;
    LinkIndex links;

    /// Positions in aims.people and aims.roles by id (index_people() makes them).
    std::map<std::string, std::size_t, std::less<>> people_by_id;
    std::map<std::string, std::size_t, std::less<>> roles_by_id;

    /// The person with `id`, or nullptr (roles are not people).
    const Person* find_person(std::string_view id) const;
    const Role* find_role(std::string_view id) const;
    /// Fills people_by_id and roles_by_id: every owner on every page is looked up.
    void index_people();
    /// A person's or role's display name; the id itself when unknown.
    std::string name_of(std::string_view person_or_role) const;
};

}  // namespace aimsgen
