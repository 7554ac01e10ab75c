#pragma once

#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace aimsgen {

/// Where a command writes: `out` for its product (JSON, paths), `err` for
/// diagnostics and summaries.
struct Console {
    std::ostream& out;
    std::ostream& err;
};

/// A subcommand: its name, one line of help, how far it runs the pipeline,
/// and the function that runs it with the arguments after its name.
struct Command {
    std::string_view name;
    std::string_view summary;
    std::string_view pipeline;
    int (*run)(const std::vector<std::string>& args, Console console);
};

std::span<const Command> commands();

int run_check(const std::vector<std::string>& args, Console console);
int run_build(const std::vector<std::string>& args, Console console);
int run_verify(const std::vector<std::string>& args, Console console);

}  // namespace aimsgen
