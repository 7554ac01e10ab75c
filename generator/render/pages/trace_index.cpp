#include "generator/render/pages/trace_index.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace aimsgen {

namespace {

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
        links.push_back(std::move(link));
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
