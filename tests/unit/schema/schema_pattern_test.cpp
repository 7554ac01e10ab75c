#include <string>

#include <gtest/gtest.h>

#include "generator/schema/schema_node.hpp"
#include "tests/support/test_content.hpp"

namespace aimsgen::testing {
namespace {

const char* const k_email_pattern = "^[^@\\s]+@[^@\\s]+$";

TEST(SchemaPattern, MatchesThroughTheRegex) {
    const SchemaPattern email(k_email_pattern);
    EXPECT_TRUE(email.matches("alice@example.com"));
    EXPECT_TRUE(email.matches(std::string(1000, 'a') + "@example.com"));
    EXPECT_FALSE(email.matches("alice at example.com"));
}

// libstdc++'s std::regex recursed once per character: an e-mail address of
// 50,000 characters crashed `aimsgen check` with a stack overflow.
TEST(SchemaPattern, VeryLongTextDoesNotMatchAndDoesNotOverflowTheStack) {
    const SchemaPattern email(k_email_pattern);
    EXPECT_FALSE(email.matches(std::string(1'000'000, 'a') + "@example.com"));
}

TEST(SchemaPattern, VeryLongEmailInAimsYamlIsAnErrorAtTheField) {
    std::string aims = minimal_aims_yaml();
    const std::string alice = "    name: Alice Example\n";
    aims.replace(aims.find(alice), alice.size(),
                 alice + "    email: " + std::string(200'000, 'a') + "@example.com\n");
    TestContent content;
    content.file("aims.yaml", aims);
    const std::string errors = error_lines(content.check());
    EXPECT_NE(errors.find("aims.yaml:9:12: error: "), std::string::npos) << errors.substr(0, 2000);
    EXPECT_NE(errors.find("does not match the pattern ^[^@\\s]+@[^@\\s]+$"), std::string::npos)
        << errors.substr(0, 2000);
}

}  // namespace
}  // namespace aimsgen::testing
