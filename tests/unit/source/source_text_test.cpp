#include "generator/source/source_text.hpp"

#include <gtest/gtest.h>

#include <ostream>

#include <cstdlib>

namespace aimsgen {

/// Readable failure messages: 2:17 rather than raw bytes.
[[maybe_unused]] static void PrintTo(const SourcePos& pos, std::ostream* out) {
    *out << pos.line << ":" << pos.column;
}

namespace {

TEST(CountCodePoints, ContinuationBytesNotCounted) {
    EXPECT_EQ(count_code_points(""), 0U);
    EXPECT_EQ(count_code_points("abc"), 3U);
    EXPECT_EQ(count_code_points("é"), 1U);              // 2 bytes
    EXPECT_EQ(count_code_points("日本"), 2U);           // 6 bytes
    EXPECT_EQ(count_code_points("\xF0\x9F\x98\x80"), 1U);  // U+1F600, 4 bytes
    EXPECT_EQ(count_code_points("héllo 日本"), 8U);
}

TEST(SourceTextPosition, LineAndByteColumnBecomeOneBased) {
    const SourceText text("ab\ncd\n");
    EXPECT_EQ(text.position(0, 0), (SourcePos{1, 1}));
    EXPECT_EQ(text.position(1, 1), (SourcePos{2, 2}));
}

TEST(SourceTextPosition, ByteColumnCountedInCodePoints) {
    const SourceText text("id: A\n日本: é x\n");
    // "日本: é " is 3+3+1+1+2+1 = 11 bytes and 6 code points.
    EXPECT_EQ(text.position(1, 11), (SourcePos{2, 7}));
}

TEST(SourceTextPosition, FirstLineOffsetAddedToLines) {
    const SourceText text("id: A\ntitle: B\n", 5);
    EXPECT_EQ(text.first_line(), 5U);
    EXPECT_EQ(text.position(0, 0), (SourcePos{5, 1}));
    EXPECT_EQ(text.position(1, 7), (SourcePos{6, 8}));
}

TEST(SourceTextPosition, LineBeyondTheTextClampsToTheLastLine) {
    const SourceText text("a\nb");
    EXPECT_EQ(text.position(9, 0), (SourcePos{2, 1}));
}

TEST(SourceTextPositionOfOffset, FindsLineAndColumn) {
    const SourceText text("a\nbé\nc");
    EXPECT_EQ(text.position_of_offset(0), (SourcePos{1, 1}));
    EXPECT_EQ(text.position_of_offset(1), (SourcePos{1, 2}));  // the '\n' ends line 1
    EXPECT_EQ(text.position_of_offset(2), (SourcePos{2, 1}));
    EXPECT_EQ(text.position_of_offset(5), (SourcePos{2, 3}));  // after "bé"
    EXPECT_EQ(text.position_of_offset(6), (SourcePos{3, 1}));
}

TEST(SourceTextPositionOfOffset, OffsetPastTheEndClampsToTheEnd) {
    const SourceText text("ab\ncd", 10);
    EXPECT_EQ(text.position_of_offset(1000), (SourcePos{11, 3}));
}

TEST(SourceTextLineText, UsesFileLinesFromFirstLine) {
    const SourceText text("id: A\ntitle: B", 5);
    EXPECT_EQ(text.line_text(5), "id: A");
    EXPECT_EQ(text.line_text(6), "title: B");
    EXPECT_EQ(text.line_text(4), "");
    EXPECT_EQ(text.line_text(7), "");
    EXPECT_EQ(text.line_text(0), "");
}

TEST(SourceTextLineText, DropsLineBreaksIncludingCr) {
    const SourceText text("a: 1\r\nb: 2\r\n\r\nc: 3");
    EXPECT_EQ(text.line_text(1), "a: 1");
    EXPECT_EQ(text.line_text(2), "b: 2");
    EXPECT_EQ(text.line_text(3), "");
    EXPECT_EQ(text.line_text(4), "c: 3");
}

TEST(SourceTextLineText, KeepsMultiByteText) {
    const SourceText text("titre: élévation\n");
    EXPECT_EQ(text.line_text(1), "titre: élévation");
}

// Bug: a default-constructed SourceText (the text of a file that could not be
// read) has no line starts, and position()/position_of_offset() index
// m_line_starts[size() - 1], i.e. out of bounds. It should behave as an empty text.
bool default_text_behaves_as_empty() {
    const SourceText text;
    return text.position(0, 0) == SourcePos{1, 1} && text.position_of_offset(0) == SourcePos{1, 1} &&
           text.line_text(1).empty();
}

TEST(SourceTextDefault, BehavesAsEmptyText) {
    // In a child process, so an out-of-bounds read fails this test, not the run.
    EXPECT_EXIT(std::exit(default_text_behaves_as_empty() ? 0 : 1), ::testing::ExitedWithCode(0), "");
}

}  // namespace
}  // namespace aimsgen
