#include "generator/source/encoding.hpp"

#include <gtest/gtest.h>

#include <string>

namespace aimsgen {
namespace {

const char* const k_not_utf8 = "the file is not valid UTF-8 here; save it as UTF-8";
const char* const k_nul = "the file contains a NUL byte; content files must be UTF-8 text";

/// The offset of the problem in `text`, -1 when there is none.
long problem_offset(std::string_view text) {
    const auto problem = find_encoding_problem(text);
    return problem ? static_cast<long>(problem->offset) : -1;
}

TEST(FindEncodingProblem, ValidUtf8OfEveryLength) {
    EXPECT_FALSE(find_encoding_problem(""));
    EXPECT_FALSE(find_encoding_problem("plain ASCII\n\t"));
    EXPECT_FALSE(find_encoding_problem("é ß"));                    // 2 bytes
    EXPECT_FALSE(find_encoding_problem("日本 \xE2\x82\xAC"));       // 3 bytes, € included
    EXPECT_FALSE(find_encoding_problem("\xF0\x9F\x98\x80"));        // U+1F600
    EXPECT_FALSE(find_encoding_problem("\xF4\x8F\xBF\xBF"));        // U+10FFFF, the last code point
    EXPECT_FALSE(find_encoding_problem("\xED\x9F\xBF"));            // U+D7FF, just below surrogates
    EXPECT_FALSE(find_encoding_problem("\xEE\x80\x80"));            // U+E000, just above them
    EXPECT_FALSE(find_encoding_problem("\xEF\xBB\xBF" "a: 1\n"));  // a BOM is valid text
}

TEST(FindEncodingProblem, NulByteAtItsOffset) {
    const std::string text("ab\0cd", 5);
    const auto problem = find_encoding_problem(text);
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->offset, 2U);
    EXPECT_EQ(problem->message, k_nul);
}

TEST(FindEncodingProblem, InvalidByteAtItsOffsetWithMessage) {
    const auto problem = find_encoding_problem("id: caf\xE9\n");  // Latin-1 é
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->offset, 7U);
    EXPECT_EQ(problem->message, k_not_utf8);
}

TEST(FindEncodingProblem, FirstProblemWins) {
    const std::string text = std::string("é\xFF") + std::string(1, '\0');
    EXPECT_EQ(problem_offset(text), 2);
    EXPECT_EQ(find_encoding_problem(text)->message, k_not_utf8);
}

TEST(FindEncodingProblem, StrayContinuationAndImpossibleLeadBytes) {
    EXPECT_EQ(problem_offset("a\x80"), 1);
    EXPECT_EQ(problem_offset("a\xBF"), 1);
    EXPECT_EQ(problem_offset("\xFE"), 0);
    EXPECT_EQ(problem_offset("\xFF"), 0);
    EXPECT_EQ(problem_offset("\xF5\x80\x80\x80"), 0);  // would be above U+10FFFF
}

TEST(FindEncodingProblem, OverlongFormsRejected) {
    EXPECT_EQ(problem_offset("x\xC0\xAF"), 1);          // '/' in 2 bytes
    EXPECT_EQ(problem_offset("x\xC1\xBF"), 1);
    EXPECT_EQ(problem_offset("x\xE0\x80\xAF"), 1);      // '/' in 3 bytes
    EXPECT_EQ(problem_offset("x\xE0\x9F\xBF"), 1);      // U+07FF in 3 bytes
    EXPECT_EQ(problem_offset("x\xF0\x80\x80\xAF"), 1);  // '/' in 4 bytes
    EXPECT_EQ(problem_offset("x\xF0\x8F\xBF\xBF"), 1);  // U+FFFF in 4 bytes
}

TEST(FindEncodingProblem, SurrogatesAndBeyondUnicodeRejected) {
    EXPECT_EQ(problem_offset("ok \xED\xA0\x80"), 3);      // U+D800
    EXPECT_EQ(problem_offset("ok \xED\xBF\xBF"), 3);      // U+DFFF
    EXPECT_EQ(problem_offset("ok \xF4\x90\x80\x80"), 3);  // U+110000
}

TEST(FindEncodingProblem, TruncatedSequencesRejected) {
    EXPECT_EQ(problem_offset("end \xC3"), 4);
    EXPECT_EQ(problem_offset("end \xE2\x82"), 4);
    EXPECT_EQ(problem_offset("end \xF0\x9F\x98"), 4);
    EXPECT_EQ(problem_offset("mid \xE2\x82 x"), 4);     // continuation replaced by a space
    EXPECT_EQ(problem_offset("mid \xF0\x9F\x98x"), 4);
}

TEST(StripByteOrderMark, RemovesOnlyALeadingMark) {
    EXPECT_EQ(strip_byte_order_mark("\xEF\xBB\xBF" "a: 1"), "a: 1");
    EXPECT_EQ(strip_byte_order_mark("a: 1"), "a: 1");
    EXPECT_EQ(strip_byte_order_mark(""), "");
    EXPECT_EQ(strip_byte_order_mark("\xEF\xBB"), "\xEF\xBB");  // incomplete: left alone
    EXPECT_EQ(strip_byte_order_mark("a\xEF\xBB\xBF"), "a\xEF\xBB\xBF");
    EXPECT_EQ(strip_byte_order_mark("\xEF\xBB\xBF\xEF\xBB\xBF" "x"), "\xEF\xBB\xBF" "x");
}

}  // namespace
}  // namespace aimsgen
