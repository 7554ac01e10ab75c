#include "generator/resources/embedded_resources.hpp"

namespace aimsgen {

std::optional<std::string_view> find_embedded_resource(std::string_view path) {
    for (const EmbeddedResource& resource : embedded_resources()) {
        if (resource.path == path) {
            return resource.text;
        }
    }
    return std::nullopt;
}

}  // namespace aimsgen
