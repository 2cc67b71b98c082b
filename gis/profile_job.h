#pragma once
// A point-to-point path profile of a project: `covplan profile` and the desktop's
// Profile tool. The ends are a site (its position, antenna height and frequency) or a
// WGS 84 longitude/latitude; the terrain is the project's DEM read through the same
// reader and checks as coverage, sampled at equal steps along the straight line in
// the working CRS.

#include <cstdint>
#include <expected>
#include <optional>
#include <string>
#include <vector>

#include "core/propagation/path_losses.h"
#include "core/propagation/path_profile.h"
#include "gis/project.h"

namespace covplan::gis {

struct ProfileRequest {
    std::string from;                   //!< a site id, or "lon,lat" (WGS 84 degrees)
    std::string to;                     //!< likewise
    std::optional<double> freq_mhz;     //!< default: the `from` site's, else 1800
    std::optional<double> tx_height_m;  //!< default: the `from` site's antenna, else 30
    std::optional<double> rx_height_m;  //!< default: the `to` site's antenna, else the
                                        //!< project's receiver height
    double k_factor = 4.0 / 3.0;
    std::optional<double> step_m;  //!< default: the project's resolution (at most 20000 steps)
};

//! Range checks of a request (k, heights, frequency, step), as every front end applies them.
[[nodiscard]] std::optional<std::string> validate_profile_request(const ProfileRequest& request);

struct ProfileEnd {
    std::string label;    //!< the site id, or "lon, lat"
    std::string site_id;  //!< empty for a coordinate
    double lon_deg = 0, lat_deg = 0;
    double x_m = 0, y_m = 0;  //!< working CRS
};

struct ProfileResult {
    ProfileEnd from, to;
    core::PathProfileInput input;
    core::PathProfile profile;
    std::vector<core::PathModelLoss> losses;
    std::string dem_path;  //!< empty: no DEM, the ground is flat at 0 m
    std::string environment;
    std::vector<std::string> warnings;
};

[[nodiscard]] std::expected<ProfileResult, std::string> compute_profile(
    const Project& project, const ProfileRequest& request);

//! profile.csv, profile.json and (when given) profile.png into `dir` (created), as
//! one atomic set. The PNG's bytes are the renderer's (render/profile_plot.h).
[[nodiscard]] std::expected<std::vector<std::string>, std::string> write_profile(
    const std::string& dir, const ProfileResult& result, const std::vector<std::uint8_t>& png);

}  // namespace covplan::gis
