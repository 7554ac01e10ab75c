#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "generator/workbook/sources.hpp"
#include "generator/workbook/xlsx_file.hpp"

namespace aimsgen::workbook {
namespace {

namespace fs = std::filesystem;

class XlsxFile : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() /
                ("aimsgen-xlsx-" + std::to_string(::getpid()) + "-" +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    static Workbook sample(bool constant_memory) {
        Workbook book;
        book.file_name = "sample.xlsx";
        book.constant_memory = constant_memory;
        book.properties.title = "Sample";
        book.properties.created = Date::from_ymd(2026, 9, 30);
        Sheet sheet;
        sheet.name = "Risks";
        sheet.title = "Risks";
        sheet.facts = {{"As of", Cell::of(Date::from_ymd(2026, 9, 30))}};
        sheet.table.columns = {text_column("Risk"), date_column("Identified"), percent_column("Share"),
                               yes_no_column("Overdue", true)};
        sheet.table.rows = {{Cell::of(std::string("=1+1")), Cell::of(Date::from_ymd(2025, 3, 18)), Cell::of(62.5),
                             Cell::yes_no(true)}};
        Chart chart;
        chart.title = "=SUM(A1)";
        chart.series.push_back({"=A1", {"Risks", 4, 0, 4, 0}, {"Risks", 4, 2, 4, 2}});
        if (!constant_memory) {
            sheet.charts.push_back(chart);
        }
        book.sheets.push_back(sheet);
        return book;
    }

    std::string write(const Workbook& book, const std::string& name) {
        const fs::path file = m_dir / name;
        write_xlsx(book, file, m_dir);
        std::ifstream in(file, std::ios::binary);
        return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    }

    fs::path m_dir;
};

TEST_F(XlsxFile, TheSameBookGivesTheSameBytesWhateverTheTimeZone) {
    const char* old_tz = std::getenv("TZ");
    const std::string saved = old_tz != nullptr ? old_tz : "";
    ::setenv("TZ", "UTC", 1);
    ::tzset();
    const std::string first = write(sample(false), "first.xlsx");
    ::setenv("TZ", "Pacific/Kiritimati", 1);
    ::tzset();
    const std::string second = write(sample(false), "second.xlsx");
    if (old_tz != nullptr) {
        ::setenv("TZ", saved.c_str(), 1);
    } else {
        ::unsetenv("TZ");
    }
    ::tzset();
    ASSERT_GT(first.size(), 1000U);
    EXPECT_EQ(first, second);
    EXPECT_EQ(first.substr(0, 2), "PK");  // a zip container
}

TEST_F(XlsxFile, ConstantMemoryBooksAreWrittenToo) {
    const std::string bytes = write(sample(true), "streamed.xlsx");
    EXPECT_EQ(bytes.substr(0, 2), "PK");
    EXPECT_EQ(bytes, write(sample(true), "again.xlsx"));
}

TEST_F(XlsxFile, ARefusedBookLeavesNoFileAndNamesItself) {
    Workbook book = sample(false);
    book.sheets[0].name = "Risks [all]";  // brackets are not allowed in sheet names
    try {
        write_xlsx(book, m_dir / "broken.xlsx", m_dir);
        FAIL() << "an invalid sheet name was accepted";
    } catch (const XlsxError& error) {
        EXPECT_NE(std::string(error.what()).find("sample.xlsx"), std::string::npos) << error.what();
    }
    EXPECT_FALSE(fs::exists(m_dir / "broken.xlsx"));
}

TEST_F(XlsxFile, AnUnwritableDestinationIsAnErrorNotACrash) {
    EXPECT_THROW(write_xlsx(sample(false), m_dir / "missing-folder" / "x.xlsx", m_dir), XlsxError);
}

}  // namespace
}  // namespace aimsgen::workbook
