#include <array>

#include "generator/cli/command.hpp"

namespace aimsgen {

namespace {

constexpr std::array<Command, 3> k_commands = {{
    {"check", "validate a content directory and report every problem", "load → validate", run_check},
    {"build", "validate, compute and write the output directory (data/model.json)",
     "load → validate → model → compute → render → output", run_build},
    {"verify", "check an output directory (and the content it was built from) against its manifest",
     "manifest ← OUT; with CONTENT_DIR also load → validate → model → inputs", run_verify},
}};

}  // namespace

std::span<const Command> commands() { return k_commands; }

}  // namespace aimsgen
