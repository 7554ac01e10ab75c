// Staging directories left behind by a killed build: the next build of the
// same OUT removes those that carry our marker and whose process is gone, and
// nothing else.

#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <filesystem>
#include <set>
#include <string>

#include "generator/output/output_tree.hpp"
#include "generator/output/staging_dir.hpp"
#include "tests/unit/output/output_test_support.hpp"

namespace aimsgen::testing {
namespace {

namespace fs = std::filesystem;

/// The id of a process that has exited (and been reaped).
pid_t dead_pid() {
    const pid_t child = fork();
    if (child == 0) {
        _exit(0);
    }
    int status = 0;
    waitpid(child, &status, 0);
    return child;
}

std::string this_host() {
    std::array<char, 256> name{};
    gethostname(name.data(), name.size() - 1);
    return name.data();
}

std::string marker(pid_t pid, const std::string& host) {
    return "aimsgen staging directory\npid " + std::to_string(pid) + "\nhost " + host + "\n";
}

class StagingDirTest : public ::testing::Test {
protected:
    StagingDirTest() { put_file(m_root / "content" / "aims.yaml", "format_version: 1\n"); }

    fs::path out() const { return m_root / "out"; }

    /// A directory beside OUT named `name`, with a half-written page and, if
    /// `marker_text` is not empty, a marker.
    fs::path leave(const std::string& name, const std::string& marker_text) {
        const fs::path dir = m_root / name;
        put_file(dir / "risks" / "RSK-001.html", "half");
        if (!marker_text.empty()) {
            put_file(dir / ".aimsgen-staging", marker_text);
        }
        return dir;
    }

    std::set<std::string> names_beside_out() const {
        std::set<std::string> names;
        for (const auto& entry : fs::directory_iterator(m_root.path())) {
            names.insert(entry.path().filename().string());
        }
        return names;
    }

    void build() {
        OutputTree tree(out(), m_root / "content");
        tree.write("index.html", "<p>hi</p>");
        tree.commit(Provenance{"9.9.9", "", Date::from_ymd(2026, 9, 30)}, {});
    }

    TempDir m_root;
};

TEST_F(StagingDirTest, AStagingDirectoryCarriesAMarkerNamingItsProcessAndHost) {
    OutputTree tree(out(), m_root / "content");
    EXPECT_EQ(file_bytes(tree.staging() / ".aimsgen-staging"), marker(getpid(), this_host()));
    tree.write("index.html", "x");
    tree.commit(Provenance{"9.9.9", "", Date::from_ymd(2026, 9, 30)}, {});
    EXPECT_FALSE(fs::exists(out() / ".aimsgen-staging"));  // the marker never reaches OUT
}

TEST_F(StagingDirTest, TheNextBuildRemovesTheStagingDirectoryOfAKilledBuild) {
    const pid_t gone = dead_pid();
    const fs::path stale = leave(".out.staging-" + std::to_string(gone), marker(gone, this_host()));
    const fs::path stale_retry = leave(".out.staging-" + std::to_string(gone) + "-2", marker(gone, this_host()));
    EXPECT_TRUE(is_stale_staging_dir(out(), stale));
    {
        OutputTree tree(out(), m_root / "content");
        EXPECT_EQ(tree.removed_stale_staging().size(), 2U);
        tree.write("index.html", "x");
        tree.commit(Provenance{"9.9.9", "", Date::from_ymd(2026, 9, 30)}, {});
    }
    EXPECT_FALSE(fs::exists(stale));
    EXPECT_FALSE(fs::exists(stale_retry));
    EXPECT_EQ(names_beside_out(), (std::set<std::string>{"content", "out"}));
}

TEST_F(StagingDirTest, WhatIsNotProvablyOursAndDeadIsLeftAlone) {
    const pid_t gone = dead_pid();
    const std::string dead = std::to_string(gone);
    const std::set<std::string> left = {
        ".out.staging-" + dead + "-nomarker",                 // not our name pattern
        ".out.staging-" + std::to_string(gone + 100000000),  // no marker (below)
        ".out.staging-1",                                     // marker of a live process (init)
        ".out.staging-" + dead + "-7",                        // marker of another host
        ".other.staging-" + dead,                             // staging of another OUT
        ".out.staging-x" + dead,                              // not a pid
        ".out.previous-" + dead,                              // the previous tree of a killed build
    };
    leave(".out.staging-" + dead + "-nomarker", marker(gone, this_host()));
    leave(".out.staging-" + std::to_string(gone + 100000000), "");
    leave(".out.staging-1", marker(1, this_host()));
    leave(".out.staging-" + dead + "-7", marker(gone, this_host() + "-elsewhere"));
    leave(".other.staging-" + dead, marker(gone, this_host()));
    leave(".out.staging-x" + dead, marker(gone, this_host()));
    leave(".out.previous-" + dead, marker(gone, this_host()));
    fs::create_directory(m_root / "elsewhere");
    put_file(m_root / "elsewhere" / ".aimsgen-staging", marker(gone, this_host()));
    fs::create_directory_symlink(m_root / "elsewhere", m_root / (".out.staging-" + dead + "-3"));

    const TreeSnapshot before = snapshot(m_root.path());
    build();
    TreeSnapshot after = snapshot(m_root.path());
    for (auto it = after.begin(); it != after.end();) {
        it = it->first == "out" || it->first.starts_with("out/") ? after.erase(it) : std::next(it);
    }
    EXPECT_EQ(after, before);  // every one of them, and the symlinked one's target, byte for byte
    for (const std::string& name : left) {
        EXPECT_TRUE(fs::exists(m_root / name / "risks" / "RSK-001.html")) << name;
    }
}

TEST_F(StagingDirTest, AConcurrentBuildsStagingDirectoryInThisProcessIsLeftAlone) {
    // Two trees for one OUT in one process (as tests do): the first one's
    // staging directory names a live process, ours.
    OutputTree first(out(), m_root / "content");
    first.write("index.html", "first");
    build();
    EXPECT_TRUE(fs::exists(first.staging() / "index.html"));
    EXPECT_FALSE(is_stale_staging_dir(out(), first.staging()));
}

}  // namespace
}  // namespace aimsgen::testing
