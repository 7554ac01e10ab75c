#include "generator/cli/content_commit.hpp"

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <memory>

namespace aimsgen {

namespace {

std::string shell_quote(const std::string& text) {
    std::string quoted = "'";
    for (const char c : text) {
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return quoted + "'";
}

}  // namespace

std::string content_commit(const std::string& content_dir) {
    const std::string command = "git -C " + shell_quote(content_dir) + " rev-parse --verify -q HEAD 2>/dev/null";
    const std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    if (!pipe) {
        return "";
    }
    std::array<char, 128> buffer{};
    std::string output;
    while (fgets(buffer.data(), static_cast<int>(buffer.size()), pipe.get()) != nullptr) {
        output += buffer.data();
    }
    while (!output.empty() && (output.back() == '\n' || output.back() == '\r')) {
        output.pop_back();
    }
    const bool is_hash = output.size() == 40 && output.find_first_not_of("0123456789abcdef") == std::string::npos;
    return is_hash ? output : "";
}

}  // namespace aimsgen
