#include <array>

#include "generator/validate/rules.hpp"

namespace aimsgen {

namespace {

/// Fields whose value is an evidence item (a mapping) or a list of them.
constexpr std::array<std::string_view, 3> k_evidence_fields = {"evidence", "report", "minutes"};

class EvidenceChecker {
public:
    EvidenceChecker(const ValidationContext& context, Diagnostics& diagnostics)
        : m_context(context), m_diagnostics(diagnostics) {}

    /// Finds evidence items anywhere in `node` (records nest them in assessments).
    void walk(const std::string& path, const YamlNode& node) {
        if (node.is_sequence()) {
            for (const YamlNode& item : node.items) {
                walk(path, item);
            }
            return;
        }
        if (!node.is_mapping()) {
            return;
        }
        for (const YamlEntry& entry : node.entries) {
            const bool is_evidence = std::find(k_evidence_fields.begin(), k_evidence_fields.end(), entry.key) !=
                                     k_evidence_fields.end();
            if (is_evidence && entry.value.is_mapping()) {
                check_item(path, entry.value);
            } else if (is_evidence && entry.value.is_sequence()) {
                for (const YamlNode& item : entry.value.items) {
                    if (item.is_mapping()) {
                        check_item(path, item);
                    }
                }
            } else {
                walk(path, entry.value);
            }
        }
    }

private:
    void check_item(const std::string& path, const YamlNode& item) {
        const YamlNode* file = item.find("path");
        const YamlNode* url = item.find("url");
        if (file != nullptr && url != nullptr) {
            m_diagnostics.error(path, item.pos, "evidence gives both a 'path' and a 'url'; give one of them");
        } else if (file == nullptr && url == nullptr) {
            m_diagnostics.error(path, item.pos,
                                "evidence needs a 'path' (a file in the content directory) or a 'url'");
        } else if (file != nullptr && file->is_scalar()) {
            check_path(path, *file);
        }
        if (const std::optional<Date> expires = date_of(item, "expires"); expires && *expires < m_context.as_of) {
            const std::string name = file != nullptr ? file->text : std::string(item.text_of("url"));
            m_diagnostics.warning(path, position_of(item, "expires"),
                                  "evidence '" + name + "' expired on " + expires->to_string());
        }
    }

    void check_path(const std::string& path, const YamlNode& file) {
        const std::string& text = file.text;
        if (text.starts_with('/') || text.starts_with('\\') || (text.size() > 1 && text[1] == ':')) {
            m_diagnostics.error(path, file.pos,
                                "evidence path '" + text +
                                    "' is absolute; give it relative to the content directory (evidence/...)");
            return;
        }
        if (text == "." || text == "./") {
            m_diagnostics.error(path, file.pos, "evidence path '" + text + "' is a folder; name a file");
            return;
        }
        const std::optional<std::string> normal = normalize_content_path(text);
        if (!normal) {
            m_diagnostics.error(path, file.pos,
                                "evidence path '" + text + "' leads out of the content directory");
            return;
        }
        switch (m_context.files.kind(*normal)) {
            case PathKind::file:
                return;
            case PathKind::outside_root:
                m_diagnostics.error(path, file.pos,
                                    "evidence path '" + text +
                                        "' goes through a symbolic link that leads out of the content directory");
                return;
            case PathKind::directory:
                m_diagnostics.error(path, file.pos, "evidence path '" + text + "' is a folder; name a file");
                return;
            case PathKind::other:
                m_diagnostics.error(
                    path, file.pos,
                    "evidence path '" + text + "' is not a regular file (a FIFO, socket or device); name a file");
                return;
            case PathKind::unreadable:
                m_diagnostics.error(path, file.pos, "evidence path '" + text + "' cannot be read (permission denied)");
                return;
            default:
                m_diagnostics.error(path, file.pos, "evidence file '" + text + "' does not exist");
                return;
        }
    }

    const ValidationContext& m_context;
    Diagnostics& m_diagnostics;
};

}  // namespace

void check_evidence_rules(const ValidationContext& context, Diagnostics& diagnostics) {
    EvidenceChecker checker(context, diagnostics);
    for (const RegisterFiles& files : context.content.registers) {
        for (const YamlFile& file : files.files) {
            if (file.root) {
                checker.walk(file.path, *file.root);
            }
        }
    }
}

}  // namespace aimsgen
