#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "generator/compute/compute.hpp"
#include "generator/model/evidence_catalogue.hpp"
#include "generator/model/trace_index.hpp"
#include "generator/schema/schema_set.hpp"
#include "generator/source/file_system.hpp"
#include "generator/workbook/workbooks.hpp"
#include "tests/support/test_model.hpp"

namespace aimsgen::workbook {
namespace {

const Date k_as_of = Date::from_ymd(2026, 9, 30);

/// site-example's workbooks as `aimsgen build --as-of DATE` makes them.
struct ExampleBooks {
    explicit ExampleBooks(Date as_of = k_as_of) : as_of(as_of) {}
    Date as_of;
    const Model& model = testing::site_example_model();
    Computed computed = compute(model, ComputeOptions{as_of, PeriodKind::quarter, 12});
    Provenance provenance{"test", "", as_of};
    DiskFileSystem files{testing::site_example_dir()};
    std::map<std::string, EvidenceFile, std::less<>> evidence = read_evidence_files(files, evidence_file_paths(model));
    std::shared_ptr<const TraceIndex> trace = build_trace_index(model);
    Sources sources{model, computed, provenance, evidence, SchemaSet::embedded(), *trace};
    std::vector<Workbook> books = build_workbooks(sources);

    const Workbook& book(const std::string& file) const {
        for (const Workbook& book : books) {
            if (book.file_name == file) {
                return book;
            }
        }
        throw std::logic_error("no workbook " + file);
    }
    const Sheet& sheet(const std::string& file, const std::string& name) const {
        for (const Sheet& sheet : book(file).sheets) {
            if (sheet.name == name) {
                return sheet;
            }
        }
        throw std::logic_error("no sheet " + name);
    }
};

const ExampleBooks& example() {
    static const ExampleBooks books;
    return books;
}

std::size_t column(const Table& table, const std::string& header) {
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        if (table.columns[c].header == header) {
            return c;
        }
    }
    throw std::logic_error("no column " + header);
}

/// The values of `header` in the rows whose `filter` column says `value`.
std::set<std::string> where(const Table& table, const std::string& header, const std::string& value,
                            const std::string& key = "") {
    std::set<std::string> found;
    const std::size_t c = column(table, header);
    const std::size_t k = key.empty() ? 0 : column(table, key);
    for (const auto& row : table.rows) {
        if (row[c].text == value) {
            found.insert(row[k].text);
        }
    }
    return found;
}

std::vector<std::string> first_column(const Table& table) {
    std::vector<std::string> ids;
    for (const auto& row : table.rows) {
        ids.push_back(row[0].text);
    }
    return ids;
}

TEST(SoaWorkbook, AnnexAHasEveryCatalogueControlInCatalogueOrder) {
    const Table& table = example().sheet("soa.xlsx", "Annex A").table;
    std::vector<std::string> catalogue;
    for (const CatalogueControl& control : example().model.catalogue->controls) {
        catalogue.push_back(control.id);
    }
    EXPECT_EQ(first_column(table), catalogue);
    for (const auto& row : table.rows) {
        ASSERT_EQ(row.size(), table.columns.size());
        const SoaEntry* entry = example().model.soa.find(row[0].text);
        ASSERT_NE(entry, nullptr);
        EXPECT_EQ(row[column(table, "Status")].text, entry->status_at(k_as_of)) << entry->control;
        EXPECT_EQ(row[column(table, "Applicable")].text, entry->applicable ? "Yes" : "No");
    }
}

TEST(SoaWorkbook, AdditionalControlsAreTheOrganizationsOwn) {
    std::vector<std::string> own;
    for (const SoaEntry& entry : example().model.soa) {
        if (entry.additional) {
            own.push_back(entry.control);
        }
    }
    ASSERT_FALSE(own.empty());
    EXPECT_EQ(first_column(example().sheet("soa.xlsx", "Additional controls").table), own);
}

TEST(SoaWorkbook, EvidenceGapsAreTheControlsTheKpiCounts) {
    const Kpi* gaps = testing::find_kpi(example().computed, "soa-evidence-gaps");
    ASSERT_NE(gaps, nullptr);
    std::set<std::string> expected(gaps->records.begin(), gaps->records.end());
    std::set<std::string> shown = where(example().sheet("soa.xlsx", "Annex A").table, "Evidence gap", "Yes");
    const std::set<std::string> own = where(example().sheet("soa.xlsx", "Additional controls").table, "Evidence gap", "Yes");
    shown.insert(own.begin(), own.end());
    EXPECT_EQ(shown, expected);
}

TEST(SoaWorkbook, EvidenceNamesTheFileDigest) {
    const Table& table = example().sheet("soa.xlsx", "Annex A").table;
    const std::size_t c = column(table, "Evidence (date, SHA-256)");
    const auto& file = *example().evidence.begin();
    ASSERT_TRUE(file.second.exists);
    bool found = false;
    for (const auto& row : table.rows) {
        found = found || (row[c].text.find(file.first + " ") != std::string::npos &&
                          row[c].text.find("SHA-256 " + file.second.sha256) != std::string::npos);
    }
    EXPECT_TRUE(found) << file.first;
}

TEST(SoaWorkbook, SummaryCountsAddUp) {
    const Table& table = example().sheet("soa.xlsx", "Summary").table;
    ASSERT_GE(table.rows.size(), 3U);
    EXPECT_EQ(table.rows[0][3].number, static_cast<double>(example().model.soa.size()));
    EXPECT_EQ(table.rows[1][3].number + table.rows[2][3].number, table.rows[0][3].number);
    ASSERT_EQ(example().sheet("soa.xlsx", "Summary").charts.size(), 1U);
}

TEST(SoaWorkbook, CoverCarriesDocumentControlAndProvenance) {
    const Sheet& cover = example().sheet("soa.xlsx", "Cover");
    std::map<std::string, std::string> facts;
    for (const Fact& fact : cover.facts) {
        facts[fact.label] = fact.value.display();
    }
    EXPECT_EQ(facts["SoA version"], example().model.aims.soa.version);
    EXPECT_EQ(facts["As of"], "2026-09-30");
    EXPECT_EQ(facts["Standard"], "ISO/IEC 42001");
    EXPECT_FALSE(cover.table.rows.empty()) << "the change log of control status changes";
    EXPECT_EQ(example().book("soa.xlsx").properties.created, k_as_of);
}

TEST(RiskWorkbook, OneRowPerRiskAndPerAction) {
    std::size_t actions = 0;
    std::vector<std::string> ids;
    for (const Risk& risk : example().model.risks) {
        ids.push_back(risk.id);
        actions += risk.actions.size();
    }
    EXPECT_EQ(first_column(example().sheet("risk-register.xlsx", "Risks").table), ids);
    EXPECT_EQ(example().sheet("risk-register.xlsx", "Treatment plan").table.rows.size(), actions);
}

TEST(RiskWorkbook, OverdueFlagsMatchTheOverdueList) {
    std::set<std::string> risks;
    std::set<std::string> actions;
    for (const OverdueItem& item : example().computed.overdue) {
        (item.kind == "risk" ? risks : actions).insert(item.id);
    }
    EXPECT_EQ(where(example().sheet("risk-register.xlsx", "Risks").table, "Review overdue", "Yes"), risks);
    const std::set<std::string> late =
        where(example().sheet("risk-register.xlsx", "Treatment plan").table, "Overdue", "Yes", "Action");
    for (const std::string& action : late) {
        EXPECT_EQ(actions.count(action), 1U) << action;
    }
    EXPECT_FALSE(late.empty());
}

TEST(RiskWorkbook, HeatMapsHoldEveryOpenRiskOnce) {
    std::size_t open = 0;
    for (const Risk& risk : example().model.risks) {
        open += risk.open_at(k_as_of) ? 1 : 0;
    }
    for (const std::string name : {"Inherent heat map", "Residual heat map"}) {
        const Sheet& sheet = example().sheet("risk-register.xlsx", name);
        ASSERT_TRUE(sheet.grid.has_value());
        EXPECT_EQ(sheet.grid->cells.size(), 5U);
        double listed = 0;
        for (const auto& row : sheet.table.rows) {
            listed += row[column(sheet.table, "Open risks")].number;
        }
        EXPECT_EQ(listed, static_cast<double>(open)) << name;
    }
}

TEST(SystemWorkbook, OneRowPerSystemWithItsTriggers) {
    const Table& table = example().sheet("ai-system-register.xlsx", "AI systems").table;
    std::vector<std::string> ids;
    std::set<std::string> triggered;
    for (const AiSystem& system : example().model.systems) {
        ids.push_back(system.id);
    }
    for (const ReassessmentTrigger& trigger : example().computed.triggers) {
        if (trigger.subject_kind == "system") {
            triggered.insert(trigger.subject);
        }
    }
    EXPECT_EQ(first_column(table), ids);
    EXPECT_EQ(where(table, "Re-assessment triggered", "Yes"), triggered);
}

TEST(ReviewWorkbook, KpisAndTrendsCoverEveryKpi) {
    const Table& kpis = example().sheet("management-review.xlsx", "KPIs").table;
    ASSERT_EQ(kpis.rows.size(), example().computed.kpis.size());
    for (std::size_t i = 0; i < kpis.rows.size(); ++i) {
        const Kpi& kpi = example().computed.kpis[i];
        EXPECT_EQ(kpis.rows[i][column(kpis, "KPI")].text, kpi.id);
        EXPECT_EQ(kpis.rows[i][column(kpis, "RAG")].text, rag_name(kpi.rag));
    }
    const Table& trends = example().sheet("management-review.xlsx", "Trends").table;
    EXPECT_EQ(trends.columns.size(), 3 + example().computed.periods.size());
    EXPECT_FALSE(example().sheet("management-review.xlsx", "Trend charts").charts.empty());
}

TEST(ReviewWorkbook, CoversTheTimeSinceTheLastHeldReview) {
    const Sheet& cover = example().sheet("management-review.xlsx", "Cover");
    const ManagementReview* last = nullptr;
    for (const ManagementReview& review : example().model.reviews) {
        if (review.status == "held" && !(k_as_of < review.date) && (last == nullptr || last->date < review.date)) {
            last = &review;
        }
    }
    ASSERT_NE(last, nullptr);
    for (const Fact& fact : cover.facts) {
        if (fact.label == "Covers from") {
            EXPECT_EQ(fact.value.date, last->date.add_days(1));
        }
    }
}

TEST(RiskWorkbook, AnEarlierAsOfDateShowsRisksAsTheyStoodThen) {
    const Date then = Date::from_ymd(2025, 12, 31);
    const ExampleBooks earlier(then);
    const Table& table = earlier.sheet("risk-register.xlsx", "Risks").table;
    std::size_t known = 0;
    for (const Risk& risk : earlier.model.risks) {
        known += then < risk.identified ? 0 : 1;
    }
    ASSERT_LT(known, earlier.model.risks.size()) << "site-example has risks identified after 2025-12-31";
    ASSERT_EQ(table.rows.size(), known);
    std::size_t differs = 0;
    for (const auto& row : table.rows) {
        const Risk* risk = earlier.model.risks.find(row[0].text);
        ASSERT_NE(risk, nullptr);
        const Risk::State state = risk->state_at(then);
        EXPECT_EQ(row[column(table, "Residual score")].number, state.residual.score()) << risk->id;
        EXPECT_EQ(row[column(table, "Status")].text, state.status) << risk->id;
        differs += state.residual.score() != risk->residual.score() ? 1 : 0;
    }
    EXPECT_GT(differs, 0U) << "no risk changed since 2025-12-31: the test would not tell";
}

TEST(Workbooks, EveryMainTableRowIsAsWideAsItsHeader) {
    for (const Workbook& book : example().books) {
        for (const Sheet& sheet : book.sheets) {
            for (const auto& row : sheet.table.rows) {
                EXPECT_EQ(row.size(), sheet.table.columns.size()) << book.file_name << " " << sheet.name;
            }
            EXPECT_LE(sheet.name.size(), 31U);
        }
    }
}

}  // namespace
}  // namespace aimsgen::workbook
