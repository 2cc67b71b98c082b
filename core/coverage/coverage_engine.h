#pragma once
// The raster coverage engine: RSRP, best and second-best server, SINR and estimated
// downlink throughput per technology layer (4G, 5G) over a grid.
//
// Memory grows with pixels, not pixels x cells: per layer it keeps the best and
// second-best RSRP with their cells, and per carrier the linear sum of all cells'
// RSRP (for same-carrier interference). That is also what makes the incremental
// path exact: after cells change, only pixels where a changed cell was among the
// top two and fell below what is known are re-evaluated against all cells.
//
// Work is split into square tiles run in parallel (oneTBB); progress and cancel
// are polled per tile. Not thread-safe itself: one caller at a time.

#include <cstdint>
#include <expected>
#include <memory>
#include <string>
#include <vector>

#include "core/coverage/cell.h"
#include "core/coverage/coverage_options.h"
#include "core/coverage/tech_layer.h"
#include "core/feedback.h"
#include "core/grid.h"

namespace covplan::core {

//! Output products of one technology layer. Where no cell reaches: RSRP/SINR/
//! throughput are `kNoData` and best server is -1.
struct LayerProducts {
    Raster<float> rsrp_dbm;
    Raster<std::int32_t> best_cell;  //!< index into CoverageEngine::cells()
    Raster<std::int32_t> second_cell;
    Raster<float> second_rsrp_dbm;
    Raster<float> sinr_db;
    Raster<float> throughput_mbps;
};

struct CoverageTimings {
    double terrain_s = 0.0;      //!< radial terrain tables (with a DEM)
    double propagation_s = 0.0;  //!< RSRP of all cells and top-2/sums
    double products_s = 0.0;     //!< SINR and throughput
    std::size_t cell_pixel_evaluations = 0;
    std::size_t dirty_pixels = 0;  //!< incremental: pixels re-evaluated against all cells
};

class CoverageEngine {
  public:
    static constexpr float kNoData = -9999.0f;

    //! `ground_m` (DEM on the grid) and `clutter` (classes on the grid) may be empty.
    CoverageEngine(GridSpec grid, CoverageOptions options, std::vector<float> ground_m = {},
                   std::vector<std::uint8_t> clutter = {});
    ~CoverageEngine();
    CoverageEngine(CoverageEngine&&) noexcept;
    CoverageEngine& operator=(CoverageEngine&&) noexcept;

    //! Computes everything for `cells` (replacing any previous state).
    [[nodiscard]] std::expected<CoverageTimings, std::string> compute(std::vector<Cell> cells,
                                                                      Feedback* feedback = nullptr);

    //! Brings the state to `cells` by re-evaluating only what changed: cells are
    //! matched by id; a cell whose parameters differ, a new id and a vanished id are
    //! the changes. Equal (within float rounding) to compute(cells), which it is when
    //! the state is not valid() or a technology layer appears or vanishes.
    [[nodiscard]] std::expected<CoverageTimings, std::string> update(std::vector<Cell> cells,
                                                                     Feedback* feedback = nullptr);

    [[nodiscard]] const GridSpec& grid() const;
    [[nodiscard]] const std::vector<Cell>& cells() const;
    [[nodiscard]] bool has_layer(TechLayer layer) const;  //!< some cell of that technology exists
    //! The state is that of the last cells given. False before the first computation
    //! and after an interrupted one; update() then recomputes in full by itself.
    [[nodiscard]] bool valid() const;
    //! Copies out the products of one layer (cheap relative to computing them).
    [[nodiscard]] LayerProducts products(TechLayer layer) const;
    //! Best RSRP / SINR at one pixel, for identify tools and tests.
    [[nodiscard]] float rsrp_at(TechLayer layer, int col, int row) const;
    [[nodiscard]] float sinr_at(TechLayer layer, int col, int row) const;
    [[nodiscard]] std::int32_t best_cell_at(TechLayer layer, int col, int row) const;
    [[nodiscard]] float throughput_at(TechLayer layer, int col, int row) const;
    //! RSRP of one cell at one pixel by the raster kernel itself (what the rasters
    //! hold for it there); kOutOfReach beyond the cell's radius.
    [[nodiscard]] float cell_rsrp_at(std::size_t cell, int col, int row) const;
    //! Best RSRP over the cells `cells` (indices into cells()) at every pixel, row-major,
    //! kNoData where none reaches: the coverage of a subset (one operator's 5G) from
    //! the same kernel, without a second engine. Each cell is evaluated only on the
    //! rows and columns within its radius.
    [[nodiscard]] std::vector<float> best_rsrp_of(const std::vector<std::size_t>& cells) const;
    //! Extra loss of the land-use class at a pixel (0 without land use).
    [[nodiscard]] float clutter_loss_at(int col, int row) const;
    //! DEM height at a pixel (0 without DEM).
    [[nodiscard]] float ground_at(int col, int row) const;
    [[nodiscard]] const CoverageOptions& options() const;

  private:
    struct State;
    std::unique_ptr<State> m;
};

}  // namespace covplan::core
