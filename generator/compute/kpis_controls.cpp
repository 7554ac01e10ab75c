#include <unordered_set>

#include "generator/compute/kpi.hpp"

namespace aimsgen {

namespace {

/// Controls cited by a major or minor finding of an audit performed by `day`
/// whose nonconformity is not closed by then: not effective, whatever the SoA says.
std::unordered_set<std::string> controls_with_open_findings(const Model& model, Date day) {
    std::unordered_set<std::string> controls;
    for (const Audit& audit : model.audits) {
        if (!audit.performed_by(day)) {
            continue;
        }
        for (const AuditFinding& finding : audit.findings) {
            if (finding.type != "major" && finding.type != "minor") {
                continue;
            }
            const Nonconformity* nc = model.nonconformities.find(finding.nonconformity);
            if (nc == nullptr || !nc->closed_by(day)) {
                controls.insert(finding.controls.begin(), finding.controls.end());
            }
        }
    }
    return controls;
}

KpiSample soa_implementation(const Model& model, const KpiWindow& window) {
    KpiSample sample;
    std::size_t applicable = 0;
    std::size_t implemented = 0;
    for (const SoaEntry& entry : model.soa) {
        if (!entry.applicable) {
            continue;
        }
        ++applicable;
        const std::string status = entry.status_at(window.end);
        if (status == "implemented" || status == "effective") {
            ++implemented;
        } else {
            sample.records.push_back(entry.control);
        }
    }
    sample.value = percent(implemented, applicable);
    return sample;
}

KpiSample soa_evidence_gaps(const Model& model, const KpiWindow& window) {
    KpiSample sample;
    bool any = false;
    for (const SoaEntry& entry : model.soa) {
        if (!entry.applicable) {
            continue;
        }
        any = true;
        bool current = false;
        for (const Evidence& evidence : entry.evidence) {
            current = current || evidence.current_at(window.end);
        }
        if (!current) {
            sample.records.push_back(entry.control);
        }
    }
    if (any) {
        sample.value = static_cast<double>(sample.records.size());
    }
    return sample;
}

KpiSample control_effectiveness(const Model& model, const KpiWindow& window) {
    KpiSample sample;
    const std::unordered_set<std::string> contradicted = controls_with_open_findings(model, window.end);
    std::size_t applicable = 0;
    std::size_t effective = 0;
    for (const SoaEntry& entry : model.soa) {
        if (!entry.applicable) {
            continue;
        }
        ++applicable;
        if (entry.status_at(window.end) == "effective" && !contradicted.contains(entry.control)) {
            ++effective;
        } else {
            sample.records.push_back(entry.control);
        }
    }
    sample.value = percent(effective, applicable);
    return sample;
}

}  // namespace

void add_control_kpis(std::vector<KpiDefinition>& kpis, const ReviewSlas&) {
    kpis.push_back({"soa-implementation", "SoA implementation", "controls",
                    "Applicable SoA controls whose status on the date (from their dated history) is implemented or "
                    "effective, as a percentage of applicable controls.",
                    "%", Direction::higher_is_better, 90.0, 70.0, soa_implementation});
    kpis.push_back({"soa-evidence-gaps", "Controls without current evidence", "controls",
                    "Applicable SoA controls with no evidence item dated on or before the date and not expired.",
                    "count", Direction::lower_is_better, 0.0, 3.0, soa_evidence_gaps});
    kpis.push_back({"control-effectiveness", "Controls effective", "controls",
                    "Applicable SoA controls whose status on the date is effective and that no major or minor audit "
                    "finding with an unclosed nonconformity contradicts, as a percentage of applicable controls.",
                    "%", Direction::higher_is_better, 60.0, 40.0, control_effectiveness});
}

}  // namespace aimsgen
