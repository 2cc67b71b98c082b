#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

#include "core/coverage/line_of_sight.h"

namespace covplan::core {

Raster<std::uint8_t> line_of_sight_raster(const GridSpec& g, const std::vector<Cell>& cells,
                                          const std::vector<std::int32_t>& best) {
    Raster<std::uint8_t> out;
    out.grid = g;
    out.nodata = 0;
    out.has_nodata = true;
    out.values.assign(g.pixel_count(), 0);
    tbb::parallel_for(tbb::blocked_range<int>(0, g.rows), [&](const tbb::blocked_range<int>& rows) {
        for (int row = rows.begin(); row != rows.end(); ++row)
            for (int col = 0; col < g.cols; ++col) {
                const std::size_t p = static_cast<std::size_t>(row) * g.cols + col;
                if (best[p] < 0) continue;
                const Cell& c = cells[static_cast<std::size_t>(best[p])];
                if (!c.terrain) continue;
                const std::uint8_t code = c.terrain->code_at(g.centre_x(col) - c.x_m, g.centre_y(row) - c.y_m);
                out.values[p] = RadialTerrain::line_of_sight(code) ? 1 : 2;
            }
    });
    return out;
}

}  // namespace covplan::core
