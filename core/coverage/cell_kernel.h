#pragma once
// The per-pixel hot loop: RSRP of one cell along a run of pixels of one grid row.
// Compiled with -O3 -march=native and glibc's vector math (libmvec) so that sqrt,
// log10 and atan2 run 4-8 pixels at a time.

#include <cstdint>

#include "core/coverage/cell.h"
#include "core/grid.h"

namespace covplan::core {

//! Terrain and land use on the grid (either may be null) and the receiver height.
struct KernelInputs {
    const GridSpec* grid = nullptr;
    const float* ground_m = nullptr;       //!< DEM on the grid; null = flat at 0 m
    const std::uint8_t* clutter = nullptr; //!< land-use class on the grid; null = none
    const float* clutter_loss_db = nullptr;  //!< 256 entries
    double receiver_height_m = 1.5;
};

//! Writes RSRP (dBm) of `cell` for pixels [col0, col1) of `row` to out[0 .. col1-col0).
//! Pixels beyond the cell's radius get kOutOfReach.
inline constexpr float kOutOfReach = -1.0e30f;
void cell_rsrp_row(const Cell& cell, const KernelInputs& in, int row, int col0, int col1, float* out);

}  // namespace covplan::core
