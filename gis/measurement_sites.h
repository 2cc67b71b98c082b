#pragma once
// Measurements against the project's sites: which site served each sample (the
// serving positions a file gives are WGS 84 and are transformed here), and the sites
// a drive test implies when the project has none at its serving positions.

#include <expected>
#include <string>
#include <vector>

#include "core/measure/serving_match.h"
#include "core/radio/radio_template.h"
#include "gis/project.h"

namespace covplan::gis {

//! Each sample's serving site in project.layers.sites (-1: unknown / unmatched).
[[nodiscard]] std::expected<core::ServingMatch, std::string> match_serving(const Project& project);
[[nodiscard]] std::expected<core::ServingMatch, std::string> match_serving(
    const std::vector<core::Measurement>& samples, const std::vector<core::Site>& sites,
    const Crs& working_crs);

//! One existing site per distinct serving position and frequency of the samples that
//! no project site within 100 m on that band serves: a drive test of sites nobody
//! listed (positions only, no heights, azimuths or powers). Height and power come from
//! the project's radio template of the band, the antenna is "sector-envelope" (the
//! serving sector seen from its phones), ids "DT<MHz>-<n>" in the order first seen.
[[nodiscard]] std::expected<std::vector<core::Site>, std::string> sites_at_serving_positions(
    const std::vector<core::Measurement>& samples, const std::vector<core::Site>& sites,
    const Crs& working_crs, const std::vector<core::RadioTemplate>& templates);

}  // namespace covplan::gis
