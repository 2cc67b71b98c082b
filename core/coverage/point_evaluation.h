#pragma once
// What the engine computes at one location, cell by cell: the desktop's Identify and
// `covplan point`. Values are those of the pixel holding the location, so the best
// RSRP equals the raster's value there.

#include <optional>
#include <string>
#include <vector>

#include "core/coverage/coverage_engine.h"

namespace covplan::core {

struct CellAtPoint {
    std::size_t cell_index = 0;  //!< into CoverageEngine::cells()
    std::string id;
    Technology technology = Technology::Lte4G;
    double distance_m = 0;  //!< ground distance mast to pixel centre
    ModelSelection model;   //!< as `covplan pathloss --model/--variant` take them
    std::string environment;
    double path_loss_db = 0;          //!< the model's loss at distance_m (DistanceLossLaw)
    bool below_min_distance = false;  //!< the model's short-range rule applies
    double antenna_gain_dbi = 0;      //!< toward the pixel, tilts included
    double clutter_loss_db = 0;
    double terrain_loss_db = 0;  //!< diffraction over the DEM (0 without)
    double rsrp_dbm = 0;         //!< the kernel's value for this cell at the pixel
};

struct LayerAtPoint {
    bool served = false;
    std::string best_cell;
    double rsrp_dbm = CoverageEngine::kNoData;
    double sinr_db = CoverageEngine::kNoData;
    double throughput_mbps = CoverageEngine::kNoData;
};

struct PointEvaluation {
    int col = 0, row = 0;
    double pixel_x_m = 0, pixel_y_m = 0;  //!< centre of the pixel, working CRS
    std::vector<CellAtPoint> cells;       //!< cells within range, strongest first
    LayerAtPoint layers[kLayerCount];
};

//! Nullopt outside the grid. `engine` must hold a computed state.
[[nodiscard]] std::optional<PointEvaluation> evaluate_point(const CoverageEngine& engine,
                                                            double x_m, double y_m);

}  // namespace covplan::core
