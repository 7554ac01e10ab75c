// The Statement of Applicability (controls.html) and one page per control.

#include <algorithm>
#include <cctype>

#include "generator/render/pages/pages.hpp"
#include "generator/render/pages/trace_index.hpp"

namespace aimsgen {

namespace {

/// A control as the SoA shows it: the catalogue's, or an additional one of the organization.
struct ControlView {
    std::string id;
    std::string title;
    std::string group;
    std::string group_title;
    std::string description;
    const SoaEntry* entry = nullptr;  ///< null: no SoA entry yet
};

std::vector<ControlView> controls_in_order(const Model& model) {
    std::vector<ControlView> views;
    for (const CatalogueControl& control : model.catalogue->controls) {
        views.push_back({control.id, control.title, control.group, control.group_title,
                         control.description, model.soa.find(control.id)});
    }
    const std::size_t catalogue_end = views.size();
    for (const SoaEntry& entry : model.soa) {
        if (entry.additional) {
            // The organization names its own groups: the name is the heading, there is no group
            // title.
            views.push_back(
                {entry.control, entry.title,
                 entry.group.empty() ? "Additional controls of the organization" : entry.group, "",
                 "", &entry});
        }
    }
    std::stable_sort(views.begin() + static_cast<std::ptrdiff_t>(catalogue_end), views.end(),
                     [](const ControlView& a, const ControlView& b) { return a.group < b.group; });
    return views;
}

/// `text` usable as an HTML id: letters, digits, '.', '-', '_'; anything else becomes '-'.
std::string html_id(const std::string& text) {
    std::string id = text;
    for (char& c : id) {
        const bool safe =
            std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '.' || c == '-' || c == '_';
        c = safe && static_cast<unsigned char>(c) < 0x80 ? c : '-';
    }
    return id;
}

bool review_overdue(const SoaEntry& entry, Date as_of) {
    return entry.applicable && entry.next_review && *entry.next_review < as_of;
}

TemplateData control_row(const SiteContext& site, const TraceIndex& index, const std::string& root,
                         const ControlView& control) {
    const Date as_of = site.computed.as_of;
    const SoaEntry* entry = control.entry;
    TemplateData row;
    row.set("id", control.id);
    row.set("href", root + site.map.href(control.id));
    row.set("title", control.title);
    row.set("has_entry", entry != nullptr);
    row.set("applicable", entry != nullptr && entry->applicable);
    row.set("applicable_text", entry == nullptr ? "" : (entry->applicable ? "Yes" : "No"));
    row.set("reasons", text_list(entry ? entry->reasons : std::vector<std::string>{}));
    row.set("justification", optional_text(entry ? entry->justification : ""));
    row.set("status", soa_status_pill(entry ? entry->status_at(as_of) : ""));
    row.set("owner", entry && !entry->owner.empty() ? person_link(site, root, entry->owner)
                                                    : TemplateData(false));
    int current = 0;
    for (const Evidence& evidence : entry ? entry->evidence : std::vector<Evidence>{}) {
        current += evidence.current_at(as_of) ? 1 : 0;
    }
    const std::size_t evidence = entry ? entry->evidence.size() : 0;
    row.set("evidence_count", std::to_string(evidence));
    row.set("evidence_current", std::to_string(current));
    row.set("has_current_evidence", current > 0);
    row.set("lacks_current_evidence", entry != nullptr && entry->applicable && current == 0);
    row.set("next_review", optional_text(entry ? date_text(entry->next_review) : ""));
    row.set("review_overdue", entry != nullptr && review_overdue(*entry, as_of));
    row.set("finding_count",
            std::to_string(TraceIndex::of(index.findings_citing, control.id).size()));
    return row;
}

TemplateData soa_document_control(const SiteContext& site) {
    const SoaDocumentControl& soa = site.model.aims.soa;
    TemplateData data;
    data.set("version", optional_text(soa.version));
    data.set("approved_by", soa.approved_by.empty() ? TemplateData(false)
                                                    : person_link(site, "", soa.approved_by));
    data.set("approved", optional_text(date_text(soa.approved)));
    data.set("next_review", optional_text(date_text(soa.next_review)));
    data.set("review_overdue", soa.next_review && *soa.next_review < site.computed.as_of);
    data.set("unapproved", !soa.approved || site.computed.as_of < *soa.approved);
    return data;
}

/// The SoA's figures: controls, applicable, excluded, without an entry, ...
struct SoaTally {
    int total = 0;
    int applicable = 0;
    int excluded = 0;
    int missing = 0;
    int implemented = 0;
    int evidenced = 0;
    int overdue = 0;

    void count(const SoaEntry* entry, Date as_of) {
        ++total;
        if (entry == nullptr) {
            ++missing;
            return;
        }
        if (!entry->applicable) {
            ++excluded;
            return;
        }
        ++applicable;
        const std::string status = entry->status_at(as_of);
        implemented += status == "implemented" || status == "effective" ? 1 : 0;
        overdue += review_overdue(*entry, as_of) ? 1 : 0;
        const auto current = [&](const Evidence& evidence) { return evidence.current_at(as_of); };
        evidenced += std::any_of(entry->evidence.begin(), entry->evidence.end(), current) ? 1 : 0;
    }
    void set(TemplateData& page) const {
        page.set("total", std::to_string(total));
        page.set("applicable", std::to_string(applicable));
        page.set("excluded", std::to_string(excluded));
        page.set("missing", std::to_string(missing));
        page.set("has_missing", missing > 0);
        page.set("implemented", std::to_string(implemented));
        page.set("evidenced", std::to_string(evidenced));
        page.set("overdue", std::to_string(overdue));
        page.set("has_overdue", overdue > 0);
    }
};

/// The SoA's change log: every status change of its entries up to the as-of date, newest first.
TemplateData change_log(const SiteContext& site) {
    struct Change {
        const StatusChange* change;
        const std::string* control;
    };
    std::vector<Change> changes;
    for (const SoaEntry& entry : site.model.soa) {
        for (const StatusChange& change : entry.history) {
            if (!(site.computed.as_of < change.date)) {
                changes.push_back({&change, &entry.control});
            }
        }
    }
    std::stable_sort(changes.begin(), changes.end(), [](const Change& a, const Change& b) {
        return b.change->date < a.change->date ||
               (a.change->date == b.change->date && *a.control < *b.control);
    });
    TemplateData rows{TemplateData::type::list};
    for (const Change& change : changes) {
        TemplateData row;
        row.set("date", change.change->date.to_string());
        row.set("control", *change.control);
        row.set("href", site.map.href(*change.control));
        row.set("status", change.change->status.empty() ? TemplateData(false)
                                                        : soa_status_pill(change.change->status));
        row.set("note", change.change->note);
        rows.push_back(std::move(row));
    }
    return rows;
}

std::string render_register(const SiteContext& site, const TraceIndex& index,
                            TemplateSet& templates) {
    TemplateData page = page_frame(site, "controls.html", "Statement of Applicability", "controls");
    page.set("workbook", workbook_link(site, "", "soa.xlsx"));
    TemplateData groups{TemplateData::type::list};
    TemplateData rows{TemplateData::type::list};
    TemplateData group;
    SoaTally tally;
    const std::vector<ControlView> controls = controls_in_order(site.model);
    for (std::size_t i = 0; i < controls.size(); ++i) {
        const ControlView& control = controls[i];
        if (i == 0 || control.group != controls[i - 1].group) {
            group = TemplateData();
            group.set("id", control.group);
            group.set("title", control.group_title);
            group.set("catalogue_group", !control.group_title.empty());
            group.set("table_id", "soa-" + html_id(control.group));
        }
        rows.push_back(control_row(site, index, "", control));
        tally.count(control.entry, site.computed.as_of);
        if (i + 1 == controls.size() || controls[i + 1].group != control.group) {
            group.set("controls", rows);
            groups.push_back(group);
            rows = TemplateData{TemplateData::type::list};
        }
    }
    page.set("groups", std::move(groups));
    page.set("soa", soa_document_control(site));
    page.set("catalogue", site.model.catalogue->title);
    TemplateData changes = change_log(site);
    page.set("change_count", std::to_string(changes.list_value().size()));
    page.set("changes", std::move(changes));
    tally.set(page);
    return render_page(site, templates, "controls", page);
}

TemplateData history_rows(const SoaEntry* entry) {
    TemplateData rows{TemplateData::type::list};
    for (const StatusChange& change : entry ? entry->history : std::vector<StatusChange>{}) {
        TemplateData row;
        row.set("date", change.date.to_string());
        row.set("status",
                change.status.empty() ? TemplateData(false) : soa_status_pill(change.status));
        row.set("note", optional_text(change.note));
        rows.push_back(std::move(row));
    }
    return rows;
}

TemplateData evidence_rows(const SiteContext& site, const TraceIndex& index,
                           const std::string& root, const std::string& control) {
    TemplateData rows{TemplateData::type::list};
    const auto found = index.citations_of.find(control);
    for (const std::size_t i :
         found == index.citations_of.end() ? std::vector<std::size_t>{} : found->second) {
        TemplateData row = evidence_row(site, *index.citations[i].evidence);
        row.set("index_href", root + "evidence.html#" + index.anchors[i]);
        rows.push_back(std::move(row));
    }
    return rows;
}

/// The latest audit performed by the as-of date that scoped the control or
/// found against it, with the findings it raised on the control.
TemplateData last_audit(const SiteContext& site, const TraceIndex& index, const std::string& root,
                        const std::string& control) {
    const AuditResult result = last_audit_result(site.model, index, control, site.computed.as_of);
    if (result.audit == nullptr) {
        return TemplateData(false);
    }
    TemplateData shown = record_link(site, root, result.audit->id);
    shown.set("performed", result.audit->performed->to_string());
    TemplateData findings{TemplateData::type::list};
    for (const AuditFinding* finding : result.findings) {
        TemplateData link = record_link(site, root, finding->id);
        link.set("type", finding->type);
        findings.push_back(std::move(link));
    }
    shown.set("clean", result.findings.empty());
    shown.set("findings", std::move(findings));
    return shown;
}

std::string render_control(const SiteContext& site, const TraceIndex& index,
                           const ControlView& control, TemplateSet& templates) {
    const std::string path = site.map.href(control.id);
    const std::string root = root_of(path);
    TemplateData page = page_frame(site, path, control.id + " " + control.title, "controls");
    const SoaEntry* entry = control.entry;
    page.set("control", control_row(site, index, root, control));
    page.set("group",
             control.group + (control.group_title.empty() ? "" : " " + control.group_title));
    page.set("description", optional_text(control.description));
    page.set("implementation", optional_text(entry ? entry->implementation : ""));
    page.set("target_date", optional_text(entry ? date_text(entry->target_date) : ""));
    page.set("last_review", optional_text(entry ? date_text(entry->last_review) : ""));
    page.set("history", history_rows(entry));
    page.set("evidence", evidence_rows(site, index, root, control.id));
    page.set("risks", linked(site, root, control.id, "risk"));
    page.set("documents",
             document_links(site, root, TraceIndex::of(index.documents_citing, control.id)));
    page.set("findings",
             record_links(site, root, TraceIndex::of(index.findings_citing, control.id)));
    page.set("nonconformities", linked(site, root, control.id, "nonconformity"));
    page.set("audits", record_links(site, root, TraceIndex::of(index.audits_scoping, control.id)));
    page.set("last_audit", last_audit(site, index, root, control.id));
    page.set("source", entry ? entry->origin.path + ":" + std::to_string(entry->origin.pos.line)
                             : std::string("content/frameworks/iso42001.yaml (the catalogue)"));
    return render_page(site, templates, "control", page);
}

}  // namespace

void add_control_pages(const SiteContext& site, PageList& pages) {
    const std::shared_ptr<const TraceIndex> index = site.trace;
    pages.push_back({"controls.html",
                     [&site, index](TemplateSet& templates) { return render_register(site, *index, templates); },
                     true});
    for (ControlView& control : controls_in_order(site.model)) {
        const std::string path = site.map.href(control.id);
        pages.push_back(
            {path, [&site, index, control = std::move(control)](TemplateSet& templates) {
                 return render_control(site, *index, control, templates);
             }});
    }
}

}  // namespace aimsgen
