#include "generator/source/file_system.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <system_error>
#include <vector>

#include <unistd.h>

namespace aimsgen {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> paths_of(const std::vector<DirectoryEntry>& entries) {
    std::vector<std::string> paths;
    for (const DirectoryEntry& entry : entries) {
        paths.push_back(entry.path);
    }
    return paths;
}

const DirectoryEntry* entry_at(const std::vector<DirectoryEntry>& entries, std::string_view path) {
    for (const DirectoryEntry& entry : entries) {
        if (entry.path == path) {
            return &entry;
        }
    }
    return nullptr;
}

// ---- normalize_content_path ----

TEST(NormalizeContentPath, RemovesDotsAndEmptyParts) {
    EXPECT_EQ(normalize_content_path("a/./b"), "a/b");
    EXPECT_EQ(normalize_content_path("./a//b/"), "a/b");
    EXPECT_EQ(normalize_content_path("evidence/x.pdf"), "evidence/x.pdf");
}

TEST(NormalizeContentPath, DotDotClimbsInsideTheRoot) {
    EXPECT_EQ(normalize_content_path("documents/../evidence/x.pdf"), "evidence/x.pdf");
    EXPECT_EQ(normalize_content_path("a/b/c/../../d"), "a/d");
}

TEST(NormalizeContentPath, RejectsClimbingAboveTheRoot) {
    EXPECT_EQ(normalize_content_path("../secret"), std::nullopt);
    EXPECT_EQ(normalize_content_path("a/../../secret"), std::nullopt);
    EXPECT_EQ(normalize_content_path("a/./../.."), std::nullopt);
}

TEST(NormalizeContentPath, RejectsAbsoluteAndEmptyPaths) {
    EXPECT_EQ(normalize_content_path("/etc/passwd"), std::nullopt);
    EXPECT_EQ(normalize_content_path("\\server\\share"), std::nullopt);
    EXPECT_EQ(normalize_content_path("C:/Windows"), std::nullopt);
    EXPECT_EQ(normalize_content_path("c:secret"), std::nullopt);
    EXPECT_EQ(normalize_content_path(""), std::nullopt);
    EXPECT_EQ(normalize_content_path("."), std::nullopt);
    EXPECT_EQ(normalize_content_path("a/.."), std::nullopt);
}

// ---- MemoryFileSystem ----

MemoryFileSystem memory_tree() {
    MemoryFileSystem files;
    files.add_file("aims.yaml", "format_version: 1\n");
    files.add_file("documents/policy.md", "# Policy\n");
    files.add_file("documents/procedures/intake.md", "# Intake\n");
    files.add_file("documents-old/x.md", "old\n");
    return files;
}

TEST(MemoryFileSystem, KindsOfFilesFoldersAndMissingPaths) {
    const MemoryFileSystem files = memory_tree();
    EXPECT_EQ(files.kind("aims.yaml"), PathKind::file);
    EXPECT_EQ(files.kind("documents"), PathKind::directory);
    EXPECT_EQ(files.kind("documents/procedures"), PathKind::directory);
    EXPECT_EQ(files.kind("doc"), PathKind::missing);  // a prefix of a folder name is not a folder
    EXPECT_EQ(files.kind("registers"), PathKind::missing);
}

TEST(MemoryFileSystem, ReadAndSize) {
    const MemoryFileSystem files = memory_tree();
    EXPECT_EQ(files.read("documents/policy.md"), "# Policy\n");
    EXPECT_EQ(files.size("documents/policy.md"), 9U);
    EXPECT_EQ(files.read("documents/none.md"), std::nullopt);
    EXPECT_EQ(files.size("documents/none.md"), 0U);
}

TEST(MemoryFileSystem, ListIsRecursiveSortedAndStaysInTheFolder) {
    MemoryFileSystem files = memory_tree();
    files.add_file("documents/a.md", "A");
    const std::vector<DirectoryEntry> entries = files.list("documents");
    EXPECT_EQ(paths_of(entries), (std::vector<std::string>{"documents/a.md", "documents/policy.md",
                                                           "documents/procedures/intake.md"}));
    EXPECT_EQ(entries[0].kind, PathKind::file);
    EXPECT_FALSE(entries[0].symlink);
    EXPECT_EQ(entries[0].size, 1U);
}

TEST(MemoryFileSystem, SymlinkTargetIsRelativeToTheLinksFolder) {
    MemoryFileSystem files = memory_tree();
    files.add_symlink("documents/current.md", "policy.md");
    files.add_symlink("documents/procedures/up.md", "../policy.md");
    EXPECT_EQ(files.kind("documents/current.md"), PathKind::file);
    EXPECT_EQ(files.read("documents/current.md"), "# Policy\n");
    EXPECT_EQ(files.size("documents/current.md"), 9U);
    EXPECT_EQ(files.read("documents/procedures/up.md"), "# Policy\n");
}

TEST(MemoryFileSystem, SymlinkLeadingOutsideIsOutsideRootAndUnreadable) {
    MemoryFileSystem files = memory_tree();
    files.add_symlink("documents/leak.md", "../../secret.md");
    files.add_symlink("leak.yaml", "../secret.yaml");
    EXPECT_EQ(files.kind("documents/leak.md"), PathKind::outside_root);
    EXPECT_EQ(files.kind("leak.yaml"), PathKind::outside_root);
    EXPECT_EQ(files.read("documents/leak.md"), std::nullopt);
    EXPECT_EQ(files.size("documents/leak.md"), 0U);
}

// Bug: resolve() prefixes the link's folder to the target, so "/etc/passwd"
// from documents/ becomes "documents//etc/passwd", normalized to
// "documents/etc/passwd", a missing path inside the root rather than outside it.
TEST(MemoryFileSystem, AbsoluteSymlinkTargetIsOutsideRoot) {
    MemoryFileSystem files = memory_tree();
    files.add_symlink("documents/passwd.md", "/etc/passwd");
    EXPECT_EQ(files.kind("documents/passwd.md"), PathKind::outside_root);
}

TEST(MemoryFileSystem, DanglingSymlinkInsideIsMissing) {
    MemoryFileSystem files = memory_tree();
    files.add_symlink("documents/gone.md", "deleted.md");
    EXPECT_EQ(files.kind("documents/gone.md"), PathKind::missing);
}

TEST(MemoryFileSystem, ListFlagsSymlinksWithTheirKind) {
    MemoryFileSystem files = memory_tree();
    files.add_symlink("documents/current.md", "policy.md");
    files.add_symlink("documents/leak.md", "../../secret.md");
    const std::vector<DirectoryEntry> entries = files.list("documents");
    const DirectoryEntry* current = entry_at(entries, "documents/current.md");
    const DirectoryEntry* leak = entry_at(entries, "documents/leak.md");
    ASSERT_NE(current, nullptr);
    ASSERT_NE(leak, nullptr);
    EXPECT_TRUE(current->symlink);
    EXPECT_EQ(current->kind, PathKind::file);
    EXPECT_EQ(current->size, 9U);
    EXPECT_TRUE(leak->symlink);
    EXPECT_EQ(leak->kind, PathKind::outside_root);
    EXPECT_EQ(paths_of(entries),
              (std::vector<std::string>{"documents/current.md", "documents/leak.md",
                                        "documents/policy.md", "documents/procedures/intake.md"}));
}

// ---- DiskFileSystem ----

/// A real directory tree under the system temp folder:
///   <base>/content/                 the root
///   <base>/content-sibling/secret.md  outside, with a name the root is a prefix of
///   <base>/outside/secret.md        outside
class DiskFileSystemTest : public ::testing::Test {
protected:
    void SetUp() override {
        const ::testing::TestInfo* info = ::testing::UnitTest::GetInstance()->current_test_info();
        m_base = fs::temp_directory_path() /
                 ("aimsgen-fs-" + std::to_string(::getpid()) + "-" + info->name());
        fs::remove_all(m_base);
        m_root = m_base / "content";
        write("content/aims.yaml", "format_version: 1\n");
        write("content/documents/policy.md", "# Policy\n");
        write("content/documents/procedures/intake.md", "# Intake\n");
        write("outside/secret.md", "secret\n");
        write("content-sibling/secret.md", "sibling secret\n");
        fs::create_symlink(m_base / "outside" / "secret.md", m_root / "documents" / "leak.md");
        fs::create_symlink("policy.md", m_root / "documents" / "current.md");
        fs::create_directory_symlink(m_base / "outside", m_root / "documents" / "outside-dir");
        fs::create_directory_symlink("procedures", m_root / "documents" / "linked-dir");
        fs::create_symlink("../../content-sibling/secret.md", m_root / "documents" / "sibling.md");
    }

    void TearDown() override {
        std::error_code ignored;
        fs::remove_all(m_base, ignored);
    }

    void write(const std::string& relative, const std::string& text) {
        const fs::path path = m_base / relative;
        fs::create_directories(path.parent_path());
        std::ofstream(path, std::ios::binary) << text;
    }

    fs::path m_base;
    fs::path m_root;
};

TEST_F(DiskFileSystemTest, KindsOfPlainPaths) {
    const DiskFileSystem files(m_root);
    EXPECT_EQ(files.kind("aims.yaml"), PathKind::file);
    EXPECT_EQ(files.kind("documents"), PathKind::directory);
    EXPECT_EQ(files.kind("documents/none.md"), PathKind::missing);
    EXPECT_EQ(files.kind("../outside/secret.md"), PathKind::outside_root);
}

TEST_F(DiskFileSystemTest, SymlinkOutsideIsOutsideRootAndUnreadable) {
    const DiskFileSystem files(m_root);
    EXPECT_EQ(files.kind("documents/leak.md"), PathKind::outside_root);
    EXPECT_EQ(files.kind("documents/outside-dir"), PathKind::outside_root);
    EXPECT_EQ(files.read("documents/leak.md"), std::nullopt);
    EXPECT_EQ(files.read("../outside/secret.md"), std::nullopt);
}

TEST_F(DiskFileSystemTest, SymlinkIntoSiblingWithSharedNamePrefixIsOutside) {
    const DiskFileSystem files(m_root);
    EXPECT_EQ(files.kind("documents/sibling.md"), PathKind::outside_root);
    EXPECT_EQ(files.read("documents/sibling.md"), std::nullopt);
}

TEST_F(DiskFileSystemTest, SymlinkInsideIsFollowed) {
    const DiskFileSystem files(m_root);
    EXPECT_EQ(files.kind("documents/current.md"), PathKind::file);
    EXPECT_EQ(files.read("documents/current.md"), "# Policy\n");
    EXPECT_EQ(files.kind("documents/linked-dir"), PathKind::directory);
}

TEST_F(DiskFileSystemTest, ReadAndSizeOfFiles) {
    const DiskFileSystem files(m_root);
    EXPECT_EQ(files.read("documents/procedures/intake.md"), "# Intake\n");
    EXPECT_EQ(files.size("documents/procedures/intake.md"), 9U);
    EXPECT_EQ(files.read("documents"), std::nullopt);
    EXPECT_EQ(files.read("documents/none.md"), std::nullopt);
    EXPECT_EQ(files.size("documents/none.md"), 0U);
}

TEST_F(DiskFileSystemTest, ListSortsFlagsLinksAndNeverWalksIntoThem) {
    const DiskFileSystem files(m_root);
    const std::vector<DirectoryEntry> entries = files.list("documents");
    EXPECT_EQ(paths_of(entries),
              (std::vector<std::string>{"documents/current.md", "documents/leak.md",
                                        "documents/linked-dir", "documents/outside-dir",
                                        "documents/policy.md", "documents/procedures",
                                        "documents/procedures/intake.md", "documents/sibling.md"}));
    const DirectoryEntry* leak = entry_at(entries, "documents/leak.md");
    const DirectoryEntry* current = entry_at(entries, "documents/current.md");
    const DirectoryEntry* outside_dir = entry_at(entries, "documents/outside-dir");
    const DirectoryEntry* policy = entry_at(entries, "documents/policy.md");
    const DirectoryEntry* procedures = entry_at(entries, "documents/procedures");
    ASSERT_TRUE(leak && current && outside_dir && policy && procedures);
    EXPECT_TRUE(leak->symlink);
    EXPECT_EQ(leak->kind, PathKind::outside_root);
    EXPECT_TRUE(current->symlink);
    EXPECT_EQ(current->kind, PathKind::file);
    EXPECT_TRUE(outside_dir->symlink);
    EXPECT_EQ(outside_dir->kind, PathKind::outside_root);
    EXPECT_FALSE(policy->symlink);
    EXPECT_EQ(policy->kind, PathKind::file);
    EXPECT_EQ(policy->size, 9U);
    EXPECT_EQ(procedures->kind, PathKind::directory);
}

TEST_F(DiskFileSystemTest, ListOfMissingOrOutsideFolderIsEmpty) {
    const DiskFileSystem files(m_root);
    EXPECT_TRUE(files.list("registers").empty());
    EXPECT_TRUE(files.list("documents/outside-dir").empty());
    EXPECT_TRUE(files.list("../outside").empty());
}

TEST_F(DiskFileSystemTest, RootGivenWithTrailingSlashOrThroughALink) {
    fs::create_directory_symlink(m_root, m_base / "content-link");
    for (const fs::path& root : {fs::path(m_root.string() + "/"), m_base / "content-link"}) {
        const DiskFileSystem files(root);
        EXPECT_EQ(files.kind("aims.yaml"), PathKind::file) << root;
        EXPECT_EQ(files.read("documents/current.md"), "# Policy\n") << root;
        EXPECT_EQ(files.kind("documents/leak.md"), PathKind::outside_root) << root;
        EXPECT_EQ(paths_of(files.list("documents/procedures")),
                  std::vector<std::string>{"documents/procedures/intake.md"})
            << root;
    }
}

}  // namespace
}  // namespace aimsgen
