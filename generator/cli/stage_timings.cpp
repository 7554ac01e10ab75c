#include "generator/cli/stage_timings.hpp"

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

namespace aimsgen {

namespace {

double milliseconds_between(std::chrono::steady_clock::time_point from, std::chrono::steady_clock::time_point to) {
    return std::chrono::duration<double, std::milli>(to - from).count();
}

double seconds_of(const timeval& time) {
    return static_cast<double>(time.tv_sec) + static_cast<double>(time.tv_usec) / 1e6;
}

std::string fixed(double value, int decimals) {
    char text[32];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

}  // namespace

StageTimings::StageTimings(bool enabled)
    : m_enabled(enabled), m_start(std::chrono::steady_clock::now()), m_last(m_start) {}

void StageTimings::mark(std::string_view name) {
    if (!m_enabled) {
        return;
    }
    const auto now = std::chrono::steady_clock::now();
    const double milliseconds = milliseconds_between(m_last, now);
    m_steps.push_back({{{std::string(name), milliseconds}}, milliseconds});
    m_last = now;
}

void StageTimings::mark_side_by_side(std::initializer_list<std::pair<std::string_view, double>> stages) {
    if (!m_enabled) {
        return;
    }
    const auto now = std::chrono::steady_clock::now();
    Step step{{}, milliseconds_between(m_last, now)};
    for (const auto& [name, milliseconds] : stages) {
        step.stages.push_back({std::string(name), milliseconds});
    }
    m_steps.push_back(std::move(step));
    m_last = now;
}

void StageTimings::print(std::ostream& out) const {
    if (!m_enabled) {
        return;
    }
    const double total = milliseconds_between(m_start, m_last);
    const auto share = [&](double milliseconds) { return fixed(total > 0 ? 100.0 * milliseconds / total : 0.0, 1); };
    out << "stage          wall ms   share\n";
    for (const Step& step : m_steps) {
        std::string names;
        for (const Stage& stage : step.stages) {
            std::string name = stage.name;
            name.resize(std::max<std::size_t>(name.size(), 12), ' ');
            out << name << ' ' << std::string(9 - std::min<std::size_t>(9, fixed(stage.milliseconds, 1).size()), ' ')
                << fixed(stage.milliseconds, 1) << "   " << share(stage.milliseconds) << "%\n";
            names += (names.empty() ? "" : ", ") + stage.name;
        }
        if (step.stages.size() > 1) {
            // Their own times overlap: what they cost the build is the time they took together.
            out << names << " ran side by side: " << fixed(step.milliseconds, 1) << " ms, " << share(step.milliseconds)
                << "%\n";
        }
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    out << "total wall " << fixed(total / 1000.0, 3) << " s, CPU user " << fixed(seconds_of(usage.ru_utime), 3)
        << " s + system " << fixed(seconds_of(usage.ru_stime), 3) << " s, peak RSS "
        << fixed(static_cast<double>(usage.ru_maxrss) / 1024.0, 1) << " MiB\n";
}

}  // namespace aimsgen
