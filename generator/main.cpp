#include <iostream>
#include <string>
#include <vector>

#include "generator/cli/run.hpp"

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    return aimsgen::run(args, aimsgen::Console{std::cout, std::cerr});
}
