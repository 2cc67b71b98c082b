#pragma once
// Local raster basemaps (orthophotos, scanned maps): read once, reprojected onto a
// north-up grid of the working CRS through the same pinned transform as the plan's
// vectors, at no more pixels than the map needs (GDAL's overviews serve the read).

#include <cstdint>
#include <expected>
#include <optional>
#include <string>
#include <vector>

#include "core/geometry.h"
#include "gis/crs.h"

namespace covplan::core {
class Feedback;
}

namespace covplan::gis {

struct BasemapImage {
    int cols = 0;
    int rows = 0;
    //! Row-major 0xAARRGGBB (QImage::Format_ARGB32 order); transparent where the
    //! source has no data or does not reach.
    std::vector<std::uint32_t> argb;
    core::Extent extent;  //!< working CRS, outer pixel edges
};

//! Reads `path` over `area` (working CRS `working_crs`) at the source's resolution,
//! but no more than `max_px` pixels on the longer side. RGB(A) bands are used as
//! such (16-bit scaled by their range), one band with a colour table through it,
//! one grey band stretched over its range.
[[nodiscard]] std::expected<BasemapImage, std::string> read_basemap(
    const std::string& path, const Crs& working_crs, const core::Extent& area, int max_px = 4096,
    const std::optional<Crs>& assign_crs = std::nullopt, core::Feedback* feedback = nullptr);

}  // namespace covplan::gis
