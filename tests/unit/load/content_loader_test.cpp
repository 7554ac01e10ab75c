#include "generator/load/content_loader.hpp"

#include <gtest/gtest.h>

#include <ostream>

#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>
#include <vector>

#include <unistd.h>

#include "tests/support/test_content.hpp"

namespace aimsgen {

/// Readable failure messages: 2:17 rather than raw bytes.
[[maybe_unused]] static void PrintTo(const SourcePos& pos, std::ostream* out) {
    *out << pos.line << ":" << pos.column;
}

namespace {

const std::string k_register_names =
    "ai-systems, risks, soa, impact-assessments, incidents, nonconformities, audits, "
    "management-reviews, objectives, training, suppliers, decisions, measurements";

/// A content tree with a small aims.yaml (so size limits stay readable).
struct Tree {
    MemoryFileSystem files;
    Diagnostics diagnostics;

    Tree() { files.add_file("aims.yaml", "format_version: 1\n"); }
    RawContent load(LoadLimits limits = {}) { return load_content(files, limits, diagnostics); }
    std::string lines() {
        diagnostics.sort();
        return testing::format_lines(diagnostics);
    }
};

std::vector<std::string> paths_of(const RegisterFiles& files) {
    std::vector<std::string> paths;
    for (const YamlFile& file : files.files) {
        paths.push_back(file.path);
    }
    return paths;
}

// ---- aims.yaml ----

TEST(LoadContent, MissingAimsYaml) {
    MemoryFileSystem files;
    Diagnostics diagnostics;
    const RawContent content = load_content(files, {}, diagnostics);
    EXPECT_FALSE(content.aims);
    EXPECT_EQ(testing::format_lines(diagnostics),
              "aims.yaml: error: aims.yaml is missing; a content directory starts with it (see "
              "README)\n");
}

TEST(LoadContent, AimsYamlLinkLeadingOutside) {
    MemoryFileSystem files;
    files.add_symlink("aims.yaml", "../elsewhere/aims.yaml");
    Diagnostics diagnostics;
    const RawContent content = load_content(files, {}, diagnostics);
    EXPECT_FALSE(content.aims);
    EXPECT_EQ(testing::format_lines(diagnostics),
              "aims.yaml: error: this symbolic link leads out of the content directory\n");
}

TEST(LoadContent, EmptyAimsYaml) {
    Tree tree;
    tree.files.add_file("aims.yaml", "# to do\n");
    const RawContent content = tree.load();
    ASSERT_TRUE(content.aims);
    EXPECT_FALSE(content.aims->root);
    EXPECT_EQ(tree.lines(),
              "aims.yaml:1:1: error: aims.yaml is empty; it describes the organization and its AIMS\n");
}

TEST(LoadContent, MinimalContentHasEveryRegisterInOrderAndNoFiles) {
    testing::TestContent test_content;
    Diagnostics diagnostics;
    const RawContent content = load_content(test_content.files(), {}, diagnostics);
    EXPECT_EQ(testing::format_lines(diagnostics), "");
    ASSERT_TRUE(content.aims);
    ASSERT_TRUE(content.aims->root);
    EXPECT_EQ(content.aims->root->text_of("format_version"), "1");
    ASSERT_EQ(content.registers.size(), register_kinds().size());
    for (std::size_t i = 0; i < content.registers.size(); ++i) {
        EXPECT_EQ(content.registers[i].kind, &register_kinds()[i]);
        EXPECT_TRUE(content.registers[i].files.empty());
    }
    EXPECT_TRUE(content.documents.empty());
}

TEST(LoadContent, ByteOrderMarkRemovedBeforeParsing) {
    Tree tree;
    tree.files.add_file("aims.yaml", "\xEF\xBB\xBF" "a: 1\na: 2\n");
    const RawContent content = tree.load();
    ASSERT_TRUE(content.aims);
    EXPECT_EQ(content.aims->text.text(), "a: 1\na: 2\n");
    EXPECT_EQ(tree.lines(),
              "aims.yaml:2:1: error: duplicate key 'a' (first at line 1); keep one of them\n");
}

// ---- registers ----

TEST(LoadContent, RegisterFileLoaded) {
    Tree tree;
    tree.files.add_file("registers/risks.yaml", "- id: RSK-001\n");
    const RawContent content = tree.load();
    EXPECT_EQ(tree.lines(), "");
    const RegisterFiles& risks = content.register_files("risks");
    ASSERT_EQ(risks.files.size(), 1U);
    EXPECT_EQ(risks.files[0].path, "registers/risks.yaml");
    ASSERT_TRUE(risks.files[0].root);
    EXPECT_EQ(risks.files[0].root->items.at(0).text_of("id"), "RSK-001");
}

// Bug (since the "did you mean" change in find_register_files): without a
// suggestion the message runs on as "is not a register The registers are ...".
TEST(LoadContent, UnknownRegisterFile) {
    Tree tree;
    tree.files.add_file("registers/threats.yaml", "[]\n");
    tree.load();
    EXPECT_EQ(tree.lines(), "registers/threats.yaml: error: 'threats.yaml' is not a register. The "
                            "registers are " +
                                k_register_names + " (each NAME.yaml or a folder NAME/)\n");
}

TEST(LoadContent, MisspelledRegisterFileGetsASuggestion) {
    Tree tree;
    tree.files.add_file("registers/risk.yaml", "[]\n");
    const RawContent content = tree.load();
    EXPECT_TRUE(content.register_files("risks").files.empty());
    EXPECT_EQ(tree.lines(), "registers/risk.yaml: error: 'risk.yaml' is not a register; did you mean "
                            "'risks.yaml'? The registers are " +
                                k_register_names + " (each NAME.yaml or a folder NAME/)\n");
}

TEST(LoadContent, RegisterFileWithYmlExtensionMustBeRenamed) {
    Tree tree;
    tree.files.add_file("registers/risks.yml", "[]\n");
    const RawContent content = tree.load();
    EXPECT_TRUE(content.register_files("risks").files.empty());
    EXPECT_EQ(tree.lines(), "registers/risks.yml: error: register files end in .yaml; rename this file\n");
}

TEST(LoadContent, UnknownRegisterFolder) {
    Tree tree;
    tree.files.add_file("registers/threats/2026.yaml", "[]\n");
    tree.load();
    EXPECT_EQ(tree.lines(), "registers/threats/2026.yaml: error: the folder 'threats' is not a "
                            "register; the registers are " +
                                k_register_names + "\n");
}

TEST(LoadContent, FolderRegisterMergedInPathOrder) {
    Tree tree;
    tree.files.add_file("registers/risks/people.yaml", "- id: RSK-002\n");
    tree.files.add_file("registers/risks/finance.yaml", "- id: RSK-001\n");
    tree.files.add_file("registers/risks/archive/2025.yaml", "[]\n");
    tree.files.add_file("registers/risks/README.md", "notes kept beside the register\n");
    const RawContent content = tree.load();
    EXPECT_EQ(tree.lines(), "");
    EXPECT_EQ(paths_of(content.register_files("risks")),
              (std::vector<std::string>{"registers/risks/archive/2025.yaml",
                                        "registers/risks/finance.yaml",
                                        "registers/risks/people.yaml"}));
    const RegisterFiles& risks = content.register_files("risks");
    ASSERT_TRUE(risks.files[1].root);
    EXPECT_EQ(risks.files[1].root->items.at(0).text_of("id"), "RSK-001");
}

TEST(LoadContent, YmlFileInsideRegisterFolder) {
    Tree tree;
    tree.files.add_file("registers/risks/a.yaml", "[]\n");
    tree.files.add_file("registers/risks/b.yml", "[]\n");
    const RawContent content = tree.load();
    EXPECT_EQ(paths_of(content.register_files("risks")),
              std::vector<std::string>{"registers/risks/a.yaml"});
    EXPECT_EQ(tree.lines(),
              "registers/risks/b.yml: error: register files end in .yaml; rename this file\n");
}

TEST(LoadContent, RegisterBothAsFileAndFolder) {
    Tree tree;
    tree.files.add_file("registers/risks.yaml", "[]\n");
    tree.files.add_file("registers/risks/more.yaml", "[]\n");
    tree.load();
    EXPECT_EQ(tree.lines(), "registers/risks.yaml: error: both this file and the folder "
                            "registers/risks/ exist; keep the register in one place\n");
}

TEST(LoadContent, EmptyRegisterFile) {
    Tree tree;
    tree.files.add_file("registers/risks.yaml", "");
    tree.files.add_file("registers/incidents.yaml", "# none yet\n");
    tree.files.add_file("registers/audits.yaml", "[]\n");
    const RawContent content = tree.load();
    EXPECT_FALSE(content.register_files("risks").files.at(0).root);
    ASSERT_TRUE(content.register_files("audits").files.at(0).root);
    EXPECT_EQ(tree.lines(),
              "registers/incidents.yaml:1:1: error: the file is empty; a register file is a YAML "
              "list of records (write [] for none)\n"
              "registers/risks.yaml:1:1: error: the file is empty; a register file is a YAML list "
              "of records (write [] for none)\n");
}

TEST(LoadContent, RegisterSyntaxErrorReportedWithItsPath) {
    Tree tree;
    tree.files.add_file("registers/risks.yaml", "- id: RSK-001\n  title: a: b\n");
    const RawContent content = tree.load();
    EXPECT_FALSE(content.register_files("risks").files.at(0).root);
    EXPECT_EQ(tree.lines(),
              "registers/risks.yaml:2:11: error: YAML syntax error: illegal map value\n");
}

TEST(LoadContent, FileOverSizeLimit) {
    Tree tree;
    tree.files.add_file("registers/risks.yaml", "- id: RSK-0001\n- id: RSK-0002\n");  // 30 bytes
    tree.files.add_file("registers/audits.yaml", "[]\n");
    LoadLimits limits;
    limits.max_file_bytes = 29;
    const RawContent content = tree.load(limits);
    EXPECT_FALSE(content.register_files("risks").files.at(0).root);
    EXPECT_EQ(tree.lines(),
              "registers/risks.yaml: error: the file has 30 bytes, over the limit of 29 "
              "(--max-file-size); split it into several files\n");
}

TEST(LoadContent, FileExactlyAtSizeLimitIsRead) {
    Tree tree;
    tree.files.add_file("registers/risks.yaml", "- id: RSK-0001\n- id: RSK-0002\n");  // 30 bytes
    LoadLimits limits;
    limits.max_file_bytes = 30;
    const RawContent content = tree.load(limits);
    EXPECT_EQ(tree.lines(), "");
    ASSERT_TRUE(content.register_files("risks").files.at(0).root);
}

TEST(LoadContent, InvalidUtf8ReportedAtLineAndCodePointColumn) {
    Tree tree;
    tree.files.add_file("registers/risks.yaml", "- id: RSK-001\n  title: Défaut \xFF\n");
    const RawContent content = tree.load();
    EXPECT_FALSE(content.register_files("risks").files.at(0).root);
    EXPECT_EQ(tree.lines(), "registers/risks.yaml:2:17: error: the file is not valid UTF-8 here; "
                            "save it as UTF-8\n");
}

TEST(LoadContent, NulByteInDocument) {
    Tree tree;
    const char bytes[] = "---\nid: POL-001\n---\nab\0c\n";
    tree.files.add_file("documents/policy.md", std::string(bytes, sizeof bytes - 1));
    const RawContent content = tree.load();
    ASSERT_EQ(content.documents.size(), 1U);
    EXPECT_FALSE(content.documents[0].front_matter);
    EXPECT_EQ(tree.lines(), "documents/policy.md:4:3: error: the file contains a NUL byte; content "
                            "files must be UTF-8 text\n");
}

// Bug: read_text locates the encoding problem in the bytes before the byte order
// mark is removed, so on line 1 the invisible BOM counts as a column.
TEST(LoadContent, InvalidUtf8AfterByteOrderMarkReportedAtEditorColumn) {
    Tree tree;
    tree.files.add_file("aims.yaml", "\xEF\xBB\xBF" "a: \xFF\n");
    tree.load();
    EXPECT_EQ(tree.lines(),
              "aims.yaml:1:4: error: the file is not valid UTF-8 here; save it as UTF-8\n");
}

TEST(LoadContent, RegisterLinkLeadingOutside) {
    Tree tree;
    tree.files.add_symlink("registers/risks.yaml", "../../shared/risks.yaml");
    const RawContent content = tree.load();
    EXPECT_TRUE(content.register_files("risks").files.empty());
    EXPECT_EQ(tree.lines(), "registers/risks.yaml: error: this symbolic link leads out of the content "
                            "directory; content must stay inside it\n");
}

// ---- documents ----

TEST(LoadContent, DocumentSplitAndParsedWithFileLines) {
    Tree tree;
    tree.files.add_file("documents/policy.md", "---\nid: POL-001\ntitle: AI policy\n---\n# Policy\n");
    const RawContent content = tree.load();
    EXPECT_EQ(tree.lines(), "");
    ASSERT_EQ(content.documents.size(), 1U);
    const DocumentFile& document = content.documents[0];
    EXPECT_EQ(document.path, "documents/policy.md");
    ASSERT_TRUE(document.front_matter);
    const YamlEntry* title = document.front_matter->find_entry("title");
    ASSERT_NE(title, nullptr);
    EXPECT_EQ(title->key_pos, (SourcePos{3, 1}));
    EXPECT_EQ(document.body, "# Policy\n");
    EXPECT_EQ(document.body_line, 5U);
    EXPECT_EQ(document.text.line_text(3), "title: AI policy");
}

TEST(LoadContent, DocumentFrontMatterErrorsAtFileLines) {
    Tree tree;
    tree.files.add_file("documents/policy.md", "---\nid: POL-001\nid: POL-002\n---\n# Policy\n");
    tree.load();
    EXPECT_EQ(tree.lines(), "documents/policy.md:3:1: error: duplicate key 'id' (first at line 2); "
                            "keep one of them\n");
}

TEST(LoadContent, DocumentWithoutFrontMatter) {
    Tree tree;
    tree.files.add_file("documents/policy.md", "# AI policy\n\nText.\n");
    const RawContent content = tree.load();
    ASSERT_EQ(content.documents.size(), 1U);
    EXPECT_FALSE(content.documents[0].front_matter);
    EXPECT_EQ(tree.lines(), "documents/policy.md:1:1: error: a document must begin with YAML front "
                            "matter: a line '---', the fields, then another '---'\n");
}

TEST(LoadContent, DocumentWithUnclosedFrontMatter) {
    Tree tree;
    tree.files.add_file("documents/policy.md", "---\nid: POL-001\n# AI policy\n");
    tree.load();
    EXPECT_EQ(tree.lines(), "documents/policy.md:1:1: error: the front matter opened here is never "
                            "closed by a '---' line\n");
}

TEST(LoadContent, DocumentWithEmptyFrontMatter) {
    Tree tree;
    tree.files.add_file("documents/policy.md", "---\n---\n# AI policy\n");
    const RawContent content = tree.load();
    EXPECT_FALSE(content.documents.at(0).front_matter);
    EXPECT_EQ(tree.lines(), "documents/policy.md:1:1: error: the front matter is empty; a document "
                            "needs at least id, title, type, owner, version and status\n");
}

TEST(LoadContent, DocumentLinkLeadingOutside) {
    Tree tree;
    tree.files.add_file("documents/policy.md", "---\nid: POL-001\n---\n");
    tree.files.add_symlink("documents/leak.md", "../../secret.md");
    const RawContent content = tree.load();
    ASSERT_EQ(content.documents.size(), 1U);
    EXPECT_EQ(content.documents[0].path, "documents/policy.md");
    EXPECT_EQ(tree.lines(), "documents/leak.md: error: this symbolic link leads out of the content "
                            "directory; content must stay inside it\n");
}

TEST(LoadContent, DocumentLinkInsideIsLoadedThroughTheLink) {
    Tree tree;
    tree.files.add_file("documents/policy.md", "---\nid: POL-001\n---\n");
    tree.files.add_symlink("documents/current.md", "policy.md");
    const RawContent content = tree.load();
    EXPECT_EQ(tree.lines(), "");
    ASSERT_EQ(content.documents.size(), 2U);
    EXPECT_EQ(content.documents[0].path, "documents/current.md");
    ASSERT_TRUE(content.documents[0].front_matter);
    EXPECT_EQ(content.documents[0].front_matter->text_of("id"), "POL-001");
}

TEST(LoadContent, DocumentsSortedByPathAndOnlyMarkdown) {
    Tree tree;
    tree.files.add_file("documents/z-policy.md", "---\nid: Z\n---\n");
    tree.files.add_file("documents/notes.txt", "not a document\n");
    tree.files.add_file("documents/procedures/b.md", "---\nid: B\n---\n");
    tree.files.add_file("documents/a-scope.md", "---\nid: A\n---\n");
    tree.files.add_file("documents/image.png", "PNG");
    const RawContent content = tree.load();
    EXPECT_EQ(tree.lines(), "");
    std::vector<std::string> paths;
    for (const DocumentFile& document : content.documents) {
        paths.push_back(document.path);
    }
    EXPECT_EQ(paths, (std::vector<std::string>{"documents/a-scope.md", "documents/procedures/b.md",
                                               "documents/z-policy.md"}));
}

// ---- on disk ----

/// A content directory on disk with a link to a document inside it and a link
/// to a file outside it.
class LoadContentFromDisk : public ::testing::Test {
protected:
    void SetUp() override {
        const ::testing::TestInfo* info = ::testing::UnitTest::GetInstance()->current_test_info();
        m_base = std::filesystem::temp_directory_path() /
                 ("aimsgen-load-" + std::to_string(::getpid()) + "-" + info->name());
        std::filesystem::remove_all(m_base);
        m_root = m_base / "content";
        write("content/aims.yaml", "format_version: 1\n");
        write("content/documents/policy.md", "---\nid: POL-001\n---\n");
        write("outside/secret.md", "---\nid: SECRET\n---\n");
        std::filesystem::create_symlink(m_base / "outside" / "secret.md",
                                        m_root / "documents" / "leak.md");
        std::filesystem::create_symlink("policy.md", m_root / "documents" / "current.md");
    }

    void TearDown() override {
        std::error_code ignored;
        std::filesystem::remove_all(m_base, ignored);
    }

    void write(const std::string& relative, const std::string& text) {
        const std::filesystem::path path = m_base / relative;
        std::filesystem::create_directories(path.parent_path());
        std::ofstream(path, std::ios::binary) << text;
    }

    std::filesystem::path m_base;
    std::filesystem::path m_root;
};

// Bug: DiskFileSystem::list names entries with fs::relative, which resolves
// symlinks, so a link is listed under its target's path: the outside link as
// "../outside/secret.md" and the inside link as a second "documents/policy.md".
TEST_F(LoadContentFromDisk, LinksKeepTheirOwnPaths) {
    const DiskFileSystem files(m_root);
    Diagnostics diagnostics;
    const RawContent content = load_content(files, {}, diagnostics);
    diagnostics.sort();
    EXPECT_EQ(testing::format_lines(diagnostics),
              "documents/leak.md: error: this symbolic link leads out of the content directory; "
              "content must stay inside it\n");
    std::vector<std::string> paths;
    for (const DocumentFile& document : content.documents) {
        paths.push_back(document.path);
    }
    EXPECT_EQ(paths, (std::vector<std::string>{"documents/current.md", "documents/policy.md"}));
}

}  // namespace
}  // namespace aimsgen
