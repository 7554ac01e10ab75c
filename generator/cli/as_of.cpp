#include "generator/cli/as_of.hpp"

#include <charconv>
#include <chrono>
#include <cstdlib>
#include <stdexcept>
#include <string_view>

namespace aimsgen {

Date resolve_as_of(const std::optional<std::string>& option) {
    if (option) {
        const std::optional<Date> date = Date::parse(*option);
        if (!date) {
            throw std::invalid_argument("--as-of '" + *option + "' is not a date; write YYYY-MM-DD");
        }
        return *date;
    }
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr && *epoch != '\0') {
        long long seconds = 0;
        const std::string_view text(epoch);
        const auto [end, status] = std::from_chars(text.data(), text.data() + text.size(), seconds);
        if (status != std::errc() || end != text.data() + text.size()) {
            throw std::invalid_argument("SOURCE_DATE_EPOCH '" + std::string(text) + "' is not a number of seconds");
        }
        return Date::from_unix_seconds(seconds);
    }
    return Date(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
}

}  // namespace aimsgen
