#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "generator/load/evidence_files.hpp"
#include "generator/load/input_files.hpp"
#include "generator/load/raw_content.hpp"
#include "generator/render/theme.hpp"

namespace aimsgen {

/// Everything a build read, named and sorted as the manifest lists it:
/// content_inputs; the theme files that were not compiled in, from the
/// content (aims.yaml `theme:`) by their content path and from `--theme DIR`
/// as "theme:" and their path in DIR; and builtin_inputs. The digests are of
/// the bytes the build used (the theme's bytes as loaded).
std::vector<InputFile> build_inputs(const RawContent& raw,
                                    const std::map<std::string, EvidenceFile, std::less<>>& evidence,
                                    const Theme& theme, const ThemeSources& sources);

}  // namespace aimsgen
