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
    const float* ground_m = nullptr;         //!< DEM on the grid; null = flat at 0 m
    const std::uint8_t* clutter = nullptr;   //!< land-use class on the grid; null = none
    const float* clutter_loss_db = nullptr;  //!< 256 entries
    double receiver_height_m = 1.5;
    bool terrain_loss = false;  //!< add the cell's RadialTerrain loss (cells must have one)
};

//! Writes RSRP (dBm) of `cell` for pixels [col0, col1) of `row` to out[0 .. col1-col0).
//! Pixels beyond the cell's radius get kOutOfReach.
inline constexpr float kOutOfReach = -1.0e30f;
void cell_rsrp_row(const Cell& cell, const KernelInputs& in, int row, int col0, int col1,
                   float* out);

//! dBm -> mW for a run of values (vectorised; kOutOfReach gives 0). Full and
//! incremental runs call it on the same tile-row spans, so a value converts to the
//! same bits in both and interference sums cancel exactly.
void dbm_to_mw_row(const float* dbm, float* mw, int n);

//! SINR (dB) and throughput (Mbit/s) for a run of pixels: signal in mW, interference
//! plus noise in mW, bandwidth in MHz (0 where no cell serves: outputs `nodata`).
//! Throughput: bandwidth x min(alpha log2(1 + SINR), max) above sinr_min, else 0.
void sinr_throughput_row(const float* signal_mw, const float* interference_noise_mw,
                         const float* bandwidth_mhz, int n, float alpha, float sinr_min_db,
                         float max_bps_hz, float nodata, float* sinr_db, float* throughput_mbps);

}  // namespace covplan::core
