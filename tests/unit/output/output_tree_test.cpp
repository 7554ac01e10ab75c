// OutputTree on real directories: what it refuses (and that it touches nothing
// then), what it accepts, what commit puts in place, and what happens to the
// previous output and to files aimsgen did not write.

#include <gtest/gtest.h>

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "generator/output/output_tree.hpp"
#include "generator/support/sha256.hpp"
#include "tests/unit/output/output_test_support.hpp"

namespace aimsgen::testing {
namespace {

namespace fs = std::filesystem;

constexpr const char* k_sha256_abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
constexpr const char* k_commit = "0123456789abcdef0123456789abcdef01234567";

Provenance provenance(std::string commit = "") {
    return Provenance{"9.9.9", std::move(commit), Date::from_ymd(2026, 9, 30)};
}

/// A temporary directory holding a small content directory, `content/`.
class OutputTreeTest : public ::testing::Test {
protected:
    OutputTreeTest() { put_file(content() / "aims.yaml", "format_version: 1\n"); }

    fs::path content() const { return m_root / "content"; }
    fs::path out() const { return m_root / "out"; }

    /// The message of the OutputError that constructing OutputTree(out, content) throws.
    std::optional<std::string> refusal(const fs::path& out_dir, const fs::path& content_dir) {
        try {
            OutputTree tree(out_dir, content_dir);
        } catch (const OutputError& error) {
            return std::string(error.what());
        }
        return std::nullopt;
    }

    /// Builds OUT once with `files` (path → bytes) and commits it.
    void build(const std::map<std::string, std::string>& files, const std::string& commit = "") {
        OutputTree tree(out(), content());
        for (const auto& [path, bytes] : files) {
            tree.write(path, bytes);
        }
        tree.commit(provenance(commit), {});
    }

    TempDir m_root;
};

nlohmann::json manifest_of(const fs::path& out) { return nlohmann::json::parse(file_bytes(out / "manifest.json")); }

/// Every file below `root` whose name is `name`.
std::vector<fs::path> find_named(const fs::path& root, const std::string& name) {
    std::vector<fs::path> found;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        if (entry.path().filename() == name) {
            found.push_back(entry.path());
        }
    }
    return found;
}

// ---- refusals: exit 2 material, and nothing touched ----

TEST_F(OutputTreeTest, RefusesTheContentDirectory) {
    const TreeSnapshot before = snapshot(m_root.path());
    EXPECT_EQ(refusal(content(), content()),
              "the output directory '" + content().string() + "' is the content directory; choose another one");
    const fs::path with_slash = fs::path(content().string() + "/");
    EXPECT_EQ(refusal(with_slash, content()),
              "the output directory '" + with_slash.string() + "' is the content directory; choose another one");
    EXPECT_EQ(snapshot(m_root.path()), before);
}

TEST_F(OutputTreeTest, RefusesTheContentDirectorySpeltThroughAMissingFolder) {
    // content/sub/.. is the content directory, though content/sub does not exist.
    const TreeSnapshot before = snapshot(m_root.path());
    const fs::path roundabout = content() / "sub" / "..";
    EXPECT_EQ(refusal(roundabout, content()),
              "the output directory '" + roundabout.string() + "' is the content directory; choose another one");
    EXPECT_EQ(snapshot(m_root.path()), before);
}

TEST_F(OutputTreeTest, RefusesADirectoryInsideTheContent) {
    const TreeSnapshot before = snapshot(m_root.path());
    const fs::path inside = content() / "site";
    EXPECT_EQ(refusal(inside, content()),
              "the output directory '" + inside.string() +
                  "' lies inside the content directory; aimsgen would read its own output back");
    const fs::path deeper = content() / "build" / "site";
    EXPECT_EQ(refusal(deeper, content()),
              "the output directory '" + deeper.string() +
                  "' lies inside the content directory; aimsgen would read its own output back");
    EXPECT_EQ(snapshot(m_root.path()), before);  // no folder made, no staging left
}

TEST_F(OutputTreeTest, RefusesADirectoryInsideTheContentReachedThroughASymlink) {
    fs::create_directory_symlink(content(), m_root / "alias");
    const TreeSnapshot before = snapshot(m_root.path());
    const fs::path inside = m_root / "alias" / "site";
    EXPECT_EQ(refusal(inside, content()),
              "the output directory '" + inside.string() +
                  "' lies inside the content directory; aimsgen would read its own output back");
    EXPECT_EQ(snapshot(m_root.path()), before);
}

TEST_F(OutputTreeTest, RefusesADirectoryThatContainsTheContent) {
    const TreeSnapshot before = snapshot(m_root.path());
    EXPECT_EQ(refusal(m_root.path(), content()),
              "the output directory '" + m_root.path().string() + "' contains the content directory; choose another one");
    EXPECT_EQ(snapshot(m_root.path()), before);
}

TEST_F(OutputTreeTest, ASiblingWhoseNameStartsLikeTheContentIsNotInsideIt) {
    // "content-site" shares a prefix with "content" as text, not as a path.
    EXPECT_EQ(refusal(m_root / "content-site", content()), std::nullopt);
}

TEST_F(OutputTreeTest, RefusesANonEmptyDirectoryWithoutAnAimsgenManifest) {
    put_file(out() / "thesis.docx", "years of work");
    put_file(out() / "figures" / "plot.png", "\x89PNG");
    const TreeSnapshot before = snapshot(m_root.path());
    EXPECT_EQ(refusal(out(), content()),
              "'" + out().string() +
                  "' exists and was not written by aimsgen (it has no aimsgen manifest.json); "
                  "name a new or empty directory");
    EXPECT_EQ(snapshot(m_root.path()), before);
}

TEST_F(OutputTreeTest, RefusesADirectoryWhoseManifestIsNotAimsgens) {
    const std::string expected = "'" + out().string() +
                                 "' exists and was not written by aimsgen (it has no aimsgen manifest.json); "
                                 "name a new or empty directory";
    put_file(out() / "manifest.json", R"({"name": "my-web-app", "files": []})");
    put_file(out() / "index.html", "<p>mine</p>");
    const TreeSnapshot before = snapshot(m_root.path());
    EXPECT_EQ(refusal(out(), content()), expected);
    put_file(out() / "manifest.json", "{ not json");
    EXPECT_EQ(refusal(out(), content()), expected);
    put_file(out() / "manifest.json", R"({"name": "my-web-app", "files": []})");
    EXPECT_EQ(snapshot(m_root.path()), before);
}

TEST_F(OutputTreeTest, RefusesAFile) {
    put_file(out(), "not a directory");
    const TreeSnapshot before = snapshot(m_root.path());
    EXPECT_EQ(refusal(out(), content()), "'" + out().string() + "' exists and is not a directory");
    EXPECT_EQ(snapshot(m_root.path()), before);
}

// ---- accepted directories ----

TEST_F(OutputTreeTest, AcceptsANewDirectoryAndMakesItsParents) {
    const fs::path new_out = m_root / "a" / "b" / "site";
    {
        OutputTree tree(new_out, content());
        tree.write("index.html", "<p>hi</p>");
        tree.commit(provenance(), {});
    }
    EXPECT_EQ(file_bytes(new_out / "index.html"), "<p>hi</p>");
    EXPECT_TRUE(is_aimsgen_output(new_out));
    EXPECT_EQ(snapshot(m_root / "a"), (TreeSnapshot{{"b", "<dir>"},
                                                     {"b/site", "<dir>"},
                                                     {"b/site/index.html", "<p>hi</p>"},
                                                     {"b/site/manifest.json", file_bytes(new_out / "manifest.json")}}));
}

TEST_F(OutputTreeTest, AcceptsANewDirectoryNamedWithATrailingSlash) {
    // `-o site/` is how shells complete a directory name.
    const fs::path new_out = m_root / "site";
    {
        OutputTree tree(fs::path(new_out.string() + "/"), content());
        tree.write("index.html", "<p>hi</p>");
        tree.commit(provenance(), {});
    }
    EXPECT_EQ(file_bytes(new_out / "index.html"), "<p>hi</p>");
    EXPECT_EQ(snapshot(new_out).size(), 2U);  // index.html and manifest.json, nothing else inside
    std::set<std::string> beside;
    for (const auto& entry : fs::directory_iterator(m_root.path())) {
        beside.insert(entry.path().filename().string());
    }
    EXPECT_EQ(beside, (std::set<std::string>{"content", "site"}));
}

TEST_F(OutputTreeTest, AcceptsAnEmptyExistingDirectory) {
    fs::create_directory(out());
    {
        OutputTree tree(out(), content());
        tree.write("index.html", "<p>hi</p>");
        tree.commit(provenance(), {});
    }
    EXPECT_EQ(file_bytes(out() / "index.html"), "<p>hi</p>");
    EXPECT_TRUE(is_aimsgen_output(out()));
}

TEST_F(OutputTreeTest, StagesInAHiddenDirectoryBesideOut) {
    OutputTree tree(out(), content());
    EXPECT_EQ(tree.staging().parent_path(), m_root.path());
    EXPECT_EQ(tree.staging().filename().string().front(), '.');
    EXPECT_TRUE(fs::is_directory(tree.staging()));
    EXPECT_FALSE(fs::exists(out()));  // OUT appears only at commit
    tree.write("data/model.json", "{}");
    EXPECT_EQ(file_bytes(tree.staging() / "data" / "model.json"), "{}");
    EXPECT_FALSE(fs::exists(out()));
}

// ---- write and commit ----

TEST_F(OutputTreeTest, CommitPutsTheFilesAndAManifestInPlace) {
    {
        OutputTree tree(out(), content());
        tree.write("index.html", "<p>home</p>");
        tree.write("data/model.json", "abc");
        tree.write("risks/RSK-001.html", "");
        // Inputs in any order, one named twice: the manifest lists each once, sorted.
        tree.commit(provenance(), {{"registers/risks.yaml", 3, k_sha256_abc},
                                   {"builtin:theme", 11, sha256_hex("<p>home</p>")},
                                   {"aims.yaml", 3, k_sha256_abc},
                                   {"registers/risks.yaml", 3, k_sha256_abc}});
    }

    EXPECT_EQ(file_bytes(out() / "data" / "model.json"), "abc");
    EXPECT_EQ(file_bytes(out() / "index.html"), "<p>home</p>");
    EXPECT_EQ(file_bytes(out() / "risks" / "RSK-001.html"), "");
    const nlohmann::json expected = {
        {"generator", "aimsgen"},
        {"version", "9.9.9"},
        {"as_of", "2026-09-30"},
        {"content_commit", nullptr},
        {"inputs",
         {
             {{"path", "aims.yaml"}, {"size", 3}, {"sha256", k_sha256_abc}},
             {{"path", "builtin:theme"}, {"size", 11}, {"sha256", sha256_hex("<p>home</p>")}},
             {{"path", "registers/risks.yaml"}, {"size", 3}, {"sha256", k_sha256_abc}},
         }},
        {"files",
         {
             {{"path", "data/model.json"}, {"size", 3}, {"sha256", k_sha256_abc}},
             {{"path", "index.html"}, {"size", 11}, {"sha256", sha256_hex("<p>home</p>")}},
             {{"path", "risks/RSK-001.html"},
              {"size", 0},
              {"sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}},
         }},
    };
    EXPECT_EQ(manifest_of(out()), expected);
    // Nothing but OUT is left beside it: the staging directory became OUT.
    std::set<std::string> beside;
    for (const auto& entry : fs::directory_iterator(m_root.path())) {
        beside.insert(entry.path().filename().string());
    }
    EXPECT_EQ(beside, (std::set<std::string>{"content", "out"}));
}

TEST_F(OutputTreeTest, ManifestNamesTheContentCommit) {
    build({{"index.html", "x"}}, k_commit);
    EXPECT_EQ(manifest_of(out()).at("content_commit"), k_commit);
}

TEST_F(OutputTreeTest, ManifestDescribesEveryFileOnDiskExactlyOnce) {
    // Each file on disk once in the manifest with its real size and hash, and
    // no other entry; a path written twice must not leave a stale entry.
    {
        OutputTree tree(out(), content());
        tree.write("a/one.txt", "first");
        tree.write("b.txt", "bee");
        try {
            tree.write("a/./one.txt", "second version");
        } catch (const OutputError&) {
            // Refusing a second write of one path is fine too.
        }
        tree.commit(provenance(), {});
    }
    std::map<std::string, std::string> on_disk;
    for (const auto& entry : fs::recursive_directory_iterator(out())) {
        const std::string relative = entry.path().lexically_relative(out()).generic_string();
        if (entry.is_regular_file() && relative != "manifest.json") {
            on_disk[relative] = file_bytes(entry.path());
        }
    }
    std::map<std::string, std::pair<std::uintmax_t, std::string>> listed;
    const nlohmann::json manifest = manifest_of(out());
    for (const nlohmann::json& file : manifest.at("files")) {
        const std::string path = file.at("path").get<std::string>();
        EXPECT_FALSE(listed.contains(path)) << path << " is listed more than once";
        listed[path] = {file.at("size").get<std::uintmax_t>(), file.at("sha256").get<std::string>()};
    }
    ASSERT_EQ(listed.size(), on_disk.size());
    for (const auto& [path, bytes] : on_disk) {
        ASSERT_TRUE(listed.contains(path)) << path;
        EXPECT_EQ(listed[path].first, bytes.size()) << path;
        EXPECT_EQ(listed[path].second, sha256_hex(bytes)) << path;
    }
}

TEST_F(OutputTreeTest, WritesFromSeveralThreadsAllReachTheManifest) {
    {
        OutputTree tree(out(), content());
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&tree, t] {
                for (int i = 0; i < 50; ++i) {
                    tree.write("pages/" + std::to_string(t) + "-" + std::to_string(i) + ".html", std::to_string(i));
                }
            });
        }
        for (std::thread& thread : threads) {
            thread.join();
        }
        tree.commit(provenance(), {});
    }
    const nlohmann::json files = manifest_of(out()).at("files");
    ASSERT_EQ(files.size(), 200U);
    std::vector<std::string> paths;
    for (const nlohmann::json& file : files) {
        paths.push_back(file.at("path").get<std::string>());
        EXPECT_EQ(file.at("sha256"), sha256_hex(file_bytes(out() / paths.back()))) << paths.back();
    }
    EXPECT_TRUE(std::is_sorted(paths.begin(), paths.end()));  // sorted, whatever order the threads wrote in
}

TEST_F(OutputTreeTest, WriteRefusesPathsOutsideOutAndTheManifest) {
    OutputTree tree(out(), content());
    const TreeSnapshot before = snapshot(m_root.path());
    for (const char* path : {"../x", "/etc/x", "a/../../x", ""}) {
        try {
            tree.write(path, "escaped");
            ADD_FAILURE() << "write('" << path << "') was accepted";
        } catch (const OutputError& error) {
            EXPECT_EQ(std::string(error.what()),
                      "refusing to write '" + std::string(path) + "' outside the output directory");
        }
    }
    for (const char* path : {"manifest.json", "./manifest.json", "data/../manifest.json"}) {
        EXPECT_THROW(tree.write(path, R"({"generator": "aimsgen", "files": []})"), OutputError) << path;
    }
    EXPECT_EQ(snapshot(m_root.path()), before);  // no ../x beside the staging directory, nothing in it
    EXPECT_EQ(snapshot(tree.staging()).size(), 1U);  // only the marker that makes it ours
    EXPECT_TRUE(snapshot(tree.staging()).contains(".aimsgen-staging"));
    EXPECT_THROW(tree.write(".aimsgen-staging", "mine"), OutputError);
    tree.commit(provenance(), {});
    EXPECT_EQ(manifest_of(out()).at("files"), nlohmann::json::array());
    EXPECT_EQ(manifest_of(out()).at("generator"), "aimsgen");
}

// ---- failure and the previous output ----

TEST_F(OutputTreeTest, DestroyedWithoutCommitLeavesThePreviousOutIntactAndRemovesStaging) {
    build({{"index.html", "<p>old</p>"}, {"data/model.json", "old"}});
    const TreeSnapshot before = snapshot(m_root.path());
    fs::path staging;
    {
        OutputTree tree(out(), content());
        staging = tree.staging();
        tree.write("index.html", "<p>new</p>");
        tree.write("data/model.json", "new");
        tree.write("extra/page.html", "new");
        ASSERT_TRUE(fs::exists(staging / "extra" / "page.html"));
    }
    EXPECT_FALSE(fs::exists(staging));
    EXPECT_EQ(snapshot(m_root.path()), before);
}

TEST_F(OutputTreeTest, AnExceptionDuringTheBuildLeavesThePreviousOutIntact) {
    build({{"index.html", "<p>old</p>"}});
    const TreeSnapshot before = snapshot(m_root.path());
    try {
        OutputTree tree(out(), content());
        tree.write("index.html", "<p>half</p>");
        throw std::runtime_error("a renderer failed");
    } catch (const std::runtime_error&) {
    }
    EXPECT_EQ(snapshot(m_root.path()), before);
}

TEST_F(OutputTreeTest, ASecondBuildReplacesTheFirst) {
    build({{"index.html", "<p>one</p>"}, {"risks/RSK-001.html", "one"}, {"risks/RSK-002.html", "one"}});
    build({{"index.html", "<p>two</p>"}, {"risks/RSK-001.html", "two"}, {"controls/A.2.2.html", "two"}});

    const TreeSnapshot tree = snapshot(out());
    EXPECT_EQ(tree, (TreeSnapshot{{"controls", "<dir>"},
                                  {"controls/A.2.2.html", "two"},
                                  {"index.html", "<p>two</p>"},
                                  {"manifest.json", file_bytes(out() / "manifest.json")},
                                  {"risks", "<dir>"},
                                  {"risks/RSK-001.html", "two"}}));
    std::set<std::string> beside;
    for (const auto& entry : fs::directory_iterator(m_root.path())) {
        beside.insert(entry.path().filename().string());
    }
    EXPECT_EQ(beside, (std::set<std::string>{"content", "out"}));  // the first build is gone entirely
}

TEST_F(OutputTreeTest, AFileAUserAddedToOutIsNotDeleted) {
    build({{"index.html", "<p>one</p>"}, {"data/model.json", "one"}});
    put_file(out() / "notes.txt", "my notes");
    put_file(out() / "data" / "my-query.sql", "select 1;");
    build({{"index.html", "<p>two</p>"}, {"data/model.json", "two"}});

    EXPECT_EQ(file_bytes(out() / "index.html"), "<p>two</p>");
    // aimsgen never deletes a file it did not write: both files still exist,
    // with their bytes, beside OUT (in the previous tree moved aside) if not in it.
    for (const auto& [name, bytes] : {std::pair<std::string, std::string>{"notes.txt", "my notes"},
                                      {"my-query.sql", "select 1;"}}) {
        const std::vector<fs::path> found = find_named(m_root.path(), name);
        ASSERT_EQ(found.size(), 1U) << name;
        EXPECT_EQ(file_bytes(found.front()), bytes);
        EXPECT_TRUE(found.front().lexically_relative(content()).string().starts_with(".."))
            << name << " ended up in the content directory";
    }
    // What the first build wrote is gone; its model.json exists once, in OUT.
    EXPECT_EQ(find_named(m_root.path(), "model.json"), std::vector<fs::path>{out() / "data" / "model.json"});
    EXPECT_EQ(find_named(m_root.path(), "index.html"), std::vector<fs::path>{out() / "index.html"});
    EXPECT_EQ(find_named(m_root.path(), "manifest.json"), std::vector<fs::path>{out() / "manifest.json"});
}

}  // namespace
}  // namespace aimsgen::testing
