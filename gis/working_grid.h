#pragma once
// The raster grid a project is computed on, and its terrain/land-use resampled onto it.

#include <expected>
#include <string>

#include "core/grid.h"
#include "gis/project.h"

namespace covplan::gis {

//! Grid over the ward (or, without a ward, all layers) plus `margin_m`, aligned to
//! the project's resolution, in the working CRS.
[[nodiscard]] std::expected<core::GridSpec, std::string> project_grid(const Project& project,
                                                                      double margin_m = 0.0);

//! The project's DEM on `grid` (bilinear), metres; nodata -9999. Error if it has none.
[[nodiscard]] std::expected<core::Raster<float>, std::string> project_dem(
    const Project& project, const core::GridSpec& grid, core::Feedback* feedback = nullptr);

//! The project's land-use classes on `grid` (nearest); nodata 0.
[[nodiscard]] std::expected<core::Raster<std::uint8_t>, std::string> project_landuse(
    const Project& project, const core::GridSpec& grid, core::Feedback* feedback = nullptr);

}  // namespace covplan::gis
