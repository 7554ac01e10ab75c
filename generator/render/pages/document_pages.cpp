#include "generator/render/pages/pages.hpp"

namespace aimsgen {

void add_document_pages(const SiteContext&, PageList&) {}

}  // namespace aimsgen
