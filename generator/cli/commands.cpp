#include <array>

#include "generator/cli/command.hpp"

namespace aimsgen {

namespace {

constexpr std::array<Command, 2> k_commands = {{
    {"check", "validate a content directory and report every problem", "load → validate", run_check},
    {"build", "validate, compute and write the output directory (data/model.json)",
     "load → validate → model → compute → render → output", run_build},
}};

}  // namespace

std::span<const Command> commands() { return k_commands; }

}  // namespace aimsgen
