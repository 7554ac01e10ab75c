#include "generator/render/render_site.hpp"

#include <mutex>
#include <vector>

#include "generator/render/pages/pages.hpp"
#include "generator/support/parallel_for.hpp"

namespace aimsgen {

namespace {

/// Parsed templates are not shared between threads: each worker leases a copy.
class TemplatePool {
public:
    explicit TemplatePool(const TemplateSet& master) : m_master(master) {}

    TemplateSet acquire() {
        const std::lock_guard lock(m_mutex);
        if (m_free.empty()) {
            return m_master.clone();
        }
        TemplateSet set = std::move(m_free.back());
        m_free.pop_back();
        return set;
    }
    void release(TemplateSet set) {
        const std::lock_guard lock(m_mutex);
        m_free.push_back(std::move(set));
    }

private:
    const TemplateSet& m_master;
    std::mutex m_mutex;
    std::vector<TemplateSet> m_free;
};

}  // namespace

PageList plan_site(const SiteContext& site) {
    PageList pages;
    add_risk_pages(site, pages);
    add_system_pages(site, pages);
    add_supplier_pages(site, pages);
    add_decision_pages(site, pages);
    add_impact_assessment_pages(site, pages);
    add_measurement_pages(site, pages);
    add_control_pages(site, pages);
    add_clause_pages(site, pages);
    add_traceability_page(site, pages);
    add_evidence_page(site, pages);
    add_document_pages(site, pages);
    add_incident_pages(site, pages);
    add_nonconformity_pages(site, pages);
    add_audit_pages(site, pages);
    add_objective_pages(site, pages);
    add_training_pages(site, pages);
    add_people_page(site, pages);
    add_context_page(site, pages);
    add_review_pages(site, pages);
    add_dashboard_page(site, pages);
    add_kpi_pages(site, pages);
    add_readiness_page(site, pages);
    add_diagnostics_page(site, pages);
    add_search_page(site, pages);
    add_workbooks_page(site, pages);
    return pages;
}

std::size_t render_site(const SiteContext& site, const TemplateSet& templates, OutputTree& output) {
    const PageList pages = plan_site(site);
    TemplatePool pool(templates);
    constexpr std::size_t k_batch = 64;  // pages per lease, so leasing costs nothing
    parallel_for((pages.size() + k_batch - 1) / k_batch, [&](std::size_t batch) {
        TemplateSet set = pool.acquire();
        const std::size_t end = std::min(pages.size(), (batch + 1) * k_batch);
        for (std::size_t i = batch * k_batch; i < end; ++i) {
            output.write(pages[i].path, pages[i].render(set));
        }
        pool.release(std::move(set));
    });
    for (const auto& [path, file] : site.theme.assets) {
        output.write("assets/" + path, file.bytes);
    }
    return pages.size();
}

}  // namespace aimsgen
