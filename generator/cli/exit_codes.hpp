#pragma once

namespace aimsgen {

/// The process exit codes, as README documents them.
enum ExitCode : int {
    k_exit_ok = 0,              ///< clean (warnings allowed unless --strict)
    k_exit_content_errors = 1,  ///< the content has errors
    k_exit_failure = 2,         ///< bad usage, or aimsgen itself failed
};

}  // namespace aimsgen
