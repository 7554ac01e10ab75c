#include "generator/render/render_site.hpp"

#include <algorithm>
#include <chrono>
#include <mutex>
#include <span>
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

/// Pages rendered one after another with one template set.
using Lease = std::span<const PageJob>;

/// `pages` in leases of `batch` pages.
std::vector<Lease> leases_of(std::span<const PageJob> pages, std::size_t batch) {
    std::vector<Lease> leases;
    for (std::size_t first = 0; first < pages.size(); first += batch) {
        leases.push_back(pages.subspan(first, std::min(batch, pages.size() - first)));
    }
    return leases;
}

/// Renders the leases on all cores, in order, until `stop()` is true: each
/// lease begun is finished, none is begun after. Returns those not begun.
template <typename Stop>
std::vector<Lease> render_leases(const std::vector<Lease>& leases, TemplatePool& pool, OutputTree& output, Stop stop) {
    std::vector<char> rendered(leases.size(), 0);
    parallel_for(leases.size(), [&](std::size_t lease) {
        if (stop()) {
            return;
        }
        TemplateSet set = pool.acquire();
        for (const PageJob& page : leases[lease]) {
            output.write(page.path, page.render(set));
        }
        pool.release(std::move(set));
        rendered[lease] = 1;
    });
    std::vector<Lease> left;
    for (std::size_t lease = 0; lease < leases.size(); ++lease) {
        if (rendered[lease] == 0) {
            left.push_back(leases[lease]);
        }
    }
    return left;
}

/// Whether the workbooks are written, or failed to be: waits for nothing.
bool written(const WorkbooksBeingWritten& workbooks) {
    return workbooks.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

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

std::size_t render_site(SiteContext& site, const TemplateSet& templates, OutputTree& output,
                        WorkbooksBeingWritten& workbooks) {
    PageList pages = plan_site(site);
    const auto listing = std::stable_partition(pages.begin(), pages.end(),
                                               [](const PageJob& page) { return !page.lists_workbooks; });
    // A few pages per lease: leasing costs little next to a page, and a long
    // page (a review pack) holds up few others behind it.
    constexpr std::size_t k_batch = 8;
    TemplatePool pool(templates);
    // Until the workbooks are written, only the pages that do not list them.
    const std::vector<Lease> left =
        render_leases(leases_of({pages.begin(), listing}, k_batch), pool, output, [&] { return written(workbooks); });
    site.workbooks = workbooks.get();
    // Then those that do, first and one per lease: some are long (the risk
    // register lists every risk), and the pages left keep the other cores busy.
    std::vector<Lease> rest = leases_of({listing, pages.end()}, 1);
    rest.insert(rest.end(), left.begin(), left.end());
    render_leases(rest, pool, output, [] { return false; });
    for (const auto& [path, file] : site.theme.assets) {
        output.write("assets/" + path, file.bytes);
    }
    return pages.size();
}

}  // namespace aimsgen
