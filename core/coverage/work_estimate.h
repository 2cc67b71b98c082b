#pragma once
// How much a coverage run will compute, known before it starts: the number of cells
// and the cell-pixel evaluations (each cell is evaluated on the pixels within its
// radius). Used to refuse, with the numbers, a run that could not finish in a
// planner's afternoon (a 100,000-row sheet by mistake) instead of running for hours.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/coverage/cell.h"
#include "core/grid.h"

namespace covplan::core {

//! Best-server rasters hold a cell index as Int16 (GeoTIFF, QGIS-readable).
inline constexpr std::size_t kMaxCoverageCells = 32767;
//! About 12 minutes on 2 cores of the reference machine (bench/README.md: ~280 M
//! evaluations/s for S1 at 3,000 sites); beyond it a run is refused.
inline constexpr double kMaxCellPixelEvaluations = 2e11;
//! Above this (about 40 s there) the run goes ahead with a note.
inline constexpr double kNoteCellPixelEvaluations = 1e10;

struct WorkEstimate {
    std::size_t cells = 0;
    std::size_t pixels = 0;
    double cell_pixel_evaluations = 0.0;  //!< upper bound: each cell's square clipped to the grid
};

[[nodiscard]] WorkEstimate estimate_work(const GridSpec& grid, const std::vector<Cell>& cells);

//! The refusal, with the numbers and what to change, or nothing.
[[nodiscard]] std::optional<std::string> work_refusal(const WorkEstimate& estimate);
//! A note for a large but allowed run, or nothing.
[[nodiscard]] std::optional<std::string> work_note(const WorkEstimate& estimate);

}  // namespace covplan::core
