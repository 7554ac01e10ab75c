// The logic of `aimsgen verify`: an output directory against its manifest
// (on real directories), the inputs against theirs (in memory), the commit.
// Each difference is one error line with its exact text.

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "generator/output/output_tree.hpp"
#include "generator/output/verify_tree.hpp"
#include "generator/support/sha256.hpp"
#include "tests/support/test_content.hpp"
#include "tests/unit/output/output_test_support.hpp"

namespace aimsgen::testing {
namespace {

namespace fs = std::filesystem;

/// The differences as `path: error: message` lines.
std::string lines(const Diagnostics& differences) { return format_lines(differences); }

class VerifyOutputsTest : public ::testing::Test {
protected:
    VerifyOutputsTest() {
        put_file(m_root / "content" / "aims.yaml", "format_version: 1\n");
        OutputTree tree(out(), m_root / "content");
        tree.write("index.html", "<p>home</p>");
        tree.write("risks/RSK-001.html", "risk one");
        tree.write("data/model.json", "{}");
        tree.commit(Provenance{"9.9.9", "", Date::from_ymd(2026, 9, 30)}, {});
    }

    fs::path out() const { return m_root / "out"; }

    std::string verify() const {
        const std::optional<Manifest> manifest = read_manifest(out());
        EXPECT_TRUE(manifest);
        return manifest ? lines(verify_outputs(out(), *manifest, "site")) : "";
    }

    TempDir m_root;
};

TEST_F(VerifyOutputsTest, AnUntouchedOutputHasNoDifferences) { EXPECT_EQ(verify(), ""); }

TEST_F(VerifyOutputsTest, AChangedByteIsNamedWithBothHashes) {
    put_file(out() / "risks" / "RSK-001.html", "risk onE");
    EXPECT_EQ(verify(), "site/risks/RSK-001.html: error: changed since the build: its SHA-256 is " +
                            sha256_hex("risk onE") + ", the manifest says " + sha256_hex("risk one") + "\n");
}

TEST_F(VerifyOutputsTest, AMissingFileIsNamed) {
    fs::remove(out() / "index.html");
    EXPECT_EQ(verify(), "site/index.html: error: missing: the manifest lists it\n");
}

TEST_F(VerifyOutputsTest, AFileOrFolderNobodyListedIsNamed) {
    put_file(out() / "risks" / "RSK-999.html", "forged");
    fs::create_directory(out() / "empty");
    fs::create_symlink("/etc/hostname", out() / "data" / "link");
    EXPECT_EQ(verify(),
              "site/data/link: error: not in the manifest: aimsgen did not write this symbolic link or special file\n"
              "site/empty: error: not in the manifest: aimsgen did not make this empty directory\n"
              "site/risks/RSK-999.html: error: not in the manifest: aimsgen did not write this file\n");
}

TEST_F(VerifyOutputsTest, AListedFileReplacedByASymlinkIsNamed) {
    put_file(m_root / "elsewhere.html", "<p>home</p>");  // the same bytes, but not a file of OUT
    fs::remove(out() / "index.html");
    fs::create_symlink(m_root / "elsewhere.html", out() / "index.html");
    EXPECT_EQ(verify(),
              "site/index.html: error: is no longer a regular file (a symbolic link or a special file now)\n");
}

TEST_F(VerifyOutputsTest, TheManifestItselfIsTheOnlyFileNotListed) {
    // ...at the top: a manifest.json below it is a stray file like any other.
    put_file(out() / "data" / "manifest.json", "{}");
    EXPECT_EQ(verify(), "site/data/manifest.json: error: not in the manifest: aimsgen did not write this file\n");
}

TEST_F(VerifyOutputsTest, AFolderEmptiedByDeletionsIsNotReportedTwice) {
    fs::remove(out() / "risks" / "RSK-001.html");
    EXPECT_EQ(verify(), "site/risks/RSK-001.html: error: missing: the manifest lists it\n");
}

// ---- inputs ----

const std::string k_register = "- id: RSK-001\n  title: Bias\n";

class VerifyInputsTest : public ::testing::Test {
protected:
    VerifyInputsTest() {
        m_content.add_file("aims.yaml", "format_version: 1\n");
        m_content.add_file("registers/risks.yaml", k_register);
        m_theme.add_file("templates/risk.mustache", "{{title}}");
        m_recorded = {{"aims.yaml", 18, sha256_hex("format_version: 1\n")},
                      {"builtin:theme", 10, sha256_hex("theme v1")},
                      {"registers/risks.yaml", k_register.size(), sha256_hex(k_register)},
                      {"theme:templates/risk.mustache", 9, sha256_hex("{{title}}")}};
        m_current = {"aims.yaml", "builtin:theme", "registers/risks.yaml", "theme:templates/risk.mustache"};
        m_builtin = {{"builtin:theme", 10, sha256_hex("theme v1")}};
    }

    std::string verify(bool with_theme = true) const {
        const InputSources sources{m_content, "content", with_theme ? &m_theme : nullptr, "theme", m_builtin,
                                   m_current};
        return lines(verify_inputs(m_recorded, sources));
    }

    MemoryFileSystem m_content;
    MemoryFileSystem m_theme;
    std::vector<InputFile> m_recorded;
    std::vector<InputFile> m_builtin;
    std::vector<std::string> m_current;
};

TEST_F(VerifyInputsTest, UnchangedInputsHaveNoDifferences) { EXPECT_EQ(verify(), ""); }

TEST_F(VerifyInputsTest, AChangedRegisterLineIsNamed) {
    m_content.add_file("registers/risks.yaml", "- id: RSK-001\n  title: Bias!\n");
    EXPECT_EQ(verify(), "content/registers/risks.yaml: error: changed since the build: its SHA-256 is " +
                            sha256_hex("- id: RSK-001\n  title: Bias!\n") + ", the manifest says " +
                            sha256_hex(k_register) + "\n");
}

TEST_F(VerifyInputsTest, AMissingInputIsNamed) {
    MemoryFileSystem without;
    without.add_file("aims.yaml", "format_version: 1\n");
    const InputSources sources{without, "content", &m_theme, "theme", m_builtin, m_current};
    EXPECT_EQ(lines(verify_inputs(m_recorded, sources)),
              "content/registers/risks.yaml: error: missing: the build read it\n");
}

TEST_F(VerifyInputsTest, ANewDocumentIsNamed) {
    m_current.push_back("documents/new-policy.md");
    EXPECT_EQ(verify(),
              "content/documents/new-policy.md: error: a new input: a build would read it now, but the manifest "
              "does not list it\n");
}

TEST_F(VerifyInputsTest, ADifferentBuiltInPartIsNamed) {
    m_builtin = {{"builtin:theme", 10, sha256_hex("theme v2")}};
    EXPECT_EQ(verify(), "builtin:theme: error: this aimsgen's built-in part differs from the one that built OUT: "
                        "changed since the build: its SHA-256 is " +
                            sha256_hex("theme v2") + ", the manifest says " + sha256_hex("theme v1") + "\n");
    m_builtin.clear();
    m_current = {"aims.yaml", "registers/risks.yaml", "theme:templates/risk.mustache"};
    EXPECT_EQ(verify(), "builtin:theme: error: this aimsgen has no such built-in part; another aimsgen built OUT\n");
}

TEST_F(VerifyInputsTest, ThemeDirectoryFilesAreCheckedOnlyWithTheThemeDirectory) {
    m_theme.add_file("templates/risk.mustache", "{{{title}}}");
    EXPECT_EQ(verify(), "theme/templates/risk.mustache: error: changed since the build: its SHA-256 is " +
                            sha256_hex("{{{title}}}") + ", the manifest says " + sha256_hex("{{title}}") + "\n");
    m_current.pop_back();  // without --theme, a build would not read it
    EXPECT_EQ(verify(false),
              "theme:templates/risk.mustache: error: a file of the build's --theme DIR; not checked: give verify "
              "--theme DIR\n");
}

TEST_F(VerifyInputsTest, AnEvidenceFileLeavingTheContentThroughASymlinkIsMissing) {
    m_recorded.push_back({"evidence/report.pdf", 3, sha256_hex("pdf")});
    m_current.push_back("evidence/report.pdf");
    m_content.add_symlink("evidence/report.pdf", "../../secret/report.pdf");
    EXPECT_EQ(verify(), "content/evidence/report.pdf: error: missing: the build read it\n");
}

TEST(VerifyCommit, ADifferentHeadIsNamedOnlyWhenBothAreKnown) {
    Manifest manifest;
    manifest.content_commit = std::string(40, 'a');
    EXPECT_EQ(lines(verify_commit(manifest, std::string(40, 'b'), "content")),
              "content: error: the content is at commit " + std::string(40, 'b') + "; the manifest names commit " +
                  std::string(40, 'a') + "\n");
    EXPECT_EQ(lines(verify_commit(manifest, std::string(40, 'a'), "content")), "");
    EXPECT_EQ(lines(verify_commit(manifest, "", "content")), "");  // not a git checkout now
    manifest.content_commit.clear();
    EXPECT_EQ(lines(verify_commit(manifest, std::string(40, 'b'), "content")), "");  // built outside git
}

}  // namespace
}  // namespace aimsgen::testing
