#pragma once
// The raster grid a project is computed on, and its terrain/land-use resampled onto it.

#include <expected>
#include <string>

#include "core/grid.h"
#include "gis/project.h"

namespace covplan::gis {

//! Largest working grid covplan computes on (a 20 x 20 km ward at 4 m): each output
//! raster holds one 32-bit value per pixel per layer.
inline constexpr double kMaxGridPixels = 25e6;

//! Grid over the ward (or, without a ward, all layers) plus `margin_m`, aligned to
//! the project's resolution, in the working CRS.
[[nodiscard]] std::expected<core::GridSpec, std::string> project_grid(const Project& project,
                                                                      double margin_m = 0.0);

//! The project's DEM on `grid` (bilinear), metres; nodata -9999. Error if it has none,
//! or no valid height over the grid, or heights that are not metres above sea level.
//! How much of the grid it covers is `raster_share_valid`.
[[nodiscard]] std::expected<core::Raster<float>, std::string> project_dem(
    const Project& project, const core::GridSpec& grid, core::Feedback* feedback = nullptr);

//! The project's land-use classes on `grid` (nearest); nodata 0. Error if the grid
//! holds no class at all.
[[nodiscard]] std::expected<core::Raster<std::uint8_t>, std::string> project_landuse(
    const Project& project, const core::GridSpec& grid, core::Feedback* feedback = nullptr);

//! The project's population raster on `grid`: people per working pixel, resampled
//! by area so totals are kept; nodata -1 where the raster does not reach. Error if
//! the grid holds no counted pixel, nobody at all, or densities no count raster
//! holds (a people-per-km² raster given as counts).
[[nodiscard]] std::expected<core::Raster<float>, std::string> project_population(
    const Project& project, const core::GridSpec& grid, core::Feedback* feedback = nullptr);

//! Reads the project's DEM, land-use or population raster onto its working grid exactly as a
//! coverage run will, so `add-raster` (and the desktop) refuse what coverage would
//! refuse. The share of the grid it covers; std::nullopt when the project has nothing
//! to grid yet (no ward, no layers), so nothing could be checked.
[[nodiscard]] std::expected<std::optional<double>, std::string> check_project_raster(
    const Project& project, RasterKind kind);

//! Share of `raster`'s pixels that are not nodata.
template <typename T>
[[nodiscard]] double raster_share_valid(const core::Raster<T>& raster) {
    if (raster.values.empty()) return 0.0;
    std::size_t valid = 0;
    for (T v : raster.values) valid += !(raster.has_nodata && v == raster.nodata);
    return static_cast<double>(valid) / static_cast<double>(raster.values.size());
}

}  // namespace covplan::gis
