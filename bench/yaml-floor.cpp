// yaml-floor: how long yaml-cpp alone takes to parse a content directory's YAML.
//
//     yaml-floor CONTENT_DIR [THREADS]
//
// Parses every *.yaml / *.yml file under CONTENT_DIR and the front matter of every *.md file under its
// documents/ folder with yaml-cpp's event parser and a handler that does nothing, one task per file, biggest
// first, on THREADS threads (default: the number of CPUs, as aimsgen does). Prints one line:
//
//     files N bytes B wall S cpu S
//
// This is the least time any loader built on yaml-cpp can take for these files; bench/run prints it beside
// aimsgen's own load stage. Not part of aimsgen: bench/run compiles it with g++.

#include <yaml-cpp/yaml.h>
#include <yaml-cpp/eventhandler.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;

namespace {

class IgnoreEvents : public YAML::EventHandler {
public:
    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

/// The YAML between a leading "---" line and the next "---" line, or "".
std::string front_matter(const std::string& text) {
    if (text.rfind("---\n", 0) != 0) {
        return {};
    }
    const std::size_t end = text.find("\n---", 3);
    return end == std::string::npos ? std::string() : text.substr(4, end - 3);
}

std::vector<std::string> collect(const fs::path& content) {
    std::vector<std::string> texts;
    for (const fs::directory_entry& entry : fs::recursive_directory_iterator(content)) {
        if (!entry.is_regular_file()) {
            continue;
        }
        const std::string extension = entry.path().extension().string();
        if (extension == ".yaml" || extension == ".yml") {
            texts.push_back(read_file(entry.path()));
        } else if (extension == ".md" && entry.path().string().find("/documents/") != std::string::npos) {
            std::string yaml = front_matter(read_file(entry.path()));
            if (!yaml.empty()) {
                texts.push_back(std::move(yaml));
            }
        }
    }
    std::sort(texts.begin(), texts.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    return texts;
}

void parse(const std::string& text) {
    std::istringstream stream(text);
    YAML::Parser parser(stream);
    IgnoreEvents ignore;
    while (parser.HandleNextDocument(ignore)) {
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2 || argc > 3) {
        std::cerr << "usage: yaml-floor CONTENT_DIR [THREADS]\n";
        return 2;
    }
    const unsigned threads = argc == 3 ? static_cast<unsigned>(std::stoul(argv[2]))
                                       : std::max(1u, std::thread::hardware_concurrency());
    std::vector<std::string> texts;
    try {
        texts = collect(argv[1]);
    } catch (const std::exception& error) {
        std::cerr << "yaml-floor: " << error.what() << "\n";
        return 2;
    }
    std::size_t bytes = 0;
    for (const std::string& text : texts) {
        bytes += text.size();
    }

    std::atomic<std::size_t> next{0};
    std::atomic<bool> failed{false};
    const auto work = [&] {
        for (std::size_t i = next++; i < texts.size(); i = next++) {
            try {
                parse(texts[i]);
            } catch (const YAML::Exception& error) {
                std::cerr << "yaml-floor: " << error.what() << "\n";
                failed = true;
            }
        }
    };
    const std::clock_t cpu_start = std::clock();
    const auto wall_start = std::chrono::steady_clock::now();
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) {
        pool.emplace_back(work);
    }
    for (std::thread& thread : pool) {
        thread.join();
    }
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_start).count();
    const double cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
    std::cout << "files " << texts.size() << " bytes " << bytes << " wall " << wall << " cpu " << cpu << "\n";
    return failed ? 1 : 0;
}
