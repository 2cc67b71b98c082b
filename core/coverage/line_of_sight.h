#pragma once
#include <cstdint>
#include <vector>

#include "core/coverage/cell.h"
#include "core/grid.h"

namespace covplan::core {

//! 1 where the ray from a pixel's best server clears the terrain (k = 4/3), 2 where
//! terrain blocks it, 0 where no cell serves. Read from the cells' RadialTerrain (one
//! lookup per pixel); serving cells without one get it built from `ground_m` here.
[[nodiscard]] Raster<std::uint8_t> line_of_sight_raster(const GridSpec& grid,
                                                        const std::vector<float>& ground_m,
                                                        const std::vector<Cell>& cells,
                                                        const std::vector<std::int32_t>& best_cell,
                                                        double receiver_height_m);

}  // namespace covplan::core
