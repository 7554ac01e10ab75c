// The manifest's list of inputs: every file the build read, by the name verify
// finds it under again, with the digest of the exact bytes read.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "generator/load/content_loader.hpp"
#include "generator/load/evidence_files.hpp"
#include "generator/output/build_inputs.hpp"
#include "generator/render/theme.hpp"
#include "generator/support/sha256.hpp"
#include "tests/support/test_content.hpp"
#include "tests/unit/output/output_test_support.hpp"

namespace aimsgen::testing {
namespace {

namespace fs = std::filesystem;

std::map<std::string, InputFile> by_name(const std::vector<InputFile>& inputs) {
    std::map<std::string, InputFile> named;
    for (const InputFile& input : inputs) {
        named.emplace(input.path, input);
    }
    return named;
}

TEST(BuildInputs, ContentFilesAreHashedAsReadByteOrderMarkIncluded) {
    const std::string aims = "\xEF\xBB\xBF" + minimal_aims_yaml();  // the loader drops the BOM from its text
    const std::string risks = "- id: RSK-001\r\n";
    const std::string policy = "---\nid: POL-1\n---\nBody\n";
    MemoryFileSystem files;
    files.add_file("aims.yaml", aims);
    files.add_file("registers/risks/part-b.yaml", risks);
    files.add_file("registers/risks/part-a.yaml", "[]\n");
    files.add_file("documents/policies/ai.md", policy);
    files.add_file("documents/notes.txt", "not a document");
    files.add_file("evidence/minutes.pdf", "%PDF-1.7");
    Diagnostics diagnostics;
    const RawContent raw = load_content(files, LoadLimits{}, diagnostics);
    const auto evidence = read_evidence_files(files, {"./evidence/minutes.pdf", "evidence/minutes.pdf",
                                                      "evidence/missing.pdf"});

    const std::vector<InputFile> inputs = content_inputs(raw, evidence);
    std::vector<std::string> names;
    for (const InputFile& input : inputs) {
        names.push_back(input.path);
    }
    EXPECT_EQ(names, (std::vector<std::string>{"aims.yaml", "documents/policies/ai.md", "evidence/minutes.pdf",
                                               "registers/risks/part-a.yaml", "registers/risks/part-b.yaml"}));
    const auto named = by_name(inputs);
    EXPECT_EQ(named.at("aims.yaml").sha256, sha256_hex(aims));
    EXPECT_EQ(named.at("aims.yaml").size, aims.size());
    EXPECT_EQ(named.at("registers/risks/part-b.yaml").sha256, sha256_hex(risks));
    EXPECT_EQ(named.at("documents/policies/ai.md").sha256, sha256_hex(policy));
    EXPECT_EQ(named.at("evidence/minutes.pdf").sha256, sha256_hex("%PDF-1.7"));
    EXPECT_EQ(named.at("evidence/minutes.pdf").size, 8U);
}

TEST(BuildInputs, ThemeFilesAreNamedByWhereTheyCameFrom) {
    // The default theme's own files are covered by builtin:theme; --theme DIR's
    // files are "theme:" and their path in DIR; the content's are content paths.
    TempDir root;
    put_file(root / "mytheme" / "templates" / "audit.mustache", "{{title}} from the theme dir");
    put_file(root / "mytheme" / "assets" / "css" / "print.css", "@page {}");
    put_file(root / "mytheme" / "README.md", "not a theme file");
    put_file(root / "content" / "theme" / "templates" / "partials" / "foot.mustache", "<p>foot</p>");
    put_file(root / "content" / "theme" / "extra.css", ":root {}");
    put_file(root / "content" / "theme" / "logo.svg", "<svg/>");
    const ThemeSources sources{root / "mytheme", root / "content", "./theme/templates", "theme/extra.css",
                               "theme/logo.svg"};
    Diagnostics diagnostics;
    const Theme theme = load_theme(sources, diagnostics);
    ASSERT_EQ(format_lines(diagnostics), "");

    const auto named = by_name(build_inputs(RawContent{}, {}, theme, sources));
    std::vector<std::string> names;
    for (const auto& [name, input] : named) {
        names.push_back(name);
    }
    EXPECT_EQ(names, (std::vector<std::string>{"builtin:catalogue", "builtin:schemas", "builtin:theme",
                                               "theme/extra.css", "theme/logo.svg",
                                               "theme/templates/partials/foot.mustache",
                                               "theme:assets/css/print.css", "theme:templates/audit.mustache"}));
    EXPECT_EQ(named.at("theme:templates/audit.mustache").sha256, sha256_hex("{{title}} from the theme dir"));
    EXPECT_EQ(named.at("theme/templates/partials/foot.mustache").sha256, sha256_hex("<p>foot</p>"));
    EXPECT_EQ(named.at("theme/extra.css").size, 8U);
}

/// The sha256sum listing of the files of `folder` in the source tree that
/// match `keep`, hashed: how README tells an auditor to recompute a builtin digest.
std::string listing_digest(const std::string& folder, bool recursive, const std::string& suffix) {
    const fs::path source = AIMSGEN_SOURCE_DIR;
    std::vector<std::string> paths;
    const auto add = [&](const fs::directory_entry& entry) {
        const std::string relative = entry.path().lexically_relative(source).generic_string();
        if (entry.is_regular_file() && relative.ends_with(suffix)) {
            paths.push_back(relative);
        }
    };
    if (recursive) {
        std::for_each(fs::recursive_directory_iterator(source / folder), fs::recursive_directory_iterator(), add);
    } else {
        std::for_each(fs::directory_iterator(source / folder), fs::directory_iterator(), add);
    }
    std::sort(paths.begin(), paths.end());
    std::string listing;
    for (const std::string& path : paths) {
        listing += sha256_hex(file_bytes(source / path)) + "  " + path + "\n";
    }
    EXPECT_FALSE(paths.empty()) << folder;
    return sha256_hex(listing);
}

TEST(BuildInputs, BuiltInPartsHashAsSha256sumListsTheirSourceFiles) {
    const auto named = by_name(builtin_inputs());
    ASSERT_EQ(named.size(), 3U);
    EXPECT_EQ(named.at("builtin:catalogue").sha256, listing_digest("content/frameworks", false, ".yaml"));
    EXPECT_EQ(named.at("builtin:schemas").sha256, listing_digest("schemas", false, ".schema.json"));
    EXPECT_EQ(named.at("builtin:theme").sha256, listing_digest("themes/default", true, ""));
}

}  // namespace
}  // namespace aimsgen::testing
