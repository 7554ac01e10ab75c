#pragma once

#include <chrono>
#include <initializer_list>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace aimsgen {

/// `build --timings`: wall time per pipeline stage, CPU time and peak memory,
/// printed after the build. A stage runs from the previous mark to its own;
/// stages that run side by side each report their own wall time.
class StageTimings {
public:
    explicit StageTimings(bool enabled);

    bool enabled() const { return m_enabled; }
    /// Ends the stage `name`, begun at the previous mark (or at construction).
    void mark(std::string_view name);
    /// Ends stages that began at the previous mark and ran side by side on
    /// their own threads, each given with its own wall time (milliseconds, as
    /// its Stopwatch measured it); together they took the time since that mark.
    void mark_side_by_side(std::initializer_list<std::pair<std::string_view, double>> stages);
    /// A table: stage, milliseconds, share of the total, and for stages that
    /// ran side by side the time they took together; then the total wall time,
    /// user and system CPU time and the process's peak resident memory.
    void print(std::ostream& out) const;

private:
    struct Stage {
        std::string name;
        double milliseconds = 0;
    };
    /// One stage, or several that ran side by side.
    struct Step {
        std::vector<Stage> stages;
        double milliseconds = 0;
    };
    bool m_enabled;
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_last;
    std::vector<Step> m_steps;
};

/// The wall time of a stage measured on the thread it runs on, from
/// construction: for stages run side by side.
class Stopwatch {
public:
    Stopwatch() : m_start(std::chrono::steady_clock::now()) {}
    double milliseconds() const {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_start).count();
    }

private:
    std::chrono::steady_clock::time_point m_start;
};

}  // namespace aimsgen
