#pragma once
#include <cstdint>
#include <vector>

#include "core/coverage/cell.h"
#include "core/grid.h"

namespace covplan::core {

//! 1 where the straight ray from a pixel's best server (antenna top) to the receiver
//! clears the terrain, bent by the effective Earth bulge (k = 4/3), 2 where terrain
//! blocks it, 0 where no cell serves. The profile is sampled once per pixel size
//! (nearest DEM pixel). Parallel over rows.
[[nodiscard]] Raster<std::uint8_t> line_of_sight_raster(const GridSpec& grid, const std::vector<float>& ground_m,
                                                        const std::vector<Cell>& cells,
                                                        const std::vector<std::int32_t>& best_cell,
                                                        double receiver_height_m);

}  // namespace covplan::core
