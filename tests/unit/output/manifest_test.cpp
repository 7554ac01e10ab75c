// OUT/manifest.json as written and read back: fixed layout, inputs and files,
// and what read_manifest refuses (so verify exits 2 instead of trusting it).

#include <gtest/gtest.h>

#include <string>

#include "generator/output/manifest.hpp"
#include "generator/support/sha256.hpp"
#include "tests/unit/output/output_test_support.hpp"

namespace aimsgen::testing {
namespace {

const std::string k_abc = sha256_hex("abc");

Manifest sample() {
    return Manifest{"9.9.9",
                    "2026-09-30",
                    "0123456789abcdef0123456789abcdef01234567",
                    std::vector<InputFile>{{"aims.yaml", 3, k_abc}, {"builtin:theme", 3, k_abc},
                                           {"theme:templates/risk.mustache", 3, k_abc}},
                    {{"index.html", 3, k_abc}}};
}

TEST(Manifest, TextHasAFixedLayout) {
    EXPECT_EQ(manifest_text(sample()), R"({
 "generator": "aimsgen",
 "version": "9.9.9",
 "as_of": "2026-09-30",
 "content_commit": "0123456789abcdef0123456789abcdef01234567",
 "inputs": [
  {
   "path": "aims.yaml",
   "size": 3,
   "sha256": ")" + k_abc + R"("
  },
  {
   "path": "builtin:theme",
   "size": 3,
   "sha256": ")" + k_abc + R"("
  },
  {
   "path": "theme:templates/risk.mustache",
   "size": 3,
   "sha256": ")" + k_abc + R"("
  }
 ],
 "files": [
  {
   "path": "index.html",
   "size": 3,
   "sha256": ")" + k_abc + R"("
  }
 ]
}
)");
}

TEST(Manifest, ReadsBackWhatItWrote) {
    TempDir dir;
    put_file(dir / "manifest.json", manifest_text(sample()));
    const std::optional<Manifest> read = read_manifest(dir.path());
    ASSERT_TRUE(read);
    EXPECT_EQ(read->version, "9.9.9");
    EXPECT_EQ(read->as_of, "2026-09-30");
    EXPECT_EQ(read->content_commit, sample().content_commit);
    ASSERT_TRUE(read->inputs);
    ASSERT_EQ(read->inputs->size(), 3U);
    EXPECT_EQ((*read->inputs)[2].path, "theme:templates/risk.mustache");
    EXPECT_EQ((*read->inputs)[2].size, 3U);
    EXPECT_EQ((*read->inputs)[2].sha256, k_abc);
    ASSERT_EQ(read->files.size(), 1U);
    EXPECT_EQ(read->files[0].path, "index.html");
}

TEST(Manifest, AManifestWithoutInputsOrCommitStillReads) {
    // As aimsgen wrote it before it listed inputs, outside git.
    TempDir dir;
    put_file(dir / "manifest.json",
             R"({"generator": "aimsgen", "version": "0.1.0", "as_of": "2026-09-30", "content_commit": null,
                 "files": [{"path": "a/b.html", "size": 3, "sha256": ")" + k_abc + R"("}]})");
    const std::optional<Manifest> read = read_manifest(dir.path());
    ASSERT_TRUE(read);
    EXPECT_FALSE(read->inputs);
    EXPECT_EQ(read->content_commit, "");
    EXPECT_EQ(read->files.size(), 1U);
}

TEST(Manifest, RefusesWhatAimsgenWouldNotHaveWritten) {
    TempDir dir;
    const auto problem = [&](const std::string& text) {
        put_file(dir / "manifest.json", text);
        std::string why;
        EXPECT_FALSE(read_manifest(dir.path(), &why)) << text;
        return why;
    };
    const std::string entry = R"(, "size": 3, "sha256": ")" + k_abc + R"("})";
    EXPECT_EQ(problem(R"({"generator": "other", "files": []})"), "manifest.json was not written by aimsgen");
    EXPECT_EQ(problem("{ not json").substr(0, 30), "manifest.json cannot be read: ");
    EXPECT_EQ(problem(R"({"generator": "aimsgen"})").substr(0, 30), "manifest.json cannot be read: ");
    EXPECT_EQ(problem(R"({"generator": "aimsgen", "files": [{"path": "../etc/passwd")" + entry + "]}"),
              "manifest.json 'files' names '../etc/passwd', which is not a plain relative path");
    EXPECT_EQ(problem(R"({"generator": "aimsgen", "files": [{"path": "/etc/passwd")" + entry + "]}"),
              "manifest.json 'files' names '/etc/passwd', which is not a plain relative path");
    EXPECT_EQ(problem(R"({"generator": "aimsgen", "files": [{"path": "a/./b")" + entry + "]}"),
              "manifest.json 'files' names 'a/./b', which is not a plain relative path");
    EXPECT_EQ(problem(R"({"generator": "aimsgen", "files": [], "inputs": [{"path": "theme:../x")" + entry + "]}"),
              "manifest.json 'inputs' names 'theme:../x', which is not a plain relative path");
    EXPECT_EQ(problem(R"({"generator": "aimsgen", "files": [{"path": "a", "size": 1, "sha256": "ABC"}]})"),
              "manifest.json 'files' gives 'a' a SHA-256 that is not 64 hex digits");
    std::string why;
    EXPECT_FALSE(read_manifest(dir / "missing", &why));
    EXPECT_EQ(why, "there is no manifest.json");
}

}  // namespace
}  // namespace aimsgen::testing
