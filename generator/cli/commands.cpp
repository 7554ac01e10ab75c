#include <array>

#include "generator/cli/command.hpp"

namespace aimsgen {

namespace {

constexpr std::array<Command, 1> k_commands = {{
    {"check", "validate a content directory and report every problem", "load → validate", run_check},
}};

}  // namespace

std::span<const Command> commands() { return k_commands; }

}  // namespace aimsgen
