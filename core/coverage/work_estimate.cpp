#include "core/coverage/work_estimate.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace covplan::core {

WorkEstimate estimate_work(const GridSpec& grid, const std::vector<Cell>& cells) {
    WorkEstimate e;
    e.cells = cells.size();
    e.pixels = grid.pixel_count();
    const double west = grid.origin_x, north = grid.origin_y;
    const double east = west + grid.cols * grid.pixel_size_m;
    const double south = north - grid.rows * grid.pixel_size_m;
    const double px_area = grid.pixel_size_m * grid.pixel_size_m;
    for (const Cell& c : cells) {
        const double w = std::max(west, c.x_m - c.radius_m), x = std::min(east, c.x_m + c.radius_m);
        const double s = std::max(south, c.y_m - c.radius_m),
                     n = std::min(north, c.y_m + c.radius_m);
        if (x > w && n > s) e.cell_pixel_evaluations += (x - w) * (n - s) / px_area;
    }
    return e;
}

std::optional<std::string> work_refusal(const WorkEstimate& e) {
    char why[512];
    if (e.cells > kMaxCoverageCells) {
        std::snprintf(why, sizeof why,
                      "%zu cells (sectors) is more than a coverage run holds (%zu: the best-server "
                      "rasters store a cell index as Int16); is the site sheet the ward's? "
                      "Import only the ward's sites (--where) or split the area",
                      e.cells, kMaxCoverageCells);
        return std::string(why);
    }
    if (!(e.cell_pixel_evaluations <= kMaxCellPixelEvaluations)) {
        std::snprintf(why, sizeof why,
                      "this run would take about %.2g cell-pixel evaluations (%zu cells on %zu "
                      "pixels), more than covplan's limit of %.2g (about 12 minutes on 2 cores); "
                      "use a coarser resolution_m, a smaller max_radius_m, or fewer sites",
                      e.cell_pixel_evaluations, e.cells, e.pixels, kMaxCellPixelEvaluations);
        return std::string(why);
    }
    return std::nullopt;
}

std::optional<std::string> work_note(const WorkEstimate& e) {
    if (e.cell_pixel_evaluations <= kNoteCellPixelEvaluations) return std::nullopt;
    char note[256];
    std::snprintf(note, sizeof note,
                  "a large run: about %.2g cell-pixel evaluations (%zu cells on %zu pixels); "
                  "about %.0f s on 2 cores of the reference machine",
                  e.cell_pixel_evaluations, e.cells, e.pixels, e.cell_pixel_evaluations / 2.8e8);
    return std::string(note);
}

}  // namespace covplan::core
