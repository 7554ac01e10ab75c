#include <gtest/gtest.h>

#include "generator/workbook/sheet.hpp"
#include "generator/workbook/sources.hpp"
#include "generator/workbook/xlsx_file.hpp"

namespace aimsgen::workbook {
namespace {

TEST(Cell, TextLosesTheLineBreakOfYamlBlockScalars) {
    EXPECT_EQ(Cell::of(std::string("Policy approved.\n")).text, "Policy approved.");
    EXPECT_EQ(Cell::of(std::string("two\nlines \n")).text, "two\nlines");
}

TEST(Cell, ListsJoinWithCommasAndEmptyListsStayEmpty) {
    EXPECT_EQ(Cell::list({"RSK-001", "RSK-002"}).text, "RSK-001, RSK-002");
    EXPECT_EQ(Cell::list({}).kind, CellKind::empty);
}

TEST(Cell, OptionalValuesAreEmptyWhenAbsent) {
    EXPECT_EQ(Cell::of(std::optional<Date>{}).kind, CellKind::empty);
    EXPECT_EQ(Cell::of(std::optional<double>{}).kind, CellKind::empty);
    EXPECT_EQ(Cell::of(std::optional<Date>{Date::from_ymd(2026, 2, 28)}).display(), "2026-02-28");
    EXPECT_EQ(Cell::of(62.5).display(), "62.5");
    EXPECT_EQ(Cell::yes_no(true).text, "Yes");
    EXPECT_EQ(Cell::yes_no(false).text, "No");
}

TEST(SheetLayout, PartsFollowEachOtherWithABlankRowBetween) {
    Sheet sheet;
    sheet.title = "Risk assessment method";
    sheet.facts = {{"Organization", Cell::of(std::string("Lumenor"))}, {"Score", Cell::of(std::string("L × I"))}};
    Table scale;
    scale.columns = {text_column("Level"), text_column("Label")};
    scale.rows = {{Cell::of(1), Cell::of(std::string("Rare"))}, {Cell::of(2), Cell::of(std::string("Unlikely"))}};
    sheet.blocks.emplace_back("Likelihood scale", scale);
    sheet.table.columns = {text_column("Band")};
    const SheetLayout layout = layout_of(sheet);
    EXPECT_EQ(layout.title, 0U);
    EXPECT_EQ(layout.facts, 2U);            // title, blank
    ASSERT_EQ(layout.blocks.size(), 1U);
    EXPECT_EQ(layout.blocks[0], 5U);        // two facts, blank
    EXPECT_EQ(layout.table, 10U);           // heading, header, two rows, blank
    EXPECT_EQ(sheet.table_header_row(), 10U);
    EXPECT_EQ(sheet.table_row(0), 11U);
}

TEST(SheetLayout, ATableAloneStartsOnTheFirstRow) {
    Sheet sheet;
    sheet.table.columns = {text_column("Risk")};
    EXPECT_EQ(sheet.table_header_row(), 0U);
}

TEST(ColumnWidths, FollowTheLongestValueWithinLimits) {
    Sheet sheet;
    sheet.table.columns = {text_column("Id"), text_column("Title"), long_text_column("Description")};
    sheet.table.rows = {{Cell::of(std::string("RSK-001")), Cell::of(std::string(200, 'x')),
                         Cell::of(std::string(200, 'y'))}};
    const std::vector<double> widths = column_widths(sheet);
    ASSERT_EQ(widths.size(), 3U);
    EXPECT_DOUBLE_EQ(widths[0], 9);   // "RSK-001" and a margin
    EXPECT_DOUBLE_EQ(widths[1], 50);  // capped
    EXPECT_DOUBLE_EQ(widths[2], 60);  // long text is capped wider, and wraps
}

TEST(ColumnWidths, CountCharactersNotBytes) {
    Sheet sheet;
    sheet.table.columns = {text_column("É")};
    sheet.table.rows = {{Cell::of(std::string("Sécurité émotionnelle"))}};
    EXPECT_DOUBLE_EQ(column_widths(sheet)[0], 23);
}

TEST(CellText, ReplacesCharactersXmlCannotCarry) {
    EXPECT_EQ(cell_text(std::string("a\x01" "b\tc\n")), "a\xEF\xBF\xBD" "b\tc\n");
}

TEST(CellText, CutsAtExcelsLimitAndSaysSo) {
    const std::string cut = cell_text(std::string(40000, 'x'));
    EXPECT_LT(cut.size(), k_max_cell_characters + 1);
    EXPECT_NE(cut.find("cut at Excel's cell size limit"), std::string::npos);
    const std::string whole(1000, 'x');
    EXPECT_EQ(cell_text(whole), whole);
}

}  // namespace
}  // namespace aimsgen::workbook
