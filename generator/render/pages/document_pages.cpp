// The document register (documents.html) and one page per document with its
// Markdown body.

#include <algorithm>
#include <cctype>

#include "generator/render/markdown/markdown.hpp"
#include "generator/render/pages/pages.hpp"
#include "generator/render/pages/trace_index.hpp"

namespace aimsgen {

namespace {

/// What the document pages look up: the trace index and who cites each document.
struct DocumentIndex {
    std::shared_ptr<const TraceIndex> trace;
    TraceIndex::IdLists soa_entries_citing;  ///< document → controls whose SoA entry lists it
    TraceIndex::IdLists superseded_by;       ///< document → documents that supersede it
};

std::shared_ptr<const DocumentIndex> build_document_index(const SiteContext& site) {
    const Model& model = site.model;
    auto index = std::make_shared<DocumentIndex>();
    index->trace = site.trace;
    for (const SoaEntry& entry : model.soa) {
        for (const std::string& document : entry.documents) {
            index->soa_entries_citing[document].push_back(entry.control);
        }
    }
    for (const Document& document : model.documents) {
        if (!document.supersedes.empty()) {
            index->superseded_by[document.supersedes].push_back(document.id);
        }
    }
    return index;
}

/// `target` resolved against the folder of `base` ("documents/plans/a.md" and
/// "../procedures/b.md" → "documents/procedures/b.md"), percent escapes
/// decoded; "" when it climbs out of the content directory.
std::string resolve_relative(std::string_view base, std::string_view target) {
    std::string decoded;
    for (std::size_t i = 0; i < target.size(); ++i) {
        if (target[i] == '%' && i + 2 < target.size() &&
            std::isxdigit(static_cast<unsigned char>(target[i + 1])) &&
            std::isxdigit(static_cast<unsigned char>(target[i + 2]))) {
            decoded +=
                static_cast<char>(std::stoi(std::string(target.substr(i + 1, 2)), nullptr, 16));
            i += 2;
        } else {
            decoded += target[i];
        }
    }
    std::vector<std::string> parts;
    const std::size_t slash = base.rfind('/');
    const std::string joined =
        (slash == std::string_view::npos ? std::string() : std::string(base.substr(0, slash + 1))) +
        decoded;
    std::size_t start = 0;
    while (start <= joined.size()) {
        const std::size_t end = std::min(joined.find('/', start), joined.size());
        const std::string part = joined.substr(start, end - start);
        start = end + 1;
        if (part == "..") {
            if (parts.empty()) {
                return "";
            }
            parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
    }
    std::string path;
    for (const std::string& part : parts) {
        path += (path.empty() ? "" : "/") + part;
    }
    return path;
}

/// Points a link of the document at `document_path` into the portal: another
/// document's .md file → its page beside this one (anchor kept), a cited
/// evidence file → its row of the evidence index, web addresses and anchors
/// on this page unchanged; anything else has no page and loses its link.
LinkRewriter document_links(const TraceIndex& index, std::string document_path) {
    return [&index, document_path = std::move(document_path)](std::string_view url) -> std::string {
        if (url.empty() || url.front() == '#') {
            return std::string(url);
        }
        const std::size_t colon = url.find(':');
        if (colon != std::string_view::npos && url.find_first_of("/?#") > colon) {
            return std::string(url);  // http, https or mailto: markdown_to_html dropped the rest
        }
        if (url.front() == '/') {
            return "";  // an absolute path or another host: nothing the portal has
        }
        const std::size_t hash = url.find('#');
        const std::string_view fragment = hash == std::string_view::npos ? "" : url.substr(hash);
        const std::string target =
            resolve_relative(document_path, url.substr(0, url.find_first_of("?#")));
        if (const auto document = index.document_at.find(target);
            document != index.document_at.end()) {
            return document->second + ".html" + std::string(fragment);
        }
        if (const auto evidence = index.anchor_of_path.find(target);
            evidence != index.anchor_of_path.end()) {
            return "../evidence.html#" + evidence->second;
        }
        return "";
    };
}

TemplateData document_row(const SiteContext& site, const std::string& root,
                          const Document& document) {
    const Date as_of = site.computed.as_of;
    TemplateData row;
    row.set("id", document.id);
    row.set("href", root + site.map.href(document.id));
    row.set("title", document.title);
    row.set("type", document.type);
    row.set("owner", person_link(site, root, document.owner));
    row.set("version", optional_text(document.version));
    row.set("status", document.status);
    row.set("draft", document.status == "draft");
    row.set("retired", document.status == "retired");
    row.set("approved", optional_text(date_text(document.approved)));
    row.set("approved_by", document.approved_by.empty()
                               ? TemplateData(false)
                               : person_link(site, root, document.approved_by));
    row.set("next_review", optional_text(date_text(document.next_review)));
    row.set("review_overdue",
            document.status == "approved" && document.next_review && *document.next_review < as_of);
    row.set("fulfils", text_list(document.fulfils));
    return row;
}

std::string render_register(const SiteContext& site, TemplateSet& templates) {
    TemplateData page = page_frame(site, "documents.html", "Documented information", "documents");
    TemplateData rows{TemplateData::type::list};
    int approved = 0, drafts = 0, retired = 0, overdue = 0;
    for (const Document& document : site.model.documents) {
        TemplateData row = document_row(site, "", document);
        approved += document.status == "approved" ? 1 : 0;
        drafts += document.status == "draft" ? 1 : 0;
        retired += document.status == "retired" ? 1 : 0;
        overdue += document.status == "approved" && document.next_review &&
                           *document.next_review < site.computed.as_of
                       ? 1
                       : 0;
        rows.push_back(std::move(row));
    }
    page.set("documents", std::move(rows));
    page.set("count", std::to_string(site.model.documents.size()));
    page.set("approved_count", std::to_string(approved));
    page.set("draft_count", std::to_string(drafts));
    page.set("retired_count", std::to_string(retired));
    page.set("overdue_count", std::to_string(overdue));
    page.set("has_overdue", overdue > 0);
    return render_page(site, templates, "documents", page);
}

/// The requirements of interested parties (aims.yaml) that `document` addresses.
TemplateData party_requirements(const SiteContext& site, const std::string& root,
                                const std::string& document) {
    TemplateData rows{TemplateData::type::list};
    for (const InterestedParty& party : site.model.aims.interested_parties) {
        for (const PartyRequirement& requirement : party.requirements) {
            const auto& addressed = requirement.addressed_by;
            if (std::find(addressed.begin(), addressed.end(), document) != addressed.end()) {
                TemplateData row = record_link(site, root, party.id);
                row.set("requirement", requirement.description);
                rows.push_back(std::move(row));
            }
        }
    }
    return rows;
}

std::string render_document(const SiteContext& site, const DocumentIndex& index,
                            const Document& document, TemplateSet& templates) {
    const std::string path = site.map.href(document.id);
    const std::string root = root_of(path);
    TemplateData page = page_frame(site, path, document.id + " " + document.title, "documents");
    page.set("document", document_row(site, root, document));
    page.set("summary", optional_text(document.summary));
    page.set("clauses", record_links(site, root, document.clauses));
    page.set("controls", record_links(site, root, document.controls));
    page.set("supersedes", document.supersedes.empty()
                               ? TemplateData(false)
                               : record_link(site, root, document.supersedes));
    page.set("superseded_by",
             record_links(site, root, TraceIndex::of(index.superseded_by, document.id)));
    MarkdownOptions options;
    options.top_heading_level = 2;  // under the page's h1
    page.set("body", markdown_to_html(document.body,
                                      document_links(*index.trace, document.origin.path), options));
    page.set("soa_entries",
             record_links(site, root, TraceIndex::of(index.soa_entries_citing, document.id)));
    page.set("systems", linked(site, root, document.id, "system"));
    TemplateData requirements = party_requirements(site, root, document.id);
    page.set("has_requirements", !requirements.list_value().empty());
    page.set("requirements", std::move(requirements));
    page.set("source", document.origin.path + ":" + std::to_string(document.origin.pos.line));
    return render_page(site, templates, "document", page);
}

}  // namespace

void add_document_pages(const SiteContext& site, PageList& pages) {
    pages.push_back({"documents.html",
                     [&site](TemplateSet& templates) { return render_register(site, templates); }});
    const std::shared_ptr<const DocumentIndex> index = build_document_index(site);
    for (const Document& document : site.model.documents) {
        pages.push_back(
            {site.map.href(document.id), [&site, index, &document](TemplateSet& templates) {
                 return render_document(site, *index, document, templates);
             }});
    }
}

}  // namespace aimsgen
