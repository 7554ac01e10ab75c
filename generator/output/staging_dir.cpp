#include "generator/output/staging_dir.hpp"

#include <signal.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <fstream>
#include <optional>
#include <string>

namespace aimsgen {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view k_marker_title = "aimsgen staging directory";

std::string host_name() {
    std::array<char, 256> name{};
    if (gethostname(name.data(), name.size() - 1) != 0) {
        return "";
    }
    return name.data();
}

/// The process id a marker names, when it names this host; nullopt otherwise.
std::optional<pid_t> marker_pid(const fs::path& dir) {
    std::ifstream stream(dir / k_staging_marker);
    std::string title;
    std::string pid_word;
    std::string host_word;
    long pid = 0;
    std::string host;
    if (!std::getline(stream, title) || title != k_marker_title || !(stream >> pid_word >> pid) ||
        pid_word != "pid" || !(stream >> host_word) || host_word != "host") {
        return std::nullopt;
    }
    stream >> host;  // empty when the host had no name
    if (pid <= 0 || host != host_name()) {
        return std::nullopt;
    }
    return static_cast<pid_t>(pid);
}

bool process_is_gone(pid_t pid) { return kill(pid, 0) != 0 && errno == ESRCH; }

/// Whether `name` is `.OUT.staging-` followed by digits and optionally `-` and digits.
bool has_staging_name(const fs::path& out, const std::string& name) {
    const std::string prefix = "." + out.filename().string() + ".staging-";
    if (!name.starts_with(prefix)) {
        return false;
    }
    const std::string rest = name.substr(prefix.size());
    const std::size_t dash = rest.find('-');
    const std::string pid = rest.substr(0, dash);
    const std::string attempt = dash == std::string::npos ? "1" : rest.substr(dash + 1);
    const auto all_digits = [](const std::string& text) {
        return !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
    };
    return all_digits(pid) && all_digits(attempt);
}

}  // namespace

bool make_staging_dir(const fs::path& staging, std::error_code& error) {
    if (!fs::create_directory(staging, error) || error) {
        return false;
    }
    std::ofstream marker(staging / k_staging_marker, std::ios::binary);
    marker << k_marker_title << "\npid " << getpid() << "\nhost " << host_name() << "\n";
    marker.close();
    if (!marker) {
        error = std::make_error_code(std::errc::io_error);
        return false;
    }
    return true;
}

void unmark_staging_dir(const fs::path& staging) {
    std::error_code ignored;
    fs::remove(staging / k_staging_marker, ignored);
}

bool is_stale_staging_dir(const fs::path& out, const fs::path& dir) {
    std::error_code error;
    if (dir.parent_path() != out.parent_path() || !has_staging_name(out, dir.filename().string()) ||
        fs::is_symlink(dir, error) || !fs::is_directory(dir, error)) {
        return false;
    }
    const std::optional<pid_t> pid = marker_pid(dir);
    return pid && *pid != getpid() && process_is_gone(*pid);
}

std::vector<fs::path> remove_stale_staging_dirs(const fs::path& out) {
    std::vector<fs::path> removed;
    std::error_code error;
    for (fs::directory_iterator it(out.parent_path(), error), end; !error && it != end; it.increment(error)) {
        if (is_stale_staging_dir(out, it->path())) {
            std::error_code ignored;
            fs::remove_all(it->path(), ignored);  // everything in it was written by that build
            removed.push_back(it->path());
        }
    }
    return removed;
}

}  // namespace aimsgen
