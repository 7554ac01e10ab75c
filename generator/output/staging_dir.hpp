#pragma once

#include <filesystem>
#include <string_view>
#include <system_error>
#include <vector>

namespace aimsgen {

/// The file in a staging directory that says aimsgen made it, and which
/// process on which host: `aimsgen staging directory`, `pid N`, `host NAME`.
constexpr std::string_view k_staging_marker = ".aimsgen-staging";

/// Creates `staging` (it must not exist yet) with its marker; false if it cannot.
bool make_staging_dir(const std::filesystem::path& staging, std::error_code& error);

/// Drops the marker just before the staging directory becomes OUT.
void unmark_staging_dir(const std::filesystem::path& staging);

/// Whether `dir` is a staging directory a build of `out` on this host left
/// when its process died (killed, power cut): named `.OUT.staging-PID[-N]`
/// beside OUT, a real directory, holding our marker, whose process is gone.
bool is_stale_staging_dir(const std::filesystem::path& out, const std::filesystem::path& dir);

/// Removes the stale staging directories beside `out` (see
/// is_stale_staging_dir) and returns them. Anything without our marker, or
/// whose process still runs, is left alone.
std::vector<std::filesystem::path> remove_stale_staging_dirs(const std::filesystem::path& out);

}  // namespace aimsgen
