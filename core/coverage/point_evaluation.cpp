#include "core/coverage/point_evaluation.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "core/coverage/cell_kernel.h"
#include "core/coverage/link_budget.h"

namespace covplan::core {

std::optional<PointEvaluation> evaluate_point(const CoverageEngine& engine, double x, double y) {
    const GridSpec& g = engine.grid();
    const int col = static_cast<int>(std::floor((x - g.origin_x) / g.pixel_size_m));
    const int row = static_cast<int>(std::floor((g.origin_y - y) / g.pixel_size_m));
    if (col < 0 || row < 0 || col >= g.cols || row >= g.rows) return std::nullopt;
    PointEvaluation out;
    out.col = col;
    out.row = row;
    out.pixel_x_m = g.origin_x + (col + 0.5) * g.pixel_size_m;
    out.pixel_y_m = g.origin_y - (row + 0.5) * g.pixel_size_m;
    const CoverageOptions& o = engine.options();
    const double clutter = engine.clutter_loss_at(col, row);
    const auto& cells = engine.cells();
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const Cell& c = cells[i];
        const float rsrp = engine.cell_rsrp_at(i, col, row);
        if (rsrp <= kOutOfReach) continue;
        CellAtPoint a;
        a.cell_index = i;
        a.id = c.id;
        a.technology = c.technology;
        const double dx = out.pixel_x_m - c.x_m, dy = out.pixel_y_m - c.y_m;
        a.distance_m = std::max(std::hypot(dx, dy), 1.0);
        a.model = c.law.selection;
        a.environment = std::string(environment_name(o.environment));
        a.path_loss_db = c.law.loss_db(a.distance_m);
        const ModelInfo& info = model_info(a.model.model);
        a.below_min_distance = a.distance_m < info.min_distance_km * 1000.0;
        // The same geometry the kernel uses: bearing off boresight, angle below the
        // horizon from the mast top to the receiver (ground under the mast from the DEM).
        const double bearing = std::atan2(dx, dy) * 180.0 / std::numbers::pi;
        const double rel = c.omni ? 0.0 : bearing - c.azimuth_deg;
        const double down = std::atan2(c.ground_m + c.antenna_height_m - o.receiver_height_m -
                                           (engine.ground_at(col, row)),
                                       a.distance_m) *
                            180.0 / std::numbers::pi;
        a.antenna_gain_dbi = c.antenna->gain_dbi(rel, down, c.mech_tilt_deg, c.elec_tilt_deg);
        a.clutter_loss_db = clutter;
        a.rsrp_dbm = rsrp;
        // What remains is the terrain's diffraction loss (the kernel adds it last).
        const double residual =
            c.rs_power_dbm + a.antenna_gain_dbi - a.path_loss_db - clutter - rsrp;
        a.terrain_loss_db = std::abs(residual) < 0.05 ? 0.0 : residual;
        out.cells.push_back(std::move(a));
    }
    std::stable_sort(
        out.cells.begin(), out.cells.end(),
        [](const CellAtPoint& a, const CellAtPoint& b) { return a.rsrp_dbm > b.rsrp_dbm; });
    for (TechLayer L : kTechLayers) {
        LayerAtPoint& l = out.layers[index_of(L)];
        if (!engine.has_layer(L)) continue;
        const std::int32_t best = engine.best_cell_at(L, col, row);
        if (best < 0) continue;
        l.served = true;
        l.best_cell = cells[static_cast<std::size_t>(best)].id;
        l.rsrp_dbm = engine.rsrp_at(L, col, row);
        l.sinr_db = engine.sinr_at(L, col, row);
        l.throughput_mbps = engine.throughput_at(L, col, row);
    }
    return out;
}

}  // namespace covplan::core
