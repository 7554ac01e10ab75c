#include "generator/render/pages/trace_index.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace aimsgen {

namespace {

void add(TraceIndex::IdLists& lists, const std::string& key, const std::string& id) {
    std::vector<std::string>& ids = lists[key];
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
        ids.push_back(id);
    }
}

void index_audits(const Model& model, TraceIndex& index) {
    for (const Audit& audit : model.audits) {
        for (const std::string& clause : audit.scope_clauses) {
            add(index.audits_scoping, clause, audit.id);
        }
        for (const std::string& control : audit.scope_controls) {
            add(index.audits_scoping, control, audit.id);
        }
        for (const AuditFinding& finding : audit.findings) {
            for (const std::string& clause : finding.clauses) {
                add(index.findings_citing, clause, finding.id);
            }
            for (const std::string& control : finding.controls) {
                add(index.findings_citing, control, finding.id);
            }
        }
    }
}

void index_documents(const Model& model, TraceIndex& index) {
    for (const Document& document : model.documents) {
        index.document_at.emplace(document.origin.path, document.id);
        for (const std::string& clause : document.clauses) {
            add(index.documents_citing, clause, document.id);
        }
        for (const std::string& control : document.controls) {
            add(index.documents_citing, control, document.id);
        }
    }
    for (const SoaEntry& entry : model.soa) {
        for (const std::string& document : entry.documents) {
            add(index.documents_citing, entry.control, document);
        }
    }
    for (auto& [key, ids] : index.documents_citing) {
        std::sort(ids.begin(), ids.end());
    }
}

void index_evidence(const Model& model, TraceIndex& index) {
    index.citations = evidence_citations(model);
    std::unordered_map<std::string, int> count_of;
    for (std::size_t i = 0; i < index.citations.size(); ++i) {
        const EvidenceCitation& citation = index.citations[i];
        // Stable across rebuilds while a record's own list keeps its order.
        const std::string anchor =
            "ev-" + citation.record + "-" + std::to_string(++count_of[citation.record]);
        index.anchors.push_back(anchor);
        index.citations_of[citation.record].push_back(i);
        if (!citation.evidence->path.empty()) {
            index.anchor_of_path.emplace(citation.evidence->path, anchor);
        }
    }
}

std::string size_text(std::uintmax_t bytes) {
    if (bytes < 1024) {
        return std::to_string(bytes) + " B";
    }
    char text[32];
    const double kib = static_cast<double>(bytes) / 1024.0;
    if (kib < 1024.0) {
        std::snprintf(text, sizeof text, "%.1f KiB", kib);
    } else {
        std::snprintf(text, sizeof text, "%.1f MiB", kib / 1024.0);
    }
    return text;
}

/// Only web addresses become links: a `javascript:` or `file:` URL is a valid
/// URI to the schema but stays text here.
bool web_address(const std::string& url) {
    std::string scheme = url.substr(0, url.find(':'));
    std::transform(scheme.begin(), scheme.end(), scheme.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return url.find(':') != std::string::npos && (scheme == "https" || scheme == "http");
}

}  // namespace

const std::vector<std::string>& TraceIndex::of(const IdLists& lists, std::string_view key) {
    static const std::vector<std::string> k_none;
    const auto found = lists.find(std::string(key));
    return found == lists.end() ? k_none : found->second;
}

std::shared_ptr<const TraceIndex> build_trace_index(const Model& model) {
    auto index = std::make_shared<TraceIndex>();
    index_audits(model, *index);
    index_documents(model, *index);
    index_evidence(model, *index);
    return index;
}

std::string evidence_label(const Evidence& evidence) {
    return evidence.path.empty() ? evidence.url : evidence.path;
}

TemplateData evidence_row(const SiteContext& site, const Evidence& evidence) {
    const Date as_of = site.computed.as_of;
    TemplateData row;
    row.set("description", optional_text(evidence.description));
    row.set("path", optional_text(evidence.path));
    row.set("url", optional_text(evidence.url));
    row.set("url_href", optional_text(web_address(evidence.url) ? evidence.url : ""));
    row.set("date", optional_text(date_text(evidence.date)));
    row.set("expires", optional_text(date_text(evidence.expires)));
    row.set("expired", evidence.expires && *evidence.expires < as_of);
    row.set("future", evidence.date && as_of < *evidence.date);
    row.set("current", evidence.current_at(as_of));
    const auto file = site.evidence_files.find(evidence.path);
    const bool known = !evidence.path.empty() && file != site.evidence_files.end();
    row.set("is_file", !evidence.path.empty());
    row.set("exists", known && file->second.exists);
    row.set("size",
            optional_text(known && file->second.exists ? size_text(file->second.size) : ""));
    row.set("size_bytes", known ? std::to_string(file->second.size) : std::string("0"));
    row.set("sha256", optional_text(known ? file->second.sha256 : ""));
    return row;
}

TemplateData document_links(const SiteContext& site, std::string_view root,
                            const std::vector<std::string>& ids) {
    TemplateData links{TemplateData::type::list};
    for (const std::string& id : ids) {
        TemplateData link = record_link(site, root, id);
        const Document* document = site.model.documents.find(id);
        link.set("draft", document != nullptr && document->status == "draft");
        link.set("retired", document != nullptr && document->status == "retired");
        links.push_back(link);
    }
    return links;
}

TemplateData soa_status_pill(const std::string& status) {
    TemplateData pill;
    const std::string shown = status.empty() ? std::string("not-started") : status;
    pill.set("status", shown);
    pill.set("css", "impl-" + shown);
    return pill;
}

}  // namespace aimsgen
