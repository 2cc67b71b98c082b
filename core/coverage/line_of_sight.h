#pragma once
#include <cstdint>
#include <vector>

#include "core/coverage/cell.h"
#include "core/grid.h"

namespace covplan::core {

//! 1 where the ray from a pixel's best server clears the terrain (k = 4/3), 2 where
//! terrain blocks it, 0 where no cell serves or the server has no terrain (no DEM).
//! Read from the cells' RadialTerrain, so it costs one lookup per pixel.
[[nodiscard]] Raster<std::uint8_t> line_of_sight_raster(const GridSpec& grid, const std::vector<Cell>& cells,
                                                        const std::vector<std::int32_t>& best_cell);

}  // namespace covplan::core
