// The output tree is all or nothing: a build that fails halfway (an exception
// while pages are being written from several threads) leaves the previous OUT
// byte for byte as it was, its files untouched on disk, and no staging
// directory behind.

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <filesystem>
#include <set>
#include <stdexcept>
#include <string>

#include "generator/output/output_tree.hpp"
#include "generator/support/parallel_for.hpp"
#include "generator/support/sha256.hpp"
#include "tests/unit/output/output_test_support.hpp"

namespace aimsgen::testing {
namespace {

namespace fs = std::filesystem;

std::set<std::string> names_in(const fs::path& dir) {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) {
        names.insert(entry.path().filename().string());
    }
    return names;
}

/// Inode and modification time (nanoseconds) of a file.
std::pair<ino_t, long long> identity(const fs::path& path) {
    struct stat info {};
    if (stat(path.c_str(), &info) != 0) {
        throw std::runtime_error("cannot stat " + path.string());
    }
    return {info.st_ino, static_cast<long long>(info.st_mtim.tv_sec) * 1000000000LL + info.st_mtim.tv_nsec};
}

TEST(AtomicOutput, AnExceptionMidwayLeavesThePreviousOutByteForByteAndNoStaging) {
    TempDir root;
    put_file(root / "content" / "aims.yaml", "format_version: 1\n");
    const Provenance provenance{"9.9.9", "", Date::from_ymd(2026, 9, 30)};
    {
        OutputTree tree(root / "out", root / "content");
        for (int i = 0; i < 20; ++i) {
            tree.write("risks/RSK-" + std::to_string(i) + ".html", "old " + std::to_string(i));
        }
        tree.write("index.html", "<p>old</p>");
        tree.commit(provenance, {{"aims.yaml", 18, sha256_hex("format_version: 1\n")}});
    }
    const TreeSnapshot before = snapshot(root.path());
    const auto index_before = identity(root / "out" / "index.html");
    const auto risk_before = identity(root / "out" / "risks" / "RSK-7.html");

    fs::path staging;
    EXPECT_THROW(
        {
            OutputTree tree(root / "out", root / "content");
            staging = tree.staging();
            // Pages are written from several threads; one renderer fails midway.
            parallel_for(200, [&](std::size_t i) {
                if (i == 150) {
                    throw std::runtime_error("a renderer failed");
                }
                tree.write("risks/RSK-" + std::to_string(i) + ".html", "new " + std::to_string(i));
            });
            tree.commit(provenance, {});
        },
        std::runtime_error);

    ASSERT_FALSE(staging.empty());
    EXPECT_FALSE(fs::exists(staging));                                  // no staging directory left
    EXPECT_EQ(names_in(root.path()), (std::set<std::string>{"content", "out"}));  // nor anything else beside OUT
    EXPECT_EQ(snapshot(root.path()), before);                           // OUT and its manifest byte for byte
    EXPECT_EQ(identity(root / "out" / "index.html"), index_before);     // the very same files, not rewritten
    EXPECT_EQ(identity(root / "out" / "risks" / "RSK-7.html"), risk_before);
}

TEST(AtomicOutput, TheStagingDirectoryHeldTheHalfWrittenTreeUntilTheFailure) {
    // The counterpart of the test above: the new files did reach the disk
    // (in staging, never in OUT) before the failure removed them.
    TempDir root;
    put_file(root / "content" / "aims.yaml", "format_version: 1\n");
    {
        OutputTree tree(root / "out", root / "content");
        tree.write("index.html", "<p>old</p>");
        tree.commit(Provenance{"9.9.9", "", Date::from_ymd(2026, 9, 30)}, {});
    }
    const TreeSnapshot before = snapshot(root / "out");
    fs::path staging;
    try {
        OutputTree tree(root / "out", root / "content");
        staging = tree.staging();
        tree.write("index.html", "<p>half</p>");
        tree.write("risks/RSK-1.html", "half");
        EXPECT_EQ(file_bytes(staging / "index.html"), "<p>half</p>");
        EXPECT_EQ(file_bytes(staging / "risks" / "RSK-1.html"), "half");
        EXPECT_EQ(snapshot(root / "out"), before);  // OUT does not see them
        throw std::runtime_error("a workbook failed");
    } catch (const std::runtime_error&) {
    }
    EXPECT_FALSE(fs::exists(staging));
    EXPECT_EQ(snapshot(root / "out"), before);
}

}  // namespace
}  // namespace aimsgen::testing
