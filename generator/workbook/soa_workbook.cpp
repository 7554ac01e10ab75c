#include <algorithm>
#include <set>

#include "generator/workbook/workbooks.hpp"

namespace aimsgen::workbook {

namespace {

std::string short_digest(const std::string& sha256) { return sha256.empty() ? "" : "SHA-256 " + sha256; }

/// One line per evidence item: where it is, its date and the file's SHA-256.
std::string evidence_lines(const Sources& sources, const SoaEntry& entry) {
    std::string lines;
    for (const Evidence& evidence : entry.evidence) {
        if (!lines.empty()) {
            lines += '\n';
        }
        lines += evidence_label(evidence);
        if (evidence.date) {
            lines += " (" + evidence.date->to_string() + ")";
        }
        if (evidence.expires) {
            lines += " expires " + evidence.expires->to_string();
        }
        if (!evidence.path.empty()) {
            const auto file = sources.evidence_files.find(evidence.path);
            if (file != sources.evidence_files.end() && file->second.exists) {
                lines += " " + short_digest(file->second.sha256);
            } else {
                lines += " (file missing)";
            }
        }
    }
    return lines;
}

std::optional<Date> latest_evidence_date(const SoaEntry& entry) {
    std::optional<Date> latest;
    for (const Evidence& evidence : entry.evidence) {
        if (evidence.date && (!latest || *latest < *evidence.date)) {
            latest = evidence.date;
        }
    }
    return latest;
}

/// Applicable and no evidence current at the as-of date (the soa-evidence-gaps KPI).
bool evidence_gap(const SoaEntry& entry, Date as_of) {
    return entry.applicable && std::none_of(entry.evidence.begin(), entry.evidence.end(),
                                            [&](const Evidence& evidence) { return evidence.current_at(as_of); });
}

std::string audit_result(const Sources& sources, const std::string& clause_or_control) {
    const AuditResult result =
        last_audit_result(sources.model, sources.trace, clause_or_control, sources.computed.as_of);
    if (result.audit == nullptr) {
        return "";
    }
    std::string text = result.audit->id + " (" + result.audit->performed->to_string() + "): ";
    if (result.findings.empty()) {
        return text + "no findings";
    }
    for (std::size_t i = 0; i < result.findings.size(); ++i) {
        text += (i == 0 ? "" : ", ") + result.findings[i]->type + " " + result.findings[i]->id;
    }
    return text;
}

std::vector<Column> control_columns(const Sources& sources) {
    return {text_column("Control"),
            text_column("Group"),
            long_text_column("Title"),
            yes_no_column("Applicable"),
            text_column("Reasons"),
            long_text_column("Justification"),
            choice_column("Status", enum_of(sources.schemas, "soa.schema.json", {"status"}),
                          {{"not-started", 0xFFC7CE}, {"planned", 0xFFEB9C}, {"partial", 0xFFEB9C},
                           {"implemented", 0xC6EFCE}, {"effective", 0xC6EFCE}}),
            long_text_column("How implemented"),
            text_column("Owner"),
            date_column("Target date"),
            text_column("Documents"),
            long_text_column("Evidence (date, SHA-256)"),
            date_column("Latest evidence date"),
            yes_no_column("Evidence gap", true),
            text_column("Risks treated"),
            text_column("AI systems concerned"),
            date_column("Last review"),
            date_column("Next review"),
            text_column("Last audit result")};
}

/// The AI systems of the risks a control treats.
std::vector<std::string> systems_of(const Model& model, const std::vector<std::string>& risks) {
    std::set<std::string> systems;
    for (const std::string& id : risks) {
        if (const Risk* risk = model.risks.find(id)) {
            systems.insert(risk->systems.begin(), risk->systems.end());
        }
    }
    return {systems.begin(), systems.end()};
}

std::vector<Cell> control_row(const Sources& sources, const SoaEntry& entry, const CatalogueControl* listed) {
    const Model& model = sources.model;
    const std::vector<std::string>& risks = model.links.of(entry.control, "risk");
    std::vector<std::string> documents = TraceIndex::of(sources.trace.documents_citing, entry.control);
    const std::string group = listed != nullptr ? listed->group + " " + listed->group_title : entry.group;
    const std::string title = listed != nullptr ? listed->title : entry.title;
    return {Cell::of(entry.control),
            Cell::of(group),
            Cell::of(title),
            Cell::yes_no(entry.applicable),
            Cell::list(entry.reasons),
            Cell::of(entry.justification),
            Cell::of(entry.status_at(sources.computed.as_of)),
            Cell::of(entry.implementation),
            Cell::of(person(model, entry.owner)),
            Cell::of(entry.target_date),
            Cell::list(documents),
            Cell::of(evidence_lines(sources, entry)),
            Cell::of(latest_evidence_date(entry)),
            Cell::yes_no(evidence_gap(entry, sources.computed.as_of)),
            Cell::list(risks),
            Cell::list(systems_of(model, risks)),
            Cell::of(entry.last_review),
            Cell::of(entry.next_review),
            Cell::of(audit_result(sources, entry.control))};
}

Sheet cover(const Sources& sources) {
    const Model& model = sources.model;
    Sheet sheet;
    sheet.name = "Cover";
    sheet.title = "Statement of Applicability";
    const SoaDocumentControl& control = model.aims.soa;
    sheet.facts = {{"Organization", Cell::of(model.aims.organization.name)},
                   {"Legal name", Cell::of(model.aims.organization.legal_name)},
                   {"AIMS scope", Cell::of(model.aims.scope.statement)},
                   {"Standard", Cell::of(std::string("ISO/IEC 42001"))},
                   {"Edition", Cell::of(model.catalogue->edition)},
                   {"SoA version", Cell::of(control.version)},
                   {"Approved by", Cell::of(person(model, control.approved_by))},
                   {"Approved", Cell::of(control.approved)},
                   {"Next review", Cell::of(control.next_review)}};
    for (Fact& fact : provenance_facts(sources)) {
        sheet.facts.push_back(std::move(fact));
    }
    // The change log: every dated status change of every control, newest first.
    Table log;
    log.columns = {date_column("Date"), text_column("Control"), text_column("Status"), long_text_column("Note")};
    struct Change {
        Date date;
        const SoaEntry* entry;
        const StatusChange* change;
    };
    std::vector<Change> changes;
    for (const SoaEntry& entry : model.soa) {
        for (const StatusChange& change : entry.history) {
            if (!(sources.computed.as_of < change.date)) {
                changes.push_back({change.date, &entry, &change});
            }
        }
    }
    std::stable_sort(changes.begin(), changes.end(), [](const Change& a, const Change& b) {
        return b.date < a.date || (a.date == b.date && a.entry->control < b.entry->control);
    });
    for (const Change& change : changes) {
        log.rows.push_back({Cell::of(change.date), Cell::of(change.entry->control), Cell::of(change.change->status),
                            Cell::of(change.change->note)});
    }
    sheet.table = std::move(log);
    return sheet;
}

ReadinessStatus worst(ReadinessStatus a, ReadinessStatus b) {
    return static_cast<int>(a) > static_cast<int>(b) ? a : b;
}

Sheet clauses(const Sources& sources) {
    const Model& model = sources.model;
    const Readiness& readiness = sources.computed.readiness;
    Sheet sheet;
    sheet.name = "Clauses 4-10";
    sheet.table.columns = {text_column("Clause"),
                           long_text_column("Title"),
                           text_column("Documents"),
                           long_text_column("Records that show it"),
                           choice_column("Readiness", {"met", "partial", "missing"}, readiness_colours()),
                           long_text_column("Readiness checks"),
                           text_column("Last audit result")};
    for (const CatalogueClause& clause : model.catalogue->clauses) {
        std::optional<ReadinessStatus> status;
        std::string checks;
        std::vector<std::string> records;
        for (const ReadinessCheck& check : readiness.checks) {
            if (check.rule->clause != clause.id) {
                continue;
            }
            status = status ? worst(*status, check.finding.status) : check.finding.status;
            checks += (checks.empty() ? "" : "\n") + std::string(readiness_name(check.finding.status)) + ": " +
                      check.rule->title + " (" + check.finding.detail + ")";
            records.insert(records.end(), check.finding.records.begin(), check.finding.records.end());
        }
        if (clause.parent.empty()) {
            for (const ReadinessGroup& group : readiness.clauses) {
                if (group.id == clause.id) {
                    status = group.status;
                }
            }
        }
        sheet.table.rows.push_back({Cell::of(clause.id), Cell::of(clause.title),
                                    Cell::list(TraceIndex::of(sources.trace.documents_citing, clause.id)),
                                    Cell::list(records),
                                    status ? Cell::of(std::string(readiness_name(*status))) : Cell{},
                                    Cell::of(checks), Cell::of(audit_result(sources, clause.id))});
    }
    return sheet;
}

Sheet annex_a(const Sources& sources) {
    Sheet sheet;
    sheet.name = "Annex A";
    sheet.table.columns = control_columns(sources);
    for (const CatalogueControl& control : sources.model.catalogue->controls) {
        if (const SoaEntry* entry = sources.model.soa.find(control.id)) {
            sheet.table.rows.push_back(control_row(sources, *entry, &control));
        } else {
            // Not decided yet: the row is there, so the gap shows.
            std::vector<Cell> row(sheet.table.columns.size());
            row[0] = Cell::of(control.id);
            row[1] = Cell::of(control.group + " " + control.group_title);
            row[2] = Cell::of(control.title);
            row[5] = Cell::of(std::string("No SoA entry yet: applicability not decided"));
            sheet.table.rows.push_back(std::move(row));
        }
    }
    return sheet;
}

Sheet additional(const Sources& sources) {
    Sheet sheet;
    sheet.name = "Additional controls";
    sheet.table.columns = control_columns(sources);
    for (const SoaEntry& entry : sources.model.soa) {
        if (entry.additional) {
            sheet.table.rows.push_back(control_row(sources, entry, nullptr));
        }
    }
    return sheet;
}

Sheet summary(const Sources& sources) {
    Sheet sheet;
    sheet.name = "Summary";
    sheet.title = "Controls by applicability and implementation status";
    sheet.table.columns = {text_column("Measure"), integer_column("Annex A"), integer_column("Additional"),
                           integer_column("Total")};
    const auto count = [&](const std::function<bool(const SoaEntry&)>& counted) {
        std::size_t annex = 0;
        std::size_t own = 0;
        for (const SoaEntry& entry : sources.model.soa) {
            if (counted(entry)) {
                ++(entry.additional ? own : annex);
            }
        }
        return std::vector<Cell>{Cell::of(annex), Cell::of(own), Cell::of(annex + own)};
    };
    const auto add = [&](const std::string& measure, const std::function<bool(const SoaEntry&)>& counted) {
        std::vector<Cell> row{Cell::of(measure)};
        for (Cell& cell : count(counted)) {
            row.push_back(std::move(cell));
        }
        sheet.table.rows.push_back(std::move(row));
    };
    add("Controls", [](const SoaEntry&) { return true; });
    add("Applicable", [](const SoaEntry& entry) { return entry.applicable; });
    add("Not applicable", [](const SoaEntry& entry) { return !entry.applicable; });
    const std::vector<std::string>& statuses = enum_of(sources.schemas, "soa.schema.json", {"status"});
    const std::size_t first_status = sheet.table.rows.size();
    for (const std::string& status : statuses) {
        add("Applicable, " + status,
            [&](const SoaEntry& entry) { return entry.applicable && entry.status_at(sources.computed.as_of) == status; });
    }
    add("Applicable, evidence gap",
        [&](const SoaEntry& entry) { return evidence_gap(entry, sources.computed.as_of); });
    Chart chart;
    chart.kind = ChartKind::bar;
    chart.title = "Applicable controls by implementation status";
    chart.y_axis = "Controls";
    const std::uint32_t first = sheet.table_row(first_status);
    const std::uint32_t last = sheet.table_row(first_status + statuses.size() - 1);
    chart.series.push_back({"Total", {sheet.name, first, 0, last, 0}, {sheet.name, first, 3, last, 3}});
    chart.row = 2;
    chart.column = 5;
    sheet.charts.push_back(std::move(chart));
    return sheet;
}

}  // namespace

Workbook soa_workbook(const Sources& sources) {
    Workbook book;
    book.file_name = "soa.xlsx";
    book.title = "Statement of Applicability";
    book.properties = properties_for(sources, book.title,
                                     "ISO/IEC 42001 Statement of Applicability, version " +
                                         sources.model.aims.soa.version);
    book.sheets.push_back(cover(sources));
    book.sheets.push_back(clauses(sources));
    book.sheets.push_back(annex_a(sources));
    book.sheets.push_back(additional(sources));
    book.sheets.push_back(summary(sources));
    return book;
}

}  // namespace aimsgen::workbook
