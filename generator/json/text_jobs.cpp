#include "generator/json/text_jobs.hpp"

#include "generator/support/parallel_for.hpp"

namespace aimsgen {

std::size_t TextJobs::add(std::function<std::string()> job) {
    m_jobs.push_back(std::move(job));
    return m_jobs.size() - 1;
}

std::vector<std::string> TextJobs::run() const {
    std::vector<std::string> texts(m_jobs.size());
    parallel_for(m_jobs.size(), [&](std::size_t slot) { texts[slot] = m_jobs[slot](); });
    return texts;
}

json_layout::ContainerText array_text(const ArrayText& array, std::vector<std::string>& texts) {
    json_layout::ContainerText text('[', array.depth);
    for (const std::size_t slot : array.slices) {
        text.add_lines(std::move(texts[slot]));
    }
    return text;
}

}  // namespace aimsgen
