#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace aimsgen::json_layout {

// model.json is the text nlohmann's dump(1, ' ') makes of the whole document.
// Holding the whole document as one DOM costs more than its text, and dumping
// it is serial; this joins values built and dumped separately (on all cores)
// into the very same bytes. It writes only the brackets, commas, newlines and
// indentation between the parts: every key and value is nlohmann's own text.
// A container `depth` levels deep has its closing bracket indented by `depth`
// spaces and its entries by `depth + 1`.

/// The members of an object (or elements of an array) as their lines inside
/// a container `depth` levels deep, joined by ",\n"; "" when there are none.
std::string entry_lines(const nlohmann::ordered_json& container, int depth);

/// Appends `element` to `lines`, the entry lines of an array `depth` levels
/// deep, so that element by element they become what entry_lines makes of all
/// of them at once (each element's DOM can go before the next is built).
void append_element(std::string& lines, const nlohmann::ordered_json& element, int depth);

/// A JSON object or array laid out as dump(1, ' ') lays it out, from runs of
/// entry lines and members whose values are containers themselves. Its pieces
/// are joined once, by text(): tens of megabytes are copied once, not once per
/// level of nesting.
class ContainerText {
public:
    /// An object when `open` is '{', an array when it is '['.
    ContainerText(char open, int depth);

    /// Adds a run of entry lines, as entry_lines makes them for this depth; an
    /// empty run adds nothing.
    void add_lines(std::string lines);
    /// Adds the member `key` whose value is `value`, a container one level deeper.
    void add_member(std::string_view key, ContainerText value);

    /// The container's text: "{}" or "[]" when nothing was added.
    std::string text() &&;

private:
    void start_entry();
    /// Closes the container; its pieces, in order.
    std::vector<std::string> finish() &&;

    char m_open;
    int m_depth;
    std::vector<std::string> m_pieces;  ///< after the opening bracket
};

}  // namespace aimsgen::json_layout
