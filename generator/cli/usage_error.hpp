#pragma once

#include <stdexcept>

namespace aimsgen {

/// A mistake in how aimsgen was called (exit code 2), as opposed to a problem
/// in the content (reported as diagnostics, exit code 1).
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace aimsgen
