#include "generator/cli/run.hpp"

#include <iostream>

#include <boost/program_options/errors.hpp>

#include "generator/cli/exit_codes.hpp"
#include "generator/cli/usage_error.hpp"
#include "generator/output/output_tree.hpp"
#include "generator/workbook/xlsx_file.hpp"

namespace aimsgen {

namespace {

void print_usage(std::ostream& out) {
    out << "aimsgen " << AIMSGEN_VERSION
        << ": an ISO/IEC 42001 AI management system as a portal and evidence workbooks\n\n"
           "usage: aimsgen COMMAND [CONTENT_DIR] [options]\n\ncommands:\n";
    for (const Command& command : commands()) {
        out << "  " << command.name << std::string(10 - command.name.size(), ' ') << command.summary << '\n';
    }
    out << "\n'aimsgen COMMAND --help' lists a command's options; 'aimsgen --version' prints the version.\n";
}

}  // namespace

int run(const std::vector<std::string>& args, Console console) {
    try {
        if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
            print_usage(args.empty() ? console.err : console.out);
            return args.empty() ? k_exit_failure : k_exit_ok;
        }
        if (args[0] == "--version") {
            console.out << "aimsgen " << AIMSGEN_VERSION << '\n';
            return k_exit_ok;
        }
        for (const Command& command : commands()) {
            if (command.name == args[0]) {
                return command.run(std::vector<std::string>(args.begin() + 1, args.end()), console);
            }
        }
        throw UsageError("unknown command '" + args[0] + "'; run 'aimsgen --help'");
    } catch (const UsageError& error) {
        console.err << "aimsgen: error: " << error.what() << '\n';
    } catch (const OutputError& error) {
        console.err << "aimsgen: error: " << error.what() << '\n';
    } catch (const workbook::XlsxError& error) {
        console.err << "aimsgen: error: cannot write the workbook " << error.what() << "; nothing was written\n";
    } catch (const boost::program_options::error& error) {
        console.err << "aimsgen: error: " << error.what() << '\n';
    } catch (const std::invalid_argument& error) {
        console.err << "aimsgen: error: " << error.what() << '\n';
    } catch (const std::exception& error) {
        console.err << "aimsgen: error: internal failure: " << error.what() << '\n';
    }
    return k_exit_failure;
}

}  // namespace aimsgen
