#include "generator/load/front_matter.hpp"

#include <gtest/gtest.h>

namespace aimsgen {
namespace {

const char* const k_no_opener =
    "a document must begin with YAML front matter: a line '---', the fields, then another '---'";
const char* const k_unclosed = "the front matter opened here is never closed by a '---' line";

TEST(SplitFrontMatter, SplitsFieldsAndBody) {
    FrontMatterProblem problem;
    const auto split = split_front_matter("---\nid: POL-001\ntitle: AI policy\n---\n# Policy\n", problem);
    ASSERT_TRUE(split);
    EXPECT_EQ(split->front_matter, "id: POL-001\ntitle: AI policy\n");
    EXPECT_EQ(split->front_matter_line, 2U);
    EXPECT_EQ(split->body, "# Policy\n");
    EXPECT_EQ(split->body_line, 5U);
}

TEST(SplitFrontMatter, AcceptsCrlf) {
    FrontMatterProblem problem;
    const auto split = split_front_matter("---\r\nid: POL-001\r\n---\r\nBody\r\n", problem);
    ASSERT_TRUE(split);
    EXPECT_EQ(split->front_matter, "id: POL-001\r\n");
    EXPECT_EQ(split->body, "Body\r\n");
    EXPECT_EQ(split->body_line, 4U);
}

TEST(SplitFrontMatter, DocumentEndMarkerCloses) {
    FrontMatterProblem problem;
    const auto split = split_front_matter("---\nid: POL-001\n...\nBody", problem);
    ASSERT_TRUE(split);
    EXPECT_EQ(split->front_matter, "id: POL-001\n");
    EXPECT_EQ(split->body, "Body");
    EXPECT_EQ(split->body_line, 4U);
}

TEST(SplitFrontMatter, TrailingSpacesAndTabsOnFencesAccepted) {
    FrontMatterProblem problem;
    const auto split = split_front_matter("---  \nid: POL-001\n---\t \nBody\n", problem);
    ASSERT_TRUE(split);
    EXPECT_EQ(split->front_matter, "id: POL-001\n");
    EXPECT_EQ(split->body, "Body\n");
}

TEST(SplitFrontMatter, IndentedOrLongerDashesDoNotClose) {
    FrontMatterProblem problem;
    const auto split = split_front_matter("---\na: |\n  ---\nb: ----\n---\nBody\n", problem);
    ASSERT_TRUE(split);
    EXPECT_EQ(split->front_matter, "a: |\n  ---\nb: ----\n");
    EXPECT_EQ(split->body_line, 6U);
}

TEST(SplitFrontMatter, ClosingFenceAtEndOfFileGivesEmptyBody) {
    FrontMatterProblem problem;
    const auto split = split_front_matter("---\nid: POL-001\n---", problem);
    ASSERT_TRUE(split);
    EXPECT_EQ(split->front_matter, "id: POL-001\n");
    EXPECT_EQ(split->body, "");
    EXPECT_EQ(split->body_line, 4U);
}

TEST(SplitFrontMatter, EmptyFrontMatter) {
    FrontMatterProblem problem;
    const auto split = split_front_matter("---\n---\nBody\n", problem);
    ASSERT_TRUE(split);
    EXPECT_EQ(split->front_matter, "");
    EXPECT_EQ(split->body, "Body\n");
    EXPECT_EQ(split->body_line, 3U);
}

TEST(SplitFrontMatter, MissingOpenerIsAProblemAtLineOne) {
    FrontMatterProblem problem;
    EXPECT_FALSE(split_front_matter("# Policy\n---\nid: x\n---\n", problem));
    EXPECT_EQ(problem.line, 1U);
    EXPECT_EQ(problem.message, k_no_opener);
}

TEST(SplitFrontMatter, LongerDashLineIsNoOpener) {
    FrontMatterProblem problem;
    EXPECT_FALSE(split_front_matter("----\nid: x\n---\n", problem));
    EXPECT_EQ(problem.message, k_no_opener);
}

TEST(SplitFrontMatter, EmptyTextIsAProblem) {
    FrontMatterProblem problem;
    EXPECT_FALSE(split_front_matter("", problem));
    EXPECT_EQ(problem.line, 1U);
    EXPECT_EQ(problem.message, k_no_opener);
}

TEST(SplitFrontMatter, UnclosedFrontMatterIsAProblemAtTheOpener) {
    FrontMatterProblem problem;
    EXPECT_FALSE(split_front_matter("---\nid: POL-001\ntitle: x\n", problem));
    EXPECT_EQ(problem.line, 1U);
    EXPECT_EQ(problem.message, k_unclosed);
}

TEST(SplitFrontMatter, OpenerAloneIsUnclosed) {
    FrontMatterProblem problem;
    EXPECT_FALSE(split_front_matter("---", problem));
    EXPECT_EQ(problem.message, k_unclosed);
}

}  // namespace
}  // namespace aimsgen
