// evidence.html: every evidence item of the content, where it is cited, and
// whether the build found its file.

#include <algorithm>

#include "generator/render/pages/pages.hpp"
#include "generator/render/pages/trace_index.hpp"

namespace aimsgen {

namespace {

struct EvidenceTally {
    int files = 0;
    int missing = 0;
    int expired = 0;
    int urls = 0;
};

std::string render_index(const SiteContext& site, const TraceIndex& index, TemplateSet& templates) {
    TemplateData page = page_frame(site, "evidence.html", "Evidence index", "controls");
    const Date as_of = site.computed.as_of;
    TemplateData rows{TemplateData::type::list};
    EvidenceTally tally;
    // By place, so the citations of one file stand together.
    std::vector<std::size_t> order(index.citations.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return evidence_label(*index.citations[a].evidence) <
               evidence_label(*index.citations[b].evidence);
    });
    for (const std::size_t i : order) {
        const EvidenceCitation& citation = index.citations[i];
        const Evidence& evidence = *citation.evidence;
        TemplateData row = evidence_row(site, evidence);
        row.set("anchor", index.anchors[i]);
        row.set("cited_by", record_link(site, "", citation.record));
        row.set("kind", citation.kind);
        rows.push_back(std::move(row));
        if (evidence.path.empty()) {
            ++tally.urls;
        } else {
            ++tally.files;
            const auto file = site.evidence_files.find(evidence.path);
            tally.missing += file == site.evidence_files.end() || !file->second.exists ? 1 : 0;
        }
        tally.expired += evidence.expires && *evidence.expires < as_of ? 1 : 0;
    }
    page.set("items", std::move(rows));
    page.set("count", std::to_string(index.citations.size()));
    page.set("files", std::to_string(tally.files));
    page.set("urls", std::to_string(tally.urls));
    page.set("missing", std::to_string(tally.missing));
    page.set("has_missing", tally.missing > 0);
    page.set("expired", std::to_string(tally.expired));
    page.set("has_expired", tally.expired > 0);
    return render_page(site, templates, "evidence", page);
}

}  // namespace

void add_evidence_page(const SiteContext& site, PageList& pages) {
    const std::shared_ptr<const TraceIndex> index = site.trace;
    pages.push_back({"evidence.html", [&site, index](TemplateSet& templates) {
                         return render_index(site, *index, templates);
                     }});
}

}  // namespace aimsgen
