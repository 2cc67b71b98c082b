#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

#include "core/coverage/line_of_sight.h"

#include <cmath>

#include "core/propagation/knife_edge.h"

namespace covplan::core {

Raster<std::uint8_t> line_of_sight_raster(const GridSpec& g, const std::vector<float>& ground,
                                          const std::vector<Cell>& cells, const std::vector<std::int32_t>& best,
                                          double rx_h) {
    Raster<std::uint8_t> out;
    out.grid = g;
    out.nodata = 0;
    out.has_nodata = true;
    out.values.assign(g.pixel_count(), 0);
    const double two_kr = 2.0 * kStandardKFactor * kEarthRadius_m;
    auto ground_at = [&](double x, double y) {
        const int c = static_cast<int>((x - g.origin_x) / g.pixel_size_m);
        const int r = static_cast<int>((g.origin_y - y) / g.pixel_size_m);
        if (c < 0 || r < 0 || c >= g.cols || r >= g.rows) return 0.0f;
        return ground[static_cast<std::size_t>(r) * g.cols + c];
    };
    tbb::parallel_for(tbb::blocked_range<int>(0, g.rows), [&](const tbb::blocked_range<int>& rows) {
        for (int row = rows.begin(); row != rows.end(); ++row)
            for (int col = 0; col < g.cols; ++col) {
                const std::size_t p = static_cast<std::size_t>(row) * g.cols + col;
                if (best[p] < 0) continue;
                const Cell& c = cells[static_cast<std::size_t>(best[p])];
                const double x1 = g.centre_x(col), y1 = g.centre_y(row);
                const double dist = std::hypot(x1 - c.x_m, y1 - c.y_m);
                const double tx = ground_at(c.x_m, c.y_m) + c.antenna_height_m;
                const double rx = ground[p] + rx_h;
                const int steps = static_cast<int>(dist / g.pixel_size_m);
                bool clear = true;
                for (int k = 1; k < steps && clear; ++k) {
                    const double t = static_cast<double>(k) / steps;
                    const double x = c.x_m + t * (x1 - c.x_m), y = c.y_m + t * (y1 - c.y_m);
                    const double d1 = t * dist;
                    const double terrain = ground_at(x, y) + d1 * (dist - d1) / two_kr;
                    if (terrain > tx + t * (rx - tx)) clear = false;
                }
                out.values[p] = clear ? 1 : 2;
            }
    });
    return out;
}

}  // namespace covplan::core
