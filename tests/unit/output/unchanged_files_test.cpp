// A rebuild keeps the inode and modification time of every output file whose
// bytes did not change (a hard link to the previous file), and only of those:
// judged by the previous file's bytes on disk, never by its old manifest.

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "generator/output/output_tree.hpp"
#include "generator/output/unchanged_files.hpp"
#include "generator/support/sha256.hpp"
#include "tests/unit/output/output_test_support.hpp"

namespace aimsgen::testing {
namespace {

namespace fs = std::filesystem;

ino_t inode_of(const fs::path& path) {
    struct stat info {};
    if (lstat(path.c_str(), &info) != 0) {
        throw std::runtime_error("cannot stat " + path.string());
    }
    return info.st_ino;
}

class UnchangedFilesTest : public ::testing::Test {
protected:
    UnchangedFilesTest() { put_file(m_root / "content" / "aims.yaml", "format_version: 1\n"); }

    fs::path out() const { return m_root / "out"; }

    /// Builds OUT with `files`; returns how many kept their previous copy.
    std::size_t build(const std::map<std::string, std::string>& files) {
        OutputTree tree(out(), m_root / "content");
        for (const auto& [path, bytes] : files) {
            tree.write(path, bytes);
        }
        tree.commit(Provenance{"9.9.9", "", Date::from_ymd(2026, 9, 30)}, {});
        return tree.unchanged_files();
    }

    TempDir m_root;
};

TEST_F(UnchangedFilesTest, FilesWithTheSameBytesKeepTheirInodeAndModificationTime) {
    build({{"index.html", "<p>one</p>"}, {"risks/RSK-001.html", "risk"}, {"data/model.json", "{}"}});
    // An old modification time, so that keeping it cannot be a coincidence of the clock.
    const auto long_ago = fs::file_time_type::clock::now() - std::chrono::hours(24 * 400);
    fs::last_write_time(out() / "risks" / "RSK-001.html", long_ago);
    fs::last_write_time(out() / "data" / "model.json", long_ago);
    const ino_t risk = inode_of(out() / "risks" / "RSK-001.html");
    const ino_t model = inode_of(out() / "data" / "model.json");
    const ino_t index = inode_of(out() / "index.html");

    EXPECT_EQ(build({{"index.html", "<p>two</p>"}, {"risks/RSK-001.html", "risk"}, {"data/model.json", "{}"}}), 2U);

    EXPECT_EQ(inode_of(out() / "risks" / "RSK-001.html"), risk);
    EXPECT_EQ(inode_of(out() / "data" / "model.json"), model);
    EXPECT_EQ(fs::last_write_time(out() / "risks" / "RSK-001.html"), long_ago);
    EXPECT_EQ(fs::last_write_time(out() / "data" / "model.json"), long_ago);
    EXPECT_NE(inode_of(out() / "index.html"), index);  // changed: a new file
    EXPECT_EQ(file_bytes(out() / "index.html"), "<p>two</p>");
    EXPECT_EQ(file_bytes(out() / "risks" / "RSK-001.html"), "risk");
    // One link per file: the previous tree's name for it is gone.
    EXPECT_EQ(fs::hard_link_count(out() / "risks" / "RSK-001.html"), 1U);
    // No temporary link names reach OUT, and the manifest lists exactly the files.
    const TreeSnapshot tree = snapshot(out());
    EXPECT_EQ(tree.size(), 6U) << "index.html, risks/, risks/RSK-001.html, data/, data/model.json, manifest.json";
}

TEST_F(UnchangedFilesTest, ARebuildThatChangesNothingKeepsEveryFileTheManifestIncluded) {
    const std::map<std::string, std::string> files{{"index.html", "<p>one</p>"}, {"a/b/c.html", "c"}};
    build(files);
    std::map<std::string, ino_t> before;
    for (const char* path : {"index.html", "a/b/c.html", "manifest.json"}) {
        before[path] = inode_of(out() / path);
    }
    EXPECT_EQ(build(files), 3U);
    for (const auto& [path, inode] : before) {
        EXPECT_EQ(inode_of(out() / path), inode) << path;
    }
}

TEST_F(UnchangedFilesTest, APreviousFileEditedSinceIsJudgedByItsBytesNotByTheOldManifest) {
    build({{"a.html", "same"}, {"b.html", "same"}});
    // a.html was edited in OUT after the build: the old manifest still says
    // "same", but the bytes differ, so the new copy must be used.
    put_file(out() / "a.html", "edited");
    const ino_t a = inode_of(out() / "a.html");
    // b.html's manifest entry is made wrong, but its bytes are what we write: link.
    const ino_t b = inode_of(out() / "b.html");
    std::string manifest = file_bytes(out() / "manifest.json");
    const std::string same = sha256_hex("same");
    manifest.replace(manifest.rfind(same), same.size(), sha256_hex("other"));
    put_file(out() / "manifest.json", manifest);

    EXPECT_EQ(build({{"a.html", "same"}, {"b.html", "same"}}), 1U);
    EXPECT_NE(inode_of(out() / "a.html"), a);
    EXPECT_EQ(file_bytes(out() / "a.html"), "same");
    EXPECT_EQ(inode_of(out() / "b.html"), b);
}

TEST_F(UnchangedFilesTest, OnlyFilesAimsgenWroteAreLinkedAndNeverThroughASymlink) {
    build({{"index.html", "x"}});
    TempDir elsewhere;
    put_file(elsewhere / "page.html", "page");
    put_file(out() / "mine.html", "mine");  // a person's file at a path the next build writes
    fs::create_directory_symlink(elsewhere.path(), out() / "linked");
    fs::create_symlink(elsewhere / "page.html", out() / "page.html");
    const ino_t mine = inode_of(out() / "mine.html");

    // Even with equal bytes: mine.html was not in the manifest, page.html is a
    // symbolic link now, linked/page.html lies beyond one.
    EXPECT_EQ(build({{"index.html", "x"}, {"mine.html", "mine"}, {"page.html", "page"}, {"linked/page.html", "page"}}),
              1U);  // index.html only
    EXPECT_NE(inode_of(out() / "mine.html"), mine);
    EXPECT_TRUE(fs::is_regular_file(fs::symlink_status(out() / "page.html")));
    EXPECT_TRUE(fs::is_directory(fs::symlink_status(out() / "linked")));
    EXPECT_NE(inode_of(out() / "linked" / "page.html"), inode_of(elsewhere / "page.html"));
    EXPECT_EQ(file_bytes(elsewhere / "page.html"), "page");
}

TEST(LinkUnchangedFiles, AFailedLinkKeepsTheNewCopy) {
    // A previous tree that cannot be reached (as on another file system):
    // nothing is linked and every staged file stays as written.
    TempDir root;
    put_file(root / "staging" / "a.html", "same");
    const std::vector<WrittenFile> written{{"a.html", 4, sha256_hex("same")}};
    EXPECT_EQ(link_unchanged_files(root / "staging", root / "no-such-previous", written, {"a.html"}), 0U);
    EXPECT_EQ(file_bytes(root / "staging" / "a.html"), "same");
    EXPECT_EQ(snapshot(root / "staging"), (TreeSnapshot{{"a.html", "same"}}));
}

TEST(LinkUnchangedFiles, LinksThroughATemporaryNameThatIsGoneAfterwards) {
    TempDir root;
    put_file(root / "previous" / "d" / "a.html", "same");
    put_file(root / "staging" / "d" / "a.html", "same");
    put_file(root / "staging" / "b.html", "new");
    put_file(root / "previous" / "b.html", "old");
    const std::vector<WrittenFile> written{{"b.html", 3, sha256_hex("new")}, {"d/a.html", 4, sha256_hex("same")}};
    EXPECT_EQ(link_unchanged_files(root / "staging", root / "previous", written, {"b.html", "d/a.html"}), 1U);
    EXPECT_EQ(inode_of(root / "staging" / "d" / "a.html"), inode_of(root / "previous" / "d" / "a.html"));
    EXPECT_NE(inode_of(root / "staging" / "b.html"), inode_of(root / "previous" / "b.html"));
    EXPECT_EQ(snapshot(root / "staging"),
              (TreeSnapshot{{"b.html", "new"}, {"d", "<dir>"}, {"d/a.html", "same"}}));
}

}  // namespace
}  // namespace aimsgen::testing
