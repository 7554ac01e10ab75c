#pragma once

#include <chrono>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace aimsgen {

/// `build --timings`: wall time per pipeline stage, CPU time and peak memory,
/// printed after the build. A stage runs from the previous mark to its own.
class StageTimings {
public:
    explicit StageTimings(bool enabled);

    bool enabled() const { return m_enabled; }
    /// Ends the stage `name`, begun at the previous mark (or at construction).
    void mark(std::string_view name);
    /// A table: stage, milliseconds, share of the total; then the total wall
    /// time, user and system CPU time and the process's peak resident memory.
    void print(std::ostream& out) const;

private:
    struct Stage {
        std::string name;
        double milliseconds = 0;
    };
    bool m_enabled;
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_last;
    std::vector<Stage> m_stages;
};

}  // namespace aimsgen
