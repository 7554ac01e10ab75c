#include <map>

#include "generator/validate/rules.hpp"

namespace aimsgen {

namespace {

constexpr std::string_view k_soa_file = "registers/soa.yaml";

std::string place(const std::string& path, SourcePos pos) { return path + ":" + std::to_string(pos.line); }

}  // namespace

void check_soa_rules(const ValidationContext& context, Diagnostics& diagnostics) {
    std::map<std::string, std::string, std::less<>> first_entry;    // control → where
    std::map<std::string, std::string, std::less<>> not_applicable;  // control → where
    for (const RecordRef& ref : context.records("soa")) {
        const YamlNode& entry = *ref.record;
        const YamlNode* control = entry.find("control");
        if (control == nullptr || !control->is_scalar()) {
            continue;
        }
        const bool in_catalogue = context.catalogue.find_control(control->text) != nullptr;
        const YamlNode* additional = entry.find("additional");
        const bool is_additional = additional != nullptr && additional->text == "true";
        if (in_catalogue && is_additional) {
            diagnostics.error(ref.file->path, additional->pos,
                              control->text + " is an Annex A control; 'additional: true' is for the "
                                              "organization's own controls");
        }
        if (is_additional && !in_catalogue && entry.find("title") == nullptr) {
            diagnostics.error(ref.file->path, entry.pos,
                              "additional control " + control->text + " needs a 'title' saying what it is");
        }
        const auto [first, inserted] = first_entry.emplace(control->text, place(ref.file->path, control->pos));
        if (!inserted) {
            diagnostics.error(ref.file->path, control->pos,
                              "a second SoA entry for " + control->text + " (the first is at " + first->second +
                                  "); the SoA has one entry per control");
            continue;
        }
        if (entry.text_of("applicable") == "false") {
            not_applicable.emplace(control->text, place(ref.file->path, control->pos));
        }
    }

    const std::vector<YamlFile>& soa_files = context.content.register_files("soa").files;
    if (soa_files.empty()) {
        diagnostics.warning(std::string(k_soa_file), {},
                            "there is no Statement of Applicability yet: none of the " +
                                std::to_string(context.catalogue.controls.size()) +
                                " Annex A controls has an entry");
    } else if (!first_entry.empty() || soa_files.front().root) {
        for (const CatalogueControl& control : context.catalogue.controls) {
            if (!first_entry.contains(control.id)) {
                diagnostics.warning(soa_files.front().path, {1, 1},
                                    "Annex A control " + control.id + " (" + control.title +
                                        ") has no SoA entry yet");
            }
        }
    }

    for (const RecordRef& ref : context.records("risks")) {
        const YamlNode* controls = ref.record->find("controls");
        if (controls == nullptr || !controls->is_sequence()) {
            continue;
        }
        for (const YamlNode& control : controls->items) {
            const auto excluded = not_applicable.find(control.text);
            if (excluded != not_applicable.end()) {
                diagnostics.error(ref.file->path, control.pos,
                                  record_label("risk", *ref.record) + " is treated by " + control.text +
                                      ", which the SoA marks not applicable (" + excluded->second +
                                      "); mark it applicable in the SoA or change the treatment");
            }
        }
    }
}

}  // namespace aimsgen
