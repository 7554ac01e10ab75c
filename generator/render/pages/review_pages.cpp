#include "generator/render/pages/pages.hpp"

namespace aimsgen {

void add_review_pages(const SiteContext&, PageList&) {}

}  // namespace aimsgen
