#pragma once

#include <algorithm>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "generator/json/json_layout.hpp"

namespace aimsgen {

/// Parts of a JSON document's text, each made by a job; the jobs run on all
/// cores, and json_layout joins their texts.
class TextJobs {
public:
    /// Queues `job`; its text will be run()'s element at the returned slot.
    std::size_t add(std::function<std::string()> job);
    /// Every job's text, by slot. The first exception a job throws is rethrown here.
    std::vector<std::string> run() const;

private:
    std::vector<std::function<std::string()>> m_jobs;
};

/// Elements per job: enough that a job outweighs its scheduling, few enough
/// that the 20,000 risks of a large organization keep every core busy.
inline constexpr std::size_t k_elements_per_job = 256;

/// A member whose value is a long array, made in slices by several jobs.
struct ArrayText {
    std::string key;
    int depth = 0;                    ///< of the array
    std::vector<std::size_t> slices;  ///< slots of its element lines, in order
};

/// Queues the jobs making the `count` elements of the array `key`, `depth`
/// levels deep; `element(i)` builds the i-th as JSON, which is dumped at once.
template <typename Element>
ArrayText plan_array(TextJobs& jobs, std::string key, int depth, std::size_t count, Element element) {
    ArrayText array{std::move(key), depth, {}};
    for (std::size_t first = 0; first < count; first += k_elements_per_job) {
        const std::size_t end = std::min(count, first + k_elements_per_job);
        array.slices.push_back(jobs.add([element, first, end, depth] {
            std::string lines;
            for (std::size_t i = first; i < end; ++i) {
                json_layout::append_element(lines, element(i), depth);
            }
            return lines;
        }));
    }
    return array;
}

/// `array`'s text, from its slices' texts (moved out of run()'s `texts`).
json_layout::ContainerText array_text(const ArrayText& array, std::vector<std::string>& texts);

}  // namespace aimsgen
