#pragma once

#include <string>
#include <vector>

#include "generator/cli/command.hpp"

namespace aimsgen {

/// Runs aimsgen with the arguments after the program name; catches every
/// failure once, prints `aimsgen: error: …` and returns an ExitCode.
int run(const std::vector<std::string>& args, Console console);

}  // namespace aimsgen
