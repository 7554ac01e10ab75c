#include "generator/load/raw_content.hpp"

#include <stdexcept>

namespace aimsgen {

const RegisterFiles& RawContent::register_files(std::string_view name) const {
    for (const RegisterFiles& files : registers) {
        if (files.kind->name == name) {
            return files;
        }
    }
    throw std::logic_error("unknown register " + std::string(name));
}

const SourceText* RawContent::find_text(std::string_view path) const {
    if (aims && aims->path == path) {
        return &aims->text;
    }
    for (const RegisterFiles& files : registers) {
        for (const YamlFile& file : files.files) {
            if (file.path == path) {
                return &file.text;
            }
        }
    }
    for (const DocumentFile& document : documents) {
        if (document.path == path) {
            return &document.text;
        }
    }
    return nullptr;
}

}  // namespace aimsgen
