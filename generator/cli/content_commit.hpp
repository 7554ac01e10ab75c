#pragma once

#include <string>

namespace aimsgen {

/// The git commit the content directory is checked out at, or "" when it is
/// not in a git work tree (or git is not installed). Provenance only.
std::string content_commit(const std::string& content_dir);

}  // namespace aimsgen
