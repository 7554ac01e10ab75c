#pragma once

#include "generator/render/site_context.hpp"

namespace aimsgen {

// Page builders: each adds its pages to the list. One file per part of the
// portal, each with its templates in themes/default/templates/.

void add_risk_pages(const SiteContext& site, PageList& pages);
void add_system_pages(const SiteContext& site, PageList& pages);
void add_supplier_pages(const SiteContext& site, PageList& pages);
void add_decision_pages(const SiteContext& site, PageList& pages);
void add_impact_assessment_pages(const SiteContext& site, PageList& pages);
void add_measurement_pages(const SiteContext& site, PageList& pages);
void add_control_pages(const SiteContext& site, PageList& pages);
void add_clause_pages(const SiteContext& site, PageList& pages);
void add_traceability_page(const SiteContext& site, PageList& pages);
void add_evidence_page(const SiteContext& site, PageList& pages);
void add_document_pages(const SiteContext& site, PageList& pages);
void add_incident_pages(const SiteContext& site, PageList& pages);
void add_nonconformity_pages(const SiteContext& site, PageList& pages);
void add_audit_pages(const SiteContext& site, PageList& pages);
void add_objective_pages(const SiteContext& site, PageList& pages);
void add_training_pages(const SiteContext& site, PageList& pages);
void add_people_page(const SiteContext& site, PageList& pages);
void add_context_page(const SiteContext& site, PageList& pages);
void add_review_pages(const SiteContext& site, PageList& pages);
void add_dashboard_page(const SiteContext& site, PageList& pages);
void add_kpi_pages(const SiteContext& site, PageList& pages);
void add_readiness_page(const SiteContext& site, PageList& pages);
void add_diagnostics_page(const SiteContext& site, PageList& pages);
void add_search_page(const SiteContext& site, PageList& pages);
void add_workbooks_page(const SiteContext& site, PageList& pages);

}  // namespace aimsgen
